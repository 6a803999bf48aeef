/**
 * End-to-end tier: the built site in Debian's Chromium (WebGL2 via SwiftShader). One browser for the
 * file, a fresh guarded context per test: any request outside the origin or any page error fails it.
 * Screenshots go to test-results/ (map-*.png) for a human to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { AtlasJson, Summary } from '../../src/lib/data/atlas-types.ts';
import { decodeAtlas, type Atlas } from '../../src/lib/data/decode-atlas.ts';
import { TILE_BUFFER_PX } from '../../src/lib/map/tile-buffer.ts';
import { THEME } from '../../src/lib/map/theme.ts';
import { BASE_URL, guardedPage, launch, openReady, overlayLayers, pngInPage, project, sharedPage, waitIdle, type GuardedPage, selectCircle, clickCounty, done } from './browser.ts';

const OUT = 'test-results';
const read = (name: string) => JSON.parse(readFileSync(`dist/data/${name}`, 'utf8'));
const summary = read('summary.json') as Summary;
const atlasJson = read('atlas.json') as AtlasJson;
// The same decode the browser runs, in Node: label points are interior points of each county.
const atlas: Atlas = decodeAtlas(atlasJson, read('atlas.topo.json'), read('land.topo.json'));

let browser: Browser;
// The first test is the cold load; the other 1280×800 tests move that page (browser.ts softGo).
const shared = sharedPage(() => browser);

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await shared.close();
  await browser?.close();
});

/** A fresh guarded context (closed by done(), or with the browser if the test fails first). */
const fresh = (viewport = { width: 1280, height: 800 }): Promise<GuardedPage> => guardedPage(browser, viewport);

function labelPoint(adcode: string): [number, number] {
  const f = atlas.labels.features.find((l) => l.properties.adcode === adcode);
  if (!f) throw new Error(`no label point for ${adcode}`);
  return f.geometry.coordinates as [number, number];
}

const mapEval = <T,>(page: Page, fn: string): Promise<T> => page.evaluate(`(() => { const map = window.__atlasMap; return ${fn}; })()`) as Promise<T>;

