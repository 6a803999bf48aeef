/**
 * One row per circle for the compare view (issue 14): the computed totals (the one rule over the
 * build's per-county areas, so the same numbers as summary.json and the sidebar), census population,
 * density, the commute shares of the core scope, and the plan's figures with the difference in %.
 * A figure with partial units is a range [low, high] (design: partial units are ranges); low = high
 * otherwise. Pure.
 */
import type { AtlasJson, Circle } from './atlas-types.ts';
import { diffPercent } from './totals.ts';
import { CORE, countyTable, editedTotals, NO_EDIT } from './what-if.ts';

export type Range = [number, number];
export interface CompareRow {
  circle: Circle;
  area: Range; population: Range; density: Range;
  /** Share (0–1) of the core scope's population within 60 / 90 minutes; null without rail data. */
  within60: number | null; within90: number | null;
  areaVsPlan: Range; populationVsPlan: Range;
}

export const MEASURES = ['area', 'population', 'density', 'within60', 'within90', 'areaVsPlan', 'populationVsPlan'] as const;
export type Measure = (typeof MEASURES)[number];

export function compareRows(json: AtlasJson): CompareRow[] {
  const table = countyTable(json.counties);
  return json.circles.map((circle) => {
    const t = editedTotals(circle, NO_EDIT, table, json.devZones, CORE);
    const c = json.commute.circles.find((x) => x.id === circle.id);
    const ok = c && c.status === 'ok' ? c : null;
    const dens = [t.populationWholeWithZones / t.areaKm2Whole, t.populationWithZones / t.areaKm2];
    const o = circle.official;
    return {
      circle,
      area: [t.areaKm2Whole, t.areaKm2], population: [t.populationWholeWithZones, t.populationWithZones],
      density: [Math.min(...dens), Math.max(...dens)],
      within60: ok ? ok.within60.sharePopulation : null, within90: ok ? ok.within90.sharePopulation : null,
      areaVsPlan: [diffPercent(t.areaKm2Whole, o.areaKm2), diffPercent(t.areaKm2, o.areaKm2)],
      populationVsPlan: [diffPercent(t.populationWholeWithZones, o.population), diffPercent(t.populationWithZones, o.population)],
    };
  });
}

/** The number a sort uses: the top of a range (null sorts last). */
export function sortValue(row: CompareRow, m: Measure): number | null {
  const v = row[m];
  return v === null ? null : Array.isArray(v) ? v[1] : v;
}

export function sortRows(rows: readonly CompareRow[], m: Measure | 'order', descending: boolean): CompareRow[] {
  if (m === 'order') return descending ? [...rows].reverse() : [...rows];
  return [...rows].sort((a, b) => {
    const x = sortValue(a, m), y = sortValue(b, m);
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return descending ? y - x : x - y;
  });
}
