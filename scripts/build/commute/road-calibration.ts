/**
 * Road calibration: the two-regime road model against every sourced door-to-door road time in
 * geodata/commute-params.json `roadTimes` (only the credible ones are transcribed there). Pairs marked
 * `fitted` set a parameter and are not an independent test. Pure.
 */
import type { RoadCalibrationRow } from '../../../src/lib/data/commute-types.ts';
import type { LonLat } from './geometry.ts';
import { paramsForCircle, type CommuteParams, type ModelParams } from './params.ts';
import { roadLeg } from './road.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

export function roadCalibration(cfg: CommuteParams, p: ModelParams, pointOf: (ref: string) => LonLat, corePoint: (circle: string) => LonLat): RoadCalibrationRow[] {
  return cfg.roadTimes.map((r) => {
    const model = roadLeg(pointOf(r.from), pointOf(r.to), corePoint(r.circle), paramsForCircle(p, r.circle)).minutes;
    return { id: r.id, circle: r.circle, from: r.from, to: r.to, sourced: r.minutes, model: round1(model), errorPct: round1(((model - r.minutes) / r.minutes) * 100), fitted: r.fitted };
  });
}

export function roadCalibrationLines(rows: readonly RoadCalibrationRow[]): string[] {
  return rows.map((r) => `  ${r.id.padEnd(34)} sourced ${String(r.sourced).padStart(4)} min  model ${r.model.toFixed(1).padStart(6)} min  ${r.errorPct >= 0 ? '+' : ''}${r.errorPct.toFixed(1)}%${r.fitted ? '  (fitted: not independent)' : ''}`);
}
