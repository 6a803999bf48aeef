/**
 * The commute estimate: a choropleth of minutes over the counties (build time: docs/COMMUTE.md).
 * Clicks fall through to the counties (the county panel shows the time); its explanation and legend
 * sit in the sidebar while it is on (CommutePanel).
 */
import { commuteLayers } from '../map/commute-layers.ts';
import CommutePanel from '../panels/CommutePanel.svelte';
import type { Overlay } from './overlay.ts';
import { inSlot } from './slots.ts';

export const commute: Overlay = {
  id: 'commute', labelKey: 'layerCommute', defaultOn: false,
  sources: () => ({}),
  layers: (atlas, s) => {
    const c = atlas.json.commute;
    return c ? inSlot('thematic', commuteLayers(c.counties, s.construction, s.circle)) : [];
  },
  sidebar: CommutePanel,
};
