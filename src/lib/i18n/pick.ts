/** Data text in the reader's language: bilingual records carry {zh, en}; a bare string (a date such
 *  as "2024-03-11", a code) reads the same in both. Issue 12 item 8. */
import type { Lang } from '../state/permalink.ts';

export type Bilingual = { readonly zh: string; readonly en: string };

export function pick(lang: Lang, text: string | Bilingual): string {
  return typeof text === 'string' ? text : text[lang];
}
