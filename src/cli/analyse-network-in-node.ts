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
import { describeCsrCommunities, findCsrCommunities } from '../analyse/csr-communities.ts';
import { finishNodeMetrics, prepareNodeMetricsOfCsr, sumPreparedPaths, type NodeMetricColumns } from '../analyse/metrics/compute-node-metrics.ts';
import { csrOfEdgeList, type EdgeListNetwork } from '../graph/edge-list-network.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { progress } from './output.ts';
import { nodeRecord } from '../formats/node-keyed.ts';

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

/**
 * analyseNetworkInNode for an edge list, on its CSR snapshot: the same
 * metrics (the same kernels, weights and options), communities from
 * findCsrCommunities (so `export`, `stats` and `clusters` agree for a seed)
 * and summaries by describeCsrCommunities. No graphology graph is read.
 */
export async function analyseEdgeListInNode(edgeList: EdgeListNetwork, options?: Partial<AnalyseNetworkOptions>): Promise<NetworkAnalysis> {
  const o = resolveOptions('analyseEdgeListInNode', ANALYSE_NETWORK_DEFAULTS, options);
  const csr = csrOfEdgeList(edgeList);
  const prepared = prepareNodeMetricsOfCsr(csr, { pivots: o.pivots, seed: o.seed });
  const n = csr.order;
  const withPaths = n <= o.pathMetricsUpTo;
  let columns: NodeMetricColumns;
  if (withPaths && n > PARALLEL_ABOVE) {
    progress(`computing shortest paths for ${n} nodes on worker threads`);
    columns = await computeNodeMetricColumnsParallel(prepared);
  } else if (withPaths) {
    columns = finishNodeMetrics(prepared, sumPreparedPaths(prepared));
  } else {
    // Above pathMetricsUpTo the three path metrics are left out, as computeMetricMappings does.
    const zeros = () => new Float64Array(n);
    columns = finishNodeMetrics(prepared, { betweenness: zeros(), distanceSum: zeros(), reached: zeros(), harmonic: zeros(), eccentricity: null });
  }
  const all = mappingsFromColumns(columns);
  const names = withPaths ? all.names : all.names.filter((name) => !['betweenness', 'closeness', 'harmonic'].includes(name));
  const values = Object.fromEntries(names.map((name) => [name, all.values[name]!]));
  progress('finding communities');
  const result = findCsrCommunities(csr, { algorithm: o.algorithm, seed: o.seed, resolution: o.resolution });
  const communities: Record<string, number> = nodeRecord();
  for (let i = 0; i < n; i++) communities[csr.keys[i]!] = result.membership[i]!;
  const text = (i: number, attribute: string) => {
    const value: unknown = edgeList.nodeAttributes?.[i]?.[attribute];
    return typeof value === 'string' ? value : undefined;
  };
  const summaries = describeCsrCommunities(csr, result, {
    hubMetric: columns.columns[names.includes(o.hubMetric) ? o.hubMetric : 'degree'],
    hubCount: o.hubCount,
    nameOf: (i) => text(i, 'name'),
    countryOf: (i) => edgeList.nodeAttributes?.[i]?.country,
  });
  return { metricNames: names, metrics: values, communities, modularity: result.modularity, summaries };
}
