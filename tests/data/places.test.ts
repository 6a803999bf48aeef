/**
 * geodata/places.json (issue 13): the build refuses a place outside its county (unless the distance is
 * stated), a stand-in point that does not say so, a second seat for one county and a core without its
 * reason; and the data holds a seat for every member of every circle and a core for every circle with
 * a core in commute-params.json.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../scripts/build/run.ts';
import { BuildError } from '../../scripts/build/errors.ts';
import { cleanup, editJson, geodataCopy, readJson, tempDir, type Json } from './geodata-fixture.ts';

const places: Json[] = readJson('geodata/places.json').places;
const seat = places.find((p) => p.kind === 'county-seat' && p.outsideCountyKm === undefined)!;
const outside = places.find((p) => p.outsideCountyKm !== undefined);
const core = places.find((p) => p.kind === 'core')!;
const edit = (f: (ps: Json[]) => void) => (d: string) => editJson(d, 'places.json', (j) => f(j.places));
const at = (ps: Json[], id: string) => ps.find((p) => p.id === id)!;

afterAll(cleanup);

const CASES: [string, (d: string) => void, RegExp][] = [
  ['a seat moved 1° east, out of its county', edit((ps) => { at(ps, seat.id).point = [seat.point[0] + 1, seat.point[1]]; }),
    new RegExp(`places\\.json: place ${seat.id}: point .* lies outside county ${seat.adcode} by \\d+\\.\\d\\d km \\(state it in outsideCountyKm`)],
  ['an approx point without its fallback', edit((ps) => { at(ps, seat.id).accuracy = 'approx'; }),
    new RegExp(`places\\.json: place ${seat.id}: an approx point needs a fallback`)],
  ['a second seat for one county', edit((ps) => { ps.push({ ...seat, id: `${seat.id}-copy` }); }),
    new RegExp(`places\\.json: place ${seat.id}-copy: county ${seat.adcode} has two county seats`)],
  ['a core without its reason', edit((ps) => { delete at(ps, core.id).why; }),
    new RegExp(`places\\.json: place ${core.id}: a core needs circle, centreKind and why`)],
  ['a seat with a source without a URL', edit((ps) => { at(ps, seat.id).sources[0].url = 'npm package 0.1.4'; }),
    new RegExp(`places\\.json: place ${seat.id}: sources\\[0\\]\\.url: must be an http\\(s\\) URL`)],
];

describe('the build refuses a bad place and names the file and the record', () => {
  it.each(CASES)('%s', (_name, mutate, message) => {
    const dir = geodataCopy();
    mutate(dir);
    let error: unknown;
    try { runBuild({ geodataDir: dir, outDir: tempDir('places-out'), all: false }); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(BuildError);
    expect((error as Error).message).toMatch(message);
  }, 60_000);

  it.runIf(outside !== undefined)('a point just outside its county is accepted only with the distance stated', () => {
    const dir = geodataCopy();
    editJson(dir, 'places.json', (j) => { at(j.places, outside!.id).outsideCountyKm = outside!.outsideCountyKm + 1; });
    expect(() => runBuild({ geodataDir: dir, outDir: tempDir('places-out'), all: false })).toThrow(/not the [\d.]+ km stated/);
  }, 60_000);
});

describe('the places data', () => {
  const circles: Json[] = readJson('geodata/circles.json').circles;
  const cores = readJson('geodata/commute-params.json').cores as Json;
  it('has a county seat for every member of every circle', () => {
    const seats = new Set(places.filter((p) => p.kind === 'county-seat').map((p) => p.adcode));
    const missing = circles.flatMap((c) => c.members.filter((m: Json) => !seats.has(m.adcode)).map((m: Json) => `${c.id} ${m.adcode}`));
    expect(missing).toEqual([]);
  });
  it('has a core centre for every circle that has a core in commute-params.json', () => {
    const withCore = new Set(places.filter((p) => p.kind === 'core').map((p) => p.circle));
    expect(Object.keys(cores).filter((id) => !withCore.has(id))).toEqual([]);
  });
  it('marks every stand-in point approx with what stands in for it', () => {
    for (const p of places.filter((x) => x.accuracy === 'approx')) expect(p.fallback, p.id).toMatch(/\S/);
  });
});
