/**
 * Road calibration: the two-regime road model against every sourced door-to-door road time in
 * geodata/commute-params.json `roadTimes` (only the credible ones are transcribed there). Pairs marked
 * `fitted` set the intercity speed (road-fit.ts) and are not an independent test; the others are held out.
 * A `bound: "lower"` record is a source's minimum (至少): it is judged met or not and kept out of the error
 * statistics (docs/COMMUTE.md, "Road calibration"). Pure.
 */
import type { RoadCalibrationRow } from '../../../src/lib/data/commute-types.ts';
import type { LonLat } from './geometry.ts';
import { paramsForCircle, type CommuteParams, type ModelParams } from './params.ts';
import { roadLeg } from './road.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

export function roadCalibration(cfg: CommuteParams, p: ModelParams, pointOf: (ref: string) => LonLat, corePoint: (circle: string) => LonLat): RoadCalibrationRow[] {
  return cfg.roadTimes.map((r) => {
    const model = roadLeg(pointOf(r.from), pointOf(r.to), corePoint(r.circle), paramsForCircle(p, r.circle)).minutes;
    const row: RoadCalibrationRow = { id: r.id, circle: r.circle, from: r.from, to: r.to, sourced: r.minutes, model: round1(model), errorPct: round1(((model - r.minutes) / r.minutes) * 100), fitted: r.fitted };
    return r.bound === 'lower' ? { ...row, bound: 'lower', meetsBound: model >= r.minutes } : row;
  });
}

export interface RoadErrorStats { pairs: number; meanAbsPct: number; maxAbsPct: number }

/** Mean and worst |error| over the timed pairs (lower bounds excluded), for one group of rows. */
export function roadErrorStats(rows: readonly RoadCalibrationRow[]): RoadErrorStats {
  const abs = rows.filter((r) => r.bound === undefined).map((r) => Math.abs(r.errorPct));
  return { pairs: abs.length, meanAbsPct: abs.length === 0 ? 0 : round1(abs.reduce((a, x) => a + x, 0) / abs.length), maxAbsPct: Math.max(0, ...abs) };
}

export function roadCalibrationLines(rows: readonly RoadCalibrationRow[]): string[] {
  const tag = (r: RoadCalibrationRow) => r.bound === 'lower' ? `  (lower bound: ${r.meetsBound ? 'met' : 'NOT met'})` : r.fitted ? '  (fitted: not independent)' : '  (held out)';
  return rows.map((r) => `  ${r.id.padEnd(34)} sourced ${r.bound === 'lower' ? '≥' : ' '}${String(r.sourced).padStart(3)} min  model ${r.model.toFixed(1).padStart(6)} min  ${r.errorPct >= 0 ? '+' : ''}${r.errorPct.toFixed(1)}%${tag(r)}`);
}
