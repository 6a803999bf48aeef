/** Schema of geodata/parks.json: co-built parks, cooperation zones, platforms, flagship projects, programmes. */
import * as z from 'zod';
import { INDUSTRY_TAGS, UNCERTAIN_PARK_FIELDS } from '../../../src/lib/data/park-types.ts';
import { adcodeSchema, bilingualName, bilingualNote, idSchema, lonLatSchema, positive, sourcesSchema, year } from './common.ts';

export const parkSchema = z.strictObject({
  id: idSchema,
  name: bilingualName,
  kind: z.enum(['co-built-park', 'cooperation-zone', 'national-platform', 'flagship-project']),
  /** The facts' full type text, e.g. "co-built park (飞地, enclave park)". Every prose field of a
   *  park is {zh, en} (issue 12 item 8). */
  kindNote: bilingualNote,
  circles: z.array(idSchema).min(1, 'must name at least one circle'),
  /** Inside the core or only in the extended scope of a circle that has one. */
  scope: z.enum(['core', 'extended']).optional(),
  /** Host county adcode; null where the facts name no single county. */
  hostAdcode: adcodeSchema.nullable(),
  /** When hostAdcode is null: the counties the facts call likely hosts (the point lies in one). */
  hostCandidates: z.array(adcodeSchema).min(1).optional(),
  /** Other counties the park or zone spans (may be outside the circles). */
  otherAdcodes: z.array(adcodeSchema),
  place: bilingualNote,
  partners: z.array(bilingualName).min(1),
  /** Focus industries in the facts' own words. */
  focus: z.array(bilingualNote),
  industries: z.array(z.enum(INDUSTRY_TAGS)),
  established: z.string().regex(/^\d{4}$/, 'must be a 4-digit year').nullable(),
  establishedNote: bilingualNote,
  areaKm2: positive.nullable(),
  areaNote: bilingualNote.optional(),
  status: bilingualNote,
  /** [lon, lat] WGS84; always an estimate (no source gives park coordinates). null = not mappable as a point. */
  point: lonLatSchema.nullable(),
  /** Honest radius of the point estimate, km (null when point is null). */
  pointAccuracyKm: positive.nullable(),
  pointMethod: bilingualNote,
  /** The point is only a label anchor for a large zone, not a site. */
  pointIsLabel: z.boolean().optional(),
  uncertain: z.array(z.enum(UNCERTAIN_PARK_FIELDS)),
  notes: bilingualNote.optional(),
  sources: sourcesSchema,
});

/** A programme with counts but no published member list. */
export const programmeSchema = z.strictObject({
  id: idSchema,
  name: bilingualName,
  circles: z.array(idSchema).min(1),
  fields: z.array(bilingualNote).min(1),
  counts: z.array(z.strictObject({ year, count: z.int().positive(), what: bilingualNote })).min(1),
  namesPublished: z.boolean(),
  /** Ids of Park records that are confirmed members (empty until names are published). */
  parkIds: z.array(idSchema),
  notes: bilingualNote.optional(),
  sources: sourcesSchema,
});

export const parksFileSchema = z.strictObject({ parks: z.array(z.unknown()), programmes: z.array(z.unknown()) });
