/**
 * Road legs with two regimes (issue 13): the part of the straight line that lies within
 * `urbanRadiusKm` of the circle's core centre is driven at the urban regime (congested streets),
 * the rest at the intercity regime (expressways and arterials); each leg adds a fixed overhead for
 * the streets at both ends. Parameters: geodata/commute-params.json `road`. Pure.
 */
import { haversineKm, type LonLat } from './geometry.ts';
import type { ModelParams } from './params.ts';

const KM_PER_DEG = 111.195; // mean Earth radius 6371.0088 km × π / 180

/** Straight-line km of the segment a→b that lies within radiusKm of centre (local flat projection). */
export function kmWithin(a: LonLat, b: LonLat, centre: LonLat, radiusKm: number): number {
  const kx = KM_PER_DEG * Math.cos((centre[1] * Math.PI) / 180);
  const [ax, ay] = [(a[0] - centre[0]) * kx, (a[1] - centre[1]) * KM_PER_DEG];
  const [dx, dy] = [(b[0] - a[0]) * kx, (b[1] - a[1]) * KM_PER_DEG];
  const len = Math.hypot(dx, dy);
  if (len === 0) return 0;
  // |a + t·d| = r, t in [0, 1]: a quadratic in t.
  const A = len * len;
  const B = 2 * (ax * dx + ay * dy);
  const C = ax * ax + ay * ay - radiusKm * radiusKm;
  const disc = B * B - 4 * A * C;
  if (disc <= 0) return 0;
  const t0 = Math.max(0, (-B - Math.sqrt(disc)) / (2 * A));
  const t1 = Math.min(1, (-B + Math.sqrt(disc)) / (2 * A));
  return t1 > t0 ? (t1 - t0) * len : 0;
}

export interface RoadLeg { minutes: number; km: number; urbanKm: number }

/** Minutes by road from a to b for a circle whose core centre is `centre`. */
/** The road parameters a leg needs (the per-circle urban speeds are resolved before: params.ts paramsForCircle). */
export type RoadParams = { road: Pick<ModelParams['road'], 'urban' | 'intercity' | 'urbanRadiusKm' | 'legOverheadMin'> };

export function roadLeg(a: LonLat, b: LonLat, centre: LonLat, p: RoadParams): RoadLeg {
  const { urban, intercity, urbanRadiusKm, legOverheadMin } = p.road;
  const km = haversineKm(a, b);
  const urbanKm = Math.min(km, kmWithin(a, b, centre, urbanRadiusKm));
  const minutes = legOverheadMin
    + (urbanKm * urban.detourFactor / urban.speedKmh) * 60
    + ((km - urbanKm) * intercity.detourFactor / intercity.speedKmh) * 60;
  return { minutes, km, urbanKm };
}
