/**
 * How much a Louvain (or Leiden, `algorithm`) partition depends on its seed
 * and on the resolution. Leiden is greedy and seeded too, so the same
 * figures apply to it.
 *
 * Louvain is greedy: its result depends on the order nodes are visited, so a
 * single run can present an accident as structure. Running it under several
 * seeds tells which groupings are robust: the modularity spread, and for
 * every pair of nodes that share a community in at least one run, the share
 * of runs in which they do ("co-assignment").
 *
 * The consensus partition is the run with the highest modularity (the
 * earliest seed on ties): it is an actual Louvain output, so its communities
 * can be described and drawn like any other, unlike a synthetic consensus.
 *
 * Cost: one Louvain run per seed, plus for the partner lists
 * Σ|community|² steps per run in O(n) memory (partnerCount: 0 skips them);
 * the consensus mean is linear per run.
 */
import modularity from 'graphology-metrics/graph/modularity.js';
import type Graph from 'graphology-types';
import { adjustedRandIndex } from '../agreement/adjusted-rand-index.ts';
import { normalizedMutualInformation } from '../agreement/normalized-mutual-information.ts';
import { detectCommunities, type CommunityDetection, type EdgeWeightGetter } from './detect-communities.ts';
import type { CommunityAlgorithm } from './detect-communities-csr.ts';
import { resolveOptions } from '../../options/resolve-options.ts';
import { nodeRecord } from '../../formats/node-keyed.ts';

export interface CommunityStabilityOptions {
  /** Community detection: 'louvain' (default) or 'leiden'. */
  algorithm: CommunityAlgorithm;
  /** Seeds to run, or how many (seeds 1..count). */
  seeds: number[] | number;
  resolution: number;
  getEdgeWeight: EdgeWeightGetter;
  /** How many most stable partners to keep per node. */
  partnerCount: number;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
  mean: number;
  /** Sample standard deviation (n − 1); 0 for a single run. */
  sd: number;
}

export interface StablePartner {
  node: string;
  /** Share of runs (0..1] in which the two nodes share a community. */
  share: number;
}

export interface CommunityStability {
  runs: { seed: number; modularity: number; count: number }[];
  modularity: Spread;
  count: Spread;
  /** The highest-modularity run (earliest seed on ties). */
  consensus: CommunityDetection & { seed: number };
  /**
   * Per node, its partners with the highest co-assignment share, best first
   * (ties by node key); only pairs that met at least once appear.
   */
  partners: Record<string, StablePartner[]>;
  /**
   * Mean co-assignment share over all pairs inside the same consensus
   * community: 1 when every run reproduces the consensus groups exactly.
   * null when no consensus community has two members.
   */
  meanConsensusCoAssignment: number | null;
  /** Mean agreement of each run with the consensus (the consensus itself included). */
  meanAgreement: { nmi: number; ari: number };
}

export const DEFAULTS: CommunityStabilityOptions = {
  algorithm: 'louvain',
  seeds: 20,
  resolution: 1,
  getEdgeWeight: 'weight',
  partnerCount: 5,
};

export function summarize(values: number[]): Spread {
  if (values.length === 0) return { min: NaN, median: NaN, max: NaN, mean: NaN, sd: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mid = n >> 1;
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / n;
  const variance = n > 1 ? sorted.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1) : 0;
  return { min: sorted[0]!, median, max: sorted[n - 1]!, mean, sd: Math.sqrt(variance) };
}

function resolveSeeds(seeds: number[] | number): number[] {
  if (typeof seeds === 'number') {
    if (!Number.isInteger(seeds) || seeds < 1) {
      throw new Error(`communityStability: seeds must be a positive integer or an array, got ${seeds}`);
    }
    return Array.from({ length: seeds }, (_, i) => i + 1);
  }
  if (!Array.isArray(seeds) || seeds.length === 0) {
    throw new Error('communityStability: seeds must be a non-empty array or a positive integer');
  }
  return seeds;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Each node's most stable partners, without storing pairs: for node i, walk
 * the members of i's community in every run and count per partner in a
 * scratch array, keeping the best `partnerCount` on the fly. Time
 * Σ_runs Σ_communities |C|² (the pairs that met), memory O(n) — a pair table
 * would need n²/2 cells, or a list per node of every partner ever met
 * (gigabytes when communities have thousands of members).
 */
function findStablePartners(
  nodes: string[],
  runMembership: Int32Array[],
  partnerCount: number,
): StablePartner[][] {
  const n = nodes.length;
  const runCount = runMembership.length;
  const result: StablePartner[][] = Array.from({ length: n }, () => []);
  if (partnerCount === 0 || n === 0) return result;
  // Per run: members grouped by community (counting sort), to walk i's community.
  const grouped = runMembership.map((membership) => {
    let count = 0;
    for (let i = 0; i < n; i++) if (membership[i]! + 1 > count) count = membership[i]! + 1;
    const start = new Int32Array(count + 1);
    for (let i = 0; i < n; i++) start[membership[i]! + 1]!++;
    for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
    const fill = start.slice(0, count);
    const members = new Int32Array(n);
    for (let i = 0; i < n; i++) members[fill[membership[i]!]!++] = i;
    return { start, members };
  });
  const together = new Int32Array(n);
  const touched = new Int32Array(n);
  const better = (a: number, b: number) =>
    together[a]! > together[b]! || (together[a] === together[b] && compareKeys(nodes[a]!, nodes[b]!) < 0);
  for (let i = 0; i < n; i++) {
    let touchedCount = 0;
    for (let r = 0; r < runCount; r++) {
      const { start, members } = grouped[r]!;
      const c = runMembership[r]![i]!;
      for (let q = start[c]!; q < start[c + 1]!; q++) {
        const j = members[q]!;
        if (j === i) continue;
        if (together[j] === 0) touched[touchedCount++] = j;
        together[j]!++;
      }
    }
    // Insertion into a short sorted list: partnerCount is small (default 5).
    const top: number[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t]!;
      if (top.length === partnerCount && !better(j, top[top.length - 1]!)) continue;
      let at = top.length;
      while (at > 0 && better(j, top[at - 1]!)) at--;
      top.splice(at, 0, j);
      if (top.length > partnerCount) top.pop();
    }
    result[i] = top.map((j) => ({ node: nodes[j]!, share: together[j]! / runCount }));
    for (let t = 0; t < touchedCount; t++) together[touched[t]!] = 0;
  }
  return result;
}

