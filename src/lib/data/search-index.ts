/**
 * One search over circles, prefectures, counties, parks and stations, by Chinese or English name
 * and pinyin. Pure (built from the decoded atlas's plain data), so it is unit-tested in Node.
 *
 * Matching folds case, width (NFKC) and every kind of dash and space away, so "Aaa–Bbb",
 * "Aaa-Bbb" and "aaa bbb" are the same query, and a bracketed short name finds the full one
 * (甲—乙工业园区（甲乙工业园区） is found by "甲乙"; tests/unit/search-index.test.ts has real cases).
 */
import type { Circle, Name, Prefecture } from './atlas-types.ts';
import type { Park } from './park-types.ts';
import type { Station } from './rail-types.ts';

export type ResultKind = 'circle' | 'prefecture' | 'county' | 'park' | 'station';

export interface SearchEntry {
  kind: ResultKind;
  id: string;
  name: Name;
  /** Normalised strings to match against. */
  keys: string[];
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

export function buildIndex(src: SearchSource): SearchEntry[] {
  const entry = (kind: ResultKind, id: string, name: Name, ...extra: string[]): SearchEntry =>
    ({ kind, id, name, keys: [...new Set([name.zh, name.en, ...extra].map(normalize).filter(Boolean))] });
  return [
    ...src.circles.map((c) => entry('circle', c.id, c.name, c.coreCity.zh, c.coreCity.en, c.id)),
    ...src.prefectures.map((p) => entry('prefecture', p.code, p.name, p.pinyin)),
    ...src.counties.map((c) => entry('county', c.adcode, { zh: c.name, en: c.nameEn }, c.pinyin, c.adcode)),
    ...src.parks.map((p) => entry('park', p.id, p.name, p.id, p.pinyin ?? '')),
    ...src.stations.map((s) => entry('station', s.id, s.name, s.id, s.pinyin ?? '')),
  ];
}

const KIND_ORDER: Record<ResultKind, number> = { circle: 0, park: 1, prefecture: 2, county: 3, station: 4 };

/** Best first: exact name, then a name that starts with the query, then one that contains it. */
export function search(index: readonly SearchEntry[], query: string, limit = 12): SearchEntry[] {
  const q = normalize(query);
  if (!q) return [];
  const scored: { e: SearchEntry; score: number }[] = [];
  for (const e of index) {
    let best = Infinity;
    for (const k of e.keys) {
      const s = k === q ? 0 : k.startsWith(q) ? 1 : k.includes(q) ? 2 : Infinity;
      if (s < best) best = s;
    }
    if (best < Infinity) scored.push({ e, score: best * 10 + KIND_ORDER[e.kind] });
  }
  return scored.sort((a, b) => a.score - b.score).slice(0, limit).map((s) => s.e);
}
