/**
 * English names of county units for the en UI and for search: Hanyu Pinyin of the name without its
 * suffix, plus the suffix in English. pinyin-pro picks the common reading; place names it reads
 * wrongly (polyphonic characters) are corrected by hand readings kept as data in
 * geodata/romanization.json, so a new circle adds its fixes there, not here.
 */
import { pinyin } from 'pinyin-pro';

const SUFFIXES: [string, string][] = [
  ['满族自治县', 'Manchu Autonomous County'],
  ['自治县', 'Autonomous County'],
  ['省', 'Province'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
];

/** Stem (name without suffix) → its standard romanisation. */
export type Readings = ReadonlyMap<string, string>;

export function romanize(zh: string, readings: Readings): string {
  const [suffix, en] = SUFFIXES.find(([s]) => zh.endsWith(s) && zh.length > s.length) ?? ['', ''];
  const stem = zh.slice(0, zh.length - suffix.length);
  const py = readings.get(stem) ?? capitalize(joinSyllables(pinyin(stem, { toneType: 'none', type: 'array' })));
  return en ? `${py} ${en}` : py;
}

/** Hanyu Pinyin orthography: an apostrophe before a syllable that starts with a, o or e, when it is
 *  not the first (so that two readings cannot run together: "Xi'an", not "Xian"). */
export function joinSyllables(syllables: readonly string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
}

/**
 * Toneless pinyin for search, one word per syllable, without apostrophes, so the client can match
 * at syllable starts and by initials (src/lib/data/search-index.ts; issue 12 item 7).
 */
export function searchPinyin(zh: string): string {
  return pinyin(zh, { toneType: 'none', type: 'array' }).join(' ').toLowerCase();
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
