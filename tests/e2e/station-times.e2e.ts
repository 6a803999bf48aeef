/**
 * End-to-end tier for issue 12 item 10: the station panel in real Chromium shows one fastest time
 * per destination, with its line and sources, and lists the other reports as other services.
 * Screenshot: test-results/station-times-en.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { launch, sharedPage } from './browser.ts';

const OUT = 'test-results';
const atlas = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as AtlasJson;
const JINAN_QINGDAO_HSR = atlas.rail.lines.find((l) => l.id === 'jinan-qingdao-hsr')!;
let browser: Browser;
// one page for the file (browser.ts softGo), tall enough for the whole station panel
const shared = sharedPage(() => browser, { width: 1280, height: 900 });
beforeAll(async () => { mkdirSync(OUT, { recursive: true }); browser = await launch(); });
afterAll(async () => { await shared.close(); await browser?.close(); });

async function openStation(page: Page, query: string, title: string): Promise<string> {
  const input = page.getByTestId('search-input');
  await input.fill('');
  await input.pressSequentially(query);
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-testid="search-results"]')!.hidden);
  await input.press('Enter');
  const panel = page.locator('[data-testid="station-panel"]');
  await expect.poll(() => panel.locator('h2').textContent()).toBe(title);
  return panel.innerText();
}

describe('station panel travel times (issue 12 item 10)', () => {
  it('Jinan East lists Qingdao North once as fastest (82 min, with its line), and the 100 min report under other services', async () => {
    const g = await shared.open('?lang=en');
    const text = await openStation(g.page, 'Jinan East', 'Jinan East');
    await g.page.locator('[data-testid="station-panel"]').screenshot({ path: `${OUT}/station-times-en.png` });
    const lines = text.split('\n').map((l) => l.trim());
    // what the reader sees as a fastest time: "→ <destination>: <n> min (fastest train…)"
    const fastest = lines.filter((l) => l.startsWith('→') && l.includes('(fastest train'));
    const dests = fastest.map((l) => l.slice(1, l.indexOf(':')).trim());
    expect(dests.length).toBeGreaterThan(1);
    expect(new Set(dests).size).toBe(dests.length);
    const qingdao = fastest.filter((l) => l.includes('Qingdao North'));
    expect(qingdao).toHaveLength(1);
    expect(qingdao[0]).toContain(`82 min (fastest train, ${JINAN_QINGDAO_HSR.name.en})`);
    const others = lines.indexOf('Other services and estimates');
    expect(others).toBeGreaterThan(lines.indexOf(qingdao[0]));
    expect(lines.slice(others).some((l) => l.startsWith('100 min'))).toBe(true);
    shared.check();
  });

  it('in Chinese too, no destination appears twice as 最快车次 at 济南东', async () => {
    const g = await shared.open();
    const text = await openStation(g.page, '济南东', '济南东');
    const dests = text.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('→') && l.includes('最快车次')).map((l) => l.slice(1, l.search(/[:：]/)).trim());
    expect(dests).toContain('青岛北');
    expect(new Set(dests).size).toBe(dests.length);
    shared.check();
  });
});
