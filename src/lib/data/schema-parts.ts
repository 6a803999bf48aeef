/**
 * Building blocks of the atlas.json schema (atlas-schema.ts). zod/mini, not zod: the same checks
 * cost 8 KB gzip in the app instead of 26 KB, and the app JS budget is 60 KB (issue 10, measured).
 * These are the checks the page needs to survive a file the build did not make (hand-edited,
 * tampered, truncated): bounded text, http(s) links, #rrggbb colours, finite numbers, unique keys.
 */
import * as z from 'zod/mini';

/** Whitespace and the zero-width characters a copy-paste brings along (ZWSP, ZWNJ, ZWJ, word joiner, BOM). */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

/** Names become map labels: MapLibre's symbol layout throws on very long labels (a 100 KB park name
 *  stopped the map), and no real place or plan name comes near 120 characters. */
export const NAME_MAX = 120;
/** Prose shown in panels; a pasted document (a 10 MB name crashed the tab) stays out. */
export const NOTE_MAX = 4000;

export const name = z.string().check(
  z.refine((s) => s.replace(INVISIBLE, '').length > 0, 'blank'),
  z.maxLength(NAME_MAX),
);
export const prose = z.string().check(z.maxLength(NOTE_MAX));
export const bilingual = z.looseObject({ zh: name, en: name });
export const bilingualProse = z.looseObject({ zh: prose, en: prose });

/** Links are rendered as <a href>: only http(s), so a `javascript:` source can never run. */
export function isSafeUrl(s: string): boolean {
  if (s.length > 2000 || !/^https?:\/\/\S+$/i.test(s)) return false;
  try { return ['http:', 'https:'].includes(new URL(s).protocol); } catch { return false; }
}
export const url = z.string().check(z.refine(isSafeUrl, 'not an http(s) URL'));

/** Colours reach style attributes and MapLibre paint: exactly #rrggbb, so no `;` or `url(` gets in. */
export const COLOR = /^#[0-9a-f]{6}$/i;
export const color = z.string().check(z.regex(COLOR));

export const source = z.looseObject({ url, date: prose, what: prose });
export const sources = z.array(source);

export const id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(80));
export const adcode = z.string().check(z.regex(/^\d{6}$/));
export const count = z.int().check(z.minimum(0), z.maximum(2e9));
export const nonNegative = z.number().check(z.minimum(0));
export const lonLat = z.tuple([
  z.number().check(z.minimum(-180), z.maximum(180)),
  z.number().check(z.minimum(-90), z.maximum(90)),
]);
/** [west, south, east, north] */
export const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]).check(
  z.refine(([w, s, e, n]) => w <= e && s <= n && w >= -180 && e <= 180 && s >= -90 && n <= 90, 'not a [w,s,e,n] box'),
);

/** A list keyed by `key` (Svelte's keyed each throws `each_key_duplicate` on a repeat). */
export function uniqueBy<T>(item: z.ZodMiniType<T>, key: (x: T) => string) {
  return z.array(item).check(z.superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      const k = key(x);
      if (seen.has(k)) ctx.issues.push({ code: 'custom', message: `duplicate key ${k}`, input: x, path: [i] });
      seen.add(k);
    });
  }));
}
