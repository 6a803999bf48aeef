/**
 * Unit tier: the park and rail style functions (src/lib/map/park-layers.ts, rail-layers.ts) —
 * under-construction lines are dashed and open ones solid, ids are unique (also against the county
 * layers), every kind has a style, and the GeoJSON builders keep every mappable record.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { LayerSpecification } from 'maplibre-gl';
import { area } from '@turf/turf';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import type { Park } from '../../src/lib/data/park-types.ts';
import { countyLayers, labelLayers, landLayers, outlineLayers, SOURCES } from '../../src/lib/map/county-layers.ts';
import { accuracyRings, parkPoints, shortZh } from '../../src/lib/map/park-features.ts';
import { PARK_CLICK_LAYERS, PARK_KIND_STYLE, PARK_SOURCES, parkLayers, parkUnderLayers, zoneFilter } from '../../src/lib/map/park-layers.ts';
import { railLines, stationPoints } from '../../src/lib/map/rail-features.ts';
import { CONSTRUCTION_DASH, RAIL_KIND_STYLE, RAIL_SOURCES, railLayers, STATION_CLICK_LAYERS, STATION_MIN_ZOOM, STATION_RADIUS } from '../../src/lib/map/rail-layers.ts';
import { THEME } from '../../src/lib/map/theme.ts';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { parks as parksOverlay } from '../../src/lib/overlays/parks.ts';
import { rail as railOverlay } from '../../src/lib/overlays/rail.ts';
import { SLOTS, slotOf, type Slot } from '../../src/lib/overlays/slots.ts';
import type { StyleInput } from '../../src/lib/overlays/overlay.ts';
import { loadAtlas } from './load-built-atlas.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as AtlasJson;
const lineLayers = (l: LayerSpecification[]) => l.filter((x): x is Extract<LayerSpecification, { type: 'line' }> => x.type === 'line');
const rail = railLayers(THEME, 'zh');
const parks = parkLayers(THEME, 'zh');

/** Which status a line layer's filter admits: ['==', ['get', 'status'], s], alone or inside an 'all'. */
function statusOf(layer: LayerSpecification): string | undefined {
  const f = (layer as { filter?: unknown }).filter;
  const parts = Array.isArray(f) && f[0] === 'all' ? f.slice(1) : [f];
  const hit = parts.find((p) => Array.isArray(p) && p[0] === '==' && JSON.stringify(p[1]) === '["get","status"]') as unknown[] | undefined;
  return hit ? String(hit[2]) : undefined;
}

