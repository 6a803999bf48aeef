import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CORE, countyTable, editedMembers, editedShares, editedTotals, EXTENDED, NO_EDIT } from '../../src/lib/data/what-if';
import { parsePermalink, serializePermalink } from '../../src/lib/state/permalink';
import { atlasJson, VOCAB } from './data-vocabulary.ts';

const atlas = atlasJson();
const table = countyTable(atlas.counties);
const summary = JSON.parse((await import('node:fs')).readFileSync('public/data/summary.json', 'utf8')) as { circles: { id: string; computed: { areaKm2: number; populationWithZones: number } }[] };

/** A circle and a random edit of it: some members dropped, some counties outside it added. */
const editArb = fc.constantFrom(...atlas.circles).chain((circle) => {
  const members = circle.members.map((m) => m.adcode);
  const outside = atlas.counties.map((c) => c.adcode).filter((a) => !members.includes(a));
  return fc.record({ circle: fc.constant(circle), add: fc.subarray(outside, { maxLength: 12 }), drop: fc.subarray(members) });
});

describe('what-if membership', () => {
  it('gives totals equal to a fresh sum over the edited member list for random edits (property)', () => {
    fc.assert(fc.property(editArb, ({ circle, add, drop }) => {
      const got = editedTotals(circle, { add, drop }, table, atlas.devZones, EXTENDED);
      const kept = circle.members.filter((m) => !drop.includes(m.adcode)).map((m) => m.adcode);
      const codes = [...kept, ...add];
      const area = codes.reduce((s, a) => s + table.get(a)!.areaKm2, 0);
      const population = codes.reduce((s, a) => s + (table.get(a)!.population ?? 0), 0);
      expect(got.units).toBe(codes.length);
      expect(got.areaKm2).toBeCloseTo(area, 6);
      expect(got.population).toBe(population);
    }), { numRuns: 300 });
  });

  it('reproduces the summary.json totals for every unedited circle', () => {
    for (const c of atlas.circles) {
      const s = summary.circles.find((x) => x.id === c.id)!;
      const got = editedTotals(c, NO_EDIT, table, atlas.devZones, CORE);
      expect(Math.round(got.areaKm2 * 10) / 10).toBeCloseTo(s.computed.areaKm2, 1);
      expect(got.populationWithZones).toBe(s.computed.populationWithZones);
    }
  });

  it('lowers the area by exactly the dropped county and raises it by exactly the added one', () => {
    const c = atlas.circles[0];
    const dropped = c.members[c.members.length - 1].adcode;
    const added = atlas.counties.find((x) => !c.members.some((m) => m.adcode === x.adcode))!.adcode;
    const plan = editedTotals(c, NO_EDIT, table, atlas.devZones, EXTENDED).areaKm2;
    expect(editedTotals(c, { add: [], drop: [dropped] }, table, atlas.devZones, EXTENDED).areaKm2).toBeCloseTo(plan - table.get(dropped)!.areaKm2, 6);
    expect(editedTotals(c, { add: [added], drop: [] }, table, atlas.devZones, EXTENDED).areaKm2).toBeCloseTo(plan + table.get(added)!.areaKm2, 6);
    expect(editedMembers(c, { add: [added], drop: [] }).at(-1)).toEqual({ adcode: added, coverage: 'whole', added: true });
  });

  it('leaves an added county without a time to the core out of the commute shares and says so', () => {
    const c = atlas.circles.find((x) => atlas.commute.counties.some((t) => t.circle === x.id))!;
    const added = atlas.counties.find((x) => !atlas.commute.counties.some((t) => t.circle === c.id && t.adcode === x.adcode))!.adcode;
    const plan = editedShares(c, NO_EDIT, table, atlas.commute.counties)!;
    const edited = editedShares(c, { add: [added], drop: [] }, table, atlas.commute.counties)!;
    expect(edited.untimed).toEqual([added]);
    expect(edited.shares).toEqual(plan.shares);
  });
});

describe('what-if in the link', () => {
  const c = atlas.circles[0];
  const member = c.members[0].adcode;
  const outside = atlas.counties.find((x) => !c.members.some((m) => m.adcode === x.adcode))!.adcode;

  it('reads add and drop for the circle and ignores unknown, malformed, misplaced and contradictory codes', () => {
    const s = parsePermalink(`?circle=${c.id}&drop=${member},999999,abc,${outside}&add=${outside},${member},12345`, VOCAB);
    expect(s.add).toEqual([outside]);
    expect(s.drop).toEqual([member]);
    expect(parsePermalink(`?drop=${member}&add=${outside}`, VOCAB)).toMatchObject({ add: [], drop: [] });
    expect(parsePermalink(`?circle=${c.id}&drop=${outside}`, VOCAB).drop).toEqual([]);
    expect(parsePermalink(`?circle=${c.id}&add=${outside}&drop=${outside}`, VOCAB)).toMatchObject({ add: [outside], drop: [] });
  });

  it('writes view, add and drop back in a stable order', () => {
    const url = `?circle=${c.id}&view=table&add=${outside}&drop=${member}`;
    expect(serializePermalink(parsePermalink(url, VOCAB), '/', VOCAB)).toBe(`/${url}`);
    expect(parsePermalink('?view=compare', VOCAB).view).toBe('compare');
    expect(parsePermalink('?view=nope', VOCAB).view).toBe('map');
  });
});
