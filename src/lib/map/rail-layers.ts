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

type KindKey = 'color' | 'width' | 'casing' | 'core';
const byKind = (key: KindKey, fallback: string | number): ExpressionSpecification =>
  ['match', ['get', 'kind'], ...RAIL_KINDS.flatMap((k) => [k, RAIL_KIND_STYLE[k][key]]), fallback] as unknown as ExpressionSpecification;
/** A width by kind that grows with zoom (zoom may only be the input of a top-level interpolate). */
const widthOf = (key: KindKey): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], 6, ['*', 0.7, byKind(key, 0)], 8, byKind(key, 0), 10, ['*', 1.4, byKind(key, 0)]];

/** One layer per status: line-dasharray cannot be data-driven, so status is a filter, not an expression. */
function lineLayer(status: LineStatus): LayerSpecification {
  return {
    id: `rail-line-${status}`, type: 'line', source: RAIL_SOURCES.lines,
    filter: ['==', ['get', 'status'], status],
    layout: { 'line-join': 'round', 'line-cap': status === 'open' ? 'round' : 'butt' },
    paint: {
      'line-color': byKind('color', '#333'),
      'line-width': widthOf('width'),
      ...(status === 'construction' ? { 'line-dasharray': CONSTRUCTION_DASH, 'line-opacity': 0.8 } : {}),
    },
  };
}

export function stationLabelField(lang: Lang): ExpressionSpecification {
  return lang === 'en' ? ['get', 'nameEn'] : ['get', 'nameZh'];
}

export function railLineLayers(theme: Theme): LayerSpecification[] {
  const open: FilterSpecification = ['==', ['get', 'status'], 'open'];
  return [
    // The white casing under open high-speed and intercity lines keeps them legible over the circle fills.
    { id: 'rail-casing', type: 'line', source: RAIL_SOURCES.lines, filter: ['all', open, ['>', byKind('casing', 0), 0]], layout: { 'line-join': 'round' }, paint: { 'line-color': theme.labelHalo, 'line-width': widthOf('casing') } },
    lineLayer('open'),
    lineLayer('construction'),
    // The intercity line's white core (open lines only: a dashed double line reads as noise).
    { id: 'rail-core', type: 'line', source: RAIL_SOURCES.lines, filter: ['all', open, ['>', byKind('core', 0), 0]], layout: { 'line-join': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': widthOf('core') } },
  ];
}

/** Station radius in px at zoom 6 and 10 by the number of lines serving it: 1, 2, 3 or more. */
export const STATION_RADIUS = { z6: [2, 2.8, 3.6], z10: [4, 5.2, 6.6] } as const;
const byLines = (r: readonly number[]): ExpressionSpecification => ['step', ['get', 'lines'], r[0], 2, r[1], 3, r[2]];

export function stationLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
  const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
  const bump: ExpressionSpecification = ['case', selected, 2.5, hovered, 1.5, 0];
  return [
    {
      id: 'station-point', type: 'circle', source: RAIL_SOURCES.stations,
      paint: {
        'circle-color': '#ffffff',
        // zoom may only be the input of a top-level interpolate, so the state bump sits inside each stop.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ['+', byLines(STATION_RADIUS.z6), bump], 10, ['+', byLines(STATION_RADIUS.z10), bump]],
        'circle-stroke-color': ['case', selected, theme.selected, '#1b1b1b'],
        'circle-stroke-width': ['case', selected, 2.5, ['>=', ['get', 'lines'], 3], 1.8, 1.3],
      },
    },
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
  return [...railLineLayers(theme), ...stationLayers(theme, lang)];
}

/** The station marker takes clicks; its label does not, so it cannot take a click meant for the county under it (issue 12 item 5). */
export const STATION_CLICK_LAYERS = ['station-point'] as const;
