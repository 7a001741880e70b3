/**
 * Turns graphs into the NetworkBundle the viewer draws: metrics, communities,
 * community summaries and a deterministic layout are computed once here and
 * written as node attributes of a copy, so the viewer's first paint computes
 * nothing. Browser-safe: the viewer's "open your own file" uses it in a worker.
 */
import Graph from 'graphology';
import type { Attributes, SerializedGraph } from 'graphology-types';
import { isGeneratedEdgeKey } from '../formats/network-graph.ts';
import {
  NODE_METRICS,
  clustering,
  computeNodeMetricColumns,
  coreNumber,
  degree,
  eigenvector,
  pagerank,
  strength,
  triangles,
  type NodeMapping,
} from '../analyse/metrics/index.ts';
import { describeCommunities, detectCommunities } from '../analyse/communities/index.ts';
import { computeLayout } from '../layout/compute-layout.ts';
import type { BundledNetwork, CommunitySummary, NetworkBundle, NetworkName } from './network-bundle.ts';

export interface BundleNetworkOptions {
  name: NetworkName;
  seed: number;
  /** ForceAtlas2 iterations; null lets the layout pick from the graph's size. */
  layoutIterations: number | null;
  /** Above this many nodes, skip the all-pairs path metrics (see computeMetrics). */
  pathMetricsUpTo: number;
  /** Called between the expensive steps, so a worker can report progress. */
  onProgress: ((step: BundleStep, done: number, total: number) => void) | null;
}

export type BundleStep = 'metrics' | 'communities' | 'layout' | 'export';

export const DEFAULTS: BundleNetworkOptions = {
  name: 'twin',
  seed: 1,
  layoutIterations: null,
  pathMetricsUpTo: 20_000,
  onProgress: null,
};

/** How many hubs each community summary lists, and the centrality that picks them. */
const HUBS_PER_COMMUNITY = 5;
const HUB_METRIC = 'degree';

/**
 * All ten node metrics, or — above `pathMetricsUpTo` nodes — the seven that
 * do not need all-pairs shortest paths (betweenness, closeness and harmonic
 * are O(n·m): minutes at 100k nodes, in a browser tab). Omitted metrics are
 * absent from metricNames rather than approximated.
 */
function computeMetrics(graph: Graph, pathMetricsUpTo: number): { names: string[]; values: Record<string, NodeMapping> } {
  const values: Record<string, NodeMapping> = {};
  if (graph.order <= pathMetricsUpTo) {
    const { keys, columns } = computeNodeMetricColumns(graph);
    for (const name of NODE_METRICS) {
      const mapping: NodeMapping = {};
      const column = columns[name];
      for (let i = 0; i < keys.length; i++) mapping[keys[i]!] = column[i]!;
      values[name] = mapping;
    }
    return { names: [...NODE_METRICS], values };
  }
  // Same modules and the same weight rule as computeNodeMetrics (weights for strength, PageRank, eigenvector).
  values.degree = degree(graph);
  values.strength = strength(graph, { getEdgeWeight: 'weight' });
  values.eigenvector = eigenvector(graph, { getEdgeWeight: 'weight' });
  values.pagerank = pagerank(graph, { getEdgeWeight: 'weight' });
  values.core = coreNumber(graph);
  values.triangles = triangles(graph);
  values.clustering = clustering(graph);
  return { names: NODE_METRICS.filter((name) => name in values), values };
}

/**
 * graphology's generated edge keys carry a per-process instance number, so a
 * graph built with addEdge would export differently on every run; those keys
 * are replaced by "e<position>" (skipping keys already taken).
 */
function withStableEdgeKeys(serialized: SerializedGraph): SerializedGraph {
  if (!serialized.edges.some((edge) => edge.key !== undefined && isGeneratedEdgeKey(edge.key))) return serialized;
  const taken = new Set(serialized.edges.flatMap((edge) => (edge.key !== undefined && !isGeneratedEdgeKey(edge.key) ? [edge.key] : [])));
  let next = 0;
  const edges = serialized.edges.map((edge) => {
    if (edge.key === undefined || !isGeneratedEdgeKey(edge.key)) return edge;
    while (taken.has(`e${next}`)) next++;
    const key = `e${next++}`;
    return { ...edge, key };
  });
  return { ...serialized, edges };
}

/** A label for every node: its own, else its name, else its key. */
function labelOf(node: string, attributes: Attributes): string {
  if (typeof attributes.label === 'string' && attributes.label) return attributes.label;
  if (typeof attributes.name === 'string' && attributes.name) return attributes.name;
  return node;
}

/**
 * Metrics, communities, summaries and layout for one graph, exported as a
 * BundledNetwork. The input graph is not modified.
 */
export function bundleNetwork(graph: Graph, options: Partial<BundleNetworkOptions> = {}): BundledNetwork {
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULTS)) throw new Error(`bundleNetwork: unknown option "${key}"`);
  }
  const opts = { ...DEFAULTS, ...options };
  const report = opts.onProgress ?? (() => {});
  const copy = graph.copy();

  report('metrics', 0, 4);
  const metrics = computeMetrics(copy, opts.pathMetricsUpTo);
  report('communities', 1, 4);
  const { communities, modularity } = detectCommunities(copy, { seed: opts.seed });
  const summaries = describeCommunities(copy, communities, {
    hubMetric: metrics.values[HUB_METRIC] ?? {},
    hubCount: HUBS_PER_COMMUNITY,
  });
  report('layout', 2, 4);
  const positions = computeLayout(copy, { seed: opts.seed, iterations: opts.layoutIterations });
  report('export', 3, 4);

  copy.updateEachNodeAttributes((node, attributes) => {
    const next: Attributes = { ...attributes, label: labelOf(node, attributes) };
    const position = positions[node];
    next.x = position?.x ?? 0;
    next.y = position?.y ?? 0;
    next.community = communities[node] ?? 0;
    for (const name of metrics.names) next[name] = metrics.values[name]?.[node] ?? 0;
    return next;
  });
  report('export', 4, 4);
  return {
    name: opts.name,
    graph: withStableEdgeKeys(copy.export()),
    metricNames: metrics.names,
    communities: summaries,
    modularity,
  };
}

export interface BundleNetworksOptions {
  title: string;
  sourceLines: Record<string, string>;
  seed: number;
}

/** Every given network in one bundle, each laid out and analysed with the same seed. */
export function bundleNetworks(
  graphs: Partial<Record<NetworkName, Graph>>,
  options: Partial<BundleNetworksOptions> = {},
): NetworkBundle {
  const defaults: BundleNetworksOptions = { title: 'vennskap', sourceLines: {}, seed: 1 };
  for (const key of Object.keys(options)) {
    if (!(key in defaults)) throw new Error(`bundleNetworks: unknown option "${key}"`);
  }
  const opts = { ...defaults, ...options };
  const networks: NetworkBundle['networks'] = {};
  for (const [name, graph] of Object.entries(graphs) as [NetworkName, Graph | undefined][]) {
    if (graph) networks[name] = bundleNetwork(graph, { name, seed: opts.seed });
  }
  return { format: 'vennskap-network-bundle', version: 1, title: opts.title, networks, sourceLines: opts.sourceLines };
}
