/** Distances and a county's representative point. Pure. */
import { labelPoint } from '../label-point.ts';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type LonLat = [number, number];

/** Turf's mean Earth radius (km), so results match @turf/distance. */
const R = 6371.0088;

export function haversineKm(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Road minutes for a straight-line distance: km × detour ÷ speed. */
export function roadMinutes(km: number, detourFactor: number, speedKmh: number): number {
  return (km * detourFactor / speedKmh) * 60;
}

/**
 * The point a county's trips start from: its label point (scripts/build/label-point.ts, the pole of
 * inaccessibility of its largest part). The build has no sub-county population and no county-seat
 * coordinates, so this is the honest choice; it always lies inside the county, and islands do not
 * pull it offshore.
 */
export function representativePoint(f: Feature<Polygon | MultiPolygon>): LonLat {
  return labelPoint(f);
}
