/** The validation context shared by the geodata validators, plus small checks they share. */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import * as z from 'zod';
import { booleanPointInPolygon, point as turfPoint, pointToPolygonDistance } from '@turf/turf';
import { BuildError } from './errors.ts';

/** What the geodata validators need to know about the boundary package and the circles. */
export interface ValidationContext {
  /** Every county adcode in the boundary package. */
  adcodes: ReadonlySet<string>;
  circleIds: ReadonlySet<string>;
  countyPolygon: (adcode: string) => Feature<Polygon | MultiPolygon> | undefined;
}

export { adcodeSchema, idSchema, lonLatSchema, sourcesSchema } from './schemas/common.ts';

/** Turn the first zod issue into a BuildError naming the file and the record. */
export function zodFail(file: string, record: string, err: z.ZodError): never {
  const issue = err.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
  throw new BuildError(file, record, `${path || '(record)'}: ${issue.message}`);
}

/** Record label for messages: "<kind> <id>" when the raw record has a string id, else "record [i]". */
export function recordLabel(kind: string, raw: unknown, i: number): string {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 ? `${kind} ${id}` : `record [${i}]`;
}

export function parseRecord<T>(schema: z.ZodType<T>, raw: unknown, file: string, record: string): T {
  const r = schema.safeParse(raw);
  if (!r.success) zodFail(file, record, r.error);
  return r.data;
}

export function checkUniqueIds(items: { id: string }[], kind: string, file: string): void {
  checkUnique(items, (it) => it.id, file, (it) => `${kind} ${it.id}`, (k) => `duplicate id "${k}"`);
}

/** Refuse a keyed list with a key twice (the UI keys its lists: a duplicate breaks rendering). */
export function checkUnique<T>(items: readonly T[], key: (t: T) => string, file: string, record: (t: T, i: number) => string, say: (key: string) => string): void {
  const seen = new Set<string>();
  items.forEach((it, i) => {
    const k = key(it);
    if (seen.has(k)) throw new BuildError(file, record(it, i), say(k));
    seen.add(k);
  });
}

/** Refuse a list of plain strings (ids, adcodes) holding one twice. */
export function checkUniqueValues(values: readonly string[], field: string, file: string, record: string): void {
  checkUnique(values, (v) => v, file, () => record, (v) => `${field}: "${v}" is listed twice`);
}

export function checkAdcode(ctx: ValidationContext, adcode: string, field: string, file: string, record: string): void {
  if (!ctx.adcodes.has(adcode)) throw new BuildError(file, record, `${field}: unknown adcode ${adcode} (not a county in the boundary package)`);
}

/** Distance in km from a point to a county (0 when inside), or undefined when the county has no polygon. */
export function kmOutside(ctx: ValidationContext, pt: [number, number], adcode: string): number | undefined {
  const f = ctx.countyPolygon(adcode);
  if (!f) return undefined;
  const p = turfPoint(pt);
  if (booleanPointInPolygon(p, f)) return 0;
  return Math.max(0, pointToPolygonDistance(p, f, { units: 'kilometers' }));
}

/** Refuse a point that is not inside any of the given counties; the message says by how many km it misses. */
export function checkPointInCounty(ctx: ValidationContext, pt: [number, number], adcodes: string[], file: string, record: string): void {
  let best = Infinity;
  let bestAd = adcodes[0]!;
  for (const ad of adcodes) {
    const km = kmOutside(ctx, pt, ad);
    if (km === undefined) throw new BuildError(file, record, `no county polygon for adcode ${ad}`);
    if (km === 0) return;
    if (km < best) { best = km; bestAd = ad; }
  }
  const what = adcodes.length === 1 ? `its host county ${bestAd}` : `all of its candidate host counties (${adcodes.join(', ')}; nearest ${bestAd})`;
  throw new BuildError(file, record, `point [${pt[0]}, ${pt[1]}] lies outside ${what} by ${best.toFixed(2)} km`);
}
