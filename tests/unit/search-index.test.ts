/**
 * Unit tier: the one search (src/lib/data/search-index.ts) over the built atlas — Chinese,
 * English with either dash, pinyin; circles, prefectures, counties, parks and stations.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { decodeAtlas } from '../../src/lib/data/decode-atlas.ts';
import { buildIndex, matchTier, normalize, search, TIER, toKey } from '../../src/lib/data/search-index.ts';

const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8'));
const json = read('atlas.json') as AtlasJson;
// The counties exactly as the browser sees them (the same decode).
const counties = decodeAtlas(json, read('atlas.topo.json'), read('land.topo.json')).counties.features.map((f) => f.properties);
const index = buildIndex({ circles: json.circles, prefectures: json.prefectures, counties, parks: json.parks, stations: json.rail.stations });
const first = (q: string) => search(index, q)[0];
const ids = (q: string) => search(index, q).map((r) => `${r.kind}:${r.id}`);

describe('search index', () => {
  it('normalize folds case, width, dashes and spaces', () => {
    expect(normalize('Chengdu–Aba')).toBe('chengduaba');
    expect(normalize('Chengdu-Aba')).toBe('chengduaba');
    expect(normalize('ＣＨＥＮＧＤＵ — aba')).toBe('chengduaba');
  });

  it('pinyin finds parks and stations too ("jinandong" → 济南东, "chenga gongye" (成阿工业) → the Chengdu–Aba park)', () => {
    expect(first('jinandong')).toMatchObject({ kind: 'station', id: 'jinan-east' });
    expect(ids('chenga gongye')).toContain('park:chengdu-aba-industrial-park');
  });

  it('"成阿" finds the Chengdu–Aba Industrial Park', () => {
    expect(ids('成阿')).toContain('park:chengdu-aba-industrial-park');
  });

  it('"Chengdu–Aba" (en dash) and "Chengdu-Aba" (hyphen) find it first', () => {
    expect(first('Chengdu–Aba')).toMatchObject({ kind: 'park', id: 'chengdu-aba-industrial-park' });
    expect(first('Chengdu-Aba')).toMatchObject({ kind: 'park', id: 'chengdu-aba-industrial-park' });
    expect(first('chengdu aba')).toMatchObject({ kind: 'park', id: 'chengdu-aba-industrial-park' });
  });

  it('a county by pinyin: "lixia" → 历下区', () => {
    expect(first('lixia')).toMatchObject({ kind: 'county', id: '370102' });
  });

  it('a county by Chinese and English name', () => {
    expect(first('金堂县')).toMatchObject({ kind: 'county', id: '510121' });
    expect(ids('Lixia District')).toContain('county:370102');
  });

  it('a station by Chinese name: 济南东', () => {
    expect(first('济南东')).toMatchObject({ kind: 'station', id: 'jinan-east' });
  });

  it('a prefecture: 淄博市 and "Zibo"', () => {
    expect(first('淄博市')).toMatchObject({ kind: 'prefecture', id: '370300' });
    expect(ids('zibo')).toContain('prefecture:370300');
  });

  it('every circle of the data by its Chinese and English name', () => {
    for (const c of json.circles) {
      expect(first(c.name.zh), c.id).toMatchObject({ kind: 'circle', id: c.id });
      expect(first(c.name.en), c.id).toMatchObject({ kind: 'circle', id: c.id });
    }
  });

  it('an empty or punctuation-only query finds nothing; results are capped', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, ' – ')).toEqual([]);
    expect(search(index, 'a', 5).length).toBeLessThanOrEqual(5);
  });

  it('exact and prefix matches rank before substring matches', () => {
    const r = search(index, '济南');
    expect(r[0].name.zh.startsWith('济南')).toBe(true);
  });

  // issue 12 item 7
  it('"eco" matches only where a word starts: no Shanghe, Changle or Qihe County, but the Eco-Economic park and the Ecopark', () => {
    const r = search(index, 'eco', 50);
    const en = r.map((e) => e.name.en);
    expect(en).not.toContain('Shanghe County');
    expect(en).not.toContain('Changle County');
    expect(en).not.toContain('Qihe County');
    expect(en).not.toContain("Dong'e County"); // "Dong'e" is one word
    expect(en).toContain('Deyang–Aba Eco-Economic Industrial Park');
    expect(en).toContain('Sino-German Ecopark Qingdao');
    for (const e of r) expect(e.keys.some((k) => matchTier(k, 'eco') < Infinity && /(^|[^a-z])eco/.test(`${e.name.en.toLowerCase()} ${e.id}`))).toBe(true);
  });

  it('a query inside a word finds nothing there: "hanghe" does not find Shanghe County', () => {
    expect(search(index, 'hanghe', 50).map((e) => e.name.en)).not.toContain('Shanghe County');
  });

  it('initials: "jnd" finds 济南东 first, "JND" too', () => {
    expect(first('jnd')).toMatchObject({ kind: 'station', id: 'jinan-east' });
    expect(first('JND')).toMatchObject({ kind: 'station', id: 'jinan-east' });
  });

  it('a pinyin syllable start: "nandong" finds 济南东, "xia qu" finds 历下区', () => {
    expect(ids('nandong')).toContain('station:jinan-east');
    expect(ids('xia qu')).toContain('county:370102');
  });

  it('exact matches rank before prefixes, prefixes before initials, initials before later word starts', () => {
    const key = toKey('ji nan dong', true);
    expect(matchTier(key, 'jinandong')).toBe(TIER.exact);
    expect(matchTier(key, 'jinan')).toBe(TIER.prefix);
    expect(matchTier(key, 'jnd')).toBe(TIER.initials);
    expect(matchTier(key, 'jn')).toBe(TIER.initialsPrefix);
    expect(matchTier(key, 'nandong')).toBe(TIER.wordStart);
    expect(matchTier(key, 'andong')).toBe(Infinity);
    expect(matchTier(toKey('Lixia District'), 'ld')).toBe(Infinity);
  });

  it('"jinan" lists things named Jinan before things that only contain a word Jinan later', () => {
    const r = search(index, 'jinan', 30);
    const firstLater = r.findIndex((e) => !e.keys.some((k) => k.text.startsWith('jinan')));
    const lastPrefix = r.map((e) => e.keys.some((k) => k.text.startsWith('jinan'))).lastIndexOf(true);
    expect(lastPrefix).toBeGreaterThanOrEqual(0);
    if (firstLater >= 0) expect(firstLater).toBeGreaterThan(lastPrefix);
  });

  it('Chinese still matches inside a name (every character starts a word): "南东" finds 济南东', () => {
    expect(ids('南东')).toContain('station:jinan-east');
  });
});
