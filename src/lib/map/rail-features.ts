/**
 * Rail → GeoJSON: each line as a LineString through its stations in order (stations without a
 * coordinate were left out by the build, so the line goes through the stations we have), and each
 * station as a point. Pure: the unit tests call it without a map.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { LineKind, LineStatus, RailData } from '../data/rail-types.ts';

export interface RailLineProps { id: string; kind: LineKind; status: LineStatus; nameZh: string; nameEn: string }
/** `lines`: how many of the data's lines serve the station — its importance on the map (issue 11). */
export interface StationProps { id: string; nameZh: string; nameEn: string; approx: boolean; lines: number }

export function railLines(rail: RailData): FeatureCollection<LineString, RailLineProps> {
  const at = new Map(rail.stations.map((s) => [s.id, s.point]));
  return {
    type: 'FeatureCollection',
    features: rail.lines.map((l): Feature<LineString, RailLineProps> | null => {
      const coordinates = l.stationIds.map((id) => at.get(id)).filter((p): p is [number, number] => !!p);
      if (coordinates.length < 2) return null;
      return { type: 'Feature', geometry: { type: 'LineString', coordinates }, properties: { id: l.id, kind: l.kind, status: l.status, nameZh: l.name.zh, nameEn: l.name.en } };
    }).filter((f): f is Feature<LineString, RailLineProps> => f !== null),
  };
}

export function stationPoints(rail: RailData): FeatureCollection<Point, StationProps> {
  const served = new Map<string, number>();
  for (const l of rail.lines) for (const id of new Set(l.stationIds)) served.set(id, (served.get(id) ?? 0) + 1);
  return {
    type: 'FeatureCollection',
    features: rail.stations.map((s) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: s.point },
      properties: { id: s.id, nameZh: s.name.zh, nameEn: s.name.en, approx: s.accuracy === 'approx', lines: served.get(s.id) ?? 0 },
    })),
  };
}
