/**
 * End-to-end tier, issue 12: the keyboard-only journey. From a cold load, with Tab, Shift+Tab, Enter
 * and Escape only (no click, no focus() from the test), the reader opens and closes a circle, a county
 * panel, a park panel and the Share dialog. At every stop the focused element shows a focus ring
 * inside the window, and after each close focus is back on what opened it.
 * The circle is the first of the data; the county and park are the first the lists offer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { done, guardedPage, launch, openReady, tabTo } from './browser.ts';

const json = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as AtlasJson;
const circle = json.circles[0];

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** What has focus, and whether a reader can see it: a focus ring (outline or shadow) on an element inside the window. */
const focusState = (page: Page) => page.evaluate(() => {
  const e = document.activeElement as HTMLElement | null;
  if (!e || e === document.body) return { desc: 'body', visible: false, key: null as string | null };
  const s = getComputedStyle(e);
  const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || s.boxShadow !== 'none';
  const r = e.getBoundingClientRect();
  const inWindow = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  const desc = `${e.tagName.toLowerCase()}${e.dataset.testid ? `[${e.dataset.testid}]` : ''} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 30)}"`;
  // a stable identity for "the same element": mark it once
  e.dataset.kbdKey ??= Math.random().toString(36).slice(2);
  return { desc, visible: ring && inWindow && e.matches(':focus-visible'), key: e.dataset.kbdKey };
});

/** Press `key` until the focused element matches `selector`, checking the focus ring at every stop; returns the element's key. */
async function tabShowingRing(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<string> {
  const found = await tabTo(page, selector, { key, atEachStop: async (stop) => {
    const f = await focusState(page);
    expect(f.visible, `focus ring at stop ${stop} (${key}): ${f.desc}`).toBe(true);
    return f.key!;
  } });
  return found!;
}

async function expectFocusOn(page: Page, key: string, what: string) {
  const f = await focusState(page);
  expect(f.key, `focus back on ${what}, not ${f.desc}`).toBe(key);
  expect(f.visible, `focus ring on ${what}`).toBe(true);
}

async function expectFocusInside(page: Page, testid: string) {
  await page.waitForFunction((id) => document.querySelector(`[data-testid="${id}"]`)?.contains(document.activeElement) ?? false, testid);
  const f = await focusState(page);
  expect(f.visible, `focus ring inside ${testid}: ${f.desc}`).toBe(true);
}

describe('keyboard only', () => {
  it('from a cold load the keyboard opens and closes a circle, a county panel, a park panel and the Share dialog, focus always visible and returned', async () => {
    const g = await guardedPage(browser);
    await openReady(g.page);
    const page = g.page;

    // a circle: its head is a disclosure button; Enter opens it, Enter again closes it
    const head = await tabShowingRing(page, `[data-testid="circle-${circle.id}"] button.head`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid="circle-${circle.id}"] [data-testid="totals-core"]`);
    await expect.poll(() => page.url()).toMatch(new RegExp(`circle=${circle.id}`));
    await expectFocusOn(page, head, 'the circle head');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid="circle-${circle.id}"] [data-testid="totals-core"]`, { state: 'detached' });
    await expect.poll(() => page.url()).not.toMatch(/circle=/);
    await expectFocusOn(page, head, 'the circle head');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid="circle-${circle.id}"] [data-testid="totals-core"]`);

    // a county panel: the circle's member list (a <details>), then a member
    await tabShowingRing(page, `[data-testid="circle-${circle.id}"] details:has(.members) > summary`);
    await page.keyboard.press('Enter');
    const member = await tabShowingRing(page, `[data-testid="circle-${circle.id}"] .members button`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="county-panel"]');
    await expectFocusInside(page, 'county-panel');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="county-panel"]', { state: 'detached' });
    await expectFocusOn(page, member, 'the member button');

    // a park panel: back up to the park list, open it, then the first park
    const toggle = await tabShowingRing(page, '[data-testid="park-list-toggle"]', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="park-list"]');
    await expectFocusOn(page, toggle, 'the park list toggle');
    const parkButton = await tabShowingRing(page, '[data-testid="park-list"] button[data-park]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="park-panel"]');
    await expectFocusInside(page, 'park-panel');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="park-panel"]', { state: 'detached' });
    await expectFocusOn(page, parkButton, 'the park button');

    // the Share dialog
    const share = await tabShowingRing(page, '[data-testid="share-open"]', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="share-dialog"][open]');
    await expectFocusInside(page, 'share-dialog');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="share-dialog"]', { state: 'detached' });
    await expectFocusOn(page, share, 'the Share button');
    await done(g);
  });
});
