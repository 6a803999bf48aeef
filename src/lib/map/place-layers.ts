/**
 * Layer specs of the place layer (issue 11): a label hierarchy after protomaps basemaps — province
 * names only at the national zoom, circle names on the circles at low zoom, core cities strongest
 * at every zoom, prefecture seats next. Layers higher in the list are placed first by MapLibre, and
 * `symbol-sort-key` orders the names inside one layer; the selected circle's core is drawn by its own
 * layer that ignores collisions, so it is never hidden.
 * https://maplibre.org/maplibre-style-spec/layers/#symbol-sort-key
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Circle } from '../data/atlas-types.ts';
import type { Lang } from '../state/permalink.ts';
import { labelMaxWidth } from './label-wrap.ts';
import { markerImageId, markerUnitPx, sharedMarkerPaint } from './marker-images.ts';
import { LABEL_FONTS, type Theme } from './theme.ts';

export const PLACE_SOURCE = 'places';
/** Each circle's name has a layer of its own (placeLayers); the layers follow the circles, which are data. */
export const circleNameLayerId = (circle: string): string => `place-circle-${circle}`;
/** The layers whose rendered features are the visible place names (e2e reads them). */
export function placeNameLayerIds(circles: readonly Pick<Circle, 'id'>[]): string[] {
  return ['place-province', ...circles.map((c) => circleNameLayerId(c.id)), 'place-seat-label', 'place-core-label', 'place-core-selected'];
}


const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];

/** Place names wrap at this many ems (English: wider for long names, label-wrap.ts). */
export const PLACE_NAME_MAX_EMS: Record<Lang, number> = { zh: 10, en: 8 };
/** The circle names' size: [zoom, px] stops of a linear interpolation, clamped outside them. */
export const CIRCLE_NAME_SIZE = [[4, 12], [7, 15]] as const;
/** Prefecture seats (dot and name) from this zoom: at the national view the core cities and provinces name the map. */
export const SEAT_MIN_ZOOM = 6;
/** The prefecture seat's dot radius in px. */
export const SEAT_DOT_RADIUS = 3;
/**
 * How far a circle's name sits above or below its label point, in ems: clear of the core city's dot
 * and name beside it. At 0.9 the names met the core names (placed first) at the whole view and gave
 * way — 2 of 6 shown in English, 4 in Chinese, 1 on a phone; at 1.6 all 6 on a desktop, 5–6 on a phone.
 * Still centred horizontally (anchors bottom, top, centre), as name-room.ts assumes.
 */
export const CIRCLE_NAME_OFFSET_EMS = 1.6;
/** The core-city dot's radius in px at zoom 4 and 9 (linear between, clamped outside). */
export const CORE_DOT_RADIUS = { z4: 3.5, z9: 5.5 } as const;
export function circleNameSizePx(zoom: number): number {
  const [[z0, s0], [z1, s1]] = CIRCLE_NAME_SIZE;
  return s0 + ((Math.min(Math.max(zoom, z0), z1) - z0) / (z1 - z0)) * (s1 - s0);
}

/**
 * A place dot: the round SDF marker (marker-images.ts) of `radius` px, or growing linearly from
 * [zoom, px] to [zoom, px]; drawn whatever else is there and in nobody's way — as the circle layers it
 * replaces were: they took no part in collision.
 */
function dotLayout(radius: number | readonly [number, number, number, number]): Record<string, unknown> {
  const unit = markerUnitPx('circle');
  const size = typeof radius === 'number' ? radius / unit : ['interpolate', ['linear'], ['zoom'], radius[0], radius[1] / unit, radius[2], radius[3] / unit];
  return { 'icon-image': markerImageId('circle'), 'icon-size': size, 'icon-allow-overlap': true, 'icon-ignore-placement': true, 'icon-padding': 0 };
}

