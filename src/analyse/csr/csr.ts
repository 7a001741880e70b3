/**
 * A compact, read-only snapshot of an undirected graph in compressed sparse
 * row (CSR) form, over typed arrays.
 *
 * Why: graphology's adjacency is a map of objects, which is right for
 * editing but slow for all-pairs kernels (Brandes betweenness over
 * graphology-metrics takes ~30 s on a 10k-node / 50k-edge graph; the same
 * kernel over these arrays takes a few seconds). Every metric in
 * src/analyse/metrics builds one snapshot and runs its kernel on it.
 *
 * What the snapshot keeps, so each metric can follow NetworkX:
 * - `neighbours`: the simple graph — each neighbour once, self-loops left
 *   out (shortest paths, triangles, clustering and core numbers are defined
 *   on it).
 * - `multiplicity`: how many parallel edges each adjacency entry stands for
 *   (null when the graph has none), so degree and unweighted PageRank count
 *   parallel edges as NetworkX's MultiGraph does.
 * - `weights`: summed weight of the parallel edges (the adjacency-matrix
 *   entry PageRank, eigenvector and strength use); `lengths`: the smallest
 *   weight among them (the shortest-path length NetworkX uses for
 *   multigraphs). Both null when the snapshot is unweighted.
 * - `loops`: per node, the number of self-loops and their summed weight.
 */
export interface Csr {
  /** Number of nodes. */
  readonly order: number;
  /** Number of edges as NetworkX counts them: self-loops and parallel edges included. */
  readonly size: number;
  /** Node keys by index. */
  readonly keys: readonly string[];
  /** Row starts, length order + 1: node i's neighbours are neighbours[offsets[i] .. offsets[i+1]). */
  readonly offsets: Int32Array;
  /** Neighbour indices (simple graph, no self-loops), in first-seen order. */
  readonly neighbours: Int32Array;
  /** Parallel-edge count per adjacency entry, or null when every entry stands for one edge. */
  readonly multiplicity: Int32Array | null;
  /** Summed edge weight per adjacency entry, or null when unweighted. */
  readonly weights: Float64Array | null;
  /** Smallest edge weight per adjacency entry (shortest-path length), or null when unweighted. */
  readonly lengths: Float64Array | null;
  /** Self-loop count per node, or null when there are none. */
  readonly loopCounts: Int32Array | null;
  /** Summed self-loop weight per node, or null when unweighted or loop-free. */
  readonly loopWeights: Float64Array | null;
}

/**
 * Builds a snapshot from parallel edge arrays over node indices 0..n-1
 * (the fast path: no graphology graph is needed, ~50 ms for 500k edges).
 * Edges are undirected; a self-loop is an edge whose ends are equal;
 * repeated pairs are parallel edges. `keys` defaults to the decimal index.
 */
