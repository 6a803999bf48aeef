/**
 * The travel times from one station, one entry per destination (issue 12 item 10: the panel listed
 * two different "fastest" times to the same station). The headline is the quickest reported fastest
 * train; every other record for that destination (an earlier timetable, another line, a planning
 * estimate) is kept as an other service, quickest first. Times recorded the other way round
 * (to → from) are the same trip and count for the destination at the far end.
 */
import type { TravelTime } from '../data/rail-types.ts';

export interface DestinationTimes {
  /** Station id at the far end. */
  destination: string;
  /** The fastest train, or — when no record is a fastest train — the quickest estimate or target. */
  headline: TravelTime;
  others: TravelTime[];
}

export function timesByDestination(times: readonly TravelTime[], stationId: string): DestinationTimes[] {
  const byDest = new Map<string, TravelTime[]>();
  for (const tt of times) {
    if (tt.from !== stationId && tt.to !== stationId) continue;
    const dest = tt.from === stationId ? tt.to : tt.from;
    if (dest === stationId) continue;
    byDest.set(dest, [...(byDest.get(dest) ?? []), tt]);
  }
  return [...byDest].map(([destination, list]) => {
    // fastest-train records first, then by minutes (stable: the data's order breaks ties)
    const ranked = [...list].sort((a, b) => Number(b.basis === 'fastest') - Number(a.basis === 'fastest') || a.minutes - b.minutes);
    return { destination, headline: ranked[0], others: ranked.slice(1) };
  });
}
