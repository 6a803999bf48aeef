/**
 * Layer specs for land, counties, boundaries, circle outlines and labels: pure functions of
 * (circles, theme, lang), so a test can check them without a map.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Circle } from '../data/atlas-types.ts';
import type { Lang } from '../state/permalink.ts';
import { LABEL_FONTS, type Theme } from './theme.ts';

export const SOURCES = { land: 'land', provinceLines: 'province-lines', counties: 'counties', countyLines: 'county-lines', prefectureLines: 'prefecture-lines', outlines: 'circle-outlines', labels: 'county-labels', highlight: 'county-highlight' } as const;
export const HATCH_IMAGE = 'partial-hatch';
/** Counties in two or more circles, in the overview: stripes the other way (hatch.ts). */
export const OVERLAP_IMAGE = 'overlap-hatch';

/** ['match', ['get', key], id1, colour1, …, fallback] over the circles. */
export function circleColor(circles: readonly Circle[], key: string, fallback: string): ExpressionSpecification {
  if (circles.length === 0) return ['literal', fallback] as unknown as ExpressionSpecification;
  return ['match', ['get', key], ...circles.flatMap((c) => [c.id, c.color]), fallback] as unknown as ExpressionSpecification;
}

/**
 * Every fill here sets `fill-antialias: false`: MapLibre's antialiasing draws each polygon's outline a
 * second time with another GPU program (fillOutline), which under software GL costs a program compile
 * on the first paint and a pass per frame; the county, prefecture and province lines drawn above
 * already give every edge a clean line (docs/BENCH.md, "Shader programs").
 *
 * Land in two layers of one constant, opaque colour each (the circles' provinces, the context around
 * them): MapLibre draws a constant opaque fill in its cheap opaque pass, a colour that varies by
 * feature in the blended pass (issue 11, "Performance that must hold").
 */
export function landLayers(theme: Theme): LayerSpecification[] {
  const context: ExpressionSpecification = ['==', ['get', 'context'], true];
  return [
    { id: 'land-fill', type: 'fill', source: SOURCES.land, filter: context, paint: { 'fill-antialias': false, 'fill-color': theme.land } },
    { id: 'land-context-fill', type: 'fill', source: SOURCES.land, filter: ['!', context], paint: { 'fill-antialias': false, 'fill-color': theme.landContext } },
    { id: 'province-line', type: 'line', source: SOURCES.provinceLines, paint: { 'line-color': theme.provinceLine, 'line-width': 1.2 } },
  ];
}

const get = (k: string): ExpressionSpecification => ['get', k];
const has = (needle: string, key: string): ExpressionSpecification => ['in', needle, get(key)];

/**
 * The county's coverage: in the selected circle when it is one of its members (feature-state `cov`,
 * circle-state.ts), else its first membership's.
 */
const coverage: ExpressionSpecification = ['coalesce', ['feature-state', 'cov'], get('coverage')];

/**
 * Counties: member fill by circle (extended lighter, partial hatched), boundaries, hover and selection.
 * With a circle selected its members take its colour even when they belong to another circle too;
 * in the overview a county in several circles gets the overlap stripes. No expression here names the
 * selected circle: it reaches the layers as feature-state (circle-state.ts), so a circle click
 * re-tiles nothing.
 */
