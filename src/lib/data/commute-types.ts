/**
 * Types of the commute estimate (atlas.json `commute`, summary.json circles[].commute), made at build
 * time by scripts/build/commute/. Type-only: shared by the build script and the client.
 */

export type CommuteMode = 'road' | 'rail';

/** One county unit of one circle: the estimated fastest door-to-core time, in whole minutes. */
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

export interface CircleCommute extends CommuteShares {
  id: string;
  /** The core station (rail.json id) every time is measured to. */
  coreStationId: string;
  /** Scope of the shares: the plan's core scope (whole + partial units; partial ones at full population). */
  units: number;
  population: number;
  withConstruction: CommuteShares;
  /** Chengdu only: the same over the extended planning scope. */
  extended?: CommuteShares & { units: number; population: number; withConstruction: CommuteShares };
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
  goal: { withinMinutes: number; jinanQingdaoMinutes: number; text: { zh: string; en: string }; source: string };
  constructionLines: { id: string; expected: number | null }[];
  counties: CountyCommute[];
  circles: CircleCommute[];
  jinanQingdao: { from: string; to: string; minutes: number; meets90: boolean; parametricMinutes: number };
  calibration: CalibrationRow[];
  calibrationExcluded: CalibrationExcluded[];
  /** Largest |errorPct| over the pairs used. */
  maxAbsErrorPct: number;
}
