/**
 * The two built-in datasets: the Norway bundle (opened by default) and the
 * world bundle (data/network-bundle-world.json, fetched only when chosen).
 * Expected values are read from the bundle files written by `vennskap data`
 * and from the Wikipedia list's spelling of the names, never from the viewer.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { call, ctx, state, visibleNodes, type Scenario } from './page-helpers.ts';

interface BundleFile {
  title: string;
  sourceLines: Record<string, string>;
  networks: { twin: { graph: {
    nodes: { key: string; attributes: { label: string; lat?: number; lon?: number } }[];
    edges: { key: string; attributes: { scope?: string } }[];
  } } };
}

const readBundle = (file: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/${file}`, import.meta.url)), 'utf8')) as BundleFile;
let norway: BundleFile | null = null;
let world: BundleFile | null = null;
const norwayBundle = () => (norway ??= readBundle('network-bundle.json'));
const worldBundle = () => (world ??= readBundle('network-bundle-world.json'));

/** The world bundle (14 MB) is parsed in a worker and drawn with SwiftShader: allow for a loaded machine. */
const WORLD_TIMEOUT = 180_000;
const waitForLoads = (page: Page, loads: number) =>
  page.waitForFunction((n) => Number(document.body.dataset.loads ?? 0) >= n, loads, { timeout: WORLD_TIMEOUT });
const hashOf = (page: Page) => page.evaluate(() => location.hash);

export const worldScenarios: Scenario[] = [
  {
    name: 'switching to World loads the world bundle, puts data=world in the URL, and the URL reopens it; Norway comes back',
    run: async (page) => {
      const { nodes, edges } = worldBundle().networks.twin.graph;
      await page.goto(ctx.harness.baseUrl);
      await waitForLoads(page, 1);
      expect(await call(page, 'networkSize')).toEqual({ order: norwayBundle().networks.twin.graph.nodes.length, size: norwayBundle().networks.twin.graph.edges.length });
      await page.selectOption('#dataset', 'world');
      await waitForLoads(page, 2);
      expect(await call(page, 'networkSize')).toEqual({ order: nodes.length, size: edges.length });
      // Over 4 MB: parsed off the main thread.
      expect(await call(page, 'bundleSource')).toBe('loader');
      expect(await hashOf(page)).toBe('#data=world');
      expect(await page.locator('#title').textContent()).toBe(worldBundle().title);
      // The world has one network: places; the network switch offers only that.
      expect(await page.locator('#network option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))).toEqual(['twin']);
      // CC BY-SA 4.0: the credit is shown with the Wikipedia data.
      expect(await page.locator('#data-credit').textContent()).toContain('English Wikipedia, Lists of twin towns and sister cities, via Hekman/twincities');
      expect(await page.locator('#data-credit').isVisible()).toBe(true);

      // The shared URL opens the world directly.
      const url = page.url();
      const second = await page.context().newPage();
      await second.goto(url);
      await waitForLoads(second, 1);
      expect(await call(second, 'networkSize')).toEqual({ order: nodes.length, size: edges.length });
      expect(await second.locator('#dataset').inputValue()).toBe('world');
      await second.close();

      await page.selectOption('#dataset', 'norway');
      await waitForLoads(page, 3);
      expect(await call(page, 'networkSize')).toEqual({ order: norwayBundle().networks.twin.graph.nodes.length, size: norwayBundle().networks.twin.graph.edges.length });
      expect(await hashOf(page)).toBe('');
      expect(await page.locator('#title').textContent()).toBe(norwayBundle().title);
    },
  },
  {
    name: 'search on the world network ignores accents: "hafnarfjordur" finds Hafnarfjörður, "malmo" Malmö',
    run: async (page) => {
      const node = (label: string) => worldBundle().networks.twin.graph.nodes.find((n) => n.attributes.label === label)!.key;
      await page.goto(`${ctx.harness.baseUrl}#data=world`);
      await waitForLoads(page, 1);
      await page.fill('#search', 'malmo');
      await expect.poll(() => page.locator('#search-results li').first().textContent()).toBe('Malmö');
      await page.fill('#search', 'hafnarfjordur');
      await expect.poll(() => page.locator('#search-results li').first().textContent()).toBe('Hafnarfjörður');
      await page.keyboard.press('Enter');
      expect((await state(page)).selected).toBe(node('Hafnarfjörður'));
      expect(await hashOf(page)).toBe(`#data=world&node=${encodeURIComponent(node('Hafnarfjörður'))}`);
    },
  },
  {
    name: 'the map draws the world places that have coordinates and hides the rest, with their count',
    run: async (page) => {
      const { nodes } = worldBundle().networks.twin.graph;
      const placed = nodes.filter((n) => typeof n.attributes.lat === 'number' && typeof n.attributes.lon === 'number').map((n) => n.key).sort();
      const unplaced = nodes.length - placed.length;
      expect(unplaced).toBeGreaterThan(1000);
      await page.goto(`${ctx.harness.baseUrl}#data=world&layout=map`);
      await waitForLoads(page, 1);
      await page.waitForFunction(() => document.body.dataset.layout === 'map', null, { timeout: WORLD_TIMEOUT });
      expect(await visibleNodes(page)).toEqual(placed);
      await expect.poll(() => page.locator('#map-credit').textContent())
        .toContain(`${unplaced.toLocaleString('en')} places have no coordinates and are not shown`);
      // Back on the force layout, every place is shown again.
      await page.click('#layout-force');
      await page.waitForFunction(() => document.body.dataset.layout === 'force', null, { timeout: WORLD_TIMEOUT });
      expect((await visibleNodes(page)).length).toBe(nodes.length);
    },
  },
  {
    name: 'context links (between partners of Norwegian places) are drawn lighter in the Norway view, with a legend entry',
    run: async (page) => {
      const { edges } = norwayBundle().networks.twin.graph;
      const context = edges.filter((e) => e.attributes.scope === 'context');
      const norwegian = edges.filter((e) => e.attributes.scope === 'norwegian');
      expect(context.length).toBe(368);
      await page.goto(ctx.harness.baseUrl);
      await waitForLoads(page, 1);
      const colours = await page.evaluate(([a, b]) => {
        const hook = (window as unknown as { __vennskap: { edgeDisplay(e: string): { color: string } } }).__vennskap;
        return { context: a!.map((e) => hook.edgeDisplay(e).color), norwegian: b!.map((e) => hook.edgeDisplay(e).color) };
      }, [context.map((e) => e.key), norwegian.map((e) => e.key)]);
      expect(new Set(colours.context)).toEqual(new Set(['#E4E4E4']));
      expect(new Set(colours.norwegian)).toEqual(new Set(['#C8C8C8']));
      const legend = await page.locator('#legend-edges li').allTextContents();
      expect(legend.join(' | ')).toContain('context link (between partners of Norwegian places)');
      expect(legend.join(' | ')).toContain('368');
      // The Norway bundle cites the Wikipedia list for those links: its credit is shown too.
      expect(await page.locator('#data-credit').isVisible()).toBe(true);
    },
  },
];
