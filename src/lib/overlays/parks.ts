/**
 * Parks and zones: markers by kind, accuracy rings, and the counties a selected zone spans. The park
 * list's filters hide the other parks' markers, labels and rings (the open park stays). A click on a
 * marker selects the park (its panel: ParkPanel, loaded on first use); labels take no clicks, the county under them does.
 */
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Atlas } from '../data/decode-atlas.ts';
import { filterParks, isFiltered, type ParkFilter } from '../data/park-filter.ts';
import { accuracyRings, parkCounties, parkPoints } from '../map/park-features.ts';
import { PARK_CLICK_LAYERS, PARK_SOURCES, parkLabelLayers, parkTopLayers, parkUnderLayers } from '../map/park-layers.ts';
import { parkLegend } from './legend-lines.ts';
import { idOf, type Overlay } from './overlay.ts';
import { inSlot } from './slots.ts';

/** The parks the list shows under the filter (the same rule: data/park-filter.ts), plus the open one. */
function shownIds(atlas: Atlas, filter: ParkFilter, selected: string | undefined): string[] {
  const ids = filterParks(atlas.json.parks, filter).map((p) => p.id);
  return selected && !ids.includes(selected) ? [...ids, selected] : ids;
}

/** Markers, labels and rings of the park sources keep only `ids`; the zone layers (county source) are left alone. */
function onlyParks(layer: LayerSpecification, ids: readonly string[]): LayerSpecification {
  if (!('source' in layer) || !(Object.values(PARK_SOURCES) as string[]).includes(layer.source as string)) return layer;
  const keep: FilterSpecification = ['in', ['get', 'id'], ['literal', [...ids]]];
  const own = 'filter' in layer ? layer.filter : undefined;
  return { ...layer, filter: own ? ['all', own, keep] : keep } as LayerSpecification;
}

export const parks: Overlay = {
  id: 'parks', labelKey: 'layerParks', defaultOn: true,
  sources: (atlas) => ({
    [PARK_SOURCES.points]: { type: 'geojson', data: parkPoints(atlas.json.parks), promoteId: 'id' },
    [PARK_SOURCES.rings]: { type: 'geojson', data: accuracyRings(atlas.json.parks), promoteId: 'id' },
  }),
  layers: (atlas, s) => {
    const park = s.selection?.kind === 'park' ? atlas.json.parks.find((p) => p.id === s.selection!.id) : undefined;
    const zone = park ? parkCounties(park) : [];
    const layers = [...inSlot('zone', parkUnderLayers(s.theme, zone.length > 1 ? zone : [], park?.id ?? null)), ...inSlot('minor-label', parkLabelLayers(s.theme, s.lang)), ...inSlot('marker', parkTopLayers(s.theme))];
    return s.parkFilter && isFiltered(s.parkFilter) ? layers.map((l) => onlyParks(l, shownIds(atlas, s.parkFilter!, park?.id))) : layers;
  },
  click: { layers: PARK_CLICK_LAYERS, select: (f) => { const id = idOf(f, 'id'); return id ? { kind: 'park', id } : null; } },
  selects: { kind: 'park', sources: Object.values(PARK_SOURCES), panel: () => import('../panels/ParkPanel.svelte') },
  legend: parkLegend,
};
