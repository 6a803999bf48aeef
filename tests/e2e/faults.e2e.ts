/**
 * End-to-end: faults and hostile data at runtime (issue 10). Each fault is served in place of a data
 * file; the page must show the translated error panel with Retry in zh and in en (never JavaScript's
 * own text), raise no uncaught page error, make no request outside the origin, and recover on Retry
 * once the file is served normally again. Screenshots: test-results/fault-<name>-<lang>.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import { ATLAS_SCHEMA } from '../../src/lib/data/atlas-schema.ts';
import type { LoadErrorKind } from '../../src/lib/data/load-error.ts';
import { t } from '../../src/lib/i18n/t.ts';
import type { StringKey } from '../../src/lib/i18n/strings.ts';
import { BASE_URL, done, guardedPage } from './browser.ts';

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
    serve: () => { /* never fulfilled: the request hangs until the page gives up */ } },
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
afterAll(async () => { await browser?.close(); });

async function expectPanel(page: Page, f: Fault, lang: 'zh' | 'en'): Promise<void> {
  const panel = page.locator('[data-testid="error-panel"]');
  await panel.waitFor({ timeout: 30_000 });
  expect(await panel.getAttribute('data-kind')).toBe(f.kind);
  const text = (await panel.textContent()) ?? '';
  expect(text).toContain(t(lang, f.key, f.vars ?? {}));
  expect(text).toContain(t(lang, 'loadFailed'));
  if (f.where) expect(text).toContain(f.where);
  expect(text).not.toMatch(RAW_JS);
  expect(await page.locator('[data-testid="retry"]').textContent()).toBe(t(lang, 'retry'));
  expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
  await page.screenshot({ path: `${OUT}/fault-${f.name}-${lang}.png` });
}

describe('a data file the page cannot use', () => {
  for (const f of FAULTS) {
    it(`${f.name} ${f.file}: the translated error panel in zh and en, then Retry recovers`, async () => {
      const g = await guardedPage(browser);
      if (f.timeoutMs) await g.context.addInitScript((ms) => { (window as unknown as { __atlasFetchTimeoutMs: number }).__atlasFetchTimeoutMs = ms; }, f.timeoutMs);
      const evil: string[] = [];
      g.page.on('request', (r) => { if (!r.url().startsWith(new URL(BASE_URL).origin) && !/^(data|blob):/.test(r.url())) evil.push(r.url()); });
      const pattern = `**/data/${f.file}`;
      await g.page.route(pattern, f.serve);
      for (const lang of ['zh', 'en'] as const) {
        await g.page.goto(new URL(lang === 'en' ? '?lang=en' : '', BASE_URL).href);
        await expectPanel(g.page, f, lang);
      }
      await g.page.unroute(pattern);
      await g.page.click('[data-testid="retry"]');
      await g.page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
      expect(await g.page.locator('[data-testid="error-panel"]').count()).toBe(0);
      expect(evil).toEqual([]);
      g.errors.splice(0, g.errors.length, ...g.errors.filter((e) => !EXPECTED_CONSOLE.test(e)));
      await done(g);
    });
  }
});

describe('a render error', () => {
  it('becomes the error panel with Retry (the boundary), and Retry draws the page again', async () => {
    const g = await guardedPage(browser);
    // Make number formatting throw while the flag is set: the selected circle's totals fail while rendering.
    await g.context.addInitScript(() => {
      const w = window as unknown as { __breakNumbers: boolean };
      w.__breakNumbers = true;
      const original = Number.prototype.toLocaleString;
      Number.prototype.toLocaleString = function (this: number, ...args: []) {
        if (w.__breakNumbers) throw new TypeError('e.circles is not iterable');
        return original.apply(this, args);
      };
    });
    await g.page.goto(new URL('?lang=en&circle=jinan', BASE_URL).href);
    await expectPanel(g.page, { name: 'render', file: '', kind: 'render', key: 'loadErrorRender', serve: () => {} }, 'en');
    await g.page.evaluate(() => { (window as unknown as { __breakNumbers: boolean }).__breakNumbers = false; });
    await g.page.click('[data-testid="retry"]');
    await g.page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    expect(await g.page.locator('[data-testid="error-panel"]').count()).toBe(0);
    await done(g);
  });
});
