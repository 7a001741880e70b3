/**
 * Communities of a CSR snapshot, for networks read as arrays (an --input
 * edge list): the partition, its seed stability and its summaries, with the
 * rules of detectCommunities, communityStability and describeCommunities,
 * but without a graphology graph.
 */
import type { CommunitySummary } from '../graph/network-bundle.ts';
import type { Csr } from './csr/csr.ts';
import { adjustedRandIndexOfTable } from './agreement/adjusted-rand-index.ts';
import { normalizedMutualInformationOfTable } from './agreement/normalized-mutual-information.ts';
import { detectCommunitiesCsr, summarize, type CommunityAlgorithm, type CommunityStability, type LouvainCsrResult, type Spread } from './communities/index.ts';
import { nodeRecord } from '../formats/node-keyed.ts';

export interface CsrCommunityOptions {
  algorithm: CommunityAlgorithm;
  seed: number;
  resolution: number;
}

/**
 * The one place the CLI's CSR path finds communities: detectCommunitiesCsr,
 * the entry point detectCommunities also ends in, so an edge list and the
 * graph built from it get the same partition for the same seed.
 */
export function findCsrCommunities(csr: Csr, options: CsrCommunityOptions): LouvainCsrResult {
  const result = detectCommunitiesCsr(csr, { algorithm: options.algorithm, seed: options.seed, resolution: options.resolution });
  return { ...result, membership: renumberByKey(result.membership, result.count, csr.keys) };
}

/**
 * detectCommunities' numbering (renumberCommunities): community 0 the
 * largest, ties by the smallest node key — detectCommunitiesCsr breaks ties
 * by node index instead, which differs when keys are not in index order.
 */
function renumberByKey(membership: Int32Array, count: number, keys: readonly string[]): Int32Array {
  const size = new Int32Array(count);
  const smallest: (string | undefined)[] = new Array<string | undefined>(count);
  for (let i = 0; i < membership.length; i++) {
    const c = membership[i]!;
    size[c]!++;
    const key = keys[i]!;
    const s = smallest[c];
    if (s === undefined || key < s) smallest[c] = key;
  }
  const order = Array.from({ length: count }, (_, c) => c).sort((a, b) => size[b]! - size[a]! || (smallest[a]! < smallest[b]! ? -1 : smallest[a]! > smallest[b]! ? 1 : 0));
  const next = new Int32Array(count);
  order.forEach((c, id) => (next[c] = id));
  return membership.map((c) => next[c]!);
}

export interface CsrCommunityStability {
  runs: { seed: number; modularity: number; count: number }[];
  modularity: Spread;
  count: Spread;
  /** The highest-modularity run (earliest seed on ties). */
  consensus: LouvainCsrResult & { seed: number };
  /** See CommunityStability.meanConsensusCoAssignment. */
  meanConsensusCoAssignment: number | null;
  meanAgreement: { nmi: number; ari: number };
}

/**
 * communityStability's figures (without the partner lists) over seeds.
 * `known` is a run already made for one of the seeds (not repeated).
 */
