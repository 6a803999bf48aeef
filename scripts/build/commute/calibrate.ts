/**
 * Calibration: the parametric model (design speeds × factors, no sourced times) against every sourced
 * travel time in rail.json that the config does not exclude, station to station (no boarding, no road).
 * The error is what the hand-tuned factors in geodata/commute-params.json are judged by. Pure.
 */
import type { RailData, TravelTime } from '../../../src/lib/data/rail-types.ts';
import type { CalibrationExcluded, CalibrationRow } from '../../../src/lib/data/commute-types.ts';
import type { CommuteParams, ModelParams } from './params.ts';
import { buildRailGraph } from './rail-graph.ts';
import { stationToStation } from './model.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The sourced times used (excluded ones were checked to exist by parseCommuteParams). */
export function usedTravelTimes(rail: RailData, cfg: CommuteParams): { used: TravelTime[]; excluded: CalibrationExcluded[] } {
  const ex = cfg.rail.excludeTravelTimes;
  const isExcluded = (t: TravelTime) => ex.some((e) => e.from === t.from && e.to === t.to && e.minutes === t.minutes);
  return { used: rail.travelTimes.filter((t) => !isExcluded(t)), excluded: ex.map((e) => ({ from: e.from, to: e.to, minutes: e.minutes, why: e.why })) };
}

export function calibrate(rail: RailData, p: ModelParams, used: readonly TravelTime[]): CalibrationRow[] {
  const open = buildRailGraph(rail, p, { construction: false, travelTimes: null });
  const all = buildRailGraph(rail, p, { construction: true, travelTimes: null });
  return used.map((t) => {
    const openMin = stationToStation(open, p, t.from, t.to);
    const construction = openMin === null;
    const model = openMin ?? stationToStation(all, p, t.from, t.to);
    if (model === null) throw new Error(`calibration: ${t.from}–${t.to} is not connected by any line; exclude it in commute-params.json with the reason`);
    return {
      from: t.from, to: t.to, ...(t.lineId ? { lineId: t.lineId } : {}), basis: t.basis,
      sourced: t.minutes, model: round1(model), errorPct: round1(((model - t.minutes) / t.minutes) * 100), construction,
    };
  });
}

export function calibrationLines(rows: readonly CalibrationRow[], names: (id: string) => string): string[] {
  return rows.map((r) => `  ${`${names(r.from)}–${names(r.to)}`.padEnd(10)} sourced ${String(r.sourced).padStart(4)} min  model ${r.model.toFixed(1).padStart(6)} min  ${r.errorPct >= 0 ? '+' : ''}${r.errorPct.toFixed(1)}%${r.basis === 'estimate' ? '  (planning estimate)' : ''}${r.construction ? '  (line under construction)' : ''}`);
}
