/**
 * Layer specs for rail (issue 11, "Symbology"): the three kinds differ in weight, colour and casing —
 * high-speed a heavy black line on a white casing, intercity a hollow line (dark with a white core),
 * conventional/suburban a thin brown line without casing; under-construction lines dashed; stations
 * sized by importance (how many of the data's lines serve them), labels from zoom 8.5, hubs first.
 * Pure functions of (theme, lang) so a test can check them. Which layers take a click is declared in
 * the overlay's registry record (overlays/rail.ts).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { LineKind, LineStatus } from '../data/rail-types.ts';
import type { Lang } from '../state/permalink.ts';
import { labelMaxWidth } from './label-wrap.ts';
import { markerImageId, markerUnitPx } from './marker-images.ts';
import { LABEL_FONTS, type Theme } from './theme.ts';

export const RAIL_SOURCES = { lines: 'rail-lines', stations: 'rail-stations' } as const;

/**
 * Near-black, slate and brown (every hue is taken by a circle fill), told apart by weight as much as
 * colour. `casing`: width of the white line under it (0 = none); `core`: a white line inside it, which
 * makes the intercity line read as a double line. Widths in px at zoom 8 (× 0.7 at 6, × 1.4 at 10).
 */
export const RAIL_KIND_STYLE: Record<LineKind, { color: string; width: number; casing: number; core: number }> = {
  hsr: { color: '#161616', width: 3.2, casing: 6, core: 0 },
  intercity: { color: '#34466b', width: 2.8, casing: 4.6, core: 1 },
  suburban: { color: '#8c5a2b', width: 1.4, casing: 0, core: 0 },
};
export const RAIL_KINDS = Object.keys(RAIL_KIND_STYLE) as LineKind[];
/** line-dasharray is in units of the line width. */
export const CONSTRUCTION_DASH = [2, 1.5];

/**
 * A width that grows with zoom: × 0.7 at zoom 6, × 1 at 8, × 1.4 at 10. Zoom alone is its input, so
 * MapLibre treats it as a camera expression (a uniform), not per-feature data.
 */
const zoomWidth = (px: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 6, 0.7 * px, 8, px, 10, 1.4 * px];

/**
 * One layer per kind (and status), each of constant colour and zoom-only width, rather than one layer
 * whose colour and width are `match`es on the kind: every distinct mix of per-feature and constant
 * paint properties compiles one more GPU program, and under software GL each program costs ~0.1 s on
 * the first paint (docs/BENCH.md, "Shader programs"). These layers share the programs of the county,
 * province and prefecture lines (solid and dashed).
 */
function kindLayer(id: string, kind: LineKind, status: LineStatus, paint: LayerSpecification['paint'], cap: 'round' | 'butt' = 'round'): LayerSpecification {
  return {
    id: `${id}-${kind}`, type: 'line', source: RAIL_SOURCES.lines,
    filter: ['all', ['==', ['get', 'kind'], kind], ['==', ['get', 'status'], status]],
    layout: { 'line-join': 'round', 'line-cap': cap },
    paint,
  } as LayerSpecification;
}

export function stationLabelField(lang: Lang): ExpressionSpecification {
  return lang === 'en' ? ['get', 'nameEn'] : ['get', 'nameZh'];
}

/**
 * Bottom to top: the white casings under open high-speed and intercity lines (legible over the circle
 * fills), the open lines, the dashed lines under construction (line-dasharray cannot be data-driven,
 * so status is a filter), and the intercity line's white core (open lines only: a dashed double line
 * reads as noise).
 */
export function railLineLayers(theme: Theme): LayerSpecification[] {
  const has = (key: 'casing' | 'core') => RAIL_KINDS.filter((k) => RAIL_KIND_STYLE[k][key] > 0);
  return [
    ...has('casing').map((k) => kindLayer('rail-casing', k, 'open', { 'line-color': theme.labelHalo, 'line-width': zoomWidth(RAIL_KIND_STYLE[k].casing) })),
    ...RAIL_KINDS.map((k) => kindLayer('rail-line-open', k, 'open', { 'line-color': RAIL_KIND_STYLE[k].color, 'line-width': zoomWidth(RAIL_KIND_STYLE[k].width) })),
    ...RAIL_KINDS.map((k) => kindLayer('rail-line-construction', k, 'construction',
      { 'line-color': RAIL_KIND_STYLE[k].color, 'line-width': zoomWidth(RAIL_KIND_STYLE[k].width), 'line-dasharray': CONSTRUCTION_DASH, 'line-opacity': 0.8 }, 'butt')),
    ...has('core').map((k) => kindLayer('rail-core', k, 'open', { 'line-color': '#ffffff', 'line-width': zoomWidth(RAIL_KIND_STYLE[k].core) })),
  ];
}

