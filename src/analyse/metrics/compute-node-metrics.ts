/**
 * Every node metric at once, and the whole-network summary, sharing work:
 * one CSR snapshot, one shortest-path pass for betweenness + closeness +
 * harmonic, one triangle count for triangles + clustering (+ transitivity).
 *
 * Each value equals what the single-metric module returns with the options
 * below — with one difference in defaults: here `getEdgeWeight` ('weight')
 * applies to strength, PageRank AND eigenvector (the "tie strength"
 * metrics), whereas eigenvector() alone defaults to unweighted as NetworkX
 * does. On a graph without weights the two agree. Path metrics use
 * `getEdgeLength` (default null: hops), because a strong tie is a short
 * distance, not a long one; pass a length attribute explicitly.
 *
 * For the node-only parallel version see ../../cli/node-metrics-on-workers.ts.
 */
import type Graph from 'graphology-types';
import type { Csr } from '../csr/csr.ts';
import { csrDegrees, csrStrengths } from '../csr/csr.ts';
import { csrFromGraph, type EdgeWeightGetter } from '../csr/csr-from-graph.ts';
import { closenessFromSums, type PathSums } from '../csr/shortest-paths.ts';
import { sumShortestPathsInChunks } from '../csr/path-chunks.ts';
import { csrComponents, csrCoreNumbers, csrTriangles } from '../csr/structure.ts';
import { rescaleBetweenness, samplePivots } from './betweenness.ts';
import { checkOptions } from './check-options.ts';
import { clusteringFromTriangles } from './clustering.ts';
import { csrEigenvectorWithOptions } from './eigenvector.ts';
import { csrDiameter, csrDiameterLowerBound, csrEndpointCorrelation, csrTransitivity } from './network-metrics.ts';
import { csrPagerankWithOptions } from './pagerank.ts';

export { NODE_METRICS, NODE_METRIC_TYPES, type NodeMetricName, type NodeMetrics } from './node-metric-names.ts';
import { NODE_METRICS, type NodeMetricName, type NodeMetrics } from './node-metric-names.ts';
import { nodeRecord } from '../../formats/node-keyed.ts';

/** All node metrics as columns over node indices, with the keys by index. */
export interface NodeMetricColumns {
  keys: readonly string[];
  columns: Record<NodeMetricName, Float64Array>;
}

export interface ComputeNodeMetricsOptions {
  /** Tie strength for strength, PageRank and eigenvector; null ignores weights. */
  getEdgeWeight: EdgeWeightGetter;
  /** Edge length for betweenness, closeness and harmonic; null counts hops. */
  getEdgeLength: EdgeWeightGetter;
  /** Betweenness normalisation (NetworkX's default: true). */
  normalized: boolean;
  /** Betweenness sources sampled (null: exact). Closeness and harmonic stay exact. */
  pivots: number | null;
  seed: number;
  /** PageRank damping. */
  alpha: number;
  /** Power-iteration tolerance for PageRank and eigenvector (per node, NetworkX's rule). */
  tolerance: number;
  maxIterations: number;
}

export const COMPUTE_NODE_METRICS_DEFAULTS: ComputeNodeMetricsOptions = {
  getEdgeWeight: 'weight',
  getEdgeLength: null,
  normalized: true,
  pivots: null,
  seed: 1,
  alpha: 0.85,
  tolerance: 1e-9,
  maxIterations: 10_000,
};

/** What the shortest-path pass needs, prepared once (and shipped to workers by src/cli/node-metrics-on-workers.ts). */
export interface PreparedNodeMetrics {
  options: ComputeNodeMetricsOptions;
  /** Snapshot weighted by getEdgeWeight. */
  csr: Csr;
  /** Snapshot whose `lengths` are the path lengths (null: hops). */
  pathCsr: Csr;
  /** Betweenness sources, or null for all nodes. */
  sources: Int32Array | null;
}

/**
 * prepareNodeMetrics for a snapshot already weighted by getEdgeWeight (an
 * edge list's), with path lengths in hops (getEdgeLength must be null).
 */
export function prepareNodeMetricsOfCsr(csr: Csr, options?: Partial<ComputeNodeMetricsOptions>): PreparedNodeMetrics {
  const resolved = checkOptions('computeNodeMetrics', options, COMPUTE_NODE_METRICS_DEFAULTS);
  if (resolved.getEdgeLength !== null) throw new Error('prepareNodeMetricsOfCsr: path lengths other than hops need a graph');
  const sources = samplePivots(csr.order, resolved.pivots, resolved.seed, 'computeNodeMetrics');
  return { options: resolved, csr, pathCsr: { ...csr, lengths: null }, sources };
}

export function prepareNodeMetrics(graph: Graph, options?: Partial<ComputeNodeMetricsOptions>): PreparedNodeMetrics {
  const resolved = checkOptions('computeNodeMetrics', options, COMPUTE_NODE_METRICS_DEFAULTS);
  const csr = csrFromGraph(graph, { getEdgeWeight: resolved.getEdgeWeight, caller: 'computeNodeMetrics' });
  let pathCsr: Csr;
  if (resolved.getEdgeLength === null) pathCsr = { ...csr, lengths: null };
  else if (resolved.getEdgeLength === resolved.getEdgeWeight) pathCsr = csr;
  else pathCsr = csrFromGraph(graph, { getEdgeWeight: resolved.getEdgeLength, caller: 'computeNodeMetrics' });
  const sources = samplePivots(csr.order, resolved.pivots, resolved.seed, 'computeNodeMetrics');
  return { options: resolved, csr, pathCsr, sources };
}

