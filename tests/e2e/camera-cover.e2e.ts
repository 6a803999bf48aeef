/**
 * End-to-end tier, issue 12 item 4: the panel must not hide what was clicked. A county at the edge of
 * its circle's view sits where the detail panel opens (beside the map on a wide screen, under it on a
 * phone); after the click the camera settles with the county's box clear of the panel's rectangle,
 * which is read from the page (src/lib/map/map-cover.ts), not assumed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { clickCounty, done, guardedPage, launch, openReady, selectCircle, settled, waitIdle } from './browser.ts';

const json = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as AtlasJson;
// The county of the report: at the north-east edge of its circle, where the panel opens.
const county = json.counties.find((c) => c.name === '榆树市')!;
const circle = json.circles.find((c) => c.members.some((m) => m.adcode === county.adcode))!;
// On a phone the panel opens along the bottom: the circle's southernmost member is the one it would hide.
const southern = circle.members.map((m) => json.counties.find((c) => c.adcode === m.adcode)!).sort((a, b) => a.label[1] - b.label[1])[0];

let browser: Browser;
beforeAll(async () => { browser = await launch(); mkdirSync('test-results', { recursive: true }); });
afterAll(async () => { await browser?.close(); });

interface Box { left: number; top: number; right: number; bottom: number }

/** The county's bounding box on screen (from the live source's geometry) and the panel's rectangle. */
const boxes = (page: Page, adcode: string) => page.evaluate(async (code) => {
  type Geo = { type: string; coordinates: unknown };
  const m = (window as unknown as { __atlasMap: {
    getSource(id: string): { getData(): Promise<{ features: { properties: { adcode: string }; geometry: Geo }[] }> };
    project(p: [number, number]): { x: number; y: number }; getContainer(): HTMLElement;
  } }).__atlasMap;
  const f = (await m.getSource('counties').getData()).features.find((x) => String(x.properties.adcode) === code)!;
  const xs: number[] = [], ys: number[] = [];
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') { const p = m.project(c as [number, number]); xs.push(p.x); ys.push(p.y); }
    else (c as unknown[]).forEach(walk);
  };
  walk(f.geometry.coordinates);
  const r = m.getContainer().getBoundingClientRect();
  const county = { left: r.left + Math.min(...xs), top: r.top + Math.min(...ys), right: r.left + Math.max(...xs), bottom: r.top + Math.max(...ys) };
  // the panel as the reader sees it: its rectangle, cut to the window
  const p = document.querySelector('[data-testid="county-panel"]')!.getBoundingClientRect();
  const panel = { left: Math.max(0, p.left), top: Math.max(0, p.top), right: Math.min(innerWidth, p.right), bottom: Math.min(innerHeight, p.bottom) };
  return { county, panel, map: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
}, adcode);

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
const inside = (a: Box, b: Box) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;

async function clickAndSettle(page: Page, adcode = county.adcode) {
  await clickCounty(page, adcode);
  await page.waitForTimeout(100); // the camera starts after the panel is on the page (selector.ts)
  await settled(page);
  await waitIdle(page);
}

describe('the panel does not hide the selection', () => {
  it('a county clicked where the panel opens is moved clear of the panel on a wide screen', async () => {
    const g = await guardedPage(browser);
    await openReady(g.page);
    await selectCircle(g.page, circle.id);
    const before = await g.page.evaluate(() => (window as unknown as { __atlasMap: { getZoom(): number } }).__atlasMap.getZoom());
    await clickAndSettle(g.page);
    const b = await boxes(g.page, county.adcode);
    expect(overlap(b.county, b.panel), JSON.stringify(b)).toBe(0);
    expect(inside(b.county, b.map), JSON.stringify(b)).toBe(true);
    // the panel sits beside the county, not on it: the county is left of the panel's left edge
    expect(b.county.right).toBeLessThanOrEqual(b.panel.left);
    // a pan at the reader's zoom, not a jump into the county
    const after = await g.page.evaluate(() => (window as unknown as { __atlasMap: { getZoom(): number } }).__atlasMap.getZoom());
    expect(Math.abs(after - before)).toBeLessThan(0.01);
    await g.page.screenshot({ path: 'test-results/camera-cover-wide.png' });
    await done(g);
  });

  it('on a phone a county at the bottom of the view ends up above the panel, inside the map', async () => {
    const g = await guardedPage(browser, { width: 390, height: 844 }, { isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await openReady(g.page);
    await selectCircle(g.page, circle.id);
    await clickAndSettle(g.page, southern.adcode);
    const b = await boxes(g.page, southern.adcode);
    expect(overlap(b.county, b.panel), JSON.stringify(b)).toBe(0);
    expect(inside(b.county, b.map), JSON.stringify(b)).toBe(true);
    expect(b.county.bottom).toBeLessThanOrEqual(b.panel.top);
    await g.page.screenshot({ path: 'test-results/camera-cover-phone.png' });
    await done(g);
  });
});
