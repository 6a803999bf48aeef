/**
 * Points of the place layer (issue 11, orientation): province names, circle names, core cities and
 * prefecture seats, each with a `rank` (lower = placed first, symbol-sort-key) so that a few strong
 * names win over many weak ones, as in an atlas. Pure: a test can check it without a map.
 * County names are the labels overlay's (county-layers.ts), drawn below and placed last.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Atlas } from '../data/decode-atlas.ts';

export type PlaceKind = 'province' | 'circle' | 'core' | 'prefecture-seat';
export interface PlaceProps { id: string; kind: PlaceKind; name: string; nameEn: string; rank: number; circle: string; color: string }

const RANK: Record<PlaceKind, number> = { core: 0, circle: 1, 'prefecture-seat': 2, province: 3 };

const point = (p: [number, number], props: PlaceProps): Feature<Point, PlaceProps> => ({ type: 'Feature', geometry: { type: 'Point', coordinates: p }, properties: props });

/**
 * A point inside the circle for its name: the label point of the member county nearest the
 * area-weighted mean of all members' label points (a mean alone can fall outside a crescent).
 */
export function circleLabelPoint(atlas: Atlas, circleId: string): [number, number] | null {
  const pts = atlas.labels.features.filter((f) => atlas.memberships.get(f.properties.adcode)?.some((m) => m.circle === circleId));
  if (pts.length === 0) return null;
  const area = (a: string) => atlas.byAdcode.get(a)?.properties.areaKm2 ?? 1;
  const total = pts.reduce((s, f) => s + area(f.properties.adcode), 0);
  const mean = [0, 1].map((i) => pts.reduce((s, f) => s + f.geometry.coordinates[i] * area(f.properties.adcode), 0) / total);
  const d = (f: (typeof pts)[number]) => Math.hypot(f.geometry.coordinates[0] - mean[0], f.geometry.coordinates[1] - mean[1]);
  return pts.reduce((a, b) => (d(b) < d(a) ? b : a)).geometry.coordinates as [number, number];
}

export function placeFeatures(atlas: Atlas): FeatureCollection<Point, PlaceProps> {
  const colorOf = new Map(atlas.circles.map((c) => [c.id, c.color]));
  const features: Feature<Point, PlaceProps>[] = [];
  (atlas.json.provinces ?? []).forEach((p, i) => features.push(point(p.point, { id: `province-${i}`, kind: 'province', name: p.name.zh, nameEn: p.name.en, rank: RANK.province, circle: '', color: '' })));
  for (const c of atlas.circles) {
    const at = circleLabelPoint(atlas, c.id);
    if (at) features.push(point(at, { id: `circle-${c.id}`, kind: 'circle', name: c.name.zh, nameEn: c.name.en, rank: RANK.circle, circle: c.id, color: c.color }));
  }
  // Cores of circles in the data, and prefecture seats; county seats stay with the commute model
  // (the county labels already name every county).
  // A seat's record names the building (…市人民政府); the map prints the city. A seat of a core city is
  // the core's own label already.
  const cores = new Set((atlas.json.places ?? []).filter((p) => p.kind === 'core').map((p) => p.name.zh));
  for (const p of atlas.json.places ?? []) {
    const name = p.name.zh.replace(/市?人民政府$/, '');
    // places.json may name a core's circle by an id circles.json spells otherwise: then the circle
    // the core's county belongs to.
    const circle = p.kind !== 'core' ? '' : colorOf.has(p.circle ?? '') ? p.circle! : atlas.memberships.get(p.adcode)?.[0]?.circle ?? '';
    if (p.kind === 'county-seat' || (p.kind === 'core' && !circle) || (p.kind !== 'core' && cores.has(name))) continue;
    features.push(point(p.point, { id: p.id, kind: p.kind, name, nameEn: p.name.en, rank: RANK[p.kind], circle, color: colorOf.get(circle) ?? '' }));
  }
  return { type: 'FeatureCollection', features };
}
