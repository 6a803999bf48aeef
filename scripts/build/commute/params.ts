/**
 * geodata/commute-params.json: parsed with its schema (scripts/build/schemas/commute-params.ts) and
 * checked against the circles and rail.json before anything is computed; every error is a BuildError
 * naming the file and the record.
 */
import { BuildError } from '../errors.ts';
import { checkUnique } from '../context.ts';
import { commuteParamsSchema, type CommuteParams } from '../schemas/commute-params.ts';
import type { RailData } from '../../../src/lib/data/rail-types.ts';
import type { Place } from '../schemas/places.ts';

export type { CommuteParams };

export function parseCommuteParams(raw: unknown, file: string, circleIds: ReadonlySet<string>, rail: RailData, places: readonly Place[] = []): CommuteParams {
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
    for (const st of c.stationIds) need(stations.has(st), `cores.${id}`, `unknown station "${st}" (not in rail.json)`);
    need(new Set(c.stationIds).size === c.stationIds.length, `cores.${id}`, 'a station is listed twice');
    need(places.some((x) => x.kind === 'core' && x.circle === id), `cores.${id}`, `circle "${id}" has no core centre (kind "core") in places.json`);
  }
  for (const id of Object.keys(p.road.urban.speedByCircle)) need(circleIds.has(id), `road.urban.speedByCircle.${id}`, `"${id}" is not a circle id in circles.json`);
  const placeIds = new Set(places.map((x) => x.id));
  p.roadTimes.forEach((r, i) => {
    const rec = `roadTimes[${i}] ${r.id}`;
    need(circleIds.has(r.circle), rec, `"${r.circle}" is not a circle id in circles.json`);
    for (const end of [r.from, r.to]) {
      const [kind, id] = end.split(':');
      need(kind === 'place' ? placeIds.has(id) : stations.has(id), rec, `unknown ${kind} "${id}"`);
    }
  });
  checkUnique(p.roadTimes, (r) => r.id, file, (r, i) => `roadTimes[${i}] ${r.id}`, (k) => `road time ${k} is listed twice`);
  p.rail.serviceClass.forEach((c, i) => need(lines.has(c.lineId), `rail.serviceClass[${i}]`, `unknown line "${c.lineId}"`));
  checkUnique(p.rail.serviceClass, (c) => c.lineId, file, (_c, i) => `rail.serviceClass[${i}]`, (k) => `line ${k} has two service classes`);
  for (const l of rail.lines) need(p.rail.serviceClass.some((c) => c.lineId === l.id), 'rail.serviceClass', `line "${l.id}" has no service class (frequent or few)`);
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
  for (const id of Object.keys(p.goals)) need(circleIds.has(id), `goals.${id}`, `"${id}" is not a circle id in circles.json`);
  checkUnique(p.thresholds, (t) => String(t), file, () => 'thresholds', (k) => `${k} is listed twice`);
  return p;
}

/** The parameters for trips ending in one circle's core: its own urban speed where the config has one (issue 13). */
export function paramsForCircle(p: ModelParams, circle: string): ModelParams {
  const speedKmh = p.road.urbanSpeedByCircle[circle];
  return speedKmh === undefined ? p : { ...p, road: { ...p.road, urban: { ...p.road.urban, speedKmh } } };
}

/** The numbers the model needs, without the justifications (what the unit tests construct directly). */
/** One road regime: straight km × detour ÷ speed. */
export interface RoadRegime { speedKmh: number; detourFactor: number }

export interface ModelParams {
  /** urban: the regime of a circle without its own city speed; urbanSpeedByCircle: each core city's sourced peak speed. */
  road: { urban: RoadRegime; urbanSpeedByCircle: Record<string, number>; intercity: RoadRegime; urbanRadiusKm: number; legOverheadMin: number };
  maxAccessKm: number;
  /** Station time once per rail trip (entering, security, platform; leaving at the other end). */
  stationOverheadMin: number;
  /** Mean wait for the first train, by the boarding line's service class. */
  waitMin: { frequent: number; few: number };
  /** Line id → service class (lines absent, e.g. a sourced multi-line time, count as frequent). */
  serviceClass: Record<string, 'frequent' | 'few'>;
  transferPenaltyMin: number;
  speedFactor: Record<'hsr' | 'intercity' | 'suburban', number>;
  lineLengths: { lineId: string; from: string; to: string; km: number }[];
  operatingSpeedCaps: { lineId: string; kmh: number }[];
  throughRunning: { station: string; lines: [string, string] }[];
}

export function modelParams(p: CommuteParams): ModelParams {
  return {
    road: {
      urban: { speedKmh: p.road.urban.speedKmh.value, detourFactor: p.road.urban.detourFactor.value },
      urbanSpeedByCircle: Object.fromEntries(Object.entries(p.road.urban.speedByCircle).map(([id, x]) => [id, x.value])),
      intercity: { speedKmh: p.road.intercity.speedKmh.value, detourFactor: p.road.intercity.detourFactor.value },
      urbanRadiusKm: p.road.urbanRadiusKm.value,
      legOverheadMin: p.road.legOverheadMin.value,
    },
    maxAccessKm: p.road.maxAccessKm.value,
    stationOverheadMin: p.rail.stationOverheadMin.value,
    waitMin: { frequent: p.rail.waitMin.frequent.value, few: p.rail.waitMin.few.value },
    serviceClass: Object.fromEntries(p.rail.serviceClass.map((c) => [c.lineId, c.class])),
    transferPenaltyMin: p.rail.transferPenaltyMin.value,
    speedFactor: { hsr: p.rail.speedFactor.hsr.value, intercity: p.rail.speedFactor.intercity.value, suburban: p.rail.speedFactor.suburban.value },
    lineLengths: p.rail.lineLengths,
    operatingSpeedCaps: p.rail.operatingSpeedCaps,
    throughRunning: p.rail.throughRunning,
  };
}
