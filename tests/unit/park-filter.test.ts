/**
 * Unit tier: the park filter rule (src/lib/data/park-filter.ts, issue 12 item 6) over the built data:
 * every option a select offers keeps at least one park, whatever the other two filters are, so the
 * list and the markers can never dead-end; the options are exactly the values the remaining parks have.
 */
import { describe, expect, it } from 'vitest';
import { facetOptions, filterParks, normalizeParkFilter, PARK_FACETS, type ParkFilter } from '../../src/lib/data/park-filter.ts';
import { INDUSTRY_TAGS } from '../../src/lib/data/park-types.ts';
import { atlasJson } from './data-vocabulary.ts';

const json = atlasJson();
const parks = json.parks;
const ORDER = { circle: json.circles.map((c) => c.id), kind: [...new Set(parks.map((p) => p.kind))], industry: [...INDUSTRY_TAGS] };

/** Every filter reachable by choosing offered options, one facet at a time, from no filter. */
function reachable(): ParkFilter[] {
  const seen = new Map<string, ParkFilter>();
  const queue: ParkFilter[] = [{ circle: null, kind: null, industry: null }];
  while (queue.length) {
    const f = queue.pop()!;
    const key = JSON.stringify(f);
    if (seen.has(key)) continue;
    seen.set(key, f);
    for (const facet of PARK_FACETS) for (const v of [null, ...facetOptions(parks, f, facet, ORDER[facet])]) {
      queue.push(normalizeParkFilter({ ...f, [facet]: v }, parks));
    }
  }
  return [...seen.values()];
}

describe('park filters', () => {
  it('every filter reachable through the offered options shows at least one park, and the offered options are its own values', () => {
    const all = reachable();
    expect(all.length).toBeGreaterThan(10);
    for (const f of all) {
      expect(filterParks(parks, f).length, JSON.stringify(f)).toBeGreaterThan(0);
      for (const facet of PARK_FACETS) if (f[facet] !== null) expect(facetOptions(parks, f, facet, ORDER[facet])).toContain(f[facet]);
    }
  });

  it('industry options are narrowed by the circle: a circle offers only industries its parks have', () => {
    for (const circle of ORDER.circle) {
      const offered = facetOptions(parks, { circle, kind: null, industry: null }, 'industry', ORDER.industry);
      const own = new Set(parks.filter((p) => p.circles.includes(circle)).flatMap((p) => p.industries));
      expect(offered.sort()).toEqual([...own].sort());
    }
  });

  it('a filter with no parks is normalized to one with parks by dropping the later values', () => {
    const circle = ORDER.circle.find((c) => parks.some((p) => p.circles.includes(c)))!;
    const absent = ORDER.industry.find((i) => !parks.some((p) => p.circles.includes(circle) && p.industries.includes(i)))!;
    expect(filterParks(parks, { circle, kind: null, industry: absent })).toEqual([]);
    expect(normalizeParkFilter({ circle, kind: null, industry: absent }, parks)).toEqual({ circle, kind: null, industry: null });
  });
});
