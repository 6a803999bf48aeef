/**
 * Interaction timings of `npm run bench`, on one app page (1280×800, the built data):
 * (d) Click → county panel: the first circle of atlas.json fitted, a real mouse click inside each of
 *     its first COUNTY_CLICKS member counties; timed in the page from the mouseup (capture phase, before MapLibre sees
 *     it) to the county panel showing that county's code. Median ≤ 100 ms.
 * (e) Circle click → idle: a click on each circle's card in turn (twice round); the camera flies to
 *     the circle; timed in the page from the camera stopping (`moveend`) to the map's next `idle`
 *     (everything drawn, symbols placed, no fade running). Median ≤ 100 ms (issue 11). Builds added
 *     with BENCH_APPS (run.ts) are timed too, one page each, their laps alternating with the app's
 *     so a busy spell of the machine falls on all of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { clickCounty, waitIdle } from '../../tests/e2e/browser.ts';
import { formatMs, spread } from './stats.ts';
import type { Row } from './sizes.ts';

/** Enough clicks for a median; every click waits 600 ms so it is not a double-click. */
const COUNTY_CLICKS = 9;

interface AtlasCircles { circles: { id: string; members: { adcode: string }[] }[] }

type W = Window & { __atlasMap: { once(e: string, f: () => void): void }; __t?: Record<string, number> };

async function countyPanel(page: Page, adcodes: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const adcode of adcodes) {
    // close the previous panel (it may cover the next county), and wait: two quick clicks close
    // together would be a double-click zoom
    if (await page.locator('[data-testid="county-panel"] .close').count()) await page.click('[data-testid="county-panel"] .close');
    await page.waitForTimeout(600);
    await page.evaluate((code) => {
      const w = window as unknown as W;
      const t: Record<string, number> = (w.__t = {});
      addEventListener('mouseup', () => { t.down = performance.now(); }, { capture: true, once: true });
      const obs = new MutationObserver(() => {
        if (document.querySelector('[data-testid="county-panel"]')?.textContent?.includes(code)) { t.done = performance.now(); obs.disconnect(); }
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    }, adcode);
    await clickCounty(page, adcode);
    await page.waitForFunction(() => (window as unknown as W).__t?.done !== undefined, undefined, { timeout: 5000 })
      .catch(() => { throw new Error(`(d) the county panel never showed ${adcode}`); });
    times.push(await page.evaluate(() => { const t = (window as unknown as W).__t!; return t.done - t.down; }));
  }
  return times;
}

async function circleIdle(page: Page, circleIds: readonly string[], laps: number): Promise<{ idle: number[]; flight: number[] }> {
  const idle: number[] = [];
  const flight: number[] = [];
  for (let lap = 0; lap < laps; lap++) for (const id of circleIds) {
    await waitIdle(page);
    await page.evaluate(() => {
      const w = window as unknown as W;
      const t: Record<string, number> = (w.__t = {});
      addEventListener('mouseup', () => { t.click = performance.now(); }, { capture: true, once: true });
      w.__atlasMap.once('moveend', () => {
        t.moveend = performance.now();
        w.__atlasMap.once('idle', () => { t.idle = performance.now(); });
      });
    });
    await page.click(`[data-testid="circle-${id}"] button.head`);
    await page.waitForFunction(() => (window as unknown as W).__t?.idle !== undefined, undefined, { timeout: 15_000 })
      .catch(() => { throw new Error(`(e) the map never went idle after the camera flew to circle ${id}`); });
    const t = await page.evaluate(() => (window as unknown as W).__t!);
    idle.push(t.idle - t.moveend);
    process.stderr.write(`(e) ${page.url()} ${id}: camera stops → idle ${Math.round(t.idle - t.moveend)} ms\n`);
    flight.push(t.moveend - t.click);
  }
  return { idle, flight };
}

/** A page of one build (`/app/` or a BENCH_APPS name), ready, in its own context. */
async function openApp(browser: Browser, origin: string, name: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps named inner functions in __name(); give the page a no-op one.
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(`${origin}/${name}/`, { timeout: 180_000 });
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 180_000 });
  return { page, close: () => context.close() };
}

export async function clicks(browser: Browser, origin: string, dist: string, others: readonly string[] = []): Promise<Row[]> {
  const atlas = JSON.parse(readFileSync(join(dist, 'data', 'atlas.json'), 'utf8')) as AtlasCircles;
  const first = atlas.circles[0];
  const names = ['app', ...others];
  const pages = [];
  try {
    for (const name of names) pages.push(await openApp(browser, origin, name));
    const runs = names.map(() => ({ idle: [] as number[], flight: [] as number[] }));
    for (let lap = 0; lap < 2; lap++) for (const [i, { page }] of pages.entries()) {
      const r = await circleIdle(page, atlas.circles.map((c) => c.id), 1);
      runs[i].idle.push(...r.idle);
      runs[i].flight.push(...r.flight);
    }
    const { page } = pages[0];
    await page.goto(`${origin}/app/?circle=${first.id}`, { timeout: 180_000 });
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 180_000 });
    await waitIdle(page);
    const panel = spread(await countyPanel(page, first.members.slice(0, COUNTY_CLICKS).map((m) => m.adcode)));
    return [
      { name: '(d) click → county panel', measured: formatMs(panel), ratio: panel.median / 100, budget: '≤ 100 ms', pass: panel.median <= 100, detail: { ...panel } },
      ...names.map((name, i) => {
        const after = spread(runs[i].idle);
        return {
          name: `(e) circle click: camera stops → idle${name === 'app' ? '' : ` (${name}, BENCH_APPS)`}`, measured: formatMs(after), ratio: after.median / 100, budget: '≤ 100 ms', pass: after.median <= 100,
          detail: { ...after, runsMs: runs[i].idle.map(Math.round), clickToMoveendMs: spread(runs[i].flight) },
        };
      }),
    ];
  } finally {
    for (const p of pages) await p.close();
  }
}
