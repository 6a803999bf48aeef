/**
 * (c) Navigation → ready, the app against two peer pages drawing the same built data (peers/peer.ts):
 * P1 = the counties from one GeoJSON source with fill + line, P2 = P1 + the app's label layer.
 * One browser; every round loads app, P1 and P2 once each, in a rotating order, each in a fresh
 * context at 1280×800; the time is performance.now() since navigation start when the map's
 * `data-ready="true"` appears (a MutationObserver added before any page script). The budget is on
 * the paired ratios app/P2 of the rounds (issue 11: app ≤ 1.3 × P2): both pages ran back to back,
 * so a busy machine slows both.
 */
import type { Browser } from 'playwright-core';
import { formatRatio, pairedRatios, spread, type Spread } from './stats.ts';
import type { Row } from './sizes.ts';

export const PAGES = ['app', 'p1', 'p2'] as const;
export type PageName = string;

const READY_OBSERVER = `(() => {
  const mark = () => {
    if (window.__benchReady === undefined && document.querySelector('[data-testid="map"][data-ready="true"]')) window.__benchReady = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

async function loadOnce(browser: Browser, url: string, origin: string, outside: string[], errors: string[]): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
      outside.push(u);
      return route.abort();
    });
    await context.addInitScript(READY_OBSERVER);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${url}: ${String(e)}`));
    // generous: on a busy shared machine (load 30 on 2 cores) one page load took over 60 s
    await page.goto(url, { timeout: 180_000 });
    await page.waitForFunction(() => (window as unknown as { __benchReady?: number }).__benchReady !== undefined, undefined, { timeout: 180_000, polling: 50 });
    return await page.evaluate(() => (window as unknown as { __benchReady: number }).__benchReady);
  } finally {
    await context.close();
  }
}

export interface NavigationResult { rows: Row[]; runs: Record<PageName, number[]>; toP1: Spread; toP2: Spread }

/** `others`: more builds of the app (BENCH_APPS, run.ts), served at /<name>/ and run in the same rounds. */
export async function navigation(browser: Browser, origin: string, bounds: readonly number[], rounds: number, others: readonly string[] = []): Promise<NavigationResult> {
  const pages = [...PAGES, ...others];
  const urls: Record<PageName, string> = {
    app: `${origin}/app/`,
    p1: `${origin}/peers/p1.html?bounds=${bounds.join(',')}`,
    p2: `${origin}/peers/p2.html?bounds=${bounds.join(',')}`,
    ...Object.fromEntries(others.map((o) => [o, `${origin}/${o}/`])),
  };
  const outside: string[] = [];
  const errors: string[] = [];
  const runs: Record<PageName, number[]> = Object.fromEntries(pages.map((p) => [p, []]));
  // one warm-up of each (OS file cache, Chromium's first-launch work, shader caches), not counted
  for (const p of pages) await loadOnce(browser, urls[p], origin, outside, errors);
  for (let i = 0; i < rounds; i++) {
    const order = pages.map((_, k) => pages[(k + i) % pages.length]); // app first, then second, then third…
    for (const p of order) runs[p].push(await loadOnce(browser, urls[p], origin, outside, errors));
    process.stderr.write(`(c) round ${i + 1}/${rounds}: ${pages.map((p) => `${p} ${Math.round(runs[p][i])} ms`).join(', ')}\n`);
  }
  if (outside.length) throw new Error(`requests outside the local origin: ${[...new Set(outside)].join(', ')}`);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  const toP1 = spread(pairedRatios(runs.app, runs.p1));
  const toP2 = spread(pairedRatios(runs.app, runs.p2));
  const ms = (p: PageName) => spread(runs[p]).median.toFixed(0);
  return {
    runs, toP1, toP2,
    rows: [
      { name: '(c) navigation → ready, app / P1', measured: formatRatio(toP1), ratio: toP1.median, budget: '(context)', pass: true,
        detail: { rounds, appMedianMs: spread(runs.app).median, p1MedianMs: spread(runs.p1).median, ratio: toP1 } },
      { name: '(c) navigation → ready, app / P2', measured: formatRatio(toP2), ratio: toP2.median, budget: '≤ 1.3×', pass: toP2.median <= 1.3,
        detail: { rounds, appMedianMs: spread(runs.app).median, p2MedianMs: spread(runs.p2).median, ratio: toP2, medians: `app ${ms('app')} · P1 ${ms('p1')} · P2 ${ms('p2')} ms` } },
      ...others.map((o): Row => {
        const r = spread(pairedRatios(runs[o], runs.p2));
        return { name: `(c) ${o} / P2 (BENCH_APPS)`, measured: formatRatio(r), ratio: r.median, budget: '≤ 1.3×', pass: r.median <= 1.3, detail: { rounds, ratio: r, toP1: spread(pairedRatios(runs[o], runs.p1)) } };
      }),
    ],
  };
}
