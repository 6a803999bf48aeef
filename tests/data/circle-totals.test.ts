/**
 * Data tier: the built summary.json against each circle's own plan figures (geodata/circles.json).
 * Every rule runs over every circle of the data; nothing here lists circles.
 * Run after `npm run build:data` (npm test does that first).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { AtlasJson, CircleSummary, ScopeTotals, Summary } from '../../src/lib/data/atlas-types.ts';

const summary = JSON.parse(readFileSync('public/data/summary.json', 'utf8')) as Summary;
const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as AtlasJson;
const relDiff = (a: number, b: number) => Math.abs(a - b) / b;
const hasPartial = (t: ScopeTotals) => t.areaKm2Whole !== t.areaKm2;
/** Census (2020) against a plan figure whose base year may be later: 2 % for a 2020 base, 3 % otherwise;
 *  beyond that the circle's official.note must explain the difference. */
const popTolerance = (base: string) => (/2020/.test(base) ? 0.02 : 0.03);

type Scope = { id: string; label: string; t: ScopeTotals; o: CircleSummary['official'] };
const scopes: Scope[] = summary.circles.flatMap((c) => [
  { id: c.id, label: `${c.id} core`, t: c.computed, o: c.official },
  ...(c.computed.extended && c.officialExtended ? [{ id: c.id, label: `${c.id} extended`, t: c.computed.extended, o: c.officialExtended }] : []),
]);

describe('every circle of atlas.json has a summary, in the same order', () => {
  it('lists the same circles', () => expect(summary.circles.map((c) => c.id)).toEqual(atlas.circles.map((c) => c.id)));
  it('gives every member a measured area and a census population', () => {
    for (const c of summary.circles) for (const m of c.members) {
      expect(m.areaKm2, `${c.id} ${m.adcode}`).toBeGreaterThan(0);
      expect(m.population, `${c.id} ${m.adcode}`).toBeGreaterThan(0);
    }
  });
});

describe.each(scopes)('$label agrees with its plan', ({ t, o }) => {
  it('has an area within 1 % of the plan (or a difference explained in official.note), or (with partial units) a plan area inside its range', () => {
    if (hasPartial(t)) {
      expect(t.areaKm2Whole).toBeLessThan(o.areaKm2);
      expect(t.areaKm2).toBeGreaterThan(o.areaKm2);
    } else {
      // a larger difference must be explained beside the figure (official.note), as for population
      const within = relDiff(t.areaKm2, o.areaKm2) < 0.01;
      expect(within || (o.note ?? '') !== '', `${t.areaKm2} km² vs plan ${o.areaKm2}, no official.note`).toBe(true);
    }
  });
  it('has a census population (zones included) within tolerance of the plan, or (with partial units) a plan figure inside its range', () => {
    if (hasPartial(t)) {
      expect(t.populationWholeWithZones).toBeLessThan(o.population);
      expect(t.populationWithZones).toBeGreaterThan(o.population);
    } else {
      // a larger difference must be explained beside the figure (official.note), e.g. a later base year
      const within = relDiff(t.populationWithZones, o.population) < popTolerance(o.base.en);
      expect(within || (o.note ?? '') !== '', `${t.populationWithZones} vs plan ${o.population}, no official.note`).toBe(true);
    }
  });
});

describe('totals are sums of their members', () => {
  it.each(summary.circles.map((c) => [c.id, c] as const))('%s: area and population are the sums over the core members', (_id, c) => {
    const core = c.members.filter((m) => m.coverage !== 'extended');
    expect(c.computed.areaKm2).toBeCloseTo(core.reduce((s, m) => s + m.areaKm2, 0), 0);
    expect(c.computed.population).toBe(core.reduce((s, m) => s + m.population, 0));
  });
  it('adds a census zone exactly when all of its host counties are in the scope', () => {
    for (const s of scopes) {
      const members = new Set(summary.circles.find((c) => c.id === s.id)!.members
        .filter((m) => s.label.endsWith('extended') || m.coverage !== 'extended').map((m) => m.adcode));
      const expected = atlas.devZones.filter((z) => z.hostAdcodes.every((h) => members.has(h))).map((z) => z.code);
      expect([...s.t.zones].sort(), s.label).toEqual(expected.sort());
    }
  });
});