/**
 * The place layers, top (placed first) to bottom of the list. Each circle's name is its own layer in the
 * circle's colour, and the core-city and prefecture-seat dots are SDF markers sharing the park and
 * station markers' program (marker-images.ts) rather than circle layers: a name coloured per feature,
 * or a circle layer, would each compile one more GPU program — for the national view, or at the first
 * flight into a circle (docs/BENCH.md session 7).
 */
export function placeLayers(circles: readonly Pick<Circle, 'id' | 'color'>[], theme: Theme, lang: Lang, selectedCircle: string | null): LayerSpecification[] {
  const text: ExpressionSpecification = ['get', lang === 'en' ? 'nameEn' : 'name'];
  const isSelectedCore: ExpressionSpecification = ['all', kind('core'), ['==', ['get', 'circle'], selectedCircle ?? '\u0000']];
  const halo = { 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.6 };
  const label = (size: number | ExpressionSpecification, extra: Record<string, unknown> = {}) => ({
    'text-field': text, 'text-font': LABEL_FONTS, 'text-size': size, 'text-max-width': labelMaxWidth(lang, text, PLACE_NAME_MAX_EMS[lang]),
    'symbol-sort-key': ['get', 'rank'], ...extra,
  });
  const nearDot = { 'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.55, 'text-justify': 'auto' };
  return [
    { id: 'place-province', type: 'symbol', source: PLACE_SOURCE, maxzoom: 6.5, filter: kind('province'),
      layout: label(12, { 'text-letter-spacing': lang === 'zh' ? 0.4 : 0.1, 'text-transform': lang === 'en' ? 'uppercase' : 'none', 'text-padding': 4 }) as never,
      paint: { 'text-color': theme.provinceLabel, ...halo } },
    ...circles.map((c): LayerSpecification => ({
      id: circleNameLayerId(c.id), type: 'symbol', source: PLACE_SOURCE, maxzoom: 7.5, filter: ['all', kind('circle'), ['==', ['get', 'circle'], c.id]],
      layout: label(['interpolate', ['linear'], ['zoom'], ...CIRCLE_NAME_SIZE.flat()], { 'text-optional': true, 'text-variable-anchor': ['bottom', 'top', 'center'], 'text-radial-offset': CIRCLE_NAME_OFFSET_EMS }) as never,
      paint: { 'text-color': c.color, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    })),
    { id: 'place-seat-dot', type: 'symbol', source: PLACE_SOURCE, minzoom: SEAT_MIN_ZOOM, filter: kind('prefecture-seat'),
      layout: dotLayout(SEAT_DOT_RADIUS), paint: sharedMarkerPaint('#ffffff', theme.label, 1.2) },
    { id: 'place-seat-label', type: 'symbol', source: PLACE_SOURCE, minzoom: SEAT_MIN_ZOOM, filter: kind('prefecture-seat'),
      layout: label(['interpolate', ['linear'], ['zoom'], 6, 11, 10, 14], nearDot) as never,
      paint: { 'text-color': theme.label, ...halo } },
    { id: 'place-core-dot', type: 'symbol', source: PLACE_SOURCE, filter: kind('core'),
      layout: dotLayout([4, CORE_DOT_RADIUS.z4, 9, CORE_DOT_RADIUS.z9]), paint: sharedMarkerPaint(theme.label, '#ffffff', 1.5) },
    { id: 'place-core-label', type: 'symbol', source: PLACE_SOURCE, filter: ['all', kind('core'), ['!', isSelectedCore]],
      layout: label(['interpolate', ['linear'], ['zoom'], 4, 13, 10, 17], nearDot) as never,
      paint: { 'text-color': theme.label, ...halo } },
    { id: 'place-core-selected', type: 'symbol', source: PLACE_SOURCE, filter: isSelectedCore,
      layout: label(['interpolate', ['linear'], ['zoom'], 4, 14, 10, 18], { ...nearDot, 'text-allow-overlap': true, 'text-ignore-placement': false }) as never,
      paint: { 'text-color': theme.label, ...halo } },
  ];
}
