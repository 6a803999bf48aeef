/**
 * End-to-end: faults and hostile data at runtime (issue 10). Each fault is served in place of a data
 * file; the page must show the translated error panel with Retry in zh and in en (never JavaScript's
 * own text), raise no uncaught page error, make no request outside the origin; Retry loads the files
 * again (the next fault's panel follows it) and draws the map once they are served normally. Screenshots: test-results/fault-<name>-<lang>.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import { ATLAS_SCHEMA } from '../../src/lib/data/atlas-schema.ts';
import type { LoadErrorKind } from '../../src/lib/data/load-error.ts';
import { t } from '../../src/lib/i18n/t.ts';
import type { StringKey } from '../../src/lib/i18n/strings.ts';
import { BASE_URL, done, guardedPage, openReady, type GuardedPage } from './browser.ts';

const OUT = 'test-results';
const TIMEOUT_MS = 1500;
type Json = Record<string, unknown> & { circles: Record<string, unknown>[]; parks: Record<string, unknown>[] };

interface Fault {
  name: string;
  file: string;
  kind: LoadErrorKind;
  key: StringKey;
  vars?: Record<string, string>;
  /** Shown on the "where" line (file → path), when the fault has a place. */
  where?: string;
  serve: (route: Route) => Promise<void> | void;
  /** A short fetch timeout for this page (only where the fault is the wait itself). */
  timeoutMs?: number;
}

/** The real file, changed by `edit` (the build's own output as the starting point). */
const tamper = (edit: (j: Json) => unknown) => async (route: Route) => {
  const real = await route.fetch();
  const json = (await real.json()) as Json;
  await route.fulfill({ response: real, body: JSON.stringify(edit(json) ?? json) });
};

/** Requests of the never-answers fault: released once the page has given up, so none is left pending in the browser for the next fault's load. */
const hanging: Route[] = [];