/**
 * The shortest-path sums for a prepared run in this thread: betweenness
 * over the (sampled) sources, closeness and harmonic over all nodes.
 */
export function sumPreparedPaths(prepared: PreparedNodeMetrics): PathSums {
  const { pathCsr: c, sources } = prepared;
  const all = { betweenness: true, closeness: true, harmonic: true, eccentricity: false };
  if (sources === null) {
    return sumShortestPathsInChunks(c.order, c.offsets, c.neighbours, c.lengths, null, all);
  }
  // Sampled betweenness: one pass over the pivots for betweenness, one
  // over every node for closeness and harmonic (which stay exact).
  const sampled = sumShortestPathsInChunks(c.order, c.offsets, c.neighbours, c.lengths, sources, {
    ...all,
    closeness: false,
    harmonic: false,
  });
  const exact = sumShortestPathsInChunks(c.order, c.offsets, c.neighbours, c.lengths, null, {
    ...all,
    betweenness: false,
  });
  return { ...exact, betweenness: sampled.betweenness };
}

/** Turns prepared data and path sums into the ten columns. */
export function finishNodeMetrics(prepared: PreparedNodeMetrics, paths: PathSums): NodeMetricColumns {
  const { csr, options, sources } = prepared;
  const triangleCounts = csrTriangles(csr);
  const betweenness = rescaleBetweenness(
    Float64Array.from(paths.betweenness!),
    csr.order,
    options.normalized,
    sources ? sources.length : null,
  );
  const iteration = { tolerance: options.tolerance, maxIterations: options.maxIterations };
  return {
    keys: csr.keys,
    columns: {
      degree: csrDegrees(csr),
      strength: csrStrengths(csr),
      betweenness,
      closeness: closenessFromSums(csr.order, paths.distanceSum!, paths.reached!),
      harmonic: paths.harmonic!,
      eigenvector: csrEigenvectorWithOptions(csr, iteration),
      pagerank: csrPagerankWithOptions(csr, { alpha: options.alpha, ...iteration }),
      core: Float64Array.from(csrCoreNumbers(csr)),
      triangles: triangleCounts,
      clustering: clusteringFromTriangles(csr, triangleCounts),
    },
  };
}

/** All node metrics as typed-array columns (cheapest form for tables and benchmarks). */
export function computeNodeMetricColumns(graph: Graph, options?: Partial<ComputeNodeMetricsOptions>): NodeMetricColumns {
  const prepared = prepareNodeMetrics(graph, options);
  return finishNodeMetrics(prepared, sumPreparedPaths(prepared));
}

/** Columns → `{ [node]: { degree, strength, ... } }`. */
export function nodeMetricsFromColumns({ keys, columns }: NodeMetricColumns): Record<string, NodeMetrics> {
  const result: Record<string, NodeMetrics> = nodeRecord();
  for (let i = 0; i < keys.length; i++) {
    const row = {} as NodeMetrics;
    for (const name of NODE_METRICS) row[name] = columns[name][i]!;
    result[keys[i]!] = row;
  }
  return result;
}

/** All node metrics, `{ [node]: { degree, strength, betweenness, ... } }`. */
export function computeNodeMetrics(graph: Graph, options?: Partial<ComputeNodeMetricsOptions>): Record<string, NodeMetrics> {
  return nodeMetricsFromColumns(computeNodeMetricColumns(graph, options));
}

/** The whole-network summary (see network-metrics.ts for each definition). */
export interface NetworkMetrics {
  order: number;
  size: number;
  density: number;
  transitivity: number;
  averageClustering: number;
  components: number;
  largestComponentSize: number;
  /** Hop diameter of the largest component (a lower bound when diameterIsLowerBound). */
  diameter: number;
  /** True above `exactDiameterUpTo` nodes, where the diameter is a two-sweep lower bound (see csrDiameterLowerBound). */
  diameterIsLowerBound: boolean;
  /** Newman's r over degrees; null when undefined (no edges, regular graph). */
  degreeAssortativity: number | null;
}

/** Above this many nodes the exact diameter search can take hours; a two-sweep lower bound is given instead. */
export const EXACT_DIAMETER_UP_TO = 20_000;

export function computeNetworkMetrics(graph: Graph, options: { exactDiameterUpTo?: number } = {}): NetworkMetrics {
  return csrNetworkMetrics(csrFromGraph(graph, { caller: 'computeNetworkMetrics' }), options);
}

/** The whole-network summary of a snapshot (computeNetworkMetrics without the graphology graph). */
export function csrNetworkMetrics(csr: Csr, options: { exactDiameterUpTo?: number } = {}): NetworkMetrics {
  const exactDiameterUpTo = options.exactDiameterUpTo ?? EXACT_DIAMETER_UP_TO;
  const n = csr.order;
  const triangleCounts = csrTriangles(csr);
  const clustering = clusteringFromTriangles(csr, triangleCounts);
  let clusteringSum = 0;
  for (const c of clustering) clusteringSum += c;
  const components = csrComponents(csr);
  return {
    order: n,
    size: csr.size,
    density: n <= 1 ? 0 : (2 * csr.size) / (n * (n - 1)),
    transitivity: csrTransitivity(csr, triangleCounts),
    averageClustering: n === 0 ? 0 : clusteringSum / n,
    components: components.length,
    largestComponentSize: components[0]?.length ?? 0,
    diameter: n <= exactDiameterUpTo ? csrDiameter(csr, components) : csrDiameterLowerBound(csr, components),
    diameterIsLowerBound: n > exactDiameterUpTo,
    degreeAssortativity: csrEndpointCorrelation(csr, csrDegrees(csr)),
  };
}
