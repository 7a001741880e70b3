/**
 * Defined results at the edges: empty, single-node, disconnected graphs,
 * self-loops, parallel edges, directed graphs, regular graphs, bad options.
 * Expected values are hand-computed or, where marked, NetworkX 2.8.8's
 * answers (Debian python3-networkx) for the same small graphs.
 */
import Graph, { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  NODE_METRICS,
  attributeAssortativity,
  averageClustering,
  betweenness,
  closeness,
  clustering,
  computeNetworkMetrics,
  computeNodeMetrics,
  connectedComponents,
  coreNumber,
  degree,
  degreeAssortativity,
  density,
  diameter,
  eigenvector,
  harmonic,
  largestComponent,
  pagerank,
  strength,
  transitivity,
  triangles,
  type NodeMapping,
} from '../../../src/analyse/metrics/index.ts';

const NODE_FUNCTIONS = { degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, coreNumber, triangles, clustering };

function expectMapping(actual: NodeMapping, expected: NodeMapping, tolerance = 1e-9): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [node, value] of Object.entries(expected)) {
    expect(Math.abs(actual[node]! - value), `${node}: ${actual[node]} vs ${value}`).toBeLessThanOrEqual(tolerance);
  }
}

function edges(graph: Graph, list: Array<[string, string, number?]>): Graph {
  for (const [s, t, w] of list) {
    graph.mergeNode(s);
    graph.mergeNode(t);
    graph.addEdge(s, t, w === undefined ? {} : { weight: w });
  }
  return graph;
}

describe('empty graph', () => {
  const g = new UndirectedGraph();
  it.each(Object.entries(NODE_FUNCTIONS))('%s → {}', (_name, fn) => {
    expect(fn(g)).toEqual({});
  });
  it('network metrics are zero, null or empty, never NaN', () => {
    expect(density(g)).toBe(0);
    expect(transitivity(g)).toBe(0);
    expect(averageClustering(g)).toBe(0);
    expect(connectedComponents(g)).toEqual([]);
    expect(largestComponent(g)).toEqual([]);
    expect(diameter(g)).toBe(0);
    expect(degreeAssortativity(g)).toBeNull();
    expect(attributeAssortativity(g, 'country')).toBeNull();
    expect(computeNodeMetrics(g)).toEqual({});
    expect(computeNetworkMetrics(g)).toEqual({
      order: 0, size: 0, density: 0, transitivity: 0, averageClustering: 0,
      components: 0, largestComponentSize: 0, diameter: 0, diameterIsLowerBound: false, degreeAssortativity: null,
    });
  });
});

describe('single node', () => {
  const g = new UndirectedGraph();
  g.addNode('oslo');
  it('every node metric is defined', () => {
    expect(computeNodeMetrics(g)).toEqual({
      oslo: {
        degree: 0, strength: 0, betweenness: 0, closeness: 0, harmonic: 0,
        eigenvector: 1, pagerank: 1, core: 0, triangles: 0, clustering: 0,
      },
    });
  });
  it('network metrics', () => {
    expect(computeNetworkMetrics(g)).toEqual({
      order: 1, size: 0, density: 0, transitivity: 0, averageClustering: 0,
      components: 1, largestComponentSize: 1, diameter: 0, diameterIsLowerBound: false, degreeAssortativity: null,
    });
  });
});

