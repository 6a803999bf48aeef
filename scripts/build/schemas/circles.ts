/** Schema of geodata/circles.json: each circle's plan, official figures and exact membership by adcode. */
import * as z from 'zod';
import { adcodeSchema, bilingualName, bilingualNote, idSchema, nameText, positive, sourcesSchema } from './common.ts';

export const officialSchema = z.strictObject({
  areaKm2: positive,
  population: z.int().positive(),
  /** true where the plan itself says "约/≈". */
  approx: z.boolean(),
  /** The base year of the figures, or the plain words that it is not stated. */
  base: z.strictObject({
    zh: z.string().min(1, 'an official figure needs its base year (base.zh)').max(200),
    en: z.string().min(1, 'an official figure needs its base year (base.en)').max(200),
  }),
  scope: z.enum(['core', 'extended']).optional(),
  /** Why the census total differs from this figure beyond the usual tolerance (e.g. a later base year). */
  note: bilingualNote.optional(),
  sources: sourcesSchema,
});

export const coverageSchema = z.enum(['whole', 'partial', 'extended']);

export const memberSchema = z.strictObject({
  adcode: adcodeSchema,
  /** Must equal the boundary package's name (or a rename recorded in geodata/renames.json). */
  name: nameText,
  coverage: coverageSchema,
  /** Required for a member from another province than the rest of its circle. Shown in the county panel. */
  note: bilingualNote.optional(),
  sources: sourcesSchema,
});

export const circleSchema = z.strictObject({
  id: idSchema,
  name: bilingualName,
  coreCity: bilingualName,
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour'),
  sources: sourcesSchema,
  plan: z.strictObject({
    /** The plan's own (Chinese) title, shown in 《》 in both languages. */
    title: nameText,
    /** Document number, approval and issue dates, with their caveats: {zh, en} (issue 12 item 8). */
    document: bilingualName,
    approved: bilingualNote,
    issued: bilingualName,
    sources: sourcesSchema,
  }),
  official: officialSchema,
  officialExtended: officialSchema.optional(),
  members: z.array(memberSchema).min(1, 'a circle needs at least one member'),
});

export const circlesFileSchema = z.strictObject({ $comment: z.string().optional(), circles: z.array(z.unknown()).min(1, 'no circles') });
