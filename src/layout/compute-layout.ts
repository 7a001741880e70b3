/**
 * A deterministic ForceAtlas2 layout: seeded initial positions, settings
 * inferred from the graph's size (Barnes–Hut above `barnesHutThreshold`
 * nodes), a fixed number of iterations. Same graph + seed → identical
 * coordinates, so the bundle written by the CLI is byte-for-byte repeatable.
 */
import type Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { createRng } from '../analyse/random.ts';
import { checkOptionKeys } from './check-options.ts';
import { nodeRecord, positionKeyed } from '../formats/node-keyed.ts';

export type LayoutMapping = Record<string, { x: number; y: number }>;

export interface ComputeLayoutOptions {
  seed: number;
  /** Iterations of ForceAtlas2; null picks a count from the graph's size. */
  iterations: number | null;
  /** Above this many nodes, Barnes–Hut approximates repulsion (O(n log n)). */
  barnesHutThreshold: number;
  /** Edge attribute used as weight; null for unweighted. */
  weightAttribute: string | null;
  /** Settings that override the inferred ones. */
  settings: ForceAtlas2Settings;
}

export const DEFAULTS: ComputeLayoutOptions = {
  seed: 1,
  iterations: null,
  barnesHutThreshold: 2000,
  weightAttribute: 'weight',
  settings: {},
};

/**
 * Settings shared by the one-shot layout and the viewer's live worker, so the
 * "continue layout" button keeps refining the same layout rather than a different one.
 */
export function inferLayoutSettings(
  order: number,
  barnesHutThreshold = DEFAULTS.barnesHutThreshold,
): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(order),
    barnesHutOptimize: order > barnesHutThreshold,
  };
}

/** Fewer iterations on bigger graphs: each costs O(n log n) and converges sooner per node. */
export function pickIterationCount(order: number): number {
  if (order <= 500) return 500;
  if (order <= 5000) return 200;
  if (order <= 50_000) return 100;
  return 50;
}

/**
 * Seeded start positions on a disc whose area grows with the node count, so the
 * initial density is the same at every size and FA2 needs no warm-up.
 * Nodes are visited in the graph's insertion order, which is part of the input.
 */
export function seedPositions(graph: Graph, seed: number): LayoutMapping {
  const rng = createRng(seed);
  const radius = 10 * Math.sqrt(Math.max(graph.order, 1));
  const positions: LayoutMapping = nodeRecord();
  graph.forEachNode((node) => {
    const r = radius * Math.sqrt(rng());
    const theta = 2 * Math.PI * rng();
    positions[node] = { x: r * Math.cos(theta), y: r * Math.sin(theta) };
  });
  return positions;
}

function runLayout(graph: Graph, options: Partial<ComputeLayoutOptions>): LayoutMapping {
  checkOptionKeys('computeLayout', DEFAULTS, options);
  const opts = { ...DEFAULTS, ...options };
  if (!Number.isInteger(opts.seed)) throw new Error(`computeLayout: seed must be an integer, got ${opts.seed}`);
  const start = seedPositions(graph, opts.seed);
  if (graph.order === 0) return {};
  if (graph.size === 0) return start;

  // Work on a structural copy carrying only positions and weights, so the
  // caller's graph is untouched and stale x/y attributes cannot leak in.
  const work = graph.emptyCopy();
  work.forEachNode((node) => work.replaceNodeAttributes(node, { ...start[node]! }));
  const weightAttribute = opts.weightAttribute;
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    const weight = weightAttribute === null ? 1 : Number(attributes[weightAttribute] ?? 1);
    const data = { weight: Number.isFinite(weight) && weight > 0 ? weight : 1 };
    if (undirected) work.addUndirectedEdgeWithKey(edge, source, target, data);
    else work.addDirectedEdgeWithKey(edge, source, target, data);
  });

  const iterations = opts.iterations ?? pickIterationCount(graph.order);
  const settings = { ...inferLayoutSettings(graph.order, opts.barnesHutThreshold), ...opts.settings };
  // ForceAtlas2 indexes nodes in plain objects: see positionKeyed.
  const input = positionKeyed(work);
  return input.restore(forceAtlas2(input.graph, { iterations, settings, getEdgeWeight: weightAttribute === null ? null : 'weight' }));
}

/** Positions for every node of `graph`, keyed by node. */
export function computeLayout(graph: Graph, options: Partial<ComputeLayoutOptions> = {}): LayoutMapping {
  return runLayout(graph, options);
}

/** Writes `x` and `y` node attributes. */
computeLayout.assign = function assignLayout(graph: Graph, options: Partial<ComputeLayoutOptions> = {}): void {
  const positions = runLayout(graph, options);
  for (const [node, { x, y }] of Object.entries(positions)) graph.mergeNodeAttributes(node, { x, y });
};
