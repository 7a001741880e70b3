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
 * (the fast path: no graphology graph is needed). Edges are undirected; a
 * self-loop is an edge whose ends are equal; repeated pairs are parallel
 * edges. `keys` defaults to the decimal index, made on first use (a
 * million strings cost ~200 ms, and the kernels never read them).
 *
 * Hand-written (no maintained JS library builds a CSR with NetworkX's
 * multigraph bookkeeping) as three passes over typed arrays, each in its
 * own small function: a single large function ran mostly in V8's
 * interpreter on a 50k-edge build and deoptimised at the cold code after
 * its first loop (measured with --trace-opt/--trace-deopt; 25–30 ms first
 * run, ~5 ms warm). The passes: count degrees while validating; scatter
 * both directions of every edge into rows, walking the edges backwards
 * with decrementing row ends (each row stays in edge order, and no copy
 * of the offsets is needed); collapse parallel edges in place with one
 * slot array (sorting rows would cost O(m log d) and change the order).
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
  if (weights) checkWeights(weights);

  // Pass 1: degrees (self-loops apart), then running sums: offsets[i] = end of row i.
  const offsets = new Int32Array(n + 1);
  const loops = countDegrees(sources, targets, n, offsets);
  let total = 0;
  for (let i = 0; i < n; i++) offsets[i] = total += offsets[i]!;
  offsets[n] = total;
  let loopCounts: Int32Array | null = null;
  let loopWeights: Float64Array | null = null;
  if (loops > 0) {
    loopCounts = new Int32Array(n);
    if (weights) loopWeights = new Float64Array(n);
    countLoops(sources, targets, weights ?? null, loopCounts, loopWeights);
  }

  // Pass 2: both directions of every non-loop edge; offsets[i] ends as the start of row i.
  const neighbours = new Int32Array(total);
  const summed = weights ? new Float64Array(total) : null;
  if (weights) scatterWeighted(sources, targets, weights, offsets, neighbours, summed!);
  else scatter(sources, targets, offsets, neighbours);

  // Pass 3: parallel edges collapsed in place; offsets rewritten to the collapsed rows.
  const shortest = summed ? new Float64Array(total) : null;
  const counts = summed ? collapseWeighted(n, offsets, neighbours, summed, shortest!) : collapse(n, offsets, neighbours);
  const out = offsets[n]!;
  const fit = <T extends Int32Array | Float64Array>(a: T): T => (out === a.length ? a : (a.slice(0, out) as T));
  let names = keys ?? null;
  return {
    order: n,
    size: m,
    get keys(): readonly string[] {
      names ??= Array.from({ length: n }, (_, i) => String(i));
      return names;
    },
    offsets,
    neighbours: fit(neighbours),
    multiplicity: counts ? fit(counts) : null,
    weights: summed ? fit(summed) : null,
    lengths: shortest ? fit(shortest) : null,
    loopCounts,
    loopWeights,
  };
}

function checkWeights(weights: Float64Array): void {
  for (let e = 0; e < weights.length; e++) {
    const w = weights[e]!;
    if (!(w >= 0) || w === Infinity) {
      throw new Error(`csrFromEdgeArrays: edge ${e} has weight ${w}; weights must be finite and >= 0`);
    }
  }
}

function outside(e: number, n: number): Error {
  return new Error(`csrFromEdgeArrays: edge ${e} has an endpoint outside 0..${n - 1}`);
}

/** Adds each non-loop edge to both ends' degree; returns the self-loop count. */
function countDegrees(sources: Int32Array, targets: Int32Array, n: number, degree: Int32Array): number {
  let loops = 0;
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    if (!(s >= 0 && s < n && t >= 0 && t < n)) throw outside(e, n);
    if (s === t) loops++;
    else {
      degree[s]!++;
      degree[t]!++;
    }
  }
  return loops;
}

function countLoops(
  sources: Int32Array,
  targets: Int32Array,
  weights: Float64Array | null,
  loopCounts: Int32Array,
  loopWeights: Float64Array | null,
): void {
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e]!;
    if (s !== targets[e]) continue;
    loopCounts[s]!++;
    if (weights) loopWeights![s]! += weights[e]!;
  }
}

