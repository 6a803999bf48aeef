/**
 * Links between cores (commute-params.json `links`): the rail time between the main stations of two
 * circles' core cities, station to station (no wait, no road legs), the fastest pair of main stations,
 * compared with the link's goal where one is published. Pure.
 */
import type { CommuteLink } from '../../../src/lib/data/commute-types.ts';
import type { RailData, TravelTime } from '../../../src/lib/data/rail-types.ts';
import { stationToStation } from './model.ts';
import type { CommuteParams, ModelParams } from './params.ts';
import { buildRailGraph } from './rail-graph.ts';

export function coreLinks(rail: RailData, cfg: CommuteParams, p: ModelParams, used: readonly TravelTime[]): CommuteLink[] {
  const openGraph = buildRailGraph(rail, p, { construction: false, travelTimes: used });
  const paramGraph = buildRailGraph(rail, p, { construction: false, travelTimes: null });
  return cfg.links.map((l) => {
    let best: { from: string; to: string; minutes: number } | null = null;
    for (const a of cfg.cores[l.from].stationIds) for (const b of cfg.cores[l.to].stationIds) {
      const m = stationToStation(openGraph, p, a, b);
      if (m !== null && (best === null || m < best.minutes)) best = { from: a, to: b, minutes: m };
    }
    const parametric = best && stationToStation(paramGraph, p, best.from, best.to);
    if (best === null || parametric === null) throw new Error(`link ${l.from}–${l.to}: no main stations of the two cores are connected by open lines`);
    const rounded = Math.round(best.minutes);
    return {
      from: l.from, to: l.to, fromStation: best.from, toStation: best.to, minutes: rounded, parametricMinutes: Math.round(parametric * 10) / 10,
      goalMinutes: l.goalMinutes, meetsGoal: l.goalMinutes === null ? null : rounded <= l.goalMinutes, text: l.text, sources: l.sources,
    };
  });
}
