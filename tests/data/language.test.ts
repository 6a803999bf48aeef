/**
 * Issue 12 item 8 at the data level: every prose string the panels show comes from atlas.json as
 * {zh, en}, and each language passes the rule of tests/e2e/language-rule.ts (no run of 3+ Latin
 * words in zh; no Chinese sentence in en; URLs, quotes and the data's own names exempt). Fast and
 * exhaustive over the data. tests/e2e/language.e2e.ts applies the same rule to what every panel
 * actually shows in Chromium (templates, punctuation and crashes included).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { chineseSentences, latinRuns } from '../e2e/language-rule.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as AtlasJson;
type Bi = { zh: string; en: string };
const isBi = (x: unknown): x is Bi => !!x && typeof x === 'object' && typeof (x as Bi).zh === 'string' && typeof (x as Bi).en === 'string';

/** Every {zh, en} in the file, with where it is; names ({zh,en} under name/coreCity) apart. */
const names: Bi[] = [];
const prose: [string, Bi][] = [];
(function walk(x: unknown, path: string, key: string): void {
  if (Array.isArray(x)) { x.forEach((v, i) => walk(v, `${path}[${i}]`, key)); return; }
  if (!x || typeof x !== 'object') return;
  if (isBi(x)) {
    if (/^(name|coreCity)$/.test(key)) names.push(x); else prose.push([path, x]);
    return;
  }
  for (const [k, v] of Object.entries(x)) walk(v, path ? `${path}.${k}` : k, k);
})(atlas, '', '');
const enNames = [...names.map((n) => n.en), ...atlas.counties.flatMap((c) => [c.nameEn, c.prefectureNameEn, c.provinceEn])];
const zhNames = [...names.map((n) => n.zh), ...atlas.counties.flatMap((c) => [c.name, c.prefectureName, c.province])];

describe('the data a panel shows is in both languages (issue 12 item 8)', () => {
  it('describes every source, park field, station note and plan date as {zh, en}', () => {
    const plain: string[] = [];
    const need = (path: string, v: unknown) => { if (v !== undefined && !isBi(v)) plain.push(path); };
    const sources = (path: string, list: { what: unknown }[]) => list.forEach((s, i) => need(`${path}.sources[${i}].what`, s.what));
    atlas.circles.forEach((c) => {
      sources(c.id, c.sources); sources(`${c.id}.plan`, c.plan.sources); sources(`${c.id}.official`, c.official.sources);
      for (const k of ['document', 'approved', 'issued'] as const) need(`${c.id}.plan.${k}`, c.plan[k]);
      need(`${c.id}.official.note`, c.official.note);
      c.members.forEach((m) => { need(`${c.id}.${m.adcode}.note`, m.note); sources(`${c.id}.${m.adcode}`, m.sources); });
    });
    atlas.parks.forEach((p) => {
      for (const k of ['kindNote', 'place', 'establishedNote', 'areaNote', 'status', 'pointMethod', 'notes'] as const) need(`${p.id}.${k}`, p[k]);
      [...p.focus, ...p.partners].forEach((f, i) => need(`${p.id}.focus/partners[${i}]`, f));
      sources(p.id, p.sources);
    });
    atlas.rail.stations.forEach((s) => { need(`${s.id}.coordSource`, s.coordSource); need(`${s.id}.note`, s.note); sources(s.id, s.sources); });
    atlas.rail.travelTimes.forEach((t, i) => { need(`travelTimes[${i}].note`, t.note); sources(`travelTimes[${i}]`, t.sources); });
    expect(plain).toEqual([]);
  });

  it('has no run of three or more English words in any Chinese text', () => {
    const bad = prose.flatMap(([path, v]) => latinRuns(v.zh, enNames).map((r) => `${path}: "${r}"`));
    expect(bad.slice(0, 40), `${bad.length} English runs`).toEqual([]);
  });

  it('has no Chinese sentence in any English text', () => {
    const bad = prose.flatMap(([path, v]) => chineseSentences(v.en, zhNames).map((r) => `${path}: "${r}"`));
    expect(bad.slice(0, 40), `${bad.length} Chinese sentences`).toEqual([]);
  });
});
