/**
 * Stage 1 — read: every curated file of the geodata folder (JSON parsed, CSV as text) and the
 * boundary package. Nothing is checked beyond "it can be read and parsed"; a missing, unreadable or
 * directory path gets one sentence naming the file.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { boundaryFile, loadBoundaries, type Boundaries } from '../boundaries.ts';
import { parseJsonFile } from '../errors.ts';
import { readTextFile } from '../read-file.ts';

/** The files of geodata/ the build reads (geodata/README.md describes each). */
export const GEODATA_FILES = {
  circles: 'circles.json',
  population: 'population-2020.csv',
  zones: 'devzones-2020.csv',
  parks: 'parks.json',
  rail: 'rail.json',
  commute: 'commute-params.json',
  romanization: 'romanization.json',
  renames: 'renames.json',
  places: 'places.json',
} as const;

type Key = keyof typeof GEODATA_FILES;
const CSV = new Set<Key>(['population', 'zones']);

export interface RawFile { path: string; value: unknown }
export interface RawInputs {
  files: Record<Key, RawFile>;
  boundaries: Boundaries;
}

export function readInputs(geodataDir: string, resolveBoundariesFrom?: string): RawInputs {
  const from = resolveBoundariesFrom ? pathToFileURL(resolve(resolveBoundariesFrom, 'x.js')).href : undefined;
  const boundaries = loadBoundaries(from ? { 1: boundaryFile(1, from), 2: boundaryFile(2, from), 3: boundaryFile(3, from) } : undefined);
  const files = Object.fromEntries(Object.entries(GEODATA_FILES).map(([key, name]) => {
    const path = join(geodataDir, name);
    const text = readTextFile(path);
    return [key, { path, value: CSV.has(key as Key) ? text : parseJsonFile(text, path) }];
  })) as Record<Key, RawFile>;
  return { files, boundaries };
}
