/**
 * The commute estimate: a choropleth of minutes over the counties (build time: docs/COMMUTE.md) and
 * the core centres the times end at. Clicks fall through to the counties (the county panel shows the
 * time and its legs); its explanation and legend sit in the sidebar while it is on (CommutePanel).
 */
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import { commuteLayers } from '../map/commute-layers.ts';
import { COMMUTE_CORE_SOURCE, commuteCoreLayers, commuteCorePoints } from '../map/commute-core-layers.ts';
import type { Overlay } from './overlay.ts';
import { commuteLegend } from './legend-lines.ts';
import { inSlot } from './slots.ts';

export const commute: Overlay = {
  id: 'commute', labelKey: 'layerCommute', defaultOn: false,
  sources: (atlas): Record<string, GeoJSONSourceSpecification> => (atlas.json.commute ? { [COMMUTE_CORE_SOURCE]: { type: 'geojson', data: commuteCorePoints(atlas.json.commute) } } : {}),
  layers: (atlas, s) => {
    const c = atlas.json.commute;
    return c ? [...inSlot('thematic', commuteLayers(c.counties, s.construction, s.circle)), ...inSlot('marker', commuteCoreLayers(s.theme, s.lang))] : [];
  },
  legend: commuteLegend,
  sidebar: () => import('../panels/CommutePanel.svelte'),
};
