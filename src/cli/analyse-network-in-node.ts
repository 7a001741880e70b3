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
import { csrOfEdgeList, edgeListDegrees, edgeListStrengths, type EdgeListNetwork } from '../graph/edge-list-network.ts';
import type { Csr } from '../analyse/csr/csr.ts';
import { csrCoreNumbers } from '../analyse/csr/structure.ts';
import { csrEigenvectorWithOptions, EIGENVECTOR_DEFAULTS } from '../analyse/metrics/eigenvector.ts';
import { csrPagerankWithOptions, PAGERANK_DEFAULTS } from '../analyse/metrics/pagerank.ts';
import { NODE_METRICS, PATH_METRICS, type NodeMetricName } from '../analyse/metrics/node-metric-names.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { progress } from './output.ts';
import { UsageError } from './parse-command-line.ts';
import { ONE_CHUNK_UP_TO } from '../analyse/csr/path-chunks.ts';
import { nodeRecord } from '../formats/node-keyed.ts';

/**
 * Up to this many nodes the shortest-path pass takes milliseconds and is one
 * chunk: no workers. Above it the pass runs in fixed chunks on worker
 * threads, with the same result to the bit as one thread (path-chunks.ts,
 * pathChunkSize); VENNSKAP_THREADS=N caps the threads (1: this thread).
 */
const PARALLEL_ABOVE = ONE_CHUNK_UP_TO;

/** The worker threads the environment allows (VENNSKAP_THREADS), or undefined for one per core. */
function threadsAllowed(): number | undefined {
  const value = process.env.VENNSKAP_THREADS;
  if (value === undefined || value === '') return undefined;
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1) throw new UsageError(`VENNSKAP_THREADS must be a whole number of threads (1 or more), got "${value}"`);
  return threads;
}

export async function computeMetricMappingsInNode(graph: Graph, options: { pathMetricsUpTo: number; pivots: number | null; seed: number }): Promise<MetricMappings> {
  if (graph.order > PARALLEL_ABOVE && wantsPathMetrics(graph, options.pathMetricsUpTo)) {
    progress(`computing shortest paths for ${graph.order} nodes on worker threads`);
    return mappingsFromColumns(await computeNodeMetricColumnsParallel(graph, { pivots: options.pivots, seed: options.seed }, { threads: threadsAllowed() }));
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
 * The node metric columns of a snapshot (computeMetricMappingsInNode's
 * metrics, the same kernels and options): all ten, or the seven without
 * all-pairs paths above pathMetricsUpTo (their columns are then zeros and
 * not named).
 */
async function csrMetricColumns(csr: Csr, o: Pick<AnalyseNetworkOptions, 'pathMetricsUpTo' | 'pivots' | 'seed'>): Promise<{ columns: NodeMetricColumns; names: NodeMetricName[] }> {
  const prepared = prepareNodeMetricsOfCsr(csr, { pivots: o.pivots, seed: o.seed });
  const n = csr.order;
  const withPaths = n <= o.pathMetricsUpTo;
  let columns: NodeMetricColumns;
  if (withPaths && n > PARALLEL_ABOVE) {
    progress(`computing shortest paths for ${n} nodes on worker threads`);
    columns = await computeNodeMetricColumnsParallel(prepared, undefined, { threads: threadsAllowed() });
  } else if (withPaths) {
    columns = finishNodeMetrics(prepared, sumPreparedPaths(prepared));
  } else {
    // Above pathMetricsUpTo the three path metrics are left out, as computeMetricMappings does.
    const zeros = () => new Float64Array(n);
    columns = finishNodeMetrics(prepared, { betweenness: zeros(), distanceSum: zeros(), reached: zeros(), harmonic: zeros(), eccentricity: null });
  }
  return { columns, names: withPaths ? [...NODE_METRICS] : NODE_METRICS.filter((name) => !PATH_METRICS.includes(name)) };
}

/**
 * One node metric of an edge list as a column over its nodes (`vennskap
 * rank --input`), the value rank computes on a graph: degree and strength
 * from the edge arrays; eigenvector, PageRank and core numbers on the
 * snapshot with their single-metric options; the path metrics as
 * csrMetricColumns. Null when the metric is not computed at this size (a
 * path metric above pathMetricsUpTo). No graphology graph.
 */
export async function edgeListMetricColumn(
  edgeList: EdgeListNetwork,
  name: NodeMetricName,
  options: Pick<AnalyseNetworkOptions, 'pathMetricsUpTo' | 'seed'>,
): Promise<ArrayLike<number> | null> {
  if (name === 'degree') return edgeListDegrees(edgeList);
  if (name === 'strength') return edgeListStrengths(edgeList);
  const n = edgeList.keys.length;
  if (PATH_METRICS.includes(name) && n > options.pathMetricsUpTo) return null;
  const csr = csrOfEdgeList(edgeList);
  if (name === 'eigenvector') return csrEigenvectorWithOptions(csr, EIGENVECTOR_DEFAULTS);
  if (name === 'pagerank') return csrPagerankWithOptions(csr, PAGERANK_DEFAULTS);
  if (name === 'core') return csrCoreNumbers(csr);
  const { columns } = await csrMetricColumns(csr, { pathMetricsUpTo: options.pathMetricsUpTo, pivots: null, seed: options.seed });
  return columns.columns[name];
}

/** analyseEdgeListInNode's results over node indices: columns and a membership array, no per-node records. */
export interface EdgeListAnalysis {
  metricNames: NodeMetricName[];
  /** All ten columns (the left-out path metrics as zeros, not named in metricNames). */
  columns: NodeMetricColumns['columns'];
  membership: Int32Array;
  modularity: number;
  summaries: NetworkAnalysis['summaries'];
}

/**
 * analyseNetworkInNode for an edge list, on its CSR snapshot: the same
 * metrics (the same kernels, weights and options), communities from
 * findCsrCommunities (so `export`, `stats` and `clusters` agree for a seed)
 * and summaries by describeCsrCommunities. No graphology graph is read.
 */
export async function analyseEdgeListColumns(edgeList: EdgeListNetwork, options?: Partial<AnalyseNetworkOptions>): Promise<EdgeListAnalysis> {
  const o = resolveOptions('analyseEdgeListInNode', ANALYSE_NETWORK_DEFAULTS, options);
  const csr = csrOfEdgeList(edgeList);
  const { columns, names } = await csrMetricColumns(csr, o);
  progress('finding communities');
  const result = findCsrCommunities(csr, { algorithm: o.algorithm, seed: o.seed, resolution: o.resolution });
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
  return { metricNames: names, columns: columns.columns, membership: result.membership, modularity: result.modularity, summaries };
}

/** analyseEdgeListColumns as node-keyed records (the shape export annotates a graph with). */
export async function analyseEdgeListInNode(edgeList: EdgeListNetwork, options?: Partial<AnalyseNetworkOptions>): Promise<NetworkAnalysis> {
  const analysis = await analyseEdgeListColumns(edgeList, options);
  const { keys } = edgeList;
  const record = (column: ArrayLike<number>) => {
    const mapping: Record<string, number> = nodeRecord();
    for (let i = 0; i < keys.length; i++) mapping[keys[i]!] = column[i]!;
    return mapping;
  };
  const metrics = Object.fromEntries(analysis.metricNames.map((name) => [name, record(analysis.columns[name])]));
  return { metricNames: analysis.metricNames, metrics, communities: record(analysis.membership), modularity: analysis.modularity, summaries: analysis.summaries };
}