describe('disconnected graph: path a-b-c, edge d-e, isolated f', () => {
  const g = edges(new UndirectedGraph(), [['a', 'b'], ['b', 'c'], ['d', 'e']]);
  g.addNode('f');
  it('closeness is Wasserman–Faust: (r-1)/Σd · (r-1)/(n-1)', () => {
    // a: reaches 2 nodes at total distance 3 → 2/3 · 2/5.
    expectMapping(closeness(g), { a: 4 / 15, b: 2 / 5, c: 4 / 15, d: 1 / 5, e: 1 / 5, f: 0 });
  });
  it('harmonic sums 1/d over reachable nodes only', () => {
    expectMapping(harmonic(g), { a: 1.5, b: 2, c: 1.5, d: 1, e: 1, f: 0 });
  });
  it('betweenness normalises by the whole graph', () => {
    expectMapping(betweenness(g), { a: 0, b: 1 / 10, c: 0, d: 0, e: 0, f: 0 });
  });
  it('PageRank and eigenvector match NetworkX', () => {
    expectMapping(
      pagerank(g),
      { a: 0.1495670427709893, b: 0.28339018630268165, c: 0.1495670427709893, d: 0.1941747572815533, e: 0.1941747572815533, f: 0.02912621359223301 },
      1e-8,
    );
    expectMapping(eigenvector(g), { a: 0.5, b: Math.SQRT1_2, c: 0.5, d: 0, e: 0, f: 0 }, 1e-4);
  });
  it('components: largest first, ties by first node, keys in graph order', () => {
    const h = edges(new UndirectedGraph(), [['z', 'y'], ['b', 'a'], ['q', 'r'], ['r', 's']]);
    expect(connectedComponents(h)).toEqual([['q', 'r', 's'], ['z', 'y'], ['b', 'a']]);
    expect(connectedComponents(g)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
    expect(largestComponent(g)).toEqual(['a', 'b', 'c']);
  });
  it('diameter is that of the largest component', () => {
    expect(diameter(g)).toBe(2);
    const m = computeNetworkMetrics(g);
    expect(m.components).toBe(3);
    expect(m.largestComponentSize).toBe(3);
    expect(m.diameter).toBe(2);
  });
});

describe('self-loops (triangle a-b-c, pendant d on c, loop on a)', () => {
  const g = edges(new UndirectedGraph({ allowSelfLoops: true }), [['a', 'b'], ['b', 'c'], ['c', 'a'], ['a', 'a'], ['c', 'd']]);
  it('a self-loop counts 2 towards degree and strength', () => {
    expectMapping(degree(g), { a: 4, b: 2, c: 3, d: 1 });
    g.setEdgeAttribute(g.edge('a', 'a')!, 'weight', 5);
    expectMapping(strength(g), { a: 12, b: 2, c: 3, d: 1 });
    g.removeEdgeAttribute(g.edge('a', 'a')!, 'weight');
  });
  it('triangles, clustering and core numbers ignore it (NetworkX: clustering a = 1)', () => {
    expectMapping(triangles(g), { a: 1, b: 1, c: 1, d: 0 });
    expectMapping(clustering(g), { a: 1, b: 1, c: 1 / 3, d: 0 });
    expectMapping(coreNumber(g), { a: 2, b: 2, c: 2, d: 1 });
    expect(transitivity(g)).toBeCloseTo(0.6, 12);
  });
  it('paths ignore it', () => {
    expectMapping(betweenness(g, { normalized: false }), { a: 0, b: 0, c: 2, d: 0 });
  });
  it('PageRank, eigenvector, density, assortativity match NetworkX', () => {
    expectMapping(
      pagerank(g),
      { a: 0.31480870475834577, b: 0.22091838930408453, c: 0.3325503163150214, d: 0.13172258962254815 },
      1e-8,
    );
    expectMapping(eigenvector(g), { a: 0.6642626405806621, b: 0.47571747525871766, c: 0.5360180236310389, d: 0.21244459608319669 }, 1e-6);
    expect(density(g)).toBeCloseTo(0.8333333333333334, 12);
    expect(degreeAssortativity(g)!).toBeCloseTo(-0.1250000000000001, 10);
  });
});

describe('parallel edges (MultiGraph: a=b double, b-c, c-d)', () => {
  const g = edges(new MultiUndirectedGraph(), [['a', 'b'], ['a', 'b'], ['b', 'c'], ['c', 'd']]);
  it('degree counts each parallel edge', () => {
    expectMapping(degree(g), { a: 2, b: 3, c: 2, d: 1 });
    expect(density(g)).toBeCloseTo(2 / 3, 12);
  });
  it('parallel edges do not multiply shortest paths', () => {
    expectMapping(betweenness(g, { normalized: false }), { a: 0, b: 2, c: 2, d: 0 });
    expectMapping(closeness(g), { a: 3 / 6, b: 3 / 4, c: 3 / 4, d: 3 / 6 });
  });
  it('PageRank, eigenvector, assortativity match NetworkX (parallel edges add up)', () => {
    expectMapping(
      pagerank(g),
      { a: 0.23600439077936933, b: 0.3503018660811862, c: 0.2639956092206306, d: 0.14969813391881376 },
      1e-8,
    );
    expectMapping(eigenvector(g), { a: 0.6015009550075457, b: 0.6881909602355867, c: 0.3717480344601845, d: 0.16245984811645303 }, 1e-6);
    expect(degreeAssortativity(g)!).toBeCloseTo(-0.14285714285714285, 10);
  });
  it('weighted shortest paths use the lightest parallel edge', () => {
    const h = edges(new MultiUndirectedGraph(), [['a', 'b', 5], ['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 3]]);
    // a-c via b costs 2 < 3, so b lies on the only shortest a–c path.
    expectMapping(betweenness(h, { normalized: false, getEdgeWeight: 'weight' }), { a: 0, b: 1, c: 0 });
    expectMapping(closeness(h, { getEdgeWeight: 'weight' }), { a: 2 / 3, b: 1, c: 2 / 3 });
    // PageRank sums parallel weights: a–b weighs 6.
    const summed = edges(new UndirectedGraph(), [['a', 'b', 6], ['b', 'c', 1], ['a', 'c', 3]]);
    expectMapping(pagerank(h), pagerank(summed), 1e-12);
  });
});

describe('weighted paths match NetworkX', () => {
  const g = edges(new UndirectedGraph(), [['a', 'b', 1], ['b', 'c', 1], ['a', 'c', 3], ['c', 'd', 0.5], ['b', 'd', 2]]);
  it('betweenness, closeness, harmonic with lengths', () => {
    const o = { getEdgeWeight: 'weight' };
    expectMapping(betweenness(g, { ...o, normalized: false }), { a: 0, b: 2, c: 2, d: 0 });
    expectMapping(closeness(g, o), { a: 0.5454545454545454, b: 0.8571428571428571, c: 0.8571428571428571, d: 0.6666666666666666 });
    expectMapping(harmonic(g, o), { a: 1.9, b: 2.6666666666666665, c: 3.5, d: 3.0666666666666664 });
  });
  it('getEdgeWeight may be a function', () => {
    const viaFunction = betweenness(g, { normalized: false, getEdgeWeight: (_e, attr) => attr.weight as number });
    expectMapping(viaFunction, { a: 0, b: 2, c: 2, d: 0 });
  });
});

describe('directed graphs are rejected, undirected edges in a mixed graph are fine', () => {
  const d = edges(new DirectedGraph(), [['a', 'b']]);
  it.each(Object.entries(NODE_FUNCTIONS))('%s throws', (name, fn) => {
    expect(() => fn(d)).toThrow(/directed edge/);
  });
  it('network metrics throw too', () => {
    expect(() => density(d)).toThrow(/^density: .*directed/);
    expect(() => computeNodeMetrics(d)).toThrow(/computeNodeMetrics: .*directed/);
    expect(() => computeNetworkMetrics(d)).toThrow(/directed/);
    expect(() => attributeAssortativity(d, 'x')).toThrow(/directed/);
  });
  it('a mixed graph with only undirected edges is accepted', () => {
    const mixed = new Graph();
    mixed.addNode('a');
    mixed.addNode('b');
    mixed.addUndirectedEdge('a', 'b');
    expectMapping(degree(mixed), { a: 1, b: 1 });
  });
});

describe('assortativity', () => {
  it('a regular graph has no degree assortativity: null, not NaN', () => {
    const cycle = edges(new UndirectedGraph(), [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'a']]);
    expect(degreeAssortativity(cycle)).toBeNull();
    expect(computeNetworkMetrics(cycle).degreeAssortativity).toBeNull();
  });
  it('a star is perfectly disassortative', () => {
    const star = edges(new UndirectedGraph(), [['h', 'a'], ['h', 'b'], ['h', 'c']]);
    expect(degreeAssortativity(star)).toBeCloseTo(-1, 12);
  });
  it('attribute assortativity by hand: pairs XX,XX,YY,YY,XY,YX → r = (2/3 - 1/2)/(1/2) = 1/3', () => {
    const g = edges(new UndirectedGraph({ allowSelfLoops: true }), [['a', 'b'], ['c', 'd'], ['a', 'c']]);
    g.setNodeAttribute('a', 'country', 'NO');
    g.setNodeAttribute('b', 'country', 'NO');
    g.setNodeAttribute('c', 'country', 'SE');
    g.setNodeAttribute('d', 'country', 'SE');
    expect(attributeAssortativity(g, 'country')).toBeCloseTo(1 / 3, 12);
    // NetworkX: a missing attribute is its own category, a self-loop one pair → 0.25.
    g.addNode('e');
    g.addEdge('d', 'e');
    g.addEdge('a', 'a');
    expect(attributeAssortativity(g, 'country')).toBeCloseTo(0.25, 12);
  });
  it('a single category gives null', () => {
    const g = edges(new UndirectedGraph(), [['a', 'b']]);
    g.forEachNode((n) => g.setNodeAttribute(n, 'kind', 'kommune'));
    expect(attributeAssortativity(g, 'kind')).toBeNull();
  });
});

describe('options', () => {
  const g = edges(new UndirectedGraph(), [['a', 'b'], ['b', 'c']]);
  it('an unknown option throws naming the key', () => {
    expect(() => betweenness(g, { normalised: true } as never)).toThrow('betweenness: unknown option "normalised"');
    expect(() => pagerank(g, { damping: 0.9 } as never)).toThrow('pagerank: unknown option "damping"');
    expect(() => degree.assign(g, { weight: 'w' } as never)).toThrow('degree: unknown option "weight"');
    expect(() => computeNodeMetrics(g, { metrics: ['degree'] } as never)).toThrow('computeNodeMetrics: unknown option "metrics"');
    expect(() => degreeAssortativity(g, { weighted: true } as never)).toThrow('degreeAssortativity: unknown option "weighted"');
  });
  it('undefined means the default', () => {
    expect(betweenness(g, { normalized: undefined })).toEqual(betweenness(g));
  });
  it('.assign writes the attribute (default name, or `attribute`)', () => {
    betweenness.assign(g, { normalized: false });
    expect(g.getNodeAttribute('b', 'betweenness')).toBe(1);
    coreNumber.assign(g, { attribute: 'kcore' });
    expect(g.getNodeAttribute('a', 'kcore')).toBe(1);
    expect(g.getNodeAttribute('a', 'core')).toBeUndefined();
  });
  it('bad weights throw naming the edge', () => {
    const w = edges(new UndirectedGraph(), [['a', 'b', -1]]);
    expect(() => strength(w)).toThrow(/strength: edge ".*" has weight -1/);
    w.setEdgeAttribute(w.edges()[0]!, 'weight', '3');
    expect(() => pagerank(w)).toThrow(/pagerank: edge ".*" has weight "3"/);
  });
  it('bad numeric options throw', () => {
    expect(() => pagerank(g, { alpha: 1 })).toThrow(/alpha/);
    expect(() => betweenness(g, { pivots: 0 })).toThrow(/pivots/);
    expect(() => eigenvector(g, { maxIterations: 0 })).toThrow(/maxIterations/);
  });
  it('non-convergence throws rather than returning a half-done vector', () => {
    const big = edges(new UndirectedGraph(), [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a'], ['a', 'c']]);
    expect(() => pagerank(big, { maxIterations: 2, tolerance: 1e-15 })).toThrow(/did not converge/);
  });
});

describe('NODE_METRICS', () => {
  it('names exactly the fields computeNodeMetrics returns', () => {
    const g = edges(new UndirectedGraph(), [['a', 'b']]);
    expect(Object.keys(computeNodeMetrics(g).a!).sort()).toEqual([...NODE_METRICS].sort());
  });
});

describe('diameter above the exact limit', () => {
  it('is a two-sweep lower bound, flagged, and exact on a path', () => {
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < 9; i++) g.mergeEdge(`v${i}`, `v${i + 1}`);
    expect(computeNetworkMetrics(g, { exactDiameterUpTo: 3 })).toMatchObject({ diameter: 9, diameterIsLowerBound: true });
    expect(computeNetworkMetrics(g)).toMatchObject({ diameter: 9, diameterIsLowerBound: false });
  });
});
