/**
 * `npm run bench` (after `npm run build`): the budgets of design.md ("Budgets") and issue 11
 * ("Performance that must hold"), each measured in one run — a benchmark, not a test. It prints a
 * table and writes test-results/bench.json; `--strict` exits non-zero when a budget is missed. It
 * always fails on a request outside the local origin. What each row measures: sizes.ts (a, b),
 * navigation.ts (c: app against the peer pages P1 and P2 of peers/), clicks.ts (d, e).
 * BENCH_RUNS sets the rounds of (c) (default 11, at least 5). To compare builds, BENCH_APPS=name=dir,…
 * adds each build (e.g. `vite build --outDir /tmp/x` of another commit) to the rounds of (c), with its
 * own ratio rows and its own (e) row; BENCH_CLICKS=0 skips (d) and (e). Timings are reported as ratios to
 * pages run beside them, or as short intervals, because the machine may be busy: the load average
 * is printed before and after.
 */
import { build } from 'vite';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from '../../tests/e2e/browser.ts';
import { clicks } from './clicks.ts';
import { navigation } from './navigation.ts';
import { serve } from './serve.ts';
import { appJs, countyBytes, type Row } from './sizes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const ROUNDS = Math.max(5, Number(process.env.BENCH_RUNS ?? 11));
const strict = process.argv.includes('--strict');
const others = Object.fromEntries((process.env.BENCH_APPS ?? '').split(',').filter(Boolean).map((kv) => {
  const [name, dir] = kv.split('=');
  if (!/^[a-z][\w-]*$/.test(name) || !dir || ['app', 'peers'].includes(name)) throw new Error(`BENCH_APPS: "${kv}" is not name=dir`);
  return [name, resolve(dir)];
}));
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
try {
  statSync(join(DIST, 'index.html'));
  const loadBefore = load();
  const rows: Row[] = [countyBytes(ROOT, DIST), await appJs(ROOT, tmp)];
  const peersOut = join(tmp, 'peers');
  await build({ configFile: join(ROOT, 'scripts/bench/peers/vite.config.ts'), build: { outDir: peersOut } });
  const server = await serve({ '/app/': DIST, '/peers/': peersOut, ...Object.fromEntries(Object.entries(others).map(([n, d]) => [`/${n}/`, d])) });
  const browser = await launch();
  let runs: Record<string, number[]> = {};
  try {
    const bounds = (JSON.parse(readFileSync(join(DIST, 'data/atlas.json'), 'utf8')) as { bounds: number[] }).bounds;
    const nav = await navigation(browser, server.origin, bounds, ROUNDS, Object.keys(others));
    runs = nav.runs;
    rows.push(...nav.rows);
    if (process.env.BENCH_CLICKS !== '0') rows.push(...await clicks(browser, server.origin, DIST, Object.keys(others)));
  } finally {
    await browser.close();
    await server.close();
  }
  const loadAfter = load();
  const header = ['measure', 'measured', 'budget', 'result'];
  const table = rows.map((r) => [r.name, r.measured, r.budget, r.pass ? 'PASS' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${table.map(line).join('\n')}\n`);
  console.log(`(c) ${ROUNDS} rounds, ms — ${Object.entries(runs).map(([p, xs]) => `${p}: ${xs.map(Math.round).join(', ')}`).join('; ')}`);
  console.log(`load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}; ${cpus().length} CPUs`);
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const report = { generated: new Date().toISOString(), node: process.version, cpus: cpus().length, loadBefore, loadAfter, rounds: ROUNDS, runs, results: rows };
  writeFileSync(join(ROOT, 'test-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('written test-results/bench.json');
  if (strict && rows.some((r) => !r.pass)) process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
