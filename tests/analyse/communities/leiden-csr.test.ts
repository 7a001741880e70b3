import fc from 'fast-check';
import modularity from 'graphology-metrics/graph/modularity';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { randomEdgeList } from '../../helpers/random-edge-list.ts';
import { csrFromEdgeArrays } from '../../../src/analyse/csr/csr.ts';
import { csrFromGraph } from '../../../src/analyse/csr/csr-from-graph.ts';
import { adjustedRandIndex } from '../../../src/analyse/agreement/adjusted-rand-index.ts';
import { louvainCsr } from '../../../src/analyse/communities/louvain-csr.ts';
import { leidenCsr } from '../../../src/analyse/communities/leiden-csr.ts';
import { detectCommunitiesCsr } from '../../../src/analyse/communities/detect-communities-csr.ts';
import { generatePlantedPartition } from '../../../src/analyse/synthetic/planted-partition.ts';
import { graphologyLouvain } from '../../helpers/graphology-louvain.ts';
import { disconnectedCommunities } from '../../helpers/community-parts.ts';
import { loadReference, type ReferenceName } from '../../helpers/load-reference.ts';
import igraphLeiden from '../../reference/igraph-leiden.json' with { type: 'json' };

const REFERENCE_NAMES: ReferenceName[] = ['karate', 'lesmis', 'florentine'];
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe('leidenCsr on the reference graphs', () => {
  for (const name of REFERENCE_NAMES) {
    it(`reaches NetworkX's best Louvain modularity and igraph's Leiden on ${name}`, () => {
      const { graph, reference } = loadReference(name);
      const weight = name === 'lesmis' ? 'weight' : null;
      const csr = csrFromGraph(graph, { getEdgeWeight: weight });
      const runs = SEEDS.map((seed) => leidenCsr(csr, { seed }));
      const values = runs.map((r) => r.modularity);
      const igraph = igraphLeiden.graphs[name].n_iterations_2;
      expect(Math.max(...values)).toBeGreaterThanOrEqual(reference.graph.louvain_best_modularity_20_seeds! - 0.01);
      // Same seeds count, same defaults (θ = 0.01, 2 iterations) as igraph's run.
      expect(Math.max(...values)).toBeGreaterThanOrEqual(igraph.best - 0.002);
      expect(median(values)).toBeGreaterThanOrEqual(igraph.median - 0.01);
      for (const result of runs) {
        expect(disconnectedCommunities(csr, result.membership).size).toBe(0);
        expect(result.splitCommunities).toBe(0);
        // The reported modularity is the partition's, as graphology-metrics computes it.
        const recomputed = modularity(graph, {
          getNodeCommunity: (node: string) => result.membership[csr.keys.indexOf(node)]!,
          getEdgeWeight: weight,
        });
        expect(result.modularity).toBeCloseTo(recomputed, 10);
      }
    });
  }
});

