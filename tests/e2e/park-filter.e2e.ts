/**
 * End-to-end tier, issue 12 item 6: the park filters filter the map's markers and the list together,
 * offer only options that keep some park (narrowed by the circle and by the other filter), and live
 * in the link. Circles, kinds and industries are picked from the built data, not named here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { done, guardedPage, launch, openReady, sharedPage, waitIdle } from './browser.ts';

const json = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as AtlasJson;
const parks = json.parks;
// the circle with the most parks, and an industry only some of its parks have
const circle = [...json.circles].sort((a, b) => parks.filter((p) => p.circles.includes(b.id)).length - parks.filter((p) => p.circles.includes(a.id)).length)[0].id;
const inCircle = parks.filter((p) => p.circles.includes(circle));
const industry = [...new Set(inCircle.flatMap((p) => p.industries))].sort()
  .find((i) => inCircle.some((p) => !p.industries.includes(i)))!;
const expected = inCircle.filter((p) => p.industries.includes(industry as never)).map((p) => p.id).sort();

let browser: Browser;
// one page for the first two tests (browser.ts softGo); links with filters are opened cold
const shared = sharedPage(() => browser);
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await shared.close(); await browser?.close(); });

/** Open the park list unless it is open already (its open state outlives a move of the shared page). */
async function openList(page: Page): Promise<void> {
  if ((await page.getAttribute('[data-testid="park-list-toggle"]', 'aria-expanded')) !== 'true') await page.click('[data-testid="park-list-toggle"]');
  await page.getByTestId('park-filter-circle').waitFor(); // the list body is a lazy chunk
}

/** Park ids in the list, and park ids whose marker the map draws with every park point in view. */
async function listAndMarkers(page: Page): Promise<{ list: string[]; markers: string[] }> {
  const list = (await page.locator('[data-testid="park-list"] button[data-park]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-park')!))).sort();
  const points = parks.filter((p) => p.point).map((p) => p.point!);
  const lngs = points.map((p) => p[0]), lats = points.map((p) => p[1]);
  await page.evaluate(([w, s, e, n]) => {
    const m = (window as unknown as { __atlasMap: { fitBounds(b: [[number, number], [number, number]], o: object): void } }).__atlasMap;
    m.fitBounds([[w, s], [e, n]], { padding: 30, duration: 0 });
  }, [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)]);
  await waitIdle(page);
  const markers = await page.evaluate(() => {
    const m = (window as unknown as { __atlasMap: { queryRenderedFeatures(o: object): { properties: { id: string } }[] } }).__atlasMap;
    return [...new Set(m.queryRenderedFeatures({ layers: ['park-point'] }).map((f) => f.properties.id))].sort();
  });
  return { list, markers };
}

const withPoint = (ids: string[]) => ids.filter((id) => parks.find((p) => p.id === id)?.point);
const options = (page: Page, testid: string) =>
  page.locator(`[data-testid="${testid}"] option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));

describe('park filters', () => {
  it('a circle and an industry filter the list and the map markers alike, and the link brings the same filter back', async () => {
    const g = await shared.open();
    await openList(g.page);
    await g.page.selectOption('[data-testid="park-filter-circle"]', circle);
    await g.page.selectOption('[data-testid="park-filter-industry"]', industry);
    const first = await listAndMarkers(g.page);
    expect(first.list).toEqual(expected);
    expect(first.markers).toEqual(withPoint(expected));
    expect(first.markers.length).toBeGreaterThan(0);
    await expect.poll(() => g.page.url()).toMatch(new RegExp(`[?&]pcircle=${circle}(&|#|$)`));
    expect(g.page.url()).toMatch(new RegExp(`[?&]pind=${industry}(&|#|$)`));

    const again = await guardedPage(browser);
    const link = g.page.url();
    await openReady(again.page, link.slice(link.indexOf('?')));
    // the link opens the list, with the filter chosen
    expect(await again.page.inputValue('[data-testid="park-filter-circle"]')).toBe(circle);
    expect(await again.page.inputValue('[data-testid="park-filter-industry"]')).toBe(industry);
    expect(await listAndMarkers(again.page)).toEqual(first);
    await done(again);
    shared.check();
  });

  it('every option offered keeps some park: industries are narrowed by the circle, circles and kinds by the industry', async () => {
    const g = await shared.open();
    await openList(g.page);
    for (const c of json.circles.map((x) => x.id)) {
      if (!(await options(g.page, 'park-filter-circle')).includes(c)) {
        expect(parks.some((p) => p.circles.includes(c)), `${c} has parks but is not offered`).toBe(false);
        continue;
      }
      await g.page.selectOption('[data-testid="park-filter-circle"]', c);
      const offered = await options(g.page, 'park-filter-industry');
      const own = [...new Set(parks.filter((p) => p.circles.includes(c)).flatMap((p) => p.industries))].sort();
      expect([...offered].sort(), c).toEqual(own);
    }
    // and the other way round: with the circle and an industry chosen, circles and kinds offered all keep parks
    await g.page.selectOption('[data-testid="park-filter-circle"]', circle);
    await g.page.selectOption('[data-testid="park-filter-industry"]', industry);
    expect(await g.page.locator('[data-testid="park-list"] button[data-park]').count()).toBe(expected.length);
    for (const k of await options(g.page, 'park-filter-kind')) {
      expect(parks.some((p) => p.circles.includes(circle) && p.industries.includes(industry as never) && p.kind === k), k).toBe(true);
    }
    const circles = await options(g.page, 'park-filter-circle');
    expect(circles.sort()).toEqual(json.circles.map((x) => x.id).filter((c) => parks.some((p) => p.circles.includes(c) && p.industries.includes(industry as never))).sort());
    shared.check();
  });

  it('a link with garbage park filters opens with no filter and every marker', async () => {
    const g = await guardedPage(browser);
    await openReady(g.page, `?pcircle=%3Cb%3E&pkind=nope&pind=javascript:alert(1)`);
    await g.page.click('[data-testid="park-list-toggle"]');
    await g.page.getByTestId('park-filter-circle').waitFor(); // the list body is a lazy chunk
    const { list, markers } = await listAndMarkers(g.page);
    expect(list).toEqual(parks.map((p) => p.id).sort());
    expect(markers).toEqual(withPoint(parks.map((p) => p.id)).sort());
    expect(g.page.url()).not.toMatch(/pcircle|pkind|pind/);
    await done(g);
  });
});
