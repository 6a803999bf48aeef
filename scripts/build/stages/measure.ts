/**
 * Stage 4 — measure: geodesic area and label point of every county drawn, each circle's totals
 * (the shared rule in src/lib/data/totals.ts) and bounds, and the bounds of all circles.
 */
import { area as turfArea, bbox as turfBbox } from '@turf/turf';
import type { Bounds, Circle, CircleSummary, CountyProps } from '../../../src/lib/data/atlas-types.ts';
import type { Boundaries } from '../boundaries.ts';
import { labelPoint } from '../label-point.ts';
import { round1, summarizeCircle } from '../summary.ts';
import type { Joined } from './join.ts';
import type { ValidInputs } from './validate.ts';

export interface Measured {
  counties: CountyProps[];
  circles: Circle[];
  summaries: CircleSummary[];
  bounds: Bounds;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** The bbox of several bboxes, rounded outwards to 4 decimals (≈ 10 m). */
export function unionBounds(boxes: readonly Bounds[]): Bounds {
  const [w, s, e, n] = boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity]);
  return [Math.floor(w * 1e4) / 1e4, Math.floor(s * 1e4) / 1e4, Math.ceil(e * 1e4) / 1e4, Math.ceil(n * 1e4) / 1e4].map(round4) as Bounds;
}

export function measure(v: ValidInputs, j: Joined, b: Boundaries): Measured {
  const counties: CountyProps[] = j.counties.map(({ props, feature }) => ({ ...props, label: labelPoint(feature), areaKm2: round1(turfArea(feature) / 1e6) }));
  const byAdcode = new Map(counties.map((c) => [c.adcode, c]));
  const circles: Circle[] = v.circles.map((c) => ({
    ...c, bounds: unionBounds(c.members.map((m) => turfBbox(b.counties.get(m.adcode)!) as Bounds)),
  }));
  const summaries = circles.map((c) => summarizeCircle(c, (adcode) => ({ areaKm2: byAdcode.get(adcode)!.areaKm2, population: v.census.get(adcode)!.population }), v.zones));
  return { counties, circles, summaries, bounds: unionBounds(circles.map((c) => c.bounds)) };
}
