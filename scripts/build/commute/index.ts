/**
 * computeCommute: the build's entry to the commute model. County points, both scenarios (open lines;
 * open + under construction), per-circle shares (every circle: one without a core station in the
 * params gets status "no-rail" and no times), the core-to-core times of the configured links, and the
 * calibration table. Pure: the caller passes validated inputs.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Member, Name } from '../../../src/lib/data/atlas-types.ts';
import type { CircleCommute, CommuteLink, CommuteResult, CommuteShares, CountyCommute } from '../../../src/lib/data/commute-types.ts';
import type { RailData } from '../../../src/lib/data/rail-types.ts';
import { calibrate, calibrationLines, usedTravelTimes } from './calibrate.ts';
import { representativePoint } from './geometry.ts';
import { countyTimes, stationToStation, type CountyPoint } from './model.ts';
import { modelParams, type CommuteParams } from './params.ts';
import { buildRailGraph } from './rail-graph.ts';
import { shares } from './shares.ts';

export interface CommuteInput {
  rail: RailData;
  params: CommuteParams;
  paramsFile: string;
  circles: readonly { id: string; name: Name; members: readonly Member[] }[];
  county: (adcode: string) => { feature: Feature<Polygon | MultiPolygon>; population: number };
}

export const METHOD = 'min(road: straight line × detour ÷ speed; road to a station + half headway + station overhead + rail (Dijkstra over open lines, transfer penalty, sourced times where known) + road to the core station)';

export function computeCommute(input: CommuteInput): CommuteResult {
  const p = modelParams(input.params);
  const cores: Record<string, string> = Object.fromEntries(Object.entries(input.params.cores).map(([id, c]) => [id, c.stationId]));
  const railCircles = input.circles.filter((c) => cores[c.id] !== undefined);
  const { used, excluded } = usedTravelTimes(input.rail, input.params);
  const points: CountyPoint[] = railCircles.flatMap((c) => c.members.map((m) => ({ adcode: m.adcode, circle: c.id, point: representativePoint(input.county(m.adcode).feature) })));
  const model = { rail: input.rail, params: p, cores, counties: points };
  const open = countyTimes(model, { construction: false, travelTimes: used });
  const withC = countyTimes(model, { construction: true, travelTimes: used });
  const counties: CountyCommute[] = open.map((o, i) => {
    const w = withC[i];
    return {
      adcode: o.adcode, circle: o.circle, minutes: o.minutes, mode: o.mode, ...(o.via ? { via: o.via } : {}),
      minutesWithConstruction: w.minutes, modeWithConstruction: w.mode, ...(w.via ? { viaWithConstruction: w.via } : {}),
    };
  });
  const timeOf = new Map(counties.map((x) => [`${x.circle} ${x.adcode}`, x]));

  const circles: CircleCommute[] = input.circles.map((c) => {
    const scopeMembers = (core: boolean) => c.members.filter((m) => !core || m.coverage !== 'extended');
    const base = (ms: readonly Member[]) => ({ units: ms.length, population: ms.reduce((s, m) => s + input.county(m.adcode).population, 0) });
    const coreStationId = cores[c.id];
    if (coreStationId === undefined) return { id: c.id, status: 'no-rail', coreStationId: null, ...base(scopeMembers(true)) };
    const scope = (core: boolean) => {
      const rows = scopeMembers(core).map((m) => ({ t: timeOf.get(`${c.id} ${m.adcode}`)!, population: input.county(m.adcode).population }));
      return {
        ...base(scopeMembers(core)),
        ...shares(rows.map((r) => ({ minutes: r.t.minutes, population: r.population }))),
        withConstruction: shares(rows.map((r) => ({ minutes: r.t.minutesWithConstruction, population: r.population }))),
      };
    };
    const hasExtended = c.members.some((m) => m.coverage === 'extended');
    return { id: c.id, status: 'ok', coreStationId, ...scope(true), ...(hasExtended ? { extended: scope(false) } : {}) };
  });

  const openGraph = buildRailGraph(input.rail, p, { construction: false, travelTimes: used });
  const paramGraph = buildRailGraph(input.rail, p, { construction: false, travelTimes: null });
  const links: CommuteLink[] = input.params.links.map((l) => {
    const [fromStation, toStation] = [cores[l.from], cores[l.to]];
    const minutes = stationToStation(openGraph, p, fromStation, toStation);
    const parametric = stationToStation(paramGraph, p, fromStation, toStation);
    if (minutes === null || parametric === null) throw new Error(`link ${l.from}–${l.to}: the two core stations are not connected by open lines`);
    const rounded = Math.round(minutes);
    return {
      from: l.from, to: l.to, fromStation, toStation, minutes: rounded, parametricMinutes: Math.round(parametric * 10) / 10,
      goalMinutes: l.goalMinutes, meetsGoal: l.goalMinutes === null ? null : rounded <= l.goalMinutes, text: l.text, sources: l.sources,
    };
  });
  const calibration = calibrate(input.rail, p, used);

  return {
    method: METHOD,
    paramsFile: input.paramsFile,
    params: { detourFactor: p.detourFactor, roadSpeedKmh: p.roadSpeedKmh, boardingMin: p.boardingMin, transferPenaltyMin: p.transferPenaltyMin, maxAccessKm: p.maxAccessKm },
    thresholds: input.params.thresholds,
    goal: { withinMinutes: input.params.goal.withinMinutes, text: input.params.goal.text, source: input.params.goal.source },
    constructionLines: input.rail.lines.filter((l) => l.status === 'construction').map((l) => ({ id: l.id, expected: l.expected ?? null })),
    counties,
    circles,
    links,
    calibration,
    calibrationExcluded: excluded,
    maxAbsErrorPct: calibration.length === 0 ? 0 : Math.max(...calibration.map((r) => Math.abs(r.errorPct))),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

/** Human summary lines for the build's stdout. */
export function commuteLines(r: CommuteResult, stationName: (id: string) => string): string[] {
  const lines = ['commute (estimate; docs/COMMUTE.md) — share of units / population within 60 | 90 min, open lines → with construction'];
  for (const c of r.circles) {
    if (c.status === 'no-rail') { lines.push(`  ${c.id.padEnd(10)} no core station in the data yet (${c.units} units)`); continue; }
    const s = (x: CommuteShares) => `${pct(x.within60.shareUnits)} / ${pct(x.within60.sharePopulation)} | ${pct(x.within90.shareUnits)} / ${pct(x.within90.sharePopulation)}`;
    lines.push(`  ${c.id.padEnd(10)} ${s(c)}  →  ${s({ ...c, ...c.withConstruction })}   (core ${stationName(c.coreStationId)}, ${c.units} units)`);
  }
  for (const l of r.links) {
    const goal = l.goalMinutes === null ? 'no goal' : `goal ≤ ${l.goalMinutes}: ${l.meetsGoal ? 'met' : 'not met'}`;
    lines.push(`  link ${l.from}–${l.to} ${stationName(l.fromStation)}–${stationName(l.toStation)}: ${l.minutes} min (${goal}; parametric ${l.parametricMinutes} min)`);
  }
  lines.push(`  calibration (parametric model vs sourced, max |error| ${r.maxAbsErrorPct.toFixed(1)}%):`);
  lines.push(...calibrationLines(r.calibration, stationName));
  return lines;
}
