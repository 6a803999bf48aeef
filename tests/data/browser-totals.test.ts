/**
 * Data tier: the totals the browser shows (liveTotals over the decoded, simplified TopoJSON) agree
 * with the build's summary.json (Turf over the unsimplified boundaries). Population must match
 * exactly (same census rows), area within 0.5 % (the browser measures simplified geometry), units equal.
 * Run after `npm run build:data` (npm test does that first).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { AtlasJson, Coverage, ScopeTotals, Summary } from '../../src/lib/data/atlas-types.ts';
import { decodeAtlas } from '../../src/lib/data/decode-atlas.ts';
import { liveTotals } from '../../src/lib/data/totals.ts';

const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8'));
const json = read('atlas.json') as AtlasJson;
const summary = read('summary.json') as Summary;
const atlas = decodeAtlas(json, read('atlas.topo.json'), read('land.topo.json'));
const AREA_TOLERANCE = 0.005;

const scopes: { id: string; scope: 'core' | 'extended'; include: Coverage[]; expected: ScopeTotals }[] = summary.circles.flatMap((s) => {
  const core = { id: s.id, scope: 'core' as const, include: ['whole', 'partial'] as Coverage[], expected: s.computed };
  return s.computed.extended
    ? [core, { id: s.id, scope: 'extended' as const, include: ['whole', 'partial', 'extended'] as Coverage[], expected: s.computed.extended }]
    : [core];
});

describe('browser totals agree with summary.json', () => {
  it('every circle of atlas.json has a summary and vice versa', () => {
    expect(json.circles.map((c) => c.id)).toEqual(summary.circles.map((c) => c.id));
  });

  it('every member county is drawn (has a feature in atlas.topo.json)', () => {
    const missing = json.circles.flatMap((c) => c.members.filter((m) => !atlas.byAdcode.has(m.adcode)).map((m) => `${c.id}:${m.adcode}`));
    expect(missing).toEqual([]);
  });

  it('a circle has an extended scope exactly when it has extended members', () => {
    expect(scopes.filter((s) => s.scope === 'extended').map((s) => s.id))
      .toEqual(json.circles.filter((c) => c.members.some((m) => m.coverage === 'extended')).map((c) => c.id));
  });

  describe.each(scopes)('$id $scope', ({ id, include, expected }) => {
    const circle = json.circles.find((c) => c.id === id)!;
    const live = liveTotals(circle, atlas.byAdcode, json.devZones, include);

    it('has the same number of units', () => {
      expect(live.units).toBe(expected.units);
    });

    it('has exactly the same population (with and without zones, whole-only and all)', () => {
      expect(live.population).toBe(expected.population);
      expect(live.populationWithZones).toBe(expected.populationWithZones);
      expect(live.populationWholeWithZones).toBe(expected.populationWholeWithZones);
      expect(live.zones.map((z) => z.code).sort()).toEqual([...expected.zones].sort());
    });

    it(`has the area within ${AREA_TOLERANCE * 100} % (upper bound and whole-only)`, () => {
      const rel = (a: number, b: number) => Math.abs(a - b) / b;
      expect(rel(live.areaKm2, expected.areaKm2), `${live.areaKm2.toFixed(1)} vs ${expected.areaKm2}`).toBeLessThanOrEqual(AREA_TOLERANCE);
      expect(rel(live.areaKm2Whole, expected.areaKm2Whole), `${live.areaKm2Whole.toFixed(1)} vs ${expected.areaKm2Whole}`).toBeLessThanOrEqual(AREA_TOLERANCE);
    });
  });

  it('each member county area in the browser is within 5 % of its unsimplified area', () => {
    // Per county the simplification error is larger than for a whole circle (small urban districts such
    // as 锦江区 lose ~4 %); 5 % still catches a wrong or swapped polygon.
    const off: string[] = [];
    for (const s of summary.circles) for (const m of s.members) {
      const f = atlas.byAdcode.get(m.adcode)!;
      const live = liveTotals({ ...json.circles.find((c) => c.id === s.id)!, members: [{ adcode: m.adcode, name: m.name, coverage: 'whole', sources: [] }] }, atlas.byAdcode, [], ['whole']);
      const rel = Math.abs(live.areaKm2 - m.areaKm2) / m.areaKm2;
      if (rel > 0.05) off.push(`${m.adcode} ${f.properties.name}: ${live.areaKm2.toFixed(1)} vs ${m.areaKm2} (${(rel * 100).toFixed(2)} %)`);
    }
    expect(off).toEqual([]);
  });
});
