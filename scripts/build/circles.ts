/**
 * geodata/circles.json: each circle's plan, official figures and exact membership by adcode.
 * A new circle is one more entry here; nothing else changes.
 */
import * as z from 'zod';
import { BuildError } from './errors.ts';
import { adcodeSchema as Adcode, parseRecord, recordLabel, sourcesSchema as Sources } from './context.ts';
import type { Circle } from '../../src/lib/data/atlas-types.ts';

const Name = z.object({ zh: z.string().min(1), en: z.string().min(1) });

const Official = z.object({
  areaKm2: z.number().positive().finite(),
  population: z.number().int().positive(),
  approx: z.boolean(),
  base: z.object({ zh: z.string().min(1, 'an official figure needs its base year (base.zh)'), en: z.string().min(1, 'an official figure needs its base year (base.en)') }),
  scope: z.enum(['core', 'extended']).optional(),
  sources: Sources,
});

const Member = z.object({
  adcode: Adcode,
  name: z.string().min(1),
  coverage: z.enum(['whole', 'partial', 'extended']),
  note: z.string().optional(),
  sources: Sources,
});

const CircleSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case id'),
  name: Name,
  coreCity: Name,
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a #rrggbb colour'),
  sources: Sources,
  plan: z.object({
    title: z.string().min(1),
    document: z.string().min(1),
    approved: z.string().min(1),
    issued: z.string().min(1),
    sources: Sources,
  }),
  official: Official,
  officialExtended: Official.optional(),
  members: z.array(Member).min(1, 'a circle needs at least one member'),
});

export function parseCircles(raw: unknown, file: string, adcodes: ReadonlySet<string>): Circle[] {
  const list = (raw as { circles?: unknown })?.circles;
  if (!Array.isArray(list)) throw new BuildError(file, '(whole file)', 'expected { "circles": [ ... ] }');
  if (list.length === 0) throw new BuildError(file, '(whole file)', 'no circles');
  const ids = new Set<string>();
  return list.map((value, i) => {
    const label = recordLabel('circle', value, i);
    const c = parseRecord(CircleSchema, value, file, label);
    if (ids.has(c.id)) throw new BuildError(file, label, `duplicate circle id "${c.id}"`);
    ids.add(c.id);
    const seen = new Set<string>();
    for (const m of c.members) {
      if (seen.has(m.adcode)) throw new BuildError(file, `${label} member ${m.adcode}`, 'member listed twice');
      seen.add(m.adcode);
      if (!adcodes.has(m.adcode)) {
        throw new BuildError(file, `${label} member ${m.adcode}`, `unknown adcode ${m.adcode} (${m.name}): not a county in the boundary package`);
      }
    }
    if (c.members.some((m) => m.coverage === 'extended') !== Boolean(c.officialExtended)) {
      throw new BuildError(file, label, 'extended members and officialExtended figures must come together');
    }
    return c;
  });
}
