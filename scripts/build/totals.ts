/**
 * Circle totals: Turf area of the unsimplified county polygons and 2020 census population, per
 * scope. The browser recomputes the same sums live (src/lib/data/totals.ts); a data test checks
 * that both agree.
 */
import type { Circle, CircleSummary, Coverage, DevZone, MemberTotals, ScopeTotals } from '../../src/lib/data/atlas-types.ts';

export function scopeTotals(members: readonly MemberTotals[], include: readonly Coverage[], zones: readonly DevZone[]): ScopeTotals {
  const inScope = members.filter((m) => include.includes(m.coverage));
  const whole = inScope.filter((m) => m.coverage !== 'partial');
  const sum = (list: readonly MemberTotals[], key: 'areaKm2' | 'population') => list.reduce((s, m) => s + m[key], 0);
  const adcodes = new Set(inScope.map((m) => m.adcode));
  // A zone counts only when every county it may lie in is in the scope: no guessing at a split.
  const hosted = zones.filter((z) => z.hostAdcodes.every((h) => adcodes.has(h)));
  const population = sum(inScope, 'population');
  return {
    areaKm2: round1(sum(inScope, 'areaKm2')),
    areaKm2Whole: round1(sum(whole, 'areaKm2')),
    population,
    populationWhole: sum(whole, 'population'),
    populationWithZones: population + zonePop(hosted),
    populationWholeWithZones: sum(whole, 'population') + zonePop(hosted.filter((z) => z.hostAdcodes.every((h) => whole.some((m) => m.adcode === h)))),
    zones: hosted.map((z) => z.code),
    units: inScope.length,
  };
}

const zonePop = (list: readonly DevZone[]) => list.reduce((s, z) => s + z.population, 0);

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

export function summarizeCircle(
  circle: Circle,
  county: (adcode: string) => { areaKm2: number; population: number },
  zones: readonly DevZone[],
): CircleSummary {
  const members: MemberTotals[] = circle.members.map((m) => ({ adcode: m.adcode, name: m.name, coverage: m.coverage, ...county(m.adcode) }));
  const core = scopeTotals(members, ['whole', 'partial'], zones);
  const hasExtended = members.some((m) => m.coverage === 'extended');
  return {
    id: circle.id,
    name: circle.name,
    members,
    computed: hasExtended ? { ...core, extended: scopeTotals(members, ['whole', 'partial', 'extended'], zones) } : core,
    official: circle.official,
    ...(circle.officialExtended ? { officialExtended: circle.officialExtended } : {}),
  };
}

const pct = (a: number, b: number) => { const v = Math.round(((a - b) / b) * 1000) / 10 || 0; return `${v >= 0 ? '+' : ''}${v.toFixed(1)}%`; };
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** One line per scope, like mapshaper's summaries: computed vs plan and the difference. */
export function summaryLines(s: CircleSummary): string[] {
  const line = (label: string, t: ScopeTotals, o: CircleSummary['official']) => {
    // With partial units every figure is a range: whole units … whole + partial at full size.
    const partial = t.areaKm2Whole !== t.areaKm2;
    const area = partial ? `${fmt(t.areaKm2Whole)}–${fmt(t.areaKm2)}` : fmt(t.areaKm2);
    const areaDiff = partial ? `${pct(t.areaKm2Whole, o.areaKm2)} … ${pct(t.areaKm2, o.areaKm2)}` : pct(t.areaKm2, o.areaKm2);
    const m = (n: number) => (n / 1e6).toFixed(2);
    const pop = partial ? `${m(t.populationWholeWithZones)}–${m(t.populationWithZones)}` : m(t.populationWithZones);
    const popDiff = partial ? `${pct(t.populationWholeWithZones, o.population)} … ${pct(t.populationWithZones, o.population)}` : pct(t.populationWithZones, o.population);
    return `${label.padEnd(18)} ${String(t.units).padStart(2)} units  ${area} km² (plan ${fmt(o.areaKm2)}, ${areaDiff})  ` +
      `${pop} M people incl. zones (plan ${m(o.population)} M ${o.base.en}, ${popDiff})`;
  };
  const out = [line(s.id, s.computed, s.official)];
  if (s.computed.extended && s.officialExtended) out.push(line(`${s.id} extended`, s.computed.extended, s.officialExtended));
  return out;
}