export function csrCommunityStability(
  csr: Csr,
  options: { seeds: number[]; resolution: number; algorithm: CommunityAlgorithm },
  known?: { seed: number; result: LouvainCsrResult },
): CsrCommunityStability {
  const { seeds, resolution, algorithm } = options;
  const runs = seeds.map((seed) => (known && known.seed === seed ? known.result : findCsrCommunities(csr, { algorithm, seed, resolution })));
  let best = 0;
  runs.forEach((r, i) => {
    if (r.modularity > runs[best]!.modularity) best = i;
  });
  const consensus = runs[best]!;
  // Pairs of a consensus group that run r keeps together: Σ_k C(m_k, 2), m_k its members in run r's community k.
  const choose2 = (m: number) => (m * (m - 1)) / 2;
  const n = csr.order;
  const groupSize = new Float64Array(consensus.count);
  for (let i = 0; i < n; i++) groupSize[consensus.membership[i]!]!++;
  let withinPairs = 0;
  for (const size of groupSize) withinPairs += choose2(size);
  // One contingency table per run against the consensus, over the membership arrays:
  // its cells give both the co-assignment and the agreement (NMI, ARI).
  let together = 0;
  const agreement = runs.map((run) => {
    const cells = new Map<number, number>();
    const columnSums = new Array<number>(run.count).fill(0);
    for (let i = 0; i < n; i++) {
      const cell = consensus.membership[i]! * run.count + run.membership[i]!;
      cells.set(cell, (cells.get(cell) ?? 0) + 1);
      columnSums[run.membership[i]!]!++;
    }
    for (const m of cells.values()) together += choose2(m);
    const table = { n, rowSums: Array.from(groupSize), columnSums, cells: [...cells.values()] };
    return { nmi: normalizedMutualInformationOfTable(table), ari: adjustedRandIndexOfTable(table) };
  });
  return {
    runs: runs.map((r, i) => ({ seed: seeds[i]!, modularity: r.modularity, count: r.count })),
    modularity: summarize(runs.map((r) => r.modularity)),
    count: summarize(runs.map((r) => r.count)),
    consensus: { ...consensus, seed: seeds[best]! },
    meanConsensusCoAssignment: withinPairs === 0 ? null : together / runs.length / withinPairs,
    meanAgreement: {
      nmi: agreement.reduce((s, a) => s + a.nmi, 0) / runs.length,
      ari: agreement.reduce((s, a) => s + a.ari, 0) / runs.length,
    },
  };
}

/**
 * describeCommunities over a snapshot: size, hubs by `hubMetric` (highest
 * first, ties by name then key), countries by count (ties by name), and the
 * share of the total edge weight inside the community (self-loops counted
 * once, as graph.forEachEdge visits them).
 */
export function describeCsrCommunities(
  csr: Csr,
  result: Pick<LouvainCsrResult, 'membership' | 'count'>,
  options: { hubMetric: ArrayLike<number>; hubCount: number; nameOf: (i: number) => string | undefined; countryOf: (i: number) => unknown },
): CommunitySummary[] {
  const { order, offsets, neighbours, weights, multiplicity, loopCounts, loopWeights, keys } = csr;
  const { membership, count } = result;
  const inside = new Float64Array(count);
  let total = 0;
  for (let i = 0; i < order; i++) {
    const c = membership[i]!;
    const loop = loopWeights ? loopWeights[i]! : loopCounts ? loopCounts[i]! : 0;
    total += loop;
    inside[c]! += loop;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      const j = neighbours[p]!;
      if (j < i) continue; // each edge once
      const w = weights ? weights[p]! : multiplicity ? multiplicity[p]! : 1;
      total += w;
      if (membership[j] === c) inside[c]! += w;
    }
  }
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < order; i++) members[membership[i]!]!.push(i);
  const metricOf = (i: number) => {
    const v = options.hubMetric[i]!;
    return Number.isNaN(v) ? -Infinity : v;
  };
  const nameOf = (i: number) => options.nameOf(i) ?? keys[i]!;
  const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return members.map((nodes, id) => {
    const hubs = [...nodes]
      .sort((a, b) => metricOf(b) - metricOf(a) || compareText(nameOf(a), nameOf(b)) || compareText(keys[a]!, keys[b]!))
      .slice(0, options.hubCount)
      .map((i) => keys[i]!);
    const countryCounts = new Map<string, number>();
    for (const i of nodes) {
      const country = options.countryOf(i);
      if (typeof country === 'string' && country !== '') countryCounts.set(country, (countryCounts.get(country) ?? 0) + 1);
    }
    const countries = [...countryCounts.entries()].map(([country, n]) => ({ country, count: n })).sort((a, b) => b.count - a.count || compareText(a.country, b.country));
    return { id, size: nodes.length, hubs, countries, linkShare: total > 0 ? inside[id]! / total : 0 };
  });
}

/** The stability in communityStability's shape (node keys, no partner lists), for the report. */
export function csrStabilityByKey(csr: Csr, stability: CsrCommunityStability): CommunityStability {
  const communities: Record<string, number> = nodeRecord();
  for (let i = 0; i < csr.order; i++) communities[csr.keys[i]!] = stability.consensus.membership[i]!;
  const { consensus } = stability;
  return {
    ...stability,
    consensus: { communities, modularity: consensus.modularity, count: consensus.count, seed: consensus.seed },
    partners: {},
  };
}
