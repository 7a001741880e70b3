import Graph from 'graphology';
import modularity from 'graphology-metrics/graph/modularity';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../../src/analyse/communities/detect-communities.ts';
import { loadReference, type ReferenceName } from '../../helpers/load-reference.ts';
import { csrFromEdgeArrays } from '../../../src/analyse/csr/csr.ts';
import { COMMUNITY_ALGORITHMS, detectCommunitiesCsr } from '../../../src/analyse/communities/detect-communities-csr.ts';
import { generatePlantedPartition } from '../../../src/analyse/synthetic/planted-partition.ts';

/** Two triangles joined by one edge: the partition {a,b,c} {d,e,f} is forced. */
function twoTriangles(): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const [s, t] of [
    ['a', 'b'], ['b', 'c'], ['a', 'c'],
    ['d', 'e'], ['e', 'f'], ['d', 'f'],
    ['c', 'd'],
  ]) graph.mergeEdge(s!, t!);
  return graph;
}

const REFERENCE_NAMES: ReferenceName[] = ['karate', 'lesmis', 'florentine'];

describe('detectCommunities', () => {
  // Our best over seeds 1..5 must reach NetworkX's best over 20 seeds − 0.01.
  for (const name of REFERENCE_NAMES) {
    it(`reaches NetworkX's best Louvain modularity on ${name}`, () => {
      const graph = loadReference(name).graph;
      const networkxBest = loadReference(name).reference.graph.louvain_best_modularity_20_seeds!;
      const ours = [1, 2, 3, 4, 5].map((seed) => detectCommunities(graph, { seed }).modularity);
      expect(Math.max(...ours)).toBeGreaterThanOrEqual(networkxBest - 0.01);
    });

    it(`reports a modularity that graphology-metrics confirms on ${name}`, () => {
      const graph = loadReference(name).graph;
      for (const seed of [1, 7]) {
        const result = detectCommunities(graph, { seed });
        const recomputed = modularity(graph, { getNodeCommunity: (node: string) => result.communities[node]! });
        expect(result.modularity).toBeCloseTo(recomputed, 10);
      }
    });
  }

  it('recomputes the weighted modularity at resolution 2 on lesmis', () => {
    const graph = loadReference('lesmis').graph;
    const result = detectCommunities(graph, { resolution: 2 });
    const recomputed = modularity(graph, {
      getNodeCommunity: (node: string) => result.communities[node]!,
      resolution: 2,
    });
    expect(result.modularity).toBeCloseTo(recomputed, 10);
    expect(result.count).toBeGreaterThan(detectCommunities(graph).count);
  });

  it('returns identical communities for the same seed', () => {
    const graph = loadReference('lesmis').graph;
    expect(detectCommunities(graph, { seed: 3 })).toEqual(detectCommunities(graph, { seed: 3 }));
  });

  it('is free to differ between seeds, but stays canonical', () => {
    const graph = loadReference('karate').graph;
    const runs = Array.from({ length: 10 }, (_, i) => detectCommunities(graph, { seed: i + 1 }));
    const distinct = new Set(runs.map((r) => JSON.stringify(r.communities)));
    expect(distinct.size).toBeGreaterThan(1);
    for (const run of runs) {
      const sizes = new Array<number>(run.count).fill(0);
      for (const c of Object.values(run.communities)) sizes[c]!++;
      // Community 0 is the largest and sizes never increase with the id.
      for (let c = 1; c < sizes.length; c++) expect(sizes[c]!).toBeLessThanOrEqual(sizes[c - 1]!);
      expect(sizes.every((s) => s > 0)).toBe(true);
    }
  });

  it('numbers equal-sized communities by their smallest node key', () => {
    const result = detectCommunities(twoTriangles());
    expect(result.communities).toEqual({ a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 });
    expect(result.count).toBe(2);
    // By hand: m = 7, each triangle has 3 internal edges and total degree 7.
    // Q = 2 · (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14.
    expect(result.modularity).toBeCloseTo(5 / 14, 12);
  });

  it('ignores weights when getEdgeWeight is null', () => {
    const graph = twoTriangles();
    // A heavy bridge would pull c and d together if weights counted.
    graph.setEdgeAttribute('c', 'd', 'weight', 100);
    expect(detectCommunities(graph, { getEdgeWeight: null }).modularity).toBeCloseTo(5 / 14, 12);
    expect(detectCommunities(graph).communities.c).toBe(detectCommunities(graph).communities.d);
  });

  it('handles the empty graph and the graph without edges', () => {
    expect(detectCommunities(new Graph())).toEqual({ communities: {}, modularity: 0, count: 0 });
    const isolated = new Graph();
    for (const node of ['z', 'b', 'a']) isolated.addNode(node);
    expect(detectCommunities(isolated)).toEqual({ communities: { a: 0, b: 1, z: 2 }, modularity: 0, count: 3 });
  });

  it('rejects unknown options by name and bad values', () => {
    expect(() => detectCommunities(twoTriangles(), { resolutoin: 2 } as never)).toThrow(/resolutoin/);
    expect(() => detectCommunities(twoTriangles(), { resolution: 0 })).toThrow(/resolution/);
    expect(() => detectCommunities(twoTriangles(), { seed: NaN })).toThrow(/seed/);
  });

  it('.assign writes the community attribute and returns the summary', () => {
    const graph = twoTriangles();
    const result = detectCommunities.assign(graph, { nodeCommunityAttribute: 'group' });
    expect(graph.getNodeAttribute('a', 'group')).toBe(0);
    expect(graph.getNodeAttribute('f', 'group')).toBe(1);
    expect(result.count).toBe(2);
    const other = twoTriangles();
    detectCommunities.assign(other);
    expect(other.getNodeAttribute('e', 'community')).toBe(1);
  });
});

