/**
 * Vitest global setup (unit/data and e2e): every temp folder a test makes — mkdtemp in the tests,
 * the build's children, Chromium's profile — goes into one fresh folder of this run, removed at
 * the end, so a run leaves nothing in the system temp dir (issue 10: ~40 folders per run before).
 * os.tmpdir() reads TMPDIR on every call, and the test workers and their children inherit it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string | undefined;

export function setup(): void {
  dir = mkdtempSync(join(tmpdir(), 'atlas-test-run-'));
  process.env.TMPDIR = dir;
}

export function teardown(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
