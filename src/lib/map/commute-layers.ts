/**
 * Layer spec for the commute estimate: a choropleth of minutes on the 'counties' source, classes
 * ≤30 / ≤60 / ≤90 / ≤120 / >120. The minutes come from atlas.json `commute` through a match on adcode,
 * so the layer is a pure function of the data and the construction switch (a test can check it).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { CountyCommute } from '../data/commute-types.ts';
import { SOURCES } from './county-layers.ts';

export const COMMUTE_LAYER = 'commute-fill';
/** Class upper bounds in minutes (inclusive), as in the legend. */
export const COMMUTE_STOPS = [30, 60, 90, 120] as const;
/** Fast = dark blue, slow = pale yellow (ColorBrewer YlGnBu, reversed): ordered, colour-blind safe. */
export const COMMUTE_COLORS = ['#253494', '#2c7fb8', '#41b6c4', '#a1dab4', '#ffffcc'] as const;

/** The legend's class index of a time: 0 for ≤30 … 4 for >120. */
export function commuteClass(minutes: number): number {
  const i = COMMUTE_STOPS.findIndex((s) => minutes <= s);
  return i < 0 ? COMMUTE_STOPS.length : i;
}

/**
 * One time per county. A county in two circles has a row per circle: with a circle selected, the time
 * to that circle's core; in the overview, the shorter one (the nearer core).
 */
export function minutesByCounty(counties: readonly CountyCommute[], construction: boolean, circle: string | null = null): Map<string, number> {
  const out = new Map<string, number>();
  const mins = (c: CountyCommute) => (construction ? c.minutesWithConstruction : c.minutes);
  for (const c of counties) {
    if (circle && c.circle !== circle && counties.some((o) => o.adcode === c.adcode && o.circle === circle)) continue;
    const had = out.get(c.adcode);
    if (had === undefined || mins(c) < had) out.set(c.adcode, mins(c));
  }
  return out;
}

/** ['match', ['get','adcode'], code, minutes, …, -1]: the county's minutes, −1 off the circles. */
export function minutesExpression(counties: readonly CountyCommute[], construction: boolean, circle: string | null = null): ExpressionSpecification {
  const byCounty = minutesByCounty(counties, construction, circle);
  if (byCounty.size === 0) return ['literal', -1] as unknown as ExpressionSpecification;
  return ['match', ['get', 'adcode'], ...[...byCounty].flat(), -1] as unknown as ExpressionSpecification;
}

/** Minutes are whole numbers, so "≤ 30" starts the next class at 31. */
export function commuteColor(counties: readonly CountyCommute[], construction: boolean, circle: string | null = null): ExpressionSpecification {
  return ['step', minutesExpression(counties, construction, circle), COMMUTE_COLORS[0], ...COMMUTE_STOPS.flatMap((s, i) => [s + 1, COMMUTE_COLORS[i + 1]])] as unknown as ExpressionSpecification;
}

export function commuteFilter(counties: readonly CountyCommute[]): FilterSpecification {
  return ['in', ['get', 'adcode'], ['literal', [...new Set(counties.map((c) => c.adcode))]]] as unknown as FilterSpecification;
}

export function commuteLayers(counties: readonly CountyCommute[], construction: boolean, circle: string | null = null): LayerSpecification[] {
  return [{
    id: COMMUTE_LAYER, type: 'fill', source: SOURCES.counties, filter: commuteFilter(counties),
    paint: { 'fill-antialias': false, 'fill-color': commuteColor(counties, construction, circle), 'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0.92] },
  }];
}
