/**
 * The CSR path's community figures equal the graph path's rules, on the same
 * partition: describeCsrCommunities against describeCommunities, and the
 * stability's agreement against the record-based NMI and ARI.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/analyse/random.ts';
import { csrCommunityStability, describeCsrCommunities, findCsrCommunities } from '../../src/analyse/csr-communities.ts';
import { csrStrengths } from '../../src/analyse/csr/index.ts';
import { describeCommunities, detectCommunities } from '../../src/analyse/communities/index.ts';
import { adjustedRandIndex } from '../../src/analyse/agreement/adjusted-rand-index.ts';
import { normalizedMutualInformation } from '../../src/analyse/agreement/normalized-mutual-information.ts';
import { csrOfEdgeList, edgeListNetwork, graphOfEdgeList, type EdgeListRows } from '../../src/graph/edge-list-network.ts';

function randomRows(n: number, m: number, seed: number): EdgeListRows {
  const rng = createRng(seed);
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    // Two loose halves, a few self-loops and repeats.
    const half = rng() < 0.5 ? 0 : n / 2;
    sources[i] = half + Math.floor(rng() * (n / 2));
    targets[i] = rng() < 0.9 ? half + Math.floor(rng() * (n / 2)) : Math.floor(rng() * n);
    weights[i] = 1 + Math.floor(rng() * 3);
  }
  return {
    // Keys out of index order, so numbering by key and by index differ.
    keys: Array.from({ length: n }, (_, i) => `v${String((i * 37) % n).padStart(3, '0')}`),
    sources, targets, weights,
    lines: Int32Array.from({ length: m }, (_, i) => i + 2),
    edgeCount: m, weighted: true, ignoredColumns: [], columnCells: null,
  };
}

describe('communities on the CSR path', () => {
  const countries = ['NO', 'SE', 'DE'];
  const network = edgeListNetwork(randomRows(120, 400, 7), Array.from({ length: 120 }, (_, i) => ({ label: `v${i}`, country: countries[i % 3]! })));
  const csr = csrOfEdgeList(network);
  const graph = graphOfEdgeList(network);

  it('finds the communities detectCommunities finds on the graph built from the same rows, numbered alike (Louvain and Leiden)', () => {
    for (const algorithm of ['louvain', 'leiden'] as const) {
      for (const seed of [1, 2, 3]) {
        const ours = findCsrCommunities(csr, { algorithm, seed, resolution: 1.2 });
        const theirs = detectCommunities(graph, { algorithm, seed, resolution: 1.2 });
        expect(Object.fromEntries(csr.keys.map((k, i) => [k, ours.membership[i]!]))).toEqual(theirs.communities);
        expect(ours.modularity).toBe(theirs.modularity);
      }
    }
  });

  it('describes a partition as describeCommunities does on the same graph', () => {
    const result = findCsrCommunities(csr, { algorithm: 'louvain', seed: 4, resolution: 1 });
    const strengths = csrStrengths(csr);
    const communities: Record<string, number> = {};
    const hubMetric: Record<string, number> = {};
    csr.keys.forEach((key, i) => {
      communities[key] = result.membership[i]!;
      hubMetric[key] = strengths[i]!;
    });
    const ours = describeCsrCommunities(csr, result, { hubMetric: strengths, hubCount: 5, nameOf: () => undefined, countryOf: (i) => network.nodeAttributes![i]!.country });
    expect(ours.length).toBeGreaterThan(1);
    expect(ours).toEqual(describeCommunities(graph, communities, { hubMetric, hubCount: 5 }));
  });

  it('measures agreement with the consensus as the record-based NMI and ARI do', () => {
    const seeds = [1, 2, 3, 4, 5];
    const stability = csrCommunityStability(csr, { seeds, resolution: 1, algorithm: 'leiden' });
    const record = (membership: Int32Array) => Object.fromEntries(csr.keys.map((k, i) => [k, membership[i]!]));
    const runs = seeds.map((seed) => findCsrCommunities(csr, { algorithm: 'leiden', seed, resolution: 1 }));
    const consensus = record(stability.consensus.membership);
    const nmi = runs.reduce((s, r) => s + normalizedMutualInformation(record(r.membership), consensus), 0) / runs.length;
    const ari = runs.reduce((s, r) => s + adjustedRandIndex(record(r.membership), consensus), 0) / runs.length;
    expect(stability.meanAgreement.nmi).toBeCloseTo(nmi, 12);
    expect(stability.meanAgreement.ari).toBeCloseTo(ari, 12);
    expect(stability.modularity.max).toBe(Math.max(...runs.map((r) => r.modularity)));
  });
});
