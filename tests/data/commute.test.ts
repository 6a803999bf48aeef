/**
 * Data tier: the commute estimate in the built output (run after `npm run build:data`).
 * Calibration within 15 % on every sourced pair used; a finite time for every county of every circle;
 * summary.json's shares equal atlas.json's commute (what the panel renders) and the per-county times.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { AtlasJson, Summary } from '../../src/lib/data/atlas-types.ts';
import type { RailData } from '../../src/lib/data/rail-types.ts';

const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
const summary = read('public/data/summary.json') as Summary;
const atlas = read('public/data/atlas.json') as AtlasJson;
const rail = read('geodata/rail.json') as RailData;
const params = read('geodata/commute-params.json');
const commute = atlas.commute;

describe('commute calibration', () => {
  it('every sourced travel time is either calibrated or excluded with a reason', () => {
    for (const t of rail.travelTimes) {
      const used = commute.calibration.some((r) => r.from === t.from && r.to === t.to && r.sourced === t.minutes);
      const excluded = commute.calibrationExcluded.find((e) => e.from === t.from && e.to === t.to && e.minutes === t.minutes);
      expect(used !== Boolean(excluded), `${t.from}–${t.to} ${t.minutes} min: used xor excluded`).toBe(true);
      if (excluded) expect(excluded.why.length).toBeGreaterThan(20);
    }
  });

  it('the error is within 15 % on every pair used', () => {
    expect(commute.calibration.length).toBeGreaterThanOrEqual(10);
    for (const r of commute.calibration) expect(Math.abs(r.errorPct), `${r.from}–${r.to}`).toBeLessThanOrEqual(15);
    expect(commute.maxAbsErrorPct).toBeLessThanOrEqual(15);
  });

  it('includes 济南–青岛 1 h 22 min (circles.md §3)', () => {
    expect(commute.calibration.find((r) => r.from === 'jinan-east' && r.to === 'qingdao-north')?.sourced).toBe(82);
  });

  it('every configured link between cores is computed, between the two circles\' core stations, with its goal judged', () => {
    expect(commute.links.map((l) => `${l.from}–${l.to}`)).toEqual(params.links.map((l: { from: string; to: string }) => `${l.from}–${l.to}`));
    for (const l of commute.links) {
      expect(l.fromStation).toBe(params.cores[l.from].stationId);
      expect(l.toStation).toBe(params.cores[l.to].stationId);
      expect(l.minutes).toBeGreaterThan(0);
      expect(l.meetsGoal).toBe(l.goalMinutes === null ? null : l.minutes <= l.goalMinutes);
    }
  });

  it('every parameter in the config has a why and a source', () => {
    const walk = (o: unknown, path: string): void => {
      if (!o || typeof o !== 'object') return;
      const r = o as Record<string, unknown>;
      if ('value' in r) {
        expect(typeof r.why === 'string' && r.why.length > 10, `${path}.why`).toBe(true);
        expect(typeof r.source === 'string' && r.source.length > 5, `${path}.source`).toBe(true);
        return;
      }
      for (const [k, v] of Object.entries(r)) walk(v, `${path}.${k}`);
    };
    walk(params.road, 'road');
    walk(params.rail, 'rail');
  });
});

describe('commute times', () => {
  const withRail = atlas.circles.filter((c) => params.cores[c.id] !== undefined);
  it('there is one commute entry per circle, in the same order, no-rail exactly where no core is configured', () => {
    expect(commute.circles.map((c) => c.id)).toEqual(atlas.circles.map((c) => c.id));
    for (const c of commute.circles) expect(c.status).toBe(params.cores[c.id] ? 'ok' : 'no-rail');
  });

  it('every county of every circle with a core gets a finite time, in both scenarios', () => {
    for (const c of withRail) for (const m of c.members) {
      const t = commute.counties.find((x) => x.adcode === m.adcode && x.circle === c.id);
      expect(t, `${c.id} ${m.adcode}`).toBeDefined();
      expect(Number.isFinite(t!.minutes) && t!.minutes >= 0).toBe(true);
      expect(Number.isFinite(t!.minutesWithConstruction)).toBe(true);
      // adding lines can only help
      expect(t!.minutesWithConstruction).toBeLessThanOrEqual(t!.minutes);
      if (t!.mode === 'rail') expect(t!.via!.length).toBeGreaterThanOrEqual(1);
    }
    expect(commute.counties).toHaveLength(withRail.reduce((s, c) => s + c.members.length, 0));
  });

  it('each core is the configured station of rail.json', () => {
    for (const c of commute.circles) if (c.status === 'ok') {
      expect(c.coreStationId).toBe(params.cores[c.id].stationId);
      expect(rail.stations.some((s) => s.id === c.coreStationId)).toBe(true);
    }
  });
});

describe('commute shares: summary.json = atlas.json = the county times', () => {
  for (const c of summary.circles) {
    it(`${c.id}`, () => {
      const fromAtlas = commute.circles.find((x) => x.id === c.id);
      expect(c.commute).toEqual(fromAtlas);
      if (c.commute?.status !== 'ok') return;
      const core = c.members.filter((m) => m.coverage !== 'extended');
      const time = (adcode: string) => commute.counties.find((x) => x.adcode === adcode && x.circle === c.id)!;
      const pop = core.reduce((s, m) => s + m.population, 0);
      for (const [limit, key] of [[60, 'within60'], [90, 'within90']] as const) {
        const inside = core.filter((m) => time(m.adcode).minutes <= limit);
        expect(c.commute[key].units).toBe(inside.length);
        expect(c.commute[key].population).toBe(inside.reduce((s, m) => s + m.population, 0));
        expect(c.commute[key].sharePopulation).toBeCloseTo(c.commute[key].population / pop, 4);
        const insideC = core.filter((m) => time(m.adcode).minutesWithConstruction <= limit);
        expect(c.commute.withConstruction[key].units).toBe(insideC.length);
      }
      expect(c.commute.units).toBe(core.length);
    });
  }
});
