/**
 * A trip as legs (issue 13, transparency): seat → station by road, the station time and the wait,
 * rail runs per line, changes of line, and the urban last leg from the alighting station to the core
 * centre. Leg ends are "place:<id>", "station:<id>" or "county:<adcode>" (an origin without a seat).
 * Minutes to one decimal; they add up to the county's minutes before rounding. Pure.
 */
import type { CommuteLeg } from '../../../src/lib/data/commute-types.ts';
import type { StationTime } from './shortest-path.ts';

const r1 = (x: number) => Math.round(x * 10) / 10;

export function railLegs(origin: string, accessMin: number, overheadMin: number, t: StationTime, core: string): CommuteLeg[] {
  const c = t.chain;
  const board = c[0].station;
  const legs: CommuteLeg[] = [
    { mode: 'road', from: origin, to: `station:${board}`, minutes: r1(accessMin) },
    { mode: 'wait', from: `station:${board}`, to: `station:${board}`, minutes: r1(overheadMin + t.waitMin) },
  ];
  let runFrom = 0;
  for (let i = 0; i + 1 < c.length; i++) {
    const [a, b] = [c[i], c[i + 1]];
    if (a.line === b.line) continue;
    // a line change at the same station (states are chained station by station along one line)
    if (i > runFrom) legs.push({ mode: 'rail', from: `station:${c[runFrom].station}`, to: `station:${a.station}`, line: a.line, minutes: r1(c[runFrom].minutes - a.minutes) });
    legs.push({ mode: 'transfer', from: `station:${a.station}`, to: `station:${b.station}`, minutes: r1(a.minutes - b.minutes) });
    runFrom = i + 1;
  }
  const last = c[c.length - 1];
  if (c.length - 1 > runFrom) legs.push({ mode: 'rail', from: `station:${c[runFrom].station}`, to: `station:${last.station}`, line: last.line, minutes: r1(c[runFrom].minutes - last.minutes) });
  legs.push({ mode: 'road', from: `station:${last.station}`, to: core, minutes: r1(last.minutes) });
  return legs;
}
