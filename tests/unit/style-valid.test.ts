/**
 * Every layer the app can put on the map, from the overlay registry and the map's own land and
 * what-if layers, for every language, circle, construction switch and kind of selection, is valid
 * against the MapLibre style spec. The production build adds its layers without MapLibre's runtime
 * validation (slots.ts addInSlot), so this is where an invalid layer is caught.
 */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { landLayers, SOURCES } from '../../src/lib/map/county-layers.ts';
import { THEME } from '../../src/lib/map/theme.ts';
import { WHAT_IF_SOURCE, whatIfLayers } from '../../src/lib/map/what-if-layers.ts';
import type { StyleInput } from '../../src/lib/overlays/overlay.ts';
import { OVERLAYS, styleOf } from '../../src/lib/overlays/registry.ts';
import type { Selection } from '../../src/lib/state/permalink.ts';
import { loadAtlas } from './load-built-atlas.ts';

const atlas = loadAtlas();
const empty: SourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
const sources: Record<string, SourceSpecification> = Object.fromEntries([
  ...Object.values(SOURCES), WHAT_IF_SOURCE, ...OVERLAYS.flatMap((o) => Object.keys(o.sources(atlas))),
].map((id) => [id, empty]));

function allLayers(input: StyleInput): LayerSpecification[] {
  const [a, b] = atlas.counties.features.map((f) => f.properties.adcode);
  return [...landLayers(input.theme), ...OVERLAYS.flatMap((o) => styleOf(o, atlas, input)), ...whatIfLayers(input.theme, [a], [b], '#123456')];
}

describe('the whole style the app can draw', () => {
  const selections: (Selection | null)[] = [
    null,
    { kind: 'county', id: atlas.counties.features[0].properties.adcode },
    { kind: 'park', id: atlas.json.parks[0].id },
    { kind: 'station', id: atlas.json.rail.stations[0].id },
  ];
  for (const lang of ['zh', 'en'] as const) {
    it(`validates against the MapLibre style spec in ${lang}, for every circle, construction switch and kind of selection`, () => {
      const errors: string[] = [];
      for (const circle of [null, ...atlas.circles.map((c) => c.id)]) for (const construction of [false, true]) for (const selection of selections) {
        const layers = allLayers({ theme: THEME, lang, circle, construction, selection });
        const ids = layers.map((l) => l.id);
        if (new Set(ids).size !== ids.length) errors.push(`duplicate layer ids (${circle}, ${construction}, ${selection?.kind})`);
        for (const e of validateStyleMin({ version: 8, sources, layers } as never)) errors.push(`${circle}/${construction}/${selection?.kind}: ${e.message}`);
      }
      expect(errors).toEqual([]);
    });
  }

  it('can fail: a layer with a misspelt paint property is reported', () => {
    const layers = [...allLayers({ theme: THEME, lang: 'zh', circle: null, construction: false, selection: null })];
    layers[1] = { ...layers[1], paint: { 'fill-colour': '#000' } } as unknown as LayerSpecification;
    expect(validateStyleMin({ version: 8, sources, layers } as never).length).toBeGreaterThan(0);
  });
});
