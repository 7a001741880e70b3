/**
 * Sampled betweenness (`pivots`, NetworkX's `k`): exact when k covers
 * every node, reproducible for a seed, and an unbiased estimate — checked
 * exactly: the k = 1 estimate averaged over every possible pivot must equal
 * NetworkX's exact value.
 */
import { describe, expect, it } from 'vitest';
import { betweenness, computeNodeMetrics } from '../../../src/analyse/metrics/index.ts';
import { csrFromGraph } from '../../../src/analyse/csr/csr-from-graph.ts';
import { sumShortestPaths } from '../../../src/analyse/csr/shortest-paths.ts';
import { rescaleBetweenness, samplePivots } from '../../../src/analyse/metrics/betweenness.ts';
import { loadReference } from '../../helpers/load-reference.ts';

const { graph, reference } = loadReference('karate');
const n = graph.order;

describe('betweenness pivots', () => {
  it('k >= n is the exact value', () => {
    const exact = betweenness(graph);
    expect(betweenness(graph, { pivots: n })).toEqual(exact);
    expect(betweenness(graph, { pivots: 10 * n })).toEqual(exact);
  });
  it('the same seed gives the same estimate, another seed another one', () => {
    const a = betweenness(graph, { pivots: 10, seed: 5 });
    expect(betweenness(graph, { pivots: 10, seed: 5 })).toEqual(a);
    expect(betweenness(graph, { pivots: 10, seed: 6 })).not.toEqual(a);
  });
  it('samples k distinct nodes', () => {
    const sample = samplePivots(100, 40, 3)!;
    expect(sample).toHaveLength(40);
    expect(new Set(sample).size).toBe(40);
    for (const v of sample) expect(v >= 0 && v < 100).toBe(true);
  });
  it('the n/k scaling is unbiased: averaging the k=1 estimate over every source gives the exact value', () => {
    const csr = csrFromGraph(graph);
    const mean = new Float64Array(n);
    for (let s = 0; s < n; s++) {
      const one = sumShortestPaths(n, csr.offsets, csr.neighbours, null, Int32Array.of(s), 0, 1, {
        betweenness: true, closeness: false, harmonic: false, eccentricity: false,
      });
      const estimate = rescaleBetweenness(one.betweenness!, n, false, 1);
      for (let i = 0; i < n; i++) mean[i]! += estimate[i]! / n;
    }
    csr.keys.forEach((key, i) => expect(mean[i]).toBeCloseTo(reference.node.betweenness_raw![key]!, 6));
  });
  it('a 20-pivot estimate ranks the top broker first on karate', () => {
    const estimate = betweenness(graph, { pivots: 20, seed: 1 });
    const top = Object.entries(estimate).sort((a, b) => b[1] - a[1])[0]![0];
    expect(top).toBe('0');
  });
  it('computeNodeMetrics samples betweenness only; closeness stays exact', () => {
    const sampled = computeNodeMetrics(graph, { pivots: 10, seed: 2 });
    const estimate = betweenness(graph, { pivots: 10, seed: 2 });
    for (const [node, row] of Object.entries(sampled)) {
      expect(row.betweenness).toBeCloseTo(estimate[node]!, 12);
      expect(row.closeness).toBeCloseTo(reference.node.closeness![node]!, 6);
    }
  });
});
