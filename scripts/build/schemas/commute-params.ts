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

/** A circle's commuting goal as its plan (or the report that quotes it) words it. */
export const goalSchema = z.strictObject({
  withinMinutes: minutes.nullable(),
  text: z.strictObject({ zh: noteText, en: noteText }),
  /** The document that states the goal (or that was read and states none). */
  document: noteText,
  sources: sourcesSchema,
});

export const commuteParamsSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Circle id → the core city's main stations (any of them ends a rail trip; the urban last leg runs from
   *  there to the core centre of places.json). A circle missing here builds with status "no-rail" (road only). */
  cores: z.record(idSchema, z.strictObject({ stationIds: z.array(idSchema).min(1), why })),
  links: z.array(linkSchema),
  road: z.strictObject({
    /** Straight-line km within this radius of the core centre are driven at the urban regime. */
    urbanRadiusKm: param,
    /** speedByCircle: the core city's own peak road speed (circle id → value); speedKmh stands in for a circle without one. */
    urban: z.strictObject({ speedKmh: param, speedByCircle: z.record(idSchema, param), detourFactor: param }),
    intercity: z.strictObject({ speedKmh: param, detourFactor: param }),
    /** Once per road leg: getting out of the origin's streets and parking or walking at the end. */
    legOverheadMin: param,
    maxAccessKm: param,
  }),
  /** Sourced door-to-door road times the road regimes are judged by; `fitted` pairs set a parameter (not independent). */
  roadTimes: z.array(z.strictObject({
    id: idSchema,
    circle: idSchema,
    /** "place:<id>" (places.json) or "station:<id>" (rail.json). */
    from: z.string().regex(/^(place|station):[a-z0-9-]+$/, 'must be place:<id> or station:<id>'),
    to: z.string().regex(/^(place|station):[a-z0-9-]+$/, 'must be place:<id> or station:<id>'),
    minutes,
    fitted: z.boolean(),
    /** "lower": the source states a minimum (至少); judged met or not, never fitted, not in the error statistics. */
    bound: z.literal('lower').optional(),
    note: noteText,
    sources: sourcesSchema,
  }).refine((r) => !(r.bound === 'lower' && r.fitted), { message: 'a lower bound cannot set a parameter (fitted must be false)', path: ['fitted'] })),
  rail: z.strictObject({
    /** Mean wait for the first train by service class of the boarding line. */
    waitMin: z.strictObject({ frequent: param, few: param }),
    /** The class of every line; basis sourced (a count of trains) or assumption. */
    serviceClass: z.array(z.strictObject({ lineId: idSchema, class: z.enum(['frequent', 'few']), basis: z.enum(['sourced', 'assumption']), why })),
    stationOverheadMin: param,
    transferPenaltyMin: param,
    speedFactor: kinds,
    lineLengths: z.array(z.strictObject({ lineId: idSchema, from: idSchema, to: idSchema, km: num, source })),
    operatingSpeedCaps: z.array(z.strictObject({ lineId: idSchema, kmh: num, why, source })),
    throughRunning: z.array(z.strictObject({ station: idSchema, lines: z.tuple([idSchema, idSchema]), why, source })),
    excludeTravelTimes: z.array(z.strictObject({ from: idSchema, to: idSchema, minutes, why })),
  }),
  thresholds: z.array(minutes).min(1),
  /** Circle id → the commuting goal its plan states (withinMinutes null when the plan states no time, and the
   *  text says so). A circle without an entry has goal null: the panel says no goal is recorded yet. */
  goals: z.record(idSchema, goalSchema),
});

export type CommuteParams = z.infer<typeof commuteParamsSchema>;
export type CommuteLinkParams = z.infer<typeof linkSchema>;
export type CommuteGoal = z.infer<typeof goalSchema>;
