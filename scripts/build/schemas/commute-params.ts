/**
 * Schema of geodata/commute-params.json: every parameter of the commute model, each with its `why`
 * and a source (or the word "assumption"); the core station of each circle (keyed by circle id) and
 * the links between cores whose rail time is reported (e.g. a provincial goal between two circles).
 */
import * as z from 'zod';
import { bilingualName, finite, idSchema, noteText, sourcesSchema } from './common.ts';

const why = noteText;
const source = noteText;
const num = finite.refine((v) => v >= 0, 'must not be negative');
const param = z.strictObject({ value: num, why, source });
const kinds = z.strictObject({ hsr: param, intercity: param, suburban: param });
const minutes = finite.refine((v) => v > 0, 'must be a positive number of minutes');

export const linkSchema = z.strictObject({
  /** Circle ids; the times run between their core stations. */
  from: idSchema,
  to: idSchema,
  /** The published goal for this link, or null when there is none. */
  goalMinutes: minutes.nullable(),
  /** How the goal is worded (shown beside the time). */
  text: bilingualName,
  sources: sourcesSchema,
});

export const commuteParamsSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Circle id → its core station. A circle missing here builds with status "no-rail". */
  cores: z.record(idSchema, z.strictObject({ stationId: idSchema, why })),
  links: z.array(linkSchema),
  road: z.strictObject({ detourFactor: param, speedKmh: param, maxAccessKm: param }),
  rail: z.strictObject({
    boardingHeadwayMin: param,
    stationOverheadMin: param,
    transferPenaltyMin: param,
    speedFactor: kinds,
    lineLengths: z.array(z.strictObject({ lineId: idSchema, from: idSchema, to: idSchema, km: num, source })),
    operatingSpeedCaps: z.array(z.strictObject({ lineId: idSchema, kmh: num, why, source })),
    throughRunning: z.array(z.strictObject({ station: idSchema, lines: z.tuple([idSchema, idSchema]), why, source })),
    excludeTravelTimes: z.array(z.strictObject({ from: idSchema, to: idSchema, minutes, why })),
  }),
  thresholds: z.array(minutes).min(1),
  goal: z.strictObject({ withinMinutes: minutes, text: bilingualName, source }),
});

export type CommuteParams = z.infer<typeof commuteParamsSchema>;
export type CommuteLinkParams = z.infer<typeof linkSchema>;
