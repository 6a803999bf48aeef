/**
 * Unit tier for issue 12 item 10: src/lib/panels/station-times.ts gives one headline time per
 * destination (the fastest train) and keeps every other record as an other service.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { RailData, TravelTime } from '../../src/lib/data/rail-types.ts';
import { timesByDestination } from '../../src/lib/panels/station-times.ts';

const tt = (from: string, to: string, minutes: number, basis: TravelTime['basis'] = 'fastest'): TravelTime => ({ from, to, minutes, basis, sources: [] });

describe('travel times by destination', () => {
  it('two fastest-train records to one station give one headline, the quicker, and the other as an other service', () => {
    const [g, ...rest] = timesByDestination([tt('a', 'b', 100), tt('a', 'b', 82)], 'a');
    expect(rest).toEqual([]);
    expect(g.destination).toBe('b');
    expect(g.headline.minutes).toBe(82);
    expect(g.others.map((o) => o.minutes)).toEqual([100]);
  });

  it('a record the other way round counts for the far end, and other stations are left out', () => {
    const groups = timesByDestination([tt('b', 'a', 30), tt('a', 'c', 40), tt('x', 'y', 5)], 'a');
    expect(groups.map((g) => [g.destination, g.headline.minutes])).toEqual([['b', 30], ['c', 40]]);
  });

  it('a fastest train beats a quicker planning estimate for the headline; the estimate stays listed', () => {
    const [g] = timesByDestination([tt('a', 'b', 20, 'estimate'), tt('a', 'b', 35)], 'a');
    expect(g.headline).toMatchObject({ minutes: 35, basis: 'fastest' });
    expect(g.others).toMatchObject([{ minutes: 20, basis: 'estimate' }]);
  });

  it('with estimates only, the quickest estimate is the headline (and is not a fastest train)', () => {
    const [g] = timesByDestination([tt('a', 'b', 40, 'target'), tt('a', 'b', 30, 'estimate')], 'a');
    expect(g.headline).toMatchObject({ minutes: 30, basis: 'estimate' });
  });

  it('in the built rail data no destination of any station has two headlines, and no record is lost', () => {
    const rail = (JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as { rail: RailData }).rail;
    for (const s of rail.stations) {
      const groups = timesByDestination(rail.travelTimes, s.id);
      const dests = groups.map((g) => g.destination);
      expect(new Set(dests).size).toBe(dests.length);
      const listed = groups.reduce((n, g) => n + 1 + g.others.length, 0);
      expect(listed).toBe(rail.travelTimes.filter((t) => t.from === s.id || t.to === s.id).length);
    }
  });
});
