/**
 * Schema of geodata/places.json: sourced points of each circle's core centre, prefecture seats and
 * county seats (issue 13). The commute model starts a county's trip at its county seat and ends it at
 * its circle's core; the place layer draws them. A stand-in point is `accuracy: "approx"` with a
 * `fallback` saying what it is.
 */
import * as z from 'zod';
import { adcodeSchema, bilingualName, idSchema, lonLatSchema, nameText, noteText, optionalNote, positive, sourcesSchema } from './common.ts';

export const placeSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['core', 'prefecture-seat', 'county-seat']),
  /** The county the point lies in (for a seat: the county it is the seat of, or the seat district). */
  adcode: adcodeSchema,
  name: bilingualName,
  /** [lon, lat] WGS84. */
  point: lonLatSchema,
  /** sourced: a labelled coordinate from a named source; approx: a stand-in (see `fallback`). */
  accuracy: z.enum(['sourced', 'approx']),
  accuracyKm: positive,
  /** Core only: the circle id whose centre this is; the build refuses an id that is not in circles.json. */
  circle: idSchema.optional(),
  /** Core only: what the point marks, and why that kind of centre was chosen. */
  centreKind: z.enum(['historic-centre', 'government-seat']).optional(),
  why: noteText.optional(),
  /** Prefecture seats: the seat district as the source names it. */
  seatDistrict: nameText.optional(),
  /** What the labelled point is (e.g. "municipal government (labelled)"). */
  pointKind: nameText.optional(),
  /** approx only: what stands in for the missing point. */
  fallback: nameText.optional(),
  /** A point the source puts just outside its own county polygon: the distance, stated. */
  outsideCountyKm: positive.optional(),
  note: optionalNote,
  sources: sourcesSchema,
});

export const placesFileSchema = z.strictObject({ $comment: z.string().optional(), places: z.array(z.unknown()) });

export type Place = z.infer<typeof placeSchema>;
export type PlaceKind = Place['kind'];
