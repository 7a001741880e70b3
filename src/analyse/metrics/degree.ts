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
import {
  assertUndirected,
  indexNodes,
  readEdgeWeight,
  type EdgeWeightFunction,
  type EdgeWeightGetter,
} from '../csr/csr-from-graph.ts';
import { createNodeMetric } from './node-metric.ts';

export const DEGREE_DEFAULTS = {};

export interface StrengthOptions {
  /** Attribute name or function giving each edge's weight; null weighs every edge 1. */
  getEdgeWeight: EdgeWeightGetter;
}

export const STRENGTH_DEFAULTS: StrengthOptions = { getEdgeWeight: 'weight' };

/** Sum, per node in graph order, of a per-edge value over incident edges (self-loops twice). */
function sumIncident(graph: Graph, caller: string, getEdgeWeight: EdgeWeightGetter) {
  assertUndirected(caller, graph);
  const { keys, index } = indexNodes(graph);
  const values = new Float64Array(keys.length);
  graph.forEachEdge((edge, attributes, source, target) => {
    let w = 1;
    if (getEdgeWeight !== null) {
      const raw = typeof getEdgeWeight === 'string'
        ? attributes[getEdgeWeight]
        : (getEdgeWeight as EdgeWeightFunction)(edge, attributes, source, target);
      w = readEdgeWeight(caller, edge, raw);
    }
    values[index.get(source)!]! += w;
    values[index.get(target)!]! += w;
  });
  return { keys, values };
}

export function computeDegrees(graph: Graph): { keys: string[]; values: Float64Array } {
  return sumIncident(graph, 'degree', null);
}

export function computeStrengths(graph: Graph, options: StrengthOptions): { keys: string[]; values: Float64Array } {
  return sumIncident(graph, 'strength', options.getEdgeWeight);
}

export const degree = createNodeMetric('degree', DEGREE_DEFAULTS, (graph) => computeDegrees(graph));
export const strength = createNodeMetric('strength', STRENGTH_DEFAULTS, computeStrengths);
