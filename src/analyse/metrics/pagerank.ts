/**
 * PageRank, as NetworkX's `pagerank` on an undirected graph (each edge
 * read both ways): damping `alpha` (0.85), uniform teleport, dangling
 * nodes (isolated, or only zero-weight edges) spread their rank uniformly;
 * values sum to 1.
 *
 * - getEdgeWeight: 'weight' by default, as NetworkX (a missing attribute
 *   weighs 1, so unweighted graphs need nothing); null ignores weights.
 *   Parallel edges add up; a self-loop is one diagonal entry.
 * - Stops when the L1 change is below n × tolerance (NetworkX's rule).
 *   The default tolerance is 1e-9, tighter than NetworkX's 1e-6, because
 *   at 1e-6 a 10k-node graph may stop with per-node errors of the size of
 *   the values themselves; ~14 ms there (3 ms at 1e-6). Throws if maxIterations is
 *   reached without converging (never happens for alpha < 1 in practice).
 * - Empty graph → {}; single node → 1.
 *
 * Replaces graphology-metrics' pagerank (~90 ms on 10k / 50k in the
 * toolchain notes; 200–430 ms CPU under load) with a typed-array power
 * iteration (csrPagerank): 14 ms warm on the snapshot at 1e-9 against
 * igraph's 22 ms (tests/bench/RESULTS.md, 2026-11-22 evening).
 */
import type { Csr } from '../csr/csr.ts';
import { csrFromGraph, type EdgeWeightGetter } from '../csr/csr-from-graph.ts';
import { csrPagerank } from '../csr/spectral.ts';
import { createNodeMetric } from './node-metric.ts';

export interface PagerankOptions {
  alpha: number;
  getEdgeWeight: EdgeWeightGetter;
  tolerance: number;
  maxIterations: number;
}

export const PAGERANK_DEFAULTS: PagerankOptions = {
  alpha: 0.85,
  getEdgeWeight: 'weight',
  tolerance: 1e-9,
  maxIterations: 1000,
};

export function checkIterationOptions(caller: string, tolerance: number, maxIterations: number): void {
  if (!(tolerance > 0)) throw new Error(`${caller}: tolerance must be > 0, got ${tolerance}`);
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new Error(`${caller}: maxIterations must be a positive integer, got ${maxIterations}`);
  }
}

export function csrPagerankWithOptions(csr: Csr, options: Omit<PagerankOptions, 'getEdgeWeight'>): Float64Array {
  if (!(options.alpha >= 0 && options.alpha < 1)) {
    throw new Error(`pagerank: alpha must be in [0, 1), got ${options.alpha}`);
  }
  checkIterationOptions('pagerank', options.tolerance, options.maxIterations);
  return csrPagerank(csr, options.alpha, {
    tolerance: options.tolerance,
    maxIterations: options.maxIterations,
    caller: 'pagerank',
  });
}

export const pagerank = createNodeMetric('pagerank', PAGERANK_DEFAULTS, (graph, options) => {
  const csr = csrFromGraph(graph, { getEdgeWeight: options.getEdgeWeight, caller: 'pagerank' });
  return { keys: csr.keys, values: csrPagerankWithOptions(csr, options) };
});
