/** Schema of geodata/rail.json: stations, lines and sourced travel times. */
import * as z from 'zod';
import { adcodeSchema, bilingualName, bilingualNote, finite, idSchema, lonLatSchema, nameText, noteText, optionalNote, positive, sourcesSchema, year } from './common.ts';

export const stationSchema = z.strictObject({
  id: idSchema,
  name: bilingualName,
  /** [lon, lat] WGS84. */
  point: lonLatSchema,
  /** Host county adcode. */
  adcode: adcodeSchema,
  /** 'sourced': copied from a named coordinate source; 'approx': placed from general knowledge. */
  accuracy: z.enum(['sourced', 'approx']),
  accuracyKm: positive,
  /** Where the coordinate comes from, in words ({zh, en}, as every prose a panel shows). */
  coordSource: bilingualNote,
  note: bilingualNote.optional(),
  sources: sourcesSchema,
});

export const lineSchema = z.strictObject({
  id: idSchema,
  name: bilingualName,
  kind: z.enum(['hsr', 'intercity', 'suburban']),
  status: z.enum(['open', 'construction']),
  /** Year opened (status open), or null when the facts give none. */
  opened: year.nullable(),
  /** Expected opening year (status construction). */
  expected: year.optional(),
  designSpeedKmh: positive.nullable(),
  /** Ordered along the line; stations without a coordinate are left out. */
  stationIds: z.array(idSchema).min(2, 'a line needs at least two stations'),
  /** Field names the facts flag as unverified. */
  uncertain: z.array(nameText).optional(),
  note: optionalNote,
  sources: sourcesSchema,
});

export const travelTimeSchema = z.strictObject({
  from: idSchema,
  to: idSchema,
  minutes: finite.refine((v) => v > 0, 'must be a positive number of minutes'),
  /** fastest = a reported fastest timetable time; stopping = a stopping train's time; estimate = a planning estimate. */
  basis: z.enum(['fastest', 'stopping', 'estimate', 'target']),
  lineId: idSchema.optional(),
  note: bilingualNote.optional(),
  sources: sourcesSchema,
});

export const railFileSchema = z.strictObject({ stations: z.array(z.unknown()), lines: z.array(z.unknown()), travelTimes: z.array(z.unknown()) });
