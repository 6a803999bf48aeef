/**
 * The station graph: one edge per pair of consecutive stations on each line in use, timed at the
 * line's effective speed, plus one direct edge per sourced travel time (its own minutes). A sourced
 * time spanning several lines (no lineId, or a station off its line) becomes a line of its own, `tt:…`,
 * so boarding it from another line is a transfer. Pure.
 */
import type { Line, RailData, Station, TravelTime } from '../../../src/lib/data/rail-types.ts';
import { lineGeometry, type LineGeometry } from './line-geometry.ts';
import { lineSpeed, onLinePairs, type LineSpeed } from './line-speeds.ts';
import type { ModelParams } from './params.ts';

export interface Edge { from: string; to: string; line: string; minutes: number }

export interface RailGraph {
  stations: ReadonlyMap<string, Station>;
  /** Station id → the lines (ids) serving it, virtual ones included. */
  linesAt: ReadonlyMap<string, string[]>;
  /** Station id → outgoing edges (both directions of every segment are present). */
  edges: ReadonlyMap<string, Edge[]>;
  speeds: ReadonlyMap<string, LineSpeed>;
  geo: LineGeometry;
  lines: readonly Line[];
}

export interface GraphOptions {
  /** Add the lines under construction as if open. */
  construction: boolean;
  /** Sourced times to use (null: the parametric model only, as calibration runs it). */
  travelTimes: readonly TravelTime[] | null;
}

export function buildRailGraph(rail: RailData, p: ModelParams, opts: GraphOptions): RailGraph {
  const stations = new Map(rail.stations.map((s) => [s.id, s]));
  const lines = rail.lines.filter((l) => l.status === 'open' || opts.construction);
  const geo = lineGeometry(stations, rail.lines, p);
  const edges = new Map<string, Edge[]>();
  const linesAt = new Map<string, string[]>();
  const addEdge = (e: Edge) => {
    for (const [a, b] of [[e.from, e.to], [e.to, e.from]]) {
      if (!edges.has(a)) edges.set(a, []);
      edges.get(a)!.push({ ...e, from: a, to: b });
      if (!linesAt.has(a)) linesAt.set(a, []);
      if (!linesAt.get(a)!.includes(e.line)) linesAt.get(a)!.push(e.line);
    }
  };
  const speeds = new Map<string, LineSpeed>();
  for (const line of lines) {
    const speed = lineSpeed(line, rail.lines, opts.travelTimes, geo, p);
    speeds.set(line.id, speed);
    for (let k = 0; k + 1 < line.stationIds.length; k++) {
      const [a, b] = [line.stationIds[k], line.stationIds[k + 1]];
      addEdge({ from: a, to: b, line: line.id, minutes: (geo.lineKm(line, a, b) / speed.kmh) * 60 });
    }
  }
  const inUse = new Set(lines.map((l) => l.id));
  for (const t of opts.travelTimes ?? []) {
    const line = lines.find((l) => l.id === t.lineId);
    const onLine = line !== undefined && onLinePairs(line, [t]).length === 1;
    if (t.lineId !== undefined && !inUse.has(t.lineId)) continue; // its line is not in this scenario
    if (!onLine && !multiLineServed(t, lines)) continue;
    addEdge({ from: t.from, to: t.to, line: onLine ? line!.id : `tt:${t.from}:${t.to}`, minutes: t.minutes });
  }
  return { stations, linesAt, edges, speeds, geo, lines };
}

/** A multi-line sourced time is usable only when both its stations are served by lines in use. */
function multiLineServed(t: TravelTime, lines: readonly Line[]): boolean {
  return lines.some((l) => l.stationIds.includes(t.from)) && lines.some((l) => l.stationIds.includes(t.to));
}
