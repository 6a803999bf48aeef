/**
 * Unit tier: the map's county source carries only the properties its layers read
 * (src/lib/map/county-source.ts) — and every property any layer on that source reads is among them,
 * so a layer that starts reading another property fails here instead of drawing nothing.
 */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { SOURCES } from '../../src/lib/map/county-layers.ts';
import { COUNTY_SOURCE_KEYS, countySourceData } from '../../src/lib/map/county-source.ts';
import { parkCounties } from '../../src/lib/map/park-features.ts';
import { THEME } from '../../src/lib/map/theme.ts';
import { whatIfLayers } from '../../src/lib/map/what-if-layers.ts';
import { OVERLAYS, styleOf } from '../../src/lib/overlays/registry.ts';
import { loadAtlas } from './load-built-atlas.ts';

const atlas = loadAtlas();

/** Every key an expression reads with ['get', key] (MapLibre's one way to read a feature property). */
function readKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (value[0] === 'get' && typeof value[1] === 'string' && value.length === 2) into.add(value[1]);
    for (const v of value) readKeys(v, into);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) readKeys(v, into);
  return into;
}

/** Every layer any overlay draws on the county source: each language, overview and each circle, each kind of selection, commute on. */
function countySourceLayers(): LayerSpecification[] {
  const park = atlas.json.parks.find((p) => parkCounties(p).length > 1) ?? atlas.json.parks[0];
  const selections = [null, { kind: 'park', id: park.id }, { kind: 'county', id: atlas.json.counties[0].adcode }] as const;
  const layers = (['zh', 'en'] as const).flatMap((lang) => [null, ...atlas.circles.map((c) => c.id)].flatMap((circle) => selections.flatMap((selection) =>
    OVERLAYS.flatMap((o) => styleOf(o, atlas, { theme: THEME, lang, circle, construction: true, selection: selection as never })))));
  return [...layers, ...whatIfLayers(THEME, ['a'], ['b'], '#000')].filter((l) => 'source' in l && l.source === SOURCES.counties);
}

describe('the county source of the map', () => {
  it('carries every property a layer on it reads, and no other', () => {
    const layers = countySourceLayers();
    expect(layers.length).toBeGreaterThan(5);
    const read = readKeys(layers.map((l) => [(l as { filter?: unknown }).filter, (l as { paint?: unknown }).paint, (l as { layout?: unknown }).layout]));
    expect(read.size).toBeGreaterThan(0);
    for (const key of read) expect(COUNTY_SOURCE_KEYS, `a county layer reads '${key}'`).toContain(key);
    // adcode is the feature id (promoteId) the pointer and the feature-state use, read or not
    expect([...COUNTY_SOURCE_KEYS].sort()).toEqual([...new Set([...read, 'adcode'])].sort());
  });

  it('keeps every county and its geometry, with those properties only', () => {
    const data = countySourceData(atlas.counties);
    expect(data.features.length).toBe(atlas.counties.features.length);
    data.features.forEach((f, i) => {
      const full = atlas.counties.features[i];
      expect(f.geometry).toBe(full.geometry);
      expect(Object.keys(f.properties).sort()).toEqual([...COUNTY_SOURCE_KEYS].sort());
      for (const k of COUNTY_SOURCE_KEYS) expect(f.properties[k]).toEqual(full.properties[k]);
    });
    expect(JSON.stringify(data).length).toBeLessThan(JSON.stringify(atlas.counties).length);
  });
});
