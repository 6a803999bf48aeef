/**
 * Circles are data (issue 9): a temporary geodata folder with one more, synthetic circle — sharing
 * two counties with the first circle of geodata/, with three county-level cities that report straight
 * to their province (429004–429006, population from population_2020_national.csv) and no core station —
 * builds with no code change, and every circle is counted, listed and modelled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/build/run.ts';
import type { AtlasJson, Summary } from '../../src/lib/data/atlas-types.ts';
import { cleanup, editJson, editText, geodataCopy, readJson, tempDir } from './geodata-fixture.ts';

const first = readJson('geodata/circles.json').circles[0];
const shared = first.members.slice(0, 2);
const CENSUS = [['429004', '仙桃市', 1268715], ['429005', '潜江市', 886547], ['429006', '天门市', 1158640]] as const;
const SOURCE = { url: 'https://github.com/thebamboogrove/tudigong/blob/f436b425846f2173ca7cc7fc7c154c500ba23255/input/population.csv', date: '2022', what: { zh: '合成测试都市圈', en: 'synthetic test circle' } };
const SYNTHETIC = {
  id: 'synthetic-test', name: { zh: '测试都市圈', en: 'Test Circle' }, coreCity: { zh: '测试', en: 'Test' }, color: '#123456', sources: [SOURCE],
  plan: { title: '测试规划', document: { zh: '无', en: 'none' }, approved: { zh: '从未', en: 'never' }, issued: { zh: '从未', en: 'never' }, sources: [SOURCE] },
  official: { areaKm2: 1000, population: 1000000, approx: true, base: { zh: '无', en: 'none' }, sources: [SOURCE] },
  members: [
    ...shared.map((m: { adcode: string; name: string }) => ({ adcode: m.adcode, name: m.name, coverage: 'whole', note: { zh: '与另一都市圈共有（测试）', en: 'shared with another circle (test)' }, sources: [SOURCE] })),
    ...CENSUS.map(([adcode, name]) => ({ adcode, name, coverage: 'whole', sources: [SOURCE] })),
  ],
};

let atlas: AtlasJson;
let summary: Summary;
beforeAll(() => {
  const dir = geodataCopy();
  editJson(dir, 'circles.json', (j) => { j.circles.push(SYNTHETIC); });
  editText(dir, 'population-2020.csv', (t) => t.trimEnd() + '\n' + CENSUS.map(([a, n, p]) => `${a},${n},${n},湖北省,${p},test row from population_2020_national.csv`).join('\n') + '\n');
  const out = tempDir('synthetic-out');
  const { files } = runBuild({ geodataDir: dir, outDir: out, all: false });
  atlas = JSON.parse(files['atlas.json']);
  summary = JSON.parse(files['summary.json']);
}, 120_000); // a full build: seconds alone, much longer on a busy machine
afterAll(cleanup);

describe('a synthetic circle added as data only', () => {
  it('is built, in the order of circles.json, with its bounds inside the whole view', () => {
    expect(atlas.circles.map((c) => c.id).at(-1)).toBe(SYNTHETIC.id);
    const b = atlas.circles.at(-1)!.bounds;
    expect(b[0]).toBeGreaterThanOrEqual(atlas.bounds[0]);
    expect(b[2]).toBeLessThanOrEqual(atlas.bounds[2]);
    expect(b[0]).toBeLessThan(b[2]);
  });

  it('lists each shared county as a member of both circles', () => {
    for (const m of shared) {
      const owners = atlas.circles.filter((c) => c.members.some((x) => x.adcode === m.adcode)).map((c) => c.id);
      expect(owners).toEqual([first.id, SYNTHETIC.id]);
    }
    const adcodes = atlas.counties.map((c) => c.adcode);
    expect(new Set(adcodes).size).toBe(adcodes.length); // drawn once
  });

  it('counts the shared counties in the totals of both circles', () => {
    for (const id of [first.id, SYNTHETIC.id]) {
      const s = summary.circles.find((c) => c.id === id)!;
      for (const m of shared) expect(s.members.map((x) => x.adcode)).toContain(m.adcode);
      expect(s.computed.population).toBe(s.members.reduce((sum, m) => sum + m.population, 0));
    }
    const syn = summary.circles.find((c) => c.id === SYNTHETIC.id)!;
    const sharedPop = syn.members.filter((m) => shared.some((x: { adcode: string }) => x.adcode === m.adcode)).reduce((s, m) => s + m.population, 0);
    expect(syn.computed.population).toBe(sharedPop + CENSUS.reduce((s, [, , p]) => s + p, 0));
  });

  it('gives a county-level city under its province its own prefecture-level unit and province, not an adcode guess', () => {
    const c = atlas.counties.find((x) => x.adcode === '429004')!;
    expect([c.prefecture, c.prefectureName, c.province]).toEqual(['429004', '仙桃市', '湖北省']);
    expect(atlas.prefectures.find((p) => p.code === '429004')).toMatchObject({ name: { zh: '仙桃市' }, province: '湖北省' });
    expect(atlas.prefectures.some((p) => p.code === '429000')).toBe(false);
  });

  it('has a commute entry for every circle, the one without a core station marked no-rail', () => {
    expect(atlas.commute.circles.map((c) => c.id)).toEqual(atlas.circles.map((c) => c.id));
    expect(atlas.commute.circles.at(-1)).toMatchObject({ status: 'no-rail', coreStationId: null, units: SYNTHETIC.members.length });
    expect(atlas.commute.counties.some((x) => x.circle === SYNTHETIC.id)).toBe(false);
    expect(atlas.commute.counties.filter((x) => x.circle === first.id).length).toBe(first.members.length);
  });
});
