/**
 * The typed-array layer under src/analyse/metrics: snapshots and kernels,
 * for callers that run several measures on one large graph or start from
 * edge arrays (benchmarks, the CLI). Browser-safe; the node-only worker
 * runner is imported separately from src/cli/node-metrics-on-workers.ts.
 */
export { csrDegrees, csrFromEdgeArrays, csrStrengths, type Csr } from './csr.ts';
export {
  assertUndirected,
  csrFromGraph,
  type CsrFromGraphOptions,
  type EdgeWeightFunction,
  type EdgeWeightGetter,
} from './csr-from-graph.ts';
export {
  closenessFromSums,
  combinePathSums,
  sumShortestPaths,
  type PathSums,
  type PathSumsWanted,
} from './shortest-paths.ts';
export { ONE_CHUNK_UP_TO, pathChunkSize, sumShortestPathsInChunks } from './path-chunks.ts';
export { csrEigenvector, csrPagerank, type PowerIterationOptions } from './spectral.ts';
export {
  csrComponentDiameter,
  csrComponents,
  csrCoreNumbers,
  csrSimpleDegrees,
  csrTriangles,
} from './structure.ts';
