/**
 * The metrics engine: node metrics (graphology shape: `metric(graph,
 * options)` → `{ [node]: value }`, `metric.assign(graph, options)`),
 * whole-network metrics, and the all-at-once runners. Every value follows
 * NetworkX's definition on undirected graphs; see each module's comment for
 * edge cases. Browser-safe; the node-only parallel runner lives in
 * ../../cli/node-metrics-on-workers.ts.
 */
export { checkOptions } from './check-options.ts';
export type { NodeMapping, NodeMetric } from './node-metric.ts';
export type { EdgeWeightFunction, EdgeWeightGetter } from '../csr/csr-from-graph.ts';

export { degree, strength, type StrengthOptions } from './degree.ts';
export { betweenness, type BetweennessOptions } from './betweenness.ts';
export { closeness, type ClosenessOptions } from './closeness.ts';
export { harmonic, type HarmonicOptions } from './harmonic.ts';
export { eigenvector, type EigenvectorOptions } from './eigenvector.ts';
export { pagerank, type PagerankOptions } from './pagerank.ts';
export { coreNumber } from './core-number.ts';
export { triangles } from './triangles.ts';
export { clustering } from './clustering.ts';

export {
  attributeAssortativity,
  csrAttributeAssortativity,
  averageClustering,
  connectedComponents,
  degreeAssortativity,
  density,
  diameter,
  largestComponent,
  transitivity,
  type DegreeAssortativityOptions,
} from './network-metrics.ts';

export {
  COMPUTE_NODE_METRICS_DEFAULTS,
  NODE_METRICS,
  NODE_METRIC_TYPES,
  computeNetworkMetrics,
  csrNetworkMetrics,
  computeNodeMetricColumns,
  computeNodeMetrics,
  nodeMetricsFromColumns,
  type ComputeNodeMetricsOptions,
  type NetworkMetrics,
  type NodeMetricColumns,
  type NodeMetricName,
  type NodeMetrics,
} from './compute-node-metrics.ts';
