import Graph from 'graphology';
import modularity from 'graphology-metrics/graph/modularity';
import { describe, expect, it } from 'vitest';
import { csrFromEdgeArrays } from '../../../src/analyse/csr/csr.ts';
import { csrFromGraph } from '../../../src/analyse/csr/csr-from-graph.ts';
import { adjustedRandIndex } from '../../../src/analyse/agreement/adjusted-rand-index.ts';
import { graphologyLouvain } from '../../helpers/graphology-louvain.ts';
import { louvainCsr } from '../../../src/analyse/communities/louvain-csr.ts';
import { generatePlantedPartition } from '../../../src/analyse/synthetic/planted-partition.ts';
import { loadReference, type ReferenceName } from '../../helpers/load-reference.ts';

const REFERENCE_NAMES: ReferenceName[] = ['karate', 'lesmis', 'florentine'];
const SEEDS = [1, 2, 3, 4, 5];

describe('louvainCsr', () => {
  for (const name of REFERENCE_NAMES) {
    it(`matches graphology's Louvain modularity on ${name} (best of seeds 1..5)`, () => {
      const graph = loadReference(name).graph;
      const csr = csrFromGraph(graph, { getEdgeWeight: name === 'lesmis' ? 'weight' : null });
      const ours = SEEDS.map((seed) => louvainCsr(csr, { seed }));
      const graphology = SEEDS.map((seed) => graphologyLouvain(graph, { seed }).modularity);
      const best = Math.max(...ours.map((r) => r.modularity));
      expect(best).toBeGreaterThanOrEqual(Math.max(...graphology) - 0.005);
      expect(best).toBeGreaterThanOrEqual(loadReference(name).reference.graph.louvain_best_modularity_20_seeds! - 0.01);
      // The reported modularity is the partition's, as graphology-metrics computes it.
      for (const result of ours) {
        const recomputed = modularity(graph, {
          getNodeCommunity: (node: string) => result.membership[csr.keys.indexOf(node)]!,
          getEdgeWeight: name === 'lesmis' ? 'weight' : null,
        });
        expect(result.modularity).toBeCloseTo(recomputed, 10);
      }
    });
  }

  it('honours the resolution', () => {
    const graph = loadReference('lesmis').graph;
    const csr = csrFromGraph(graph, { getEdgeWeight: 'weight' });
    const coarse = louvainCsr(csr, { resolution: 0.5 });
    const fine = louvainCsr(csr, { resolution: 3 });
    expect(fine.count).toBeGreaterThan(coarse.count);
    const recomputed = modularity(graph, {
      getNodeCommunity: (node: string) => fine.membership[csr.keys.indexOf(node)]!,
      resolution: 3,
    });
    expect(fine.modularity).toBeCloseTo(recomputed, 10);
  });

  it('is deterministic per seed and canonically numbered', () => {
    const planted = generatePlantedPartition({ nodes: 2000, edges: 10000, communities: 20, mixing: 0.2, seed: 2 });
    const csr = csrFromEdgeArrays(planted.sources, planted.targets, planted.nodes);
    const a = louvainCsr(csr, { seed: 9 });
    expect(louvainCsr(csr, { seed: 9 })).toEqual(a);
    const sizes = new Array<number>(a.count).fill(0);
    for (const c of a.membership) sizes[c]!++;
    for (let c = 1; c < a.count; c++) expect(sizes[c]!).toBeLessThanOrEqual(sizes[c - 1]!);
    // It finds the planted communities, about as well as graphology's Louvain does.
    const graph = new Graph({ type: 'undirected' });
    for (let i = 0; i < planted.nodes; i++) graph.addNode(String(i));
    for (let e = 0; e < planted.sources.length; e++) graph.addEdge(String(planted.sources[e]), String(planted.targets[e]));
    expect(a.modularity).toBeGreaterThanOrEqual(graphologyLouvain(graph, { seed: 9 }).modularity - 0.005);
    const found = Object.fromEntries([...a.membership].map((c, i) => [i, c]));
    const truth = Object.fromEntries([...planted.membership].map((c, i) => [i, c]));
    expect(adjustedRandIndex(found, truth)).toBeGreaterThan(0.9);
  });

  it('counts self-loops twice and parallel edges by multiplicity, like graphology-metrics', () => {
    // Triangle 0-1-2 with a doubled edge 0-1 and a loop on 2, path 3-4-5, bridge 2-3.
    const sources = Int32Array.of(0, 0, 1, 0, 2, 3, 4, 2);
    const targets = Int32Array.of(1, 1, 2, 2, 2, 4, 5, 3);
    const csr = csrFromEdgeArrays(sources, targets, 6);
    const result = louvainCsr(csr);
    expect([...result.membership]).toEqual([0, 0, 0, 1, 1, 1]);
    // By hand: m = 8, community {0,1,2} has 5 internal edges (loop included)
    // and degree 2+... : k0 = 3, k1 = 3, k2 = 2 + 2 (loop) + 1 = 5 → Σ = 11; {3,4,5}: 2 + 2 + 1 = 5.
    // Q = (5/8 − (11/16)²) + (2/8 − (5/16)²) = 7/8 − (121 + 25)/256 = 78/256.
    expect(result.modularity).toBeCloseTo(78 / 256, 12);
  });

  it('handles graphs without nodes or edges and rejects unknown options', () => {
    expect(louvainCsr(csrFromEdgeArrays(new Int32Array(0), new Int32Array(0), 0))).toEqual({
      membership: new Int32Array(0), modularity: 0, count: 0, levels: 0,
    });
    const lonely = louvainCsr(csrFromEdgeArrays(new Int32Array(0), new Int32Array(0), 3));
    expect([...lonely.membership]).toEqual([0, 1, 2]);
    expect(lonely.modularity).toBe(0);
    expect(() => louvainCsr(csrFromEdgeArrays(new Int32Array(0), new Int32Array(0), 1), { gamma: 2 } as never)).toThrow(/"gamma"/);
  });
});
