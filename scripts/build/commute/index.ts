/**
 * computeCommute: the build's entry to the commute model. County points, both scenarios (open lines;
 * open + under construction), per-circle shares (every circle: one without a core station in the
 * params gets status "no-rail" and no times), the core-to-core times of the configured links, and the
 * calibration table. Pure: the caller passes validated inputs.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Member, Name } from '../../../src/lib/data/atlas-types.ts';
import type { CircleCommute, CommuteCore, CommuteResult, CommuteShares, CountyCommute } from '../../../src/lib/data/commute-types.ts';
import type { RailData } from '../../../src/lib/data/rail-types.ts';
import type { Place } from '../schemas/places.ts';
import { labelPoint } from '../label-point.ts';
import { placeIndex } from '../places.ts';
import { calibrate, calibrationLines, usedTravelTimes } from './calibrate.ts';
import type { LonLat } from './geometry.ts';
import { coreLinks } from './links.ts';
import { countyTimes, type CoreDef, type CountyPoint } from './model.ts';
import { modelParams, type CommuteParams } from './params.ts';
import { roadCalibration, roadCalibrationLines, roadErrorStats } from './road-calibration.ts';
import { shares } from './shares.ts';

export interface CommuteInput {
  rail: RailData;
  params: CommuteParams;
  paramsFile: string;
  places: readonly Place[];
  circles: readonly { id: string; name: Name; members: readonly Member[] }[];
  county: (adcode: string) => { feature: Feature<Polygon | MultiPolygon>; population: number };
}

export const METHOD = 'min(road: two regimes (urban within a radius of the core centre, intercity elsewhere) + a leg overhead; road from the county seat to a station + station time + the wait of the line\'s service class + rail (Dijkstra over open lines, transfer penalty, sourced times where known) to any main station of the core city + the urban last leg to the core centre)';

/** Trips start at the county seat (places.json); a county without one starts at its label point, said so in `origin`. */
function origins(input: CommuteInput, circles: readonly { id: string; members: readonly Member[] }[]): CountyPoint[] {
  const { seatOf } = placeIndex(input.places);
  return circles.flatMap((c) => c.members.map((m) => {
    const seat = seatOf.get(m.adcode);
    return seat
      ? { adcode: m.adcode, circle: c.id, ref: `place:${seat.id}`, point: seat.point as LonLat }
      : { adcode: m.adcode, circle: c.id, ref: `county:${m.adcode}`, point: labelPoint(input.county(m.adcode).feature) };
  }));
}

