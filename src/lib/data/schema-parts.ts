/**
 * Building blocks of the atlas.json schema (atlas-schema.ts), in valibot. Measured in the app bundle
 * (app JS gzip, maplibre-gl external, same method as `npm run bench`): the same checks cost 25.5 KB
 * with zod, 8.2 KB with zod/mini and 2.3 KB with valibot; with the client's own growth only valibot
 * keeps the app under its 60 KB budget (issue 10). The build's geodata schemas stay zod (not bundled).
 * These are the checks the page needs to survive a file the build did not make (hand-edited,
 * tampered, truncated): bounded text, http(s) links, #rrggbb colours, finite numbers, unique keys.
 */
import * as v from 'valibot';

/** Whitespace and the zero-width characters a copy-paste brings along (ZWSP, ZWNJ, ZWJ, word joiner, BOM). */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

/** Names become map labels: MapLibre's symbol layout throws on very long labels (a 100 KB park name
 *  stopped the map), and no real place or plan name comes near 120 characters. */
export const NAME_MAX = 120;
/** Prose shown in panels; a pasted document (a 10 MB name crashed the tab) stays out. */
export const NOTE_MAX = 4000;

export const name = v.pipe(v.string(), v.maxLength(NAME_MAX), v.check((s) => s.replace(INVISIBLE, '').length > 0, 'blank'));
export const prose = v.pipe(v.string(), v.maxLength(NOTE_MAX));
export const bilingual = v.looseObject({ zh: name, en: name });
export const bilingualProse = v.looseObject({ zh: prose, en: prose });

/** Links are rendered as <a href>: only http(s), so a `javascript:` source can never run. */
export function isSafeUrl(s: string): boolean {
  if (s.length > 2000 || !/^https?:\/\/\S+$/i.test(s)) return false;
  try { return ['http:', 'https:'].includes(new URL(s).protocol); } catch { return false; }
}
export const url = v.pipe(v.string(), v.check(isSafeUrl, 'not an http(s) URL'));

/** Colours reach style attributes and MapLibre paint: exactly #rrggbb, so no `;` or `url(` gets in. */
export const COLOR = /^#[0-9a-f]{6}$/i;
export const color = v.pipe(v.string(), v.regex(COLOR));

/** A source: `what` in both languages; `date` a bare date string or, when it has words, {zh, en}. */
export const source = v.looseObject({ url, date: v.union([prose, bilingualProse]), what: bilingualProse });
export const sources = v.array(source);

export const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(80));
export const adcode = v.pipe(v.string(), v.regex(/^\d{6}$/));
export const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2e9));
export const nonNegative = v.pipe(v.number(), v.minValue(0));
export const lonLat = v.tuple([
  v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
]);
/** [west, south, east, north] */
export const bbox = v.pipe(
  v.tuple([v.number(), v.number(), v.number(), v.number()]),
  v.check(([w, s, e, n]) => w <= e && s <= n && w >= -180 && e <= 180 && s >= -90 && n <= 90, 'not a [w,s,e,n] box'),
);

/** An issue at a path inside the checked value (for checks across fields and lists). */
export type Report = (path: (string | number)[], message: string) => void;
export function crossCheck<T>(check: (value: T, report: Report) => void) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    check(dataset.value, (path, message) => addIssue({
      message,
      path: path.map((key) => ({ type: 'unknown', origin: 'value', input: undefined, key, value: undefined })) as never,
    }));
  });
}

/** A list keyed by `key` (Svelte's keyed each throws `each_key_duplicate` on a repeat). */
export function uniqueBy<S extends v.GenericSchema>(item: S, key: (x: v.InferOutput<S>) => string) {
  return v.pipe(v.array(item), crossCheck<v.InferOutput<S>[]>((list, report) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      const k = key(x);
      if (seen.has(k)) report([i], `duplicate key ${k}`);
      seen.add(k);
    });
  }));
}
