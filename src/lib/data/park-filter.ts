/**
 * The park filters (issue 12 item 6): circle, kind and industry, one rule for the list, the map's
 * markers and the permalink. Options are narrowed by the other two filters, so every option offered
 * keeps at least one park: no dead end such as one circle plus an industry none of its parks has.
 * Pure: the permalink (state/permalink.ts), the list (ParkList) and the map (overlays/parks.ts) share it.
 */

export interface ParkFilter { circle: string | null; kind: string | null; industry: string | null }
export type ParkFacet = keyof ParkFilter;
export const PARK_FACETS: readonly ParkFacet[] = ['circle', 'kind', 'industry'];
export const NO_PARK_FILTER: ParkFilter = Object.freeze({ circle: null, kind: null, industry: null });

/** What a filter looks at in a park (a Park has these fields; the permalink's vocabulary holds only these). */
export interface ParkFacets { id?: string; circles: readonly string[]; kind: string; industries: readonly string[] }

const has = (p: ParkFacets, facet: ParkFacet, value: string): boolean =>
  facet === 'circle' ? p.circles.includes(value) : facet === 'kind' ? p.kind === value : p.industries.includes(value);

/** Does the park pass every set filter (but `except`, when given)? */
export function matchesPark(p: ParkFacets, f: ParkFilter, except?: ParkFacet): boolean {
  return PARK_FACETS.every((facet) => facet === except || f[facet] === null || has(p, facet, f[facet]!));
}

export function filterParks<P extends ParkFacets>(parks: readonly P[], f: ParkFilter): P[] {
  return parks.filter((p) => matchesPark(p, f));
}

export const isFiltered = (f: ParkFilter): boolean => PARK_FACETS.some((facet) => f[facet] !== null);

/**
 * The values of `facet` that some park has while passing the other two filters, in `order` (the
 * display order of circles, kinds or industries). The current value is among them whenever the
 * filter is normalized.
 */
export function facetOptions(parks: readonly ParkFacets[], f: ParkFilter, facet: ParkFacet, order: readonly string[]): string[] {
  const present = new Set(parks.filter((p) => matchesPark(p, f, facet)).flatMap((p) =>
    facet === 'circle' ? p.circles : facet === 'kind' ? [p.kind] : p.industries));
  return order.filter((v) => present.has(v));
}

/**
 * The filter as the data allows it: each value is kept only if, with the values before it (circle,
 * then kind, then industry), some park remains. So a link or a change never leaves an empty list.
 */
export function normalizeParkFilter(f: ParkFilter, parks: readonly ParkFacets[]): ParkFilter {
  const out: ParkFilter = { circle: null, kind: null, industry: null };
  for (const facet of PARK_FACETS) {
    const value = f[facet];
    if (value === null) continue;
    const trial = { ...out, [facet]: value };
    if (parks.some((p) => matchesPark(p, trial))) out[facet] = value;
  }
  return out;
}
