/**
 * Validate geodata/circles.json: the schema, unique ids and members, every member a county of the
 * boundary package under the same name (or a recorded rename), and a note on any member from another
 * province than the rest of its circle. A new circle is one more entry here; nothing else changes.
 * A county may be a member of several circles.
 */
import type * as z from 'zod';
import { BuildError } from './errors.ts';
import { checkUnique, parseRecord, recordLabel } from './context.ts';
import { circleSchema, circlesFileSchema } from './schemas/circles.ts';
import type { Rename } from './schemas/names.ts';

export type CircleRecord = z.infer<typeof circleSchema>;

/** What the circle check needs from the boundary package. */
export interface CountyLookup {
  name: (adcode: string) => string | undefined;
  province: (adcode: string) => string | undefined;
}

function mostCommon(values: readonly string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
}

export function parseCircles(raw: unknown, file: string, counties: CountyLookup, renames: readonly Rename[]): CircleRecord[] {
  const top = parseRecord(circlesFileSchema, raw, file, '(whole file)');
  const circles = top.circles.map((value, i) => parseRecord(circleSchema, value, file, recordLabel('circle', value, i)));
  checkUnique(circles, (c) => c.id, file, (c) => `circle ${c.id}`, (id) => `duplicate circle id "${id}"`);
  for (const c of circles) {
    const label = `circle ${c.id}`;
    checkUnique(c.members, (m) => m.adcode, file, (m) => `${label} member ${m.adcode}`, () => 'member listed twice');
    for (const m of c.members) {
      const rec = `${label} member ${m.adcode}`;
      const boundaryName = counties.name(m.adcode);
      if (boundaryName === undefined) throw new BuildError(file, rec, `unknown adcode ${m.adcode} (${m.name}): not a county in the boundary package`);
      const renamed = renames.some((r) => r.adcode === m.adcode && r.boundaryName === boundaryName && r.name === m.name);
      if (m.name !== boundaryName && !renamed) {
        throw new BuildError(file, rec, `name "${m.name}" does not match the boundary package's "${boundaryName}" (fix the adcode or the name, or record a rename in geodata/renames.json)`);
      }
    }
    const provinces = c.members.map((m) => counties.province(m.adcode)!);
    const home = mostCommon(provinces);
    c.members.forEach((m, i) => {
      if (provinces[i] !== home && !m.note) {
        throw new BuildError(file, `${label} member ${m.adcode} ${m.name}`, `lies in ${provinces[i]}, not ${home} like the circle's other members: add a note saying why it belongs`);
      }
    });
    if (c.members.some((m) => m.coverage === 'extended') !== Boolean(c.officialExtended)) {
      throw new BuildError(file, label, 'extended members and officialExtended figures must come together');
    }
  }
  return circles;
}
