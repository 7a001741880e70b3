/**
 * The viewer in a real browser (Debian's Chromium, WebGL via SwiftShader),
 * as a table of scenarios. Expected values come from the fixture tables
 * (tests/viewer/fixtures.ts), never from the viewer's own code; what sigma
 * draws is read through the read-only debug hook `window.__vennskap`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { analysePng, diffPngs, openViewer, startViewer, waitForLoads, type ViewerHarness } from './browser-harness.ts';
import { LINKS, PLACES, XSS_LABELS, countriesGraph, partnersOf, placesSourceLines } from './fixtures.ts';

let harness: ViewerHarness;

beforeAll(async () => {
  harness = await startViewer();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

const NORWAY_BUNDLE = fileURLToPath(new URL('../../data/network-bundle.json', import.meta.url));
const SCREENSHOT = fileURLToPath(new URL('./__screenshots__/default.png', import.meta.url));
const DIMMED = '#E6E6E6';

// ——— helpers reading the debug hook ———

type Hook = Record<string, (...args: unknown[]) => unknown>;
const call = <T>(page: Page, method: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(({ method, args }) => ((window as unknown as { __vennskap: Hook }).__vennskap[method]!(...args)) as never, { method, args });

const visibleNodes = async (page: Page) => (await call<string[]>(page, 'visibleNodes')).sort();
const visibleEdges = async (page: Page) => (await call<string[]>(page, 'visibleEdges')).sort();
const state = (page: Page) => call<{
  network: string; colourMode: string; sizeMetric: string; selected: string | null; hovered: string | null;
  focusedCommunity: number | null; filters: { countries: string[]; statuses: string[]; minDegree: number; sources: string[] };
}>(page, 'state');
const colourOf = async (page: Page, node: string) => (await call<{ color: string }>(page, 'nodeDisplay', node)).color;

async function nodePoint(page: Page, node: string): Promise<{ x: number; y: number }> {
  const p = await call<{ x: number; y: number } | null>(page, 'nodeViewport', node);
  if (!p) throw new Error(`node ${node} is not drawn`);
  const box = (await page.locator('#graph').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

async function clickNode(page: Page, node: string): Promise<void> {
  const p = await nodePoint(page, node);
  await page.mouse.click(p.x, p.y);
}

async function dropFile(page: Page, name: string, content: string): Promise<void> {
  await page.evaluate(({ name, content }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], name, { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, { name, content });
}

const keysWhere = (predicate: (p: (typeof PLACES)[number]) => boolean) => PLACES.filter(predicate).map((p) => p.key).sort();
const degreeOf = (key: string) => partnersOf(key).length;
const endpoints = (links: typeof LINKS) => [...new Set(links.flatMap((l) => [l.source, l.target]))].sort();
const edgeKey = (l: (typeof LINKS)[number]) => `${l.source}--${l.target}`;

/** Waits until the camera has stopped moving. */
async function cameraSettled(page: Page): Promise<{ x: number; y: number; ratio: number }> {
  let last = JSON.stringify(await call(page, 'cameraState'));
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(100);
    const now = JSON.stringify(await call(page, 'cameraState'));
    if (now === last) return JSON.parse(now);
    last = now;
  }
  throw new Error('camera kept moving');
}

interface Scenario {
  name: string;
  viewport?: { width: number; height: number };
  /** Page errors the scenario provokes on purpose (matched by substring). */
  expectedErrors?: string[];
  run: (page: Page) => Promise<void>;
}

