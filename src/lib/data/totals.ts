/**
 * The browser's circle totals: Turf area over the member features it draws and the census sum,
 * live, so a what-if membership change would update at once. Mirrors scripts/build/totals.ts;
 * tests/data/browser-totals.test.ts checks both agree.
 */
import { area } from '@turf/turf';
import type { Circle, Coverage, DevZone } from './atlas-types.ts';
import type { CountyFeature } from './decode-atlas.ts';

export interface LiveTotals {
  units: number;
  areaKm2: number;
  areaKm2Whole: number;
  population: number;
  populationWithZones: number;
  populationWholeWithZones: number;
  zones: DevZone[];
}

export function liveTotals(circle: Circle, byAdcode: ReadonlyMap<string, CountyFeature>, zones: readonly DevZone[], include: readonly Coverage[]): LiveTotals {
  const members = circle.members.filter((m) => include.includes(m.coverage));
  let areaAll = 0, areaWhole = 0, pop = 0, popWhole = 0;
  for (const m of members) {
    const f = byAdcode.get(m.adcode);
    if (!f) continue;
    const a = area(f) / 1e6;
    const p = f.properties.population ?? 0;
    areaAll += a; pop += p;
    if (m.coverage !== 'partial') { areaWhole += a; popWhole += p; }
  }
  const inScope = new Set(members.map((m) => m.adcode));
  const whole = new Set(members.filter((m) => m.coverage !== 'partial').map((m) => m.adcode));
  const hosted = zones.filter((z) => z.hostAdcodes.every((h) => inScope.has(h)));
  const zoneSum = (list: DevZone[]) => list.reduce((s, z) => s + z.population, 0);
  return {
    units: members.length, areaKm2: areaAll, areaKm2Whole: areaWhole, population: pop,
    populationWithZones: pop + zoneSum(hosted),
    populationWholeWithZones: popWhole + zoneSum(hosted.filter((z) => z.hostAdcodes.every((h) => whole.has(h)))),
    zones: hosted,
  };
}

/** Signed difference in percent, one decimal: what the panel prints beside the plan figure. */
export function diffPercent(computed: number, official: number): number {
  return Math.round(((computed - official) / official) * 1000) / 10 || 0; // never print -0.0
}