export function countyLayers(circles: readonly Circle[], theme: Theme): LayerSpecification[] {
  const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
  const isSelected: ExpressionSpecification = ['==', get('role'), 'selected'];
  const fill = circleColor(circles, 'circle', theme.land);
  // the selected circle's colour for its members (feature-state `own`), else the first membership's
  const tint: ExpressionSpecification = circles.length
    ? ['match', ['to-string', ['feature-state', 'own']], ...circles.flatMap((c) => [c.id, c.color]), fill] as unknown as ExpressionSpecification
    : fill;
  return [
    // Every county, never drawn (a constant opacity of 0 is skipped by MapLibre's painter) but there
    // for clicks and hover, which query it: a county outside every circle has a panel too.
    { id: 'county-fill', type: 'fill', source: SOURCES.counties, paint: { 'fill-antialias': false, 'fill-color': theme.land, 'fill-opacity': 0 } },
    // The colour, drawn for member counties only (issue 11: no invisible fill over the rest).
    {
      id: 'county-tint', type: 'fill', source: SOURCES.counties, filter: ['!=', get('circle'), ''],
      paint: {
        'fill-antialias': false,
        'fill-color': tint,
        'fill-opacity': ['case', ['==', coverage, 'extended'], ['case', hovered, 0.35, 0.2], ['case', hovered, 0.7, 0.5]],
      },
    },
    // Hatch over units partial somewhere, shown where partial is the coverage that counts now.
    {
      id: 'county-hatch', type: 'fill', source: SOURCES.counties, filter: ['any', ['==', get('coverage'), 'partial'], has(':partial|', 'coverageIn')],
      paint: { 'fill-antialias': false, 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', ['==', coverage, 'partial'], 0.9, 0] },
    },
    {
      id: 'county-overlap', type: 'fill', source: SOURCES.counties, filter: ['>', get('circleCount'), 1],
      paint: { 'fill-antialias': false, 'fill-pattern': OVERLAP_IMAGE, 'fill-opacity': ['case', ['boolean', ['feature-state', 'picked'], false], 0, 0.9] },
    },
    { id: 'county-line', type: 'line', source: SOURCES.countyLines, paint: { 'line-color': theme.countyLine, 'line-width': 0.6 } },
    { id: 'prefecture-line', type: 'line', source: SOURCES.prefectureLines, paint: { 'line-color': theme.prefectureLine, 'line-width': 1, 'line-dasharray': [3, 2] } },
    // Only the hovered and the selected county are in this source (county-highlight.ts).
    {
      id: 'county-highlight', type: 'line', source: SOURCES.highlight,
      paint: { 'line-color': ['case', isSelected, theme.selected, theme.highlight], 'line-width': ['case', isSelected, 3, 1.5] },
    },
  ];
}

/**
 * Each circle's outline (solid) and extended outline (dashed) as layers of its own constant colour:
 * one layer with a colour `match` per feature would compile two more GPU programs (program-variants.ts);
 * these share the boundary lines' programs. The layers follow the circles, which are data.
 */
export function outlineLayers(circles: readonly Circle[]): LayerSpecification[] {
  const of = (c: Circle, scope: 'core' | 'extended'): FilterSpecification => ['all', ['==', get('scope'), scope], ['==', get('circle'), c.id]];
  return [
    ...circles.map((c): LayerSpecification => ({ id: `circle-outline-${c.id}`, type: 'line', source: SOURCES.outlines, filter: of(c, 'core'), paint: { 'line-color': c.color, 'line-width': 2.5 } })),
    ...circles.map((c): LayerSpecification => ({ id: `circle-outline-extended-${c.id}`, type: 'line', source: SOURCES.outlines, filter: of(c, 'extended'), paint: { 'line-color': c.color, 'line-width': 1.8, 'line-dasharray': [2, 1.5] } })),
  ];
}

export function labelLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  // Member counties are labelled from zoom 6, context counties from zoom 7.5, to keep the overview legible.
  const text: ExpressionSpecification = lang === 'en' ? ['get', 'nameEn'] : ['get', 'name'];
  return [{
    id: 'county-label', type: 'symbol', source: SOURCES.labels,
    filter: ['any', ['!=', ['get', 'circle'], ''], ['>=', ['zoom'], 7.5]],
    minzoom: 6,
    layout: {
      'text-field': text, 'text-font': LABEL_FONTS, 'text-size': ['interpolate', ['linear'], ['zoom'], 6, 10, 10, 14],
      'text-max-width': 6, 'text-variable-anchor': ['center', 'top', 'bottom'], 'text-radial-offset': 0.3,
    },
    paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.4 },
  }];
}
