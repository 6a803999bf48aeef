/**
 * Layer specs for the parks: markers styled by kind, accuracy rings, labels, and the highlight of
 * the counties a selected zone spans. Pure functions of (theme, lang) so a test can check them.
 *
 * Which layers take a click is declared in the overlay's registry record (overlays/parks.ts): the
 * markers do; their labels, a 100 km ring or a highlighted county must not swallow clicks on the
 * counties below (issue 12 item 5: a park's label over a county's name took the county's click).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { ParkKind } from '../data/park-types.ts';
import type { Lang } from '../state/permalink.ts';
import { labelMaxWidth } from './label-wrap.ts';
import { LABEL_FONTS, type Theme } from './theme.ts';

export const PARK_SOURCES = { points: 'park-points', rings: 'park-rings' } as const;
/** The county source of MapView (county-layers.ts SOURCES.counties). */
const COUNTIES = 'counties';

/** Kind → marker look. Colours chosen apart from the four circle fills (red, blue, green, purple). */
export const PARK_KIND_STYLE: Record<ParkKind, { fill: string; stroke: string; radius: number }> = {
  'co-built-park': { fill: '#ff9f1c', stroke: '#4a2a00', radius: 7 },
  'cooperation-zone': { fill: '#00a6a6', stroke: '#003d3d', radius: 7 },
  'national-platform': { fill: '#ffffff', stroke: '#c2185b', radius: 7.5 },
  'flagship-project': { fill: '#222222', stroke: '#ffffff', radius: 6.5 },
};
export const PARK_KINDS = Object.keys(PARK_KIND_STYLE) as ParkKind[];

const byKind = (key: 'fill' | 'stroke' | 'radius', fallback: string | number): ExpressionSpecification =>
  ['match', ['get', 'kind'], ...PARK_KINDS.flatMap((k) => [k, PARK_KIND_STYLE[k][key]]), fallback] as unknown as ExpressionSpecification;

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

export function parkLabelField(lang: Lang): ExpressionSpecification {
  return lang === 'en' ? ['get', 'labelEn'] : ['get', 'labelZh'];
}

/** Counties spanned by the selected zone; an empty list matches nothing. */
export function zoneFilter(adcodes: readonly string[]): FilterSpecification {
  return ['in', ['get', 'adcode'], ['literal', [...adcodes]]];
}

/**
 * Below the county labels: zone highlight (the counties of the selected zone) and rings. Rings of
 * every park only from zoom 9 (lightly, the selected one stronger); below zoom 9 only the selected
 * park's ring is built at all — not a ring per park at opacity 0 (issue 11, "Performance that must hold").
 */
export function parkUnderLayers(theme: Theme, zone: readonly string[] = [], selectedPark: string | null = null): LayerSpecification[] {
  const theSelected: FilterSpecification = ['==', ['get', 'id'], selectedPark ?? ''];
  return [
    // Light on purpose: it sits over the circle fill and under the ring; the outline carries the meaning.
    { id: 'zone-fill', type: 'fill', source: COUNTIES, filter: zoneFilter(zone), paint: { 'fill-color': theme.selected, 'fill-opacity': 0.08 } },
    { id: 'zone-line', type: 'line', source: COUNTIES, filter: zoneFilter(zone), paint: { 'line-color': theme.selected, 'line-width': 2.5 } },
    { id: 'ring-fill', type: 'fill', source: PARK_SOURCES.rings, minzoom: 9, paint: { 'fill-color': byKind('fill', '#888'), 'fill-opacity': ['case', selected, 0.07, 0.04] } },
    {
      id: 'ring-line', type: 'line', source: PARK_SOURCES.rings, minzoom: 9,
      paint: { 'line-color': byKind('stroke', '#444'), 'line-width': 1.2, 'line-dasharray': [2, 2], 'line-opacity': ['case', selected, 0.9, 0.35] },
    },
    { id: 'ring-selected-fill', type: 'fill', source: PARK_SOURCES.rings, maxzoom: 9, filter: theSelected, paint: { 'fill-color': byKind('fill', '#888'), 'fill-opacity': 0.07 } },
    {
      id: 'ring-selected-line', type: 'line', source: PARK_SOURCES.rings, maxzoom: 9, filter: theSelected,
      paint: { 'line-color': byKind('stroke', '#444'), 'line-width': 1.2, 'line-dasharray': [2, 2], 'line-opacity': 0.9 },
    },
  ];
}

/** On top of everything: the markers, and the collider that keeps lower names off them. */
export function parkTopLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'park-point', type: 'circle', source: PARK_SOURCES.points,
      paint: {
        'circle-color': byKind('fill', '#888'),
        // smaller at the national zoom, so markers do not bury the circles (issue 11)
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, ['*', 0.55, ['+', byKind('radius', 6), ['case', selected, 2.5, hovered, 1.5, 0]]],
          8, ['+', byKind('radius', 6), ['case', selected, 2.5, hovered, 1.5, 0]]],
        'circle-stroke-color': ['case', selected, theme.selected, byKind('stroke', '#333')],
        'circle-stroke-width': ['case', selected, 3, ['==', ['get', 'kind'], 'national-platform'], 2.5, 1.8],
      },
    },
    // An invisible glyph the size of the marker, placed before every lower label (slot order): county
    // and station names then make way for the marker instead of being drawn under it (issue 11).
    {
      id: 'park-collider', type: 'symbol', source: PARK_SOURCES.points,
      layout: {
        'text-field': '●', 'text-font': LABEL_FONTS, 'text-size': ['interpolate', ['linear'], ['zoom'], 5, 9, 8, 17],
        'text-allow-overlap': true, 'text-ignore-placement': false, 'text-padding': 1,
      },
      paint: { 'text-opacity': 0 },
    },
  ];
}

/**
 * Park names, from zoom 7. They sit below the county names (slot `minor-label`, overlays/parks.ts), so
 * MapLibre places them after: a county keeps its own name and a park's name moves to another side of
 * its marker or is left out (a county lost its own name to a zone's label drawn over it, issue 12).
 */
export function parkLabelLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'park-label', type: 'symbol', source: PARK_SOURCES.points, minzoom: 7,
      layout: {
        'text-field': parkLabelField(lang), 'text-font': LABEL_FONTS, 'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10.5, 11, 13],
        // national platforms are named first, then parks, zones and projects (PARK_KINDS order)
        'symbol-sort-key': ['match', ['get', 'kind'], ...PARK_KINDS.flatMap((k) => [k, k === 'national-platform' ? 0 : 1 + PARK_KINDS.indexOf(k)]), 9] as unknown as ExpressionSpecification,
        'text-max-width': labelMaxWidth(lang, parkLabelField(lang), 9), 'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.9, 'text-justify': 'auto',
      },
      paint: { 'text-color': '#3a2300', 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.6 },
    },
  ];
}

export function parkLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [...parkUnderLayers(theme), ...parkTopLayers(theme), ...parkLabelLayers(theme, lang)];
}

/** Layers that take a click (overlays/parks.ts routes it): the marker only; labels take no clicks. */
export const PARK_CLICK_LAYERS = ['park-point'] as const;
