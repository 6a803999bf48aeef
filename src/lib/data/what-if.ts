/**
 * What-if membership (issue 14): a circle's members with counties added or dropped, and the figures
 * of that edited list. Pure. Totals go through the one rule (`scopeTotals`, totals.ts) over the
 * build's per-county areas (atlas.json `counties[].areaKm2`, the unsimplified Turf area that
 * summary.json sums), so an unedited circle shows exactly the summary.json figures and a dropped
 * county lowers the area by exactly its own area. Commute shares reuse the build's rule
 * (scripts/build/commute/shares.ts) over the build's per-county times.
 */
import { shares } from '../../../scripts/build/commute/shares.ts';
import type { Circle, Coverage, CountyProps, DevZone } from './atlas-types.ts';
import type { CommuteShares, CountyCommute } from './commute-types.ts';
import { scopeTotals, type LiveTotals, type MeasuredMember } from './totals.ts';

export interface Edit { add: readonly string[]; drop: readonly string[] }
export const NO_EDIT: Edit = Object.freeze({ add: [], drop: [] });

/** One row of the edited circle: a plan member, or an added county (counted as a whole unit). */
export interface EditedMember { adcode: string; coverage: Coverage; added: boolean }

export const CORE: readonly Coverage[] = ['whole', 'partial'];
export const EXTENDED: readonly Coverage[] = ['whole', 'partial', 'extended'];

export const isEdited = (e: Edit) => e.add.length > 0 || e.drop.length > 0;

/** The plan's members minus `drop`, plus `add` (as whole units), in plan order then adcode order. */
export function editedMembers(circle: Circle, edit: Edit): EditedMember[] {
  const drop = new Set(edit.drop);
  const plan = new Set(circle.members.map((m) => m.adcode));
  return [
    ...circle.members.filter((m) => !drop.has(m.adcode)).map((m) => ({ adcode: m.adcode, coverage: m.coverage, added: false })),
    ...[...new Set(edit.add)].filter((a) => !plan.has(a)).sort().map((adcode) => ({ adcode, coverage: 'whole' as Coverage, added: true })),
  ];
}

/** Members with the build's area and census population (a county missing from the table counts 0). */
export function measured(members: readonly EditedMember[], table: ReadonlyMap<string, CountyProps>): MeasuredMember[] {
  return members.map((m) => {
    const p = table.get(m.adcode);
    return { adcode: m.adcode, coverage: m.coverage, areaKm2: p?.areaKm2 ?? 0, population: p?.population ?? 0 };
  });
}

/** Totals of the edited circle over a scope (CORE or EXTENDED). */
export function editedTotals(circle: Circle, edit: Edit, table: ReadonlyMap<string, CountyProps>, zones: readonly DevZone[], include: readonly Coverage[]): LiveTotals {
  return scopeTotals(measured(editedMembers(circle, edit), table), include, zones);
}

export interface EditedShares { shares: CommuteShares; withConstruction: CommuteShares; units: number; population: number; untimed: string[] }

/**
 * Shares of the edited core scope within 60 / 90 minutes. An added county has no time to this
 * circle's core (the build times only members): it is listed in `untimed` and left out of the shares
 * rather than guessed. Null when the circle has no times at all (no rail in the data).
 */
export function editedShares(circle: Circle, edit: Edit, table: ReadonlyMap<string, CountyProps>, times: readonly CountyCommute[]): EditedShares | null {
  const own = new Map(times.filter((t) => t.circle === circle.id).map((t) => [t.adcode, t]));
  if (own.size === 0) return null;
  const scope = editedMembers(circle, edit).filter((m) => CORE.includes(m.coverage));
  const timed = scope.flatMap((m) => { const t = own.get(m.adcode); return t ? [{ t, population: table.get(m.adcode)?.population ?? 0 }] : []; });
  return {
    shares: shares(timed.map((r) => ({ minutes: r.t.minutes, population: r.population }))),
    withConstruction: shares(timed.map((r) => ({ minutes: r.t.minutesWithConstruction, population: r.population }))),
    units: timed.length,
    population: timed.reduce((s, r) => s + r.population, 0),
    untimed: scope.filter((m) => !own.has(m.adcode)).map((m) => m.adcode),
  };
}

const tables = new WeakMap<readonly CountyProps[], ReadonlyMap<string, CountyProps>>();
/** atlas.json `counties` by adcode (made once per atlas). */
export function countyTable(counties: readonly CountyProps[]): ReadonlyMap<string, CountyProps> {
  let t = tables.get(counties);
  if (!t) { t = new Map(counties.map((c) => [c.adcode, c])); tables.set(counties, t); }
  return t;
}
