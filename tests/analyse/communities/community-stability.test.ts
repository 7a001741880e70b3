import Graph from 'graphology';
import modularity from 'graphology-metrics/graph/modularity';
import { describe, expect, it } from 'vitest';
import { communityStability, resolutionSweep, summarize } from '../../../src/analyse/communities/community-stability.ts';
import { detectCommunities } from '../../../src/analyse/communities/detect-communities.ts';
import { loadReference } from '../../helpers/load-reference.ts';

describe('summarize', () => {
  it('computes min, median, max, mean and sample sd', () => {
    // mean 5; squared deviations 9+1+1+9 = 20 → sd = sqrt(20/3).
    expect(summarize([8, 2, 4, 6])).toEqual({ min: 2, median: 5, max: 8, mean: 5, sd: Math.sqrt(20 / 3) });
    expect(summarize([3])).toEqual({ min: 3, median: 3, max: 3, mean: 3, sd: 0 });
  });
});

describe('communityStability', () => {
  const karate = loadReference('karate').graph;
  const stability = communityStability(karate, { seeds: 12 });

  it('runs one Louvain per seed and spreads their modularity', () => {
    expect(stability.runs.map((r) => r.seed)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const run of stability.runs) {
      expect(run.modularity).toBeCloseTo(detectCommunities(karate, { seed: run.seed }).modularity, 14);
    }
    const { min, median, max, mean, sd } = stability.modularity;
    expect(min).toBeLessThanOrEqual(median);
    expect(median).toBeLessThanOrEqual(max);
    expect(mean).toBeGreaterThanOrEqual(min);
    expect(mean).toBeLessThanOrEqual(max);
    expect(sd).toBeGreaterThanOrEqual(0);
    // Karate's best partitions lie near 0.42; no run is worse than the two-faction split (0.37).
    expect(min).toBeGreaterThan(0.37);
    expect(max).toBeLessThan(0.4199);
  });

  it('takes the best run as consensus', () => {
    expect(stability.consensus.modularity).toBe(stability.modularity.max);
    expect(stability.consensus).toMatchObject(detectCommunities(karate, { seed: stability.consensus.seed }));
    const recomputed = modularity(karate, { getNodeCommunity: (n: string) => stability.consensus.communities[n]! });
    expect(stability.consensus.modularity).toBeCloseTo(recomputed, 12);
  });

  it('reports co-assignment shares in (0, 1], best partners first', () => {
    expect(Object.keys(stability.partners).sort()).toEqual(karate.nodes().sort());
    for (const [node, list] of Object.entries(stability.partners)) {
      expect(list.length).toBeLessThanOrEqual(5);
      for (let i = 0; i < list.length; i++) {
        expect(list[i]!.node).not.toBe(node);
        expect(list[i]!.share).toBeGreaterThan(0);
        expect(list[i]!.share).toBeLessThanOrEqual(1);
        if (i > 0) expect(list[i]!.share).toBeLessThanOrEqual(list[i - 1]!.share);
      }
    }
    // A share is a count over 12 runs.
    const share = stability.partners['0']![0]!.share;
    expect(Math.abs(share * 12 - Math.round(share * 12))).toBeLessThan(1e-12);
  });

  it('counts co-assignment exactly as the runs say', () => {
    // Nodes 0 and 33 are the two faction leaders; count the runs that join them by hand.
    const together = stability.runs.filter(
      (r) => {
        const c = detectCommunities(karate, { seed: r.seed }).communities;
        return c['0'] === c['33'];
      },
    ).length;
    const listed = communityStability(karate, { seeds: 12, partnerCount: 33 }).partners['0']!.find((p) => p.node === '33');
    expect(listed?.share ?? 0).toBeCloseTo(together / 12, 14);
  });

  it('summarises agreement with the consensus', () => {
    expect(stability.meanConsensusCoAssignment).not.toBeNull();
    expect(stability.meanConsensusCoAssignment!).toBeGreaterThan(0.5);
    expect(stability.meanConsensusCoAssignment!).toBeLessThanOrEqual(1);
    expect(stability.meanAgreement.nmi).toBeGreaterThan(0.5);
    expect(stability.meanAgreement.nmi).toBeLessThanOrEqual(1);
    expect(stability.meanAgreement.ari).toBeLessThanOrEqual(1);
  });

  it('is perfectly stable where the structure is forced', () => {
    const graph = new Graph({ type: 'undirected' });
    for (const [s, t] of [['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['c', 'd']]) {
      graph.mergeEdge(s!, t!);
    }
    const result = communityStability(graph, { seeds: [5, 9, 11] });
    expect(result.meanConsensusCoAssignment).toBe(1);
    expect(result.meanAgreement).toEqual({ nmi: 1, ari: 1 });
    expect(result.modularity.sd).toBeCloseTo(0, 14);
    expect(result.partners.a).toEqual([{ node: 'b', share: 1 }, { node: 'c', share: 1 }]);
  });

  it('skips partner lists when partnerCount is 0 but still measures the consensus', () => {
    const lean = communityStability(karate, { seeds: 12, partnerCount: 0 });
    expect(Object.values(lean.partners).every((list) => list.length === 0)).toBe(true);
    expect(lean.meanConsensusCoAssignment).toBe(stability.meanConsensusCoAssignment);
  });

  it('rejects unknown options and bad seeds', () => {
    expect(() => communityStability(karate, { seed: 3 } as never)).toThrow(/"seed"/);
    expect(() => communityStability(karate, { seeds: 0 })).toThrow(/seeds/);
    expect(() => communityStability(karate, { seeds: [] })).toThrow(/seeds/);
  });
});

describe('resolutionSweep', () => {
  it('finds more, smaller communities as the resolution grows', () => {
    const lesmis = loadReference('lesmis').graph;
    const steps = resolutionSweep(lesmis, [0.5, 1, 2, 4], 1);
    expect(steps.map((s) => s.resolution)).toEqual([0.5, 1, 2, 4]);
    expect(steps[3]!.count).toBeGreaterThan(steps[0]!.count);
    expect(steps[3]!.largest).toBeLessThan(steps[0]!.largest);
    // At γ = 1 the objective is the standard modularity.
    expect(steps[1]!.objective).toBeCloseTo(steps[1]!.modularity, 12);
    expect(steps[1]!.modularity).toBeCloseTo(detectCommunities(lesmis).modularity, 12);
  });
});
