/**
 * Harmonic closeness, as NetworkX's `harmonic_centrality`: the
 * un-normalised sum of 1 / d(u, v) over the other nodes v that u reaches
 * (unreachable nodes add 0, which is why it suits disconnected networks
 * such as twin-town graphs better than closeness does).
 *
 * - Isolated node, single node → 0; empty graph → {}.
 * - getEdgeWeight: null (default) counts hops; otherwise weights are
 *   lengths; a node at distance 0 (zero-length edge) adds nothing, as in
 *   NetworkX.
 */
import type { Csr } from '../csr/csr.ts';
import { csrFromGraph, type EdgeWeightGetter } from '../csr/csr-from-graph.ts';
import { sumShortestPathsInChunks } from '../csr/path-chunks.ts';
import { createNodeMetric } from './node-metric.ts';

export interface HarmonicOptions {
  /** Edge lengths; null counts hops. */
  getEdgeWeight: EdgeWeightGetter;
}

export const HARMONIC_DEFAULTS: HarmonicOptions = { getEdgeWeight: null };

export function csrHarmonic(csr: Csr): Float64Array {
  return sumShortestPathsInChunks(csr.order, csr.offsets, csr.neighbours, csr.lengths, null, {
    betweenness: false,
    closeness: false,
    harmonic: true,
    eccentricity: false,
  }).harmonic!;
}

export const harmonic = createNodeMetric('harmonic', HARMONIC_DEFAULTS, (graph, options) => {
  const csr = csrFromGraph(graph, { getEdgeWeight: options.getEdgeWeight, caller: 'harmonic' });
  return { keys: csr.keys, values: csrHarmonic(csr) };
});
