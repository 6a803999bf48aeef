/** Validate geodata/romanization.json (hand readings) and geodata/renames.json (recorded renames). */
import { BuildError } from './errors.ts';
import { checkUnique, parseRecord } from './context.ts';
import { readingSchema, renameSchema, renamesFileSchema, romanizationFileSchema, type Rename } from './schemas/names.ts';
import type { Readings } from './romanize.ts';

export function parseReadings(raw: unknown, file: string): Readings {
  const top = parseRecord(romanizationFileSchema, raw, file, '(whole file)');
  const readings = top.readings.map((r, i) => parseRecord(readingSchema, r, file, `reading [${i}]`));
  checkUnique(readings, (r) => r.zh, file, (r) => `reading ${r.zh}`, (zh) => `stem "${zh}" is listed twice`);
  return new Map(readings.map((r) => [r.zh, r.en]));
}

export function parseRenames(raw: unknown, file: string, boundaryName: (adcode: string) => string | undefined): Rename[] {
  const top = parseRecord(renamesFileSchema, raw, file, '(whole file)');
  const renames = top.renames.map((r, i) => parseRecord(renameSchema, r, file, `rename [${i}]`));
  checkUnique(renames, (r) => r.adcode, file, (r) => `rename ${r.adcode}`, (a) => `adcode ${a} is listed twice`);
  for (const r of renames) {
    const actual = boundaryName(r.adcode);
    if (actual === undefined) throw new BuildError(file, `rename ${r.adcode}`, `unknown adcode ${r.adcode}: not a county in the boundary package`);
    if (actual !== r.boundaryName) throw new BuildError(file, `rename ${r.adcode}`, `boundaryName "${r.boundaryName}" is not the package's name "${actual}"`);
  }
  return renames;
}
