/**
 * The schema of public/data/atlas.json (contract v2, /work/coord/CONTRACT.md), shared by the build
 * (which checks its output before writing) and the client (which refuses anything it cannot use
 * with a translated error and Retry, issue 10). Loose objects: a field the app does not know passes
 * through untouched; every field it reads is checked. The type check at the bottom keeps this list
 * and atlas-types.ts in step.
 */
import * as z from 'zod/mini';
import type { AtlasJson } from './atlas-types.ts';
import { INDUSTRY_TAGS, UNCERTAIN_PARK_FIELDS } from './park-types.ts';
import { commuteSchema } from './commute-schema.ts';
import { adcode, bbox, bilingual, color, count, id, lonLat, name, nonNegative, prose, sources, uniqueBy } from './schema-parts.ts';

/** The one version this app reads; anything else is a version mismatch, not a shape error. */
export const ATLAS_SCHEMA = 'metro-circle-atlas/atlas@2';

const official = z.looseObject({
  areaKm2: nonNegative, population: count, approx: z.boolean(), base: bilingual,
  scope: z.optional(z.enum(['core', 'extended'])), sources,
});
const member = z.looseObject({
  adcode, name, coverage: z.enum(['whole', 'partial', 'extended']), note: z.optional(prose), sources,
});
const circle = z.looseObject({
  id, name: bilingual, coreCity: bilingual, color, sources,
  plan: z.looseObject({ title: prose, document: prose, approved: prose, issued: prose, sources }),
  official, officialExtended: z.optional(official),
  members: uniqueBy(member, (m) => m.adcode),
  bounds: z.optional(bbox), // v2: required once the build writes it
});
const devZone = z.looseObject({
  code: adcode, name, prefecture: prose, population: count, hostAdcodes: z.array(adcode),
  hostConfidence: z.enum(['sourced', 'inferred', 'uncertain']), hostNote: prose, sources,
});
const park = z.looseObject({
  id, name: bilingual, kind: z.enum(['co-built-park', 'cooperation-zone', 'national-platform', 'flagship-project']),
  kindNote: prose, circles: z.array(id), scope: z.optional(z.enum(['core', 'extended'])),
  hostAdcode: z.nullable(adcode), hostCandidates: z.optional(z.array(adcode)), otherAdcodes: z.array(adcode),
  place: prose, partners: z.array(prose), focus: z.array(prose), industries: uniqueBy(z.enum(INDUSTRY_TAGS), (i) => i),
  established: z.nullable(prose), establishedNote: prose, areaKm2: z.nullable(nonNegative), areaNote: z.optional(prose),
  status: prose, point: z.nullable(lonLat), pointAccuracyKm: z.nullable(nonNegative), pointMethod: prose,
  pointIsLabel: z.optional(z.boolean()), uncertain: z.array(z.enum(UNCERTAIN_PARK_FIELDS)), notes: z.optional(prose),
  pinyin: z.optional(prose), sources,
});
const programme = z.looseObject({
  id, name: bilingual, circles: z.array(id), fields: z.array(prose),
  counts: z.array(z.looseObject({ year: count, count, what: prose })), namesPublished: z.boolean(),
  parkIds: uniqueBy(id, (p) => p), notes: z.optional(prose), sources,
});
const station = z.looseObject({
  id, name: bilingual, point: lonLat, adcode, accuracy: z.enum(['sourced', 'approx']), accuracyKm: nonNegative,
  coordSource: prose, note: z.optional(prose), pinyin: z.optional(prose), sources,
});
const line = z.looseObject({
  id, name: bilingual, kind: z.enum(['hsr', 'intercity', 'suburban']), status: z.enum(['open', 'construction']),
  opened: z.nullable(count), expected: z.optional(count), designSpeedKmh: z.nullable(nonNegative),
  stationIds: z.array(id), uncertain: z.optional(z.array(prose)), note: z.optional(prose), sources,
});
const travelTime = z.looseObject({
  from: id, to: id, minutes: nonNegative, basis: z.enum(['fastest', 'estimate', 'target']),
  lineId: z.optional(id), note: z.optional(prose), sources,
});
const county = z.looseObject({
  adcode, name, nameEn: name, pinyin: prose, prefecture: adcode, prefectureName: prose, prefectureNameEn: prose,
  province: prose, provinceEn: prose, label: lonLat, areaKm2: nonNegative, population: z.nullable(count),
});
const prefecture = z.looseObject({ code: adcode, name: bilingual, pinyin: prose, province: z.optional(prose) });

const shape = z.looseObject({
  schema: z.optional(z.literal(ATLAS_SCHEMA)), // v2: required (load-atlas checks it first, as a version)
  generated: prose,
  bounds: z.optional(bbox), // v2: required
  circles: uniqueBy(circle, (c) => c.id).check(z.minLength(1)),
  devZones: uniqueBy(devZone, (d) => d.code),
  parks: uniqueBy(park, (p) => p.id),
  programmes: uniqueBy(programme, (p) => p.id),
  rail: z.looseObject({
    stations: uniqueBy(station, (s) => s.id),
    lines: uniqueBy(line, (l) => l.id),
    // the same pair may carry two dated times (e.g. at opening and today); the same time twice is a slip
    travelTimes: uniqueBy(travelTime, (t) => `${t.from}→${t.to} ${t.minutes}`),
  }),
  commute: z.optional(commuteSchema),
  prefectures: uniqueBy(prefecture, (p) => p.code),
  counties: uniqueBy(county, (c) => c.adcode),
  simplification: z.looseObject({ keep: nonNegative, quantize: nonNegative }),
});

/** References between the lists: what the panels look up must exist. */
export const atlasSchema = shape.check(z.superRefine((a, ctx) => {
  const miss = (path: (string | number)[], what: string) => ctx.issues.push({ code: 'custom', message: `unknown ${what}`, input: a, path });
  const counties = new Set(a.counties.map((c) => c.adcode));
  const circles = new Set(a.circles.map((c) => c.id));
  const parks = new Set(a.parks.map((p) => p.id));
  const stations = new Set(a.rail.stations.map((s) => s.id));
  a.circles.forEach((c, i) => c.members.forEach((m, j) => { if (!counties.has(m.adcode)) miss(['circles', i, 'members', j, 'adcode'], 'county'); }));
  a.parks.forEach((p, i) => p.circles.forEach((c, j) => { if (!circles.has(c)) miss(['parks', i, 'circles', j], 'circle'); }));
  a.programmes.forEach((p, i) => p.parkIds.forEach((k, j) => { if (!parks.has(k)) miss(['programmes', i, 'parkIds', j], 'park'); }));
  a.rail.lines.forEach((l, i) => l.stationIds.forEach((s, j) => { if (!stations.has(s)) miss(['rail', 'lines', i, 'stationIds', j], 'station'); }));
}));

// Compile-time: what the schema lets through is an AtlasJson (fails to type-check if a field is missing).
export type CheckedAtlas = z.infer<typeof atlasSchema>;
const _sameShape = (a: CheckedAtlas): AtlasJson => a;
void _sameShape;
