/**
 * Data tier: the commute estimate in the built output (run after `npm run build:data`).
 * Rail calibration within 15 % on every sourced pair used; the road calibration table; a finite time for
 * every county of every circle, starting at its seat, with legs to the core centre;
 * summary.json's shares equal atlas.json's commute (what the panel renders) and the per-county times.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { AtlasJson, Summary } from '../../src/lib/data/atlas-types.ts';
import type { RailData } from '../../src/lib/data/rail-types.ts';
import { modelParams, paramsForCircle } from '../../scripts/build/commute/params.ts';
import { roadLeg } from '../../scripts/build/commute/road.ts';
import { bestIntercitySpeed } from '../../scripts/build/commute/road-fit.ts';
import { roadErrorStats } from '../../scripts/build/commute/road-calibration.ts';

const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
const summary = read('public/data/summary.json') as Summary;
const atlas = read('public/data/atlas.json') as AtlasJson;
const rail = read('geodata/rail.json') as RailData;
const params = read('geodata/commute-params.json');
const places: { id: string; kind: string; circle?: string; adcode: string; point: [number, number] }[] = read('geodata/places.json').places;
type RoadTime = { id: string; circle: string; from: string; to: string; minutes: number; fitted: boolean };
const coreOf = (circle: string) => places.find((p) => p.kind === 'core' && p.circle === circle);
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
      expect(params.cores[l.from].stationIds).toContain(l.fromStation);
      expect(params.cores[l.to].stationIds).toContain(l.toStation);
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

  it('every line has a service class, and every sourced road time is in the road calibration table with its fitted flag', () => {
    const classes = new Set(params.rail.serviceClass.map((c: { lineId: string }) => c.lineId));
    for (const l of rail.lines) expect(classes.has(l.id), l.id).toBe(true);
    expect(commute.roadCalibration.map((r) => [r.id, r.sourced, r.fitted])).toEqual(params.roadTimes.map((r: { id: string; minutes: number; fitted: boolean }) => [r.id, r.minutes, r.fitted]));
  });

  it('the intercity speed is the least-squares optimum over the road pairs marked fitted, so it is fitted as its source says', () => {
    const point = (ref: string): [number, number] => {
      const [kind, id] = ref.split(':');
      return (kind === 'place' ? places.find((p) => p.id === id) : rail.stations.find((s) => s.id === id))!.point;
    };
    const fitted = params.roadTimes.filter((r: RoadTime) => r.fitted);
    const p = modelParams(params);
    const at = (kmh: number, r: RoadTime) => roadLeg(point(r.from), point(r.to), coreOf(r.circle)!.point,
      paramsForCircle({ ...p, road: { ...p.road, intercity: { ...p.road.intercity, speedKmh: kmh } } }, r.circle)).minutes;
    expect(fitted.length).toBeGreaterThanOrEqual(5);
    expect(bestIntercitySpeed(fitted, at)).toBe(params.road.intercity.speedKmh.value);
  });

  it('keeps at least four timed road pairs out of the fit, so an independent error can be reported', () => {
    const heldOut = commute.roadCalibration.filter((r) => !r.fitted && r.bound === undefined);
    expect(heldOut.length).toBeGreaterThanOrEqual(4);
    // the held-out pairs' level reached (docs/COMMUTE.md, "Road calibration"), guarded against regressions
    expect(roadErrorStats(heldOut).meanAbsPct).toBeLessThanOrEqual(20);
  });

  // The per-pair aim of 15 % is NOT met on five road pairs (docs/COMMUTE.md, "Road calibration"): the few credible
  // sources disagree with each other (60 and 90 min for trips of the same length from the same centre), and
  // meeting them would mean tuning to single pairs. Listed so the misses stay visible: the test fails if another
  // pair misses, if a listed one grows past its bound, or if a listed one comes within 15 % (then drop it).
  const ROAD_MISSES: Record<string, number> = {
    'qihe-jinanxi': 25, 'qingdao-jimo-expat': 25, 'chengdu-dayi-hxdsb': 35, 'chengdu-zhongjiang-zhongjin': 20, 'dujiangyan-chengdu-blog2019': 45,
  };
  it('every timed road pair is within 15 % of its source, except the documented misses, which stay within their bounds', () => {
    for (const r of commute.roadCalibration.filter((x) => x.bound === undefined)) {
      const miss = ROAD_MISSES[r.id];
      if (miss === undefined) expect(Math.abs(r.errorPct), r.id).toBeLessThanOrEqual(15);
      else {
        expect(Math.abs(r.errorPct), `${r.id} is listed as a miss`).toBeGreaterThan(15);
        expect(Math.abs(r.errorPct), r.id).toBeLessThanOrEqual(miss);
      }
    }
    for (const id of Object.keys(ROAD_MISSES)) expect(commute.roadCalibration.some((r) => r.id === id), id).toBe(true);
  });

  // Both sourced minimums (青岛新闻网 2016, "at least … by car") are above the model: Qingdao's inner trips come out
  // too fast, which is why 李沧's 32 min miss of the 30-minute aim is not tuned away (docs/COMMUTE.md).
  it('judges every lower bound, and the ones the model does not reach are the two listed Qingdao minimums', () => {
    const bounds = commute.roadCalibration.filter((r) => r.bound === 'lower');
    expect(bounds.length).toBeGreaterThanOrEqual(2);
    for (const r of bounds) expect(r.meetsBound, r.id).toBe(r.model >= r.sourced);
    expect(bounds.filter((r) => !r.meetsBound).map((r) => r.id).sort()).toEqual(['qingdao-station-wusi-qdnews2016', 'qingdao-wusi-licun-qdnews2016']);
  });
});

describe('commute times', () => {
  it('there is one commute entry per circle, in the same order, no-rail exactly where no core station is configured', () => {
    expect(commute.circles.map((c) => c.id)).toEqual(atlas.circles.map((c) => c.id));
    for (const c of commute.circles) expect(c.status).toBe(params.cores[c.id] && coreOf(c.id) ? 'ok' : 'no-rail');
  });

  it('every county of every circle gets a finite time, in both scenarios', () => {
    for (const c of atlas.circles) for (const m of c.members) {
      const t = commute.counties.find((x) => x.adcode === m.adcode && x.circle === c.id);
      expect(t, `${c.id} ${m.adcode}`).toBeDefined();
      expect(Number.isFinite(t!.minutes) && t!.minutes >= 0).toBe(true);
      expect(Number.isFinite(t!.minutesWithConstruction)).toBe(true);
      // adding lines can only help
      expect(t!.minutesWithConstruction).toBeLessThanOrEqual(t!.minutes);
      if (t!.mode === 'rail') expect(t!.via!.length).toBeGreaterThanOrEqual(1);
    }
    expect(commute.counties).toHaveLength(atlas.circles.reduce((s, c) => s + c.members.length, 0));
  });

  it('every circle of the shipped data has a goal entry (a plan goal, or a stated absence of one)', () => {
    for (const c of atlas.circles) expect(params.goals[c.id], c.id).toBeDefined();
  });

  it('each circle carries its own plan goal from commute-params.json, and one without a stated time says so', () => {
    for (const c of commute.circles) {
      expect(c.goal, c.id).toEqual(params.goals[c.id]);
      if (c.goal === null) continue;
      if (c.goal.withinMinutes === null) expect(c.goal.text.en, c.id).toMatch(/no commuting time|no time/);
    }
  });

  it('each core is the centre of places.json, reached through the configured main stations', () => {
    for (const c of commute.circles) {
      expect(c.core?.point).toEqual(coreOf(c.id)?.point);
      expect(c.coreStationIds).toEqual(params.cores[c.id]?.stationIds ?? []);
    }
  });

  it('every trip starts at its county seat and its legs run from there to the core centre and add up to its minutes', () => {
    for (const t of commute.counties) for (const legs of [t.legs, t.legsWithConstruction]) {
      const seat = places.find((p) => p.kind === 'county-seat' && p.adcode === t.adcode)!;
      expect(t.origin.ref, `${t.circle} ${t.adcode}`).toBe(`place:${seat.id}`);
      expect(legs[0].from).toBe(t.origin.ref);
      expect(legs.at(-1)!.to).toBe(`place:${coreOf(t.circle)!.id}`);
      for (let i = 1; i < legs.length; i++) expect(legs[i].from).toBe(legs[i - 1].to);
      const sum = legs.reduce((a, l) => a + l.minutes, 0);
      expect(Math.abs(sum - (legs === t.legs ? t.minutes : t.minutesWithConstruction))).toBeLessThanOrEqual(0.5 + 0.05 * legs.length);
    }
  });

  it('the district holding each core\'s main station nearest the centre is under 30 minutes', () => {
    const km = (a: [number, number], b: [number, number]) => Math.hypot((a[0] - b[0]) * Math.cos((a[1] * Math.PI) / 180), a[1] - b[1]);
    for (const c of commute.circles) {
      if (c.coreStationIds.length === 0 || !c.core) continue;
      const stations = c.coreStationIds.map((id) => rail.stations.find((s) => s.id === id)!);
      const nearest = stations.reduce((a, b) => (km(b.point, c.core!.point) < km(a.point, c.core!.point) ? b : a));
      const t = commute.counties.find((x) => x.circle === c.id && x.adcode === nearest.adcode);
      expect(t?.minutes, `${c.id} ${nearest.id} in ${nearest.adcode}`).toBeLessThan(30);
    }
  });
});

// Issue 13 asks that the district holding each of a core's main stations be under 30 minutes. Two miss it
// by about 2 minutes (docs/COMMUTE.md, "Main-station districts"): their seats lie 10–11 km from the core
// centre and the whole way runs at the city's sourced commuting-peak speed. Listed here so the miss stays
// visible: the test fails if another district misses, and if a listed one comes under 30 (then drop it).
const MAIN_STATION_DISTRICTS_OVER_30 = new Set(['jinan 370104', 'qingdao 370213']);

describe('the districts holding a core city\'s main stations', () => {
  const rows = commute.circles.flatMap((c) => c.coreStationIds.map((id) => {
    const st = rail.stations.find((s) => s.id === id)!;
    return { key: `${c.id} ${st.adcode}`, station: id, t: commute.counties.find((x) => x.circle === c.id && x.adcode === st.adcode) };
  })).filter((r) => r.t);
  it('are all members of their circle, with a time', () => {
    expect(rows.length).toBeGreaterThanOrEqual(8);
  });
  it('are under 30 minutes from the core centre, except the two documented misses, which are within 35', () => {
    for (const r of rows) {
      if (MAIN_STATION_DISTRICTS_OVER_30.has(r.key)) {
        expect(r.t!.minutes, `${r.key} (${r.station}) listed as a miss`).toBeGreaterThanOrEqual(30);
        expect(r.t!.minutes, `${r.key} (${r.station})`).toBeLessThanOrEqual(35);
      } else expect(r.t!.minutes, `${r.key} (${r.station})`).toBeLessThan(30);
    }
  });
});

describe('commute shares: summary.json = atlas.json = the county times', () => {
  for (const c of summary.circles) {
    it(`${c.id}`, () => {
      const fromAtlas = commute.circles.find((x) => x.id === c.id);
      expect(c.commute).toEqual(fromAtlas);
      if (!c.commute?.within60) return;
      const core = c.members.filter((m) => m.coverage !== 'extended');
      const time = (adcode: string) => commute.counties.find((x) => x.adcode === adcode && x.circle === c.id)!;
      const pop = core.reduce((s, m) => s + m.population, 0);
      for (const [limit, key] of [[60, 'within60'], [90, 'within90']] as const) {
        const inside = core.filter((m) => time(m.adcode).minutes <= limit);
        const share = c.commute[key]!;
        expect(share.units).toBe(inside.length);
        expect(share.population).toBe(inside.reduce((s, m) => s + m.population, 0));
        expect(share.sharePopulation).toBeCloseTo(share.population / pop, 4);
        const insideC = core.filter((m) => time(m.adcode).minutesWithConstruction <= limit);
        expect(c.commute.withConstruction![key].units).toBe(insideC.length);
      }
      expect(c.commute.units).toBe(core.length);
    });
  }
});
