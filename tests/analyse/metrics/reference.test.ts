/**
 * Every node metric and the graph-level summary against NetworkX's answers
 * (tests/reference/*.json, copies of shared/reference/, NetworkX 3.6.1), through the public API and
 * through the CSR kernels.
 */
import { describe, expect, it } from 'vitest';
import {
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
  pagerank,
  strength,
  transitivity,
  triangles,
  type NodeMapping,
} from '../../../src/analyse/metrics/index.ts';
import { csrFromGraph } from '../../../src/analyse/csr/csr-from-graph.ts';
import { csrBetweenness } from '../../../src/analyse/metrics/betweenness.ts';
import { csrCloseness } from '../../../src/analyse/metrics/closeness.ts';
import { csrHarmonic } from '../../../src/analyse/metrics/harmonic.ts';
import { csrPagerankWithOptions } from '../../../src/analyse/metrics/pagerank.ts';
import { csrEigenvectorWithOptions } from '../../../src/analyse/metrics/eigenvector.ts';
import { csrCoreNumbers, csrTriangles } from '../../../src/analyse/csr/structure.ts';
import { loadReference, type ReferenceName } from '../../helpers/load-reference.ts';

const NAMES: ReferenceName[] = ['karate', 'lesmis', 'florentine'];

function expectClose(actual: NodeMapping, expected: Record<string, number> | undefined, tolerance: number): void {
  expect(expected, 'reference key missing').toBeDefined();
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected!).sort());
  for (const [node, value] of Object.entries(expected!)) {
    const got = actual[node]!;
    if (Math.abs(got - value) > tolerance) {
      throw new Error(`node ${node}: got ${got}, NetworkX ${value} (tolerance ${tolerance})`);
    }
  }
}

function fromColumn(keys: readonly string[], values: ArrayLike<number>): NodeMapping {
  const out: NodeMapping = {};
  keys.forEach((key, i) => (out[key] = values[i]!));
  return out;
}

describe.each(NAMES)('%s against NetworkX', (name) => {
  const { graph, reference } = loadReference(name);
  const ref = reference.node;
  // lesmis carries weights; NetworkX's reference values are unweighted
  // except where the key says `weighted`/`strength`.
  const unweighted = { getEdgeWeight: null };

  it('degree and strength', () => {
    expectClose(degree(graph), ref.degree, 1e-9);
    expectClose(strength(graph), ref.strength ?? ref.degree, 1e-9);
  });

  it('betweenness (normalized and raw)', () => {
    expectClose(betweenness(graph), ref.betweenness_normalized, 1e-6);
    expectClose(betweenness(graph, { normalized: false }), ref.betweenness_raw, 1e-6);
  });

  it('closeness and harmonic', () => {
    expectClose(closeness(graph), ref.closeness, 1e-6);
    expectClose(harmonic(graph), ref.harmonic, 1e-6);
  });

  it('clustering, triangles, core numbers', () => {
    expectClose(clustering(graph), ref.clustering, 1e-6);
    expectClose(triangles(graph), ref.triangles, 1e-9);
    expectClose(coreNumber(graph), ref.core_number, 1e-9);
  });

  it('eigenvector and PageRank', () => {
    expectClose(eigenvector(graph), ref.eigenvector, 1e-4);
    expectClose(pagerank(graph, unweighted), ref.pagerank_085, 1e-4);
    if (ref.pagerank_085_weighted) expectClose(pagerank(graph), ref.pagerank_085_weighted, 1e-4);
  });

  it('graph-level metrics', () => {
    const g = reference.graph;
    expect(density(graph)).toBeCloseTo(g.density!, 6);
    expect(transitivity(graph)).toBeCloseTo(g.transitivity!, 6);
    expect(averageClustering(graph)).toBeCloseTo(g.average_clustering!, 6);
    expect(diameter(graph)).toBe(g.diameter);
    expect(degreeAssortativity(graph)!).toBeCloseTo(g.degree_assortativity!, 6);
    if (g.degree_assortativity_weighted !== undefined) {
      expect(degreeAssortativity(graph, { getEdgeWeight: 'weight' })!).toBeCloseTo(g.degree_assortativity_weighted, 6);
    }
    const summed = Object.values(triangles(graph)).reduce((a, b) => a + b, 0);
    expect(summed / 3).toBe(g.triangles);
    expect(connectedComponents(graph)).toHaveLength(1);
  });

  it('computeNetworkMetrics', () => {
    const g = reference.graph;
    const m = computeNetworkMetrics(graph);
    expect(m.order).toBe(g.order);
    expect(m.size).toBe(g.size);
    expect(m.density).toBeCloseTo(g.density!, 6);
    expect(m.transitivity).toBeCloseTo(g.transitivity!, 6);
    expect(m.averageClustering).toBeCloseTo(g.average_clustering!, 6);
    expect(m.diameter).toBe(g.diameter);
    expect(m.degreeAssortativity!).toBeCloseTo(g.degree_assortativity!, 6);
    expect(m.components).toBe(1);
    expect(m.largestComponentSize).toBe(g.order);
  });

  it('computeNodeMetrics agrees with NetworkX on every metric', () => {
    const all = computeNodeMetrics(graph, { getEdgeWeight: null });
    const column = (metric: keyof (typeof all)[string]) =>
      Object.fromEntries(Object.entries(all).map(([node, row]) => [node, row[metric]]));
    expectClose(column('degree'), ref.degree, 1e-9);
    expectClose(column('betweenness'), ref.betweenness_normalized, 1e-6);
    expectClose(column('closeness'), ref.closeness, 1e-6);
    expectClose(column('harmonic'), ref.harmonic, 1e-6);
    expectClose(column('eigenvector'), ref.eigenvector, 1e-4);
    expectClose(column('pagerank'), ref.pagerank_085, 1e-4);
    expectClose(column('core'), ref.core_number, 1e-9);
    expectClose(column('triangles'), ref.triangles, 1e-9);
    expectClose(column('clustering'), ref.clustering, 1e-6);
    if (ref.strength) {
      const weighted = computeNodeMetrics(graph);
      const w = (metric: 'strength' | 'pagerank') =>
        Object.fromEntries(Object.entries(weighted).map(([node, row]) => [node, row[metric]]));
      expectClose(w('strength'), ref.strength, 1e-9);
      expectClose(w('pagerank'), ref.pagerank_085_weighted, 1e-4);
    }
  });

  it('CSR kernels directly', () => {
    const csr = csrFromGraph(graph);
    const keys = csr.keys;
    expectClose(fromColumn(keys, csrBetweenness(csr, { normalized: false, pivots: null, seed: 1 })), ref.betweenness_raw, 1e-6);
    expectClose(fromColumn(keys, csrCloseness(csr)), ref.closeness, 1e-6);
    expectClose(fromColumn(keys, csrHarmonic(csr)), ref.harmonic, 1e-6);
    expectClose(fromColumn(keys, csrCoreNumbers(csr)), ref.core_number, 1e-9);
    expectClose(fromColumn(keys, csrTriangles(csr)), ref.triangles, 1e-9);
    expectClose(
      fromColumn(keys, csrPagerankWithOptions(csr, { alpha: 0.85, tolerance: 1e-12, maxIterations: 1000 })),
      ref.pagerank_085,
      1e-6,
    );
    expectClose(
      fromColumn(keys, csrEigenvectorWithOptions(csr, { tolerance: 1e-12, maxIterations: 10000 })),
      ref.eigenvector,
      1e-6,
    );
  });
});