const FAULTS: Fault[] = [
  { name: 'truncated', file: 'atlas.json', kind: 'json', key: 'loadErrorJson', where: 'data/atlas.json',
    serve: async (route) => { const real = await route.fetch(); const body = await real.text(); await route.fulfill({ response: real, body: body.slice(0, body.length / 2) }); } },
  { name: 'wrong-shape', file: 'atlas.json', kind: 'shape', key: 'loadErrorShape', where: 'data/atlas.json → circles',
    serve: tamper((j) => ({ ...j, circles: { first: j.circles[0] } })) },
  { name: 'missing-parks', file: 'atlas.json', kind: 'shape', key: 'loadErrorShape', where: 'data/atlas.json → parks',
    serve: tamper((j) => { delete (j as Partial<Json>).parks; }) },
  { name: 'old-schema', file: 'atlas.json', kind: 'version', key: 'loadErrorVersion', vars: { found: 'metro-circle-atlas/atlas@1', expected: ATLAS_SCHEMA },
    serve: tamper((j) => ({ ...j, schema: 'metro-circle-atlas/atlas@1' })) },
  { name: 'never-answers', file: 'atlas.json', kind: 'timeout', key: 'loadErrorTimeout', vars: { seconds: String(TIMEOUT_MS / 1000) }, where: 'data/atlas.json', timeoutMs: TIMEOUT_MS,
    serve: (route) => { hanging.push(route); /* never fulfilled: the request hangs until the page gives up */ } },
  { name: 'tampered-colour', file: 'atlas.json', kind: 'shape', key: 'loadErrorShape', where: 'data/atlas.json → circles[0].color',
    serve: tamper((j) => { j.circles[0].color = 'red;background-image:url(http://evil.example/x.png)'; }) },
  { name: 'duplicate-park', file: 'atlas.json', kind: 'shape', key: 'loadErrorShape', where: 'data/atlas.json → parks[1]',
    serve: tamper((j) => { j.parks[1] = { ...j.parks[1], id: j.parks[0].id }; }) },
  { name: 'huge-name', file: 'atlas.json', kind: 'shape', key: 'loadErrorShape', where: 'data/atlas.json → parks[0].name.en',
    serve: tamper((j) => { j.parks[0].name = { zh: '园', en: 'x'.repeat(100_000) }; }) },
  { name: 'script-link', file: 'atlas.json', kind: 'shape', key: 'loadErrorShape', where: 'data/atlas.json → circles[0].sources[0].url',
    serve: tamper((j) => { (j.circles[0].sources as { url: string }[])[0].url = 'javascript:alert(1)'; }) },
  { name: 'html-instead', file: 'land.topo.json', kind: 'json', key: 'loadErrorJson', where: 'data/land.topo.json',
    serve: (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>index</p>' }) },
  { name: 'server-error', file: 'atlas.json', kind: 'http', key: 'loadErrorHttp', vars: { status: '500' },
    serve: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' }) },
  { name: 'not-found', file: 'atlas.topo.json', kind: 'http', key: 'loadErrorHttp', vars: { status: '404' },
    serve: (route) => route.fulfill({ status: 404, body: 'Not found' }) },
  { name: 'network-down', file: 'atlas.topo.json', kind: 'network', key: 'loadErrorNetwork',
    serve: (route) => route.abort('connectionrefused') },
];

/** What Chromium itself logs for a refused or failed request: expected in these tests, nothing else is. */
const EXPECTED_CONSOLE = /Failed to load resource|net::ERR_/;
const RAW_JS = /is not iterable|Failed to fetch|TypeError|SyntaxError|Unexpected token|undefined|\[object/;

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const { launch } = await import('./browser.ts');
  browser = await launch();
});
// the walks' pages first (endWalk, below), then the browser
afterAll(async () => { await endWalk('zh'); await endWalk('en'); await browser?.close(); });

async function expectPanel(page: Page, f: Fault, lang: 'zh' | 'en'): Promise<void> {
  // the panel of this load, not one left by the load before (marked stale before its Retry)
  const panel = page.locator('[data-testid="error-panel"]:not([data-stale])');
  await panel.waitFor({ timeout: 30_000 });
  expect(await panel.getAttribute('data-kind')).toBe(f.kind);
  const text = (await panel.textContent()) ?? '';
  expect(text).toContain(t(lang, f.key, f.vars ?? {}));
  expect(text).toContain(t(lang, 'loadFailed'));
  if (f.where) expect(text).toContain(f.where);
  expect(text).not.toMatch(RAW_JS);
  expect(await page.locator('[data-testid="retry"]').textContent()).toBe(t(lang, 'retry'));
  expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
  // the empty map is made while the data loads, but never reports ready without data
  expect(await page.locator('[data-testid="map"][data-ready="true"]').count()).toBe(0);
  await page.screenshot({ path: `${OUT}/fault-${f.name}-${lang}.png` });
}

/** Click Retry on the panel shown now, marking that panel first so the next expectPanel waits for a new one. */
async function retry(page: Page): Promise<void> {
  await page.locator('[data-testid="error-panel"]').evaluate((el) => el.setAttribute('data-stale', ''));
  await page.click('[data-testid="retry"]');
}

/**
 * One page per language, cold-loaded once, walks through every fault: the next fault is served in
 * place of the last and Retry pressed. Retry runs the app's load() again (App.svelte), which fetches
 * all three files afresh; the panel that follows names the NEW fault's file and record, so every
 * Retry is shown to load again rather than keep the last error. The full recovery (the map drawn)
 * is proven once, after the last fault: load() keeps no state from a failed attempt (each makes its
 * own AbortController and timer; the error is cleared first), so it does not depend on which fault
 * came before. A cold load per fault and a full map per fault took ~20 s each on CI.
 */
interface Walk { g: GuardedPage; evil: string[]; pattern?: string }
const walks: Partial<Record<'zh' | 'en', Walk>> = {};

async function serveFault(w: Walk, f: Fault): Promise<void> {
  for (const r of hanging.splice(0)) await r.abort().catch(() => { /* the page may have cancelled it already */ });
  if (w.pattern) await w.g.page.unroute(w.pattern);
  w.pattern = `**/data/${f.file}`;
  await w.g.page.route(w.pattern, f.serve);
  // load() reads the fetch timeout each time it runs (load-atlas.ts defaultTimeout): short only for this fault
  await w.g.page.evaluate((ms) => { (window as unknown as { __atlasFetchTimeoutMs?: number }).__atlasFetchTimeoutMs = ms; }, f.timeoutMs);
}

async function walkTo(f: Fault, lang: 'zh' | 'en'): Promise<void> {
  let w = walks[lang];
  if (!w) {
    const g = await guardedPage(browser);
    w = walks[lang] = { g, evil: [] };
    const evil = w.evil;
    g.page.on('request', (r) => { if (!r.url().startsWith(new URL(BASE_URL).origin) && !/^(data|blob):/.test(r.url())) evil.push(r.url()); });
    if (f.timeoutMs) throw new Error('the first fault of the walk must not be a timeout (the page is not there to set it)');
    await g.page.route(w.pattern = `**/data/${f.file}`, f.serve);
    await g.page.goto(new URL(lang === 'en' ? '?lang=en' : '', BASE_URL).href);
  } else {
    await serveFault(w, f);
    await retry(w.g.page);
  }
  await expectPanel(w.g.page, f, lang);
}

async function endWalk(lang: 'zh' | 'en'): Promise<void> {
  const w = walks[lang];
  delete walks[lang];
  if (!w) return;
  expect(w.evil).toEqual([]);
  w.g.errors.splice(0, w.g.errors.length, ...w.g.errors.filter((e) => !EXPECTED_CONSOLE.test(e)));
  await done(w.g);
}

describe('a data file the page cannot use', () => {
  for (const f of FAULTS) {
    it(`${f.name} ${f.file}: the translated error panel in zh and en, and Retry loads the files again`, async () => {
      for (const lang of ['zh', 'en'] as const) await walkTo(f, lang);
    });
  }

  it('Retry with every file served normally again draws the map', async () => {
    const w = walks.en!;
    for (const r of hanging.splice(0)) await r.abort().catch(() => {});
    await w.g.page.unroute(w.pattern!);
    w.pattern = undefined;
    await w.g.page.evaluate(() => { delete (window as unknown as { __atlasFetchTimeoutMs?: number }).__atlasFetchTimeoutMs; });
    await retry(w.g.page);
    await w.g.page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    expect(await w.g.page.locator('[data-testid="error-panel"]').count()).toBe(0);
    await endWalk('zh');
  });
});

describe('a render error', () => {
  it('becomes the error panel with Retry (the boundary), and Retry draws the page again', async () => {
    // On the page the walk above drew again (a cold one when this test runs alone): a selection that
    // fails while rendering is a render error whatever loaded the page; the boundary and its Retry are the point.
    const g = walks.en?.g ?? await guardedPage(browser);
    if (!walks.en) await openReady(g.page, '?lang=en');
    const before = g.errors.length;
    // Make number formatting throw while the flag is set: the selected circle's totals fail while rendering.
    await g.page.evaluate(() => {
      const w = window as unknown as { __breakNumbers: boolean };
      w.__breakNumbers = true;
      const original = Number.prototype.toLocaleString;
      Number.prototype.toLocaleString = function (this: number, ...args: []) {
        if (w.__breakNumbers) throw new TypeError('e.circles is not iterable');
        return original.apply(this, args);
      };
    });
    // select a circle the way Back/Forward would (softGo waits for a map the crash takes down)
    await g.page.evaluate((url) => { history.pushState(null, '', url); dispatchEvent(new PopStateEvent('popstate')); }, new URL('?lang=en&circle=jinan', BASE_URL).href);
    await expectPanel(g.page, { name: 'render', file: '', kind: 'render', key: 'loadErrorRender', serve: () => {} }, 'en');
    await g.page.evaluate(() => { (window as unknown as { __breakNumbers: boolean }).__breakNumbers = false; });
    await retry(g.page);
    await g.page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    expect(await g.page.locator('[data-testid="error-panel"]').count()).toBe(0);
    expect(g.errors.slice(before), 'page errors after the render error').toEqual([]);
    if (!walks.en) await done(g);
  });
});
