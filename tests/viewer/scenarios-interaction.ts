/** Browser scenarios: drawing, search, selection, filters, appearance, URL state, layout of the page. */
import { UndirectedGraph } from 'graphology';
import { expect } from 'vitest';
import { detectCommunities } from '../../src/analyse/communities/index.ts';
import { analysePng, openViewer, waitForLoads } from './browser-harness.ts';
import { LINKS, PLACES, countriesGraph, partnersOf, placesSourceLines } from './fixtures.ts';
import {
  DIMMED, call, cameraSettled, clickNode, colourOf, ctx, degreeOf, edgeKey, endpoints, keysWhere, nodePoint, state,
  visibleEdges, visibleNodes, type Scenario,
} from './page-helpers.ts';

export const interactionScenarios: Scenario[] = [
  {
    name: 'loads the bundle and draws a non-blank canvas',
    run: async (page) => {
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places);
      expect(await page.locator('#title').textContent()).toBe('Fixture places');
      // A small bundle is parsed on the page (a worker's start-up would cost more).
      expect(await call(page, 'bundleSource')).toBe('local');
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
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places);
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
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places);
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
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places);
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
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places);
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
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places);
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
    name: 'the URL carries the view state and a reload restores it',
    run: async (page) => {
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places);
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

      const { page: second } = await ctx.harness.newPage();
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
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places);
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
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places);
      const bundle = ctx.harness.fixtures.bundles.places.networks.twin!;
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
    name: 'the community algorithm choice reruns detection in a worker and redraws the cluster panel',
    run: async (page) => {
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places);
      const bundle = ctx.harness.fixtures.bundles.places.networks.twin!;
      const graph = UndirectedGraph.from(bundle.graph as never);
      const summary = () => page.locator('.clusters-box summary').textContent();
      // The bundle's communities are Leiden's (build-network-bundle.ts), and the select says so.
      expect(await page.locator('#community-algorithm').inputValue()).toBe('leiden');
      const leiden = detectCommunities(graph, { algorithm: 'leiden', seed: 1 });
      expect(bundle.communities).toHaveLength(leiden.count);
      for (const algorithm of ['louvain', 'leiden'] as const) {
        await page.locator('#community-algorithm').selectOption(algorithm);
        await expect.poll(() => page.evaluate(() => document.body.dataset.communityAlgorithm)).toBe(algorithm);
        const expected = detectCommunities(graph, { algorithm, seed: 1 });
        const [count, modularity] = (await summary())!.replace('Communities ', '').split(', modularity ');
        expect(Number(count)).toBe(expected.count);
        expect(Number(modularity)).toBeCloseTo(expected.modularity, 2);
        expect(await page.locator('#clusters li').count()).toBe(Math.min(30, expected.count));
        // Each listed community has the size the library gives it.
        const sizes = new Array<number>(expected.count).fill(0);
        for (const c of Object.values(expected.communities)) sizes[c]!++;
        const first = await page.locator('#clusters li[data-community="0"] button.cluster').textContent();
        expect(first).toContain(`0: ${sizes[0]} places`);
      }
    },
  },
  {
    name: 'Escape clears the selection and closes the panel',
    run: async (page) => {
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places, 'node=oslo');
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
    name: 'a narrow window collapses the side panels behind a toggle',
    viewport: { width: 600, height: 800 },
    run: async (page) => {
      await openViewer(page, ctx.harness.baseUrl, ctx.harness.fixtures.places);
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
];
