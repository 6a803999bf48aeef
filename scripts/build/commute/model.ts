/**
 * The commute model: for each county unit, the estimated fastest time to its circle's core station,
 * min of (a) road only and (b) road to a station + boarding (half headway + station overhead) + rail
 * (Dijkstra over the station graph, transfer penalty) + road from the alighting station to the core.
 * Pure: points in, minutes out.
 */
import type { RailData } from '../../../src/lib/data/rail-types.ts';
import type { CommuteMode } from '../../../src/lib/data/commute-types.ts';
import { haversineKm, roadMinutes, type LonLat } from './geometry.ts';
import type { ModelParams } from './params.ts';
import { buildRailGraph, type GraphOptions, type RailGraph } from './rail-graph.ts';
import { railTimes, type StationTime } from './shortest-path.ts';

export interface CountyPoint { adcode: string; circle: string; point: LonLat }

export interface CountyTime { adcode: string; circle: string; minutes: number; mode: CommuteMode; via?: string[] }

/** Rail time from every station to the core, the last road leg included. */
export function timesToCore(g: RailGraph, p: ModelParams, coreStationId: string): Map<string, StationTime> {
  const core = g.stations.get(coreStationId);
  if (!core) throw new Error(`core station ${coreStationId} is not in rail.json`);
  const seeds = new Map<string, number>();
  for (const s of g.stations.values()) {
    const km = haversineKm(s.point, core.point);
    if (s.id === core.id) seeds.set(s.id, 0);
    else if (km <= p.maxAccessKm) seeds.set(s.id, roadMinutes(km, p.detourFactor, p.roadSpeedKmh));
  }
  return railTimes(g, p, seeds);
}

/** One county: the faster of road only and the best station. Minutes unrounded. */
export function countyTime(point: LonLat, corePoint: LonLat, g: RailGraph, toCore: ReadonlyMap<string, StationTime>, p: ModelParams): { minutes: number; mode: CommuteMode; via?: string[] } {
  let best: { minutes: number; mode: CommuteMode; via?: string[] } = { minutes: roadMinutes(haversineKm(point, corePoint), p.detourFactor, p.roadSpeedKmh), mode: 'road' };
  for (const [id, t] of toCore) {
    const km = haversineKm(point, g.stations.get(id)!.point);
    if (km > p.maxAccessKm) continue;
    const total = roadMinutes(km, p.detourFactor, p.roadSpeedKmh) + p.boardingMin + t.minutes;
    if (total < best.minutes) best = { minutes: total, mode: 'rail', via: t.via[0] === id ? t.via : [id, ...t.via] };
  }
  return best;
}

export interface ModelInput {
  rail: RailData;
  params: ModelParams;
  /** Circle id → core station id. */
  cores: Readonly<Record<string, string>>;
  counties: readonly CountyPoint[];
}

/** Every county's time to its core, under one scenario (open lines, or open + construction). */
export function countyTimes(input: ModelInput, opts: GraphOptions): CountyTime[] {
  const g = buildRailGraph(input.rail, input.params, opts);
  const perCore = new Map<string, Map<string, StationTime>>();
  return input.counties.map((c) => {
    const coreId = input.cores[c.circle];
    if (!coreId) throw new Error(`circle ${c.circle} has no core station`);
    if (!perCore.has(coreId)) perCore.set(coreId, timesToCore(g, input.params, coreId));
    const t = countyTime(c.point, g.stations.get(coreId)!.point, g, perCore.get(coreId)!, input.params);
    return { adcode: c.adcode, circle: c.circle, minutes: Math.round(t.minutes), mode: t.mode, ...(t.via ? { via: t.via } : {}) };
  });
}

/** Station-to-station rail time (no boarding overhead, no road legs), or null when not connected. */
export function stationToStation(g: RailGraph, p: ModelParams, from: string, to: string): number | null {
  const t = railTimes(g, p, new Map([[to, 0]])).get(from);
  return t ? t.minutes : null;
}
