/** The county fill, boundaries and highlight; a click selects the county (its panel: CountyPanel, loaded on first use). */
import { countyLayers } from '../map/county-layers.ts';
import { SOURCES } from '../map/county-layers.ts';
import { countyLegend } from './legend-lines.ts';
import { idOf, type Overlay } from './overlay.ts';
import { bySlot } from './slots.ts';

export const counties: Overlay = {
  id: 'counties', labelKey: 'layerCounties', defaultOn: true,
  sources: () => ({}), // the shared county sources are the map's (MapView)
  layers: (atlas, s) => bySlot(countyLayers(atlas.circles, s.theme), {
    'county-fill': 'fill', 'county-tint': 'fill', 'county-hatch': 'pattern', 'county-overlap': 'pattern',
    'county-line': 'boundary', 'prefecture-line': 'boundary', 'county-highlight': 'highlight',
  }),
  click: { layers: ['county-fill'], select: (f) => { const id = idOf(f, 'adcode'); return id ? { kind: 'county', id } : null; } },
  selects: { kind: 'county', sources: [SOURCES.counties], panel: () => import('../panels/CountyPanel.svelte') },
  legend: countyLegend,
};
