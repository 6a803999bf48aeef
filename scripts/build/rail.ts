/** Validate geodata/rail.json: stations inside their counties, lines over known stations, unique travel times. */
import { BuildError } from './errors.ts';
import { checkAdcode, checkPointInCounty, checkUnique, checkUniqueIds, parseRecord, recordLabel, type ValidationContext } from './context.ts';
import { lineSchema, railFileSchema, stationSchema, travelTimeSchema } from './schemas/rail.ts';
import type { Line, RailData, Station, TravelTime } from '../../src/lib/data/rail-types.ts';

/** The key the UI lists a travel time by: the unordered pair and the minutes. */
export const travelTimeKey = (t: Pick<TravelTime, 'from' | 'to' | 'minutes'>) => `${[t.from, t.to].sort().join('–')} ${t.minutes} min`;

/** Validate parsed JSON of geodata/rail.json; throws BuildError naming the file and record. */
export function parseRail(raw: unknown, file: string, ctx: ValidationContext): RailData {
  const top = parseRecord(railFileSchema, raw, file, '(whole file)');
  const stations = top.stations.map((r, i) => parseRecord(stationSchema, r, file, recordLabel('station', r, i)) as Station);
  const lines = top.lines.map((r, i) => parseRecord(lineSchema, r, file, recordLabel('line', r, i)) as Line);
  const travelTimes = top.travelTimes.map((r, i) => parseRecord(travelTimeSchema, r, file, `travel time [${i}]`) as TravelTime);
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
  checkUnique(travelTimes, travelTimeKey, file, (t, i) => `travel time [${i}] ${t.from}–${t.to}`, (k) => `the same travel time (${k}) is listed twice`);
  const lineIds = new Set(lines.map((l) => l.id));
  travelTimes.forEach((t, i) => {
    const rec = `travel time [${i}] ${t.from}–${t.to}`;
    for (const id of [t.from, t.to]) if (!stationIds.has(id)) throw new BuildError(file, rec, `unknown station "${id}"`);
    if (t.from === t.to) throw new BuildError(file, rec, 'from and to are the same station');
    if (t.lineId !== undefined && !lineIds.has(t.lineId)) throw new BuildError(file, rec, `lineId: unknown line "${t.lineId}"`);
  });
  return { stations, lines, travelTimes };
}
