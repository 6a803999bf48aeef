/**
 * One search over circles, prefectures, counties, parks and stations, by Chinese or English name
 * and pinyin. Pure (built from the decoded atlas's plain data), so it is unit-tested in Node.
 *
 * A query matches only where a word starts (issue 12 item 7: "eco" must not hit "…e Co…"):
 * - every name is cut into words: runs of letters or digits, and each Chinese character alone
 *   (Chinese has no spaces, so any character may start a match, as a substring would);
 * - the build writes pinyin with one word per syllable, so a query may start at any syllable, and
 *   the syllables' first letters form an initials key (three syllables → three letters);
 * - case, width (NFKC), dashes, spaces and punctuation are folded away from both sides, so a query
 *   may run on across words: "A–B", "A-B" and "a b" are the same query.
 * Hand-written rather than a library: MiniSearch (+5.5 KB gzip) and uFuzzy (+3.8 KB) match fuzzily
 * within tokens and know neither syllables nor initials; this is a prefix test over < 2,000 keys.
 */
import type { Circle, Name, Prefecture } from './atlas-types.ts';
import type { Park } from './park-types.ts';
import type { Station } from './rail-types.ts';

export type ResultKind = 'circle' | 'prefecture' | 'county' | 'park' | 'station';

/** One searchable string: its words joined, where each word starts, and (pinyin only) the initials. */
export interface SearchKey { text: string; starts: number[]; initials: string }

export interface SearchEntry {
  kind: ResultKind;
  id: string;
  name: Name;
  keys: SearchKey[];
}

export interface CountyLike { adcode: string; name: string; nameEn: string; pinyin: string }

export interface SearchSource {
  circles: readonly Circle[];
  prefectures: readonly Prefecture[];
  counties: readonly CountyLike[];
  parks: readonly Park[];
  stations: readonly Station[];
}

/** Case, width, dashes, spaces and punctuation folded away. */
export function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\p{Pd}\p{P}\p{S}]+/gu, '');
}

/** A Chinese character alone, or a run of other letters, marks and digits. */
const WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu;

/** The words of a name; an apostrophe joins (a syllable mark inside one pinyin word is no word start). */
export function words(s: string): string[] {
  return s.normalize('NFKC').toLowerCase().replace(/['’]/g, '').match(WORD) ?? [];
}

export function toKey(s: string, withInitials = false): SearchKey {
  const ws = words(s);
  const starts: number[] = [];
  let at = 0;
  for (const w of ws) { starts.push(at); at += w.length; }
  return { text: ws.join(''), starts, initials: withInitials ? ws.map((w) => w[0]).join('') : '' };
}

export function buildIndex(src: SearchSource): SearchEntry[] {
  const entry = (kind: ResultKind, id: string, name: Name, pinyin: string, ...extra: string[]): SearchEntry => ({
    kind, id, name,
    keys: [...[name.zh, name.en, ...extra].map((s) => toKey(s)), toKey(pinyin, true)].filter((k) => k.text),
  });
  return [
    ...src.circles.map((c) => entry('circle', c.id, c.name, '', c.coreCity.zh, c.coreCity.en, c.id)),
    ...src.prefectures.map((p) => entry('prefecture', p.code, p.name, p.pinyin)),
    ...src.counties.map((c) => entry('county', c.adcode, { zh: c.name, en: c.nameEn }, c.pinyin, c.adcode)),
    ...src.parks.map((p) => entry('park', p.id, p.name, p.pinyin ?? '', p.id)),
    ...src.stations.map((s) => entry('station', s.id, s.name, s.pinyin ?? '', s.id)),
  ];
}

/** Match tiers, best first. */
export const TIER = { exact: 0, prefix: 1, initials: 2, initialsPrefix: 3, wordStart: 4 } as const;

/** The best tier at which the normalised query `q` matches `key`, or Infinity. */
export function matchTier(key: SearchKey, q: string): number {
  if (key.text === q) return TIER.exact;
  if (key.text.startsWith(q)) return TIER.prefix;
  if (q.length > 1 && key.initials === q) return TIER.initials;
  if (q.length > 1 && key.initials.startsWith(q)) return TIER.initialsPrefix;
  return key.starts.some((i) => i > 0 && key.text.startsWith(q, i)) ? TIER.wordStart : Infinity;
}

const KIND_ORDER: Record<ResultKind, number> = { circle: 0, park: 1, prefecture: 2, county: 3, station: 4 };

/** Best first: by tier, then kind, then the shorter name (the closer match). */
export function search(index: readonly SearchEntry[], query: string, limit = 12): SearchEntry[] {
  const q = normalize(query);
  if (!q) return [];
  const scored: { e: SearchEntry; tier: number; len: number }[] = [];
  for (const e of index) {
    const tier = Math.min(...e.keys.map((k) => matchTier(k, q)));
    if (tier < Infinity) scored.push({ e, tier, len: e.name.zh.length });
  }
  scored.sort((a, b) => a.tier - b.tier || KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] || a.len - b.len);
  return scored.slice(0, limit).map((s) => s.e);
}
