/**
 * End-to-end tier for issue 12 items 12 and 13, measured in real Chromium at the desktop sidebar
 * (24rem = 384 px at a 1280 px window) and on a 390 px phone, in Chinese and English:
 * - every figure of every circle's totals table is one line of text (no "22,306 / km²") and the
 *   table stays inside its card;
 * - the park filters' selects end inside the sidebar, even with their longest option chosen, and
 *   nothing scrolls sideways.
 * Screenshots: test-results/totals-<width>-<lang>.png, test-results/park-filters-<width>-<lang>.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { launch, sharedPage, type SharedPage } from './browser.ts';

const OUT = 'test-results';
const atlas = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as AtlasJson;
const SIZES = [{ width: 1280, height: 800 }, { width: 390, height: 844 }];
const LANGS = ['zh', 'en'] as const;
const CASES = SIZES.flatMap((size) => LANGS.map((lang) => ({ size, lang })));

let browser: Browser;
// one page per screen size, moved between languages and states by browser.ts softGo
const pages = new Map<number, SharedPage>(SIZES.map((size) => [size.width, sharedPage(() => browser, size)]));
const at = (size: { width: number }, lang: string) => pages.get(size.width)!.open(lang === 'en' ? '?lang=en' : '');
beforeAll(async () => { mkdirSync(OUT, { recursive: true }); browser = await launch(); });
afterAll(async () => { for (const p of pages.values()) await p.close(); await browser?.close(); });

/** Horizontal overflow of the page and of the sidebar, in px (0 when nothing scrolls sideways). */
async function sidewaysOverflow(page: Page): Promise<{ page: number; sidebar: number }> {
  return page.evaluate(() => {
    const sb = document.querySelector('.sidebar')!;
    return { page: document.documentElement.scrollWidth - window.innerWidth, sidebar: sb.scrollWidth - sb.clientWidth };
  });
}

describe('totals table figures never wrap (issue 12 item 12)', () => {
  for (const { size, lang } of CASES) {
    it(`at ${size.width} px in ${lang}, every computed, plan and difference figure of every circle is one line inside its card`, async () => {
      const g = await at(size, lang);
      const sidebarWidth = await g.page.evaluate(() => document.querySelector('.sidebar')!.getBoundingClientRect().width);
      expect(sidebarWidth).toBeCloseTo(size.width === 390 ? 390 : 384, 0);
      for (const c of atlas.circles) {
        await g.page.click(`[data-testid="circle-${c.id}"] button.head`);
        const card = g.page.locator(`[data-testid="circle-${c.id}"]`);
        await card.locator('[data-testid="totals-core"]').waitFor();
        const cells = card.locator('[data-testid="computed"], [data-testid="official"], [data-testid="diff"]');
        expect(await cells.count()).toBeGreaterThanOrEqual(6);
        // lines of text in each cell: line boxes of its content with distinct tops (3 px tolerance)
        const lines = await cells.evaluateAll((els) => els.map((el) => {
          const r = document.createRange();
          r.selectNodeContents(el);
          const tops = [...r.getClientRects()].filter((x) => x.width > 0 && x.height > 0).map((x) => x.top).sort((a, b) => a - b);
          return { text: el.textContent!.trim(), lines: tops.filter((t, i) => i === 0 || t - tops[i - 1] > 3).length };
        }));
        for (const l of lines) expect(l, `${c.id}: "${l.text}"`).toMatchObject({ lines: 1 });
        const inside = await card.locator('table').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().right - t.closest('.card')!.getBoundingClientRect().right));
        for (const d of inside) expect(d, `${c.id}: table right edge past its card`).toBeLessThanOrEqual(0.5);
        expect(await sidewaysOverflow(g.page)).toEqual({ page: 0, sidebar: 0 });
        if (c.id === 'changchun') await card.locator('[data-testid="totals-core"]').screenshot({ path: `${OUT}/totals-${size.width}-${lang}.png` });
      }
      pages.get(size.width)!.check();
    });
  }
});

describe('park filters fit the sidebar (issue 12 item 13)', () => {
  // the Chinese labels and options are short; at 384 px only English ever overflowed
  for (const { size, lang } of CASES.filter((c) => c.lang === 'en' || c.size.width === 390)) {
    it(`at ${size.width} px in ${lang}, each filter select ends inside the sidebar with its longest option chosen, and nothing scrolls sideways`, async () => {
      const g = await at(size, lang);
      // the list's open state outlives a move of the shared page
      if ((await g.page.getByTestId('park-list-toggle').getAttribute('aria-expanded')) !== 'true') await g.page.getByTestId('park-list-toggle').click();
      for (const f of ['circle', 'kind', 'industry']) {
        const select = g.page.getByTestId(`park-filter-${f}`);
        const longest = await select.evaluate((s: HTMLSelectElement) => [...s.options].reduce((a, o) => (o.text.length > a.text.length ? o : a)).value);
        await select.selectOption(longest);
        const over = await select.evaluate((s) => {
          const sb = document.querySelector('.sidebar')!;
          const inner = sb.getBoundingClientRect().right - parseFloat(getComputedStyle(sb).paddingRight);
          return s.getBoundingClientRect().right - inner;
        });
        expect(over, `${f} select passes the sidebar's padding edge by ${over.toFixed(0)} px`).toBeLessThanOrEqual(0.5);
      }
      expect(await sidewaysOverflow(g.page)).toEqual({ page: 0, sidebar: 0 });
      await g.page.locator('.park-list').screenshot({ path: `${OUT}/park-filters-${size.width}-${lang}.png` });
      pages.get(size.width)!.check();
    });
  }
});
