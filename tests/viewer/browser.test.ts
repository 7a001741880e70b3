import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePng, openViewer, startViewer, type ViewerHarness } from './browser-harness.ts';

let harness: ViewerHarness;

beforeAll(async () => {
  harness = await startViewer();
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe('viewer in Chromium', () => {
  it('loads and draws', async () => {
    const { page, errors } = await harness.newPage();
    await openViewer(page, harness.baseUrl, harness.fixtures.places);
    const shot = await page.locator('#graph').screenshot();
    const visible = await page.evaluate(() => (window as any).__vennskap.visibleNodes().length);
    await page.screenshot({ path: '/tmp/vk/first.png' });
    const stats = await analysePng(page, shot);
    console.log(stats, visible, errors);
    expect(stats.nonBackground).toBeGreaterThan(1000);
  });
});
