/**
 * The commute model on tiny fixtures with exact minutes. Stations sit on the equator so distances are
 * exact: with detour 1 and 60 km/h in both road regimes and no leg overhead, 1 km of road is 1 minute;
 * the line runs at 240 km/h × 0.5 = 2 km/min; station time 10 min, a frequent line's wait 0.
 */
import { describe, expect, it } from 'vitest';
import type { Line, RailData, Station, TravelTime } from '../../src/lib/data/rail-types.ts';
import { countyTimes, stationToStation, type CoreDef } from '../../scripts/build/commute/model.ts';
import { buildRailGraph } from '../../scripts/build/commute/rail-graph.ts';
import { calibrate } from '../../scripts/build/commute/calibrate.ts';
import { shares } from '../../scripts/build/commute/shares.ts';
import type { ModelParams } from '../../scripts/build/commute/params.ts';

const KM_PER_DEG = (2 * Math.PI * 6371.0088) / 360;
const at = (eastKm: number, northKm = 0): [number, number] => [eastKm / KM_PER_DEG, northKm / KM_PER_DEG];
const station = (id: string, point: [number, number]): Station => ({
  id, name: { zh: id, en: id }, point, adcode: '000000', accuracy: 'sourced', accuracyKm: 0.1, coordSource: { zh: '测试数据', en: 'fixture' }, sources: [],
});
const line = (id: string, stationIds: string[], extra: Partial<Line> = {}): Line => ({
  id, name: { zh: id, en: id }, kind: 'hsr', status: 'open', opened: 2020, designSpeedKmh: 240, stationIds, sources: [], ...extra,
});
const flat = { speedKmh: 60, detourFactor: 1 };
const params: ModelParams = {
  road: { urban: flat, urbanSpeedByCircle: {}, intercity: flat, urbanRadiusKm: 0, legOverheadMin: 0 },
  maxAccessKm: 20, stationOverheadMin: 10, waitMin: { frequent: 0, few: 20 }, serviceClass: {}, transferPenaltyMin: 5,
  speedFactor: { hsr: 0.5, intercity: 0.5, suburban: 0.5 }, lineLengths: [], operatingSpeedCaps: [], throughRunning: [],
};

// a three-station line A—B—C (60 km apart), a branch B—D going north, and a line A—E under construction
const rail: RailData = {
  stations: [station('a', at(0)), station('b', at(60)), station('c', at(120)), station('d', at(60, 60)), station('e', at(-100))],
  lines: [line('abc', ['a', 'b', 'c']), line('bd', ['b', 'd']), line('ae', ['a', 'e'], { status: 'construction', opened: null, expected: 2027 })],
  travelTimes: [],
};
/** The core centre sits on station A unless a test says otherwise. */
const coreAtA: CoreDef = { ref: 'place:core', point: at(0), stationIds: ['a'] };
const run = (counties: { adcode: string; point: [number, number] }[], r: RailData = rail, p = params, construction = false, times: TravelTime[] = [], core = coreAtA) =>
  countyTimes({ rail: r, params: p, cores: { x: core }, counties: counties.map((c) => ({ ...c, ref: `county:${c.adcode}`, circle: 'x' })) }, { construction, travelTimes: times });

