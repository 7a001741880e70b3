/**
 * The viewer's pure core, without a browser: URL state round trips, filter
 * visibility, accent-insensitive search, appearance and metric ranks.
 * Expected values are worked out by hand on small graphs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { parseState, serialiseState, type SharedState } from '../../viewer/src/url-state.ts';
import { COLOUR_MODES, DEFAULT_STATE, EMPTY_FILTERS, LAYOUT_MODES, LINK_STATUSES, type Filters } from '../../viewer/src/state.ts';
import { NETWORK_NAMES } from '../../src/graph/network-bundle.ts';
import { VIEWER_DATASETS } from '../../viewer/src/datasets.ts';
import { computeVisibility, sourceFile } from '../../viewer/src/view/visibility.ts';
import { buildSearchIndex, searchNodes } from '../../viewer/src/data/search-index.ts';
import { colourNodes, sizeNodes } from '../../viewer/src/view/appearance.ts';
import { createNetworkModel } from '../../viewer/src/data/network-model.ts';
import { COMMUNITY_PALETTE } from '../../src/formats/community-palette.ts';

/**
 * a(NO) —active— b(SE) —ended— c(SE) ; c —active, china doc— d(CN) ; e(NO) alone
 */
function smallGraph() {
  const graph = new UndirectedGraph();
  graph.addNode('a', { label: 'Tromsø', country: 'NO', kind: 'municipality', community: 0, degree: 1 });
  graph.addNode('b', { label: 'Luleå', country: 'SE', kind: 'city', community: 0, degree: 2 });
  graph.addNode('c', { label: 'Umeå', country: 'SE', kind: 'city', community: 1, degree: 2 });
  graph.addNode('d', { label: 'Qingdao', country: 'CN', kind: 'city', community: 1, degree: 1 });
  graph.addNode('e', { label: 'Røros', country: 'NO', kind: 'municipality', community: 2, degree: 0 });
  graph.addEdgeWithKey('ab', 'a', 'b', { status: 'active', sources: ['twin.txt:1'] });
  graph.addEdgeWithKey('bc', 'b', 'c', { status: 'ended', sources: ['twin.txt:2', 'twin.txt:9'] });
  graph.addEdgeWithKey('cd', 'c', 'd', { status: 'active', sources: ['china:friendship.txt:4'] });
  return graph;
}

const filters = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
const sorted = (set: Set<string> | null) => (set === null ? null : [...set].sort());

describe('url-state', () => {
  it('serialiseState(DEFAULT_STATE) is empty and parseState("") gives the defaults', () => {
    expect(serialiseState(DEFAULT_STATE)).toBe('');
    expect(parseState('')).toEqual({
      dataset: 'norway', network: DEFAULT_STATE.network, colourMode: DEFAULT_STATE.colourMode, sizeMetric: DEFAULT_STATE.sizeMetric,
      filters: EMPTY_FILTERS, selected: null, focusedCommunity: null, layout: 'force', curvedEdges: null,
    });
  });

  it('the dataset is "data=world" in the hash, and Norway (the default) is left out', () => {
    expect(serialiseState({ ...DEFAULT_STATE, dataset: 'world' })).toBe('data=world');
    expect(parseState('#data=world&node=IS%3Ahafnarfjordur')).toMatchObject({ dataset: 'world', selected: 'IS:hafnarfjordur' });
    expect(parseState('#data=mars').dataset).toBe('norway');
  });

  it('parseState(serialiseState(s)) returns s for any shareable state', () => {
    const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('|'));
    const state = fc.record({
      dataset: fc.constantFrom(...VIEWER_DATASETS),
      network: fc.constantFrom(...NETWORK_NAMES),
      colourMode: fc.constantFrom(...COLOUR_MODES),
      sizeMetric: fc.constantFrom('degree', 'pagerank', 'none', 'betweenness'),
      selected: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
      focusedCommunity: fc.option(fc.integer({ min: -3, max: 500 }), { nil: null }),
      layout: fc.constantFrom(...LAYOUT_MODES),
      curvedEdges: fc.constantFrom(true, false, null),
      filters: fc.record({
        countries: fc.uniqueArray(text, { maxLength: 4 }),
        kinds: fc.uniqueArray(text, { maxLength: 3 }),
        statuses: fc.uniqueArray(fc.constantFrom(...LINK_STATUSES)),
        sources: fc.uniqueArray(text, { maxLength: 3 }),
        minDegree: fc.nat({ max: 50 }),
        communities: fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { maxLength: 4 }),
      }),
    });
    fc.assert(fc.property(state, (s: SharedState) => {
      expect(parseState(`#${serialiseState(s)}`)).toEqual(s);
    }));
  });

  it('parseState falls back to defaults on hand-edited nonsense', () => {
    const parsed = parseState('#net=planets&colour=rainbow&min=-4&focus=x&status=active|maybe&community=2|two');
    expect(parsed.network).toBe(DEFAULT_STATE.network);
    expect(parsed.colourMode).toBe(DEFAULT_STATE.colourMode);
    expect(parsed.filters.minDegree).toBe(0);
    expect(parsed.focusedCommunity).toBe(null);
    expect(parsed.filters.statuses).toEqual(['active']);
    expect(parsed.filters.communities).toEqual([2]);
  });
});