export function csrFromEdgeArrays(
  sources: Int32Array,
  targets: Int32Array,
  n: number,
  weights?: Float64Array | null,
  keys?: readonly string[],
): Csr {
  const m = sources.length;
  if (targets.length !== m) throw new Error('csrFromEdgeArrays: sources and targets differ in length');
  if (weights && weights.length !== m) throw new Error('csrFromEdgeArrays: weights and sources differ in length');
  if (!Number.isInteger(n) || n < 0) throw new Error(`csrFromEdgeArrays: invalid node count ${n}`);
  if (keys && keys.length !== n) throw new Error('csrFromEdgeArrays: keys and node count differ');

  // Pass 1: raw degree per node (self-loops counted apart).
  const rawDegree = new Int32Array(n + 1);
  let loopCounts: Int32Array | null = null;
  let loopWeights: Float64Array | null = null;
  for (let e = 0; e < m; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    if (!(s >= 0 && s < n && t >= 0 && t < n)) {
      throw new Error(`csrFromEdgeArrays: edge ${e} has an endpoint outside 0..${n - 1}`);
    }
    if (weights) {
      const w = weights[e]!;
      if (!(w >= 0) || w === Infinity) {
        throw new Error(`csrFromEdgeArrays: edge ${e} has weight ${w}; weights must be finite and >= 0`);
      }
    }
    if (s === t) {
      loopCounts ??= new Int32Array(n);
      loopCounts[s]!++;
      if (weights) {
        loopWeights ??= new Float64Array(n);
        loopWeights[s]! += weights[e]!;
      }
    } else {
      rawDegree[s]!++;
      rawDegree[t]!++;
    }
  }

  // Pass 2: scatter both directions of every non-loop edge into raw rows.
  const rawOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rawOffsets[i + 1] = rawOffsets[i]! + rawDegree[i]!;
  const fill = rawOffsets.slice(0, n);
  const rawNeighbours = new Int32Array(rawOffsets[n]!);
  const rawWeights = weights ? new Float64Array(rawOffsets[n]!) : null;
  for (let e = 0; e < m; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    if (s === t) continue;
    const ps = fill[s]!++;
    const pt = fill[t]!++;
    rawNeighbours[ps] = t;
    rawNeighbours[pt] = s;
    if (rawWeights) {
      rawWeights[ps] = weights![e]!;
      rawWeights[pt] = weights![e]!;
    }
  }

  // Pass 3: collapse parallel edges row by row in O(degree) with a stamp
  // array (sorting each row would cost O(m log d) and change the order).
  const offsets = new Int32Array(n + 1);
  const neighbours = new Int32Array(rawNeighbours.length);
  const summed = rawWeights ? new Float64Array(rawNeighbours.length) : null;
  const shortest = rawWeights ? new Float64Array(rawNeighbours.length) : null;
  let counts: Int32Array | null = null;
  const stamp = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  let out = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = out;
    const end = rawOffsets[i + 1]!;
    for (let p = rawOffsets[i]!; p < end; p++) {
      const j = rawNeighbours[p]!;
      if (stamp[j] === i) {
        const q = slot[j]!;
        if (!counts) {
          counts = new Int32Array(rawNeighbours.length);
          // Entries written so far all stood for one edge.
          counts.fill(1, 0, out);
        }
        counts[q]!++;
        if (summed) {
          const w = rawWeights![p]!;
          summed[q]! += w;
          if (w < shortest![q]!) shortest![q] = w;
        }
        continue;
      }
      stamp[j] = i;
      slot[j] = out;
      neighbours[out] = j;
      if (counts) counts[out] = 1;
      if (summed) {
        summed[out] = rawWeights![p]!;
        shortest![out] = rawWeights![p]!;
      }
      out++;
    }
  }
  offsets[n] = out;

  return {
    order: n,
    size: m,
    keys: keys ?? Array.from({ length: n }, (_, i) => String(i)),
    offsets,
    neighbours: out === neighbours.length ? neighbours : neighbours.slice(0, out),
    multiplicity: counts ? counts.slice(0, out) : null,
    weights: summed ? (out === summed.length ? summed : summed.slice(0, out)) : null,
    lengths: shortest ? (out === shortest.length ? shortest : shortest.slice(0, out)) : null,
    loopCounts,
    loopWeights,
  };
}

/** NetworkX degree per node: parallel edges each count, a self-loop counts 2. */
export function csrDegrees(csr: Csr): Float64Array {
  const { order, offsets, multiplicity, loopCounts } = csr;
  const degrees = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    let d = 0;
    if (multiplicity) {
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) d += multiplicity[p]!;
    } else {
      d = offsets[i + 1]! - offsets[i]!;
    }
    if (loopCounts) d += 2 * loopCounts[i]!;
    degrees[i] = d;
  }
  return degrees;
}

/**
 * Weighted degree per node as NetworkX's `G.degree(weight=...)`: the sum of
 * incident edge weights, a self-loop's weight counted twice. Unweighted
 * snapshots give the degree.
 */
export function csrStrengths(csr: Csr): Float64Array {
  if (!csr.weights) return csrDegrees(csr);
  const { order, offsets, weights, loopWeights } = csr;
  const strengths = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    let s = 0;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) s += weights[p]!;
    if (loopWeights) s += 2 * loopWeights[i]!;
    strengths[i] = s;
  }
  return strengths;
}
