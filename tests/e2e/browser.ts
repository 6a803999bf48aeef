/**
 * Shared e2e plumbing: Debian's Chromium driven by playwright-core (never a downloaded browser),
 * WebGL2 through SwiftShader, and a route guard that fails the test on any request outside the
 * page's origin. Flags from ../shared/facts/tech-notes.md §4.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4318/';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  // Chromium 156 builds its WebUI omnibox popups (chrome://omnibox-popup.top-chrome/ and its AI-mode
  // page) for every new browser context — each a renderer of its own, ~1 s of CPU per page on a
  // 2-core machine, racing the page under test (docs/BENCH.md, session 6). A headless test has no
  // address bar to show them in. Names Chromium does not know are ignored.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export interface GuardedPage { page: Page; context: BrowserContext; outside: string[]; errors: string[] }

/** A fresh context whose every request must stay on the page's origin (data: and blob: allowed). */
export async function guardedPage(browser: Browser, viewport = { width: 1280, height: 800 }, options: Parameters<Browser['newContext']>[0] = {}): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport, ...options });
  const origin = new URL(BASE_URL).origin;
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  // The CSP (index.html) must never have to block anything the app does: a violation is an error.
  await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`)));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { page, context, outside, errors };
}

/** Navigate and wait until the map has drawn the data and gone idle. */
export async function openReady(page: Page, path = ''): Promise<void> {
  await page.goto(new URL(path, BASE_URL).href);
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
  // The sidebar mounts just after the map's first complete picture (App.svelte): wait for the loading note to go.
  await page.waitForFunction(() => !document.querySelector('aside.status'), undefined, { timeout: 60_000 });
}

/** Screen pixel of a lng/lat on the live map (the map exposes itself as window.__atlasMap for tests). */
export async function project(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lng, lat]) => {
    const map = (window as unknown as { __atlasMap: { project(p: [number, number]): { x: number; y: number }; getContainer(): HTMLElement } }).__atlasMap;
    const p = map.project([lng, lat]);
    const r = map.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}

/** Wait for the map to finish moving and rendering. */
export async function waitIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = (window as unknown as { __atlasMap: { loaded(): boolean; isMoving(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void } }).__atlasMap;
    map.once('idle', () => resolve());
    map.triggerRepaint();
  }));
}

/** Click a circle's head (selects it and fits the map) and wait for the camera to settle. */
export async function selectCircle(page: Page, id: string): Promise<void> {
  await page.click(`[data-testid="circle-${id}"] button.head`);
  await page.waitForSelector(`[data-testid="circle-${id}"] [data-testid="totals-core"]`);
  await page.waitForFunction(() => !(window as unknown as { __atlasMap: { isMoving(): boolean } }).__atlasMap.isMoving());
  await waitIdle(page);
}

/** The label point of a county (an interior point of its largest part), read from the live map. */
export async function countyLabelPoint(page: Page, adcode: string): Promise<[number, number]> {
  return page.evaluate(async (code) => {
    const map = (window as unknown as { __atlasMap: { getSource(id: string): { getData(): Promise<{ features: { properties: { adcode: string }; geometry: { coordinates: [number, number] } }[] }> } } }).__atlasMap;
    const data = await map.getSource('county-labels').getData();
    const f = data.features.find((x) => x.properties.adcode === code);
    if (!f) throw new Error(`no label point for ${code}`);
    return f.geometry.coordinates;
  }, adcode);
}

/**
 * The live style's layers by overlay, read from the `metadata` the overlay registry puts on every
 * layer (src/lib/overlays/registry.ts styleOf): `{ overlay: layerIds }`, and which layers take clicks.
 */
export async function overlayLayers(page: Page): Promise<{ byOverlay: Record<string, string[]>; clickable: Record<string, string[]> }> {
  return page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: { getStyle(): { layers: { id: string; metadata?: { overlay?: string; click?: boolean } }[] } } }).__atlasMap;
    const byOverlay: Record<string, string[]> = {};
    const clickable: Record<string, string[]> = {};
    for (const l of map.getStyle().layers) {
      const o = l.metadata?.overlay;
      if (!o) continue;
      (byOverlay[o] ??= []).push(l.id);
      if (l.metadata?.click) (clickable[o] ??= []).push(l.id);
    }
    return { byOverlay, clickable };
  });
}

/** Wait until the camera has stopped (a selection may move it: src/lib/map/camera.ts). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !(window as unknown as { __atlasMap: { isMoving(): boolean } }).__atlasMap.isMoving());
}

/**
 * A real mouse click inside the county. Starts at its label point and, if a clickable feature of
 * another overlay sits on top there (the topmost clickable feature takes the click), steps outward
 * until the map reports this county's fill and no other clickable layer under the pixel.
 * Returns the pixel, or throws.
 */
export async function clickCounty(page: Page, adcode: string, { expectPanel = true } = {}): Promise<{ x: number; y: number }> {
  await settled(page);
  const start = await project(page, await countyLabelPoint(page, adcode));
  const spot = await page.evaluate(([sx, sy, code]) => {
    type Hit = { layer: { id: string; metadata?: { overlay?: string; click?: boolean } }; properties: Record<string, unknown> };
    const map = (window as unknown as { __atlasMap: { getContainer(): HTMLElement; queryRenderedFeatures(p: [number, number]): Hit[] } }).__atlasMap;
    const r = map.getContainer().getBoundingClientRect();
    const ok = (x: number, y: number) => {
      if (document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas') !== true) return false;
      const hits = map.queryRenderedFeatures([x - r.left, y - r.top]);
      return hits.some((h) => h.layer.id === 'county-fill' && String(h.properties.adcode) === code)
        && !hits.some((h) => h.layer.metadata?.click && h.layer.metadata.overlay !== 'counties');
    };
    for (let radius = 0; radius <= 60; radius += 6) {
      const steps = radius === 0 ? 1 : 16;
      for (let i = 0; i < steps; i++) {
        const x = sx + radius * Math.cos((2 * Math.PI * i) / steps), y = sy + radius * Math.sin((2 * Math.PI * i) / steps);
        if (ok(x, y)) return { x, y };
      }
    }
    return null;
  }, [start.x, start.y, adcode] as const);
  if (!spot) throw new Error(`no clickable pixel of ${adcode} near (${start.x.toFixed(0)}, ${start.y.toFixed(0)}) on the map canvas`);
  await page.mouse.click(spot.x, spot.y);
  if (!expectPanel) return spot; // e.g. the what-if edit mode: a click edits instead of selecting
  // the panel must show this county (a panel left open by an earlier click does not count)
  await page.waitForFunction((code) => document.querySelector('[data-testid="county-panel"]')?.textContent?.includes(code) ?? false, adcode, { timeout: 10_000 });
  return spot;
}

/**
 * A pixel of the map where nothing clickable is drawn (sea, land outside the counties), scanning a
 * grid over the canvas; throws when there is none.
 */
export async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const spot = await page.evaluate(() => {
    type Hit = { layer: { metadata?: { click?: boolean } } };
    const map = (window as unknown as { __atlasMap: { getContainer(): HTMLElement; queryRenderedFeatures(p: [number, number]): Hit[] } }).__atlasMap;
    const r = map.getContainer().getBoundingClientRect();
    for (let fy = 0.1; fy < 0.95; fy += 0.08) for (let fx = 0.1; fx < 0.95; fx += 0.08) {
      const x = r.left + fx * r.width, y = r.top + fy * r.height;
      if (document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas') !== true) continue;
      if (!map.queryRenderedFeatures([x - r.left, y - r.top]).some((h) => h.layer.metadata?.click)) return { x, y };
    }
    return null;
  });
  if (!spot) throw new Error('no empty pixel on the map');
  return spot;
}

/**
 * Move an already loaded page to the state of a link without reloading it, the way Back and Forward
 * do: push the URL and fire popstate, which the app answers from the URL alone (UrlSync.svelte puts
 * the whole state back, camera rule included). Used by tests that are about what a state shows,
 * not about a cold load of a link (those keep openReady): a cold load costs a worker, the tiling of
 * every source and the first frames in software WebGL, seconds per test on a 2-core CI machine.
 */
export async function softGo(page: Page, path = ''): Promise<void> {
  const href = new URL(path, BASE_URL).href;
  await page.evaluate((url) => { history.pushState(null, '', url); dispatchEvent(new PopStateEvent('popstate')); }, href);
  await settled(page);
  await waitIdle(page);
}

export interface SharedPage {
  /** The page at this link: cold-loaded the first time, then moved by softGo. */
  at(path?: string): Promise<Page>;
  /** The same as at(), returning the guarded page (page, outside, errors) for tests written against one. */
  open(path?: string): Promise<GuardedPage>;
  /** The guard of the shared page (requests outside the origin, page errors so far). */
  readonly guard: GuardedPage | undefined;
  /** End of a test on the shared page: fail if a request left the origin or the page logged an error. */
  check(): void;
  /** Close it and fail if anything left the origin or the page logged an error (call in afterAll). */
  close(): Promise<void>;
}

/**
 * One guarded page shared by the tests of a file (see softGo). Each test still asserts on its own
 * state; what the app keeps outside the URL (focus, an open dialog) is the test's to close.
 */
export function sharedPage(browser: () => Browser, viewport?: { width: number; height: number }, options?: Parameters<Browser['newContext']>[0]): SharedPage {
  let g: GuardedPage | undefined;
  return {
    async at(path = '') {
      if (!g) {
        g = await guardedPage(browser(), viewport, options);
        await openReady(g.page, path);
      } else await softGo(g.page, path);
      return g.page;
    },
    async open(path = '') { await this.at(path); return g!; },
    get guard() { return g; },
    check() {
      if (g?.outside.length) throw new Error(`requests outside the origin: ${g.outside.join(', ')}`);
      if (g?.errors.length) throw new Error(`page errors: ${g.errors.join(' | ')}`);
    },
    async close() { const x = g; g = undefined; if (x) await done(x); },
  };
}

/** End of a test: no request left the origin, no page error, then close the context. */
// (no vitest import here: the bench uses this module outside the test runner)
export async function done(g: GuardedPage): Promise<void> {
  await g.context.close();
  if (g.outside.length) throw new Error(`requests outside the origin: ${g.outside.join(', ')}`);
  if (g.errors.length) throw new Error(`page errors: ${g.errors.join(' | ')}`);
}

/** A box in an image as fractions of its width and height: [x0, y0, x1, y1]. */
export type Box = readonly [number, number, number, number];
const WHOLE: Box = [0, 0, 1, 1];

/** A PNG decoded in the page (pngInPage), asked about its pixels. */
export interface PngInPage {
  readonly width: number;
  readonly height: number;
  /** Distinct RGB colours in the box (a blank region has one); with `grid` n, only at the n×n points i/(n+1) across it. */
  colours(box?: Box, grid?: number): Promise<number>;
  /** Share of the box's pixels that are exactly this RGB colour. */
  share(rgb: readonly [number, number, number], box?: Box): Promise<number>;
}

type PngWindow = { __pngs?: CanvasRenderingContext2D[] };

/**
 * Decode PNG bytes (a download, a screenshot) the way the browser shows them, once: through an
 * <img> into a 2D canvas kept on the page (window.__pngs) for the queries that follow.
 */
export async function pngInPage(page: Page, bytes: Buffer): Promise<PngInPage> {
  const { id, width, height } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const w = window as unknown as PngWindow;
    return { id: (w.__pngs ??= []).push(ctx) - 1, width: img.width, height: img.height };
  }, bytes.toString('base64'));
  return {
    width, height,
    colours: (box = WHOLE, grid = 0) => page.evaluate(([i, [x0, y0, x1, y1], n]) => {
      const ctx = (window as unknown as PngWindow).__pngs![i];
      const { width: w, height: h } = ctx.canvas;
      const set = new Set<number>();
      const add = (d: Uint8ClampedArray) => { for (let k = 0; k < d.length; k += 4) set.add((d[k] << 16) | (d[k + 1] << 8) | d[k + 2]); };
      if (n === 0) add(ctx.getImageData(x0 * w, y0 * h, (x1 - x0) * w, (y1 - y0) * h).data);
      else for (let a = 1; a <= n; a++) for (let b = 1; b <= n; b++) {
        add(ctx.getImageData(Math.floor(x0 * w + ((x1 - x0) * w * a) / (n + 1)), Math.floor(y0 * h + ((y1 - y0) * h * b) / (n + 1)), 1, 1).data);
      }
      return set.size;
    }, [id, box, grid] as const),
    share: (rgb, box = WHOLE) => page.evaluate(([i, [r, g, b], [x0, y0, x1, y1]]) => {
      const ctx = (window as unknown as PngWindow).__pngs![i];
      const { width: w, height: h } = ctx.canvas;
      const d = ctx.getImageData(x0 * w, y0 * h, (x1 - x0) * w, (y1 - y0) * h).data;
      let hits = 0;
      for (let k = 0; k < d.length; k += 4) if (d[k] === r && d[k + 1] === g && d[k + 2] === b) hits++;
      return hits / (d.length / 4);
    }, [id, rgb, box] as const),
  };
}

export interface TabOptions<T> {
  key?: 'Tab' | 'Shift+Tab';
  /** Presses before giving up (80). */
  max?: number;
  /** Run after every press (stops count from 1), e.g. to check the focus ring; its value at the stop that matched is returned. */
  atEachStop?: (stop: number) => Promise<T>;
}

/** Press Tab (or Shift+Tab) until the focused element matches `selector`; throws after `max` presses. */
export async function tabTo<T = void>(page: Page, selector: string, { key = 'Tab', max = 80, atEachStop }: TabOptions<T> = {}): Promise<T | undefined> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    const value = await atEachStop?.(i);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return value;
  }
  throw new Error(`${selector} not reached in ${max} presses of ${key}`);
}
