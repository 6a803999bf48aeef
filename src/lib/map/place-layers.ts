/**
 * Layer specs of the place layer (issue 11): a label hierarchy after protomaps basemaps — province
 * names only at the national zoom, circle names on the circles at low zoom, core cities strongest
 * at every zoom, prefecture seats next. Layers higher in the list are placed first by MapLibre, and
 * `symbol-sort-key` orders the names inside one layer; the selected circle's core is drawn by its own
 * layer that ignores collisions, so it is never hidden.
 * https://maplibre.org/maplibre-style-spec/layers/#symbol-sort-key
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../state/permalink.ts';
import { labelMaxWidth } from './label-wrap.ts';
import { LABEL_FONTS, type Theme } from './theme.ts';

export const PLACE_SOURCE = 'places';
/** The layers whose rendered features are the visible place names (e2e reads them). */
export const PLACE_LABEL_LAYERS = ['place-province', 'place-circle', 'place-seat-label', 'place-core-label', 'place-core-selected'] as const;

const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];

/** Place names wrap at this many ems (English: wider for long names, label-wrap.ts). */
export const PLACE_NAME_MAX_EMS: Record<Lang, number> = { zh: 10, en: 8 };
/** The circle names' size: [zoom, px] stops of a linear interpolation, clamped outside them. */
export const CIRCLE_NAME_SIZE = [[4, 12], [7, 15]] as const;
export function circleNameSizePx(zoom: number): number {
  const [[z0, s0], [z1, s1]] = CIRCLE_NAME_SIZE;
  return s0 + ((Math.min(Math.max(zoom, z0), z1) - z0) / (z1 - z0)) * (s1 - s0);
}

export function placeLayers(theme: Theme, lang: Lang, selectedCircle: string | null): LayerSpecification[] {
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
    { id: 'place-circle', type: 'symbol', source: PLACE_SOURCE, maxzoom: 7.5, filter: kind('circle'),
      layout: label(['interpolate', ['linear'], ['zoom'], ...CIRCLE_NAME_SIZE.flat()], { 'text-optional': true, 'text-variable-anchor': ['bottom', 'top', 'center'], 'text-radial-offset': 0.9 }) as never,
      paint: { 'text-color': ['get', 'color'], 'text-halo-color': '#ffffff', 'text-halo-width': 2 } },
    { id: 'place-seat-dot', type: 'circle', source: PLACE_SOURCE, minzoom: 6, filter: kind('prefecture-seat'),
      paint: { 'circle-radius': 3, 'circle-color': '#ffffff', 'circle-stroke-color': theme.label, 'circle-stroke-width': 1.2 } },
    { id: 'place-seat-label', type: 'symbol', source: PLACE_SOURCE, minzoom: 6, filter: kind('prefecture-seat'),
      layout: label(['interpolate', ['linear'], ['zoom'], 6, 11, 10, 14], nearDot) as never,
      paint: { 'text-color': theme.label, ...halo } },
    { id: 'place-core-dot', type: 'circle', source: PLACE_SOURCE, filter: kind('core'),
      paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 3.5, 9, 5.5], 'circle-color': theme.label, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 } },
    { id: 'place-core-label', type: 'symbol', source: PLACE_SOURCE, filter: ['all', kind('core'), ['!', isSelectedCore]],
      layout: label(['interpolate', ['linear'], ['zoom'], 4, 13, 10, 17], nearDot) as never,
      paint: { 'text-color': theme.label, ...halo } },
    { id: 'place-core-selected', type: 'symbol', source: PLACE_SOURCE, filter: isSelectedCore,
      layout: label(['interpolate', ['linear'], ['zoom'], 4, 14, 10, 18], { ...nearDot, 'text-allow-overlap': true, 'text-ignore-placement': false }) as never,
      paint: { 'text-color': theme.label, ...halo } },
  ];
}
