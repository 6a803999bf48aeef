/**
 * geodata/commute-params.json: every parameter of the commute model, each with its `why` and a source
 * (or the word "assumption"). Validated here; nothing else in the model holds a number of its own.
 */
import * as z from 'zod';
import { BuildError } from '../errors.ts';

const why = z.string().trim().min(1, 'why: must explain the value');
const source = z.string().trim().min(1, 'source: a source, or "assumption"');
const num = z.number().refine(Number.isFinite, 'must be finite').refine((v) => v >= 0, 'must not be negative');
const param = z.strictObject({ value: num, why, source });
const kinds = z.strictObject({ hsr: param, intercity: param, suburban: param });

const schema = z.strictObject({
  $comment: z.string().optional(),
  cores: z.record(z.string(), z.strictObject({ stationId: z.string(), why })),
  road: z.strictObject({ detourFactor: param, speedKmh: param, maxAccessKm: param }),
  rail: z.strictObject({
    boardingHeadwayMin: param,
    stationOverheadMin: param,
    transferPenaltyMin: param,
    speedFactor: kinds,
    lineLengths: z.array(z.strictObject({ lineId: z.string(), from: z.string(), to: z.string(), km: num, source })),
    operatingSpeedCaps: z.array(z.strictObject({ lineId: z.string(), kmh: num, why, source })),
    throughRunning: z.array(z.strictObject({ station: z.string(), lines: z.tuple([z.string(), z.string()]), why, source })),
    excludeTravelTimes: z.array(z.strictObject({ from: z.string(), to: z.string(), minutes: num, why })),
  }),
  thresholds: z.array(num).min(1),
  goal: z.strictObject({ withinMinutes: num, jinanQingdaoMinutes: num, text: z.strictObject({ zh: z.string(), en: z.string() }), source }),
});

export type CommuteParams = z.infer<typeof schema>;

export function parseCommuteParams(raw: unknown, file: string): CommuteParams {
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new BuildError(file, issue.path.join('.') || '(whole file)', issue.message);
  }
  return r.data;
}

/** The numbers the model needs, without the justifications (what the unit tests construct directly). */
export interface ModelParams {
  detourFactor: number;
  roadSpeedKmh: number;
  maxAccessKm: number;
  /** Added once per rail trip: half the headway + the station overhead. */
  boardingMin: number;
  transferPenaltyMin: number;
  speedFactor: Record<'hsr' | 'intercity' | 'suburban', number>;
  lineLengths: { lineId: string; from: string; to: string; km: number }[];
  operatingSpeedCaps: { lineId: string; kmh: number }[];
  throughRunning: { station: string; lines: [string, string] }[];
}

export function modelParams(p: CommuteParams): ModelParams {
  return {
    detourFactor: p.road.detourFactor.value,
    roadSpeedKmh: p.road.speedKmh.value,
    maxAccessKm: p.road.maxAccessKm.value,
    boardingMin: p.rail.boardingHeadwayMin.value / 2 + p.rail.stationOverheadMin.value,
    transferPenaltyMin: p.rail.transferPenaltyMin.value,
    speedFactor: { hsr: p.rail.speedFactor.hsr.value, intercity: p.rail.speedFactor.intercity.value, suburban: p.rail.speedFactor.suburban.value },
    lineLengths: p.rail.lineLengths,
    operatingSpeedCaps: p.rail.operatingSpeedCaps,
    throughRunning: p.rail.throughRunning,
  };
}
