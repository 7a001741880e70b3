/**
 * The snapshot and its structural kernels: construction from edge arrays
 * (parallel edges, self-loops, weights) checked by hand, and triangles,
 * core numbers, components and the iFUB diameter checked against naive
 * implementations written here (adjacency sets, repeated peeling, all-pairs
 * BFS) on random graphs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csrDegrees, csrFromEdgeArrays, csrStrengths, type Csr } from '../../../src/analyse/csr/csr.ts';
import { csrPagerank } from '../../../src/analyse/csr/spectral.ts';
import { sumShortestPaths } from '../../../src/analyse/csr/shortest-paths.ts';
import {
  csrComponentDiameter,
  csrComponents,
  csrCoreNumbers,
  csrTriangles,
} from '../../../src/analyse/csr/structure.ts';

const i32 = (xs: number[]) => Int32Array.from(xs);

describe('csrFromEdgeArrays', () => {
  // 0-1 twice (weights 2 and 5), 1-2, loop on 2 (weight 3), node 3 isolated.
  const csr = csrFromEdgeArrays(i32([0, 1, 1, 2]), i32([1, 0, 2, 2]), 4, Float64Array.from([2, 5, 1, 3]), ['a', 'b', 'c', 'd']);
  it('collapses parallel edges and sets self-loops apart', () => {
    expect(csr.order).toBe(4);
    expect(csr.size).toBe(4);
    expect(Array.from(csr.offsets)).toEqual([0, 1, 3, 4, 4]);
    expect(Array.from(csr.neighbours)).toEqual([1, 0, 2, 1]);
    expect(Array.from(csr.multiplicity!)).toEqual([2, 2, 1, 1]);
    expect(Array.from(csr.weights!)).toEqual([7, 7, 1, 1]);
    expect(Array.from(csr.lengths!)).toEqual([2, 2, 1, 1]);
    expect(Array.from(csr.loopCounts!)).toEqual([0, 0, 1, 0]);
    expect(Array.from(csr.loopWeights!)).toEqual([0, 0, 3, 0]);
  });
  it('degrees count parallel edges and loops twice; strengths sum weights', () => {
    expect(Array.from(csrDegrees(csr))).toEqual([2, 3, 3, 0]);
    expect(Array.from(csrStrengths(csr))).toEqual([7, 8, 7, 0]);
  });
  it('a simple unweighted graph carries no extra arrays', () => {
    const simple = csrFromEdgeArrays(i32([0]), i32([1]), 2);
    expect(simple.multiplicity).toBeNull();
    expect(simple.weights).toBeNull();
    expect(simple.loopCounts).toBeNull();
    expect(simple.keys).toEqual(['0', '1']);
  });
  it('rejects bad input', () => {
    expect(() => csrFromEdgeArrays(i32([0]), i32([2]), 2)).toThrow(/outside/);
    expect(() => csrFromEdgeArrays(i32([0]), i32([]), 2)).toThrow(/differ/);
    expect(() => csrFromEdgeArrays(i32([0]), i32([1]), 2, Float64Array.from([NaN]))).toThrow(/weight/);
    expect(() => csrFromEdgeArrays(i32([0]), i32([1]), 2, Float64Array.from([-1]))).toThrow(/weight/);
  });
  it('builds a 500k-edge snapshot quickly', () => {
    const n = 100_000;
    const m = 500_000;
    const s = new Int32Array(m);
    const t = new Int32Array(m);
    let x = 12345;
    for (let e = 0; e < m; e++) {
      x = (x * 1103515245 + 12345) >>> 0;
      s[e] = x % n;
      x = (x * 1103515245 + 12345) >>> 0;
      t[e] = x % n;
    }
    const start = performance.now();
    const big = csrFromEdgeArrays(s, t, n);
    const elapsed = performance.now() - start;
    let total = 0;
    for (const d of csrDegrees(big)) total += d;
    expect(total).toBe(2 * m);
    // The target is < 1 s on an idle machine; allow for a loaded shared one.
    expect(elapsed).toBeLessThan(3000);
  });
});

// ---- naive references -----------------------------------------------------

const randomEdges = fc.integer({ min: 1, max: 30 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 4 * n }),
  }),
);

/** Larger graphs, so the 32-source batches of the multi-source BFS run several times. */
const larger = fc.integer({ min: 30, max: 110 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { minLength: Math.floor(n / 2), maxLength: 3 * n }),
  }),
);

function build({ n, edges }: { n: number; edges: [number, number][] }): { csr: Csr; adj: Set<number>[] } {
  const csr = csrFromEdgeArrays(i32(edges.map((e) => e[0])), i32(edges.map((e) => e[1])), n);
  const adj = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of edges) {
    if (a === b) continue;
    adj[a]!.add(b);
    adj[b]!.add(a);
  }
  return { csr, adj };
}

function naiveTriangles(adj: Set<number>[]): number[] {
  return adj.map((nb) => {
    const list = [...nb];
    let t = 0;
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (adj[list[i]!]!.has(list[j]!)) t++;
    return t;
  });
}

