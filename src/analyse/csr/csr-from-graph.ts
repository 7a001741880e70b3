/**
 * Snapshot a graphology graph into a {@link Csr}.
 *
 * Directed edges are rejected: vennskap's networks are undirected (a
 * twinning is mutual), and NetworkX's directed variants of these metrics
 * are different measures, so silently symmetrising would give numbers no
 * reference agrees with. Mixed graphs whose edges are all undirected (what
 * GEXF/GraphML parsers produce by default) are accepted.
 */
import type Graph from 'graphology-types';
import type { Attributes } from 'graphology-types';
import { csrFromEdgeArrays, type Csr } from './csr.ts';

/** Reads one edge's weight from its key, attributes and ends. */
export type EdgeWeightFunction = (edge: string, attributes: Attributes, source: string, target: string) => number;

/**
 * Where edge weights come from: an attribute name, a function, or null for
 * "every edge weighs 1". A missing (undefined or null) attribute counts 1,
 * as in NetworkX and graphology; any other value must be a finite number >= 0.
 */
export type EdgeWeightGetter = string | EdgeWeightFunction | null;

export interface CsrFromGraphOptions {
  /** Edge weights; null (default) builds an unweighted snapshot. */
  getEdgeWeight?: EdgeWeightGetter;
  /** Name used in error messages (the metric that asked). */
  caller?: string;
}

/** Throws unless `value` is a usable edge weight; returns it (missing → 1). */
export function readEdgeWeight(caller: string, edge: string, value: unknown): number {
  if (value === undefined || value === null) return 1;
  if (typeof value !== 'number' || !(value >= 0) || value === Infinity) {
    throw new Error(`${caller}: edge "${edge}" has weight ${JSON.stringify(value)}; weights must be finite numbers >= 0`);
  }
  return value;
}

/** Throws when the graph holds directed edges (see the module comment). */
export function assertUndirected(caller: string, graph: Graph): void {
  if (graph.directedSize > 0) {
    throw new Error(
      `${caller}: the graph has ${graph.directedSize} directed edge(s); these metrics are defined for undirected graphs`,
    );
  }
}

/** Node key → index in graph iteration order, and the keys by index. */
export function indexNodes(graph: Graph): { keys: string[]; index: Map<string, number> } {
  const keys = new Array<string>(graph.order);
  const index = new Map<string, number>();
  let i = 0;
  graph.forEachNode((node) => {
    keys[i] = node;
    index.set(node, i++);
  });
  return { keys, index };
}

export function csrFromGraph(graph: Graph, options: CsrFromGraphOptions = {}): Csr {
  const caller = options.caller ?? 'csrFromGraph';
  const getEdgeWeight = options.getEdgeWeight ?? null;
  assertUndirected(caller, graph);
  const { keys, index } = indexNodes(graph);
  const m = graph.size;
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const weights = getEdgeWeight === null ? null : new Float64Array(m);
  let e = 0;
  graph.forEachEdge((edge, attributes, source, target) => {
    sources[e] = index.get(source)!;
    targets[e] = index.get(target)!;
    if (weights) {
      const raw = typeof getEdgeWeight === 'string'
        ? attributes[getEdgeWeight]
        : (getEdgeWeight as EdgeWeightFunction)(edge, attributes, source, target);
      weights[e] = readEdgeWeight(caller, edge, raw);
    }
    e++;
  });
  return csrFromEdgeArrays(sources, targets, keys.length, weights, keys);
}
