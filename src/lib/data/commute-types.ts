/**
 * Types of the commute estimate (atlas.json `commute`, summary.json circles[].commute), made at build
 * time by scripts/build/commute/. Type-only: shared by the build script and the client.
 */

export type CommuteMode = 'road' | 'rail';

import type { Source } from '../../../scripts/build/schemas/common.ts';

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

interface CircleCommuteBase {
  id: string;
  /** Scope of the shares: the plan's core scope (whole + partial units; partial ones at full population). */
  units: number;
  population: number;
}

/** A circle with a core station in geodata/commute-params.json: shares of units / population by time. */
export interface CircleCommuteOk extends CommuteShares, CircleCommuteBase {
  status: 'ok';
  /** The core station (rail.json id) every time is measured to. */
  coreStationId: string;
  withConstruction: CommuteShares;
  /** Circles with an extended planning scope: the same over that scope. */
  extended?: CommuteShares & { units: number; population: number; withConstruction: CommuteShares };
}

/** A circle with no core station in the data yet: no times, the panel says "no data yet". */
export interface CircleCommuteNoRail extends CircleCommuteBase {
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
  basis: 'fastest' | 'estimate' | 'target';
  sourced: number;
  /** The parametric model (no sourced times), the number the error is about. */
  model: number;
  /** (model − sourced) / sourced × 100, one decimal. */
  errorPct: number;
  /** Whether the pair needs the lines under construction. */
  construction: boolean;
}

export interface CalibrationExcluded { from: string; to: string; minutes: number; why: string }

export interface CommuteResult {
  method: string;
  paramsFile: string;
  /** The headline parameters, copied from the config for the explanation panel. */
  params: { detourFactor: number; roadSpeedKmh: number; boardingMin: number; transferPenaltyMin: number; maxAccessKm: number };
  thresholds: number[];
  goal: { withinMinutes: number; text: { zh: string; en: string }; source: string };
  constructionLines: { id: string; expected: number | null }[];
  counties: CountyCommute[];
  circles: CircleCommute[];
  links: CommuteLink[];
  calibration: CalibrationRow[];
  calibrationExcluded: CalibrationExcluded[];
  /** Largest |errorPct| over the pairs used. */
  maxAbsErrorPct: number;
}
