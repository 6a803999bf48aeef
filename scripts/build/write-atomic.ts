/**
 * Writes every output to a temp file first and renames them only when all are written, so a
 * failed run never leaves a half-built data folder behind.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError } from './errors.ts';

export function writeAllAtomically(dir: string, files: Record<string, string>): void {
  const temps: [string, string][] = [];
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      const tmp = join(dir, `.${name}.${process.pid}.tmp`);
      writeFileSync(tmp, text);
      temps.push([tmp, join(dir, name)]);
    }
  } catch (err) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw new BuildError(dir, '(output directory)', `cannot write the output: ${(err as Error).message}`);
  }
  for (const [tmp, final] of temps) renameSync(tmp, final);
}
