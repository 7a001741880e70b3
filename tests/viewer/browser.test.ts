/**
 * The viewer in a real browser (Debian's Chromium, WebGL via SwiftShader),
 * as a table of scenarios (scenarios-*.ts). Expected values come from the
 * fixture tables (tests/viewer/fixtures.ts) or the bundle files, never from
 * the viewer's own code; what sigma draws is read through the read-only
 * debug hook `window.__vennskap`. The viewer is built once for all of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewer } from './browser-harness.ts';
import { ctx } from './page-helpers.ts';
import { interactionScenarios } from './scenarios-interaction.ts';
import { dataScenarios } from './scenarios-data.ts';
import { mapScenarios } from './scenarios-map.ts';
import { worldScenarios } from './scenarios-world.ts';

beforeAll(async () => {
  ctx.harness = await startViewer();
}, 180_000);

afterAll(async () => {
  await ctx.harness?.close();
});

describe('viewer in Chromium', () => {
  it.each([...interactionScenarios, ...dataScenarios, ...mapScenarios, ...worldScenarios])('$name', async (scenario) => {
    const { page, errors } = await ctx.harness.newPage(scenario.viewport);
    try {
      await scenario.run(page);
      const unexpected = errors.filter((e) => !(scenario.expectedErrors ?? []).some((x) => e.includes(x)));
      expect(unexpected).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 300_000);
});
