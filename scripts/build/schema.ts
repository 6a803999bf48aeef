/** Shared zod pieces for the geodata files, and the mapping of a zod failure onto a BuildError. */
import { z } from 'zod';
import { BuildError } from './errors.ts';

export const Source = z.object({
  url: z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'),
  date: z.string().min(1),
  what: z.string().min(1),
});
/** Every record carries at least one source: the rule that keeps the atlas honest. */
export const Sources = z.array(Source).min(1, 'a record needs at least one source (sources: [{url, date, what}])');
export const Adcode = z.string().regex(/^\d{6}$/, 'must be a 6-digit adcode string');
export const Name = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** Validate one record; on failure name the file, the record and the first offending field. */
export function parseRecord<T>(schema: z.ZodType<T>, value: unknown, file: string, record: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue.path.length ? issue.path.join('.') : '(record)';
  throw new BuildError(file, record, `${where}: ${issue.message}`);
}

/** A label for a record in messages: its id if it has a readable one, else its index. */
export function recordLabel(kind: string, value: unknown, index: number): string {
  const v = value as { id?: unknown; adcode?: unknown } | null;
  const id = v && typeof v === 'object' ? (typeof v.id === 'string' ? v.id : typeof v.adcode === 'string' ? v.adcode : null) : null;
  return id ? `${kind} ${id}` : `${kind} [${index}]`;
}
