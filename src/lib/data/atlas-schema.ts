/**
 * The schema of public/data/atlas.json (contract v2, /work/coord/CONTRACT.md), shared by the build
 * (which checks its output before writing) and the client (which refuses anything it cannot use
 * with a translated error and Retry, issue 10). Loose objects: a field the app does not know passes
 * through untouched; every field it reads is checked. The type check at the bottom keeps this list
 * and atlas-types.ts in step.
 */
import * as v from 'valibot';
import { ATLAS_SCHEMA, type AtlasJson } from './atlas-types.ts';
import { INDUSTRY_TAGS, UNCERTAIN_PARK_FIELDS } from './park-types.ts';
import { commuteSchema } from './commute-schema.ts';
import { adcode, bbox, bilingual, bilingualProse, color, count, crossCheck, id, lonLat, name, nonNegative, prose, sources, uniqueBy } from './schema-parts.ts';

/** The one version this app reads (atlas-types.ts); anything else is a version mismatch, not a shape error. */
export { ATLAS_SCHEMA };

const official = v.looseObject({
  areaKm2: nonNegative, population: count, approx: v.boolean(), base: bilingual,
  scope: v.optional(v.picklist(['core', 'extended'])), note: v.optional(bilingualProse), sources,
});
const member = v.looseObject({
  adcode, name, coverage: v.picklist(['whole', 'partial', 'extended']), note: v.optional(bilingualProse), sources,
});
const circle = v.looseObject({
  id, name: bilingual, coreCity: bilingual, color, sources,
  plan: v.looseObject({ title: prose, document: bilingual, approved: bilingualProse, issued: bilingual, sources }),
  official, officialExtended: v.optional(official),
  members: uniqueBy(member, (m) => m.adcode),
  bounds: bbox,
});
const devZone = v.looseObject({
  code: adcode, name, prefecture: prose, population: count, hostAdcodes: v.array(adcode),
  hostConfidence: v.picklist(['sourced', 'inferred', 'uncertain']), hostNote: prose, sources,
});
const park = v.looseObject({
  id, name: bilingual, kind: v.picklist(['co-built-park', 'cooperation-zone', 'national-platform', 'flagship-project']),
  kindNote: bilingualProse, circles: v.array(id), scope: v.optional(v.picklist(['core', 'extended'])),
  hostAdcode: v.nullable(adcode), hostCandidates: v.optional(v.array(adcode)), otherAdcodes: v.array(adcode),
  place: bilingualProse, partners: v.array(bilingual), focus: v.array(bilingualProse), industries: uniqueBy(v.picklist(INDUSTRY_TAGS), (i) => i),
  established: v.nullable(prose), establishedNote: bilingualProse, areaKm2: v.nullable(nonNegative), areaNote: v.optional(bilingualProse),
  status: bilingualProse, point: v.nullable(lonLat), pointAccuracyKm: v.nullable(nonNegative), pointMethod: bilingualProse,
  pointIsLabel: v.optional(v.boolean()), uncertain: v.array(v.picklist(UNCERTAIN_PARK_FIELDS)), notes: v.optional(bilingualProse),
  pinyin: v.optional(prose), sources,
});
const programme = v.looseObject({
  id, name: bilingual, circles: v.array(id), fields: v.array(bilingualProse),
  counts: v.array(v.looseObject({ year: count, count, what: bilingualProse })), namesPublished: v.boolean(),
  parkIds: uniqueBy(id, (p) => p), notes: v.optional(bilingualProse), sources,
});
const station = v.looseObject({
  id, name: bilingual, point: lonLat, adcode, accuracy: v.picklist(['sourced', 'approx']), accuracyKm: nonNegative,
  coordSource: bilingualProse, note: v.optional(bilingualProse), pinyin: v.optional(prose), sources,
});
const line = v.looseObject({
  id, name: bilingual, kind: v.picklist(['hsr', 'intercity', 'suburban']), status: v.picklist(['open', 'construction']),
  opened: v.nullable(count), expected: v.optional(count), designSpeedKmh: v.nullable(nonNegative),
  stationIds: v.array(id), uncertain: v.optional(v.array(prose)), note: v.optional(prose), sources,
});
const travelTime = v.looseObject({
  from: id, to: id, minutes: nonNegative, basis: v.picklist(['fastest', 'stopping', 'estimate', 'target']),
  lineId: v.optional(id), note: v.optional(bilingualProse), sources,
});
const county = v.looseObject({
  adcode, name, nameEn: name, pinyin: prose, prefecture: adcode, prefectureName: prose, prefectureNameEn: prose,
  province: prose, provinceEn: prose, label: lonLat, areaKm2: nonNegative, population: v.nullable(count),
});
const prefecture = v.looseObject({ code: adcode, name: bilingual, pinyin: prose, province: prose });

