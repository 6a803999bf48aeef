/**
 * Schemas of geodata/romanization.json (hand readings where pinyin-pro's default reading of a
 * place name is wrong) and geodata/renames.json (members whose curated name differs from the
 * boundary package's, e.g. after a renaming the package predates).
 */
import * as z from 'zod';
import { adcodeSchema, nameText, noteText, sourcesSchema } from './common.ts';

export const readingSchema = z.strictObject({
  /** The Chinese stem without its suffix (区, 县, 市 …), as it appears in a name. */
  zh: nameText,
  /** The standard romanisation of the stem. */
  en: nameText,
  why: noteText,
  sources: sourcesSchema.optional(),
});
export const romanizationFileSchema = z.strictObject({ $comment: z.string().optional(), readings: z.array(z.unknown()) });

export const renameSchema = z.strictObject({
  adcode: adcodeSchema,
  /** The name as the boundary package spells it. */
  boundaryName: nameText,
  /** The name the curated files use. */
  name: nameText,
  why: noteText,
  sources: sourcesSchema,
});
export const renamesFileSchema = z.strictObject({ $comment: z.string().optional(), renames: z.array(z.unknown()) });

export type Reading = z.infer<typeof readingSchema>;
export type Rename = z.infer<typeof renameSchema>;
