/**
 * Types of the commute estimate (atlas.json `commute`, summary.json circles[].commute), made at build
 * time by scripts/build/commute/. Type-only: shared by the build script and the client.
 */

export type CommuteMode = 'road' | 'rail';

import type { Source } from '../../../scripts/build/schemas/common.ts';

/** One step of a county's trip: road, the wait at a station (station time + first train), a rail run on one line, a change of line. */
export interface CommuteLeg {
  mode: 'road' | 'wait' | 'rail' | 'transfer';
  /** "place:<id>" (geodata/places.json), "station:<id>" (rail.json) or "county:<adcode>" (a county without a seat: its label point). */
  from: string;
  to: string;
  /** Rail runs: the line (a sourced multi-line time is "tt:<from>:<to>"). */
  line?: string;
  /** One decimal; the legs add up to the trip before it is rounded to whole minutes. */
  minutes: number;
}

/** One county unit of one circle (a county in two circles has two entries): the estimated fastest door-to-core time, in whole minutes. */
export interface CountyCommute {
  adcode: string;
  circle: string;
  /** Open lines only. */
  minutes: number;
  mode: CommuteMode;
  /** Rail only: boarding station first, then the stations where the trip changes line, then the alighting station. */
  via?: string[];
  /** With the lines under construction added as if open. */
  minutesWithConstruction: number;
  modeWithConstruction: CommuteMode;
  viaWithConstruction?: string[];
  /** Where the trip starts: the county seat (places.json) or, without one, the label point. */
  origin: { ref: string; point: [number, number] };
  /** The trip as legs, open lines / with construction (road only: one leg). */
  legs: CommuteLeg[];
  legsWithConstruction: CommuteLeg[];
}

export interface ShareWithin {
  /** Units (and their 2020 census population) at or under the threshold. */
  units: number;
  population: number;
  /** 0–1, of the units / population in the scope. */
  shareUnits: number;
  sharePopulation: number;
}

export interface CommuteShares {
  within60: ShareWithin;
  within90: ShareWithin;
}

/** Where a circle's trips end: its core centre (geodata/places.json, kind "core"). */
export interface CommuteCore {
  /** "place:<id>". */
  ref: string;
  name: { zh: string; en: string };
  point: [number, number];
  centreKind: 'historic-centre' | 'government-seat';
}

interface CircleCommuteBase {
  id: string;
  /** Scope of the shares: the plan's core scope (whole + partial units; partial ones at full population). */
  units: number;
  population: number;
  /** The core centre, or null when places.json has none for the circle (then there are no times). */
  core: CommuteCore | null;
  /** The core city's main stations (commute-params.json `cores`); empty without rail data. */
  coreStationIds: string[];
  /** The commuting goal the circle's plan states (commute-params.json `goals`; withinMinutes null when it states
   *  no time), or null when the data records none for the circle yet. */
  goal: CircleGoal | null;
}

/** A circle's commuting goal as worded by its plan or the report quoting it. */
export interface CircleGoal {
  withinMinutes: number | null;
  text: { zh: string; en: string };
  document: string;
  sources: Source[];
}

type Scoped = CommuteShares & { withConstruction: CommuteShares; extended?: CommuteShares & { units: number; population: number; withConstruction: CommuteShares } };

/** A circle with core stations in geodata/commute-params.json: shares of units / population by time. */
export interface CircleCommuteOk extends Scoped, CircleCommuteBase {
  status: 'ok';
  /** The first of coreStationIds (kept for readers of atlas@2 before the list). */
  coreStationId: string;
}

/** A circle with no core station in the data yet: road-only shares when it has a core centre, else none. */
export interface CircleCommuteNoRail extends Partial<Scoped>, CircleCommuteBase {
  status: 'no-rail';
  coreStationId: null;
}

/** One entry per circle of atlas.json, in the same order. */
export type CircleCommute = CircleCommuteOk | CircleCommuteNoRail;

/** Rail time between the core stations of two circles (geodata/commute-params.json `links`). */
export interface CommuteLink {
  from: string;
  to: string;
  fromStation: string;
  toStation: string;
  /** With the sourced times, open lines, whole minutes. */
  minutes: number;
  /** The parametric model alone, one decimal. */
  parametricMinutes: number;
  goalMinutes: number | null;
  meetsGoal: boolean | null;
  text: { zh: string; en: string };
  sources: Source[];
}

export interface CalibrationRow {
  from: string;
  to: string;
  lineId?: string;
  basis: 'fastest' | 'stopping' | 'estimate' | 'target';
  sourced: number;
  /** The parametric model (no sourced times), the number the error is about. */
  model: number;
  /** (model − sourced) / sourced × 100, one decimal. */
  errorPct: number;
  /** Whether the pair needs the lines under construction. */
  construction: boolean;
}

/** A sourced road time against the two-regime road model (commute-params.json `roadTimes`). */
export interface RoadCalibrationRow {
  id: string;
  circle: string;
  from: string;
  to: string;
  sourced: number;
  model: number;
  errorPct: number;
  /** The pair set a parameter: not an independent test. */
  fitted: boolean;
  /** "lower": the source gives a minimum; `meetsBound` says whether the model is at or above it. */
  bound?: 'lower';
  meetsBound?: boolean;
}

export interface CalibrationExcluded { from: string; to: string; minutes: number; why: string }

export interface CommuteResult {
  method: string;
  paramsFile: string;
  /** The headline parameters, copied from the config for the explanation panel. */
  /** The headline parameters. detourFactor / roadSpeedKmh are the intercity regime's, boardingMin = station time + a frequent line's wait. */
  params: {
    detourFactor: number; roadSpeedKmh: number; boardingMin: number; transferPenaltyMin: number; maxAccessKm: number;
    /** urbanSpeedKmh: for a circle without its own; urbanSpeedKmhByCircle: each core city's sourced peak speed. */
    urbanSpeedKmh: number; urbanSpeedKmhByCircle: Record<string, number>; urbanDetourFactor: number; urbanRadiusKm: number; legOverheadMin: number;
    stationOverheadMin: number; waitFrequentMin: number; waitFewMin: number;
  };
  thresholds: number[];
  constructionLines: { id: string; expected: number | null }[];
  counties: CountyCommute[];
  circles: CircleCommute[];
  links: CommuteLink[];
  calibration: CalibrationRow[];
  calibrationExcluded: CalibrationExcluded[];
  /** Largest |errorPct| over the pairs used. */
  maxAbsErrorPct: number;
  roadCalibration: RoadCalibrationRow[];
}
