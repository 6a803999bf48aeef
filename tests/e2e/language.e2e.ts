/**
 * Issue 12 item 8: every string a reader sees comes in zh and en. In real Chromium this walks every
 * circle (the whole page: sidebar, legend, map furniture), then every park, station and county panel,
 * first on the Chinese page, then on the English one, and fails if any shows text of the other
 * language. The rule (3+ Latin words in a row on the zh page, Chinese sentences on the en page, with
 * URLs, quotes and the data's own names exempt) is in language-rule.ts, its cases in
 * tests/unit/language-rule.test.ts.
 * The page is loaded once per language; each panel is reached the way Back/Forward reaches it (a
 * history entry + popstate), so the walk takes seconds, not a page load per panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { AtlasJson } from '../../src/lib/data/atlas-types.ts';
import { BASE_URL, done, guardedPage, launch } from './browser.ts';
import { foreignRuns, type PageLang } from './language-rule.ts';

const atlas = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as AtlasJson;
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** The names the data holds in each language (the romanised proper-name list of the rule). */
function namesIn(lang: PageLang): string[] {
  const out = new Set<string>();
  (function walk(x: unknown, key: string): void {
    if (Array.isArray(x)) { x.forEach((v) => walk(v, key)); return; }
    if (!x || typeof x !== 'object') {
      if (typeof x !== 'string') return;
      // nameEn, prefectureNameEn, provinceEn / name, prefectureName, province
      if (lang === 'zh' ? /En$/.test(key) : /^(name|prefectureName|province)$/.test(key)) out.add(x);
      return;
    }
    for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
      if (/^(name|coreCity)$/.test(k) && v && typeof v === 'object' && 'en' in v) {
        out.add(String((v as Record<string, string>)[lang === 'zh' ? 'en' : 'zh']));
      } else walk(v, k);
    }
  })(atlas, '');
  return [...out];
}

interface Stop { kind: string; id: string; query: string; selector: string; title?: string }

function stops(lang: PageLang): Stop[] {
  const circleOf = (adcode: string) => atlas.circles.find((c) => c.members.some((m) => m.adcode === adcode))?.id;
  const q = (circle: string | undefined, rest = '') => `?lang=${lang}${circle ? `&circle=${circle}` : ''}${rest}`;
  return [
    ...atlas.circles.map((c) => ({ kind: 'circle', id: c.id, query: q(c.id), selector: 'body', title: c.name[lang] })),
    ...atlas.parks.map((p) => ({ kind: 'park', id: p.id, query: q(p.circles[0], `&park=${p.id}`), selector: '[data-testid="park-panel"]', title: p.name[lang] })),
    ...atlas.rail.stations.map((s) => ({ kind: 'station', id: s.id, query: q(circleOf(s.adcode), `&station=${s.id}`), selector: '[data-testid="station-panel"]', title: s.name[lang] })),
    ...[...new Set(atlas.circles.flatMap((c) => c.members.map((m) => m.adcode)))].map((a) => {
      const county = atlas.counties.find((c) => c.adcode === a)!;
      return { kind: 'county', id: a, query: q(circleOf(a), `&county=${a}`), selector: '[data-testid="county-panel"]', title: lang === 'zh' ? county.name : county.nameEn };
    }),
  ];
}

/** Go to a history entry the way Back/Forward does, and return the text the reader sees there. */
async function visit(page: Page, stop: Stop): Promise<string> {
  await page.evaluate((query) => {
    history.pushState(null, '', query);
    dispatchEvent(new PopStateEvent('popstate'));
  }, stop.query);
  if (stop.kind === 'circle') {
    await page.waitForSelector(`[data-testid="circle-${stop.id}"] [data-testid="totals-core"]`, { timeout: 60_000 });
  } else {
    await page.waitForFunction(([sel, title]) => document.querySelector(`${sel} h2`)?.textContent === title, [stop.selector, stop.title] as const, { timeout: 60_000 });
  }
  return page.locator(stop.selector).first().innerText();
}

async function walk(lang: PageLang): Promise<string[]> {
  const g = await guardedPage(browser, { width: 1280, height: 900 });
  // The panels are DOM: the data and the sidebar are enough, the map need not have drawn (on a
  // loaded machine SwiftShader can take a minute). Panels still open through the real selector.
  await g.page.goto(new URL(`?lang=${lang}`, BASE_URL).href);
  await g.page.waitForSelector(`[data-testid="circle-${atlas.circles[0].id}"] button.head`, { timeout: 180_000 });
  const names = namesIn(lang);
  const problems: string[] = [];
  for (const stop of stops(lang)) {
    const text = await visit(g.page, stop);
    for (const run of foreignRuns(lang, text, names)) problems.push(`${stop.kind} ${stop.id}: "${run}"`);
  }
  await done(g);
  return [...new Set(problems)];
}

describe('every panel speaks the reader\'s language (issue 12 item 8)', () => {
  it('the Chinese page shows no run of three or more English words in any circle, park, station or county panel', async () => {
    const problems = await walk('zh');
    expect(problems.slice(0, 60), `${problems.length} English runs on the Chinese page`).toEqual([]);
  }, 600_000);

  it('the English page shows no Chinese sentence in any circle, park, station or county panel', async () => {
    const problems = await walk('en');
    expect(problems.slice(0, 60), `${problems.length} Chinese sentences on the English page`).toEqual([]);
  }, 600_000);
});
