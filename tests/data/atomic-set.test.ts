/**
 * Data tier: the build's output folder changes as one set (scripts/build/write-atomic.ts, issue 10).
 * Two writer processes race into one folder while this process reads the set 10,000 times.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MANIFEST, readSetConsistently, stampBuild, stampOf, writeAllAtomically } from '../../scripts/build/write-atomic.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => { const d = join(root, `d${n++}`); mkdirSync(d); return d; };
const NAMES = ['atlas.json', 'atlas.topo.json', 'land.topo.json', 'summary.json'];

describe('build stamps', () => {
  it('a compact file gets the build id as its first key and stays the same JSON otherwise', () => {
    const text = JSON.stringify({ generated: 'g', circles: [1, 2] });
    const stamped = stampBuild(text, 'B1');
    expect(JSON.parse(stamped)).toEqual({ build: 'B1', generated: 'g', circles: [1, 2] });
    expect(stampOf(stamped)).toBe('B1');
  });

  it('a pretty-printed file stays pretty-printed', () => {
    const stamped = stampBuild(JSON.stringify({ a: 1 }, null, 2), 'B2');
    expect(stamped).toBe('{\n  "build": "B2",\n  "a": 1\n}');
  });

  it('an empty object or a non-object is left alone', () => {
    expect(stampBuild('{}', 'B')).toBe('{}');
    expect(stampBuild('[1]', 'B')).toBe('[1]');
    expect(stampOf('[1]')).toBeNull();
  });
});

describe('writeAllAtomically', () => {
  it('writes every file with one build id and a manifest naming the set', () => {
    const dir = fresh();
    const build = writeAllAtomically(dir, { 'a.json': '{"x":1}', 'b.json': '{"y":2}' });
    expect(stampOf(readFileSync(join(dir, 'a.json'), 'utf8'))).toBe(build);
    expect(stampOf(readFileSync(join(dir, 'b.json'), 'utf8'))).toBe(build);
    expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'))).toEqual({ build, files: ['a.json', 'b.json'] });
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json', MANIFEST]);
  });

  it('a failed write leaves the previous set byte-identical and no temp file behind', () => {
    const dir = fresh();
    writeAllAtomically(dir, { 'a.json': '{"x":1}' });
    const before = readFileSync(join(dir, 'a.json'));
    expect(() => writeAllAtomically(dir, { 'a.json': '{"x":2}', 'no/such/dir.json': '{}' })).toThrow(/cannot write the output/);
    expect(readFileSync(join(dir, 'a.json')).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a.json', MANIFEST]);
  });

  it('removes an all-counties.topo.json an older --all build left in the site data', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'all-counties.topo.json'), '{}');
    writeAllAtomically(dir, { 'a.json': '{"x":1}' });
    expect(existsSync(join(dir, 'all-counties.topo.json'))).toBe(false);
  });

  it('takes over a lock left by a build that died', () => {
    const dir = fresh();
    mkdirSync(join(dir, '.write-lock'));
    writeFileSync(join(dir, '.write-lock', 'pid'), '999999999');
    writeAllAtomically(dir, { 'a.json': '{"x":1}' });
    expect(existsSync(join(dir, '.write-lock'))).toBe(false);
  });
});

function writer(dir: string, stop: string, who: string): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join('tests', 'data', 'atomic-writer.ts'), dir, stop, who]);
  let out = '', err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

describe('two builds racing into one folder', () => {
  it('a reader that checks the stamps never accepts a mixed set in 10,000 reads, and the folder ends as one whole set', async () => {
    const dir = fresh();
    const stop = join(root, 'stop');
    writeAllAtomically(dir, Object.fromEntries(NAMES.map((name) => [name, JSON.stringify({ of: 'first', name })])), 'first');
    const writers = [writer(dir, stop, 'A'), writer(dir, stop, 'B')];
    // wait until both have written at least once, so the reads overlap the race
    const seen = new Set<string>();
    while (!(seen.has('A') && seen.has('B'))) {
      const b = stampOf(readFileSync(join(dir, 'atlas.json'), 'utf8')) ?? '';
      for (const w of ['A', 'B']) if (b.includes(`-${w}-`)) seen.add(w);
      await new Promise((r) => setTimeout(r, 5));
    }
    let mixed = 0, naiveMixed = 0;
    const builds = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const naive = NAMES.map((name) => stampOf(readFileSync(join(dir, name), 'utf8')));
      if (new Set(naive).size > 1) naiveMixed++;
      const set = readSetConsistently(dir, NAMES);
      // each file's body names the build it came from: the stamp and the body must agree, for all four
      const of = NAMES.map((name) => (JSON.parse(set[name]) as { of: string; build: string }));
      if (new Set(of.flatMap((o) => [o.of, o.build])).size !== 1) mixed++;
      builds.add(of[0].of);
      if (i % 500 === 0) await new Promise((r) => setImmediate(r));
    }
    writeFileSync(stop, '');
    const results = await Promise.all(writers);
    for (const r of results) expect(r.code, r.err).toBe(0);
    const written = results.map((r) => JSON.parse(r.out) as { sets: number });
    console.log(`racing writers wrote ${written.map((w) => w.sets).join(' + ')} sets; reader saw ${builds.size} builds; ${naiveMixed} of 10,000 unchecked reads were mixed (and were read again)`);
    expect(mixed).toBe(0);
    expect(builds.size).toBeGreaterThan(2);
    const final = readSetConsistently(dir, [...NAMES, MANIFEST], 1);
    expect(JSON.parse(final[MANIFEST]).build).toBe(stampOf(final['atlas.json']));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.startsWith('.write-lock'))).toEqual([]);
  });
});
