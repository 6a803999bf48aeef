/**
 * computeCommute: the build's entry to the commute model. County points, both scenarios (open lines;
 * open + under construction), per-circle shares, the Jinan–Qingdao core-to-core time and the
 * calibration table. Pure apart from reading nothing: the caller passes parsed inputs.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Circle } from '../../../src/lib/data/atlas-types.ts';
import type { CircleCommute, CommuteResult, CountyCommute } from '../../../src/lib/data/commute-types.ts';
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
  circles: readonly Circle[];
  county: (adcode: string) => { feature: Feature<Polygon | MultiPolygon>; population: number };
}

export const METHOD = 'min(road: straight line × detour ÷ speed; road to a station + half headway + station overhead + rail (Dijkstra over open lines, transfer penalty, sourced times where known) + road to the core station)';

export function computeCommute(input: CommuteInput): CommuteResult {
  const p = modelParams(input.params);
  const cores = Object.fromEntries(Object.entries(input.params.cores).map(([id, c]) => [id, c.stationId]));
  for (const c of input.circles) if (!cores[c.id]) throw new Error(`commute-params.json: circle ${c.id} has no core station`);
  const { used, excluded } = usedTravelTimes(input.rail, input.params);
  const points: CountyPoint[] = input.circles.flatMap((c) => c.members.map((m) => ({ adcode: m.adcode, circle: c.id, point: representativePoint(input.county(m.adcode).feature) })));
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

  const circles: CircleCommute[] = input.circles.map((c) => {
    const scope = (core: boolean) => {
      const ms = c.members.filter((m) => !core || m.coverage !== 'extended');
      const rows = ms.map((m) => ({ m, t: counties.find((x) => x.adcode === m.adcode && x.circle === c.id)!, population: input.county(m.adcode).population }));
      return {
        units: ms.length,
        population: rows.reduce((s, r) => s + r.population, 0),
        ...shares(rows.map((r) => ({ minutes: r.t.minutes, population: r.population }))),
        withConstruction: shares(rows.map((r) => ({ minutes: r.t.minutesWithConstruction, population: r.population }))),
      };
    };
    const hasExtended = c.members.some((m) => m.coverage === 'extended');
    return { id: c.id, coreStationId: cores[c.id], ...scope(true), ...(hasExtended ? { extended: scope(false) } : {}) };
  });

  const jq = { from: cores.jinan, to: cores.qingdao };
  const openGraph = buildRailGraph(input.rail, p, { construction: false, travelTimes: used });
  const jqMin = stationToStation(openGraph, p, jq.from, jq.to);
  const jqParam = stationToStation(buildRailGraph(input.rail, p, { construction: false, travelTimes: null }), p, jq.from, jq.to);
  if (jqMin === null || jqParam === null) throw new Error('commute: the Jinan and Qingdao cores are not connected by rail');
  const calibration = calibrate(input.rail, p, used);

  return {
    method: METHOD,
    paramsFile: input.paramsFile,
    params: { detourFactor: p.detourFactor, roadSpeedKmh: p.roadSpeedKmh, boardingMin: p.boardingMin, transferPenaltyMin: p.transferPenaltyMin, maxAccessKm: p.maxAccessKm },
    thresholds: input.params.thresholds,
    goal: { withinMinutes: input.params.goal.withinMinutes, jinanQingdaoMinutes: input.params.goal.jinanQingdaoMinutes, text: input.params.goal.text, source: input.params.goal.source },
    constructionLines: input.rail.lines.filter((l) => l.status === 'construction').map((l) => ({ id: l.id, expected: l.expected ?? null })),
    counties,
    circles,
    jinanQingdao: { ...jq, minutes: Math.round(jqMin), meets90: Math.round(jqMin) <= input.params.goal.jinanQingdaoMinutes, parametricMinutes: Math.round(jqParam * 10) / 10 },
    calibration,
    calibrationExcluded: excluded,
    maxAbsErrorPct: Math.max(...calibration.map((r) => Math.abs(r.errorPct))),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

/** Human summary lines for the build's stdout. */
export function commuteLines(r: CommuteResult, stationName: (id: string) => string): string[] {
  const lines = ['commute (estimate; docs/COMMUTE.md) — share of units / population within 60 | 90 min, open lines → with construction'];
  for (const c of r.circles) {
    const s = (x: typeof c) => `${pct(x.within60.shareUnits)} / ${pct(x.within60.sharePopulation)} | ${pct(x.within90.shareUnits)} / ${pct(x.within90.sharePopulation)}`;
    lines.push(`  ${c.id.padEnd(10)} ${s(c)}  →  ${s({ ...c, ...c.withConstruction })}   (core ${stationName(c.coreStationId)}, ${c.units} units)`);
  }
  lines.push(`  Jinan–Qingdao ${stationName(r.jinanQingdao.from)}–${stationName(r.jinanQingdao.to)}: ${r.jinanQingdao.minutes} min (goal ≤ ${r.goal.jinanQingdaoMinutes}: ${r.jinanQingdao.meets90 ? 'met' : 'not met'}; parametric ${r.jinanQingdao.parametricMinutes} min)`);
  lines.push(`  calibration (parametric model vs sourced, max |error| ${r.maxAbsErrorPct.toFixed(1)}%):`);
  lines.push(...calibrationLines(r.calibration, stationName));
  return lines;
}
