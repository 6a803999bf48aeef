/**
 * The last gate before writing: the atlas.json the build made must pass the very schema the client
 * checks it with (src/lib/data/atlas-schema.ts), so the build never writes a file the page would
 * refuse. Every problem is reported with its path, e.g. `circles[0].color: Invalid format …`.
 */
import * as v from 'valibot';
import { atlasSchema } from '../../src/lib/data/atlas-schema.ts';
import { formatPath } from '../../src/lib/data/load-error.ts';
import { BuildError } from './errors.ts';

export function checkAtlasOutput(text: string, file: string): void {
  const r = v.safeParse(atlasSchema, JSON.parse(text));
  if (r.success) return;
  const lines = r.issues.slice(0, 10).map((i) => `${formatPath((i.path ?? []).map((p) => p.key as PropertyKey)) || '(root)'}: ${i.message}`);
  throw new BuildError(file, lines[0].split(':')[0], `the output would be refused by the app (${r.issues.length} problem(s)):\n  ${lines.join('\n  ')}`);
}
