/**
 * Leiden communities over typed arrays (CSR): Traag, Waltman & van Eck (2019),
 * "From Louvain to Leiden: guaranteeing well-connected communities",
 * Sci. Rep. 9:5233, with modularity (resolution γ) as the quality function.
 * Hand-written: graphology has no released Leiden (an unpublished draft sits
 * in its repository), and the one JavaScript Leiden on npm (ngraph.leiden)
 * works on ngraph.graph objects, which a million-node graph cannot afford
 * (see README, clusters section).
 *
 * One iteration follows the paper's Alg. A.2 (Supplementary Information):
 *
 *   do
 *     P ← MoveNodesFast(G, P)              local-moving-csr.ts (queue; empty
 *                                          communities allowed, as the paper)
 *     done ← |P| = |V(G)|                  every community is one node
 *     if not done
 *       P_ref ← RefinePartition(G, P)      refine-partition-csr.ts (well-
 *                                          connectedness tests, θ = 0.01)
 *       G ← AggregateGraph(G, P_ref)       csr-level.ts aggregate()
 *       P ← {{v | v ⊆ C} | C ∈ P}          the NON-refined partition is the
 *                                          initial partition of the aggregate
 *   while not done
 *
 * If refinement merges nothing at some level (every node stays alone), the
 * aggregate would equal the graph and the loop would not shrink it; as igraph
 * does, we then aggregate on P itself.
 *
 * Iterations: the paper runs the algorithm repeatedly, each iteration starting
 * from the previous partition, until an iteration changes nothing; only then
 * does it guarantee subpartition γ-density. Communities are γ-connected after
 * every iteration already. We stop after 2 iterations by default, as igraph
 * (n_iterations = 2), because iterating to the end measured 4–8× the time for
 * +0.00004 modularity on the 100k planted partition of the bench (14
 * iterations, each finding a few tiny moves the randomised refinement opens
 * up). `iterations: -1` runs until an iteration changes nothing.
 *
 * Every returned community is connected: each aggregate node is a refined
 * community, connected by construction, and an iteration ends only when every
 * community is one aggregate node. When the fallback above ran, an aggregate
 * node is a community of P and need not be connected; then (only then) a
 * last pass splits any disconnected community into its connected components,
 * which never lowers modularity; `splitCommunities` says how many were. The
 * tests check connectedness independently of this pass.
 *
 * Weights, multiplicities and self-loops are read as louvainCsr reads them
 * (csr-level.ts). Deterministic for a given seed.
 */
import { SeededRandom } from '../random.ts';
import { resolveOptions } from '../../options/resolve-options.ts';
import { aggregate, createWorkspace, densify, levelDegrees, prepareLevel, type Level, type LouvainCsrInput, type Workspace } from './csr-level.ts';
import { moveNodesFast } from './local-moving-csr.ts';
import { refinePartition } from './refine-partition-csr.ts';
import { canonicalResult, singletonResult, type LouvainCsrResult } from './louvain-csr.ts';

export interface LeidenCsrOptions {
  seed: number;
  resolution: number;
  /** Iterations of the whole algorithm (default 2, as igraph); negative: until an iteration changes nothing. */
  iterations: number;
}

export interface LeidenCsrResult extends LouvainCsrResult {
  /** Iterations run (the last one changed nothing, unless `iterations` stopped it). */
  iterations: number;
  /** Communities that had to be split into connected components at the end (expected 0). */
  splitCommunities: number;
}

export const LEIDEN_DEFAULTS: LeidenCsrOptions = { seed: 1, resolution: 1, iterations: 2 };

/**
 * One iteration of Leiden from `partition` (original nodes, dense labels),
 * updated in place. Returns the number of levels that moved a node.
 */
