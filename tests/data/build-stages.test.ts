/**
 * Each stage of the data build on a tiny inline fixture (three square counties, two circles sharing
 * one county, one county-level city under its province, one rail line): what goes in, what comes out.
 */
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { divisionOf, type AreaFeature, type Boundaries, type PrefectureUnit } from '../../scripts/build/boundaries.ts';
import { validate } from '../../scripts/build/stages/validate.ts';
import { join } from '../../scripts/build/stages/join.ts';
import { measure, unionBounds } from '../../scripts/build/stages/measure.ts';
import { model } from '../../scripts/build/stages/model.ts';
import { render } from '../../scripts/build/stages/render.ts';
import type { RawInputs } from '../../scripts/build/stages/read.ts';

const square = (x: number, y: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
const county = (adcode: string, name: string, province: string, x: number): AreaFeature =>
  ({ type: 'Feature', geometry: square(x, 0), properties: { adcode, name, province } });
const LEVEL2: PrefectureUnit[] = [
  { code: '110100', name: '甲市', province: '甲省' },
  { code: '429004', name: '丙市', province: '乙省' },
  { code: '500000', name: '丁市', province: '丁市' },
];
const RAW = [
  { gb: '156110101', full_name: '甲区', city: ' 甲市', province: '甲省', x: 0 },
  { gb: '156110102', full_name: '乙区', city: ' 甲市', province: '甲省', x: 1 },
  { gb: '156429004', full_name: '丙市', province: '乙省', x: 2 },
];
const b: Boundaries = {
  counties: new Map(RAW.map((r) => [r.gb.slice(3), county(r.gb.slice(3), r.full_name, r.province, r.x)])),
  prefectures: new Map(LEVEL2.map((p) => [p.code, p])),
  prefectureOf: new Map(RAW.map((r) => [r.gb.slice(3), divisionOf(r, LEVEL2)!])),
  provinces: [],
};
const src = [{ url: 'https://example.org/a', date: '2020', what: { zh: '测试数据', en: 'fixture' } }];
const official = { areaKm2: 1, population: 1000, approx: true, base: { zh: '无', en: 'none' }, sources: src };
const circle = (id: string, members: [string, string, string?][]) => ({
  id, name: { zh: id, en: id }, coreCity: { zh: id, en: id }, color: '#000000', sources: src,
  plan: { title: 't', document: { zh: 'd', en: 'd' }, approved: { zh: 'a', en: 'a' }, issued: { zh: 'i', en: 'i' }, sources: src }, official,
  members: members.map(([adcode, name, note]) => ({ adcode, name, coverage: 'whole', ...(note ? { note: { zh: note, en: note } } : {}), sources: src })),
});
const param = (value: number) => ({ value, why: 'fixture', source: 'assumption' });
const raw: RawInputs = {
  boundaries: b,
  files: {
    circles: { path: 'c.json', value: { circles: [circle('one', [['110101', '甲区'], ['110102', '乙区']]), circle('two', [['110102', '乙区'], ['429004', '丙市', 'crosses the provincial line']])] } },
    population: { path: 'p.csv', value: 'adcode,name,pop_2020,source\n110101,甲区,100000,s\n110102,乙区,200000,s\n429004,丙市,300000,s\n' },
    zones: { path: 'z.csv', value: 'zone_code,name,pop_2020,host_adcodes,host_confidence,source\n110171,开发区,5000,110101,sourced,s\n' },
    parks: { path: 'parks.json', value: { parks: [], programmes: [] } },
    rail: { path: 'rail.json', value: {
      stations: [['s-a', '110101', 0.5], ['s-b', '110102', 1.5]].map(([id, adcode, x]) => ({ id, name: { zh: id, en: id }, point: [x, 0.5], adcode, accuracy: 'approx', accuracyKm: 1, coordSource: { zh: '测试数据', en: 'fixture' }, sources: src })),
      lines: [{ id: 'l', name: { zh: 'l', en: 'l' }, kind: 'hsr', status: 'open', opened: 2020, designSpeedKmh: 300, stationIds: ['s-a', 's-b'], sources: src }],
      travelTimes: [],
    } },
    commute: { path: 'cp.json', value: {
      cores: { one: { stationIds: ['s-a'], why: 'fixture' } }, links: [],
      road: { urbanRadiusKm: param(10), urban: { speedKmh: param(30), speedByCircle: {}, detourFactor: param(1.3) }, intercity: { speedKmh: param(80), detourFactor: param(1.3) }, legOverheadMin: param(5), maxAccessKm: param(60) },
      roadTimes: [],
      rail: { waitMin: { frequent: param(5), few: param(30) }, serviceClass: [{ lineId: 'l', class: 'frequent', basis: 'assumption', why: 'fixture' }], stationOverheadMin: param(10), transferPenaltyMin: param(10), speedFactor: { hsr: param(0.7), intercity: param(0.7), suburban: param(0.5) },
        lineLengths: [], operatingSpeedCaps: [], throughRunning: [], excludeTravelTimes: [] },
      thresholds: [60], goals: { one: { withinMinutes: 60, text: { zh: '一小时', en: '1 h' }, document: 'fixture', sources: src }, two: { withinMinutes: null, text: { zh: '无', en: 'none' }, document: 'fixture', sources: src } },
    } },
    romanization: { path: 'r.json', value: { readings: [{ zh: '甲', en: 'Jia', why: 'fixture' }] } },
    renames: { path: 'n.json', value: { renames: [] } },
    places: { path: 'pl.json', value: { places: [
      { id: 'core-one', kind: 'core', circle: 'one', centreKind: 'historic-centre', why: 'fixture', adcode: '110101', name: { zh: '甲', en: 'Jia' }, point: [0.6, 0.5], accuracy: 'sourced', accuracyKm: 1, sources: src },
      ...[['110101', 0.4], ['110102', 1.5], ['429004', 2.5]].map(([adcode, x]) => ({ id: `seat-${adcode}`, kind: 'county-seat', adcode, name: { zh: 's', en: 's' }, point: [x, 0.5], accuracy: 'sourced', accuracyKm: 0.5, sources: src })),
    ] } },
  },
};

describe('the boundary table', () => {
  it('finds a county\'s prefecture by its city field, a county-level city under a province as its own unit, a municipal district by its province', () => {
    expect([...b.prefectureOf.values()]).toEqual(['110100', '110100', '429004']);
    expect(divisionOf({ gb: '156500101', full_name: '戊区', province: '丁市' }, LEVEL2)).toBe('500000');
  });
});

describe('the stages on a tiny fixture', () => {
  const v = validate(raw);
  const j = join(v, b);
  const m = measure(v, j, b);
  const c = model(v, b, 'cp.json');

  it('validate returns the circles with a shared county in both', () => {
    expect(v.circles.map((x) => x.members.map((y) => y.adcode))).toEqual([['110101', '110102'], ['110102', '429004']]);
  });
  it('join draws every county of every touched prefecture once, named from the table and the hand readings', () => {
    expect(j.counties.map((x) => [x.props.adcode, x.props.prefecture, x.props.nameEn])).toEqual([
      ['110101', '110100', 'Jia District'], ['110102', '110100', 'Yi District'], ['429004', '429004', 'Bing City']]);
    expect(j.prefectures).toEqual([
      { code: '110100', name: { zh: '甲市', en: 'Jia City' }, pinyin: 'jia shi', province: '甲省' },
      { code: '429004', name: { zh: '丙市', en: 'Bing City' }, pinyin: 'bing shi', province: '乙省' }]);
  });
  it('measure counts the shared county in both circles and bounds each circle by its members', () => {
    expect(m.summaries.map((s) => s.computed.population)).toEqual([300000, 500000]);
    expect(m.summaries[0].computed.populationWithZones).toBe(305000);
    expect(m.circles.map((x) => x.bounds)).toEqual([[0, 0, 2, 1], [1, 0, 3, 1]]);
    expect(m.bounds).toEqual([0, 0, 3, 1]);
    expect(m.counties[0].areaKm2).toBeGreaterThan(12000); // 1° × 1° at the equator ≈ 12,300 km²
    expect(m.counties[0].areaKm2).toBeLessThan(12500);
  });
  it('model times the circle with a core and marks the other no-rail, its trips starting at the county seats', () => {
    expect(c.commute.circles.map((x) => [x.id, x.status, x.coreStationId])).toEqual([['one', 'ok', 's-a'], ['two', 'no-rail', null]]);
    expect(c.commute.counties.map((x) => x.origin.ref)).toEqual(['place:seat-110101', 'place:seat-110102']);
    expect(c.commute.counties.map((x) => `${x.circle} ${x.adcode}`)).toEqual(['one 110101', 'one 110102']);
  });
  it('render writes atlas@2 with the bounds and one topology object per layer', () => {
    const out = render(v, j, m, c, b, { all: false, generated: 'fixed' });
    const atlas = JSON.parse(out['atlas.json']);
    expect([atlas.schema, atlas.bounds, atlas.generated]).toEqual(['metro-circle-atlas/atlas@2', [0, 0, 3, 1], 'fixed']);
    expect(Object.keys(JSON.parse(out['atlas.topo.json']).objects)).toEqual(['counties']);
    expect(Object.keys(out).sort()).toEqual(['atlas.json', 'atlas.topo.json', 'land.topo.json', 'summary.json']);
  });
  it('unionBounds rounds outwards', () => {
    expect(unionBounds([[0.00001, 0.00001, 0.99999, 0.99999]])).toEqual([0, 0, 1, 1]);
  });
});
