/** The node metrics computeNodeMetrics gives, with their value types; no code, so the ranking and the writers can import it cheaply. */
export const NODE_METRICS = [
  'degree',
  'strength',
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'core',
  'triangles',
  'clustering',
] as const;

export type NodeMetricName = (typeof NODE_METRICS)[number];

/** The metrics that need shortest paths between all pairs: left out above `pathMetricsUpTo` nodes (analyse-network.ts). */
export const PATH_METRICS: readonly NodeMetricName[] = ['betweenness', 'closeness', 'harmonic'];

/**
 * The value type of each metric, for writers that declare types (GEXF,
 * GraphML): counts are integers, everything else is a double even when a
 * network happens to give only whole numbers (clustering 0 everywhere).
 */
export const NODE_METRIC_TYPES: Readonly<Record<NodeMetricName, 'integer' | 'double'>> = {
  degree: 'integer',
  strength: 'double',
  betweenness: 'double',
  closeness: 'double',
  harmonic: 'double',
  eigenvector: 'double',
  pagerank: 'double',
  core: 'integer',
  triangles: 'integer',
  clustering: 'double',
};

/** All node metrics of one node. */
export type NodeMetrics = Record<NodeMetricName, number>;
