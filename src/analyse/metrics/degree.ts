/**
 * Degree and strength (weighted degree), as NetworkX's `G.degree()` and
 * `G.degree(weight=...)`.
 *
 * - Every edge counts, parallel edges included; a self-loop counts twice
 *   (it touches the node at both ends).
 * - strength: the sum of incident edge weights, a self-loop's twice; a
 *   missing weight counts 1, so on an unweighted graph strength = degree.
 * - Empty graph → {}; isolated node → 0. Directed edges are rejected
 *   (see csr-from-graph.ts).
 */
import type Graph from 'graphology-types';
import { csrStrengths } from '../csr/csr.ts';
import { assertUndirected, csrFromGraph, indexNodes, type EdgeWeightGetter } from '../csr/csr-from-graph.ts';
import { createNodeMetric } from './node-metric.ts';

export const DEGREE_DEFAULTS = {};

export interface StrengthOptions {
  /** Attribute name or function giving each edge's weight; null weighs every edge 1. */
  getEdgeWeight: EdgeWeightGetter;
}

export const STRENGTH_DEFAULTS: StrengthOptions = { getEdgeWeight: 'weight' };

/** Incident edges per node, in graph order (a self-loop counts twice). */
export function computeDegrees(graph: Graph): { keys: string[]; values: Float64Array } {
  assertUndirected('degree', graph);
  const { keys, index } = indexNodes(graph);
  const values = new Float64Array(keys.length);
  graph.forEachEdge((_edge, _attributes, source, target) => {
    values[index.get(source)!]!++;
    values[index.get(target)!]!++;
  });
  return { keys, values };
}

/**
 * Strength through the snapshot every other path uses (csrStrengths: parallel
 * edges summed per pair, self-loops last), so `rank --by strength` and the
 * strength in stats, town, export and reports are the same float bits. (Summed
 * edge by edge instead, a node with a fractional self-loop weight could
 * differ in the last bit between them.)
 */
export function computeStrengths(graph: Graph, options: StrengthOptions): { keys: readonly string[]; values: Float64Array } {
  const csr = csrFromGraph(graph, { getEdgeWeight: options.getEdgeWeight, caller: 'strength' });
  return { keys: csr.keys, values: csrStrengths(csr) };
}

export const degree = createNodeMetric('degree', DEGREE_DEFAULTS, (graph) => computeDegrees(graph));
export const strength = createNodeMetric('strength', STRENGTH_DEFAULTS, computeStrengths);
