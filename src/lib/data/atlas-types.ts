/**
 * Types of the generated data the browser reads (public/data/atlas.json, summary.json and the
 * properties of atlas.topo.json). Type-only: shared by the build script and the client.
 */
export interface Source { url: string; date: string; what: string }
export interface Name { zh: string; en: string }

export type Coverage = 'whole' | 'partial' | 'extended';

export interface Member { adcode: string; name: string; coverage: Coverage; note?: string; sources: Source[] }

export interface Official {
  areaKm2: number;
  population: number;
  /** true where the plan itself says "约/≈". */
  approx: boolean;
  /** The base year of the figures, or the plain words that it is not stated. */
  base: Name;
  scope?: 'core' | 'extended';
  sources: Source[];
}

export interface Circle {
  id: string;
  name: Name;
  coreCity: Name;
  color: string;
  sources: Source[];
  plan: { title: string; document: string; approved: string; issued: string; sources: Source[] };
  official: Official;
  officialExtended?: Official;
  members: Member[];
}

/** A census development zone: counted by the census apart from its host counties, with no polygon. */
export interface DevZone {
  code: string;
  name: string;
  prefecture: string;
  population: number;
  hostAdcodes: string[];
  hostConfidence: 'sourced' | 'inferred' | 'uncertain';
  hostNote: string;
  sources: Source[];
}

/** Properties of each county feature in atlas.topo.json. */
export interface CountyProps {
  adcode: string;
  name: string;
  /** Hanyu Pinyin + English suffix, made by the build (scripts/build/romanize.ts). */
  nameEn: string;
  /** Toneless pinyin of the Chinese name, for search. */
  pinyin: string;
  /** 4-digit prefecture code + "00". */
  prefecture: string;
  prefectureName: string;
  prefectureNameEn: string;
  province: string;
  provinceEn: string;
  /** Interior point (polylabel of the largest part): label anchor and commute origin. */
  label: [number, number];
  /** Turf geodesic area of the unsimplified polygon, km². */
  areaKm2: number;
  /** 2020 census resident population (NBS county table); null outside the census file. */
  population: number | null;
}

export interface MemberTotals {
  adcode: string;
  name: string;
  coverage: Coverage;
  areaKm2: number;
  population: number;
}

export interface ScopeTotals {
  /** Area of whole + partial units (partial units at full size: an upper bound). */
  areaKm2: number;
  /** Area of whole units only (a lower bound where units are partial). */
  areaKm2Whole: number;
  /** Census population of whole + partial units. */
  population: number;
  populationWhole: number;
  /** population + census development zones whose hosts all lie in this scope. */
  populationWithZones: number;
  /** populationWhole + the zones hosted in whole units only (the lower bound where units are partial). */
  populationWholeWithZones: number;
  zones: string[];
  units: number;
}

export interface CircleSummary {
  id: string;
  name: Name;
  members: MemberTotals[];
  computed: ScopeTotals & { extended?: ScopeTotals };
  official: Official;
  officialExtended?: Official;
  /** The commute estimate's shares (scripts/build/commute/); the same object as atlas.json commute.circles[i]. */
  commute?: CircleCommute;
}

export interface Summary {
  generated: string;
  schema: 'metro-circle-atlas/summary@1';
  method: { area: string; population: string; zones: string };
  circles: CircleSummary[];
}

export interface Prefecture { code: string; name: Name; pinyin: string }

import type { Park, Programme } from './park-types.ts';
import type { RailData } from './rail-types.ts';
import type { CircleCommute, CommuteResult } from './commute-types.ts';

/** public/data/atlas.json */
export interface AtlasJson {
  generated: string;
  circles: Circle[];
  devZones: DevZone[];
  parks: Park[];
  programmes: Programme[];
  rail: RailData;
  /** The commute estimate (absent in data built before it existed). */
  commute?: CommuteResult;
  prefectures: Prefecture[];
  /** The attribute table of the counties drawn; atlas.topo.json carries geometry + adcode only. */
  counties: CountyProps[];
  simplification: { keep: number; quantize: number };
}
