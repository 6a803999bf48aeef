/**
 * End-to-end tier: one selection (issue 9, item 3) and the panel behaviour of issue 12 — items 1
 * (Escape closes a panel; focus moves in and back), 2 (Back restores the camera), 3 (a circle switch
 * drops a selection outside the new circle, URL included), 5 (a click on empty map dismisses the
 * panel; hovering a park does not light the county under it; a label drawn over a county does not
 * take the county's click) and 11 (stations are linkable).
 * Circles, counties, parks and stations are picked from the built data, not named here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { clickCounty, done, emptySpot, guardedPage, launch, openReady, project, selectCircle, settled, sharedPage, waitIdle } from './browser.ts';

const json = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as AtlasJson;
const [A, B] = json.circles;
const inB = new Set(B.members.map((m) => m.adcode));
const onlyInA = A.members.find((m) => m.coverage !== 'extended' && !inB.has(m.adcode))!.adcode;
const park = json.parks.find((p) => p.point && p.hostAdcode && (p.pointAccuracyKm ?? 99) <= 10)!;

let browser: Browser;
// one page for the tests about a state (browser.ts softGo); cold loads where opening a link is the point
const shared = sharedPage(() => browser);
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await shared.close(); await browser?.close(); });

const camera = (page: Page) => page.evaluate(() => {
  const m = (window as unknown as { __atlasMap: { getZoom(): number; getCenter(): { lng: number; lat: number } } }).__atlasMap;
  return { zoom: m.getZoom(), ...m.getCenter() };
});
const focusIn = (page: Page, testid: string) => page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.contains(document.activeElement) ?? false, testid);

describe('one selection', () => {
  it('Escape closes a county panel opened from the keyboard, and focus goes back to the button that opened it', async () => {
    const g = await shared.open();
    await selectCircle(g.page, A.id);
    const card = g.page.locator(`[data-testid="circle-${A.id}"]`);
    await card.locator('details:has(.members) summary').click();
    const opener = card.locator('.members button').first();
    await opener.focus();
    await g.page.keyboard.press('Enter');
    await g.page.waitForSelector('[data-testid="county-panel"]');
    expect(await focusIn(g.page, 'county-panel')).toBe(true);
    await g.page.keyboard.press('Escape');
    await g.page.waitForSelector('[data-testid="county-panel"]', { state: 'detached' });
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(g.page.url()).not.toMatch(/county=/);
    shared.check();
  });

  it('Escape closes a park panel and a station panel opened from a link', async () => {
    const g = await guardedPage(browser);
    const station = json.rail.stations[0];
    for (const [key, id, testid] of [['park', park.id, 'park-panel'], ['station', station.id, 'station-panel']] as const) {
      await openReady(g.page, `?${key}=${id}`);
      await g.page.waitForSelector(`[data-testid="${testid}"]`);
      expect(await focusIn(g.page, testid), testid).toBe(true);
      await g.page.keyboard.press('Escape');
      await g.page.waitForSelector(`[data-testid="${testid}"]`, { state: 'detached' });
      expect(g.page.url()).not.toMatch(new RegExp(`${key}=`));
    }
    await done(g);
  });

  it('Back restores the camera of the page before a circle was chosen', async () => {
    const g = await shared.open();
    const before = await camera(g.page);
    await selectCircle(g.page, B.id);
    expect((await camera(g.page)).zoom - before.zoom).toBeGreaterThan(0.5);
    await g.page.goBack();
    await expect.poll(() => g.page.url()).not.toMatch(/circle=/);
    await settled(g.page);
    const after = await camera(g.page);
    expect(Math.abs(after.zoom - before.zoom)).toBeLessThan(0.05);
    expect(Math.abs(after.lng - before.lng)).toBeLessThan(0.05);
    expect(Math.abs(after.lat - before.lat)).toBeLessThan(0.05);
    shared.check();
  });

  it('switching to a circle the selected county is not in closes its panel and drops it from the URL', async () => {
    const g = await shared.open();
    await selectCircle(g.page, A.id);
    await clickCounty(g.page, onlyInA);
    expect(g.page.url()).toMatch(new RegExp(`county=${onlyInA}`));
    await selectCircle(g.page, B.id);
    expect(await g.page.locator('[data-testid="county-panel"]').count()).toBe(0);
    expect(g.page.url()).not.toMatch(/county=/);
    expect(g.page.url()).toMatch(new RegExp(`circle=${B.id}`));
    shared.check();
  });

  it('a county linked with a wide camera keeps that camera when the legend changes size, and a click on empty map closes the panel', async () => {
    // a wide view around the county, so there is sea and land outside the counties to click
    const [lng, lat] = json.counties.find((c) => c.adcode === onlyInA)!.label;
    const g = await shared.open(`?circle=${B.id}`);
    const legendHeight = () => g.page.$eval('[data-testid="map-legend"]', (el) => Math.round(el.getBoundingClientRect().height));
    const withCircle = await legendHeight();
    // Back/Forward to this address (softGo): the legend loses the circle's lines and changes size. It used
    // to re-fit the map to the county (zoom 10: no empty pixel left) over the entry's camera; a cold load
    // of the same address kept it (reader-camera.ts: a link's camera is the reader's).
    await shared.at(`?county=${onlyInA}#map=4/${lat.toFixed(2)}/${lng.toFixed(2)}`);
    await g.page.waitForSelector('[data-testid="county-panel"]');
    await expect.poll(legendHeight, { message: 'the legend changes size with the circle gone' }).not.toBe(withCircle);
    await settled(g.page);
    await waitIdle(g.page);
    const cam = await camera(g.page);
    expect(cam.zoom, 'the link\'s zoom, not a re-fit').toBeCloseTo(4, 1);
    expect(Math.abs(cam.lng - lng)).toBeLessThan(0.05);
    expect(Math.abs(cam.lat - lat)).toBeLessThan(0.05);
    const spot = await emptySpot(g.page);
    await g.page.mouse.click(spot.x, spot.y);
    await g.page.waitForSelector('[data-testid="county-panel"]', { state: 'detached' });
    expect(g.page.url()).not.toMatch(/county=/);
    shared.check();
  });

  it('hovering a park marker lights the marker, not the county under it', async () => {
    const g = await shared.open(`?park=${park.id}`);
    await settled(g.page);
    await waitIdle(g.page);
    const p = await project(g.page, park.point!);
    await g.page.mouse.move(p.x - 40, p.y - 40);
    await g.page.mouse.move(p.x, p.y, { steps: 4 });
    const state = await g.page.evaluate(([parkId, x, y]) => {
      type M = { getFeatureState(f: object): Record<string, unknown>; getContainer(): HTMLElement; queryRenderedFeatures(p: [number, number], o: object): { properties: { adcode: string } }[] };
      const m = (window as unknown as { __atlasMap: M }).__atlasMap;
      const r = m.getContainer().getBoundingClientRect();
      // the county drawn under the marker's pixel
      const county = m.queryRenderedFeatures([x - r.left, y - r.top], { layers: ['county-fill'] })[0]?.properties.adcode;
      return { county, park: m.getFeatureState({ source: 'park-points', id: parkId }).hover, countyHover: county ? m.getFeatureState({ source: 'counties', id: county }).hover : 'none' };
    }, [park.id, p.x, p.y] as const);
    expect(state.county).toBeTruthy();
    expect(state.park).toBe(true);
    expect(state.countyHover).not.toBe(true);
    shared.check();
  });

  it('a click on a park or station label drawn over a county opens the county, not the park', async () => {
    // The county of the report (its name sits under a park's label in its circle's view).
    const county = json.counties.find((c) => c.name === '胶州市')!;
    const circle = json.circles.find((c) => c.members.some((m) => m.adcode === county.adcode))!;
    const g = await shared.open();
    await selectCircle(g.page, circle.id);
    const at = await project(g.page, county.label);
    // pixels near the county's name where another overlay's label is drawn over this county and no marker is
    const spots = await g.page.evaluate(([sx, sy, code]) => {
      type Hit = { layer: { id: string; type: string; metadata?: { overlay?: string; click?: boolean } }; properties: Record<string, unknown> };
      const m = (window as unknown as { __atlasMap: { getContainer(): HTMLElement; queryRenderedFeatures(p: [number, number]): Hit[] } }).__atlasMap;
      const r = m.getContainer().getBoundingClientRect();
      const found: { x: number; y: number; label: string }[] = [];
      for (let dy = -40; dy <= 40; dy += 4) for (let dx = -60; dx <= 60; dx += 4) {
        const x = sx + dx, y = sy + dy;
        if (document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas') !== true) continue;
        const hits = m.queryRenderedFeatures([x - r.left, y - r.top]);
        // a marker is any layer of another overlay that takes clicks (park and station markers are symbols too)
        const marker = hits.some((h) => h.layer.metadata?.click && h.layer.metadata.overlay !== 'counties');
        const label = hits.find((h) => h.layer.type === 'symbol' && !h.layer.metadata?.click && !['labels', 'counties'].includes(h.layer.metadata?.overlay ?? ''));
        const inCounty = hits.some((h) => h.layer.id === 'county-fill' && String(h.properties.adcode) === code);
        if (label && inCounty && !marker) found.push({ x, y, label: label.layer.id });
      }
      return found;
    }, [at.x, at.y, county.adcode] as const);
    expect(spots.length, 'a label of another overlay is drawn over the county in this view').toBeGreaterThan(0);
    const spot = spots[Math.floor(spots.length / 2)];
    await g.page.mouse.click(spot.x, spot.y);
    await g.page.waitForFunction((code) => document.querySelector('[data-testid="county-panel"]')?.textContent?.includes(code) ?? false, county.adcode, { timeout: 10_000 });
    expect(await g.page.locator('[data-testid="park-panel"], [data-testid="station-panel"]').count()).toBe(0);
    expect(g.page.url()).toMatch(new RegExp(`county=${county.adcode}`));
    shared.check();
  });

  it('a station clicked on the map is in the link, and the link opens it again', async () => {
    const station = json.rail.stations.find((s) => s.accuracy !== 'approx') ?? json.rail.stations[0];
    const g = await shared.open(`?station=${station.id}`);
    await g.page.waitForSelector('[data-testid="station-panel"]');
    await g.page.keyboard.press('Escape');
    await g.page.waitForSelector('[data-testid="station-panel"]', { state: 'detached' });
    await settled(g.page);
    await waitIdle(g.page);
    const p = await project(g.page, station.point);
    await g.page.mouse.click(p.x, p.y);
    await g.page.waitForSelector('[data-testid="station-panel"]');
    expect(g.page.url()).toMatch(new RegExp(`[?&]station=${station.id}(&|#|$)`));
    const link = g.page.url();
    const again = await guardedPage(browser);
    await openReady(again.page, link.slice(link.indexOf('?')));
    expect(await again.page.textContent('[data-testid="station-panel"] h2')).toBe(station.name.zh);
    await done(again);
    shared.check();
  });
});