const scenarios: Scenario[] = [
  {
    name: 'loads the bundle and draws a non-blank canvas',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      expect(await page.locator('#title').textContent()).toBe('Fixture places');
      expect(await visibleNodes(page)).toEqual(keysWhere(() => true));
      const shot = await page.locator('#graph').screenshot();
      const stats = await analysePng(page, shot);
      // Discs, edges and labels of 27 places: well over 1% of the canvas is drawn.
      expect(stats.nonBackground / (stats.width * stats.height)).toBeGreaterThan(0.01);
    },
  },
  {
    name: 'search is accent-insensitive and jumps to the chosen place',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
      await page.keyboard.type('tromso');
      await expect.poll(() => page.locator('#search-results li').first().textContent()).toBe('Tromsø');
      await page.keyboard.press('Enter');
      expect((await state(page)).selected).toBe('tromso');
      expect(await page.locator('#node-title').textContent()).toBe('Tromsø');
      const camera = await cameraSettled(page);
      const node = (await call<{ x: number; y: number }>(page, 'nodeViewport', 'tromso'))!;
      const box = (await page.locator('#graph').boundingBox())!;
      // The camera is centred on the place and zoomed in.
      expect(Math.abs(node.x - box.width / 2)).toBeLessThan(3);
      expect(Math.abs(node.y - box.height / 2)).toBeLessThan(3);
      expect(camera.ratio).toBeLessThanOrEqual(0.25 + 1e-9);
      for (const [query, label] of [['alesund', 'Ålesund'], ['ISAFJORDUR', 'Ísafjörður'], ['gote', 'Göteborg']]) {
        await page.fill('#search', query!);
        await expect.poll(() => page.locator('#search-results li').first().textContent()).toBe(label);
      }
    },
  },
  {
    name: 'clicking a place opens the panel with its partners, links, sources and ranks',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      await clickNode(page, 'bergen');
      await expect.poll(() => page.locator('#node-title').textContent()).toBe('Bergen');
      const partners = await page.locator('#partners button.partner').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
      expect(partners.sort()).toEqual(partnersOf('bergen'));
      expect(await page.locator('[data-fact="country"]').textContent()).toBe('NO');
      expect(await page.locator('[data-fact="county"]').textContent()).toBe('Vestland');
      // Bergen has the most partners in the fixture (7; Tromsø has 6).
      expect(await page.locator('tr[data-metric="degree"] td').first().textContent()).toBe(String(degreeOf('bergen')));
      expect(await page.locator('tr[data-metric="degree"] td.rank').textContent()).toBe(`#1 of ${PLACES.length}`);
      const lines = placesSourceLines();
      const shown = await page.locator('#partners .sources li').evaluateAll((els) =>
        els.map((e) => [e.querySelector('code')?.textContent ?? '', e.querySelector('blockquote')?.textContent ?? '']),
      );
      const expected = LINKS.filter((l) => l.source === 'bergen' || l.target === 'bergen').flatMap((l) => l.sources.map((ref) => [ref, lines[ref]]));
      expect(shown.sort()).toEqual(expected.sort());
      const seattle = page.locator('#partners li[data-partner="seattle"]');
      expect(await seattle.locator('.link-facts').textContent()).toContain('1967');
      // A partner is a link to its own panel.
      await seattle.locator('button.partner').click();
      expect(await page.locator('#node-title').textContent()).toBe('Seattle');
      expect((await state(page)).selected).toBe('seattle');
    },
  },
  {
    name: 'filters hide exactly the places and links they should, through the reducers',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      await page.locator('#filters summary').click();
      await page.locator('fieldset[data-filter="countries"] input[value="SE"]').check();
      expect(await visibleNodes(page)).toEqual(keysWhere((p) => p.country === 'SE'));
      expect(await visibleEdges(page)).toEqual([]);
      await page.locator('#clear-filters').click();
      expect(await visibleNodes(page)).toHaveLength(PLACES.length);

      await page.locator('fieldset[data-filter="statuses"] input[value="ended"]').check();
      const ended = LINKS.filter((l) => l.status === 'ended');
      expect(await visibleNodes(page)).toEqual(endpoints(ended));
      expect(await visibleEdges(page)).toEqual(ended.map(edgeKey).sort());
      await page.locator('#clear-filters').click();

      await page.locator('fieldset[data-filter="sources"] input[value="norway-china-friendship.txt"]').check();
      expect(await visibleNodes(page)).toEqual(endpoints(LINKS.filter((l) => l.relation === 'friendship')));
      await page.locator('#clear-filters').click();

      await page.fill('#min-degree', '3');
      await page.locator('#min-degree').dispatchEvent('change');
      const hubs = keysWhere((p) => degreeOf(p.key) >= 3);
      expect(await visibleNodes(page)).toEqual(hubs);
      // A link is shown only when both ends are.
      expect(await visibleEdges(page)).toEqual(LINKS.filter((l) => hubs.includes(l.source) && hubs.includes(l.target)).map(edgeKey).sort());
    },
  },
  {
    name: 'switching the colour mode recolours the places',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      const before = await colourOf(page, 'oulu');
      await page.selectOption('#colour-mode', 'country');
      const colours = new Map<string, string>();
      for (const place of PLACES) colours.set(place.key, await colourOf(page, place.key));
      for (const place of PLACES) {
        for (const other of PLACES) {
          if (place.country === other.country) expect(colours.get(place.key)).toBe(colours.get(other.key));
        }
      }
      expect(colours.get('oslo')).not.toBe(colours.get('goteborg'));
      expect(colours.get('goteborg')).not.toBe(colours.get('oulu'));
      expect(colours.get('oulu')).not.toBe(before);
      expect(await page.locator('#legend-nodes li').first().textContent()).toContain('NO');

      await page.selectOption('#colour-mode', 'status');
      // Rostock's and Arkhangelsk's only links ended; Tromsø still has active ones.
      expect(await colourOf(page, 'rostock')).toBe(await colourOf(page, 'arkhangelsk'));
      expect(await colourOf(page, 'rostock')).not.toBe(await colourOf(page, 'tromso'));
      const endedEdge = await call<{ color: string }>(page, 'edgeDisplay', 'bergen--rostock');
      const activeEdge = await call<{ color: string }>(page, 'edgeDisplay', 'bergen--seattle');
      expect(endedEdge.color).not.toBe(activeEdge.color);
      expect(await page.locator('#legend-edges li').count()).toBe(2);

      await page.selectOption('#colour-mode', 'kind');
      expect(await colourOf(page, 'oslo')).toBe(await colourOf(page, 'bergen'));
      expect(await colourOf(page, 'oslo')).not.toBe(await colourOf(page, 'seattle'));
      expect(await colourOf(page, 'shandong')).not.toBe(await colourOf(page, 'seattle'));
    },
  },
  {
    name: 'hovering highlights the neighbourhood and dims the rest',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      const original = await colourOf(page, 'bergen');
      const p = await nodePoint(page, 'tromso');
      await page.mouse.move(p.x, p.y);
      await expect.poll(async () => (await state(page)).hovered).toBe('tromso');
      const neighbourhood = new Set(['tromso', ...partnersOf('tromso')]);
      for (const place of PLACES) {
        const colour = await colourOf(page, place.key);
        if (neighbourhood.has(place.key)) expect(colour).not.toBe(DIMMED);
        else expect(colour).toBe(DIMMED);
      }
      // Only the neighbourhood keeps labels, and the hovered place always has one.
      const labels = await call<string[]>(page, 'displayedLabels');
      expect(labels).toContain('tromso');
      expect(labels.length).toBeGreaterThan(2);
      for (const label of labels) expect(neighbourhood.has(label)).toBe(true);
      await page.mouse.move(5, 5);
      await expect.poll(async () => (await state(page)).hovered).toBe(null);
      expect(await colourOf(page, 'bergen')).toBe(original);
    },
  },
  {
    name: 'dropping a CSV edge list opens it as a new network',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      await dropFile(page, 'own.csv', 'source,target,weight\nAlta,Kiruna,1\nKiruna,Oulu,2\nOulu,Alta,1\nOulu,Tornio,1\n');
      await waitForLoads(page, 2);
      expect(await call(page, 'networkSize')).toEqual({ order: 4, size: 4 });
      expect(await page.locator('#title').textContent()).toBe('own.csv');
      expect(await visibleNodes(page)).toEqual(['Alta', 'Kiruna', 'Oulu', 'Tornio']);
      expect(await page.locator('#error').isHidden()).toBe(true);
      // The picker path: graphology JSON.
      await page.locator('#file-input').setInputFiles({
        name: 'mine.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ nodes: [{ key: 'x' }, { key: 'y' }, { key: 'z' }], edges: [{ source: 'x', target: 'y' }] })),
      });
      await waitForLoads(page, 3);
      expect(await call(page, 'networkSize')).toEqual({ order: 3, size: 1 });
    },
  },
  {
    name: 'a malformed file shows a readable error and the current graph stays',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      await dropFile(page, 'broken.gexf', '<?xml version="1.0"?><gexf><graph><nodes><node id="a"');
      await expect.poll(() => page.locator('#error').isVisible()).toBe(true);
      expect(await page.locator('#error').textContent()).toContain('broken.gexf');
      await dropFile(page, 'empty.csv', 'source,target\n');
      await expect.poll(() => page.locator('#error').textContent()).toContain('empty.csv');
      await dropFile(page, 'notes.docx', 'binary');
      await expect.poll(() => page.locator('#error').textContent()).toContain('notes.docx');
      expect(await call(page, 'networkSize')).toEqual({ order: PLACES.length, size: LINKS.length });
      expect(await call(page, 'loads')).toBe(1);
      expect(await page.locator('#title').textContent()).toBe('Fixture places');
    },
  },
  {
    name: 'labels that are HTML are shown as text and never run (XSS)',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.xss, 'node=script&colour=country');
      expect(await page.locator('#node-title').textContent()).toBe(XSS_LABELS[0]);
      expect(await page.locator('[data-fact="county"]').textContent()).toBe(XSS_LABELS[1]);
      expect(await page.locator('#partners button.partner[data-node="img"]').textContent()).toBe(XSS_LABELS[1]);
      expect(await page.locator('#partners .tag').first().textContent()).toBe(XSS_LABELS[1]);
      const quotes = await page.locator('#partners blockquote').allTextContents();
      expect(quotes.sort()).toEqual([...XSS_LABELS].sort());
      expect(await page.locator('#legend-nodes').textContent()).toContain('<b>NO</b>');
      await page.fill('#search', 'script');
      await expect.poll(() => page.locator('#search-results li').first().textContent()).toBe(XSS_LABELS[0]);
      // Nothing the data contains became an element.
      expect(await page.locator('main img, main script, main b, header img, header script').count()).toBe(0);
      const svg = (await call<string>(page, 'exportSvg'));
      expect(svg).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('<img');
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    },
  },
  {
    name: 'the URL carries the view state and a reload restores it',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      await page.selectOption('#colour-mode', 'country');
      await page.selectOption('#size-metric', 'pagerank');
      await page.locator('#filters summary').click();
      await page.locator('fieldset[data-filter="countries"] input[value="NO"]').check();
      await page.locator('fieldset[data-filter="countries"] input[value="SE"]').check();
      await page.fill('#search', 'Bodø');
      await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
      const url = page.url();
      expect(url).toContain('#');
      const original = await state(page);
      const shown = await visibleNodes(page);

      const { page: second } = await harness.newPage();
      await second.goto(url);
      await waitForLoads(second, 1);
      const restored = await state(second);
      expect({ ...restored, hovered: null }).toEqual({ ...original, hovered: null });
      expect(restored).toMatchObject({ colourMode: 'country', sizeMetric: 'pagerank', selected: 'bodo' });
      expect(restored.filters.countries.sort()).toEqual(['NO', 'SE']);
      expect(await second.locator('#node-title').textContent()).toBe('Bodø');
      expect(await second.locator('#colour-mode').inputValue()).toBe('country');
      expect(await visibleNodes(second)).toEqual(shown);
      expect(shown).toEqual(keysWhere((p) => p.country === 'NO' || p.country === 'SE'));
      await second.context().close();
    },
  },
  {
    name: 'the network switch shows another network of the bundle and is kept in the URL',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      await page.selectOption('#network', 'country');
      await waitForLoads(page, 2);
      const countries = countriesGraph();
      expect(await call(page, 'networkSize')).toEqual({ order: countries.order, size: countries.size });
      expect(page.url()).toContain('net=country');
      await page.reload();
      await waitForLoads(page, 1);
      expect((await state(page)).network).toBe('country');
      expect(await visibleNodes(page)).toEqual(countries.nodes().sort());
    },
  },
  {
    name: 'choosing a community highlights it and moves the camera to it; Escape clears',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      const bundle = harness.fixtures.bundles.places.networks.twin!;
      const community = bundle.communities[1]!;
      const members = new Set(bundle.graph.nodes.filter((n) => n.attributes!.community === community.id).map((n) => n.key));
      expect(members.size).toBe(community.size);
      const before = await cameraSettled(page);
      await page.locator(`#clusters li[data-community="${community.id}"] button.cluster`).click();
      expect((await state(page)).focusedCommunity).toBe(community.id);
      for (const place of PLACES) {
        const colour = await colourOf(page, place.key);
        expect(colour === DIMMED).toBe(!members.has(place.key));
      }
      const after = await cameraSettled(page);
      expect(after).not.toEqual(before);
      await page.keyboard.press('Escape');
      expect((await state(page)).focusedCommunity).toBe(null);
    },
  },
  {
    name: 'Escape clears the selection and closes the panel',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places, 'node=oslo');
      expect(await page.locator('#node-panel').isVisible()).toBe(true);
      expect((await call<{ highlighted: boolean }>(page, 'nodeDisplay', 'oslo')).highlighted).toBe(true);
      await page.locator('#graph').click({ position: { x: 3, y: 3 } }).catch(() => {});
      await page.keyboard.press('Escape');
      expect((await state(page)).selected).toBe(null);
      expect(await page.locator('#node-panel').isHidden()).toBe(true);
      expect(page.url()).not.toContain('node=');
    },
  },
  {
    name: 'exports the current view as SVG and PNG',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
      const svg = readFileSync((await svgDownload.path())!, 'utf8');
      expect(svg.startsWith('<?xml')).toBe(true);
      expect((svg.match(/<circle /g) ?? []).length).toBe(PLACES.length);
      expect((svg.match(/<line /g) ?? []).length).toBe(LINKS.length);
      const labels = await call<string[]>(page, 'displayedLabels');
      expect((svg.match(/<text /g) ?? []).length).toBe(labels.length);
      expect(svg).toContain('>Tromsø</text>');
      const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
      const png = readFileSync((await pngDownload.path())!);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const stats = await analysePng(page, png);
      expect(stats.nonBackground).toBeGreaterThan(1000);
    },
  },
  {
    name: 'live layout moves nodes until stopped; remove overlap separates discs',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.lesmis);
      const start = await call<Record<string, { x: number; y: number }>>(page, 'nodePositions');
      await page.click('#layout-toggle');
      expect(await page.locator('#layout-toggle').textContent()).toBe('Stop layout');
      await page.waitForTimeout(600);
      await page.click('#layout-toggle');
      expect(await page.locator('#layout-toggle').textContent()).toBe('Continue layout');
      const moved = await call<Record<string, { x: number; y: number }>>(page, 'nodePositions');
      expect(moved).not.toEqual(start);
      await page.waitForTimeout(300);
      expect(await call(page, 'nodePositions')).toEqual(moved);

      // Zoom out so that discs overlap on screen, then remove the overlap.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 10)));
      const overlaps = async () =>
        page.evaluate(() => {
          const hook = (window as unknown as { __vennskap: Hook }).__vennskap;
          const nodes = hook.visibleNodes!() as string[];
          const points = nodes.map((n) => ({ p: hook.nodeViewport!(n) as { x: number; y: number }, r: (hook.nodeDisplay!(n) as { size: number }).size }));
          let count = 0;
          for (let i = 0; i < points.length; i++) {
            for (let j = i + 1; j < points.length; j++) {
              const a = points[i]!, b = points[j]!;
              if (Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y) < a.r + b.r) count++;
            }
          }
          return count;
        });
      const before = await overlaps();
      await page.click('#remove-overlap');
      await page.waitForTimeout(200);
      const after = await overlaps();
      expect(before).toBeGreaterThan(0);
      expect(after).toBeLessThan(before);
    },
  },
  {
    name: 'a narrow window collapses the side panels behind a toggle',
    viewport: { width: 600, height: 800 },
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      expect(await page.locator('#left').isVisible()).toBe(false);
      await page.click('#toggle-panels');
      expect(await page.locator('#left').isVisible()).toBe(true);
      await page.click('#toggle-panels');
      const box = (await page.locator('#graph').boundingBox())!;
      expect(box.width).toBeGreaterThan(550);
      await page.fill('#search', 'oslo');
      await page.keyboard.press('Enter');
      expect(await page.locator('#node-panel').isVisible()).toBe(true);
    },
  },
  {
    name: 'a large graph uses the large-graph settings and still draws',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.large);
      expect(await call(page, 'rendererSettings')).toMatchObject({ hideEdgesOnMove: true, hideLabelsOnMove: true, zIndex: false });
      expect((await visibleNodes(page)).length).toBe(6000);
      // Hover on a large graph re-processes only the neighbourhood: its links are emphasised, nothing is dimmed.
      const bundle = harness.fixtures.bundles.large.networks.twin!.graph;
      const hub = bundle.nodes.reduce((best, n) => (Number(n.attributes!.degree) > Number(best.attributes!.degree) ? n : best));
      const p = await nodePoint(page, hub.key);
      await page.mouse.move(p.x, p.y);
      // Nodes overlap in this quickly laid-out fixture: whichever node is on top is hovered.
      await expect.poll(async () => (await state(page)).hovered, { timeout: 10_000 }).not.toBe(null);
      const hovered = (await state(page)).hovered!;
      const touching = bundle.edges.filter((e) => e.source === hovered || e.target === hovered);
      const neighbours = new Set(touching.flatMap((e) => [e.source, e.target]));
      const stranger = bundle.nodes.find((n) => !neighbours.has(n.key))!;
      expect(await colourOf(page, stranger.key)).not.toBe(DIMMED);
      for (const edge of touching) expect((await call<{ size: number }>(page, 'edgeDisplay', edge.key)).size).toBe(2);
      await page.mouse.move(2, 2);
      const shot = await page.locator('#graph').screenshot();
      expect((await analysePng(page, shot)).nonBackground).toBeGreaterThan(5000);
    },
  },
  {
    name: 'without ?bundle it opens the Norway bundle built by the pipeline',
    run: async (page) => {
      // The pipeline writes data/network-bundle.json; the viewer build ships it next to index.html.
      expect(existsSync(NORWAY_BUNDLE), 'data/network-bundle.json is missing: run `npm run data`').toBe(true);
      const bundle = JSON.parse(readFileSync(NORWAY_BUNDLE, 'utf8')) as {
        title: string;
        networks: { twin: { graph: { nodes: { key: string; attributes: { label: string } }[]; edges: { source: string; target: string }[] } } };
      };
      await page.goto(harness.baseUrl);
      await waitForLoads(page, 1);
      expect(await page.locator('#title').textContent()).toBe(bundle.title);
      const { nodes, edges } = bundle.networks.twin.graph;
      expect(await call(page, 'networkSize')).toEqual({ order: nodes.length, size: edges.length });
      const tromso = nodes.find((n) => n.attributes.label === 'Tromsø')!;
      await page.fill('#search', 'tromso');
      await expect.poll(() => page.locator('#search-results li').first().textContent()).toBe('Tromsø');
      await page.keyboard.press('Enter');
      const partners = edges.flatMap((e) => (e.source === tromso.key ? [e.target] : e.target === tromso.key ? [e.source] : [])).sort();
      const shown = await page.locator('#partners button.partner').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
      expect(shown.sort()).toEqual(partners);
      // Every link cites its source lines, with their text.
      expect(await page.locator('#partners .sources blockquote').count()).toBeGreaterThanOrEqual(partners.length);
    },
  },
  {
    name: 'opening a file runs in a worker behind a progress bar; the page stays responsive',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      await page.evaluate(() => {
        const seen = { progress: false, longest: 0 };
        Object.assign(window, { __seen: seen });
        new MutationObserver(() => {
          const status = document.getElementById('status')!;
          if (!status.hidden && status.querySelector('progress')) seen.progress = true;
        }).observe(document.getElementById('status')!, { attributes: true, childList: true, subtree: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.longest = Math.max(seen.longest, entry.duration);
        }).observe({ type: 'longtask' });
      });
      // 600 places in 12 rings with chords: seconds of metrics and layout work.
      const rows = ['source,target'];
      for (let i = 0; i < 600; i++) {
        rows.push(`p${i},p${(i + 1) % 600}`, `p${i},p${(i * 7 + 13) % 600}`, `p${i},p${Math.floor(i / 50) * 50}`);
      }
      const started = Date.now();
      await dropFile(page, 'ring.csv', `${rows.join('\n')}\n`);
      await waitForLoads(page, 2);
      const elapsed = Date.now() - started;
      const seen = await page.evaluate(() => (window as unknown as { __seen: { progress: boolean; longest: number } }).__seen);
      expect(seen.progress).toBe(true);
      expect((await call<{ order: number }>(page, 'networkSize')).order).toBe(600);
      // The analysis took a while, but never held the main thread for a sizeable part of it.
      expect(seen.longest).toBeLessThan(Math.max(400, elapsed / 3));
    },
  },
  {
    name: 'a missing bundle is reported in the page',
    expectedErrors: ['404'],
    run: async (page) => {
      await page.goto(`${harness.baseUrl}?bundle=fixtures/nope.json`);
      await expect.poll(() => page.locator('#error').textContent()).toContain('fixtures/nope.json');
      expect(await page.locator('#error').textContent()).toContain('not a vennskap network bundle');
    },
  },
  {
    name: 'the default view matches the committed screenshot',
    run: async (page) => {
      await openViewer(page, harness.baseUrl, harness.fixtures.places);
      await cameraSettled(page);
      const shot = await page.locator('#graph').screenshot();
      if (process.env.VENNSKAP_UPDATE_SCREENSHOTS === '1' || !existsSync(SCREENSHOT)) {
        mkdirSync(fileURLToPath(new URL('./__screenshots__/', import.meta.url)), { recursive: true });
        const missing = !existsSync(SCREENSHOT);
        writeFileSync(SCREENSHOT, shot);
        if (missing && process.env.VENNSKAP_UPDATE_SCREENSHOTS !== '1') {
          throw new Error(`no baseline screenshot: wrote ${SCREENSHOT}; check it and commit it`);
        }
        return;
      }
      // Font rasterisation differs between machines; a changed drawing differs far more than 2% of pixels.
      expect(await diffPngs(page, shot, readFileSync(SCREENSHOT))).toBeLessThan(0.02);
    },
  },
];

describe('viewer in Chromium', () => {
  it.each(scenarios)('$name', async (scenario) => {
    const { page, errors } = await harness.newPage(scenario.viewport);
    try {
      await scenario.run(page);
      const unexpected = errors.filter((e) => !(scenario.expectedErrors ?? []).some((x) => e.includes(x)));
      expect(unexpected).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
