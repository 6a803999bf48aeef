/** Rail lines by kind and status, and stations (dots and names); a click on a station selects it (StationPanel). */
import { railLines, stationPoints } from '../map/rail-features.ts';
import { RAIL_SOURCES, railLineLayers, STATION_CLICK_LAYERS, stationLayers, stationPointLayers } from '../map/rail-layers.ts';
import { railLegend } from './legend-lines.ts';
import { idOf, type Overlay } from './overlay.ts';
import { inSlot } from './slots.ts';

export const rail: Overlay = {
  id: 'rail', labelKey: 'layerRail', defaultOn: true,
  sources: (atlas) => ({
    [RAIL_SOURCES.lines]: { type: 'geojson', data: railLines(atlas.json.rail) },
    [RAIL_SOURCES.stations]: { type: 'geojson', data: stationPoints(atlas.json.rail), promoteId: 'id' },
  }),
  // the dots in their own slots: hubs placed before the county names, the other stations after them (slots.ts)
  layers: (_atlas, s) => {
    const dots = stationPointLayers(s.theme);
    return [...inSlot('network', [...railLineLayers(s.theme), ...stationLayers(s.theme, s.lang)]), ...inSlot('station', [dots.others]), ...inSlot('hub', [dots.hubs])];
  },
  click: { layers: STATION_CLICK_LAYERS, select: (f) => { const id = idOf(f, 'id'); return id ? { kind: 'station', id } : null; } },
  selects: { kind: 'station', sources: [RAIL_SOURCES.stations], panel: () => import('../panels/StationPanel.svelte') },
  legend: railLegend,
};
