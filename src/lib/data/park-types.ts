/**
 * Types of geodata/parks.json (co-built parks, cooperation zones, national platforms, flagship
 * projects, and programmes whose member parks are not yet named). Type-only: safe for the browser.
 */

/** One dated source. Every record carries at least one. */
export interface Source {
  url: string;
  /** As the facts give it: ISO date, or a short phrase such as "undated (c. 2024)". */
  date: string;
  what: string;
}

export type ParkKind = 'co-built-park' | 'cooperation-zone' | 'national-platform' | 'flagship-project';

/** Controlled vocabulary for filtering; the facts' own wording stays in `focus`. */
export const INDUSTRY_TAGS = [
  'aerospace', 'agriculture', 'ai', 'automotive', 'aviation', 'chemicals', 'computing', 'culture',
  'education', 'electronics', 'energy', 'environment', 'equipment', 'food', 'health', 'it',
  'logistics', 'manufacturing', 'marine', 'materials', 'metals', 'rail', 'services', 'textiles',
  'tourism', 'trade',
] as const;
export type IndustryTag = (typeof INDUSTRY_TAGS)[number];

/** Field names a record's facts call uncertain ('extent' = the zone's boundary / coverage). */
export const UNCERTAIN_PARK_FIELDS = [
  'point', 'hostAdcode', 'established', 'areaKm2', 'status', 'industries', 'extent',
] as const;
export type UncertainParkField = (typeof UNCERTAIN_PARK_FIELDS)[number];

export interface Park {
  /** Toneless pinyin of the Chinese name, added by the build for search (not in geodata). */
  pinyin?: string;
  id: string;
  name: { zh: string; en: string };
  kind: ParkKind;
  /** The facts' full type text, e.g. "co-built park (飞地, enclave park)". */
  kindNote: string;
  circles: string[];
  /** Chengdu only: inside the 30-unit core or only in the extended (whole-city) scope. */
  scope?: 'core' | 'extended';
  /** Host county adcode; null where the facts name no single county. */
  hostAdcode: string | null;
  /** When hostAdcode is null: the counties the facts call likely hosts (the point lies in one). */
  hostCandidates?: string[];
  /** Other counties the park or zone spans (may be outside the circles). */
  otherAdcodes: string[];
  /** Town / address as the facts give it. */
  place: string;
  partners: string[];
  /** Focus industries in the facts' own words. */
  focus: string[];
  industries: IndustryTag[];
  /** Year as a string (e.g. "2009") or null when the facts give none. */
  established: string | null;
  /** The facts' full wording about the start date. */
  establishedNote: string;
  areaKm2: number | null;
  areaNote?: string;
  status: string;
  /** [lon, lat] WGS84; always an estimate (no source gives park coordinates). null = not mappable as a point. */
  point: [number, number] | null;
  /** Honest radius of the point estimate, km (null when point is null). */
  pointAccuracyKm: number | null;
  pointMethod: string;
  /** The point is only a label anchor for a large zone, not a site. */
  pointIsLabel?: boolean;
  uncertain: UncertainParkField[];
  notes?: string;
  sources: Source[];
}

/** A programme with counts but no published member list (e.g. the Jinan–Qingdao co-built parks). */
export interface Programme {
  id: string;
  name: { zh: string; en: string };
  circles: string[];
  fields: string[];
  counts: { year: number; count: number; what: string }[];
  namesPublished: boolean;
  /** Ids of Park records that are confirmed members (empty until names are published). */
  parkIds: string[];
  notes?: string;
  sources: Source[];
}

export interface ParksData {
  parks: Park[];
  programmes: Programme[];
}
