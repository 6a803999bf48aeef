/**
 * Dijkstra over (station, line) states, so changing line costs a transfer penalty (none where the
 * config records through trains) plus, onto a line with few trains, the extra wait of its class.
 * Sources are seeded with a starting cost each. Pure; the graphs are small (≈120 stations), so a
 * linear scan for the minimum is enough.
 */
import type { RailGraph } from './rail-graph.ts';
import type { ModelParams } from './params.ts';

export interface StationTime {
  minutes: number;
  /** From this station back to the seed: the stations where the line changes, then the seed station. */
  via: string[];
  /** The states from this station to the seed: station, line, minutes still to go from there. */
  chain: { station: string; line: string; minutes: number }[];
  /** The wait for the first train included in `minutes` (0 without `boardWait`). */
  waitMin: number;
}

/** The wait at boarding for a line: by its service class (a multi-line sourced time counts as frequent). */
export function waitFor(p: Pick<ModelParams, 'waitMin' | 'serviceClass'>, line: string): number {
  return p.serviceClass[line] === 'few' ? p.waitMin.few : p.waitMin.frequent;
}

const key = (station: string, line: string) => `${station}\u0000${line}`;

export function isThrough(p: ModelParams, station: string, a: string, b: string): boolean {
  return p.throughRunning.some((t) => t.station === station && t.lines.includes(a) && t.lines.includes(b));
}

/**
 * Fastest rail time from every station to the seeds (seed cost = e.g. the road leg from the seed to
 * the core). With `boardWait`, each station's time includes the wait for the line boarded there.
 */
export function railTimes(g: RailGraph, p: ModelParams, seeds: ReadonlyMap<string, number>, boardWait = false): Map<string, StationTime> {
  const extraWait = (line: string) => waitFor(p, line) - p.waitMin.frequent;
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
      if (other !== line) relax(key(station, other), bestD + (isThrough(p, station, line, other) ? 0 : p.transferPenaltyMin + extraWait(line)));
    }
  }
  const out = new Map<string, StationTime>();
  for (const [k, d] of dist) {
    const [station, line] = k.split('\u0000');
    const wait = boardWait ? waitFor(p, line) : 0;
    if (d + wait >= (out.get(station)?.minutes ?? Infinity)) continue;
    out.set(station, { minutes: d + wait, via: path(k, prev), chain: chain(k, prev, dist), waitMin: wait });
  }
  return out;
}

function chain(k: string, prev: Map<string, string | null>, dist: Map<string, number>): StationTime['chain'] {
  const out: StationTime['chain'] = [];
  for (let cur: string | null = k; cur !== null; cur = prev.get(cur) ?? null) {
    const [station, line] = cur.split('\u0000');
    out.push({ station, line, minutes: dist.get(cur)! });
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
