/**
 * The commute model (issue 13): for each county unit, the estimated fastest time from its county seat
 * to its circle's core centre, min of (a) road only and (b) road to a station + station time + the
 * wait for the boarding line's class + rail (Dijkstra over the station graph, transfer penalty) to any
 * of the core city's main stations + the urban last leg to the core centre. Pure: points in, minutes
 * and legs out.
 */
import type { RailData } from '../../../src/lib/data/rail-types.ts';
import type { CommuteLeg, CommuteMode } from '../../../src/lib/data/commute-types.ts';
import { haversineKm, type LonLat } from './geometry.ts';
import { railLegs } from './legs.ts';
import { paramsForCircle, type ModelParams } from './params.ts';
import { buildRailGraph, type GraphOptions, type RailGraph } from './rail-graph.ts';
import { roadLeg } from './road.ts';
import { railTimes, type StationTime } from './shortest-path.ts';

/** A trip's start: its reference ("place:<id>" or "county:<adcode>") and point. */
export interface Origin { ref: string; point: LonLat }
export interface CountyPoint extends Origin { adcode: string; circle: string }

/** A circle's destination: the core centre (places.json) and the core city's main stations (may be none). */
export interface CoreDef { ref: string; point: LonLat; stationIds: readonly string[] }

export interface Trip { minutes: number; mode: CommuteMode; via?: string[]; legs: CommuteLeg[] }
export interface CountyTime extends Trip { adcode: string; circle: string }

/** Rail time from every station to the core centre: rail to any main station + the urban last leg, the wait included. */
export function timesToCore(g: RailGraph, p: ModelParams, core: CoreDef): Map<string, StationTime> {
  const seeds = new Map<string, number>();
  for (const id of core.stationIds) {
    const s = g.stations.get(id);
    if (!s) throw new Error(`core station ${id} is not in rail.json`);
    seeds.set(id, roadLeg(s.point, core.point, core.point, p).minutes);
  }
  return railTimes(g, p, seeds, true);
}

/** One county: the faster of road only and the best station within reach. Minutes unrounded. */
export function countyTime(origin: Origin, core: CoreDef, g: RailGraph, toCore: ReadonlyMap<string, StationTime>, p: ModelParams): Trip {
  const road = roadLeg(origin.point, core.point, core.point, p).minutes;
  let best: Trip = { minutes: road, mode: 'road', legs: [{ mode: 'road', from: origin.ref, to: core.ref, minutes: Math.round(road * 10) / 10 }] };
  for (const [id, t] of toCore) {
    const st = g.stations.get(id)!;
    if (haversineKm(origin.point, st.point) > p.maxAccessKm) continue;
    const access = roadLeg(origin.point, st.point, core.point, p).minutes;
    const total = access + p.stationOverheadMin + t.minutes;
    if (total < best.minutes) {
      best = { minutes: total, mode: 'rail', via: t.via[0] === id ? t.via : [id, ...t.via], legs: railLegs(origin.ref, access, p.stationOverheadMin, t, core.ref) };
    }
  }
  return best;
}

export interface ModelInput {
  rail: RailData;
  params: ModelParams;
  /** Circle id → its core. */
  cores: Readonly<Record<string, CoreDef>>;
  counties: readonly CountyPoint[];
}

/** Every county's time to its core, under one scenario (open lines, or open + construction). */
export function countyTimes(input: ModelInput, opts: GraphOptions): CountyTime[] {
  const g = buildRailGraph(input.rail, input.params, opts);
  const perCore = new Map<string, Map<string, StationTime>>();
  return input.counties.map((c) => {
    const core = input.cores[c.circle];
    if (!core) throw new Error(`circle ${c.circle} has no core`);
    // the road legs of a circle's trips run at its core city's urban speed (rail parameters are shared)
    const p = paramsForCircle(input.params, c.circle);
    if (!perCore.has(c.circle)) perCore.set(c.circle, timesToCore(g, p, core));
    const t = countyTime(c, core, g, perCore.get(c.circle)!, p);
    return { adcode: c.adcode, circle: c.circle, ...t, minutes: Math.round(t.minutes) };
  });
}

/** Station-to-station rail time (no wait, no road legs), or null when not connected. */
export function stationToStation(g: RailGraph, p: ModelParams, from: string, to: string): number | null {
  const t = railTimes(g, p, new Map([[to, 0]])).get(from);
  return t ? t.minutes : null;
}
