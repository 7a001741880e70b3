/**
 * Browser scenarios for the map layout. Expected geography comes from the
 * bundle's own lat/lon (where places are), never from the viewer's
 * projection code: the Equal Earth projection keeps north up and latitude
 * alone decides the height, so the drawing's vertical order must be the
 * latitude order, and east of the prime meridian is right of everything west
 * of it.
 */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { diffPngs, openViewer, waitForLoads } from './browser-harness.ts';
import { call, cameraSettled, ctx, type Hook, type Scenario } from './page-helpers.ts';

const NORWAY_BUNDLE = fileURLToPath(new URL('../../data/network-bundle.json', import.meta.url));

interface BundleNode {
  key: string;
  attributes: { label: string; country: string; lat: number; lon: number; x: number; y: number };
}

function bundleNodes(network: 'twin' | 'country'): BundleNode[] {
  const bundle = JSON.parse(readFileSync(NORWAY_BUNDLE, 'utf8')) as { networks: Record<string, { graph: { nodes: BundleNode[] } }> };
  return bundle.networks[network]!.graph.nodes;
}

function keyOf(nodes: BundleNode[], label: string, country: string): string {
  const found = nodes.filter((n) => n.attributes.label === label && n.attributes.country === country);
  if (found.length !== 1) throw new Error(`expected one ${label} (${country}) in the bundle, found ${found.length}`);
  return found[0]!.key;
}

const mapState = (page: Page) => call<{ network: string; layout: string; curvedEdges: boolean | null }>(page, 'state');

const waitForLayout = (page: Page, mode: 'force' | 'map') =>
  page.waitForFunction((mode) => document.body.dataset.layout === mode, mode, { timeout: 15_000 });

/** Viewport positions of every node, in one round trip. */
const viewportPositions = (page: Page) =>
  page.evaluate(() => {
    const hook = (window as unknown as { __vennskap: Hook }).__vennskap;
    const out: Record<string, { x: number; y: number }> = {};
    for (const node of Object.keys(hook.nodePositions!() as object)) out[node] = hook.nodeViewport!(node) as { x: number; y: number };
    return out;
  });

/** What the outline canvas drew in its last frame, and how many of its pixels are painted. */
const outlineStats = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#graph canvas.sigma-map-outlines');
    if (!canvas) return { lines: -1, painted: 0, share: 0, beforeEdges: false };
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
    return {
      lines: Number(canvas.dataset.lines),
      painted,
      share: painted / (canvas.width * canvas.height),
      // Under the graph: sigma's edge canvas (the first of its own) comes after it.
      beforeEdges: canvas.nextElementSibling?.classList.contains('sigma-edges') ?? false,
    };
  });

/** For every pair of places more than 0.05° of latitude apart, the northern one is drawn higher. */
function latitudeOrderViolations(nodes: BundleNode[], points: Record<string, { x: number; y: number }>): string[] {
  const sorted = [...nodes].sort((a, b) => b.attributes.lat - a.attributes.lat);
  const bad: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const north = sorted[i]!, south = sorted[j]!;
      if (north.attributes.lat - south.attributes.lat <= 0.05) continue;
      if (!(points[north.key]!.y < points[south.key]!.y)) bad.push(`${north.key} vs ${south.key}`);
    }
  }
  return bad;
}