describe('detectCommunities is the CSR implementation, whatever the path', () => {
  it('gives the partition of detectCommunitiesCsr on the same edges, for both algorithms', () => {
    // The same planted graph, once as a graphology graph (the built-in data path),
    // once as edge arrays straight into CSR (the --input path of big files).
    const planted = generatePlantedPartition({ nodes: 3000, edges: 12000, communities: 30, mixing: 0.3, seed: 8 });
    const graph = new Graph({ type: 'undirected', multi: true });
    for (let i = 0; i < planted.nodes; i++) graph.addNode(String(i));
    for (let e = 0; e < planted.sources.length; e++) graph.addEdge(String(planted.sources[e]), String(planted.targets[e]));
    const csr = csrFromEdgeArrays(planted.sources, planted.targets, planted.nodes);
    for (const algorithm of COMMUNITY_ALGORITHMS) {
      for (const seed of [1, 2]) {
        const viaGraph = detectCommunities(graph, { algorithm, seed });
        const viaCsr = detectCommunitiesCsr(csr, { algorithm, seed });
        expect(viaGraph.modularity).toBe(viaCsr.modularity);
        expect(viaGraph.count).toBe(viaCsr.count);
        // Same partition: each CSR community maps to exactly one key-numbered community.
        const pairs = new Set([...viaCsr.membership].map((c, i) => `${c}:${viaGraph.communities[String(i)]}`));
        expect(pairs.size).toBe(viaCsr.count);
      }
    }
  });

  it('runs Leiden when asked, with connected communities where Louvain splits one', () => {
    // Les Misérables at resolution 2 (see leiden-csr.test.ts): Louvain seed 2 joins
    // {Child1, Child2} and {Jondrette, MmeBurgon}, which share no edge.
    const graph = loadReference('lesmis').graph;
    const louvain = detectCommunities(graph, { seed: 2, resolution: 2 });
    expect(louvain.communities.Child1).toBe(louvain.communities.Jondrette);
    const leiden = detectCommunities(graph, { algorithm: 'leiden', seed: 2, resolution: 2 });
    expect(leiden.communities.Child1).not.toBe(leiden.communities.Jondrette);
    expect(leiden.modularity).toBeGreaterThan(louvain.modularity);
    const recomputed = modularity(graph, { getNodeCommunity: (node: string) => leiden.communities[node]!, resolution: 2 });
    expect(leiden.modularity).toBeCloseTo(recomputed, 10);
    expect(() => detectCommunities(graph, { algorithm: 'walktrap' as never })).toThrow(/louvain, leiden/);
  });
});
