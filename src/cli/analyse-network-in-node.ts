/**
 * Node-only: analyseNetwork with the all-pairs shortest-path pass (betweenness,
 * closeness, harmonic) spread over worker threads once a graph is big enough
 * for that to pay; small graphs (the Norway networks) stay on one thread,
 * where starting workers would cost more than it saves.
 */
import type Graph from 'graphology-types';
import {
  analyseCommunities,
  ANALYSE_NETWORK_DEFAULTS,
  computeMetricMappings,
  mappingsFromColumns,
  wantsPathMetrics,
  type AnalyseNetworkOptions,
  type MetricMappings,
  type NetworkAnalysis,
} from '../analyse/analyse-network.ts';
import { computeNodeMetricColumnsParallel } from './node-metrics-on-workers.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { progress } from './output.ts';

/** Below this many nodes the shortest-path pass takes milliseconds: no workers. */
const PARALLEL_ABOVE = 2_000;

export async function computeMetricMappingsInNode(graph: Graph, options: { pathMetricsUpTo: number; pivots: number | null; seed: number }): Promise<MetricMappings> {
  if (graph.order > PARALLEL_ABOVE && wantsPathMetrics(graph, options.pathMetricsUpTo)) {
    progress(`computing shortest paths for ${graph.order} nodes on worker threads`);
    return mappingsFromColumns(await computeNodeMetricColumnsParallel(graph, { pivots: options.pivots, seed: options.seed }));
  }
  return computeMetricMappings(graph, options);
}

export async function analyseNetworkInNode(graph: Graph, options?: Partial<AnalyseNetworkOptions>): Promise<NetworkAnalysis> {
  const o = resolveOptions('analyseNetworkInNode', ANALYSE_NETWORK_DEFAULTS, options);
  const metrics = await computeMetricMappingsInNode(graph, o);
  progress('finding communities');
  return { metricNames: metrics.names, metrics: metrics.values, ...analyseCommunities(graph, metrics, o) };
}
