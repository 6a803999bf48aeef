/**
 * Types of geodata/parks.json as the browser reads them in atlas.json. The fields are defined once,
 * by the zod schema in scripts/build/schemas/parks.ts; these are `z.infer` of it (type-only imports,
 * so no zod reaches the bundle). The two vocabularies below are values the schema and the UI share.
 */
import type * as z from 'zod';
import type { parkSchema, programmeSchema } from '../../../scripts/build/schemas/parks.ts';

import type { Source } from '../../../scripts/build/schemas/common.ts';

export type { Source };

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

/** A park as atlas.json carries it: the geodata record plus the toneless pinyin the build adds for search. */
export type Park = z.infer<typeof parkSchema> & { pinyin?: string };
export type ParkKind = Park['kind'];
export type Programme = z.infer<typeof programmeSchema>;

export interface ParksData {
  parks: Park[];
  programmes: Programme[];
}
