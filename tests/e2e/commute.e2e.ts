/**
 * End-to-end: the commute layer. Toggle it on; the legend and the explanation show; the shares in the
 * panel equal summary.json; clicking a county shows its minutes and whether road or rail is fastest;
 * the under-construction switch changes both. Screenshot: test-results/commute.png (1280×800).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { AtlasJson, Summary } from '../../src/lib/data/atlas-types.ts';
import { decodeAtlas, type Atlas } from '../../src/lib/data/decode-atlas.ts';
import { launch, project, sharedPage, waitIdle, type GuardedPage, clickCounty } from './browser.ts';

const OUT = 'test-results';
const read = (name: string) => JSON.parse(readFileSync(`dist/data/${name}`, 'utf8'));
const summary = read('summary.json') as Summary;
const atlasJson = read('atlas.json') as AtlasJson;
const atlas: Atlas = decodeAtlas(atlasJson, read('atlas.topo.json'), read('land.topo.json'));
const commute = atlasJson.commute!;
const pct = (x: number) => `${Math.round(x * 100)}%`;

let browser: Browser;
const shared = sharedPage(() => browser); // one page for the file (browser.ts softGo)
beforeAll(async () => { mkdirSync(OUT, { recursive: true }); browser = await launch(); });
afterAll(async () => { await shared.close(); await browser?.close(); });


const visibility = (page: Page) => page.evaluate(() => (window as unknown as { __atlasMap: { getLayoutProperty(l: string, p: string): string } }).__atlasMap.getLayoutProperty('commute-fill', 'visibility'));

describe('the commute layer', () => {
  it('toggles on, shows the legend, the estimate note and the shares of summary.json', async () => {
    const g = await shared.open('?layers=counties,outlines,labels');
    expect(await g.page.locator('[data-testid="commute-panel"]').count()).toBe(0);
    expect(await visibility(g.page)).toBe('none');
    await g.page.click('[data-testid="toggle-commute"]');
    expect(await g.page.getAttribute('[data-testid="toggle-commute"]', 'aria-checked')).toBe('true');
    await g.page.waitForSelector('[data-testid="commute-legend"]');
    expect(await g.page.locator('[data-testid="commute-legend"] li').allTextContents()).toEqual(['≤ 30 分钟', '≤ 60 分钟', '≤ 90 分钟', '≤ 120 分钟', '> 120 分钟']);
    expect(await visibility(g.page)).toBe('visible');
    expect(await g.page.textContent('[data-testid="commute-estimate"]')).toContain('估算');
    // each circle's own goal, as summary.json has it (text, and the minutes it is read as, or none)
    expect(await g.page.locator('[data-testid="commute-goals"] li').count()).toBe(summary.circles.length);
    for (const s of summary.circles) {
      const goal = s.commute!.goal;
      if (!goal) { expect(await g.page.textContent(`[data-testid="commute-goal-${s.id}"]`), s.id).toContain('尚未记录'); continue; }
      expect(await g.page.textContent(`[data-testid="commute-goal-${s.id}"]`), s.id).toContain(goal.text.zh);
      expect(await g.page.getAttribute(`[data-testid="commute-goal-${s.id}"]`, 'data-minutes'), s.id).toBe(goal.withinMinutes === null ? '' : String(goal.withinMinutes));
      expect(await g.page.textContent(`[data-testid="commute-goal-${s.id}"]`), s.id).toContain(goal.withinMinutes === null ? '未给出时间目标' : `按 ${goal.withinMinutes} 分钟计`);
    }
    // every link between cores in the data has its line, with its minutes
    expect(await g.page.locator('[data-testid="commute-link"]').count()).toBe(commute.links.length);
    for (const [i, l] of commute.links.entries()) expect(await g.page.locator('[data-testid="commute-link"]').nth(i).textContent()).toContain(`${l.minutes} 分钟`);
    expect(await g.page.textContent('[data-testid="commute-calibration"]')).toContain(`${commute.maxAbsErrorPct.toFixed(1)}%`);
    expect(g.page.url()).toContain('commute');

    // every circle with shares in summary.json (rail, or road only) shows them
    const withShares = summary.circles.filter((x) => x.commute?.within60 && x.commute.within90 && x.commute.withConstruction);
    expect(withShares.filter((x) => x.commute?.status === 'ok').length).toBeGreaterThan(0);
    const shares = async (key: 'plain' | 'construction') => {
      for (const s of withShares) {
        if (!s.commute?.within60 || !s.commute.within90 || !s.commute.withConstruction) continue;
        const c = key === 'plain' ? { within60: s.commute.within60, within90: s.commute.within90 } : s.commute.withConstruction;
        for (const [n, w] of [['60', c.within60], ['90', c.within90]] as const) {
          expect(await g.page.textContent(`[data-testid="commute-${s.id}-${n}-units"]`), `${s.id} ${n} units ${key}`).toBe(pct(w.shareUnits));
          expect(await g.page.textContent(`[data-testid="commute-${s.id}-${n}-pop"]`), `${s.id} ${n} pop ${key}`).toBe(pct(w.sharePopulation));
        }
      }
    };
    await shares('plain');
    // a circle without rail data says so: road-only shares are marked as such, no shares at all say "no data yet"
    for (const s of summary.circles.filter((x) => x.commute?.status === 'no-rail')) {
      const roadOnly = withShares.includes(s);
      expect(await g.page.locator(`[data-testid="commute-${s.id}-roadonly"]`).count(), s.id).toBe(roadOnly ? 1 : 0);
      if (roadOnly) expect(await g.page.textContent(`[data-testid="commute-${s.id}-roadonly"]`), s.id).toContain('仅公路');
      else expect(await g.page.textContent(`[data-testid="commute-${s.id}-nodata"]`), s.id).toContain('暂无数据');
    }
    for (const s of summary.circles.filter((x) => x.commute?.status === 'ok')) {
      expect(await g.page.locator(`[data-testid="commute-${s.id}-roadonly"]`).count(), s.id).toBe(0);
    }
    // the core centres the times end at are drawn, one point per circle with a core
    await waitIdle(g.page);
    const cores = commute.circles.filter((x) => x.core).length;
    expect(cores).toBeGreaterThan(0);
    expect(await g.page.evaluate(() => (window as unknown as { __atlasMap: { getLayoutProperty(l: string, p: string): string } }).__atlasMap.getLayoutProperty('commute-core-point', 'visibility'))).toBe('visible');
    expect(await g.page.evaluate(() => (window as unknown as { __atlasMap: { queryRenderedFeatures(o: object): unknown[] } }).__atlasMap.queryRenderedFeatures({ layers: ['commute-core-point'] }).length)).toBe(cores);
    await g.page.click('[data-testid="commute-construction"]');
    expect(await g.page.getAttribute('[data-testid="commute-construction"]', 'aria-checked')).toBe('true');
    await shares('construction');
    expect(g.page.url()).toContain('cc=1');
    shared.check();
  });

  it('a clicked county shows its minutes and the fastest way, road or rail', async () => {
    const g = await shared.open('?layers=counties,outlines,labels');
    await g.page.click('[data-testid="toggle-commute"]');
    await g.page.click('[data-testid="circle-jinan"] button.head');
    await g.page.waitForFunction(() => !(window as unknown as { __atlasMap: { isMoving(): boolean } }).__atlasMap.isMoving());
    await waitIdle(g.page);

    const check = async (adcode: string, construction: boolean) => {
      const t = commute.counties.find((c) => c.adcode === adcode)!;
      const minutes = construction ? t.minutesWithConstruction : t.minutes;
      const mode = construction ? t.modeWithConstruction : t.mode;
      expect(await g.page.textContent('[data-testid="county-commute-minutes"]')).toBe(`${minutes} 分钟`);
      expect(await g.page.getAttribute('[data-testid="county-commute-mode"]', 'data-mode')).toBe(mode);
      expect(await g.page.textContent('[data-testid="county-commute-mode"]')).toContain(mode === 'rail' ? '铁路' : '公路');
      // the route as legs, minutes as atlas.json has them
      const legs = construction ? t.legsWithConstruction : t.legs;
      const items = await g.page.locator('[data-testid="county-commute-legs"] li').allTextContents();
      expect(items).toHaveLength(legs.length);
      legs.forEach((l, i) => expect(items[i]).toContain(`${l.minutes.toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} 分钟`));
      return t;
    };
    // 章丘区: rail, and the panel names the station the estimate boards at (from atlas.json)
    await clickCounty(g.page, '370114');
    const zq = await check('370114', false);
    expect(zq.mode).toBe('rail');
    const boarding = atlasJson.rail.stations.find((st) => st.id === zq.via![0])!;
    expect(boarding.name.zh).toMatch(/^章丘/);
    expect(await g.page.textContent('[data-testid="county-commute-mode"]')).toContain(boarding.name.zh);
    // 商河县: road today; rail once 济滨 (under construction) opens
    await clickCounty(g.page, '370126');
    const sh = await check('370126', false);
    expect(sh.mode).toBe('road');
    expect(sh.modeWithConstruction).toBe('rail');
    await g.page.click('[data-testid="commute-construction"]');
    await check('370126', true);
    await g.page.click('[data-testid="commute-construction"]');
    await waitIdle(g.page);
    await g.page.screenshot({ path: `${OUT}/commute.png` });
    shared.check();
  });
});
