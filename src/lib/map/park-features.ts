/**
 * Parks → GeoJSON for the map: one point per mappable park, and one geodesic accuracy ring per
 * estimated point (Turf `circle` of pointAccuracyKm, so the ring is honest at every latitude).
 * Pure: the unit tests call it without a map.
 */
import { circle } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { Park, ParkKind } from '../data/park-types.ts';

export interface ParkPointProps { id: string; kind: ParkKind; labelZh: string; labelEn: string; accuracyKm: number; isLabel: boolean }
export interface ParkRingProps { id: string; kind: ParkKind; accuracyKm: number }

/**
 * The map label in Chinese: the short name where the facts give one in closing brackets
 * (甲—乙工业园区（甲乙工业园区）→ 甲乙工业园区); otherwise the name without a trailing bracket
 * (a place or a long official title there only crowds the map; the panel shows the full name).
 */
export function shortZh(zh: string): string {
  const m = /^(.+?)（([^）]+)）\s*$/.exec(zh);
  if (!m) return zh;
  const [, head, inner] = m;
  const isShortName = inner.length >= 4 && inner.length < head.length && !/[/／\s]/.test(inner);
  return isShortName ? inner : head;
}

export function parkPoints(parks: readonly Park[]): FeatureCollection<Point, ParkPointProps> {
  return {
    type: 'FeatureCollection',
    features: parks.filter((p) => p.point).map((p): Feature<Point, ParkPointProps> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.point! },
      properties: { id: p.id, kind: p.kind, labelZh: shortZh(p.name.zh), labelEn: p.name.en, accuracyKm: p.pointAccuracyKm ?? 0, isLabel: p.pointIsLabel === true },
    })),
  };
}

/** 64 steps: smooth at the zooms where rings show, and small (24 parks × 65 vertices). */
export function accuracyRings(parks: readonly Park[]): FeatureCollection<Polygon, ParkRingProps> {
  return {
    type: 'FeatureCollection',
    features: parks.filter((p) => p.point && (p.pointAccuracyKm ?? 0) > 0).map((p) =>
      circle<ParkRingProps>(p.point!, p.pointAccuracyKm!, { steps: 64, units: 'kilometers', properties: { id: p.id, kind: p.kind, accuracyKm: p.pointAccuracyKm! } })),
  };
}

/** Every county a park names: host, likely hosts (when no single host is known) and the others it spans. */
export function parkCounties(p: Park): string[] {
  return [...new Set([...(p.hostAdcode ? [p.hostAdcode] : []), ...(p.hostCandidates ?? []), ...p.otherAdcodes])];
}
