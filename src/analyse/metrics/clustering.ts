/**
 * Local clustering coefficient, as NetworkX's (unweighted) `clustering`:
 * the share of pairs of a node's neighbours that are themselves linked,
 * 2·T(u) / (d(u)·(d(u) - 1)).
 *
 * - d is the simple-graph degree (distinct neighbours, self-loops left
 *   out), T the triangle count — both as NetworkX computes them.
 * - Degree < 2 → 0 (NetworkX's convention); empty graph → {}.
 * - graphology has no clustering coefficient, hence this module.
 */
import type { Csr } from '../csr/csr.ts';
import { csrFromGraph } from '../csr/csr-from-graph.ts';
import { csrSimpleDegrees, csrTriangles } from '../csr/structure.ts';
import { createNodeMetric } from './node-metric.ts';

export const CLUSTERING_DEFAULTS = {};

/** Clustering from precomputed triangles (computeNodeMetrics shares them). */
export function clusteringFromTriangles(csr: Csr, triangleCounts: ArrayLike<number>): Float64Array {
  const degrees = csrSimpleDegrees(csr);
  const values = new Float64Array(csr.order);
  for (let i = 0; i < csr.order; i++) {
    const d = degrees[i]!;
    values[i] = d < 2 ? 0 : (2 * triangleCounts[i]!) / (d * (d - 1));
  }
  return values;
}

export const clustering = createNodeMetric('clustering', CLUSTERING_DEFAULTS, (graph) => {
  const csr = csrFromGraph(graph, { caller: 'clustering' });
  return { keys: csr.keys, values: clusteringFromTriangles(csr, csrTriangles(csr)) };
});
