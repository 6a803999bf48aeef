/** Place names for orientation (issue 11): provinces, circles, core cities, prefecture seats. No clicks. */
import { placeFeatures } from '../map/place-features.ts';
import { circleNameLayerId, PLACE_SOURCE, placeLayers } from '../map/place-layers.ts';
import type { Overlay } from './overlay.ts';
import { placeLegend } from './legend-lines.ts';
import { bySlot } from './slots.ts';

export const places: Overlay = {
  id: 'places', labelKey: 'layerPlaces', defaultOn: true,
  sources: (atlas) => ({ [PLACE_SOURCE]: { type: 'geojson', data: placeFeatures(atlas) } }),
  // Names sit in the top slot (placed first); the dots stay under the park markers.
  legend: placeLegend,
  layers: (atlas, s) => bySlot(placeLayers(atlas.circles, s.theme, s.lang, s.circle), {
    'place-province': 'place', ...Object.fromEntries(atlas.circles.map((c) => [circleNameLayerId(c.id), 'place'] as const)),
    'place-seat-dot': 'label', 'place-seat-label': 'place', 'place-core-dot': 'label', 'place-core-label': 'place', 'place-core-selected': 'place',
  }),
};
