/**
 * Dijkstra over (station, line) states, so changing line costs a transfer penalty (none where the
 * config records through trains). Sources are seeded with a starting cost each. Pure; the graphs
 * are small (≈100 stations), so a linear scan for the minimum is enough.
 */
import type { RailGraph } from './rail-graph.ts';
import type { ModelParams } from './params.ts';

export interface StationTime {
  minutes: number;
  /** From this station back to the seed: the stations where the line changes, then the seed station. */
  via: string[];
}

const key = (station: string, line: string) => `${station}\u0000${line}`;

export function isThrough(p: ModelParams, station: string, a: string, b: string): boolean {
  return p.throughRunning.some((t) => t.station === station && t.lines.includes(a) && t.lines.includes(b));
}

/** Fastest rail time from every station to the seeds (seed cost = e.g. the road leg from the seed to the core). */
export function railTimes(g: RailGraph, p: ModelParams, seeds: ReadonlyMap<string, number>): Map<string, StationTime> {
  const dist = new Map<string, number>();
  const prev = new Map<string, string | null>();
  const done = new Set<string>();
  const open = new Set<string>();
  for (const [station, cost] of seeds) {
    for (const line of g.linesAt.get(station) ?? []) {
      const k = key(station, line);
      if (cost < (dist.get(k) ?? Infinity)) { dist.set(k, cost); prev.set(k, null); open.add(k); }
    }
  }
  while (open.size > 0) {
    let best = '';
    let bestD = Infinity;
    for (const k of open) { const d = dist.get(k)!; if (d < bestD) { bestD = d; best = k; } }
    open.delete(best);
    done.add(best);
    const [station, line] = best.split('\u0000');
    const relax = (k: string, d: number) => {
      if (done.has(k) || d >= (dist.get(k) ?? Infinity)) return;
      dist.set(k, d); prev.set(k, best); open.add(k);
    };
    for (const e of g.edges.get(station) ?? []) if (e.line === line) relax(key(e.to, line), bestD + e.minutes);
    for (const other of g.linesAt.get(station) ?? []) {
      if (other !== line) relax(key(station, other), bestD + (isThrough(p, station, line, other) ? 0 : p.transferPenaltyMin));
    }
  }
  const out = new Map<string, StationTime>();
  for (const [k, d] of dist) {
    const [station] = k.split('\u0000');
    if (d >= (out.get(station)?.minutes ?? Infinity)) continue;
    out.set(station, { minutes: d, via: path(k, prev) });
  }
  return out;
}

/** The stations along the chain of states where the line changes, ending with the seed station. */
function path(k: string, prev: Map<string, string | null>): string[] {
  const via: string[] = [];
  let cur: string | null = k;
  let lastLine: string | null = null;
  while (cur !== null) {
    const [station, line] = cur.split('\u0000');
    const before: string | null = prev.get(cur) ?? null;
    if (lastLine !== null && line !== lastLine && via[via.length - 1] !== station) via.push(station);
    if (before === null && via[via.length - 1] !== station) via.push(station);
    lastLine = line;
    cur = before;
  }
  return via;
}
