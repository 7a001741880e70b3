/**
 * The CSR kernels against an independent implementation: graphology-metrics
 * (indexed Brandes from graphology-shortest-path, its own BFS closeness),
 * on random small graphs drawn by fast-check — isolated nodes, several
 * components, unit and integer weights included.
 */
import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import gmBetweenness from 'graphology-metrics/centrality/betweenness.js';
import gmCloseness from 'graphology-metrics/centrality/closeness.js';
import { describe, expect, it } from 'vitest';
import { randomEdgeList } from '../../helpers/random-edge-list.ts';
import { csrFromGraph } from '../../../src/analyse/csr/csr-from-graph.ts';
import { closenessFromSums, combinePathSums, sumShortestPaths, type PathSums } from '../../../src/analyse/csr/shortest-paths.ts';
import { rescaleBetweenness } from '../../../src/analyse/metrics/betweenness.ts';

const randomGraph = randomEdgeList({ maxNodes: 40, maxWeight: 4, edgesPerNode: 3 })
  .map(({ n, edges }) => {
    const graph = new UndirectedGraph();
    for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
    for (const [a, b, w] of edges) {
      if (a !== b && !graph.hasEdge(`n${a}`, `n${b}`)) graph.addEdge(`n${a}`, `n${b}`, { weight: w });
    }
    return graph;
  });

const ALL = { betweenness: true, closeness: true, harmonic: true, eccentricity: true };
const DISTANCE_KEYS = ['distanceSum', 'reached', 'harmonic', 'eccentricity'] as const;
const PATH_KEYS = ['betweenness', ...DISTANCE_KEYS] as const;

function expectAllClose(keys: readonly string[], ours: ArrayLike<number>, theirs: Record<string, number>): void {
  keys.forEach((key, i) => {
    const diff = Math.abs(ours[i]! - theirs[key]!);
    if (diff > 1e-9 * Math.max(1, Math.abs(theirs[key]!))) throw new Error(`${key}: ${ours[i]} vs ${theirs[key]}`);
  });
}

describe('CSR shortest-path kernels vs graphology-metrics', () => {
  it('unweighted betweenness (raw and normalised)', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const csr = csrFromGraph(graph);
        const sums = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, null, null, 0, csr.order, ALL);
        const raw = rescaleBetweenness(Float64Array.from(sums.betweenness!), csr.order, false, null);
        expectAllClose(csr.keys, raw, gmBetweenness(graph, { getEdgeWeight: null, normalized: false }));
        const normalized = rescaleBetweenness(Float64Array.from(sums.betweenness!), csr.order, true, null);
        expectAllClose(csr.keys, normalized, gmBetweenness(graph, { getEdgeWeight: null, normalized: true }));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('betweenness without closeness takes the same values as with it', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const csr = csrFromGraph(graph);
        const only = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, null, null, 0, csr.order, {
          betweenness: true, closeness: false, harmonic: false, eccentricity: false,
        });
        const both = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, null, null, 0, csr.order, ALL);
        expect(Array.from(only.betweenness!)).toEqual(Array.from(both.betweenness!));
      }),
      { numRuns: 100, seed: 8 },
    );
  });

  it('weighted (Dijkstra) betweenness', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const csr = csrFromGraph(graph, { getEdgeWeight: 'weight' });
        const sums = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, csr.lengths, null, 0, csr.order, ALL);
        const raw = rescaleBetweenness(Float64Array.from(sums.betweenness!), csr.order, false, null);
        expectAllClose(csr.keys, raw, gmBetweenness(graph, { getEdgeWeight: 'weight', normalized: false }));
      }),
      { numRuns: 300, seed: 9 },
    );
  });

  it('closeness (Wasserman–Faust), both the multi-source BFS and the Brandes pass', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const csr = csrFromGraph(graph);
        const expected = gmCloseness(graph, { wassermanFaust: true });
        const distanceOnly = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, null, null, 0, csr.order, {
          betweenness: false, closeness: true, harmonic: false, eccentricity: false,
        });
        expectAllClose(csr.keys, closenessFromSums(csr.order, distanceOnly.distanceSum!, distanceOnly.reached!), expected);
        const withBrandes = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, null, null, 0, csr.order, ALL);
        expectAllClose(csr.keys, closenessFromSums(csr.order, withBrandes.distanceSum!, withBrandes.reached!), expected);
      }),
      { numRuns: 300, seed: 10 },
    );
  });

  it('unit weights through Dijkstra equal the BFS pass (closeness, harmonic, eccentricity, betweenness)', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const csr = csrFromGraph(graph, { getEdgeWeight: () => 1 });
        const bfs = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, null, null, 0, csr.order, ALL);
        const dijkstra = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, csr.lengths, null, 0, csr.order, ALL);
        const bfsDistancesOnly = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, null, null, 0, csr.order, {
          ...ALL, betweenness: false,
        });
        for (const key of PATH_KEYS) {
          const a = bfs[key]!;
          const b = dijkstra[key]!;
          for (let i = 0; i < csr.order; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-9);
        }
        for (const key of DISTANCE_KEYS) {
          for (let i = 0; i < csr.order; i++) {
            expect(Math.abs(bfsDistancesOnly[key]![i]! - bfs[key]![i]!)).toBeLessThan(1e-12);
          }
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('partial results over split source ranges combine into the whole, in every kernel', () => {
    fc.assert(
      fc.property(randomGraph, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (graph, cut, weighted) => {
        const csr = csrFromGraph(graph, { getEdgeWeight: weighted ? 'weight' : null });
        const n = csr.order;
        const split = Math.floor(cut * n);
        for (const wanted of [ALL, { ...ALL, betweenness: false }]) {
          const run = (a: number, b: number) =>
            sumShortestPaths(n, csr.offsets, csr.neighbours, csr.lengths, null, a, b, wanted);
          const whole = run(0, n);
          const empty: PathSums = { betweenness: null, distanceSum: null, reached: null, harmonic: null, eccentricity: null };
          const combined = combinePathSums(combinePathSums(empty, run(0, split)), run(split, n));
          for (const key of PATH_KEYS) {
            if (whole[key] === null) continue;
            for (let i = 0; i < n; i++) expect(Math.abs(combined[key]![i]! - whole[key]![i]!)).toBeLessThan(1e-9);
          }
        }
      }),
      { numRuns: 150, seed: 12 },
    );
  });
});
