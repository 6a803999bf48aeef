/** Validate geodata/rail.json: stations inside their counties, lines over known stations, travel times. */
import * as z from 'zod';
import { BuildError } from './errors.ts';
import {
  adcodeSchema, checkAdcode, checkPointInCounty, checkUniqueIds, idSchema, lonLatSchema,
  parseRecord, recordLabel, sourcesSchema, type ValidationContext,
} from './context.ts';
import type { Line, RailData, Station, TravelTime } from '../../src/lib/data/rail-types.ts';

const text = z.string().trim().min(1, 'must not be empty');
const name = z.strictObject({ zh: text, en: text });
const positive = z.number().refine(Number.isFinite, 'must be finite').refine((v) => v > 0, 'must be positive');
const year = z.int().min(1900).max(2100);

const stationSchema = z.strictObject({
  id: idSchema,
  name,
  point: lonLatSchema,
  adcode: adcodeSchema,
  accuracy: z.enum(['sourced', 'approx']),
  accuracyKm: positive,
  coordSource: text,
  note: z.string().optional(),
  sources: sourcesSchema,
});

const lineSchema = z.strictObject({
  id: idSchema,
  name,
  kind: z.enum(['hsr', 'intercity', 'suburban']),
  status: z.enum(['open', 'construction']),
  opened: year.nullable(),
  expected: year.optional(),
  designSpeedKmh: positive.nullable(),
  stationIds: z.array(idSchema).min(2, 'a line needs at least two stations'),
  uncertain: z.array(text).optional(),
  note: z.string().optional(),
  sources: sourcesSchema,
});

const travelSchema = z.strictObject({
  from: idSchema,
  to: idSchema,
  minutes: z.number().refine(Number.isFinite, 'must be finite').refine((v) => v > 0, 'must be a positive number of minutes'),
  basis: z.enum(['fastest', 'estimate', 'target']),
  lineId: idSchema.optional(),
  note: z.string().optional(),
  sources: sourcesSchema,
});

const fileSchema = z.strictObject({ stations: z.array(z.unknown()), lines: z.array(z.unknown()), travelTimes: z.array(z.unknown()) });

/** Validate parsed JSON of geodata/rail.json; throws BuildError naming the file and record. */
export function parseRail(raw: unknown, file: string, ctx: ValidationContext): RailData {
  const top = parseRecord(fileSchema, raw, file, '(whole file)');
  const stations = top.stations.map((r, i) => parseRecord(stationSchema, r, file, recordLabel('station', r, i)) as Station);
  const lines = top.lines.map((r, i) => parseRecord(lineSchema, r, file, recordLabel('line', r, i)) as Line);
  const travelTimes = top.travelTimes.map((r, i) => parseRecord(travelSchema, r, file, `travel time [${i}]`) as TravelTime);
  checkUniqueIds(stations, 'station', file);
  checkUniqueIds(lines, 'line', file);

  for (const s of stations) {
    const rec = `station ${s.id}`;
    checkAdcode(ctx, s.adcode, 'adcode', file, rec);
    checkPointInCounty(ctx, s.point, [s.adcode], file, rec);
  }
  const stationIds = new Set(stations.map((s) => s.id));
  for (const l of lines) {
    const rec = `line ${l.id}`;
    for (const id of l.stationIds) if (!stationIds.has(id)) throw new BuildError(file, rec, `stationIds: station "${id}" does not exist`);
    if (new Set(l.stationIds).size !== l.stationIds.length) throw new BuildError(file, rec, 'stationIds: a station is listed twice');
    if (l.status === 'construction' && l.opened !== null) throw new BuildError(file, rec, 'a line under construction cannot have an opened year');
    if (l.status === 'open' && l.expected !== undefined) throw new BuildError(file, rec, 'an open line cannot have an expected year');
  }
  const lineIds = new Set(lines.map((l) => l.id));
  travelTimes.forEach((t, i) => {
    const rec = `travel time [${i}] ${t.from}–${t.to}`;
    for (const id of [t.from, t.to]) if (!stationIds.has(id)) throw new BuildError(file, rec, `unknown station "${id}"`);
    if (t.from === t.to) throw new BuildError(file, rec, 'from and to are the same station');
    if (t.lineId !== undefined && !lineIds.has(t.lineId)) throw new BuildError(file, rec, `lineId: unknown line "${t.lineId}"`);
  });
  return { stations, lines, travelTimes };
}