/** Runs Louvain under several seeds and measures how much the result moves. */
export function communityStability(
  graph: Graph,
  options?: Partial<CommunityStabilityOptions>,
): CommunityStability {
  const resolved = resolveOptions('communityStability', DEFAULTS, options);
  const seeds = resolveSeeds(resolved.seeds);
  if (!Number.isInteger(resolved.partnerCount) || resolved.partnerCount < 0) {
    throw new Error(`communityStability: partnerCount must be a non-negative integer, got ${resolved.partnerCount}`);
  }

  const nodes = graph.nodes();
  const n = nodes.length;
  const indexOf = new Map(nodes.map((node, i) => [node, i] as const));
  const detections: CommunityDetection[] = [];
  const runMembership: Int32Array[] = [];
  for (const seed of seeds) {
    const detection = detectCommunities(graph, {
      algorithm: resolved.algorithm,
      seed,
      resolution: resolved.resolution,
      getEdgeWeight: resolved.getEdgeWeight,
    });
    detections.push(detection);
    const membership = new Int32Array(n);
    for (let i = 0; i < n; i++) membership[i] = detection.communities[nodes[i]!]!;
    runMembership.push(membership);
  }

  let best = 0;
  detections.forEach((d, i) => {
    if (d.modularity > detections[best]!.modularity) best = i;
  });
  const consensus = detections[best]!;
  const runCount = seeds.length;

  const partnerLists = findStablePartners(nodes, runMembership, resolved.partnerCount);
  const partners: Record<string, StablePartner[]> = nodeRecord();
  partnerLists.forEach((list, i) => (partners[nodes[i]!] = list));

  // Mean co-assignment of the pairs inside each consensus community, in linear time per run:
  // the pairs of a consensus group G that run r keeps together are Σ_k C(m_k, 2), where m_k
  // counts G's members in run r's community k.
  const choose2 = (m: number) => (m * (m - 1)) / 2;
  const consensusGroups: number[][] = Array.from({ length: consensus.count }, () => []);
  for (const node of nodes) consensusGroups[consensus.communities[node]!]!.push(indexOf.get(node)!);
  let withinPairs = 0;
  for (const group of consensusGroups) withinPairs += choose2(group.length);
  let together = 0;
  for (const detection of detections) {
    for (const group of consensusGroups) {
      const counts = new Map<number, number>();
      for (const i of group) {
        const c = detection.communities[nodes[i]!]!;
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      for (const m of counts.values()) together += choose2(m);
    }
  }
  const withinSum = together / runCount;

  const agreement = detections.map((d) => ({
    nmi: normalizedMutualInformation(d.communities, consensus.communities),
    ari: adjustedRandIndex(d.communities, consensus.communities),
  }));

  return {
    runs: detections.map((d, i) => ({ seed: seeds[i]!, modularity: d.modularity, count: d.count })),
    modularity: summarize(detections.map((d) => d.modularity)),
    count: summarize(detections.map((d) => d.count)),
    consensus: { ...consensus, seed: seeds[best]! },
    partners,
    meanConsensusCoAssignment: withinPairs === 0 ? null : withinSum / withinPairs,
    meanAgreement: {
      nmi: agreement.reduce((s, a) => s + a.nmi, 0) / runCount,
      ari: agreement.reduce((s, a) => s + a.ari, 0) / runCount,
    },
  };
}

export interface ResolutionStep {
  resolution: number;
  count: number;
  /** Size of the largest community. */
  largest: number;
  /** Standard modularity (γ = 1) of the partition found at this resolution, comparable across steps. */
  modularity: number;
  /** The objective Louvain maximised: modularity at this resolution. */
  objective: number;
}

/**
 * Louvain at each resolution with one seed: how the number and size of
 * communities respond to γ. `modularity` is always the standard γ = 1 value
 * so steps can be compared; `objective` is what Louvain optimised.
 */
export function resolutionSweep(
  graph: Graph,
  resolutions: number[],
  seed = 1,
  getEdgeWeight: EdgeWeightGetter = 'weight',
  algorithm: CommunityAlgorithm = 'louvain',
): ResolutionStep[] {
  return resolutions.map((resolution) => {
    const detection = detectCommunities(graph, { algorithm, seed, resolution, getEdgeWeight });
    const sizes = new Array<number>(detection.count).fill(0);
    for (const c of Object.values(detection.communities)) sizes[c]!++;
    const standard =
      graph.size === 0
        ? 0
        : modularity(graph, {
            getNodeCommunity: (node: string) => detection.communities[node]!,
            getEdgeWeight,
          });
    return {
      resolution,
      count: detection.count,
      largest: sizes[0] ?? 0,
      modularity: standard,
      objective: detection.modularity,
    };
  });
}
