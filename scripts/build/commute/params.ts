/**
 * geodata/commute-params.json: parsed with its schema (scripts/build/schemas/commute-params.ts) and
 * checked against the circles and rail.json before anything is computed; every error is a BuildError
 * naming the file and the record.
 */
import { BuildError } from '../errors.ts';
import { checkUnique } from '../context.ts';
import { commuteParamsSchema, type CommuteParams } from '../schemas/commute-params.ts';
import type { RailData } from '../../../src/lib/data/rail-types.ts';

export type { CommuteParams };

export function parseCommuteParams(raw: unknown, file: string, circleIds: ReadonlySet<string>, rail: RailData): CommuteParams {
  const parsed = commuteParamsSchema.safeParse(raw);
  if (!parsed.success) {
    // the record is the object holding the bad field (e.g. road.speedKmh), the detail names the field
    const path = parsed.error.issues[0].path.map((k) => String(k));
    throw new BuildError(file, path.length > 1 ? path.slice(0, -1).join('.') : '(whole file)', `${path.at(-1) ?? '(file)'}: ${parsed.error.issues[0].message}`);
  }
  const p = parsed.data;
  const stations = new Set(rail.stations.map((s) => s.id));
  const lines = new Set(rail.lines.map((l) => l.id));
  const need = (ok: boolean, record: string, detail: string) => { if (!ok) throw new BuildError(file, record, detail); };
  for (const [id, c] of Object.entries(p.cores)) {
    need(circleIds.has(id), `cores.${id}`, `"${id}" is not a circle id in circles.json`);
    need(stations.has(c.stationId), `cores.${id}`, `unknown station "${c.stationId}" (not in rail.json)`);
  }
  p.links.forEach((l, i) => {
    const rec = `links[${i}] ${l.from}–${l.to}`;
    for (const c of [l.from, l.to]) need(p.cores[c] !== undefined, rec, `circle "${c}" has no core station in cores`);
    need(l.from !== l.to, rec, 'a link joins two different circles');
  });
  checkUnique(p.links, (l) => [l.from, l.to].sort().join('–'), file, (l, i) => `links[${i}] ${l.from}–${l.to}`, (k) => `the link ${k} is listed twice`);
  p.rail.lineLengths.forEach((l, i) => {
    need(lines.has(l.lineId), `rail.lineLengths[${i}]`, `unknown line "${l.lineId}"`);
    for (const s of [l.from, l.to]) need(stations.has(s), `rail.lineLengths[${i}]`, `unknown station "${s}"`);
  });
  checkUnique(p.rail.lineLengths, (l) => `${l.lineId} ${[l.from, l.to].sort().join('–')}`, file, (_l, i) => `rail.lineLengths[${i}]`, (k) => `${k} is listed twice`);
  p.rail.operatingSpeedCaps.forEach((c, i) => need(lines.has(c.lineId), `rail.operatingSpeedCaps[${i}]`, `unknown line "${c.lineId}"`));
  checkUnique(p.rail.operatingSpeedCaps, (c) => c.lineId, file, (_c, i) => `rail.operatingSpeedCaps[${i}]`, (k) => `line ${k} is capped twice`);
  p.rail.throughRunning.forEach((t, i) => {
    need(stations.has(t.station), `rail.throughRunning[${i}]`, `unknown station "${t.station}"`);
    for (const l of t.lines) need(lines.has(l), `rail.throughRunning[${i}]`, `unknown line "${l}"`);
  });
  p.rail.excludeTravelTimes.forEach((e, i) => need(
    rail.travelTimes.some((t) => t.from === e.from && t.to === e.to && t.minutes === e.minutes),
    `rail.excludeTravelTimes[${i}] ${e.from}–${e.to}`, `excluded travel time ${e.minutes} min is not in rail.json`));
  checkUnique(p.thresholds, (t) => String(t), file, () => 'thresholds', (k) => `${k} is listed twice`);
  return p;
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
