/**
 * Louvain over typed arrays (CSR), for graphs too big to hold as graphology
 * objects. Measured on this project's 2-core machine: building a graphology
 * graph of 100k nodes / 500k edges alone takes several seconds and hundreds
 * of MB, and a 1M / 5M graph several GB, while this works from the edge arrays
 * (via a CSR snapshot) in a fraction of the memory. See tests/bench/RESULTS.md.
 * detectCommunities (graphology's Louvain) stays the default for the twin
 * networks; this is the path for large graphs, tested to reach the same
 * modularity on the reference graphs.
 *
 * The algorithm is Blondel et al. (2008) with the queue-based "fast local
 * moves" of graphology and igraph: each level visits the nodes in a seeded
 * random order, moves a node to the neighbouring community with the best
 * modularity gain, re-queues its neighbours outside that community, and stops
 * when the queue is empty; then communities become nodes of the next level.
 * It ends when a level moves nothing. The local moving (local-moving-csr.ts)
 * and the aggregation (csr-level.ts) are shared with Leiden (leiden-csr.ts).
 * Ties keep the current community, else the first best candidate in adjacency
 * order; together with the seed this makes the result deterministic.
 */
import { SeededRandom } from '../random.ts';
import { renumberMembership } from './renumber-communities.ts';
import { resolveOptions } from '../../options/resolve-options.ts';
import { aggregate, computeModularity, createWorkspace, densify, levelDegrees, prepareLevel, type Level, type LouvainCsrInput } from './csr-level.ts';
import { moveNodesFast } from './local-moving-csr.ts';

export type { LouvainCsrInput } from './csr-level.ts';

export interface LouvainCsrOptions {
  seed: number;
  resolution: number;
}

export interface LouvainCsrResult {
  /** Node index → canonical community id (0 = largest, ties by smallest node index). */
  membership: Int32Array;
  /** Modularity of the final partition at the requested resolution. */
  modularity: number;
  count: number;
  /** Number of aggregation levels that moved at least one node. */
  levels: number;
}

export const DEFAULTS: LouvainCsrOptions = { seed: 1, resolution: 1 };

/** Every node alone: the answer when the graph has no edge weight at all. */
export function singletonResult(n: number): LouvainCsrResult {
  const alone = new Int32Array(n);
  for (let i = 0; i < n; i++) alone[i] = i;
  return { membership: alone, modularity: 0, count: n, levels: 0 };
}

/**
 * Louvain communities of a CSR graph. Deterministic for a given seed.
 * Edge cases as detectCommunities: no nodes → no communities; no edge weight
 * at all → every node alone, modularity 0.
 */
export function louvainCsr(input: LouvainCsrInput, options?: Partial<LouvainCsrOptions>): LouvainCsrResult {
  const { seed, resolution } = resolveOptions('louvainCsr', DEFAULTS, options);
  const { base, m2 } = prepareLevel('louvainCsr', input, seed, resolution);
  const n = base.n;
  if (m2 === 0) return singletonResult(n);

  const rng = new SeededRandom(seed);
  const work = createWorkspace(base);
  // membership[v] = node of the current level that holds original node v.
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v++) membership[v] = v;
  let level = base;
  let levels = 0;
  for (;;) {
    const community = new Int32Array(level.n);
    for (let i = 0; i < level.n; i++) community[i] = i;
    const moved = moveNodesFast(level, levelDegrees(level, work.degree), community, resolution, m2, rng, false, work);
    if (!moved) break;
    levels++;
    // Dense renumbering of the level's communities (any order will do here).
    const count = densify(community, level.n, work.dense);
    for (let v = 0; v < n; v++) membership[v] = community[membership[v]!]!;
    if (count === level.n) break;
    level = aggregate(level, community, count, work);
  }
  return canonicalResult(base, membership, resolution, m2, levels);
}

/** The result for a final partition: canonical ids and the modularity on the first level. Shared with leidenCsr. */
export function canonicalResult(base: Level, partition: Int32Array, resolution: number, m2: number, levels: number): LouvainCsrResult {
  const canonical = renumberMembership(partition);
  return {
    membership: canonical.membership,
    count: canonical.count,
    modularity: computeModularity(base, canonical.membership, canonical.count, resolution, m2),
    levels,
  };
}
