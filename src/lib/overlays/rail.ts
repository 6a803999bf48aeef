/** Rail lines by kind and status, and stations; a click on a station selects it (StationPanel). */
import { railLines, stationPoints } from '../map/rail-features.ts';
import { RAIL_SOURCES, railLayers, STATION_CLICK_LAYERS } from '../map/rail-layers.ts';
import { railLegend } from './legend-lines.ts';
import { idOf, type Overlay } from './overlay.ts';
import { inSlot } from './slots.ts';

export const rail: Overlay = {
  id: 'rail', labelKey: 'layerRail', defaultOn: true,
  sources: (atlas) => ({
    [RAIL_SOURCES.lines]: { type: 'geojson', data: railLines(atlas.json.rail) },
    [RAIL_SOURCES.stations]: { type: 'geojson', data: stationPoints(atlas.json.rail), promoteId: 'id' },
  }),
  layers: (_atlas, s) => inSlot('network', railLayers(s.theme, s.lang)),
  click: { layers: STATION_CLICK_LAYERS, select: (f) => { const id = idOf(f, 'id'); return id ? { kind: 'station', id } : null; } },
  selects: { kind: 'station', sources: [RAIL_SOURCES.stations], panel: () => import('../panels/StationPanel.svelte') },
  legend: railLegend,
};
