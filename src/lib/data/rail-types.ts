/**
 * Types of geodata/rail.json as the browser reads them in atlas.json: `z.infer` of the schema in
 * scripts/build/schemas/rail.ts (type-only, no zod in the bundle).
 */
import type * as z from 'zod';
import type { lineSchema, stationSchema, travelTimeSchema } from '../../../scripts/build/schemas/rail.ts';

import type { Source } from '../../../scripts/build/schemas/common.ts';

export type { Source };

/** A station as atlas.json carries it: the geodata record plus the toneless pinyin the build adds for search. */
export type Station = z.infer<typeof stationSchema> & { pinyin?: string };
export type Line = z.infer<typeof lineSchema>;
export type LineKind = Line['kind'];
export type LineStatus = Line['status'];
export type TravelTime = z.infer<typeof travelTimeSchema>;

export interface RailData {
  stations: Station[];
  lines: Line[];
  travelTimes: TravelTime[];
}
