/**
 * Types of the generated data the browser reads (public/data/atlas.json, summary.json and the
 * properties of atlas.topo.json). Type-only: shared by the build script and the client.
 */
import type * as z from 'zod';
import type { circleSchema, coverageSchema, memberSchema, officialSchema } from '../../../scripts/build/schemas/circles.ts';

import type { Source } from '../../../scripts/build/schemas/common.ts';

export type { Source };
export interface Name { zh: string; en: string }

/** [west, south, east, north] in degrees (WGS84). */
export type Bounds = [number, number, number, number];

export type Coverage = z.infer<typeof coverageSchema>;
export type Member = z.infer<typeof memberSchema>;
export type Official = z.infer<typeof officialSchema>;

/** A circle as atlas.json carries it: the geodata record plus the bbox of its members (computed by the build). */
export type Circle = z.infer<typeof circleSchema> & { bounds: Bounds };

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
  /** Code of the prefecture-level unit the county belongs to, from the boundary package's own
   *  table (level-3 `city` → level-2), never from the adcode: a county-level city under a province
   *  (e.g. 429004) is its own prefecture-level unit there. */
  prefecture: string;
  prefectureName: string;
  prefectureNameEn: string;
  province: string;
  provinceEn: string;
  /** Interior point (polylabel of the largest part): label anchor (the commute starts at the county seat; this point only for a county without one). */
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

/** A prefecture-level unit some circle touches; `province` is its province's Chinese name. */
export interface Prefecture { code: string; name: Name; pinyin: string; province: string }

import type { Park, Programme } from './park-types.ts';
import type { RailData } from './rail-types.ts';
import type { CircleCommute, CommuteResult } from './commute-types.ts';

export const ATLAS_SCHEMA = 'metro-circle-atlas/atlas@2';

/** public/data/atlas.json */
export interface AtlasJson {
  /** Version of this format; the client refuses any other. */
  schema: typeof ATLAS_SCHEMA;
  generated: string;
  /** bbox of all circles: the "whole view". */
  bounds: Bounds;
  circles: Circle[];
  devZones: DevZone[];
  parks: Park[];
  programmes: Programme[];
  rail: RailData;
  commute: CommuteResult;
  prefectures: Prefecture[];
  /** The attribute table of the counties drawn; atlas.topo.json carries geometry + adcode only. */
  counties: CountyProps[];
  simplification: { keep: number; quantize: number };
  /** Named points of geodata/places.json (its sources stay there): the place layer. */
  places: PlacePoint[];
  /** Every province of the land layer: its name and an interior point for the label. */
  provinces: { name: Name; point: [number, number] }[];
}

/** A core centre, prefecture seat or county seat (geodata/places.json, slimmed for the browser). */
export interface PlacePoint {
  id: string;
  kind: 'core' | 'prefecture-seat' | 'county-seat';
  adcode: string;
  name: Name;
  point: [number, number];
  /** Core only: the circle whose centre it is. */
  circle?: string;
}
