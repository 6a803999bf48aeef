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