/** The place layer's points (geodata/places.json, slimmed) and the province name points (issue 11). */
const place = v.looseObject({ id, kind: v.picklist(['core', 'prefecture-seat', 'county-seat']), adcode, name: bilingual, point: lonLat, circle: v.optional(id) });
const province = v.looseObject({ name: bilingual, point: lonLat });

const shape = v.looseObject({
  schema: v.literal(ATLAS_SCHEMA), // load-atlas checks it first, as a version
  generated: prose,
  bounds: bbox,
  circles: v.pipe(uniqueBy(circle, (c) => c.id), v.minLength(1)),
  devZones: uniqueBy(devZone, (d) => d.code),
  parks: uniqueBy(park, (p) => p.id),
  programmes: uniqueBy(programme, (p) => p.id),
  rail: v.looseObject({
    stations: uniqueBy(station, (s) => s.id),
    lines: uniqueBy(line, (l) => l.id),
    // the same pair may carry two dated times (e.g. at opening and today); the same time twice is a slip
    travelTimes: uniqueBy(travelTime, (t) => `${t.from}→${t.to} ${t.minutes}`),
  }),
  commute: commuteSchema,
  prefectures: uniqueBy(prefecture, (p) => p.code),
  counties: uniqueBy(county, (c) => c.adcode),
  simplification: v.looseObject({ keep: nonNegative, quantize: nonNegative }),
  places: v.array(place),
  provinces: v.array(province),
});

/** References between the lists: what the panels look up must exist. */
export const atlasSchema = v.pipe(shape, crossCheck<v.InferOutput<typeof shape>>((a, report) => {
  const miss = (path: (string | number)[], what: string) => report(path, `unknown ${what}`);
  const counties = new Set(a.counties.map((c) => c.adcode));
  const circles = new Set(a.circles.map((c) => c.id));
  const parks = new Set(a.parks.map((p) => p.id));
  const stations = new Set(a.rail.stations.map((s) => s.id));
  a.circles.forEach((c, i) => c.members.forEach((m, j) => { if (!counties.has(m.adcode)) miss(['circles', i, 'members', j, 'adcode'], 'county'); }));
  a.parks.forEach((p, i) => p.circles.forEach((c, j) => { if (!circles.has(c)) miss(['parks', i, 'circles', j], 'circle'); }));
  a.programmes.forEach((p, i) => p.parkIds.forEach((k, j) => { if (!parks.has(k)) miss(['programmes', i, 'parkIds', j], 'park'); }));
  a.rail.lines.forEach((l, i) => l.stationIds.forEach((s, j) => { if (!stations.has(s)) miss(['rail', 'lines', i, 'stationIds', j], 'station'); }));
  // one commute entry per circle, in the same order (CONTRACT.md); links join two known circles
  a.circles.forEach((c, i) => { if (a.commute.circles[i]?.id !== c.id) miss(['commute', 'circles', i, 'id'], 'circle order'); });
  a.commute.links.forEach((l, i) => (['from', 'to'] as const).forEach((k) => { if (!circles.has(l[k])) miss(['commute', 'links', i, k], 'circle'); }));
}));

// Compile-time: what the schema lets through is an AtlasJson (fails to type-check if a field is missing).
export type CheckedAtlas = v.InferOutput<typeof atlasSchema>;
const _sameShape = (a: CheckedAtlas): AtlasJson => a;
void _sameShape;