describe('computeVisibility', () => {
  it('computeVisibility with no filter shows everything without building sets', () => {
    expect(computeVisibility(smallGraph(), EMPTY_FILTERS)).toEqual({ nodes: null, edges: null });
  });

  it('computeVisibility by country keeps places of that country and links among them', () => {
    const v = computeVisibility(smallGraph(), filters({ countries: ['SE'] }));
    expect(sorted(v.nodes)).toEqual(['b', 'c']);
    expect(sorted(v.edges)).toEqual(['bc']);
  });

  it('computeVisibility by status keeps matching links and the places they join', () => {
    const active = computeVisibility(smallGraph(), filters({ statuses: ['active'] }));
    expect(sorted(active.edges)).toEqual(['ab', 'cd']);
    expect(sorted(active.nodes)).toEqual(['a', 'b', 'c', 'd']);
    const ended = computeVisibility(smallGraph(), filters({ statuses: ['ended'] }));
    expect(sorted(ended.nodes)).toEqual(['b', 'c']);
  });

  it('computeVisibility by source document reads the file part of "file:line"', () => {
    expect(sourceFile('china:friendship.txt:4')).toBe('china:friendship.txt');
    const v = computeVisibility(smallGraph(), filters({ sources: ['china:friendship.txt'] }));
    expect(sorted(v.edges)).toEqual(['cd']);
    expect(sorted(v.nodes)).toEqual(['c', 'd']);
  });

  it('computeVisibility by minimum degree, kind and community combines as AND', () => {
    expect(sorted(computeVisibility(smallGraph(), filters({ minDegree: 2 })).nodes)).toEqual(['b', 'c']);
    expect(sorted(computeVisibility(smallGraph(), filters({ kinds: ['municipality'] })).nodes)).toEqual(['a', 'e']);
    expect(sorted(computeVisibility(smallGraph(), filters({ communities: [1, 2] })).nodes)).toEqual(['c', 'd', 'e']);
    const both = computeVisibility(smallGraph(), filters({ countries: ['SE', 'CN'], statuses: ['active'] }));
    expect(sorted(both.edges)).toEqual(['cd']);
    expect(sorted(both.nodes)).toEqual(['c', 'd']);
  });

  it('computeVisibility never writes to the graph', () => {
    const graph = smallGraph();
    const before = JSON.stringify(graph.export());
    computeVisibility(graph, filters({ countries: ['NO'], statuses: ['ended'], minDegree: 1 }));
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe('searchNodes', () => {
  const graph = smallGraph();
  graph.addNode('f', { label: 'Tromsøysund', aliases: ['Tromsoysund'], country: 'NO' });
  graph.addNode('g', { label: 'Nord-Tromsø' });
  graph.addEdge('f', 'a');
  const index = buildSearchIndex(graph);

  it('searchNodes("tromso") finds "Tromsø" first, then longer names, then inner matches', () => {
    expect(searchNodes(index, 'tromso').map((e) => e.label)).toEqual(['Tromsø', 'Tromsøysund', 'Nord-Tromsø']);
  });

  it('searchNodes ignores case and accents on both sides', () => {
    expect(searchNodes(index, 'LULEA')[0]!.node).toBe('b');
    expect(searchNodes(index, 'umeå')[0]!.node).toBe('c');
    expect(searchNodes(index, 'ROROS')[0]!.node).toBe('e');
  });

  it('searchNodes returns nothing for blank queries and respects the limit', () => {
    expect(searchNodes(index, '  ')).toEqual([]);
    expect(searchNodes(index, 'u', 2)).toHaveLength(2);
  });
});

describe('appearance', () => {
  it('colourNodes by community uses the shared community palette', () => {
    const graph = smallGraph();
    const colouring = colourNodes(graph, 'community', [
      { id: 0, size: 2, hubs: ['b'], countries: [], linkShare: 0.3 },
      { id: 1, size: 2, hubs: ['c'], countries: [], linkShare: 0.3 },
      { id: 2, size: 1, hubs: ['e'], countries: [], linkShare: 0 },
    ]);
    expect(colouring.nodeColours.get('a')).toBe(COMMUNITY_PALETTE[0]);
    expect(colouring.nodeColours.get('c')).toBe(COMMUNITY_PALETTE[1]);
    expect(colouring.nodeColours.get('e')).toBe(COMMUNITY_PALETTE[2]);
    expect(colouring.legend.map((l) => [l.label, l.count])).toEqual([['0 · Luleå', 2], ['1 · Umeå', 2], ['2 · Røros', 1]]);
  });

  it('colourNodes by country gives the most frequent country the first colour', () => {
    const colouring = colourNodes(smallGraph(), 'country', []);
    // NO and SE have two places each (tie broken by name: NO first), CN one.
    expect(colouring.legend.map((l) => l.label)).toEqual(['NO', 'SE', 'CN']);
    expect(colouring.nodeColours.get('a')).toBe(colouring.nodeColours.get('e'));
    expect(colouring.nodeColours.get('a')).not.toBe(colouring.nodeColours.get('b'));
  });

  it('colourNodes by status: a place is active if any link is; edges carry their own status', () => {
    const colouring = colourNodes(smallGraph(), 'status', []);
    const colour = (n: string) => colouring.nodeColours.get(n);
    expect(colour('b')).toBe(colour('a'));
    expect(colour('e')).not.toBe(colour('a'));
    expect(colouring.edgeColours!.get('bc')).not.toBe(colouring.edgeColours!.get('ab'));
    expect(colouring.legend.find((l) => l.label === 'has an active link')!.count).toBe(4);
  });

  it('sizeNodes maps the metric to disc area between the range ends', () => {
    const sizing = sizeNodes(smallGraph(), 'degree', [2, 10]);
    expect(sizing.domain).toEqual([0, 2]);
    expect(sizing.sizes.get('e')).toBe(2);
    expect(sizing.sizes.get('b')).toBe(10);
    // Half the maximum value → half the area → radius 2 + 8·√½.
    expect(sizing.sizes.get('a')).toBeCloseTo(2 + 8 * Math.SQRT1_2, 12);
    const none = sizeNodes(smallGraph(), 'none', [2, 10]);
    expect(new Set(none.sizes.values()).size).toBe(1);
  });
});

describe('network model', () => {
  it('rankOf uses competition ranking (ties share the better rank)', () => {
    const graph = smallGraph();
    const model = createNetworkModel({
      name: 'twin', metricNames: ['degree'], communities: [], modularity: 0, order: 5, size: 3, options: { type: 'undirected', multi: false, allowSelfLoops: true }, attributes: {},
    }, graph);
    expect(model.rankOf('degree', 'b')).toBe(1);
    expect(model.rankOf('degree', 'c')).toBe(1);
    expect(model.rankOf('degree', 'a')).toBe(3);
    expect(model.rankOf('degree', 'e')).toBe(5);
    expect(model.rankOf('missing', 'a')).toBe(null);
    const facets = model.facets();
    expect(facets.countries).toEqual([{ value: 'NO', count: 2 }, { value: 'SE', count: 2 }, { value: 'CN', count: 1 }]);
    // A link citing two lines of one document counts once for that document.
    expect(facets.sources).toEqual([{ value: 'twin.txt', count: 2 }, { value: 'china:friendship.txt', count: 1 }]);
    expect(facets.maxDegree).toBe(2);
  });
});
