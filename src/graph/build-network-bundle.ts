/**
 * Turns graphs into the NetworkBundle the viewer draws: metrics, communities,
 * community summaries and a deterministic layout are computed once here and
 * written as node attributes of a copy, so the viewer's first paint computes
 * nothing. Browser-safe: the viewer's "open your own file" uses it in a worker.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { isGeneratedEdgeKey } from '../formats/network-graph.ts';
import { analyseCommunities, annotateGraph, computeMetricMappings } from '../analyse/analyse-network.ts';
import { computeLayout } from '../layout/compute-layout.ts';
import type { BundledNetwork, NetworkBundle, NetworkName } from './network-bundle.ts';

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
  // The same analysis as the command line (analyse-network.ts): nothing is computed two ways.
  // Leiden, the command line's default (src/cli/algorithm-option.ts), so the viewer opens on `vennskap clusters`'s communities.
  // Above pathMetricsUpTo nodes, betweenness, closeness and harmonic are left out, not approximated.
  const metrics = computeMetricMappings(copy, { pathMetricsUpTo: opts.pathMetricsUpTo, pivots: null, seed: opts.seed });
  report('communities', 1, 4);
  const analysis = { metricNames: metrics.names, metrics: metrics.values, ...analyseCommunities(copy, metrics, { algorithm: 'leiden', seed: opts.seed, resolution: 1, hubCount: HUBS_PER_COMMUNITY, hubMetric: HUB_METRIC }) };
  const { modularity, summaries } = analysis;
  report('layout', 2, 4);
  const positions = computeLayout(copy, { seed: opts.seed, iterations: opts.layoutIterations });
  report('export', 3, 4);
  const annotated = annotateGraph(copy, analysis);
  annotated.updateEachNodeAttributes((node, attributes) => ({ ...attributes, x: positions[node]?.x ?? 0, y: positions[node]?.y ?? 0 }));
  report('export', 4, 4);
  return {
    name: opts.name,
    graph: withStableEdgeKeys(annotated.export()),
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
