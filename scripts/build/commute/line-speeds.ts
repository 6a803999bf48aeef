/**
 * The effective speed of each line (km along the line per hour, stops included):
 *   sourced  — Σ km ÷ Σ minutes over the line's sourced travel times (both stations on the line);
 *   design   — (design speed, capped by a sourced operating limit) × the kind's speed factor;
 *              a line without a design speed takes the median design speed of its kind.
 * Calibration uses `design` only, so its error is a test of the parametric model. Pure.
 */
import type { Line, TravelTime } from '../../../src/lib/data/rail-types.ts';
import type { LineGeometry } from './line-geometry.ts';
import { median } from '../median.ts';
import type { ModelParams } from './params.ts';

export interface LineSpeed { kmh: number; basis: 'sourced' | 'design' }

export function designSpeedKmh(line: Line, lines: readonly Line[], p: ModelParams): number {
  const design = line.designSpeedKmh ?? median(lines.filter((l) => l.kind === line.kind && l.designSpeedKmh !== null).map((l) => l.designSpeedKmh!));
  if (design === null) throw new Error(`line ${line.id}: no design speed and no line of kind ${line.kind} has one`);
  const cap = p.operatingSpeedCaps.find((c) => c.lineId === line.id)?.kmh ?? Infinity;
  return Math.min(design, cap) * p.speedFactor[line.kind];
}

/** Travel times whose both stations lie on the named line: the ones a line's sourced speed comes from. */
export function onLinePairs(line: Line, times: readonly TravelTime[]): TravelTime[] {
  return times.filter((t) => t.lineId === line.id && line.stationIds.includes(t.from) && line.stationIds.includes(t.to));
}

export function lineSpeed(line: Line, lines: readonly Line[], times: readonly TravelTime[] | null, geo: LineGeometry, p: ModelParams): LineSpeed {
  const pairs = times ? onLinePairs(line, times) : [];
  if (pairs.length > 0) {
    const km = pairs.reduce((s, t) => s + geo.lineKm(line, t.from, t.to), 0);
    const min = pairs.reduce((s, t) => s + t.minutes, 0);
    return { kmh: km / (min / 60), basis: 'sourced' };
  }
  return { kmh: designSpeedKmh(line, lines, p), basis: 'design' };
}
