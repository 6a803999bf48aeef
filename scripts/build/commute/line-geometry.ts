/**
 * Distance along a line: straight station-to-station segments × the line's curvature (its sourced
 * length ÷ the straight sum over the same span; the median of those where a line has none). Pure.
 */
import type { Line, Station } from '../../../src/lib/data/rail-types.ts';
import { haversineKm } from './geometry.ts';
import { median } from '../median.ts';
import type { ModelParams } from './params.ts';

export interface LineGeometry {
  /** Line id → curvature factor (≥ 1 in practice). */
  curvature: Map<string, number>;
  /** The median of the sourced curvatures: used for lines with no sourced length. */
  defaultCurvature: number;
  /** Straight-line km between two stations of a line, summed over the segments between them. */
  straightKm(line: Line, from: string, to: string): number;
  /** km along the line between two of its stations. */
  lineKm(line: Line, from: string, to: string): number;
}

export function lineGeometry(stations: ReadonlyMap<string, Station>, lines: readonly Line[], p: ModelParams): LineGeometry {
  const straightKm = (line: Line, from: string, to: string): number => {
    let i = line.stationIds.indexOf(from);
    let j = line.stationIds.indexOf(to);
    if (i < 0 || j < 0) throw new Error(`line ${line.id} does not serve ${i < 0 ? from : to}`);
    if (i > j) [i, j] = [j, i];
    let km = 0;
    for (let k = i; k < j; k++) km += haversineKm(stations.get(line.stationIds[k])!.point, stations.get(line.stationIds[k + 1])!.point);
    return km;
  };
  const byId = new Map(lines.map((l) => [l.id, l]));
  const curvature = new Map<string, number>();
  for (const len of p.lineLengths) {
    const line = byId.get(len.lineId);
    if (!line) continue;
    curvature.set(line.id, len.km / straightKm(line, len.from, len.to));
  }
  const defaultCurvature = median([...curvature.values()]) ?? 1;
  const lineKm = (line: Line, from: string, to: string) => straightKm(line, from, to) * (curvature.get(line.id) ?? defaultCurvature);
  return { curvature, defaultCurvature, straightKm, lineKm };
}
