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
import { csrFromGraph } from '../../../src/analyse/csr/csr-from-graph.ts';
import { sumShortestPaths } from '../../../src/analyse/csr/shortest-paths.ts';
import { rescaleBetweenness } from '../../../src/analyse/metrics/betweenness.ts';

const randomGraph = fc
  .integer({ min: 1, max: 24 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(
        fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 4 })),
        { maxLength: 3 * n },
      ),
    }),
  )
  .map(({ n, edges }) => {
    const graph = new UndirectedGraph();
    for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
    for (const [a, b, w] of edges) {
      if (a !== b && !graph.hasEdge(`n${a}`, `n${b}`)) graph.addEdge(`n${a}`, `n${b}`, { weight: w });
    }
    return graph;
  });

const ALL = { betweenness: true, closeness: true, harmonic: true, eccentricity: true };

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

  it('closeness (Wasserman–Faust), both the distance-only and the Brandes pass', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const csr = csrFromGraph(graph);
        const expected = gmCloseness(graph, { wassermanFaust: true });
        const distanceOnly = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, null, null, 0, csr.order, {
          betweenness: false, closeness: true, harmonic: false, eccentricity: false,
        });
        expectAllClose(csr.keys, distanceOnly.closeness!, expected);
        const withBrandes = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, null, null, 0, csr.order, ALL);
        expectAllClose(csr.keys, withBrandes.closeness!, expected);
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
        for (const key of ['betweenness', 'closeness', 'harmonic', 'eccentricity'] as const) {
          const a = bfs[key]!;
          const b = dijkstra[key]!;
          for (let i = 0; i < csr.order; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-9);
        }
        for (const key of ['closeness', 'harmonic', 'eccentricity'] as const) {
          for (let i = 0; i < csr.order; i++) {
            expect(Math.abs(bfsDistancesOnly[key]![i]! - bfs[key]![i]!)).toBeLessThan(1e-12);
          }
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('partial sums over a split source range add up to the whole', () => {
    fc.assert(
      fc.property(randomGraph, fc.double({ min: 0, max: 1, noNaN: true }), (graph, cut) => {
        const csr = csrFromGraph(graph);
        const n = csr.order;
        const split = Math.floor(cut * n);
        const whole = sumShortestPaths(n, csr.offsets, csr.neighbours, null, null, 0, n, ALL);
        const left = sumShortestPaths(n, csr.offsets, csr.neighbours, null, null, 0, split, ALL);
        const right = sumShortestPaths(n, csr.offsets, csr.neighbours, null, null, split, n, ALL);
        for (const key of ['betweenness', 'closeness', 'harmonic', 'eccentricity'] as const) {
          for (let i = 0; i < n; i++) {
            expect(Math.abs(left[key]![i]! + right[key]![i]! - whole[key]![i]!)).toBeLessThan(1e-9);
          }
        }
      }),
      { numRuns: 100, seed: 12 },
    );
  });
});