describe('commute model', () => {
  it('a three-station line: rail times along it are distance ÷ effective speed', () => {
    const g = buildRailGraph(rail, params, { construction: false, travelTimes: [] });
    expect(stationToStation(g, params, 'b', 'a')).toBeCloseTo(30, 9);
    expect(stationToStation(g, params, 'c', 'a')).toBeCloseTo(60, 9);
  });

  it('a county next to a station rides the train: road 2 + boarding 10 + rail 60 = 72 min', () => {
    const [t] = run([{ adcode: '000001', point: at(122) }]);
    expect(t).toMatchObject({ adcode: '000001', circle: 'x', minutes: 72, mode: 'rail', via: ['c', 'a'] });
    expect(t.legs).toEqual([
      { mode: 'road', from: 'county:000001', to: 'station:c', minutes: 2 },
      { mode: 'wait', from: 'station:c', to: 'station:c', minutes: 10 },
      { mode: 'rail', from: 'station:c', to: 'station:a', line: 'abc', minutes: 60 },
      { mode: 'road', from: 'station:a', to: 'place:core', minutes: 0 },
    ]);
  });

  it('a county with no station within reach drives: √(60² + 50²) = 78.1 km → 78 min by road', () => {
    const [t] = run([{ adcode: '000002', point: at(60, -50) }]);
    expect(t).toEqual({ adcode: '000002', circle: 'x', minutes: 78, mode: 'road', legs: [{ mode: 'road', from: 'county:000002', to: 'place:core', minutes: 78.1 }] });
  });

  it('a county near the core drives when the road is faster than boarding', () => {
    const [t] = run([{ adcode: '000003', point: at(5) }]);
    expect(t).toMatchObject({ adcode: '000003', circle: 'x', minutes: 5, mode: 'road' });
  });

  it('changing line costs the transfer penalty: 1 + 10 + 30 + 5 + 30 = 76 min, via the junction', () => {
    const [t] = run([{ adcode: '000004', point: at(60, 61) }]);
    expect(t).toMatchObject({ adcode: '000004', circle: 'x', minutes: 76, mode: 'rail', via: ['d', 'b', 'a'] });
    expect(t.legs.map((l) => [l.mode, l.minutes])).toEqual([['road', 1], ['wait', 10], ['rail', 30], ['transfer', 5], ['rail', 30], ['road', 0]]);
  });

  it('no transfer penalty where the config records through trains: 71 min', () => {
    const through = { ...params, throughRunning: [{ station: 'b', lines: ['abc', 'bd'] as [string, string] }] };
    expect(run([{ adcode: '000004', point: at(60, 61) }], rail, through)[0].minutes).toBe(71);
  });

  it('a sourced time replaces the design speed on its line: A–C 50 min → 2 + 10 + 50 = 62 min', () => {
    const times: TravelTime[] = [{ from: 'a', to: 'c', minutes: 50, basis: 'fastest', lineId: 'abc', sources: [] }];
    expect(run([{ adcode: '000001', point: at(122) }], rail, params, false, times)[0].minutes).toBe(62);
    // …and the line's derived speed (120 km / 50 min) applies to its other segments: B is 25 min from A
    expect(run([{ adcode: '000005', point: at(61) }], rail, params, false, times)[0].minutes).toBe(36);
  });

  it('a line under construction counts only with the construction flag: 102 min by road → 2 + 10 + 50 = 62 min', () => {
    const near = [{ adcode: '000006', point: at(-102) }];
    expect(run(near)[0]).toMatchObject({ minutes: 102, mode: 'road' });
    expect(run(near, rail, params, true)[0]).toMatchObject({ minutes: 62, mode: 'rail', via: ['e', 'a'] });
  });

  it('the urban last leg: a core centre 10 km from its station adds 10 min, so C is 2 + 10 + 60 + 10 = 82', () => {
    const t = run([{ adcode: '000001', point: at(122) }], rail, params, false, [], { ref: 'place:core', point: at(-10), stationIds: ['a'] });
    expect(t[0]).toMatchObject({ minutes: 82, mode: 'rail', via: ['c', 'a'] });
    expect(t[0].legs.at(-1)).toEqual({ mode: 'road', from: 'station:a', to: 'place:core', minutes: 10 });
  });

  it('a county whose seat is next to a core station reaches the centre by road: seat 1 km from A, centre 3 km beyond → 4 min', () => {
    const t = run([{ adcode: '000007', point: at(1) }], rail, params, false, [], { ref: 'place:core', point: at(-3), stationIds: ['a'] });
    expect(t[0]).toMatchObject({ minutes: 4, mode: 'road' });
  });

  it('a core with two main stations: the trip ends at whichever is faster to the centre, C via B (30 + 5 urban) beats C via A (60 + 55)', () => {
    const core: CoreDef = { ref: 'place:core', point: at(55), stationIds: ['a', 'b'] };
    const [t] = run([{ adcode: '000001', point: at(122) }], rail, { ...params, maxAccessKm: 5 }, false, [], core);
    expect(t).toMatchObject({ minutes: 2 + 10 + 30 + 5, mode: 'rail', via: ['c', 'b'] });
  });

  // roads at 30 km/h here, so the 1 km access leg takes 2 min and driving all the way (171 min) never wins
  const slow = { speedKmh: 30, detourFactor: 1 };
  const slowRoads = { ...params, road: { ...params.road, urban: slow, intercity: slow } };

  it('a line with few trains a day waits the few-trains wait: D on a "few" branch is 2 + 10 + 20 + 30 + 5 + 30 = 97 min', () => {
    const few = { ...slowRoads, serviceClass: { bd: 'few' as const } };
    const [t] = run([{ adcode: '000004', point: at(60, 61) }], rail, few);
    expect(t).toMatchObject({ minutes: 97, mode: 'rail', via: ['d', 'b', 'a'] });
    expect(t.legs[1]).toEqual({ mode: 'wait', from: 'station:d', to: 'station:d', minutes: 30 });
  });

  it('changing onto a line with few trains adds its extra wait to the transfer: B–D frequent, A–B–C few → 2 + 10 + 30 + (5 + 20) + 30 = 97', () => {
    const few = { ...slowRoads, serviceClass: { abc: 'few' as const } };
    const [t] = run([{ adcode: '000004', point: at(60, 61) }], rail, few);
    expect(t.legs.map((l) => [l.mode, l.minutes])).toEqual([['road', 2], ['wait', 10], ['rail', 30], ['transfer', 25], ['rail', 30], ['road', 0]]);
    expect(t.minutes).toBe(97);
  });

  it('calibration compares the parametric model with the sourced minutes', () => {
    const times: TravelTime[] = [{ from: 'a', to: 'c', minutes: 50, basis: 'fastest', lineId: 'abc', sources: [] }];
    expect(calibrate(rail, params, times)).toEqual([{ from: 'a', to: 'c', lineId: 'abc', basis: 'fastest', sourced: 50, model: 60, errorPct: 20, construction: false }]);
  });

  it('shares count units and population at or under the limit', () => {
    const s = shares([{ minutes: 60, population: 100 }, { minutes: 61, population: 300 }, { minutes: 95, population: 600 }]);
    expect(s.within60).toEqual({ units: 1, population: 100, shareUnits: 0.3333, sharePopulation: 0.1 });
    expect(s.within90).toEqual({ units: 2, population: 400, shareUnits: 0.6667, sharePopulation: 0.4 });
  });
});