function leidenIteration(
  base: Level,
  partition: Int32Array,
  resolution: number,
  m2: number,
  rng: SeededRandom,
  work: Workspace,
): { levelsMoved: number; fellBack: boolean } {
  const n = base.n;
  // nodeOf[v] = node of the second level (the first aggregate) that holds
  // original node v; above[x] = node of the current level that holds node x of
  // the second level. Two maps, so that each level above the second updates
  // an array the size of the second level, not of the graph.
  let nodeOf: Int32Array | null = null;
  let above: Int32Array | null = null;
  let level = base;
  let community = partition.slice();
  let levelsMoved = 0;
  let fellBack = false;
  for (;;) {
    const degree = levelDegrees(level, work.degree);
    if (moveNodesFast(level, degree, community, resolution, m2, rng, true, work)) levelsMoved++;
    const count = densify(community, level.n, work.dense);
    if (count === level.n) break;
    let { refined, refinedCount } = refinePartition(level, degree, community, count, resolution, m2, rng, work);
    if (refinedCount === level.n) {
      refined = community;
      refinedCount = count;
      fellBack = true;
    }
    // Initial partition of the aggregate: the community of each refined community.
    const initial = new Int32Array(refinedCount);
    for (let i = 0; i < level.n; i++) initial[refined[i]!] = community[i]!;
    if (nodeOf === null || above === null) {
      nodeOf = refined.slice(0, n);
      above = new Int32Array(refinedCount);
      for (let x = 0; x < refinedCount; x++) above[x] = x;
    } else {
      for (let x = 0; x < above.length; x++) above[x] = refined[above[x]!]!;
    }
    level = aggregate(level, refined, refinedCount, work);
    community = initial;
  }
  if (nodeOf === null || above === null) partition.set(community.subarray(0, n));
  else for (let v = 0; v < n; v++) partition[v] = community[above[nodeOf[v]!]!]!;
  return { levelsMoved, fellBack };
}

/**
 * Splits every community of `partition` into its connected components (BFS
 * within the community). Returns the number of communities that were split.
 */
function splitDisconnected(base: Level, partition: Int32Array): number {
  const { n, offsets, neighbours } = base;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const seen = new Uint8Array(n); // communities already given a component
  let split = 0;
  let next = 0;
  for (let s = 0; s < n; s++) {
    if (component[s] !== -1) continue;
    const c = partition[s]!;
    if (seen[c] === 1) split++;
    seen[c] = 1;
    component[s] = next;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const i = queue[head++]!;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
        const j = neighbours[p]!;
        if (component[j] === -1 && partition[j] === c) {
          component[j] = next;
          queue[tail++] = j;
        }
      }
    }
    next++;
  }
  if (split > 0) partition.set(component);
  return split;
}

/** Leiden communities of a CSR graph. Edge cases as louvainCsr. */
export function leidenCsr(input: LouvainCsrInput, options?: Partial<LeidenCsrOptions>): LeidenCsrResult {
  const { seed, resolution, iterations } = resolveOptions('leidenCsr', LEIDEN_DEFAULTS, options);
  if (!Number.isInteger(iterations) || iterations === 0) {
    throw new Error(`leidenCsr: iterations must be a non-zero integer (negative: until stable), got ${iterations}`);
  }
  const { base, m2 } = prepareLevel('leidenCsr', input, seed, resolution);
  const n = base.n;
  if (m2 === 0) return { ...singletonResult(n), iterations: 0, splitCommunities: 0 };

  const rng = new SeededRandom(seed);
  const work = createWorkspace(base);
  const partition = new Int32Array(n);
  for (let v = 0; v < n; v++) partition[v] = v;
  let levels = 0;
  let done = 0;
  let fellBack = false;
  for (;;) {
    const iteration = leidenIteration(base, partition, resolution, m2, rng, work);
    levels += iteration.levelsMoved;
    fellBack ||= iteration.fellBack;
    done++;
    if (iteration.levelsMoved === 0 || done === iterations) break;
  }
  // Only the fallback can leave a community disconnected (see the header).
  const splitCommunities = fellBack ? splitDisconnected(base, partition) : 0;
  return { ...canonicalResult(base, partition, resolution, m2, levels), iterations: done, splitCommunities };
}
