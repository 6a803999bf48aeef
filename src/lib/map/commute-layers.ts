/**
 * Layer spec for the commute estimate: a choropleth of minutes on the 'counties' source, classes
 * ≤30 / ≤60 / ≤90 / ≤120 / >120. The minutes come from atlas.json `commute` through a match on adcode,
 * so the layer is a pure function of the data and the construction switch (a test can check it).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { CountyCommute } from '../data/commute-types.ts';
import { SOURCES } from './county-layers.ts';

export const COMMUTE_LAYER = 'commute-fill';
export const COMMUTE_TOGGLE_LAYERS = [COMMUTE_LAYER] as const;
/** Class upper bounds in minutes (inclusive), as in the legend. */
export const COMMUTE_STOPS = [30, 60, 90, 120] as const;
/** Fast = dark blue, slow = pale yellow (ColorBrewer YlGnBu, reversed): ordered, colour-blind safe. */
export const COMMUTE_COLORS = ['#253494', '#2c7fb8', '#41b6c4', '#a1dab4', '#ffffcc'] as const;

/** The legend's class index of a time: 0 for ≤30 … 4 for >120. */
export function commuteClass(minutes: number): number {
  const i = COMMUTE_STOPS.findIndex((s) => minutes <= s);
  return i < 0 ? COMMUTE_STOPS.length : i;
}

/** ['match', ['get','adcode'], code, minutes, …, -1]: the county's minutes, −1 off the circles. */
export function minutesExpression(counties: readonly CountyCommute[], construction: boolean): ExpressionSpecification {
  if (counties.length === 0) return ['literal', -1] as unknown as ExpressionSpecification;
  return ['match', ['get', 'adcode'], ...counties.flatMap((c) => [c.adcode, construction ? c.minutesWithConstruction : c.minutes]), -1] as unknown as ExpressionSpecification;
}

/** Minutes are whole numbers, so "≤ 30" starts the next class at 31. */
export function commuteColor(counties: readonly CountyCommute[], construction: boolean): ExpressionSpecification {
  return ['step', minutesExpression(counties, construction), COMMUTE_COLORS[0], ...COMMUTE_STOPS.flatMap((s, i) => [s + 1, COMMUTE_COLORS[i + 1]])] as unknown as ExpressionSpecification;
}

export function commuteFilter(counties: readonly CountyCommute[]): FilterSpecification {
  return ['in', ['get', 'adcode'], ['literal', counties.map((c) => c.adcode)]] as unknown as FilterSpecification;
}

export function commuteLayers(counties: readonly CountyCommute[], construction: boolean): LayerSpecification[] {
  return [{
    id: COMMUTE_LAYER, type: 'fill', source: SOURCES.counties, filter: commuteFilter(counties),
    layout: { visibility: 'none' },
    paint: { 'fill-color': commuteColor(counties, construction), 'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0.92] },
  }];
}