describe('Louvain can return a disconnected community; Leiden cannot', () => {
  // Les Misérables (weighted, tests/reference/lesmis.json) at resolution 2, found by
  // searching seeds 1..300 and resolutions 0.5..3 over the three reference graphs:
  // Louvain puts Child1 and Child2 with Jondrette and MmeBurgon. The two pairs are
  // joined only through Gavroche, who moved to another community after they merged.
  const { graph } = loadReference('lesmis');
  const csr = csrFromGraph(graph, { getEdgeWeight: 'weight' });
  const names = (parts: number[][]): string[][] => parts.map((part) => part.map((i) => csr.keys[i]!).sort());

  it('louvainCsr (seed 2) and graphology-communities-louvain (seed 1) both return it', () => {
    const ours = disconnectedCommunities(csr, louvainCsr(csr, { seed: 2, resolution: 2 }).membership);
    expect([...ours.values()].map(names)).toEqual([[['Child1', 'Child2'], ['Jondrette', 'MmeBurgon']]]);
    // graphology's own Louvain, the independent reference (a devDependency since detectCommunities runs ours).
    const graphology = graphologyLouvain(graph, { seed: 1, resolution: 2 }).communities;
    const theirs = disconnectedCommunities(csr, csr.keys.map((key) => graphology[key]!));
    expect([...theirs.values()].map(names)).toEqual([[['Child1', 'Child2'], ['Jondrette', 'MmeBurgon']]]);
    // No edge joins the two pairs: the community is disconnected by the raw data, not by our reading.
    for (const a of ['Child1', 'Child2']) for (const b of ['Jondrette', 'MmeBurgon']) expect(graph.hasEdge(a, b)).toBe(false);
  });

  it('Leiden returns only connected communities there, for every seed, with higher modularity', () => {
    const louvain = louvainCsr(csr, { seed: 2, resolution: 2 });
    for (const seed of SEEDS) {
      const leiden = leidenCsr(csr, { seed, resolution: 2 });
      expect(disconnectedCommunities(csr, leiden.membership).size).toBe(0);
      expect(leiden.splitCommunities).toBe(0);
      expect(leiden.modularity).toBeGreaterThanOrEqual(louvain.modularity - 1e-9);
    }
  });

  it('Leiden communities are connected on random graphs (weights, parallel edges, loops, isolated nodes)', () => {
    const randomGraph = fc
      .tuple(
        randomEdgeList({ maxNodes: 60, maxWeight: 5, edgesPerNode: 4 }),
        fc.record({
          weighted: fc.boolean(),
          seed: fc.integer({ min: 0, max: 1000 }),
          resolution: fc.constantFrom(0.5, 1, 2, 4),
          iterations: fc.constantFrom(1, 2, -1),
        }),
      )
      .map(([graph, settings]) => ({ ...graph, ...settings }));
    fc.assert(
      fc.property(randomGraph, ({ n, edges, weighted, seed, resolution, iterations }) => {
        const csr = csrFromEdgeArrays(
          Int32Array.from(edges.map((e) => e[0])),
          Int32Array.from(edges.map((e) => e[1])),
          n,
          weighted ? Float64Array.from(edges.map((e) => e[2])) : null,
        );
        const result = leidenCsr(csr, { seed, resolution, iterations });
        expect(disconnectedCommunities(csr, result.membership).size).toBe(0);
        expect(result.splitCommunities).toBe(0);
        // Same seed, same answer; canonical numbering (sizes non-increasing).
        expect(leidenCsr(csr, { seed, resolution, iterations })).toEqual(result);
        const sizes = new Array<number>(result.count).fill(0);
        for (const c of result.membership) sizes[c]!++;
        for (let c = 1; c < result.count; c++) expect(sizes[c]!).toBeLessThanOrEqual(sizes[c - 1]!);
        // Modularity as graphology-metrics computes it (parallel edges merged, weights summed).
        if (csr.size > 0) {
          const graph = new UndirectedGraph();
          for (let i = 0; i < n; i++) graph.addNode(String(i));
          for (const [a, b, w] of edges) {
            graph.updateEdge(String(a), String(b), (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + (weighted ? w : 1) }));
          }
          const recomputed = modularity(graph, {
            getNodeCommunity: (node: string) => result.membership[Number(node)]!,
            getEdgeWeight: 'weight',
            resolution,
          });
          expect(result.modularity).toBeCloseTo(recomputed, 9);
        }
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it('finds the planted communities and is connected on a larger planted partition', () => {
    const planted = generatePlantedPartition({ nodes: 5000, edges: 20000, communities: 50, mixing: 0.25, seed: 3 });
    const csr = csrFromEdgeArrays(planted.sources, planted.targets, planted.nodes);
    const leiden = leidenCsr(csr, { seed: 4 });
    expect(disconnectedCommunities(csr, leiden.membership).size).toBe(0);
    expect(leiden.modularity).toBeGreaterThanOrEqual(louvainCsr(csr, { seed: 4 }).modularity - 0.002);
    const found = Object.fromEntries([...leiden.membership].map((c, i) => [i, c]));
    const truth = Object.fromEntries([...planted.membership].map((c, i) => [i, c]));
    expect(adjustedRandIndex(found, truth)).toBeGreaterThan(0.9);
  });
});

describe('leidenCsr options and edge cases', () => {
  it('more iterations never lower modularity (each iteration starts from the last)', () => {
    const planted = generatePlantedPartition({ nodes: 2000, edges: 8000, communities: 20, mixing: 0.45, seed: 5 });
    const csr = csrFromEdgeArrays(planted.sources, planted.targets, planted.nodes);
    const one = leidenCsr(csr, { seed: 3, iterations: 1 });
    const two = leidenCsr(csr, { seed: 3, iterations: 2 });
    const stable = leidenCsr(csr, { seed: 3, iterations: -1 });
    expect(one.iterations).toBe(1);
    expect(two.iterations).toBe(2);
    expect(two.modularity).toBeGreaterThanOrEqual(one.modularity);
    expect(stable.modularity).toBeGreaterThanOrEqual(two.modularity);
    expect(stable.iterations).toBeGreaterThanOrEqual(2);
    expect(leidenCsr(csr, { seed: 3 })).toEqual(two);
  });

  it('honours the resolution', () => {
    const graph = loadReference('lesmis').graph;
    const csr = csrFromGraph(graph, { getEdgeWeight: 'weight' });
    const coarse = leidenCsr(csr, { resolution: 0.5 });
    const fine = leidenCsr(csr, { resolution: 3 });
    expect(fine.count).toBeGreaterThan(coarse.count);
    const recomputed = modularity(graph, {
      getNodeCommunity: (node: string) => fine.membership[csr.keys.indexOf(node)]!,
      getEdgeWeight: 'weight',
      resolution: 3,
    });
    expect(fine.modularity).toBeCloseTo(recomputed, 10);
  });

  it('counts self-loops twice and parallel edges by multiplicity, as louvainCsr', () => {
    // The graph of louvain-csr.test.ts: Q = 78/256 by hand for {0,1,2} {3,4,5}.
    const sources = Int32Array.of(0, 0, 1, 0, 2, 3, 4, 2);
    const targets = Int32Array.of(1, 1, 2, 2, 2, 4, 5, 3);
    const result = leidenCsr(csrFromEdgeArrays(sources, targets, 6));
    expect([...result.membership]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(result.modularity).toBeCloseTo(78 / 256, 12);
  });

  it('handles graphs without nodes or edges and rejects bad options', () => {
    const empty = csrFromEdgeArrays(new Int32Array(0), new Int32Array(0), 0);
    expect(leidenCsr(empty)).toMatchObject({ membership: new Int32Array(0), modularity: 0, count: 0 });
    const lonely = leidenCsr(csrFromEdgeArrays(new Int32Array(0), new Int32Array(0), 3));
    expect([...lonely.membership]).toEqual([0, 1, 2]);
    expect(lonely.modularity).toBe(0);
    const one = csrFromEdgeArrays(Int32Array.of(0), Int32Array.of(1), 2);
    expect(() => leidenCsr(one, { gamma: 2 } as never)).toThrow(/"gamma"/);
    expect(() => leidenCsr(one, { iterations: 0 })).toThrow(/iterations/);
    expect(() => leidenCsr(one, { resolution: -1 })).toThrow(/resolution/);
  });
});

describe('detectCommunitiesCsr', () => {
  it('runs the chosen algorithm, Louvain by default, and rejects unknown ones', () => {
    const csr = csrFromGraph(loadReference('lesmis').graph, { getEdgeWeight: 'weight' });
    const options = { seed: 2, resolution: 2 };
    const louvain = louvainCsr(csr, options);
    expect(detectCommunitiesCsr(csr, options)).toEqual(louvain);
    const { membership, modularity: q, count, levels } = leidenCsr(csr, options);
    expect(detectCommunitiesCsr(csr, { ...options, algorithm: 'leiden' })).toEqual({ membership, modularity: q, count, levels });
    expect(() => detectCommunitiesCsr(csr, { algorithm: 'infomap' as never })).toThrow(/louvain, leiden/);
  });
});
