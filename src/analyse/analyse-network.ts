/**
 * One analysis of one network, shared by the command line, the report, the
 * exports and the viewer's bundle: node metrics, Louvain communities and
 * their summaries. Computed once here so nothing is computed two ways.
 */
import type Graph from 'graphology-types';
import type { Attributes } from 'graphology-types';
import type { CommunitySummary } from '../graph/network-bundle.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { describeCommunities, detectCommunities, type CommunityAlgorithm } from './communities/index.ts';
import {
  NODE_METRICS,
  NODE_METRIC_TYPES,
  clustering,
  computeNodeMetricColumns,
  coreNumber,
  degree,
  eigenvector,
  pagerank,
  strength,
  triangles,
  type NodeMapping,
  type NodeMetricColumns,
  type NodeMetricName,
} from './metrics/index.ts';
import { nodeRecord } from '../formats/node-keyed.ts';

export interface AnalyseNetworkOptions {
  /** Community detection: 'louvain' (default) or 'leiden'. */
  algorithm: CommunityAlgorithm;
  seed: number;
  resolution: number;
  /** Above this many nodes, skip the all-pairs path metrics (betweenness, closeness, harmonic: O(n·m)). */
  pathMetricsUpTo: number;
  /** Betweenness pivots (null: exact). */
  pivots: number | null;
  hubCount: number;
  /** The metric that picks each community's hubs. */
  hubMetric: NodeMetricName;
}

export const ANALYSE_NETWORK_DEFAULTS: AnalyseNetworkOptions = {
  algorithm: 'louvain',
  seed: 1,
  resolution: 1,
  pathMetricsUpTo: 20_000,
  pivots: null,
  hubCount: 5,
  hubMetric: 'degree',
};

export interface NetworkAnalysis {
  /** The metrics computed (all ten unless the graph is above pathMetricsUpTo). */
  metricNames: NodeMetricName[];
  /** metric → node → value. */
  metrics: Partial<Record<NodeMetricName, NodeMapping>>;
  communities: Record<string, number>;
  modularity: number;
  summaries: CommunitySummary[];
}

export interface MetricMappings {
  names: NodeMetricName[];
  values: Partial<Record<NodeMetricName, NodeMapping>>;
}

/** metric → node → value, from the columns computeNodeMetricColumns (or its parallel twin) returns. */
export function mappingsFromColumns({ keys, columns }: NodeMetricColumns): MetricMappings {
  const values: Partial<Record<NodeMetricName, NodeMapping>> = {};
  for (const name of NODE_METRICS) {
    const mapping: NodeMapping = nodeRecord();
    const column = columns[name];
    for (let i = 0; i < keys.length; i++) mapping[keys[i]!] = column[i]!;
    values[name] = mapping;
  }
  return { names: [...NODE_METRICS], values };
}

/** 20000 → "20,000". */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * What a command says when a network is above pathMetricsUpTo (town, export;
 * rank refuses --by betweenness there): the metrics left out, the limit and the size.
 */
export function pathMetricsLeftOut(order: number, pathMetricsUpTo: number = ANALYSE_NETWORK_DEFAULTS.pathMetricsUpTo): string {
  return `betweenness, closeness and harmonic are left out: they need shortest paths between all pairs of nodes, computed up to ${thousands(pathMetricsUpTo)} nodes (this network has ${thousands(order)})`;
}

/** Whether a graph is small enough for the all-pairs path metrics (betweenness, closeness, harmonic). */
export const wantsPathMetrics = (graph: Graph, pathMetricsUpTo: number) => graph.order <= pathMetricsUpTo;

/** metric → node → value, for all ten metrics or the seven without all-pairs paths. */
export function computeMetricMappings(graph: Graph, options: { pathMetricsUpTo: number; pivots: number | null; seed: number }): MetricMappings {
  if (wantsPathMetrics(graph, options.pathMetricsUpTo)) {
    return mappingsFromColumns(computeNodeMetricColumns(graph, { pivots: options.pivots, seed: options.seed }));
  }
  const values: Partial<Record<NodeMetricName, NodeMapping>> = {};
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

/** Louvain communities and their summaries, with hubs picked by one of the given metrics. */
export function analyseCommunities(
  graph: Graph,
  metrics: MetricMappings,
  options: Pick<AnalyseNetworkOptions, 'seed' | 'resolution' | 'hubCount' | 'hubMetric'> & Partial<Pick<AnalyseNetworkOptions, 'algorithm'>>,
): Pick<NetworkAnalysis, 'communities' | 'modularity' | 'summaries'> {
  const { communities, modularity } = detectCommunities(graph, { algorithm: options.algorithm, seed: options.seed, resolution: options.resolution });
  const hubMetric = metrics.values[options.hubMetric] ?? metrics.values.degree ?? {};
  return { communities, modularity, summaries: describeCommunities(graph, communities, { hubMetric, hubCount: options.hubCount }) };
}

export function analyseNetwork(graph: Graph, options?: Partial<AnalyseNetworkOptions>): NetworkAnalysis {
  const o = resolveOptions('analyseNetwork', ANALYSE_NETWORK_DEFAULTS, options);
  const metrics = computeMetricMappings(graph, o);
  return { metricNames: metrics.names, metrics: metrics.values, ...analyseCommunities(graph, metrics, o) };
}

/** The types of the node attributes annotateGraph adds, for writers that declare types. */
export function annotationTypes(analysis: Pick<NetworkAnalysis, 'metricNames'>): Record<string, 'integer' | 'double'> {
  return { community: 'integer', ...Object.fromEntries(analysis.metricNames.map((name) => [name, NODE_METRIC_TYPES[name]])) };
}

/** A copy of the graph with every metric and the community written as node attributes (for exports and the viewer). */
export function annotateGraph(graph: Graph, analysis: NetworkAnalysis): Graph {
  const copy = graph.copy();
  copy.updateEachNodeAttributes((node, attributes) => {
    const next: Attributes = { ...attributes };
    if (typeof next.label !== 'string' || !next.label) next.label = typeof next.name === 'string' && next.name ? next.name : node;
    next.community = analysis.communities[node] ?? 0;
    for (const name of analysis.metricNames) next[name] = analysis.metrics[name]?.[node] ?? 0;
    return next;
  });
  return copy;
}
