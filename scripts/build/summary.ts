/**
 * summary.json's per-circle entries and the build's summary lines. The totals themselves come from
 * the one shared rule, scopeTotals in src/lib/data/totals.ts (the browser uses it too); here they are
 * rounded for the file and formatted for the console.
 */
import type { Circle, CircleSummary, DevZone, MemberTotals, ScopeTotals } from '../../src/lib/data/atlas-types.ts';
import { scopeTotals } from '../../src/lib/data/totals.ts';
import type { Coverage } from '../../src/lib/data/atlas-types.ts';

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function rounded(members: readonly MemberTotals[], include: readonly Coverage[], zones: readonly DevZone[]): ScopeTotals {
  const t = scopeTotals(members, include, zones);
  return {
    areaKm2: round1(t.areaKm2), areaKm2Whole: round1(t.areaKm2Whole), population: t.population, populationWhole: t.populationWhole,
    populationWithZones: t.populationWithZones, populationWholeWithZones: t.populationWholeWithZones, zones: t.zones.map((z) => z.code), units: t.units,
  };
}

export function summarizeCircle(
  circle: Pick<Circle, 'id' | 'name' | 'members' | 'official' | 'officialExtended'>,
  county: (adcode: string) => { areaKm2: number; population: number },
  zones: readonly DevZone[],
): CircleSummary {
  const members: MemberTotals[] = circle.members.map((m) => ({ adcode: m.adcode, name: m.name, coverage: m.coverage, ...county(m.adcode) }));
  const core = rounded(members, ['whole', 'partial'], zones);
  const hasExtended = members.some((m) => m.coverage === 'extended');
  return {
    id: circle.id,
    name: circle.name,
    members,
    computed: hasExtended ? { ...core, extended: rounded(members, ['whole', 'partial', 'extended'], zones) } : core,
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
