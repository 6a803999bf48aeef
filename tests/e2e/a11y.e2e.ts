/**
 * End-to-end tier: accessibility. axe-core (node_modules/axe-core/axe.min.js, injected as a script
 * from disk — no request leaves the origin) on the ready page in Chinese and in English, and with a
 * circle selected and the county panel open. Fails on any serious or critical violation and prints
 * every finding (all impacts) so the minor ones are visible too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, guardedPage, launch, sharedPage, waitIdle } from './browser.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeNode { target: unknown[]; failureSummary?: string }
interface AxeViolation { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] }

let browser: Browser;
const shared = sharedPage(() => browser); // the two ready-page tests share one page (browser.ts softGo)
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await shared.close(); await browser?.close(); });

type Run = (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }>;

/**
 * Two passes: axe's default rule set (the gate), then the WCAG 2.0–2.2 A/AA and best-practice tags,
 * which also switch on rules axe leaves off by default (target-size, label-content-name-mismatch).
 * Findings only the second pass makes are printed as advisory and do not fail the test.
 */
async function axe(page: Page, label: string): Promise<{ gate: AxeViolation[]; advisory: AxeViolation[] }> {
  // evaluated, not added as an inline <script>: the page's CSP (rightly) refuses inline scripts
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const runs = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: Run } }).axe.run;
    const slim = (r: { violations: AxeViolation[] }) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
    const gate = slim(await run(document, { resultTypes: ['violations'] }));
    const wide = slim(await run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }));
    return { gate, wide };
  });
  const gateIds = new Set(runs.gate.map((v) => v.id));
  const advisory = runs.wide.filter((v) => !gateIds.has(v.id));
  const fmt = (v: AxeViolation) => `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})\n` +
    v.nodes.slice(0, 4).map((n) => `      ${JSON.stringify(n.target)}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1, 2).join(' ').trim()}` : ''}`).join('\n');
  console.log(`axe · ${label}\n default rules: ${runs.gate.length ? `${runs.gate.length} finding(s)\n${runs.gate.map(fmt).join('\n')}` : 'no findings'}` +
    `\n advisory (WCAG 2.2 and rules off by default): ${advisory.length ? `${advisory.length} finding(s)\n${advisory.map(fmt).join('\n')}` : 'no findings'}`);
  return { gate: runs.gate, advisory };
}
const serious = ({ gate: v }: { gate: AxeViolation[] }) => v.filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => `${x.impact} ${x.id}: ${x.help} — ${x.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);

async function openCountyFromSidebar(page: Page, circle: string, name: string): Promise<void> {
  // The keyboard path: the member-county buttons in the selected circle's card.
  await page.click(`[data-testid="circle-${circle}"] button.head`);
  await page.waitForSelector(`[data-testid="circle-${circle}"] [data-testid="totals-core"]`);
  const card = page.locator(`[data-testid="circle-${circle}"]`);
  await card.locator('details:has(.members) summary').click();
  await card.locator('.members').getByRole('button', { name, exact: true }).click();
  await page.waitForSelector('[data-testid="county-panel"]');
  await waitIdle(page);
}

describe('accessibility (axe-core)', () => {
  it('the ready page has no serious or critical violation in Chinese or in English', async () => {
    const { page, outside } = await shared.open();
    const zh = await axe(page, 'ready page, zh');
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const en = await axe(page, 'ready page, en');
    expect(serious(zh)).toEqual([]);
    expect(serious(en)).toEqual([]);
    expect(outside).toEqual([]);
    shared.check();
  });

  it('a selected circle with the county panel open has no serious or critical violation, in both languages', async () => {
    const { page, outside } = await shared.open();
    await openCountyFromSidebar(page, 'changchun', '榆树市');
    const zh = await axe(page, 'Changchun selected, county panel open, zh');
    await page.click('[data-testid="lang-switch"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const en = await axe(page, 'Changchun selected, county panel open, en');
    expect(serious(zh)).toEqual([]);
    expect(serious(en)).toEqual([]);
    expect(outside).toEqual([]);
    shared.check();
  });

  it('the load-error screen has no serious or critical violation', async () => {
    const { page, context } = await guardedPage(browser);
    await page.route('**/data/atlas.json', (route) => route.fulfill({ status: 500, body: '' }));
    await page.goto(BASE_URL);
    await page.waitForSelector('[role="alert"] button');
    expect(serious(await axe(page, 'load error, zh'))).toEqual([]);
    await context.close();
  });
});
