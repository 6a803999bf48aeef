/**
 * The offline base style: no tiles, no glyphs, no sprite — the page makes no request outside its
 * origin. Omitting `glyphs` makes MapLibre draw text locally (style spec, "glyphs" is optional):
 * https://maplibre.org/maplibre-style-spec/glyphs/
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Theme } from './theme.ts';

export function baseStyle(theme: Theme): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': theme.sea } }],
  };
}