/** Station radius in px at zoom 6 and 10 by the number of lines serving it: 1, 2, 3 or more. */
export const STATION_RADIUS = { z6: [2, 2.8, 3.6], z10: [4, 5.2, 6.6] } as const;
const byLines = (r: readonly number[]): ExpressionSpecification => ['step', ['get', 'lines'], r[0], 2, r[1], 3, r[2]];

/**
 * Station ring width in px (the dot's dark outline) at zoom 6 and 10: a hub's is heavier; a selected one
 * is the theme's selection colour. Hover and selection are thinner on the 2 px dots of zoom 6 (the
 * icon's field allows 6 / 8 of the radius: marker-images.ts).
 */
export const STATION_RING = { z6: { normal: 1.3, hub: 1.8, hover: 1.4, selected: 1.4 }, z10: { normal: 1.3, hub: 1.8, hover: 2, selected: 2.5 } } as const;

/**
 * Station dots start at this zoom. At the national view (zoom ~4 on a desktop, ~3 on a phone) a circle
 * is a few dozen pixels across and its stations were a cluster of 2 px rings on top of it; the lines
 * alone show the network there, and the dots (120 symbols in collision) were the costliest single
 * part of the first picture on a 2-core machine (navigation → ready −4 % in the same rounds,
 * docs/BENCH.md session 7). Every circle's own view is zoom 6 or more, even on a phone, so it shows them.
 */
export const STATION_MIN_ZOOM = 5;

/**
 * The station dot: a white round symbol with a dark ring (marker-images.ts), so it takes part in
 * collision (issue 11): it gives way to a park marker and to the place and county names placed before
 * it (slot `station`, overlays/slots.ts: the counties are what the map is about), park names give way
 * to it, and hubs are placed first. The station names stay in their own layer below. The dot grows with zoom only (icon-size cannot follow feature-state): hover and
 * selection show in its fill and ring.
 */
/**
 * Station dots in two layers of one look: interchanges (two or more of the data's lines) in their own
 * slot placed before the county names, so a hub keeps its dot where a county name would hide it; the
 * other stations after the county names, giving way to them (a county keeps its name). Both give way
 * to park markers and place names (slots.ts).
 */
export function stationPointLayers(theme: Theme): { hubs: LayerSpecification; others: LayerSpecification } {
  const dot = stationPointLayer(theme);
  const hub: FilterSpecification = ['>=', ['get', 'lines'], 2];
  return { hubs: { ...dot, id: 'station-hub', filter: hub } as LayerSpecification, others: { ...dot, filter: ['!', hub] } as LayerSpecification };
}

function stationPointLayer(theme: Theme): LayerSpecification {
  const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
  const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
  const size = (r: readonly number[]): ExpressionSpecification => ['/', byLines(r), markerUnitPx('circle')];
  const ring = (r: Record<'normal' | 'hub' | 'hover' | 'selected', number>): ExpressionSpecification => ['case', selected, r.selected, hovered, r.hover, ['>=', ['get', 'lines'], 3], r.hub, r.normal];
  return {
    id: 'station-point', type: 'symbol', source: RAIL_SOURCES.stations, minzoom: STATION_MIN_ZOOM,
    layout: {
      'icon-image': markerImageId('circle'), 'icon-size': ['interpolate', ['linear'], ['zoom'], 6, size(STATION_RADIUS.z6), 10, size(STATION_RADIUS.z10)],
      'icon-padding': 0, 'symbol-sort-key': ['-', 0, ['get', 'lines']],
    },
    paint: {
      'icon-color': ['case', hovered, '#fff1c2', '#ffffff'],
      'icon-halo-color': ['case', selected, theme.selected, '#1b1b1b'],
      'icon-halo-width': ['interpolate', ['linear'], ['zoom'], 6, ring(STATION_RING.z6), 10, ring(STATION_RING.z10)],
    },
  };
}

/** Station names from zoom 8.5, hubs first (slot `network`: placed after the county names, which keep theirs). */
export function stationLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'station-label', type: 'symbol', source: RAIL_SOURCES.stations, minzoom: 8.5,
      layout: {
        'text-field': stationLabelField(lang), 'text-font': LABEL_FONTS,
        'text-size': ['step', ['get', 'lines'], 10.5, 3, 12],
        // hubs are named first; English names wrap to two lines at most (text-max-width in ems)
        'symbol-sort-key': ['-', 0, ['get', 'lines']], 'text-max-width': labelMaxWidth(lang, stationLabelField(lang), 9),
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'], 'text-radial-offset': 0.8,
      },
      paint: { 'text-color': '#333', 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.4 },
    },
  ];
}

export function railLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  const dots = stationPointLayers(theme);
  return [...railLineLayers(theme), ...stationLayers(theme, lang), dots.others, dots.hubs];
}

/** The station marker takes clicks; its label does not, so it cannot take a click meant for the county under it (issue 12 item 5). */
export const STATION_CLICK_LAYERS = ['station-hub', 'station-point'] as const;
