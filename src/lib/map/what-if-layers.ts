/**
 * The what-if edit on the map (issue 14), pure: the edited circle's outline (drawn over the plan's),
 * added counties filled and ringed, dropped counties washed out and ringed with a dashed line. The
 * colours are distinct from every circle colour's role: the legend-free reading is "solid green =
 * added, dashed red = dropped", and the banner in the sidebar names both lists.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { SOURCES } from './county-layers.ts';
import type { Theme } from './theme.ts';

export const WHAT_IF_SOURCE = 'what-if-outline';
export const WHAT_IF_COLORS = { added: '#1b7f3b', dropped: '#c0281b', outline: '#111111' } as const;

const inList = (codes: readonly string[]): ExpressionSpecification => ['in', ['get', 'adcode'], ['literal', [...codes]]];

export function whatIfLayers(theme: Theme, add: readonly string[], drop: readonly string[], color: string): LayerSpecification[] {
  return [
    { id: 'what-if-added-fill', type: 'fill', source: SOURCES.counties, filter: inList(add), paint: { 'fill-antialias': false, 'fill-color': color, 'fill-opacity': 0.5 } },
    { id: 'what-if-dropped-fill', type: 'fill', source: SOURCES.counties, filter: inList(drop), paint: { 'fill-antialias': false, 'fill-color': theme.land, 'fill-opacity': 0.75 } },
    { id: 'what-if-added-line', type: 'line', source: SOURCES.counties, filter: inList(add), paint: { 'line-color': WHAT_IF_COLORS.added, 'line-width': 2.5 } },
    { id: 'what-if-dropped-line', type: 'line', source: SOURCES.counties, filter: inList(drop), paint: { 'line-color': WHAT_IF_COLORS.dropped, 'line-width': 2, 'line-dasharray': [2, 1.5] } },
    { id: 'what-if-outline', type: 'line', source: WHAT_IF_SOURCE, paint: { 'line-color': WHAT_IF_COLORS.outline, 'line-width': 3, 'line-dasharray': [4, 2] } },
  ];
}
