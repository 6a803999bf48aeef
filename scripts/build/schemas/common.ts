/**
 * Building blocks shared by every geodata schema (zod). The schemas are the single source of the
 * geodata types: src/lib/data/*-types.ts re-export `z.infer` of them, nothing repeats a field list.
 */
import * as z from 'zod';

/** Whitespace and the zero-width characters a copy-paste brings along (ZWSP, ZWNJ, ZWJ, word joiner, BOM). */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;
export const visibleLength = (s: string) => s.replace(INVISIBLE, '').length;

/** Names are drawn as map labels and list entries. MapLibre's symbol layout throws on very long
 *  labels (a 100 KB park name stopped the map at zoom ≥ 7) and no real place or plan name comes
 *  near 120 characters, so 120 is the limit. */
export const NAME_MAX = 120;
/** Notes, reasons and other prose appear in panels; 4,000 characters is a long paragraph and keeps
 *  a pasted document (a 10 MB name crashed the tab) out of atlas.json. */
export const NOTE_MAX = 4000;

export const nameText = z.string()
  .refine((s) => visibleLength(s) > 0, 'must not be blank (whitespace and zero-width characters do not count)')
  .refine((s) => s.length <= NAME_MAX, `is longer than ${NAME_MAX} characters (a name, not a note)`);
export const noteText = z.string()
  .refine((s) => visibleLength(s) > 0, 'must not be blank (whitespace and zero-width characters do not count)')
  .refine((s) => s.length <= NOTE_MAX, `is longer than ${NOTE_MAX} characters`);
/** Optional prose may be empty but is still bounded. */
export const optionalNote = z.string().max(NOTE_MAX, `is longer than ${NOTE_MAX} characters`).optional();

export const bilingualName = z.strictObject({ zh: nameText, en: nameText });
/** Prose a reader sees, in both languages (issue 12 item 8: the Chinese page shows no English). */
export const bilingualNote = z.strictObject({ zh: noteText, en: noteText });

/** An http(s) URL with no whitespace and no script scheme hidden inside it. */
export function isSafeUrl(s: string): boolean {
  if (!/^https?:\/\/[^\s]+$/i.test(s) || /javascript:|data:|vbscript:/i.test(s) || s.length > 2000) return false;
  try { return ['http:', 'https:'].includes(new URL(s).protocol); } catch { return false; }
}
export const urlSchema = z.string().refine(isSafeUrl, 'must be an http(s) URL without spaces or a script scheme');

/** A source date: a bare date ("2024-03-11", "2018-2019") stays a string; one with words
 *  ("undated (commit db7e088)") is {zh, en}, so no English reaches the Chinese page. */
const bareDate = z.string().trim().min(1, 'must not be empty').max(NAME_MAX)
  .refine((s) => !/[A-Za-z\u3400-\u9fff]/.test(s), 'has words: write it as {zh, en}');
export const sourceDate = z.union([bareDate, bilingualName], 'must be a bare date string or {zh, en}');

/** A dated source; every record must carry at least one. `what` says what the source shows, in zh and en. */
export const sourceSchema = z.strictObject({
  url: urlSchema,
  date: sourceDate,
  what: bilingualNote,
});
export type Source = z.infer<typeof sourceSchema>;
export const sourcesSchema = z.array(sourceSchema, 'is missing (every record needs a sources list)').min(1, 'is empty (every record needs at least one source)');

export const finite = z.number().refine(Number.isFinite, 'must be finite');
export const positive = finite.refine((v) => v > 0, 'must be positive');
export const year = z.int().min(1900).max(2100);

export const lonLatSchema = z.tuple([
  finite.refine((v) => v >= -180 && v <= 180, 'longitude out of range'),
  finite.refine((v) => v >= -90 && v <= 90, 'latitude out of range'),
]);

export const adcodeSchema = z.string().regex(/^\d{6}$/, 'must be a 6-digit adcode');
export const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)').max(80);