/** Core number by definition: the largest k whose k-core (repeated removal of degree < k) holds the node. */
function naiveCores(adj: Set<number>[]): number[] {
  const n = adj.length;
  const core = new Array<number>(n).fill(0);
  for (let k = 1; k <= n; k++) {
    const alive = new Array<boolean>(n).fill(true);
    let changed = true;
    while (changed) {
      changed = false;
      for (let v = 0; v < n; v++) {
        if (!alive[v]) continue;
        let d = 0;
        for (const w of adj[v]!) if (alive[w]) d++;
        if (d < k) {
          alive[v] = false;
          changed = true;
        }
      }
    }
    for (let v = 0; v < n; v++) if (alive[v]) core[v] = k;
  }
  return core;
}

function bfsDistances(adj: Set<number>[], s: number): number[] {
  const dist = new Array<number>(adj.length).fill(-1);
  dist[s] = 0;
  const queue = [s];
  for (let h = 0; h < queue.length; h++) {
    const v = queue[h]!;
    for (const w of adj[v]!) if (dist[w]! < 0) { dist[w] = dist[v]! + 1; queue.push(w); }
  }
  return dist;
}

describe('structural kernels vs naive references', () => {
  it('triangles', () => {
    fc.assert(fc.property(randomEdges, (input) => {
      const { csr, adj } = build(input);
      expect(Array.from(csrTriangles(csr))).toEqual(naiveTriangles(adj));
    }), { numRuns: 200, seed: 1 });
  });
  it('core numbers', () => {
    fc.assert(fc.property(randomEdges, (input) => {
      const { csr, adj } = build(input);
      expect(Array.from(csrCoreNumbers(csr))).toEqual(naiveCores(adj));
    }), { numRuns: 200, seed: 2 });
  });
  it('components partition the nodes, are connected internally, sorted largest first', () => {
    fc.assert(fc.property(randomEdges, (input) => {
      const { csr, adj } = build(input);
      const components = csrComponents(csr);
      const seen = components.flatMap((c) => Array.from(c)).sort((a, b) => a - b);
      expect(seen).toEqual(Array.from({ length: input.n }, (_, i) => i));
      for (let i = 1; i < components.length; i++) {
        const [a, b] = [components[i - 1]!, components[i]!];
        expect(a.length > b.length || (a.length === b.length && a[0]! < b[0]!)).toBe(true);
      }
      for (const c of components) {
        const dist = bfsDistances(adj, c[0]!);
        const reached = dist.map((d, v) => (d >= 0 ? v : -1)).filter((v) => v >= 0);
        expect(Array.from(c)).toEqual(reached);
      }
    }), { numRuns: 200, seed: 3 });
  });
  it('iFUB diameter equals the largest eccentricity (all-pairs BFS) in every component', () => {
    fc.assert(fc.property(fc.oneof(randomEdges, larger), (input) => {
      const { csr, adj } = build(input);
      for (const c of csrComponents(csr)) {
        let expected = 0;
        for (const v of c) for (const d of bfsDistances(adj, v)) expected = Math.max(expected, d);
        expect(csrComponentDiameter(csr, c)).toBe(expected);
      }
    }), { numRuns: 300, seed: 4 });
  });
  it('eccentricity from the path pass equals naive BFS (over several 32-source batches)', () => {
    fc.assert(fc.property(larger, (input) => {
      const { csr, adj } = build(input);
      const { eccentricity } = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, null, null, 0, csr.order, {
        betweenness: false, closeness: false, harmonic: false, eccentricity: true,
      });
      for (let v = 0; v < input.n; v++) expect(eccentricity![v]).toBe(Math.max(...bfsDistances(adj, v)));
    }), { numRuns: 100, seed: 5 });
  });
  it('PageRank sums to 1 and satisfies its fixed-point equation', () => {
    fc.assert(fc.property(randomEdges, (input) => {
      const { csr } = build(input);
      const pr = csrPagerank(csr, 0.85, { tolerance: 1e-14, maxIterations: 5000, caller: 'test' });
      const n = input.n;
      expect(Math.abs(pr.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
      // x_j = 0.15/n + 0.85 (Σ_{i~j} m_ij x_i / d_i + Σ_{dangling} x_i / n), from the definition.
      const degrees = csrDegrees(csr);
      const loops = csr.loopCounts;
      let dangling = 0;
      for (let i = 0; i < n; i++) if (degrees[i] === 0) dangling += pr[i]!;
      for (let j = 0; j < n; j++) {
        // Undirected self-loop: one diagonal entry, out-strength counts it once.
        const out = (i: number) => degrees[i]! - (loops ? loops[i]! : 0);
        let sum = loops && loops[j]! > 0 ? (pr[j]! * loops[j]!) / out(j) : 0;
        for (let p = csr.offsets[j]!; p < csr.offsets[j + 1]!; p++) {
          const i = csr.neighbours[p]!;
          sum += (pr[i]! * (csr.multiplicity ? csr.multiplicity[p]! : 1)) / out(i);
        }
        expect(Math.abs(pr[j]! - (0.15 / n + 0.85 * (sum + dangling / n)))).toBeLessThan(1e-10);
      }
    }), { numRuns: 150, seed: 6 });
  });
});