function scatter(sources: Int32Array, targets: Int32Array, ends: Int32Array, neighbours: Int32Array): void {
  for (let e = sources.length - 1; e >= 0; e--) {
    const s = sources[e]!;
    const t = targets[e]!;
    if (s === t) continue;
    neighbours[--ends[s]!] = t;
    neighbours[--ends[t]!] = s;
  }
}

function scatterWeighted(
  sources: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
  ends: Int32Array,
  neighbours: Int32Array,
  entryWeights: Float64Array,
): void {
  for (let e = sources.length - 1; e >= 0; e--) {
    const s = sources[e]!;
    const t = targets[e]!;
    if (s === t) continue;
    const w = weights[e]!;
    const ps = --ends[s]!;
    const pt = --ends[t]!;
    neighbours[ps] = t;
    neighbours[pt] = s;
    entryWeights[ps] = w;
    entryWeights[pt] = w;
  }
}

/**
 * Keeps the first entry of each neighbour per row, moving entries down in
 * place; returns the parallel-edge count per kept entry, or null when no
 * pair repeats. slot[j] is where j was last kept: a slot at or after the
 * current row's start means j is already in this row.
 */
function collapse(n: number, offsets: Int32Array, neighbours: Int32Array): Int32Array | null {
  const slot = new Int32Array(n).fill(-1);
  let counts: Int32Array | null = null;
  let out = 0;
  let from = 0;
  for (let i = 0; i < n; i++) {
    const end = offsets[i + 1]!;
    const rowStart = out;
    offsets[i] = out;
    for (let p = from; p < end; p++) {
      const j = neighbours[p]!;
      const q = slot[j]!;
      if (q >= rowStart) {
        counts ??= firstCounts(neighbours.length, out);
        counts[q]!++;
        continue;
      }
      slot[j] = out;
      neighbours[out] = j;
      if (counts) counts[out] = 1;
      out++;
    }
    from = end;
  }
  offsets[n] = out;
  return counts;
}

/** As collapse, summing the weights of parallel edges and keeping their smallest as the length. */
function collapseWeighted(
  n: number,
  offsets: Int32Array,
  neighbours: Int32Array,
  summed: Float64Array,
  shortest: Float64Array,
): Int32Array | null {
  const slot = new Int32Array(n).fill(-1);
  let counts: Int32Array | null = null;
  let out = 0;
  let from = 0;
  for (let i = 0; i < n; i++) {
    const end = offsets[i + 1]!;
    const rowStart = out;
    offsets[i] = out;
    for (let p = from; p < end; p++) {
      const j = neighbours[p]!;
      const w = summed[p]!;
      const q = slot[j]!;
      if (q >= rowStart) {
        counts ??= firstCounts(neighbours.length, out);
        counts[q]!++;
        summed[q]! += w;
        if (w < shortest[q]!) shortest[q] = w;
        continue;
      }
      slot[j] = out;
      neighbours[out] = j;
      summed[out] = w;
      shortest[out] = w;
      if (counts) counts[out] = 1;
      out++;
    }
    from = end;
  }
  offsets[n] = out;
  return counts;
}

/** Multiplicities when the first repeat turns up: every entry kept so far stood for one edge. */
function firstCounts(length: number, kept: number): Int32Array {
  const counts = new Int32Array(length);
  counts.fill(1, 0, kept);
  return counts;
}

/** NetworkX degree per node: parallel edges each count, a self-loop counts 2. */
export function csrDegrees(csr: Csr): Float64Array {
  const { order, offsets, multiplicity, loopCounts } = csr;
  const degrees = new Float64Array(order);
  if (multiplicity) {
    for (let i = 0; i < order; i++) {
      let d = 0;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) d += multiplicity[p]!;
      degrees[i] = d;
    }
  } else {
    // The common case as a bare loop: it runs fast even before V8 has
    // optimised it (a first call is mostly interpreted on 10k nodes).
    let start = offsets[0]!;
    for (let i = 0; i < order; i++) {
      const end = offsets[i + 1]!;
      degrees[i] = end - start;
      start = end;
    }
  }
  if (loopCounts) for (let i = 0; i < order; i++) degrees[i]! += 2 * loopCounts[i]!;
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
