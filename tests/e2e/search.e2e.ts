/**
 * End-to-end tier for issue 12 item 7: the search box in real Chromium matches at word starts,
 * pinyin syllable starts and initials, and ranks exact and prefix matches first.
 * Screenshot: test-results/search-eco-en.png (the "eco" list in English).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, sharedPage } from './browser.ts';

const OUT = 'test-results';
let browser: Browser;
const shared = sharedPage(() => browser); // one page for the file (browser.ts softGo)
beforeAll(async () => { mkdirSync(OUT, { recursive: true }); browser = await launch(); });
afterAll(async () => { await shared.close(); await browser?.close(); });

/** Type a query as a reader would and return the options' names, in order. */
async function results(page: Page, query: string): Promise<string[]> {
  const input = page.getByTestId('search-input');
  await input.fill('');
  await input.pressSequentially(query);
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-testid="search-results"]')!.hidden);
  return page.locator('[data-testid="search-results"] [role="option"] .name').allTextContents();
}

describe('search (issue 12 item 7)', () => {
  it('"eco" in English lists no county that only has "e co" across two words, and every result has a word starting with eco', async () => {
    const g = await shared.open('?lang=en');
    const names = await results(g.page, 'eco');
    await g.page.screenshot({ path: `${OUT}/search-eco-en.png` });
    expect(names.length).toBeGreaterThan(0);
    for (const county of ['Shanghe County', 'Changle County', 'Qihe County', "Dong'e County"]) expect(names).not.toContain(county);
    for (const n of names) expect(n).toMatch(/(^|[^a-z])eco/i);
    shared.check();
  });

  it('"jnd" (initials) and "nandong" (a later syllable) find 济南东, and Enter opens its station panel', async () => {
    const g = await shared.open();
    expect((await results(g.page, 'jnd'))[0]).toBe('济南东');
    expect(await results(g.page, 'nandong')).toContain('济南东');
    await g.page.keyboard.press('Enter');
    await expect.poll(() => g.page.locator('[data-testid="station-panel"] h2').textContent()).toBe('济南东');
    shared.check();
  });

  it('"jinan" puts names that start with Jinan before names where Jinan is a later word', async () => {
    const g = await shared.open('?lang=en');
    const names = await results(g.page, 'jinan');
    const starts = names.map((n) => /^jinan/i.test(n));
    expect(starts[0]).toBe(true);
    // once a name not starting with Jinan appears, none starting with Jinan follows
    expect(starts.slice(starts.indexOf(false) >= 0 ? starts.indexOf(false) : starts.length)).not.toContain(true);
    shared.check();
  });
});
