/**
 * Turns the three generated files into the typed, immutable Atlas the app draws: county features
 * joined to their circle, each circle's outline (topojson-client merge of its members), prefecture
 * and province boundary lines (mesh), and label points. Pure: the data tests run it in Node.
 */
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AtlasJson, Circle, CountyProps, Coverage } from './atlas-types.ts';

/**
 * A county may be a member of several circles (CONTRACT.md). `circle`/`coverage` are its first
 * membership in display order ('' when none); `memberOf` ('|a|b|') and `coverageIn` ('|a:whole|b:partial|')
 * hold all of them as strings, which style expressions can test with `in` (no arrays in feature properties).
 */
export interface Membership { circle: string; coverage: Coverage }
export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProps & {
  circle: string; coverage: Coverage | ''; memberOf: string; coverageIn: string; circleCount: number;
}>;

export interface Atlas {
  json: AtlasJson;
  circles: readonly Circle[];
  counties: FeatureCollection<Polygon | MultiPolygon, CountyFeature['properties']>;
  byAdcode: ReadonlyMap<string, CountyFeature>;
  /** Every circle each county belongs to, in display order. */
  memberships: ReadonlyMap<string, readonly Membership[]>;
  /** [west, south, east, north] of all circles (atlas.json `bounds`): the "whole view". */
  bounds: AtlasJson['bounds'];
  /** One feature per circle and scope: core (whole + partial) and, where the plan has one, extended. */
  outlines: FeatureCollection<MultiPolygon, { circle: string; scope: 'core' | 'extended' }>;
  countyLines: FeatureCollection<MultiLineString>;
  prefectureLines: FeatureCollection<MultiLineString>;
  land: FeatureCollection<Polygon | MultiPolygon, { adcode: string; name: string; context: boolean }>;
  provinceLines: FeatureCollection<MultiLineString>;
  labels: FeatureCollection<Point, { adcode: string; name: string; nameEn: string; circle: string }>;
  /** The merged outline of any set of counties (a what-if edit's outline), from the same topology. */
  outlineOf(adcodes: Iterable<string>): MultiPolygon;
}

type CountyTopo = Topology<{ counties: GeometryCollection<{ adcode: string }> }>;
type LandTopo = Topology<{ provinces: GeometryCollection<{ adcode: string; name: string; context: boolean }> }> & { bounds?: AtlasJson['bounds'] };

/**
 * What the map can draw from land.topo.json alone, before the rest of the data is in (issue 11,
 * loading: land and province outlines at once): provinces, their boundary lines and the whole view
 * (`bounds`, the same box as atlas.json's; the file's own bbox when an older build has none, else none).
 */
export interface LandPreview { land: Atlas['land']; provinceLines: Atlas['provinceLines']; bounds: AtlasJson['bounds'] | null }

export function decodeLand(landTopo: LandTopo): LandPreview {
  const land = feature(landTopo, landTopo.objects.provinces) as Atlas['land'];
  const geometry = mesh(landTopo as unknown as Topology, landTopo.objects.provinces as never, (a, b) => a !== b) as MultiLineString;
  const provinceLines: Atlas['provinceLines'] = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry, properties: {} }] };
  const bounds = landTopo.bounds ?? (landTopo.bbox?.length === 4 ? landTopo.bbox as AtlasJson['bounds'] : null);
  return { land, provinceLines, bounds };
}

export function decodeAtlas(json: AtlasJson, topo: CountyTopo, landTopo: LandTopo): Atlas {
  const memberships = new Map<string, Membership[]>();
  for (const c of json.circles) for (const m of c.members) {
    const list = memberships.get(m.adcode) ?? [];
    if (!list.some((x) => x.circle === c.id)) list.push({ circle: c.id, coverage: m.coverage });
    memberships.set(m.adcode, list);
  }

  const table = new Map(json.counties.map((c) => [c.adcode, c]));
  const raw = feature(topo, topo.objects.counties) as FeatureCollection<Polygon | MultiPolygon, { adcode: string }>;
  const counties = {
    type: 'FeatureCollection' as const,
    features: raw.features.map((f): CountyFeature => {
      const ms = memberships.get(f.properties.adcode) ?? [];
      const attrs = table.get(f.properties.adcode);
      if (!attrs) throw new Error(`atlas.topo.json: county ${f.properties.adcode} has no row in atlas.json`);
      return { ...f, properties: {
        ...attrs, circle: ms[0]?.circle ?? '', coverage: ms[0]?.coverage ?? '', circleCount: ms.length,
        memberOf: `|${ms.map((m) => m.circle).join('|')}|`, coverageIn: `|${ms.map((m) => `${m.circle}:${m.coverage}`).join('|')}|`,
      } };
    }),
  };
  const byAdcode = new Map(counties.features.map((f) => [f.properties.adcode, f]));

  const geoms = topo.objects.counties.geometries;
  const mergeOf = (adcodes: Iterable<string>) => {
    const include = new Set(adcodes);
    return merge(topo as unknown as Topology, geoms.filter((g) => include.has((g.properties as { adcode: string }).adcode)) as never) as MultiPolygon;
  };
  const outlineOf = (circle: Circle, scope: 'core' | 'extended') => {
    const geometry = mergeOf(circle.members.filter((m) => scope === 'extended' || m.coverage !== 'extended').map((m) => m.adcode));
    return { type: 'Feature' as const, geometry, properties: { circle: circle.id, scope } };
  };
  const outlines = json.circles.flatMap((c) =>
    c.members.some((m) => m.coverage === 'extended') ? [outlineOf(c, 'core'), outlineOf(c, 'extended')] : [outlineOf(c, 'core')]);

  const lines = (geometry: MultiLineString): FeatureCollection<MultiLineString> =>
    ({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry, properties: {} }] });
  type G = { properties?: unknown };
  const pref = (g: G) => table.get((g.properties as { adcode: string }).adcode)!.prefecture;
  const countyLines = lines(mesh(topo as unknown as Topology, topo.objects.counties as never, (a: G, b: G) => a !== b && pref(a) === pref(b)) as MultiLineString);
  const prefectureLines = lines(mesh(topo as unknown as Topology, topo.objects.counties as never, (a: G, b: G) => pref(a) !== pref(b)) as MultiLineString);

  const { land, provinceLines } = decodeLand(landTopo);

  const labels: Atlas['labels'] = {
    type: 'FeatureCollection',
    features: counties.features.map((f) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: f.properties.label },
      properties: { adcode: f.properties.adcode, name: f.properties.name, nameEn: f.properties.nameEn, circle: f.properties.circle },
    })),
  };

  return Object.freeze({
    json, circles: json.circles, counties, byAdcode, memberships, bounds: json.bounds,
    outlines: { type: 'FeatureCollection' as const, features: outlines }, countyLines, prefectureLines, land, provinceLines, labels,
    outlineOf: mergeOf,
  });
}