describe('the map page', () => {
  it('becomes ready with no request outside its origin and no page error', async () => {
    const g = await shared.open();
    expect(await g.page.locator('[data-testid="map"]').getAttribute('data-ready')).toBe('true');
    expect(await g.page.locator('.maplibregl-canvas').count()).toBe(1);
    // the data is in the style and drawn
    const counties = await mapEval<number>(g.page, "map.queryRenderedFeatures({ layers: ['county-fill'] }).length");
    expect(counties).toBeGreaterThan(50);
    // the internals the draw gate (draw-gate.ts) and the unvalidated addLayer (slots.ts) use exist in
    // this MapLibre: else they would fall back silently to the slower public paths
    expect(await mapEval<string>(g.page, "[typeof map.painter?.render, typeof map._placementDirty, typeof map.style?.addLayer, typeof map._update, typeof map.painter?.context?.gl?.drawElements].join(' ')")).toBe('function boolean function function function');
    // every GeoJSON source is tiled with the narrow buffer (tile-buffer.ts): none left at MapLibre's 128 px
    const buffers = await mapEval<Record<string, unknown>>(g.page, "Object.fromEntries(Object.entries(map.getStyle().sources).filter(([, s]) => s.type === 'geojson').map(([id, s]) => [id, s.buffer]))");
    expect(Object.keys(buffers).length).toBeGreaterThan(10);
    for (const [id, b] of Object.entries(buffers)) expect(b, id).toBe(TILE_BUFFER_PX);
    // the sidebar is a chunk of its own, mounted once the map has its data (App.svelte)
    await g.page.waitForSelector('.sidebar [data-testid^="circle-"]');
    expect(await g.page.locator('.sidebar [data-testid^="circle-"]').count()).toBe(atlasJson.circles.length);
    expect((await g.page.textContent('[data-testid="attribution"]'))?.trim().length).toBeGreaterThan(10);
    expect(await g.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await g.page.screenshot({ path: `${OUT}/map-overview.png` });
    shared.check();
  });

  it('opens the county panel with the right name when a county is clicked on the map', async () => {
    const g = await shared.open();
    await selectCircle(g.page, 'jinan');
    await g.page.screenshot({ path: `${OUT}/map-jinan.png` });
    await clickCounty(g.page, '370102');
    expect((await g.page.textContent('[data-testid="county-panel"] h2'))?.trim()).toBe('历下区');
    expect(await g.page.textContent('[data-testid="county-panel"]')).toContain('370102');
    expect(await mapEval<unknown>(g.page, "map.getFeatureState({ source: 'counties', id: '370102' }).selected")).toBe(true);
    await waitIdle(g.page);
    await g.page.screenshot({ path: `${OUT}/map-county-panel.png` });

    // close it, then a Changchun county (双阳区) the same way
    await g.page.click('[data-testid="county-panel"] button.close');
    await g.page.waitForSelector('[data-testid="county-panel"]', { state: 'detached' });
    await selectCircle(g.page, 'changchun');
    await clickCounty(g.page, '220112');
    expect((await g.page.textContent('[data-testid="county-panel"] h2'))?.trim()).toBe('双阳区');
    expect(await mapEval<unknown>(g.page, "map.getFeatureState({ source: 'counties', id: '370102' }).selected")).toBe(false);
    shared.check();
  });

  it('shows computed totals beside the plan figures for every circle of the data', async () => {
    const g = await shared.open();
    for (const s of summary.circles) {
      await g.page.click(`[data-testid="circle-${s.id}"] button.head`);
      const card = g.page.locator(`[data-testid="circle-${s.id}"]`);
      expect(await card.locator('button.head').getAttribute('aria-expanded')).toBe('true');
      const scopes = [{ scope: 'core', computed: s.computed, official: s.official }];
      if (s.computed.extended && s.officialExtended) scopes.push({ scope: 'extended', computed: s.computed.extended, official: s.officialExtended });
      expect(await card.locator('[data-testid^="totals-"]').count(), s.id).toBe(scopes.length);
      for (const { scope, computed, official } of scopes) {
        const totals = card.locator(`[data-testid="totals-${scope}"]`);
        const areaShown = Number(await totals.getAttribute('data-area-km2'));
        expect(Math.abs(areaShown - computed.areaKm2) / computed.areaKm2, `${s.id} ${scope} area ${areaShown} vs ${computed.areaKm2}`).toBeLessThanOrEqual(0.01);
        expect(Number(await totals.getAttribute('data-population')), `${s.id} ${scope} population`).toBe(computed.populationWithZones);
        // three rows (area, population, density), each with computed, plan and difference
        expect(await totals.locator('[data-testid="computed"]').count()).toBe(3);
        expect(await totals.locator('[data-testid="diff"]').count()).toBe(3);
        const officialText = (await totals.locator('[data-testid="official"]').allTextContents()).join(' | ');
        expect(officialText, `${s.id} ${scope} plan area`).toContain(official.areaKm2.toLocaleString('zh-CN'));
        expect(officialText, `${s.id} ${scope} plan population`).toContain(`${(official.population / 1e4).toLocaleString('zh-CN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })}万`);
        for (const d of await totals.locator('[data-testid="diff"]').allTextContents()) expect(d, `${s.id} ${scope} diff`).toMatch(/[+-]?\d+(\.\d)?%/);
        // a gap the plan does not explain is explained beside the figures (circles.json official.note)
        const note = (official as { note?: string }).note;
        expect(await totals.locator('[data-testid="official-note"]').count(), `${s.id} ${scope} note`).toBe(note ? 1 : 0);
      }
      // the map fits the circle: its first member's label point ends up inside the map
      await g.page.waitForFunction(() => !(window as unknown as { __atlasMap: { isMoving(): boolean } }).__atlasMap.isMoving());
      const p = await project(g.page, labelPoint(s.members[0].adcode));
      const box = (await g.page.locator('[data-testid="map"]').boundingBox())!;
      expect(p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height, `${s.id} in view`).toBe(true);
      if (s.id === 'chengdu') await g.page.screenshot({ path: `${OUT}/map-chengdu.png` });
    }
    // only the last one stays selected
    expect(await g.page.locator('.sidebar [data-testid="totals-core"]').count()).toBe(1);
    shared.check();
  });

  /** Layers hidden, switch on, while no zone or park is selected: they would draw nothing (park-layers.ts). */
  const NOTHING_TO_SHOW = ['zone-fill', 'zone-line', 'ring-selected-fill', 'ring-selected-line'];

  it('hides a layer when its switch is turned off, by mouse and by keyboard', async () => {
    const g = await shared.open();
    const visibility = (id: string) => mapEval<string | undefined>(g.page, `map.getLayoutProperty(${JSON.stringify(id)}, 'visibility') ?? 'visible'`);
    // one switch per overlay of the registry, each showing and hiding exactly its own layers
    const { byOverlay } = await overlayLayers(g.page);
    const switches = await g.page.locator('[data-testid^="toggle-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('toggle-'.length)));
    expect(switches.sort()).toEqual(Object.keys(byOverlay).sort());
    for (const [toggle, ids] of Object.entries(byOverlay)) {
      const sw = g.page.locator(`[data-testid="toggle-${toggle}"]`);
      expect(await sw.getAttribute('role')).toBe('switch');
      if (await sw.getAttribute('aria-checked') === 'false') { await sw.click(); await g.page.waitForFunction((s) => document.querySelector(s)?.getAttribute('aria-checked') === 'true', `[data-testid="toggle-${toggle}"]`); }
      // with nothing selected, only the layers with nothing to show are hidden while the switch is on (park-layers.ts)
      const shown = new Map<string, string>();
      for (const id of ids) shown.set(id, (await visibility(id))!);
      expect([...shown].filter(([, v]) => v === 'none').map(([id]) => id).filter((id) => !NOTHING_TO_SHOW.includes(id)), `${toggle}: hidden while on`).toEqual([]);
      await sw.click();
      await g.page.waitForFunction((s) => document.querySelector(s)?.getAttribute('aria-checked') === 'false', `[data-testid="toggle-${toggle}"]`);
      for (const id of ids) expect(await visibility(id), `${id} after turning ${toggle} off`).toBe('none');
      // keyboard: focus the switch and press Space
      await sw.focus();
      await g.page.keyboard.press('Space');
      await g.page.waitForFunction((s) => document.querySelector(s)?.getAttribute('aria-checked') === 'true', `[data-testid="toggle-${toggle}"]`);
      for (const id of ids) expect(await visibility(id), `${id} after turning ${toggle} back on`).toBe(shown.get(id));
    }
    // off by keyboard, then rendered features of that layer disappear
    await g.page.locator('[data-testid="toggle-counties"]').focus();
    await g.page.keyboard.press('Space');
    await waitIdle(g.page);
    expect(await mapEval<number>(g.page, "map.queryRenderedFeatures({ layers: ['county-fill'] }).length")).toBe(0);
    shared.check();
  });

  it('switches the interface and the map labels to English', async () => {
    const g = await shared.open();
    expect(await mapEval<unknown>(g.page, "map.getLayoutProperty('county-label', 'text-field')")).toEqual(['get', 'name']);
    await g.page.click('[data-testid="lang-switch"]');
    await g.page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await g.page.title()).toBe('Metro Circle Atlas');
    expect((await g.page.textContent('.sidebar h1'))?.trim()).toBe('Metro Circle Atlas');
    for (const c of atlasJson.circles) {
      expect((await g.page.textContent(`[data-testid="circle-${c.id}"] button.head`))?.trim()).toBe(c.name.en);
    }
    expect(await g.page.textContent('[data-testid="attribution"]')).toContain('census');
    expect(await g.page.textContent('[data-testid="lang-switch"]')).toContain('中文');
    expect(await mapEval<unknown>(g.page, "map.getLayoutProperty('county-label', 'text-field')")).toEqual(['get', 'nameEn']);
    // the county panel follows: English name, Chinese beside it
    await selectCircle(g.page, 'jinan');
    await clickCounty(g.page, '370102');
    const en = atlas.byAdcode.get('370102')!.properties.nameEn;
    expect((await g.page.textContent('[data-testid="county-panel"] h2'))?.trim()).toBe(en);
    expect(await g.page.textContent('[data-testid="county-panel"]')).toContain('历下区');
    await waitIdle(g.page);
    await g.page.screenshot({ path: `${OUT}/map-en-county-panel.png` });
    // and back
    await g.page.click('[data-testid="lang-switch"]');
    await g.page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await mapEval<unknown>(g.page, "map.getLayoutProperty('county-label', 'text-field')")).toEqual(['get', 'name']);
    shared.check();
  });

  it('names the county\'s prefecture in English in the English county panel', async () => {
    // atlas.json carries every prefecture's English name; the panel should use it, as it does the county's.
    const g = await shared.open();
    await g.page.click('[data-testid="lang-switch"]');
    await g.page.waitForFunction(() => document.documentElement.lang === 'en');
    await selectCircle(g.page, 'changchun');
    await clickCounty(g.page, '220112');
    const f = atlas.byAdcode.get('220112')!;
    const pref = atlasJson.prefectures.find((p) => p.code === f.properties.prefecture)!;
    expect(pref.name.en).toBe('Changchun City');
    expect(await g.page.textContent('[data-testid="county-panel"] dl')).toContain(pref.name.en);
    shared.check();
  });

  // A data file that fails to load (a 500 among others) and its Retry: faults.e2e.ts, one page for every fault.
  it('shows the land while atlas.json is still on its way (the loading view), then the whole map', async () => {
    const g = await fresh();
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    await g.page.route('**/data/atlas.json', async (route) => { await held; await route.continue(); });
    await g.page.goto(BASE_URL);
    // the canvas is hidden until its first frame with the land (MapView.svelte): it must then show
    await g.page.waitForFunction(() => {
      const c = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      const map = (window as unknown as { __atlasMap?: { isSourceLoaded(id: string): boolean } }).__atlasMap;
      return !!c && getComputedStyle(c).visibility === 'visible' && !!map?.isSourceLoaded('land');
    }, undefined, { timeout: 30_000 });
    await g.page.waitForTimeout(300); // the frame after it is on screen
    const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
    const png = await pngInPage(g.page, await g.page.locator('[data-testid="map"]').screenshot());
    const landShare = (await png.share(hex(THEME.land))) + (await png.share(hex(THEME.landContext)));
    expect(landShare).toBeGreaterThan(0.2);
    expect(await g.page.locator('[data-testid="map"]').getAttribute('data-ready')).toBe('false');
    await g.page.screenshot({ path: `${OUT}/map-loading.png` });
    release();
    await g.page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
    await done(g);
  });

  it('fits a phone screen: map above, sidebar below, panel readable', async () => {
    const g = await fresh({ width: 390, height: 844 });
    await openReady(g.page);
    const map = (await g.page.locator('[data-testid="map"]').boundingBox())!;
    const side = (await g.page.locator('.sidebar').boundingBox())!;
    expect(map.width).toBeGreaterThan(380);
    expect(side.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    // no horizontal scrolling
    expect(await g.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await g.page.screenshot({ path: `${OUT}/map-mobile-overview.png` });
    await selectCircle(g.page, 'qingdao');
    await clickCounty(g.page, '370283');
    const panel = (await g.page.locator('[data-testid="county-panel"]').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(390);
    await waitIdle(g.page);
    await g.page.screenshot({ path: `${OUT}/map-mobile-panel.png` });
    await done(g);
  });
});
