/** Circle outlines (core solid, extended dashed). Not clickable: clicks reach the counties. */
import { outlineLayers } from '../map/county-layers.ts';
import { outlineLegend } from './legend-lines.ts';
import type { Overlay } from './overlay.ts';
import { inSlot } from './slots.ts';

export const outlines: Overlay = {
  id: 'outlines', labelKey: 'layerOutlines', defaultOn: true,
  sources: () => ({}),
  layers: (atlas) => inSlot('outline', outlineLayers(atlas.circles)),
  legend: outlineLegend,
};
