/** Validate geodata/parks.json: schema (zod), ids, adcodes, circles, points inside host counties. */
import * as z from 'zod';
import { BuildError } from './errors.ts';
import {
  adcodeSchema, checkAdcode, checkPointInCounty, checkUniqueIds, idSchema, lonLatSchema,
  parseRecord, recordLabel, sourcesSchema, type ValidationContext,
} from './context.ts';
import { INDUSTRY_TAGS, UNCERTAIN_PARK_FIELDS, type Park, type ParksData, type Programme } from '../../src/lib/data/park-types.ts';

const text = z.string().trim().min(1, 'must not be empty');
const name = z.strictObject({ zh: text, en: text });

const parkSchema = z.strictObject({
  id: idSchema,
  name,
  kind: z.enum(['co-built-park', 'cooperation-zone', 'national-platform', 'flagship-project']),
  kindNote: text,
  circles: z.array(text).min(1, 'must name at least one circle'),
  scope: z.enum(['core', 'extended']).optional(),
  hostAdcode: adcodeSchema.nullable(),
  hostCandidates: z.array(adcodeSchema).min(1).optional(),
  otherAdcodes: z.array(adcodeSchema),
  place: text,
  partners: z.array(text).min(1),
  focus: z.array(text),
  industries: z.array(z.enum(INDUSTRY_TAGS)),
  established: z.string().regex(/^\d{4}$/, 'must be a 4-digit year').nullable(),
  establishedNote: text,
  areaKm2: z.number().refine(Number.isFinite, 'must be finite').refine((v) => v > 0, 'must be positive').nullable(),
  areaNote: text.optional(),
  status: text,
  point: lonLatSchema.nullable(),
  pointAccuracyKm: z.number().refine(Number.isFinite, 'must be finite').refine((v) => v > 0, 'must be positive').nullable(),
  pointMethod: text,
  pointIsLabel: z.boolean().optional(),
  uncertain: z.array(z.enum(UNCERTAIN_PARK_FIELDS)),
  notes: z.string().optional(),
  sources: sourcesSchema,
});

const programmeSchema = z.strictObject({
  id: idSchema,
  name,
  circles: z.array(text).min(1),
  fields: z.array(text).min(1),
  counts: z.array(z.strictObject({
    year: z.int().min(1900).max(2100),
    count: z.int().positive(),
    what: text,
  })).min(1),
  namesPublished: z.boolean(),
  parkIds: z.array(idSchema),
  notes: z.string().optional(),
  sources: sourcesSchema,
});

const fileSchema = z.strictObject({ parks: z.array(z.unknown()), programmes: z.array(z.unknown()) });

function checkCircles(circles: string[], ctx: ValidationContext, file: string, record: string): void {
  for (const c of circles) if (!ctx.circleIds.has(c)) throw new BuildError(file, record, `circles: unknown circle id "${c}"`);
}

function checkPark(p: Park, ctx: ValidationContext, file: string): void {
  const rec = `park ${p.id}`;
  checkCircles(p.circles, ctx, file, rec);
  if (p.hostAdcode) checkAdcode(ctx, p.hostAdcode, 'hostAdcode', file, rec);
  for (const a of p.hostCandidates ?? []) checkAdcode(ctx, a, 'hostCandidates', file, rec);
  for (const a of p.otherAdcodes) checkAdcode(ctx, a, 'otherAdcodes', file, rec);
  if (p.hostAdcode && p.hostCandidates) throw new BuildError(file, rec, 'hostCandidates is only for records whose hostAdcode is null');
  if (p.hostAdcode && p.otherAdcodes.includes(p.hostAdcode)) throw new BuildError(file, rec, `otherAdcodes repeats the host ${p.hostAdcode}`);
  if (p.point === null) {
    if (p.pointAccuracyKm !== null) throw new BuildError(file, rec, 'pointAccuracyKm must be null when point is null');
    return;
  }
  if (p.pointAccuracyKm === null) throw new BuildError(file, rec, 'pointAccuracyKm is required with a point (the estimate\'s radius in km)');
  const hosts = p.hostAdcode ? [p.hostAdcode] : p.hostCandidates;
  if (!hosts) throw new BuildError(file, rec, 'a park with a point needs a hostAdcode (or hostCandidates) to check it against');
  checkPointInCounty(ctx, p.point, hosts, file, rec);
}

/** Validate parsed JSON of geodata/parks.json; throws BuildError naming the file and record. */
export function parseParks(raw: unknown, file: string, ctx: ValidationContext): ParksData {
  const top = parseRecord(fileSchema, raw, file, '(whole file)');
  const parks = top.parks.map((r, i) => parseRecord(parkSchema, r, file, recordLabel('park', r, i)) as Park);
  const programmes = top.programmes.map((r, i) => parseRecord(programmeSchema, r, file, recordLabel('programme', r, i)) as Programme);
  checkUniqueIds(parks, 'park', file);
  checkUniqueIds(programmes, 'programme', file);
  for (const p of parks) checkPark(p, ctx, file);
  const parkIds = new Set(parks.map((p) => p.id));
  for (const g of programmes) {
    const rec = `programme ${g.id}`;
    if (parkIds.has(g.id)) throw new BuildError(file, rec, `id "${g.id}" is also a park id`);
    checkCircles(g.circles, ctx, file, rec);
    for (const id of g.parkIds) if (!parkIds.has(id)) throw new BuildError(file, rec, `parkIds: "${id}" is not a park`);
    if (!g.namesPublished && g.parkIds.length > 0) throw new BuildError(file, rec, 'parkIds lists parks although namesPublished is false');
  }
  return { parks, programmes };
}
