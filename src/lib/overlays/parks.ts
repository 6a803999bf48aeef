/**
 * Parks and zones: markers by kind, accuracy rings, and the counties a selected zone spans. A click
 * on a marker selects the park (its panel: ParkPanel); labels take no clicks, the county under them does.
 */
import { accuracyRings, parkCounties, parkPoints } from '../map/park-features.ts';
import { PARK_CLICK_LAYERS, PARK_SOURCES, parkTopLayers, parkUnderLayers } from '../map/park-layers.ts';
import ParkPanel from '../panels/ParkPanel.svelte';
import ParksLegend from './ParksLegend.svelte';
import { idOf, type Overlay } from './overlay.ts';
import { inSlot } from './slots.ts';

export const parks: Overlay = {
  id: 'parks', labelKey: 'layerParks', defaultOn: true,
  sources: (atlas) => ({
    [PARK_SOURCES.points]: { type: 'geojson', data: parkPoints(atlas.json.parks), promoteId: 'id' },
    [PARK_SOURCES.rings]: { type: 'geojson', data: accuracyRings(atlas.json.parks), promoteId: 'id' },
  }),
  layers: (atlas, s) => {
    const park = s.selection?.kind === 'park' ? atlas.json.parks.find((p) => p.id === s.selection!.id) : undefined;
    const zone = park ? parkCounties(park) : [];
    return [...inSlot('zone', parkUnderLayers(s.theme, zone.length > 1 ? zone : [])), ...inSlot('marker', parkTopLayers(s.theme, s.lang))];
  },
  click: { layers: PARK_CLICK_LAYERS, select: (f) => { const id = idOf(f, 'id'); return id ? { kind: 'park', id } : null; } },
  selects: { kind: 'park', sources: Object.values(PARK_SOURCES), panel: ParkPanel },
  legend: ParksLegend,
};
