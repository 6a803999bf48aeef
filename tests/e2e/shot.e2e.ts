import { it, expect } from 'vitest';
import { launch, guardedPage, openReady } from './browser.ts';
import { mkdirSync } from 'node:fs';
it('renders', async () => {
  const b = await launch();
  const { page, outside, errors } = await guardedPage(b);
  await openReady(page);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/dev-overview.png' });
  await page.click('[data-testid="circle-jinan"] button.head');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'test-results/dev-jinan.png' });
  console.log(outside, errors);
  await b.close();
  expect(outside).toEqual([]);
});
