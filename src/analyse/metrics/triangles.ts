/**
 * Triangles through each node, as NetworkX's `triangles`.
 *
 * - Counted on the simple graph: parallel edges once, self-loops ignored
 *   (NetworkX rejects multigraphs here and skips self-loops).
 * - Empty graph → {}; nodes of degree < 2 → 0.
 */
import { csrFromGraph } from '../csr/csr-from-graph.ts';
import { csrTriangles } from '../csr/structure.ts';
import { createNodeMetric } from './node-metric.ts';

export const TRIANGLES_DEFAULTS = {};

export const triangles = createNodeMetric('triangles', TRIANGLES_DEFAULTS, (graph) => {
  const csr = csrFromGraph(graph, { caller: 'triangles' });
  return { keys: csr.keys, values: csrTriangles(csr) };
});
