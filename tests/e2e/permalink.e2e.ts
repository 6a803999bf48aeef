/**
 * Issue 5: a shared link reopens exactly what was shared; Back steps through selections; exports
 * produce real files; ?embed=1 shows the map first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { clickCounty, guardedPage, launch, openReady, pngInPage, project, settled, sharedPage, waitIdle } from './browser.ts';

let browser: Browser;
// the page a link is made on, Back/Forward and the exports share one page (browser.ts softGo); every test about opening a link stays cold
const shared = sharedPage(() => browser);
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await shared.close(); await browser?.close(); });

const camera = (page: Page) => page.evaluate(() => {
  const m = (window as any).__atlasMap;
  return { zoom: m.getZoom() as number, lat: m.getCenter().lat as number, lng: m.getCenter().lng as number };
});
const visibility = (page: Page, id: string) => page.evaluate((l) => (window as any).__atlasMap.getLayoutProperty(l, 'visibility') ?? 'visible', id);

describe('a shared link reproduces the view', () => {
  it('circle, selected park, language, layers and camera survive a share into a fresh browser context; Back returns to the county chosen before', async () => {
    // the page the link is made on needs no cold load of its own (the shared one); the fresh context is the point
    const { page, outside } = await shared.open();
    await page.click('[data-testid="circle-chengdu"] button.head');
    await waitIdle(page);
    // a real click inside 锦江区, then a real click on the Chengdu–Aba park marker
    await clickCounty(page, '510104');
    expect(page.url()).toMatch(/county=510104/);
    const park = await page.evaluate(async () => {
      const res = await fetch('data/atlas.json');
      return (await res.json()).parks.find((p: { id: string }) => p.id === 'chengdu-aba-industrial-park').point as [number, number];
    });
    await settled(page); // the county panel's camera move (map-cover.ts) must end before a pixel is projected
    // the open county panel may cover the park's marker: bring the marker to the map's centre, clear of it
    await page.evaluate((p) => (window as any).__atlasMap.jumpTo({ center: p }), park);
    await waitIdle(page);
    const { x, y } = await project(page, park);
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.classList.contains('maplibregl-canvas'), [x, y]), 'the park marker is not under a panel').toBe(true);
    await page.mouse.click(x, y);
    await page.waitForSelector('[data-testid="park-panel"]');
    expect(page.url()).toMatch(/park=chengdu-aba-industrial-park/);
    expect(page.url()).not.toMatch(/county=/);
    await page.click('[data-testid="lang-switch"]');
    await page.click('[data-testid="toggle-labels"]');
    expect(await visibility(page, 'county-label')).toBe('none');
    await waitIdle(page);
    const before = await camera(page);

    await page.click('[data-testid="share-open"]');
    const link = await page.inputValue('[data-testid="share-url"]');
    expect(link).toMatch(/circle=chengdu/);
    expect(link).toMatch(/park=chengdu-aba-industrial-park/);
    expect(link).toMatch(/lang=en/);
    expect(link).toMatch(/layers=/);
    expect(link).toMatch(/#map=/);
    await page.click('[data-testid="share-copy"]');
    await expect.poll(() => page.textContent('[data-testid="share-status"]')).toMatch(/Copied|Ctrl\+C/);

    const fresh = await guardedPage(browser);
    await openReady(fresh.page, link);
    await fresh.page.waitForSelector('[data-testid="park-panel"]');
    expect(await fresh.page.textContent('[data-testid="park-panel"] h2')).toBe('Chengdu–Aba Industrial Park');
    expect(await fresh.page.getAttribute('html', 'lang')).toBe('en');
    expect(await fresh.page.getAttribute('[data-testid="circle-chengdu"] button.head', 'aria-expanded')).toBe('true');
    expect(await fresh.page.getAttribute('[data-testid="toggle-labels"]', 'aria-checked')).toBe('false');
    expect(await visibility(fresh.page, 'county-label')).toBe('none');
    const after = await camera(fresh.page);
    expect(Math.abs(after.zoom - before.zoom)).toBeLessThan(0.02);
    expect(Math.abs(after.lat - before.lat)).toBeLessThan(0.01);
    expect(Math.abs(after.lng - before.lng)).toBeLessThan(0.01);
    expect(outside).toEqual([]);
    expect(fresh.outside).toEqual([]);
    await fresh.context.close();

    // Back: the park closes and the county chosen before it is selected again
    await page.keyboard.press('Escape'); // close the share dialog
    await page.goBack();
    await page.waitForSelector('[data-testid="county-panel"]');
    expect(await page.locator('[data-testid="park-panel"]').count()).toBe(0);
    expect(page.url()).toMatch(/county=510104/);
    shared.check();
  });

  it('Back returns to the previous selection and Forward comes back', async () => {
    const { page } = await shared.open();
    await page.click('[data-testid="circle-qingdao"] button.head');
    await waitIdle(page);
    await page.click('[data-testid="circle-qingdao"] details:nth-of-type(2) summary');
    await page.click('[data-testid="circle-qingdao"] .members button >> nth=0');
    await page.waitForSelector('[data-testid="county-panel"]');
    expect(page.url()).toMatch(/county=370202/);
    await page.goBack();
    await expect.poll(() => page.locator('[data-testid="county-panel"]').count()).toBe(0);
    expect(page.url()).not.toMatch(/county=/);
    expect(page.url()).toMatch(/circle=qingdao/);
    await page.goForward();
    await page.waitForSelector('[data-testid="county-panel"]');
    expect(page.url()).toMatch(/county=370202/);
    shared.check();
  });

  it('a link with park= and no camera flies to the park and opens its panel; county= fits the county', async () => {
    const { page, context } = await guardedPage(browser);
    await openReady(page, '?park=chengdu-aba-industrial-park&lang=en');
    await page.waitForSelector('[data-testid="park-panel"]');
    await waitIdle(page);
    const c = await camera(page);
    expect(Math.abs(c.lng - 104.57)).toBeLessThan(0.3); // the park's (estimated) point
    expect(Math.abs(c.lat - 30.74)).toBeLessThan(0.3);
    expect(c.zoom).toBeGreaterThan(8);
    await openReady(page, '?county=220112');
    await page.waitForSelector('[data-testid="county-panel"]');
    await waitIdle(page);
    const d = await camera(page);
    expect(d.zoom).toBeGreaterThan(7.5);
    expect(await page.textContent('[data-testid="county-panel"] h2')).toBe('双阳区');
    await context.close();
  });

  it('garbage in a link falls back to defaults and never reaches the page as HTML', async () => {
    const { page, context, errors } = await guardedPage(browser);
    await openReady(page, '?circle=<img src=x onerror=alert(1)>&layers=%E0%A4%A&county=javascript:alert(1)&lang=xx#map=NaN/999/abc');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('[data-testid="county-panel"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('export', () => {
  it('PNG export downloads a non-blank image of the canvas size', async () => {
    const { page } = await shared.open('?circle=chengdu');
    await waitIdle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-png"]')]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await download.path())!);
    const png = await pngInPage(page, bytes);
    const canvas = await page.evaluate(() => { const c = (window as unknown as { __atlasMap: { getCanvas(): HTMLCanvasElement } }).__atlasMap.getCanvas(); return { w: c.width, h: c.height }; });
    expect(png.width).toBe(canvas.w);
    expect(png.height).toBe(canvas.h);
    expect(await png.colours(undefined, 9)).toBeGreaterThan(3); // at 9×9 points: not a single background colour
    shared.check();
  });

  it('CSV has one row per member county and GeoJSON one feature per member', async () => {
    const { page } = await shared.open('?circle=changchun');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    const text = readFileSync((await csv.path())!, 'utf8').replace(/^\ufeff/, '');
    const rows = text.trim().split(/\r\n/);
    expect(rows[0]).toBe('circle,adcode,name_zh,name_en,prefecture,coverage,area_km2,population_2020,density_per_km2,minutes_to_core,mode,what_if,sources');
    expect(rows).toHaveLength(1 + 21);
    expect(rows.filter((r) => r.includes(',partial,'))).toHaveLength(2);
    const [gj] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-geojson"]')]);
    const fc = JSON.parse(readFileSync((await gj.path())!, 'utf8'));
    expect(fc.features).toHaveLength(21);
    shared.check();
  });
});

describe('embed', () => {
  it('?embed=1 hides the sidebar and links to the full map', async () => {
    const { page, context } = await guardedPage(browser, { width: 600, height: 400 });
    await openReady(page, '?embed=1&circle=qingdao');
    expect(await page.locator('.sidebar').count()).toBe(0);
    const href = await page.getAttribute('[data-testid="open-full-map"]', 'href');
    expect(href).toMatch(/circle=qingdao/);
    expect(href).not.toMatch(/embed=1/);
    expect(await page.evaluate(() => (window as any).__atlasMap.cooperativeGestures.isEnabled())).toBe(true);
    await page.screenshot({ path: 'test-results/embed-600x400.png' });
    await context.close();
  });
});
