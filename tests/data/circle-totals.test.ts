/**
 * Data tier: the built summary.json against the approved plans (circles.md §0).
 * Run after `npm run build:data` (npm test does that first).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { CircleSummary, Summary } from '../../src/lib/data/atlas-types.ts';

const summary = JSON.parse(readFileSync('public/data/summary.json', 'utf8')) as Summary;
const circle = (id: string): CircleSummary => {
  const c = summary.circles.find((x) => x.id === id);
  if (!c) throw new Error(`no circle ${id} in summary.json`);
  return c;
};
const relDiff = (a: number, b: number) => Math.abs(a - b) / b;
const count = (c: CircleSummary, coverage: string) => c.members.filter((m) => m.coverage === coverage).length;

describe('circle membership matches the approved plans', () => {
  it('Jinan has 25 whole units', () => {
    expect(circle('jinan').members).toHaveLength(25);
    expect(count(circle('jinan'), 'whole')).toBe(25);
  });
  it('Qingdao has 16 whole units', () => {
    expect(circle('qingdao').members).toHaveLength(16);
    expect(count(circle('qingdao'), 'whole')).toBe(16);
  });
  it('Changchun has 21 units of which 榆树 and 东辽 are partial', () => {
    const c = circle('changchun');
    expect(c.members).toHaveLength(21);
    expect(c.members.filter((m) => m.coverage === 'partial').map((m) => m.adcode).sort()).toEqual(['220182', '220422']);
  });
  it('Chengdu has 30 core units and 5 extended ones', () => {
    const c = circle('chengdu');
    expect(count(c, 'whole')).toBe(30);
    expect(c.members.filter((m) => m.coverage === 'extended').map((m) => m.adcode).sort())
      .toEqual(['510604', '510683', '511423', '511424', '512021']);
  });
  it('every member has a measured area and a census population', () => {
    for (const c of summary.circles) for (const m of c.members) {
      expect(m.areaKm2, `${c.id} ${m.adcode}`).toBeGreaterThan(0);
      expect(m.population, `${c.id} ${m.adcode}`).toBeGreaterThan(0);
    }
  });
});

describe('computed areas agree with the plan figures', () => {
  it.each(['jinan', 'qingdao', 'chengdu'])('%s area is within 1 %% of the plan', (id) => {
    const c = circle(id);
    expect(relDiff(c.computed.areaKm2, c.official.areaKm2)).toBeLessThan(0.01);
  });
  it('Chengdu extended area is within 1 % of the plan', () => {
    const c = circle('chengdu');
    expect(relDiff(c.computed.extended!.areaKm2, c.officialExtended!.areaKm2)).toBeLessThan(0.01);
  });
  it("Changchun's plan area lies between its whole-unit area and its whole-plus-partial area", () => {
    const c = circle('changchun');
    expect(c.computed.areaKm2Whole).toBeLessThan(c.official.areaKm2);
    expect(c.computed.areaKm2).toBeGreaterThan(c.official.areaKm2);
  });
  it('the circle area is the sum of its member areas', () => {
    for (const c of summary.circles) {
      const sum = c.members.filter((m) => m.coverage !== 'extended').reduce((s, m) => s + m.areaKm2, 0);
      expect(c.computed.areaKm2).toBeCloseTo(sum, 0);
    }
  });
});

describe('census population agrees with the plan figures', () => {
  it.each([['jinan', 0.02], ['chengdu', 0.02], ['qingdao', 0.03]] as const)(
    '%s census plus in-circle zones is within the tolerance of the plan', (id, tolerance) => {
      const c = circle(id);
      expect(relDiff(c.computed.populationWithZones, c.official.population)).toBeLessThan(tolerance);
    });
  it('Chengdu extended census is within 2 % of the plan', () => {
    const c = circle('chengdu');
    expect(relDiff(c.computed.extended!.populationWithZones, c.officialExtended!.population)).toBeLessThan(0.02);
  });
  it("Changchun's plan population lies between its whole-unit and whole-plus-partial census totals (zones included)", () => {
    const c = circle('changchun');
    expect(c.computed.populationWholeWithZones).toBeLessThan(c.official.population);
    expect(c.computed.populationWithZones).toBeGreaterThan(c.official.population);
  });
  it('a zone is only added where all its host counties are in the circle', () => {
    expect(circle('jinan').computed.zones).toEqual(['370171']);
    expect(circle('changchun').computed.zones).not.toContain('220273'); // 中新食品区 lies in 永吉县, outside
  });
});

describe('official figures are sourced', () => {
  it('every official figure has a base and at least one source', () => {
    for (const c of summary.circles) for (const o of [c.official, c.officialExtended].filter(Boolean)) {
      expect(o!.base.zh.length).toBeGreaterThan(0);
      expect(o!.base.en.length).toBeGreaterThan(0);
      expect(o!.sources.length).toBeGreaterThan(0);
    }
  });
});
