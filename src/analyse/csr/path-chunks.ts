/**
 * The shortest-path pass in fixed chunks of sources, so that every thread
 * count gives the same floats (see pathChunkSize); the kernel itself is in
 * shortest-paths.ts, the worker-thread runner in
 * src/cli/node-metrics-on-workers.ts.
 */
import { combinePathSums, sumShortestPaths, type PathSums, type PathSumsWanted } from './shortest-paths.ts';

/**
 * Up to this many sources the pass is one chunk (one call, the plain
 * running sum, as it always was); the CLI starts worker threads only above
 * it (src/cli/analyse-network-in-node.ts), where there is more than one chunk.
 */
export const ONE_CHUNK_UP_TO = 2_000;

/**
 * Sources per chunk of a pass over `count` sources: a function of the count
 * alone, never of the thread count. Betweenness (and harmonic in the MS-BFS
 * kernel) are float sums over sources, and float addition is not
 * associative, so the chunks are part of the definition of the result: each
 * chunk is summed from zero in source order and the chunk sums are added in
 * chunk order, on one thread (sumShortestPathsInChunks) or on many
 * (src/cli/node-metrics-on-workers.ts), which therefore agree to the bit.
 * Above ONE_CHUNK_UP_TO: about 128 chunks, whole multiples of 32 (the
 * MS-BFS batch), enough to balance uneven components across threads.
 */
export function pathChunkSize(count: number): number {
  if (count <= ONE_CHUNK_UP_TO) return Math.max(count, 1);
  return Math.max(32, Math.ceil(count / 128 / 32) * 32);
}

/**
 * sumShortestPaths over all of `sources` (null: every node) in the chunks of
 * pathChunkSize, chunk sums added in order: the one result of a pass,
 * whichever thread count computes it.
 */
export function sumShortestPathsInChunks(
  order: number,
  offsets: Int32Array,
  neighbours: Int32Array,
  lengths: Float64Array | null,
  sources: Int32Array | null,
  wanted: PathSumsWanted,
): PathSums {
  const count = sources ? sources.length : order;
  const size = pathChunkSize(count);
  if (count <= size) return sumShortestPaths(order, offsets, neighbours, lengths, sources, 0, count, wanted);
  const totals: PathSums = { betweenness: null, distanceSum: null, reached: null, harmonic: null, eccentricity: null };
  for (let from = 0; from < count; from += size) {
    combinePathSums(totals, sumShortestPaths(order, offsets, neighbours, lengths, sources, from, Math.min(count, from + size), wanted));
  }
  return totals;
}
