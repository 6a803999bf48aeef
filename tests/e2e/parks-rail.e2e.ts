/**
 * End-to-end tier for issue 4: parks and rail in real Chromium against the built site. A park marker
 * clicked with the mouse opens its panel with name and sources; the park list works with the keyboard
 * only; the search finds the Chengdu–Aba park by "成阿", "Chengdu–Aba" and "Chengdu-Aba"; a station
 * opens its panel; the rail switch hides the rail layers. Every test fails on any outside request.
 * Screenshot: test-results/parks-rail.png (1280×800).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { guardedPage, launch, openReady, project, sharedPage, tabTo, waitIdle, done } from './browser.ts';

const OUT = 'test-results';
const atlas = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as AtlasJson;
const CHENGDU_ABA = atlas.parks.find((p) => p.id === 'chengdu-aba-industrial-park')!;

let browser: Browser;
// one page for the tests about a state (browser.ts softGo); the keyboard test starts from a cold load
const shared = sharedPage(() => browser);
beforeAll(async () => { mkdirSync(OUT, { recursive: true }); browser = await launch(); });
afterAll(async () => { await shared.close(); await browser?.close(); });


async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !(window as unknown as { __atlasMap: { isMoving(): boolean } }).__atlasMap.isMoving());
  await waitIdle(page);
}

async function selectCircle(page: Page, id: string): Promise<void> {
  await page.click(`[data-testid="circle-${id}"] button.head`);
  await settle(page);
}

async function expectParkPanel(page: Page, park: AtlasJson['parks'][number]): Promise<void> {
  const panel = page.locator('[data-testid="park-panel"]');
  await panel.waitFor();
  expect(await panel.locator('h2').textContent()).toBe(park.name.zh);
  const hrefs = await panel.locator('.sources a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(park.sources.map((s) => s.url));
  if (park.point) expect(await panel.getByTestId('park-approx').textContent()).toContain(`±${park.pointAccuracyKm}`);
}

describe('parks and rail', () => {
  it('clicking a park marker opens its panel with its name, sources and approximate location', async () => {
    const g = await shared.open();
    await selectCircle(g.page, 'chengdu');
    const { x, y } = await project(g.page, CHENGDU_ABA.point!);
    const t0 = Date.now();
    await g.page.mouse.click(x, y);
    await expectParkPanel(g.page, CHENGDU_ABA);
    console.log(`click → park panel: ${Date.now() - t0} ms`);
    expect(await g.page.getByTestId('county-panel').count(), 'only one detail panel').toBe(0);
    expect(await g.page.getByTestId('park-approx').textContent()).toContain('大致位置（±6 公里）');
    // The selected marker is flagged on the map.
    const state = await g.page.evaluate((id) => (window as unknown as { __atlasMap: { getFeatureState(f: object): Record<string, unknown> } }).__atlasMap.getFeatureState({ source: 'park-points', id }), CHENGDU_ABA.id);
    expect(state.selected).toBe(true);
    shared.check();
  });

  it('keyboard only: open the park list, filter it, open a park', async () => {
    const g = await guardedPage(browser);
    await openReady(g.page);
    await tabTo(g.page, '[data-testid="park-list-toggle"]');
    await g.page.keyboard.press('Enter');
    expect(await g.page.getByTestId('park-list-toggle').getAttribute('aria-expanded')).toBe('true');
    // The list's body is a lazy chunk loaded on first open: Tab only once it is on the page.
    await g.page.getByTestId('park-filter-circle').waitFor();
    // Circle filter: arrow keys on a focused native select change its value without opening it.
    await tabTo(g.page, '[data-testid="park-filter-circle"]', { max: 3 });
    const circles = atlas.circles.map((c) => c.id);
    const target = 'qingdao';
    for (let i = 0; i <= circles.indexOf(target); i++) await g.page.keyboard.press('ArrowDown');
    expect(await g.page.getByTestId('park-filter-circle').inputValue()).toBe(target);
    const expected = atlas.parks.filter((p) => p.circles.includes(target));
    const names = await g.page.locator('[data-testid="park-list"] button').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-park')));
    expect(names).toEqual(expected.map((p) => p.id));
    // Tab past the other two filters to the first park, then Enter.
    await tabTo(g.page, '[data-testid="park-list"] button', { max: 4 });
    const first = expected[0];
    expect(await g.page.evaluate(() => document.activeElement?.getAttribute('data-park'))).toBe(first.id);
    await g.page.keyboard.press('Enter');
    await expectParkPanel(g.page, first);
    await settle(g.page);
    // The camera went there: the park's point is on screen.
    const inView = await g.page.evaluate((p) => (window as unknown as { __atlasMap: { getBounds(): { contains(p: [number, number]): boolean } } }).__atlasMap.getBounds().contains(p), first.point!);
    expect(inView).toBe(true);
    await done(g);
  });

  it('search finds the Chengdu–Aba park by "成阿", "Chengdu–Aba" and "Chengdu-Aba" and opens it', async () => {
    const g = await shared.open();
    const input = g.page.getByTestId('search-input');
    for (const q of ['成阿', 'Chengdu–Aba', 'Chengdu-Aba']) {
      await input.fill('');
      await input.focus();
      await g.page.keyboard.type(q);
      const options = g.page.locator('#search-results [role="option"]');
      await options.first().waitFor();
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      expect(await options.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('成阿')]));
      await g.page.keyboard.press('ArrowDown');
      expect(await input.getAttribute('aria-activedescendant')).toBe('search-opt-0');
      expect(await options.first().getAttribute('aria-selected')).toBe('true');
      await g.page.keyboard.press('Enter');
      await expectParkPanel(g.page, CHENGDU_ABA);
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      await g.page.locator('[data-testid="park-panel"] .close').click();
    }
    shared.check();
  });

  it('search opens a station panel with its lines and sourced travel times', async () => {
    const g = await shared.open();
    await g.page.getByTestId('search-input').fill('济南东');
    await g.page.locator('#search-results [role="option"]').first().waitFor();
    await g.page.keyboard.press('Enter');
    const panel = g.page.getByTestId('station-panel');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe('济南东');
    const text = await panel.textContent();
    expect(text).toContain(atlas.rail.lines.find((l) => l.id === 'jinan-qingdao-hsr')!.name.zh);
    expect(text).toContain('100 分钟');
    shared.check();
  });

  it('the rail layer toggles', async () => {
    const g = await shared.open();
    const toggle = g.page.getByTestId('toggle-rail');
    const visibility = () => g.page.evaluate(() => ['rail-line-open-hsr', 'rail-line-construction-hsr', 'station-hub', 'station-point'].map((id) =>
      (window as unknown as { __atlasMap: { getLayoutProperty(l: string, p: string): string | undefined } }).__atlasMap.getLayoutProperty(id, 'visibility') ?? 'visible'));
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(await visibility()).toEqual(['visible', 'visible', 'visible', 'visible']);
    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    expect(await visibility()).toEqual(['none', 'none', 'none', 'none']);
    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(await visibility()).toEqual(['visible', 'visible', 'visible', 'visible']);
    shared.check();
  });

  it('screenshot: a circle with parks and rail at 1280×800', async () => {
    const g = await shared.open();
    await selectCircle(g.page, 'jinan');
    await g.page.screenshot({ path: `${OUT}/parks-rail.png` });
    // And a zone that spans several counties, selected from the list: ring, highlighted counties, panel.
    await selectCircle(g.page, 'qingdao');
    await g.page.getByTestId('park-list-toggle').click();
    // The Jinan–Qingdao programme is listed with its counts and no names (and no points on the map).
    const programme = g.page.getByTestId('programme-jinan-qingdao-co-built-parks');
    await programme.locator('summary').click();
    expect(await programme.getByTestId('names-not-published').textContent()).toContain('名单尚未公布');
    expect(await programme.textContent()).toContain('2025 年：9 个');
    await g.page.click('[data-park="haiyang-laiyang-jimo-marine-zone"]');
    await g.page.getByTestId('park-panel').waitFor();
    await settle(g.page);
    const zone = await g.page.evaluate(() => (window as unknown as { __atlasMap: { getFilter(id: string): unknown } }).__atlasMap.getFilter('zone-line'));
    expect(JSON.stringify(zone)).toContain('370215');
    await g.page.screenshot({ path: `${OUT}/parks-rail-zone.png` });
    await selectCircle(g.page, 'chengdu');
    await g.page.screenshot({ path: `${OUT}/parks-rail-chengdu.png` });
    shared.check();
  });
});
