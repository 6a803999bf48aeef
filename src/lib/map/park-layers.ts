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
import { markerImageId, markerUnitPx } from './marker-images.ts';
import type { MarkerShape } from './marker-shapes.ts';
import { LABEL_FONTS, type Theme } from './theme.ts';

export const PARK_SOURCES = { points: 'park-points', rings: 'park-rings' } as const;
/** The county source of MapView (county-layers.ts SOURCES.counties). */
const COUNTIES = 'counties';

/**
 * Kind → marker look: a shape of its own per kind (none round: a round dot is a station, issue 11 —
 * the black project dots on a rail line read as stations), filled with the kind's colour and ringed.
 * Colours kept apart from the circle fills (red, blue, green, purple, cyan, brown). `radius` in px at zoom 8.
 */
export const PARK_KIND_STYLE: Record<ParkKind, { shape: MarkerShape; fill: string; stroke: string; radius: number }> = {
  'co-built-park': { shape: 'square', fill: '#ff9f1c', stroke: '#4a2a00', radius: 7 },
  'cooperation-zone': { shape: 'hexagon', fill: '#00a6a6', stroke: '#003d3d', radius: 7 },
  'national-platform': { shape: 'diamond', fill: '#c2185b', stroke: '#ffffff', radius: 7.5 },
  'flagship-project': { shape: 'triangle', fill: '#ffd23f', stroke: '#3d3000', radius: 7 },
};
export const PARK_KINDS = Object.keys(PARK_KIND_STYLE) as ParkKind[];
/**
 * Ring width (the marker's outline) in px at zoom 5 and 8, thinner on the small markers of the national
 * zoom (the icon's field allows 6 / 20 of the radius: marker-images.ts); the selected marker's ring is
 * the theme's selection colour.
 */
export const PARK_RING = { z5: { normal: 0.9, hover: 1, selected: 1.1 }, z8: { normal: 1.4, hover: 1.8, selected: 2 } } as const;

const byKind = (key: 'fill' | 'stroke' | 'radius' | 'shape', fallback: string | number): ExpressionSpecification =>
  ['match', ['get', 'kind'], ...PARK_KINDS.flatMap((k) => [k, key === 'shape' ? markerImageId(PARK_KIND_STYLE[k].shape) : PARK_KIND_STYLE[k][key]]), fallback] as unknown as ExpressionSpecification;

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
 * The zone layers and the selected ring are hidden while there is no zone or park to show: a hidden
 * layer is not tiled, and with no other ring layer below zoom 9 the ring source is not even loaded
 * at the first picture (map-layer.ts `restyle` keeps a spec's own `visibility: 'none'`).
 */
export function parkUnderLayers(theme: Theme, zone: readonly string[] = [], selectedPark: string | null = null): LayerSpecification[] {
  const theSelected: FilterSpecification = ['==', ['get', 'id'], selectedPark ?? ''];
  const shownIf = (shown: boolean) => ({ visibility: shown ? 'visible' : 'none' }) as const;
  return [
    // Light on purpose: it sits over the circle fill and under the ring; the outline carries the meaning.
    { id: 'zone-fill', type: 'fill', source: COUNTIES, filter: zoneFilter(zone), layout: shownIf(zone.length > 0), paint: { 'fill-color': theme.selected, 'fill-opacity': 0.08 } },
    { id: 'zone-line', type: 'line', source: COUNTIES, filter: zoneFilter(zone), layout: shownIf(zone.length > 0), paint: { 'line-color': theme.selected, 'line-width': 2.5 } },
    { id: 'ring-fill', type: 'fill', source: PARK_SOURCES.rings, minzoom: 9, paint: { 'fill-color': byKind('fill', '#888'), 'fill-opacity': ['case', selected, 0.07, 0.04] } },
    {
      id: 'ring-line', type: 'line', source: PARK_SOURCES.rings, minzoom: 9,
      paint: { 'line-color': byKind('stroke', '#444'), 'line-width': 1.2, 'line-dasharray': [2, 2], 'line-opacity': ['case', selected, 0.9, 0.35] },
    },
    { id: 'ring-selected-fill', type: 'fill', source: PARK_SOURCES.rings, maxzoom: 9, filter: theSelected, layout: shownIf(selectedPark !== null), paint: { 'fill-color': byKind('fill', '#888'), 'fill-opacity': 0.07 } },
    {
      id: 'ring-selected-line', type: 'line', source: PARK_SOURCES.rings, maxzoom: 9, filter: theSelected, layout: shownIf(selectedPark !== null),
      paint: { 'line-color': byKind('stroke', '#444'), 'line-width': 1.2, 'line-dasharray': [2, 2], 'line-opacity': 0.9 },
    },
  ];
}

/**
 * The markers: symbols, so they take part in collision (a circle layer does not). Always drawn and
 * placed right after the place names (slot `marker`, overlays/slots.ts): county and park names and
 * station dots (placed after the county names) make way for a park marker instead of being drawn under it (issue 11). The place names
 * come first: a core city's name is never hidden, even where a circle's markers crowd at low zoom.
 * National platforms are drawn over the others where markers meet (a higher sort key draws on top).
 */
export function parkTopLayers(theme: Theme): LayerSpecification[] {
  const zoomed = (f: number): ExpressionSpecification => ['*', f / markerUnitPx('square'), byKind('radius', 6)];
  const ring = (r: Record<'normal' | 'hover' | 'selected', number>): ExpressionSpecification => ['case', selected, r.selected, hovered, r.hover, r.normal];
  return [
    {
      id: 'park-point', type: 'symbol', source: PARK_SOURCES.points,
      layout: {
        'icon-image': byKind('shape', markerImageId('square')),
        // smaller at the national zoom, so markers do not bury the circles
        'icon-size': ['interpolate', ['linear'], ['zoom'], 5, zoomed(0.55), 8, zoomed(1)],
        'icon-allow-overlap': true, 'icon-ignore-placement': false, 'icon-padding': 0,
        'symbol-sort-key': ['match', ['get', 'kind'], ...PARK_KINDS.flatMap((k) => [k, k === 'national-platform' ? 9 : PARK_KINDS.indexOf(k)]), 0] as unknown as ExpressionSpecification,
      },
      paint: {
        'icon-color': byKind('fill', '#888'),
        'icon-halo-color': ['case', selected, theme.selected, byKind('stroke', '#333')],
        'icon-halo-width': ['interpolate', ['linear'], ['zoom'], 5, ring(PARK_RING.z5), 8, ring(PARK_RING.z8)],
      },
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
        'text-max-width': labelMaxWidth(lang, parkLabelField(lang), 9), 'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-justify': 'auto',
        // clear of the marker's own collision box (its icon with the ring's field: up to 11 px from the point at zoom 7)
        'text-radial-offset': 1.2,
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
