/**
 * One interior point per county, used for its label and as the start of its commute estimate:
 * the pole of inaccessibility (polylabel) of its largest part by area. A centroid is not enough:
 * for C-shaped counties wrapped around a neighbour (a ring around its city's central district, or
 * around another county's exclave) the centroid lies in the neighbour, and Turf's pointOnFeature then
 * returned a point there (tests/data/label-points.test.ts checks every county).
 * polylabel's point is inside the polygon and as far from its edges as possible.
 * https://github.com/mapbox/polylabel
 */
import polylabel from 'polylabel';
import { area } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** About 100 m in degrees: plenty for a label, cheap to compute. */
const PRECISION = 0.001;

export function labelPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const g = f.geometry;
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const largest = polys.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
  const p = polylabel(largest as number[][][], PRECISION);
  return [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];
}

function ringArea(p: Position[][]): number {
  return area({ type: 'Polygon', coordinates: p });
}