export function computeCommute(input: CommuteInput): CommuteResult {
  const p = modelParams(input.params);
  const { coreOf } = placeIndex(input.places);
  const stationsOf = (id: string) => input.params.cores[id]?.stationIds ?? [];
  const cores: Record<string, CoreDef> = {};
  const coreInfo: Record<string, CommuteCore> = {};
  for (const c of input.circles) {
    const place = coreOf.get(c.id);
    if (!place) continue;
    cores[c.id] = { ref: `place:${place.id}`, point: place.point as LonLat, stationIds: stationsOf(c.id) };
    coreInfo[c.id] = { ref: `place:${place.id}`, name: place.name, point: place.point as LonLat, centreKind: place.centreKind! };
  }
  const timed = input.circles.filter((c) => cores[c.id] !== undefined);
  const { used, excluded } = usedTravelTimes(input.rail, input.params);
  const model = { rail: input.rail, params: p, cores, counties: origins(input, timed) };
  const open = countyTimes(model, { construction: false, travelTimes: used });
  const withC = countyTimes(model, { construction: true, travelTimes: used });
  const counties: CountyCommute[] = open.map((o, i) => {
    const w = withC[i];
    const origin = model.counties[i];
    return {
      adcode: o.adcode, circle: o.circle, minutes: o.minutes, mode: o.mode, ...(o.via ? { via: o.via } : {}),
      minutesWithConstruction: w.minutes, modeWithConstruction: w.mode, ...(w.via ? { viaWithConstruction: w.via } : {}),
      origin: { ref: origin.ref, point: origin.point }, legs: o.legs, legsWithConstruction: w.legs,
    };
  });
  const timeOf = new Map(counties.map((x) => [`${x.circle} ${x.adcode}`, x]));

  const circles: CircleCommute[] = input.circles.map((c) => {
    const scopeMembers = (core: boolean) => c.members.filter((m) => !core || m.coverage !== 'extended');
    const base = (ms: readonly Member[]) => ({ units: ms.length, population: ms.reduce((s, m) => s + input.county(m.adcode).population, 0) });
    const coreStationIds = [...stationsOf(c.id)];
    const head = { id: c.id, core: coreInfo[c.id] ?? null, coreStationIds, goal: input.params.goals[c.id] ?? null };
    if (cores[c.id] === undefined) return { ...head, status: 'no-rail', coreStationId: null, ...base(scopeMembers(true)) };
    const scope = (core: boolean) => {
      const rows = scopeMembers(core).map((m) => ({ t: timeOf.get(`${c.id} ${m.adcode}`)!, population: input.county(m.adcode).population }));
      return {
        ...base(scopeMembers(core)),
        ...shares(rows.map((r) => ({ minutes: r.t.minutes, population: r.population }))),
        withConstruction: shares(rows.map((r) => ({ minutes: r.t.minutesWithConstruction, population: r.population }))),
      };
    };
    const hasExtended = c.members.some((m) => m.coverage === 'extended');
    const scoped = { ...scope(true), ...(hasExtended ? { extended: scope(false) } : {}) };
    return coreStationIds.length > 0
      ? { ...head, status: 'ok', coreStationId: coreStationIds[0], ...scoped }
      : { ...head, status: 'no-rail', coreStationId: null, ...scoped };
  });

  const links = coreLinks(input.rail, input.params, p, used);
  const calibration = calibrate(input.rail, p, used);
  const placeById = new Map(input.places.map((x) => [x.id, x]));
  const stationById = new Map(input.rail.stations.map((x) => [x.id, x]));
  const pointOf = (ref: string): LonLat => {
    const [kind, id] = ref.split(':');
    return (kind === 'place' ? placeById.get(id)!.point : stationById.get(id)!.point) as LonLat;
  };
  const corePoint = (circle: string) => {
    if (!cores[circle]) throw new Error(`roadTimes: circle ${circle} has no core centre in places.json`);
    return cores[circle].point;
  };

  return {
    method: METHOD,
    paramsFile: input.paramsFile,
    params: {
      detourFactor: p.road.intercity.detourFactor, roadSpeedKmh: p.road.intercity.speedKmh, boardingMin: p.stationOverheadMin + p.waitMin.frequent,
      transferPenaltyMin: p.transferPenaltyMin, maxAccessKm: p.maxAccessKm,
      urbanSpeedKmh: p.road.urban.speedKmh, urbanSpeedKmhByCircle: p.road.urbanSpeedByCircle, urbanDetourFactor: p.road.urban.detourFactor, urbanRadiusKm: p.road.urbanRadiusKm, legOverheadMin: p.road.legOverheadMin,
      stationOverheadMin: p.stationOverheadMin, waitFrequentMin: p.waitMin.frequent, waitFewMin: p.waitMin.few,
    },
    thresholds: input.params.thresholds,
    constructionLines: input.rail.lines.filter((l) => l.status === 'construction').map((l) => ({ id: l.id, expected: l.expected ?? null })),
    counties,
    circles,
    links,
    calibration,
    calibrationExcluded: excluded,
    maxAbsErrorPct: calibration.length === 0 ? 0 : Math.max(...calibration.map((r) => Math.abs(r.errorPct))),
    roadCalibration: roadCalibration(input.params, p, pointOf, corePoint),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

/** Human summary lines for the build's stdout. */
export function commuteLines(r: CommuteResult, stationName: (id: string) => string): string[] {
  const lines = ['commute (estimate; docs/COMMUTE.md) — share of units / population within 60 | 90 min, open lines → with construction'];
  for (const c of r.circles) {
    const s = (x: CommuteShares) => `${pct(x.within60.shareUnits)} / ${pct(x.within60.sharePopulation)} | ${pct(x.within90.shareUnits)} / ${pct(x.within90.sharePopulation)}`;
    if (!c.within60 || !c.within90 || !c.withConstruction) { lines.push(`  ${c.id.padEnd(10)} no core centre in places.json: no times (${c.units} units)`); continue; }
    const where = c.status === 'ok' ? `stations ${c.coreStationIds.map(stationName).join(', ')}` : 'no rail data: road only';
    lines.push(`  ${c.id.padEnd(10)} ${s(c as CommuteShares)}  →  ${s(c.withConstruction)}   (core ${c.core?.name.zh}; ${where}; ${c.units} units)`);
  }
  for (const l of r.links) {
    const goal = l.goalMinutes === null ? 'no goal' : `goal ≤ ${l.goalMinutes}: ${l.meetsGoal ? 'met' : 'not met'}`;
    lines.push(`  link ${l.from}–${l.to} ${stationName(l.fromStation)}–${stationName(l.toStation)}: ${l.minutes} min (${goal}; parametric ${l.parametricMinutes} min)`);
  }
  lines.push(`  calibration (parametric model vs sourced, max |error| ${r.maxAbsErrorPct.toFixed(1)}%):`);
  lines.push(...calibrationLines(r.calibration, stationName));
  const stat = (s: ReturnType<typeof roadErrorStats>) => `${s.pairs} pairs, mean |error| ${s.meanAbsPct.toFixed(1)}%, max ${s.maxAbsPct.toFixed(1)}%`;
  lines.push(`  road calibration: fitted ${stat(roadErrorStats(r.roadCalibration.filter((x) => x.fitted)))}; held out ${stat(roadErrorStats(r.roadCalibration.filter((x) => !x.fitted)))}; all ${stat(roadErrorStats(r.roadCalibration))}:`);
  lines.push(...roadCalibrationLines(r.roadCalibration));
  return lines;
}
