/**
 * Layer specs for rail: lines by kind (width and colour), under-construction lines dashed, stations
 * as small circles with labels from zoom 8. Pure functions of (theme, lang) so a test can check them.
 * Which layers take a click is declared in the overlay's registry record (overlays/rail.ts).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LineKind, LineStatus } from '../data/rail-types.ts';
import type { Lang } from '../state/permalink.ts';
import { LABEL_FONTS, type Theme } from './theme.ts';

export const RAIL_SOURCES = { lines: 'rail-lines', stations: 'rail-stations' } as const;

/** Dark greys and a brown: readable over every circle fill, and apart from the park markers. */
export const RAIL_KIND_STYLE: Record<LineKind, { color: string; width: number }> = {
  hsr: { color: '#1b1b1b', width: 2.6 },
  intercity: { color: '#5a5a5a', width: 2 },
  suburban: { color: '#8c5a2b', width: 1.8 },
};
export const RAIL_KINDS = Object.keys(RAIL_KIND_STYLE) as LineKind[];
/** line-dasharray is in units of the line width. */
export const CONSTRUCTION_DASH = [2, 1.5];

const byKind = (key: 'color' | 'width', fallback: string | number): ExpressionSpecification =>
  ['match', ['get', 'kind'], ...RAIL_KINDS.flatMap((k) => [k, RAIL_KIND_STYLE[k][key]]), fallback] as unknown as ExpressionSpecification;

/** One layer per status: line-dasharray cannot be data-driven, so status is a filter, not an expression. */
function lineLayer(status: LineStatus): LayerSpecification {
  return {
    id: `rail-line-${status}`, type: 'line', source: RAIL_SOURCES.lines,
    filter: ['==', ['get', 'status'], status],
    layout: { 'line-join': 'round', 'line-cap': status === 'open' ? 'round' : 'butt' },
    paint: {
      'line-color': byKind('color', '#333'),
      'line-width': ['interpolate', ['linear'], ['zoom'], 6, ['*', 0.7, byKind('width', 2)], 10, ['*', 1.4, byKind('width', 2)]],
      ...(status === 'construction' ? { 'line-dasharray': CONSTRUCTION_DASH, 'line-opacity': 0.85 } : {}),
    },
  };
}

export function stationLabelField(lang: Lang): ExpressionSpecification {
  return lang === 'en' ? ['get', 'nameEn'] : ['get', 'nameZh'];
}

export function railLineLayers(theme: Theme): LayerSpecification[] {
  return [
    // A light casing under open lines keeps them legible where they cross the circle fills.
    { id: 'rail-casing', type: 'line', source: RAIL_SOURCES.lines, filter: ['==', ['get', 'status'], 'open'], layout: { 'line-join': 'round' }, paint: { 'line-color': theme.labelHalo, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 3, 10, 6] } },
    lineLayer('open'),
    lineLayer('construction'),
  ];
}

export function stationLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
  const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
  return [
    {
      id: 'station-point', type: 'circle', source: RAIL_SOURCES.stations,
      paint: {
        'circle-color': '#ffffff',
        // zoom may only be the input of a top-level interpolate, so the state bump sits inside each stop.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ['+', 2.2, ['case', selected, 2.5, hovered, 1.5, 0]], 10, ['+', 4.5, ['case', selected, 2.5, hovered, 1.5, 0]]],
        'circle-stroke-color': ['case', selected, theme.selected, '#1b1b1b'],
        'circle-stroke-width': ['case', selected, 2.5, 1.3],
      },
    },
    {
      id: 'station-label', type: 'symbol', source: RAIL_SOURCES.stations, minzoom: 8.5,
      layout: {
        'text-field': stationLabelField(lang), 'text-font': LABEL_FONTS, 'text-size': 10.5,
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'], 'text-radial-offset': 0.7,
      },
      paint: { 'text-color': '#333', 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.4 },
    },
  ];
}

export function railLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [...railLineLayers(theme), ...stationLayers(theme, lang)];
}

/** The station marker takes clicks; its label does not, so it cannot take a click meant for the county under it (issue 12 item 5). */
export const STATION_CLICK_LAYERS = ['station-point'] as const;