describe('rail style', () => {
  it('under-construction lines are dashed', () => {
    const construction = lineLayers(rail).filter((l) => l.source === RAIL_SOURCES.lines && statusOf(l) === 'construction');
    expect(construction.length).toBeGreaterThan(0);
    for (const l of construction) expect(l.paint?.['line-dasharray'], l.id).toEqual(CONSTRUCTION_DASH);
  });

  it('open lines (and their casing) are solid', () => {
    const open = lineLayers(rail).filter((l) => l.source === RAIL_SOURCES.lines && statusOf(l) === 'open');
    expect(open.length).toBeGreaterThan(0);
    for (const l of open) expect(l.paint?.['line-dasharray'], l.id).toBeUndefined();
  });

  it('every line status in the data is drawn by some layer', () => {
    const drawn = new Set(lineLayers(rail).map(statusOf));
    for (const l of atlas.rail.lines) expect(drawn.has(l.status), l.id).toBe(true);
  });

  it('every line kind in the data has a style', () => {
    for (const l of atlas.rail.lines) expect(RAIL_KIND_STYLE[l.kind], l.id).toBeDefined();
  });

  it('every line becomes a LineString through its stations, every station a point', () => {
    const lines = railLines(atlas.rail);
    expect(lines.features.length).toBe(atlas.rail.lines.length);
    for (const f of lines.features) expect(f.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
    expect(stationPoints(atlas.rail).features.length).toBe(atlas.rail.stations.length);
  });

  it('only the station markers take clicks; the lines and the labels do not', () => {
    const markers = rail.filter((l) => 'source' in l && l.source === RAIL_SOURCES.stations && l.type === 'symbol' && 'icon-image' in (l.layout ?? {})).map((l) => l.id);
    expect(markers.length).toBeGreaterThan(0);
    expect([...STATION_CLICK_LAYERS].sort()).toEqual(markers.sort());
  });

  it('station dots start at STATION_MIN_ZOOM, above the national view, and their names later still', () => {
    const byId = new Map(rail.map((l) => [l.id, l as { minzoom?: number }]));
    for (const id of STATION_CLICK_LAYERS) expect(byId.get(id)?.minzoom, id).toBe(STATION_MIN_ZOOM);
    expect(STATION_MIN_ZOOM).toBeGreaterThan(4.5);
    expect(byId.get('station-label')?.minzoom).toBeGreaterThan(STATION_MIN_ZOOM);
  });

  it('the station label follows the language', () => {
    const label = (lang: 'zh' | 'en') => railLayers(THEME, lang).find((l) => l.id === 'station-label') as { layout: Record<string, unknown> };
    expect(label('zh').layout['text-field']).toEqual(['get', 'nameZh']);
    expect(label('en').layout['text-field']).toEqual(['get', 'nameEn']);
  });
});

describe('park style', () => {
  it('every park kind in the data has a style, and kinds look different', () => {
    for (const p of atlas.parks) expect(PARK_KIND_STYLE[p.kind], p.id).toBeDefined();
    const looks = Object.values(PARK_KIND_STYLE).map((s) => `${s.fill}/${s.stroke}`);
    expect(new Set(looks).size).toBe(looks.length);
    // each kind its own shape, and none round: a round dot is a station (issue 11)
    const shapes = Object.values(PARK_KIND_STYLE).map((s) => s.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
    expect(shapes).not.toContain('circle');
  });

  it('the marker colour expression names every kind', () => {
    const point = parks.find((l) => l.id === 'park-point') as { paint: Record<string, unknown> };
    const expr = JSON.stringify(point.paint['icon-color']);
    for (const k of Object.keys(PARK_KIND_STYLE)) expect(expr).toContain(`"${k}"`);
  });

  it('only markers take clicks; labels, rings and the zone highlight do not (they must not swallow county clicks)', () => {
    const markers = parks.filter((l) => 'source' in l && l.source === PARK_SOURCES.points && l.type === 'symbol' && 'icon-image' in (l.layout ?? {})).map((l) => l.id);
    expect(markers.length).toBeGreaterThan(0);
    expect([...PARK_CLICK_LAYERS].sort()).toEqual(markers.sort());
  });

  it('every park with a point gets a marker and a geodesic ring of its accuracy radius', () => {
    const mappable = atlas.parks.filter((p) => p.point);
    expect(parkPoints(atlas.parks).features.length).toBe(mappable.length);
    const rings = accuracyRings(atlas.parks);
    expect(rings.features.length).toBe(mappable.length);
    for (const f of rings.features) {
      const r = f.properties.accuracyKm;
      // A 64-gon inscribed in the circle: within 1 % of π r².
      expect(Math.abs(area(f) / 1e6 / (Math.PI * r * r) - 1), f.properties.id).toBeLessThan(0.01);
    }
  });

  it('the zh label is the bracketed short name, else the name without a trailing bracket', () => {
    expect(shortZh('成都—阿坝工业园区（成阿工业园区）')).toBe('成阿工业园区');
    expect(shortZh('天府新区眉山片区')).toBe('天府新区眉山片区');
    expect(shortZh('济南中车四方轨道交通装备（范村 / 梁王车辆基地）')).toBe('济南中车四方轨道交通装备');
    expect(shortZh('东方航天港（海阳）')).toBe('东方航天港');
    expect(shortZh('中韩（长春）国际合作示范区')).toBe('中韩（长春）国际合作示范区');
  });

  it('a park with no point is simply not drawn', () => {
    const p = { ...atlas.parks[0], id: 'x', point: null, pointAccuracyKm: null } as Park;
    expect(parkPoints([p]).features).toEqual([]);
    expect(accuracyRings([p]).features).toEqual([]);
  });

  it('zoneFilter matches the given adcodes', () => {
    expect(zoneFilter(['370102', '370103'])).toEqual(['in', ['get', 'adcode'], ['literal', ['370102', '370103']]]);
  });
});

describe('all layers together', () => {
  it('the whole style, in both languages, validates against the MapLibre style spec (what map.addLayer would refuse at runtime)', () => {
    const gj = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } as const;
    const sources = Object.fromEntries([...Object.values(PARK_SOURCES), ...Object.values(RAIL_SOURCES), ...Object.values(SOURCES)].map((id) => [id, gj]));
    for (const lang of ['zh', 'en'] as const) {
      const layers = [...landLayers(THEME), ...countyLayers(atlas.circles, THEME), ...outlineLayers(atlas.circles), ...labelLayers(THEME, lang), ...parkLayers(THEME, lang), ...railLayers(THEME, lang)];
      const errors = validateStyleMin({ version: 8, sources, layers } as never);
      expect(errors.map((e) => e.message)).toEqual([]);
    }
  });

  it('layer ids are unique across county, park and rail layers', () => {
    const all = [...landLayers(THEME), ...countyLayers(atlas.circles, THEME), ...outlineLayers(atlas.circles), ...labelLayers(THEME, 'zh'), ...parks, ...rail];
    const ids = all.map((l) => l.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('rings of every park exist only from zoom 9; below it only the selected park\'s ring is built', () => {
    const rings = (sel: string | null) => parkUnderLayers(THEME, [], sel).filter((l) => 'source' in l && l.source === PARK_SOURCES.rings) as { id: string; minzoom?: number; maxzoom?: number; filter?: unknown }[];
    for (const l of rings(null).filter((x) => !x.id.startsWith('ring-selected'))) expect(l.minzoom, l.id).toBe(9);
    const selected = rings('park-x').filter((x) => x.id.startsWith('ring-selected'));
    expect(selected.map((l) => [l.maxzoom, l.filter])).toEqual([[9, ['==', ['get', 'id'], 'park-x']], [9, ['==', ['get', 'id'], 'park-x']]]);
    expect(rings(null).filter((x) => x.id.startsWith('ring-selected')).every((l) => JSON.stringify(l.filter) === '["==",["get","id"],""]')).toBe(true);
  });

  it('the selected ring and the zone layers are hidden while there is nothing for them to show', () => {
    const hidden = (zone: string[], sel: string | null) => parkUnderLayers(THEME, zone, sel)
      .filter((l) => (l.layout as { visibility?: string } | undefined)?.visibility === 'none').map((l) => l.id);
    expect(hidden([], null)).toEqual(['zone-fill', 'zone-line', 'ring-selected-fill', 'ring-selected-line']);
    expect(hidden([], 'park-x')).toEqual(['zone-fill', 'zone-line']);
    expect(hidden(['370102', '370103'], 'park-x')).toEqual([]);
    // below zoom 9 no visible layer reads the ring source when no park is selected: it is not loaded
    const lowZoomRings = parkUnderLayers(THEME, [], null).filter((l) => 'source' in l && l.source === PARK_SOURCES.rings
      && (l.minzoom ?? 0) < 9 && (l.layout as { visibility?: string } | undefined)?.visibility !== 'none');
    expect(lowZoomRings).toEqual([]);
  });
});

describe('rail symbology (issue 11)', () => {
  it('high-speed, intercity and suburban lines differ in weight, colour and casing', () => {
    const [h, i, s] = (['hsr', 'intercity', 'suburban'] as const).map((k) => RAIL_KIND_STYLE[k]);
    expect(new Set([h.color, i.color, s.color]).size).toBe(3);
    expect(h.width).toBeGreaterThan(i.width);
    expect(i.width).toBeGreaterThan(s.width);
    expect(h.casing).toBeGreaterThan(h.width);
    expect(s.casing).toBe(0);
    expect(i.core).toBeGreaterThan(0);
    expect(h.core).toBe(0);
  });

  it('the casing (high-speed, intercity) and the intercity core are drawn for open lines only, casing below and core above the lines', () => {
    const ids = rail.map((l) => l.id);
    const of = (prefix: string) => rail.filter((l) => l.id.startsWith(prefix));
    expect(of('rail-casing-').map((l) => l.id)).toEqual(['rail-casing-hsr', 'rail-casing-intercity']);
    expect(of('rail-core-').map((l) => l.id)).toEqual(['rail-core-intercity']);
    for (const l of [...of('rail-casing-'), ...of('rail-core-')]) expect(statusOf(l), l.id).toBe('open');
    const lines = of('rail-line-').map((l) => ids.indexOf(l.id));
    for (const l of of('rail-casing-')) expect(ids.indexOf(l.id)).toBeLessThan(Math.min(...lines));
    for (const l of of('rail-core-')) expect(ids.indexOf(l.id)).toBeGreaterThan(Math.max(...lines));
  });

  it('each kind and status has its own line layer in the kind\'s colour and width', () => {
    for (const k of ['hsr', 'intercity', 'suburban'] as const) for (const status of ['open', 'construction']) {
      const l = rail.find((x) => x.id === `rail-line-${status}-${k}`) as Extract<LayerSpecification, { type: 'line' }>;
      expect(l.paint?.['line-color'], l.id).toBe(RAIL_KIND_STYLE[k].color);
      expect(JSON.stringify(l.paint?.['line-width']), l.id).toContain(`8,${RAIL_KIND_STYLE[k].width}`);
      expect(statusOf(l), l.id).toBe(status);
    }
  });

  it('a station served by more lines is drawn larger and named first', () => {
    const points = stationPoints(atlas.rail).features;
    const byId = new Map(points.map((f) => [f.properties.id, f.properties.lines]));
    for (const l of atlas.rail.lines) for (const id of l.stationIds) expect(byId.get(id), id).toBeGreaterThanOrEqual(1);
    expect(Math.max(...points.map((f) => f.properties.lines))).toBeGreaterThanOrEqual(2);
    const z6 = [...STATION_RADIUS.z6], z10 = [...STATION_RADIUS.z10];
    expect(z6).toEqual([...z6].sort((a, b) => a - b));
    expect(z10).toEqual([...z10].sort((a, b) => a - b));
    const label = rail.find((l) => l.id === 'station-label') as { layout: Record<string, unknown> };
    expect(label.layout['symbol-sort-key']).toEqual(['-', 0, ['get', 'lines']]);
  });

  it('the rail layers are valid MapLibre style', () => {
    const style = { version: 8, sources: { [RAIL_SOURCES.lines]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }, [RAIL_SOURCES.stations]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers: rail };
    expect(validateStyleMin(style as never)).toEqual([]);
  });
});

describe('park markers and the names around them (issue 11)', () => {
  it('park markers are symbols that are always drawn and keep their place; station dots are symbols that give way', () => {
    const marker = parks.find((l) => l.id === 'park-point') as { type: string; layout: Record<string, unknown> };
    expect(marker.type).toBe('symbol');
    expect(marker.layout['icon-allow-overlap']).toBe(true);
    expect(marker.layout['icon-ignore-placement']).toBe(false);
    const station = rail.find((l) => l.id === 'station-point') as { type: string; layout: Record<string, unknown> };
    expect(station.type).toBe('symbol');
    expect(station.layout['icon-allow-overlap'] ?? false).toBe(false);
    expect(station.layout['icon-ignore-placement'] ?? false).toBe(false);
    expect(station.layout['symbol-sort-key']).toEqual(['-', 0, ['get', 'lines']]);
    const hub = rail.find((l) => l.id === 'station-hub') as { layout: Record<string, unknown>; filter: unknown };
    expect(hub.layout).toEqual(station.layout);
    expect(hub.filter).toEqual(['>=', ['get', 'lines'], 2]);
    expect((station as unknown as { filter: unknown }).filter).toEqual(['!', ['>=', ['get', 'lines'], 2]]);
    // placement runs top slot first: place names, park markers, interchange dots, county names, other station dots, park names
    const order: Slot[] = ['place', 'marker', 'hub', 'label', 'station', 'minor-label', 'network'];
    for (let i = 1; i < order.length; i++) expect(SLOTS.indexOf(order[i - 1]), `${order[i - 1]} above ${order[i]}`).toBeGreaterThan(SLOTS.indexOf(order[i]));
    const decoded = loadAtlas();
    const input: StyleInput = { theme: THEME, lang: 'zh', circle: null, construction: false, selection: null };
    const slots = Object.fromEntries([...parksOverlay.layers(decoded, input), ...railOverlay.layers(decoded, input)].map((l) => [l.id, slotOf(l)]));
    expect([slots['park-point'], slots['station-hub'], slots['station-point'], slots['station-label']]).toEqual(['marker', 'hub', 'station', 'network']);
  });

  it('park labels move around their marker and the national platforms are named first', () => {
    const label = parks.find((l) => l.id === 'park-label') as { layout: Record<string, unknown> };
    expect(label.layout['text-variable-anchor']).toEqual(['left', 'right', 'top', 'bottom']);
    const key = label.layout['symbol-sort-key'] as unknown[];
    expect(key[key.indexOf('national-platform') + 1]).toBe(0);
  });
});
