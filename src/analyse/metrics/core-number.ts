/**
 * k-core number (Batagelj–Zaversnik), as NetworkX's `core_number`: the
 * largest k such that the node belongs to a subgraph where every node has
 * degree >= k.
 *
 * - Degrees are counted on the simple graph: parallel edges once,
 *   self-loops ignored (NetworkX refuses graphs with self-loops; dropping
 *   them is what `G.remove_edges_from(nx.selfloop_edges(G))` would do).
 * - Isolated node → 0; empty graph → {}.
 */
import { csrFromGraph } from '../csr/csr-from-graph.ts';
import { csrCoreNumbers } from '../csr/structure.ts';
import { createNodeMetric } from './node-metric.ts';

export const CORE_DEFAULTS = {};

export const coreNumber = createNodeMetric('core', CORE_DEFAULTS, (graph) => {
  const csr = csrFromGraph(graph, { caller: 'core' });
  return { keys: csr.keys, values: csrCoreNumbers(csr) };
});
