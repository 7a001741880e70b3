/**
 * The viewer's pure steps for the two datasets, without a browser: context
 * links marked through the colouring (never the graph), places without
 * coordinates hidden on the map, and search keeping the best hits on a large
 * index. Expected values are worked out by hand on a small graph.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { DEFAULT_STATE, EMPTY_FILTERS } from '../../viewer/src/state.ts';
import { createNetworkModel } from '../../viewer/src/data/network-model.ts';
import { deriveView } from '../../viewer/src/view/derive-view.ts';
import { edgeColourOf } from '../../viewer/src/view/appearance.ts';
import { isNodeVisible } from '../../viewer/src/view/visibility.ts';
import { createEdgeReducer } from '../../viewer/src/view/reducers.ts';
import { searchNodes, type SearchEntry } from '../../viewer/src/data/search-index.ts';
import type { NetworkMeta } from '../../viewer/src/workers/protocol.ts';

/** Bergen(NO) — Seattle(US) — Orlando(US); Seattle — Gdynia(PL); Ushuaia has no coordinates. */
function graph(scopes: { so: string; sg: string }) {
  const g = new UndirectedGraph();
  g.addNode('bergen', { label: 'Bergen', country: 'NO', lat: 60.39, lon: 5.32, x: 0, y: 0, community: 0 });
  g.addNode('seattle', { label: 'Seattle', country: 'US', lat: 47.6, lon: -122.3, x: 1, y: 0, community: 0 });
  g.addNode('orlando', { label: 'Orlando', country: 'US', lat: 28.5, lon: -81.4, x: 2, y: 0, community: 0 });
  g.addNode('gdynia', { label: 'Gdynia', country: 'PL', lat: 54.5, lon: 18.5, x: 1, y: 1, community: 0 });
  g.addNode('ushuaia', { label: 'Ushuaia', country: 'AR', x: 3, y: 3, community: 0 });
  g.addEdgeWithKey('bs', 'bergen', 'seattle', { scope: 'norwegian' });
  g.addEdgeWithKey('bo', 'bergen', 'orlando', { scope: 'norwegian' });
  g.addEdgeWithKey('so', 'seattle', 'orlando', { scope: scopes.so });
  g.addEdgeWithKey('sg', 'seattle', 'gdynia', { scope: scopes.sg });
  g.addEdgeWithKey('ou', 'orlando', 'ushuaia', { scope: 'norwegian' });
  return g;
}

function model(g: UndirectedGraph) {
  const meta = { name: 'twin', metricNames: [], communities: [], modularity: 0, order: g.order, size: g.size, options: {}, attributes: {} } as unknown as NetworkMeta;
  return createNetworkModel(meta, g);
}

describe('context links', () => {
  it('are coloured lighter with a legend entry counting them, and the graph is not written to', () => {
    const g = graph({ so: 'context', sg: 'norwegian' });
    const before = JSON.stringify(g.export());
    const view = deriveView(model(g), DEFAULT_STATE, null);
    expect(edgeColourOf(view.colouring, 'so')).toBe('#E4E4E4');
    expect(edgeColourOf(view.colouring, 'bs')).toBe('#C8C8C8');
    expect(view.colouring.edgeLegend.map((e) => [e.label, e.count])).toEqual([
      ['link with a Norwegian place', 4],
      ['context link (between partners of Norwegian places)', 1],
    ]);
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it('stay lighter than the other links of a hovered place, both darker than unfocused links', () => {
    const view = deriveView(model(graph({ so: 'context', sg: 'norwegian' })), { ...DEFAULT_STATE, hovered: 'seattle' }, null);
    const edge = createEdgeReducer(() => view);
    expect(edge('so', {}).color).toBe('#ABABAB');
    expect(edge('bs', {}).color).toBe('#6E6E6E');
    expect(edge('bo', {}).color).toBe('#F0F0F0');
  });

  it('are not marked where most links are "world" links (the world dataset), nor when colouring by status', () => {
    const world = deriveView(model(graph({ so: 'context', sg: 'world' })), DEFAULT_STATE, null);
    expect(world.colouring.edgeColours).toBeNull();
    expect(world.colouring.edgeLegend).toEqual([]);
    const status = deriveView(model(graph({ so: 'context', sg: 'norwegian' })), { ...DEFAULT_STATE, colourMode: 'status' }, null);
    expect(status.colouring.edgeLegend.map((e) => e.label)).not.toContain('context link (between partners of Norwegian places)');
  });
});

describe('map visibility', () => {
  it('hides places without coordinates on the map only, and keeps the filters', () => {
    const m = model(graph({ so: 'world', sg: 'world' }));
    const force = deriveView(m, DEFAULT_STATE, null);
    expect(isNodeVisible(force.visibility, 'ushuaia')).toBe(true);
    const map = deriveView(m, { ...DEFAULT_STATE, layout: 'map' }, force);
    expect(['bergen', 'seattle', 'orlando', 'gdynia', 'ushuaia'].filter((n) => isNodeVisible(map.visibility, n))).toEqual(['bergen', 'seattle', 'orlando', 'gdynia']);
    expect(map.visibility.edges!.has('ou')).toBe(false);
    const us = deriveView(m, { ...DEFAULT_STATE, layout: 'map', filters: { ...EMPTY_FILTERS, countries: ['US', 'AR'] } }, map);
    expect([...us.visibility.nodes!].sort()).toEqual(['orlando', 'seattle']);
  });

  it('hides nothing when no place has coordinates (there is no map then)', () => {
    const g = new UndirectedGraph();
    g.addNode('a', { x: 0, y: 0 });
    g.addNode('b', { x: 1, y: 0 });
    g.addEdge('a', 'b');
    expect(model(g).unplacedNodes().size).toBe(0);
  });
});

describe('searchNodes on a large index', () => {
  it('returns the same ten hits as sorting every hit (score, then links, then label)', () => {
    const entry = fc.record({
      node: fc.uuid(),
      label: fc.stringMatching(/^[ab ]{1,6}$/),
      weight: fc.integer({ min: 0, max: 3 }),
    }).map((e): SearchEntry => ({ ...e, keys: [e.label] }));
    fc.assert(fc.property(fc.array(entry, { maxLength: 200 }), fc.constantFrom('a', 'b', 'ab', 'ba'), (entries, query) => {
      const scored = entries.flatMap((e) => {
        const key = e.keys[0]!;
        const at = key.indexOf(query);
        const score = key.startsWith(query) ? 0 : at < 0 ? -1 : key[at - 1] === ' ' ? 1 : 2;
        return score < 0 ? [] : [{ e, score }];
      });
      scored.sort((x, y) => x.score - y.score || y.e.weight - x.e.weight || x.e.label.localeCompare(y.e.label));
      const expected = scored.slice(0, 10).map((x) => [x.score, x.e.weight, x.e.label]);
      const got = searchNodes(entries, query).map((e) => {
        const s = scored.find((x) => x.e === e)!;
        return [s.score, e.weight, e.label];
      });
      expect(got).toEqual(expected);
    }));
  });
});
