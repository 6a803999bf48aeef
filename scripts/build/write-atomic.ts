/**
 * Writes the output files as one set (issue 10: a reader during a rebuild saw atlas.json and
 * summary.json from different runs). Each file is written to a temp file first, so a failed run
 * leaves the previous set untouched. Every JSON file is stamped with one build id ("build", its
 * first key), the renames happen under a lock so two racing builds cannot interleave them (the
 * folder always ends as one whole set), and manifest.json, renamed last, names the set. A reader
 * that finds different stamps is looking at a rebuild in progress and reads again
 * (src/lib/data/load-atlas.ts does; readSetConsistently below is the same rule for Node).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { BuildError } from './errors.ts';

export const MANIFEST = 'manifest.json';
const LOCK = '.write-lock';
/** Written into public/data by `--all` before it moved out of public/ (it then shipped in dist/). */
const RETIRED = ['all-counties.topo.json'];
const LOCK_WAIT_MS = 30_000;
const STALE_LOCK_MS = 60_000;

export function newBuildId(): string {
  return `${new Date().toISOString()}-${randomBytes(4).toString('hex')}`;
}

/** `{…}` → `{"build":"<id>",…}`, keeping a pretty-printed file pretty. Non-objects are left alone. */
export function stampBuild(text: string, build: string): string {
  const m = /^\{(\s*)(?=\S)/.exec(text);
  if (!m || text[m[0].length] === '}') return text;
  return `{${m[1]}"build":${m[1] ? ' ' : ''}${JSON.stringify(build)},${m[1]}${text.slice(m[0].length)}`;
}

/** The build id a file was stamped with (read from its first bytes), or null. */
export function stampOf(text: string): string | null {
  return /^\{\s*"build":\s*"([^"]+)"/.exec(text)?.[1] ?? null;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** mkdir is atomic: whoever creates the lock folder owns it. A lock left by a dead build is taken over. */
function lock(dir: string): () => void {
  const path = join(dir, LOCK);
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, 'pid'), String(process.pid));
      return () => rmSync(path, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let owner = NaN, age = 0;
    try { owner = Number(readFileSync(join(path, 'pid'), 'utf8')); age = Date.now() - statSync(path).mtimeMs; } catch { /* being created or removed */ }
    if ((Number.isInteger(owner) && owner > 0 && !alive(owner)) || age > STALE_LOCK_MS) rmSync(path, { recursive: true, force: true });
    else if (Date.now() > until) throw new BuildError(dir, '(output directory)', `another build has held ${LOCK} for ${LOCK_WAIT_MS / 1000} s`);
    else sleep(5 + Math.random() * 10);
  }
}

export function writeAllAtomically(dir: string, files: Record<string, string>, build = newBuildId()): string {
  const temps: [string, string][] = [];
  const tag = build.replace(/[^\w-]/g, '');
  const set = { ...files, [MANIFEST]: `${JSON.stringify({ build, files: Object.keys(files) }, null, 2)}\n` };
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(set)) {
      const tmp = join(dir, `.${name}.${tag}.tmp`);
      writeFileSync(tmp, name.endsWith('.json') && name !== MANIFEST ? stampBuild(text, build) : text);
      temps.push([tmp, join(dir, name)]);
    }
  } catch (err) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw new BuildError(dir, '(output directory)', `cannot write the output: ${(err as Error).message}`);
  }
  const unlock = lock(dir);
  try {
    for (const [tmp, final] of temps) renameSync(tmp, final); // the manifest is last
    for (const name of RETIRED) if (!(name in files)) rmSync(join(dir, name), { force: true });
  } finally {
    unlock();
  }
  return build;
}

/** Read a whole set as one build, retrying while a rebuild is switching files. */
export function readSetConsistently(dir: string, names: string[], tries = 1000): Record<string, string> {
  for (let i = 0; i < tries; i++) {
    const texts = Object.fromEntries(names.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
    if (new Set(Object.values(texts).map(stampOf)).size === 1) return texts;
    sleep(1);
  }
  throw new Error(`${dir}: files from different builds after ${tries} reads`);
}