export const mapScenarios: Scenario[] = [
  {
    name: 'map layout: places on their towns over country outlines, and back to the force layout',
    run: async (page) => {
      const nodes = bundleNodes('twin');
      const oslo = keyOf(nodes, 'Oslo', 'NO');
      const bergen = keyOf(nodes, 'Bergen', 'NO');
      const tromso = keyOf(nodes, 'Tromsø', 'NO');
      const ushuaia = keyOf(nodes, 'Ushuaia', 'AR');
      await page.goto(ctx.harness.baseUrl);
      await waitForLoads(page, 1);
      await waitForLayout(page, 'force');
      expect(await outlineStats(page)).toMatchObject({ lines: 0, painted: 0, beforeEdges: true });
      expect(await page.locator('#map-credit').isHidden()).toBe(true);
      expect(await page.locator('#curved-edges').isChecked()).toBe(false);

      await page.click('#layout-map');
      await waitForLayout(page, 'map');
      expect((await mapState(page)).layout).toBe('map');
      expect(new URL(page.url()).hash).toContain('layout=map');
      // The outlines arrive from a worker; then well over a hundred lines are in view and drawn.
      await expect.poll(async () => (await outlineStats(page)).lines, { timeout: 15_000 }).toBeGreaterThan(100);
      const drawn = await outlineStats(page);
      expect(drawn.share).toBeGreaterThan(0.005);
      expect(drawn.beforeEdges).toBe(true);
      const credit = await page.locator('#map-credit').textContent();
      expect(credit).toContain('Equal Earth');
      expect(credit).toContain('Natural Earth');
      expect(credit).toContain('GeoNames (CC BY 4.0)');
      // Curved edges by default on the map; ForceAtlas2 waits for the force view.
      expect(await page.locator('#curved-edges').isChecked()).toBe(true);
      expect(await page.locator('#layout-toggle').isDisabled()).toBe(true);

      const p = await viewportPositions(page);
      expect(p[oslo]!.x).toBeGreaterThan(p[bergen]!.x);
      expect(p[tromso]!.y).toBeLessThan(p[oslo]!.y);
      expect(p[tromso]!.x).toBeGreaterThan(p[bergen]!.x);
      for (const node of nodes) {
        if (node.key === ushuaia) continue;
        expect(p[ushuaia]!.y, `Ushuaia is south of ${node.key}`).toBeGreaterThan(p[node.key]!.y);
        if (node.attributes.lon >= 0) expect(p[ushuaia]!.x, `Ushuaia is west of ${node.key}`).toBeLessThan(p[node.key]!.x);
      }
      expect(latitudeOrderViolations(nodes, p)).toEqual([]);

      await page.click('#layout-force');
      await waitForLayout(page, 'force');
      // The force layout comes back exactly as the bundle has it.
      const restored = await call<Record<string, { x: number; y: number }>>(page, 'nodePositions');
      expect(restored).toEqual(Object.fromEntries(nodes.map((n) => [n.key, { x: n.attributes.x, y: n.attributes.y }])));
      expect(await outlineStats(page)).toMatchObject({ lines: 0, painted: 0 });
      expect(await page.locator('#map-credit').isHidden()).toBe(true);
      expect(await page.locator('#curved-edges').isChecked()).toBe(false);
      expect(await page.locator('#layout-toggle').isDisabled()).toBe(false);
      expect(new URL(page.url()).hash).not.toContain('layout=');
    },
  },
  {
    name: 'map layout: a shared link opens the map with its edge style, the URL follows, the exports show the map',
    run: async (page) => {
      const countries = bundleNodes('country');
      await page.goto(`${ctx.harness.baseUrl}#net=country&layout=map&edges=straight`);
      await waitForLoads(page, 1);
      await waitForLayout(page, 'map');
      const s = await mapState(page);
      expect([s.network, s.layout, s.curvedEdges]).toEqual(['country', 'map', false]);
      expect(await page.locator('#layout-map').getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('#curved-edges').isChecked()).toBe(false);
      expect(latitudeOrderViolations(countries, await viewportPositions(page))).toEqual([]);
      await expect.poll(async () => (await outlineStats(page)).lines, { timeout: 15_000 }).toBeGreaterThan(100);

      // Switching the network keeps the map: the new graph's places go to their towns at once.
      await page.selectOption('#network', 'twin');
      await waitForLoads(page, 2);
      await waitForLayout(page, 'map');
      const twin = bundleNodes('twin');
      expect(latitudeOrderViolations(twin, await viewportPositions(page))).toEqual([]);

      await page.check('#curved-edges');
      expect(new URL(page.url()).hash).toBe('#layout=map&edges=curved');
      expect(await mapState(page)).toMatchObject({ network: 'twin', layout: 'map', curvedEdges: true });

      // The switch changes what sigma draws: arcs instead of straight links.
      await cameraSettled(page);
      await expect.poll(async () => (await outlineStats(page)).lines, { timeout: 15_000 }).toBeGreaterThan(100);
      const hideCredit = '#map-credit, #data-credit { visibility: hidden; }';
      const curved = await page.locator('#graph').screenshot({ style: hideCredit });
      // The SVG export draws the same arcs (quadratic curves), not straight lines.
      const curvedSvg = await call<string>(page, 'exportSvg');
      const edgeGroup = (text: string) => text.slice(text.indexOf('<g class="edges"'), text.indexOf('<g class="nodes"'));
      expect(edgeGroup(curvedSvg)).not.toContain('<line ');
      expect((edgeGroup(curvedSvg).match(/<path d="M[-\d.]+ [-\d.]+Q/g) ?? []).length).toBeGreaterThan(100);
      await page.uncheck('#curved-edges');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const straight = await page.locator('#graph').screenshot({ style: hideCredit });
      // The exports show the map too: outlines under the graph in the PNG, a path group before the edges in the SVG.
      const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
      const svg = readFileSync((await svgDownload.path())!, 'utf8');
      expect(svg.indexOf('<g class="map-outlines"')).toBeGreaterThan(0);
      expect(svg.indexOf('<g class="map-outlines"')).toBeLessThan(svg.indexOf('<g class="edges"'));
      expect((svg.match(/M-?\d/g) ?? []).length).toBeGreaterThan(100);
      const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
      const png = readFileSync((await pngDownload.path())!);
      await page.evaluate(() => { document.querySelector<HTMLCanvasElement>('canvas.sigma-map-outlines')!.style.visibility = 'hidden'; });
      const bare = await page.locator('#graph').screenshot({ style: hideCredit });
      expect(await diffPngs(page, curved, straight, 20)).toBeGreaterThan(0.001);
      // The PNG is what is on screen (outlines included): without them, several percent of the pixels differ.
      expect(await diffPngs(page, straight, png, 20)).toBeLessThan(0.002);
      expect(await diffPngs(page, bare, png, 20)).toBeGreaterThan(0.01);
    },
  },
  {
    name: 'map layout: a network without coordinates stays on the force layout',
    run: async (page) => {
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places, 'layout=map');
      await waitForLayout(page, 'force');
      expect((await mapState(page)).layout).toBe('force');
      expect(await page.locator('#layout-map').isDisabled()).toBe(true);
      expect(await page.locator('#layout-toggle').isDisabled()).toBe(false);
      expect(await page.locator('#map-credit').isHidden()).toBe(true);
    },
  },
];
