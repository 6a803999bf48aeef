/**
 * Circle totals — the one rule, shared by the build (scripts/build/stages/measure.ts, over the
 * unsimplified polygons) and the browser (liveTotals, over the features it draws). Area and census
 * population per scope; a census development zone counts only when every county it may lie in is in
 * the scope: no guessing at a split. tests/data/browser-totals.test.ts checks both callers agree.
 */
import { area } from '@turf/turf';
import type { Circle, Coverage, DevZone } from './atlas-types.ts';
import type { CountyFeature } from './decode-atlas.ts';

/** One member with its measured area and census population. */
export interface MeasuredMember { adcode: string; coverage: Coverage; areaKm2: number; population: number }

export interface LiveTotals {
  units: number;
  /** Whole + partial units (partial ones at full size: an upper bound). */
  areaKm2: number;
  /** Whole units only (a lower bound where units are partial). */
  areaKm2Whole: number;
  population: number;
  populationWhole: number;
  /** population + the zones whose hosts all lie in the scope. */
  populationWithZones: number;
  /** populationWhole + the zones hosted in whole units only. */
  populationWholeWithZones: number;
  zones: DevZone[];
}

export function scopeTotals(members: readonly MeasuredMember[], include: readonly Coverage[], zones: readonly DevZone[]): LiveTotals {
  const inScope = members.filter((m) => include.includes(m.coverage));
  const whole = inScope.filter((m) => m.coverage !== 'partial');
  const sum = (list: readonly MeasuredMember[], key: 'areaKm2' | 'population') => list.reduce((s, m) => s + m[key], 0);
  const all = new Set(inScope.map((m) => m.adcode));
  const wholeSet = new Set(whole.map((m) => m.adcode));
  const hosted = zones.filter((z) => z.hostAdcodes.every((h) => all.has(h)));
  const zoneSum = (list: readonly DevZone[]) => list.reduce((s, z) => s + z.population, 0);
  const population = sum(inScope, 'population');
  const populationWhole = sum(whole, 'population');
  return {
    units: inScope.length,
    areaKm2: sum(inScope, 'areaKm2'),
    areaKm2Whole: sum(whole, 'areaKm2'),
    population,
    populationWhole,
    populationWithZones: population + zoneSum(hosted),
    populationWholeWithZones: populationWhole + zoneSum(hosted.filter((z) => z.hostAdcodes.every((h) => wholeSet.has(h)))),
    zones: hosted,
  };
}

/** The browser's totals: Turf area of the drawn member features, live (a what-if change updates at once). */
export function liveTotals(circle: Circle, byAdcode: ReadonlyMap<string, CountyFeature>, zones: readonly DevZone[], include: readonly Coverage[]): LiveTotals {
  const members = circle.members.flatMap((m) => {
    const f = byAdcode.get(m.adcode);
    return f ? [{ adcode: m.adcode, coverage: m.coverage, areaKm2: area(f) / 1e6, population: f.properties.population ?? 0 }] : [];
  });
  return scopeTotals(members, include, zones);
}

/** Signed difference in percent, one decimal: what the panel prints beside the plan figure. */
export function diffPercent(computed: number, official: number): number {
  return Math.round(((computed - official) / official) * 1000) / 10 || 0; // never print -0.0
}
