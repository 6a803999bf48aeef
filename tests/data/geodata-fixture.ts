/**
 * Helpers for build tests: temporary copies of geodata/ to break or extend, snapshots of an output
 * folder, and removal of every temporary folder a test made (call cleanup() in afterAll).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

const made: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-${prefix}-`));
  made.push(dir);
  return dir;
}

/** A fresh copy of geodata/. */
export function geodataCopy(): string {
  const dir = tempDir('geodata');
  cpSync('geodata', dir, { recursive: true });
  return dir;
}

export function editJson(dir: string, file: string, edit: (j: Json) => void): void {
  const p = join(dir, file);
  const j = JSON.parse(readFileSync(p, 'utf8'));
  edit(j);
  writeFileSync(p, JSON.stringify(j));
}

export function editText(dir: string, file: string, edit: (t: string) => string): void {
  const p = join(dir, file);
  writeFileSync(p, edit(readFileSync(p, 'utf8')));
}

export const readJson = (file: string): Json => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Every file under dir (recursively) → the SHA-256 of its bytes, for byte-identical comparisons.
 * Digests, not the bytes: expect().toEqual walks a Buffer element by element, which cost seconds per
 * comparison of a 500 KB atlas.json (the hostile-input file spent most of its time there).
 */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p, `${rel}${name}/`);
      else out.set(`${rel}${name}`, createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir, '');
  return out;
}

export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}
