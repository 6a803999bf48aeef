/** Types of geodata/rail.json. Type-only: safe for the browser. */
import type { Source } from './park-types.ts';

export type { Source };

export interface Station {
  /** Toneless pinyin of the Chinese name, added by the build for search (not in geodata). */
  pinyin?: string;
  id: string;
  name: { zh: string; en: string };
  /** [lon, lat] WGS84. */
  point: [number, number];
  /** Host county adcode (6 digits). */
  adcode: string;
  /** 'sourced': copied from a named coordinate source; 'approx': placed from general knowledge. */
  accuracy: 'sourced' | 'approx';
  accuracyKm: number;
  /** Where the coordinate comes from, in words (dataset and entry, or how it was placed). */
  coordSource: string;
  note?: string;
  sources: Source[];
}

export type LineKind = 'hsr' | 'intercity' | 'suburban';
export type LineStatus = 'open' | 'construction';

export interface Line {
  id: string;
  name: { zh: string; en: string };
  kind: LineKind;
  status: LineStatus;
  /** Year opened (status open), or null when the facts give none. */
  opened: number | null;
  /** Expected opening year (status construction). */
  expected?: number;
  designSpeedKmh: number | null;
  /** Ordered along the line; stations without a coordinate are left out. */
  stationIds: string[];
  /** Field names the facts flag as unverified (e.g. 'opened', 'expected', 'status', 'stationIds'). */
  uncertain?: string[];
  note?: string;
  sources: Source[];
}

export interface TravelTime {
  from: string;
  to: string;
  minutes: number;
  /** fastest = a reported fastest timetable time; estimate = a planning estimate. */
  basis: 'fastest' | 'estimate' | 'target';
  lineId?: string;
  note?: string;
  sources: Source[];
}

export interface RailData {
  stations: Station[];
  lines: Line[];
  travelTimes: TravelTime[];
}
