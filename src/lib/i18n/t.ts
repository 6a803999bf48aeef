/** Look up a string and fill its {placeholders}. Values are text, never HTML. */
import type { Lang } from '../state/permalink.ts';
import { STRINGS, type StringKey } from './strings.ts';

export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** Numbers as readers of each language expect them: 1,234 / 1234.5 → "1,235". */
export function formatNumber(lang: Lang, n: number, digits = 0): string {
  return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function formatPercent(lang: Lang, p: number): string {
  return `${p > 0 ? '+' : ''}${formatNumber(lang, p, 1)}%`;
}

/** Population the way each language reads it: 1813.2万 / 18.13 M. */
export function formatPopulation(lang: Lang, n: number): string {
  return lang === 'zh' ? `${formatNumber(lang, n / 1e4, 1)}万` : `${formatNumber(lang, n / 1e6, 2)} M`;
}

/** "A and B", "A、B和C": a list in the reader's language. */
export function listOf(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(items);
}
