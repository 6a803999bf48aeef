/** County names, in the reader's language. Labels take no clicks (the county under them does). */
import { labelLayers } from '../map/county-layers.ts';
import type { Overlay } from './overlay.ts';
import { inSlot } from './slots.ts';

export const labels: Overlay = {
  id: 'labels', labelKey: 'layerLabels', defaultOn: true,
  sources: () => ({}),
  layers: (_atlas, s) => inSlot('label', labelLayers(s.theme, s.lang)),
};
