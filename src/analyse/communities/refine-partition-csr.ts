/**
 * Leiden's refinement phase: RefinePartition and MergeNodesSubset of Traag,
 * Waltman & van Eck (2019), Supplementary Alg. A.2, for modularity.
 *
 * Within each community S of the partition P found by local moving, the
 * refined partition starts from singletons. Nodes of S are visited in a
 * seeded random order. A node v is considered only if it is still a
 * singleton and is well connected to the rest of S:
 *   E(v, S − v) ≥ γ · k_v · (K_S − k_v) / 2m
 * It may then join a refined community C ⊆ S that is itself well connected:
 *   E(C, S − C) ≥ γ · K_C · (K_S − K_C) / 2m
 * chosen at random with probability ∝ exp(ΔH / θ) over the candidates with
 * ΔH ≥ 0 (its own singleton, ΔH = 0, included), where
 *   ΔH = w(v, C) − γ · k_v · K_C / 2m
 * is the modularity gain in edge-weight units. θ = 0.01, the paper's value and
 * igraph's default `beta`; igraph samples the same way (it is not greedy).
 * We subtract the largest ΔH before exponentiating so that heavy weights
 * cannot overflow exp().
 *
 * A node only ever joins a refined community it has an edge to, so every
 * refined community is connected: that is what makes Leiden's communities
 * connected once the aggregate graph is built on the refined partition.
 */

import { densify, unitDegrees, type Level, type Workspace } from './csr-level.ts';
import { shuffleInto, type SeededRandom } from '../random.ts';

/** Randomness θ of the refinement (paper and igraph: 0.01). */
export const THETA = 0.01;

/**
 * Refined partition of `community` (dense labels 0..count−1 on the level's
 * nodes). Returns refined labels, dense 0..refinedCount−1, each refined
 * community inside one community of `community`; the array is the
 * workspace's, valid until the next refinement.
 *
 * Three functions rather than one: V8 compiled the first loop of the single
 * function on the stack (OSR) and then deoptimised it, again and again across
 * calls, at the code after that loop (--trace-deopt on the 10k bench graph).
 */
export function refinePartition(
  level: Level,
  degree: Float64Array,
  community: Int32Array,
  count: number,
  resolution: number,
  m2: number,
  rng: SeededRandom,
  work: Workspace,
): { refined: Int32Array; refinedCount: number } {
  startSingletons(level, degree, community, count, work);
  // One seeded random order over all nodes; communities do not interact, so this
  // is the paper's per-community random order interleaved.
  const order = shuffleInto(work.order, level.n, rng);
  mergeNodesSubsets(level, degree, community, resolution / m2, order, rng, work);
  return { refined: work.refined, refinedCount: densify(work.refined, level.n, work.dense) };
}

/**
 * The refined partition's start: every node alone (refined[v] = v, K_C = k_v,
 * not yet merged), with E(v, S − v), its edge weight to the rest of its
 * community S, and K_S per community of P (in communityTotal).
 */
function startSingletons(level: Level, degree: Float64Array, community: Int32Array, count: number, work: Workspace): void {
  const { n, offsets, neighbours, weights } = level;
  const { communityTotal: communityWeight, refined, clusterWeight, external, flags: nonSingleton } = work;
  communityWeight.fill(0, 0, count);
  nonSingleton.fill(0, 0, n);
  for (let v = 0; v < n; v++) {
    communityWeight[community[v]!]! += degree[v]!;
    refined[v] = v;
    clusterWeight[v] = degree[v]!;
    const s = community[v]!;
    let e = 0;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) if (community[neighbours[p]!] === s) e += weights === null ? 1 : weights[p]!;
    external[v] = e;
  }
}

/**
 * MergeNodesSubset for every community S at once, visiting the nodes in
 * `order`: refined (labels), clusterWeight (K_C), external (E(C, S − C)) and
 * the not-a-singleton flags are updated in place.
 */
function mergeNodesSubsets(
  level: Level,
  degree: Float64Array,
  community: Int32Array,
  scale: number,
  order: Int32Array,
  rng: SeededRandom,
  work: Workspace,
): void {
  const { n, offsets, neighbours, weights } = level;
  const { communityTotal: communityWeight, refined, clusterWeight, external, flags: nonSingleton } = work;
  // Scratch: weight from v to each refined community (all zeros between nodes),
  // the candidates, their gains and cumulative sampling weights.
  const { linkWeight, touched: candidates, cumulative, gains } = work;
  const unit = unitDegrees(level);
  for (let o = 0; o < n; o++) {
    const v = order[o]!;
    const own = refined[v]!;
    if (nonSingleton[own] === 1) continue;
    const s = community[v]!;
    const totalS = communityWeight[s]!;
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    const k = unit ? end - start : degree[v]!;
    if (external[own]! < k * (totalS - k) * scale) continue;

    // Take v out: its singleton becomes empty (weight 0, no external edges).
    clusterWeight[own] = 0;
    const ownExternal = external[own]!;
    external[own] = 0;
    candidates[0] = own;
    let candidateCount = 1;
    for (let p = start; p < end; p++) {
      const u = neighbours[p]!;
      if (community[u] !== s) continue;
      const c = refined[u]!;
      if (linkWeight[c] === 0 && c !== own) candidates[candidateCount++] = c;
      linkWeight[c]! += weights === null ? 1 : weights[p]!;
    }
    // ΔH of each well-connected candidate (−1: not eligible); own singleton: ΔH = 0.
    let maxGain = 0;
    gains[0] = 0;
    for (let t = 1; t < candidateCount; t++) {
      const c = candidates[t]!;
      const kc = clusterWeight[c]!;
      let gain = -1;
      if (external[c]! >= kc * (totalS - kc) * scale) {
        gain = linkWeight[c]! - k * kc * scale;
        if (gain > maxGain) maxGain = gain;
      }
      gains[t] = gain;
    }
    const chosen = maxGain > 0 ? candidates[sampleCandidate(gains, candidateCount, maxGain, cumulative, rng)]! : own;
    const toChosen = linkWeight[chosen]!;
    for (let t = 0; t < candidateCount; t++) linkWeight[candidates[t]!] = 0;

    clusterWeight[chosen]! += k;
    if (chosen === own) {
      external[own] = ownExternal;
      continue;
    }
    // E(C ∪ v, S − C − v) = E(C, S − C) + E(v, S − v) − 2 w(v, C).
    external[chosen]! += ownExternal - 2 * toChosen;
    refined[v] = chosen;
    nonSingleton[chosen] = 1;
  }
}

/**
 * Index of the candidate drawn with probability ∝ exp((ΔH − max ΔH) / θ)
 * among those with ΔH ≥ 0 (gains[t] < 0: not eligible).
 */
function sampleCandidate(gains: Float64Array, candidateCount: number, maxGain: number, cumulative: Float64Array, rng: SeededRandom): number {
  let sum = 0;
  for (let t = 0; t < candidateCount; t++) {
    const gain = gains[t]!;
    if (gain >= 0) {
      // Calls whose result cannot change the sum are skipped, so the sums are the
      // same bit for bit: exp(0) = 1; exp(x) = 0 for x < −745.2 (underflow); and
      // once the sum is ≥ 1, exp(x) < 2⁻⁵³ for x < −37 is under half an ulp of it.
      const x = (gain - maxGain) / THETA;
      if (x === 0) sum += 1;
      else if (x > -37 || (x > -746 && sum < 1)) sum += Math.exp(x);
    }
    cumulative[t] = sum;
  }
  const r = rng.next() * sum;
  let t = 0;
  while (t < candidateCount - 1 && cumulative[t]! <= r) t++;
  return t;
}
