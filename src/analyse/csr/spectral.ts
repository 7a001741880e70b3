/**
 * PageRank and eigenvector centrality over a {@link Csr}: power iteration
 * on the weighted adjacency matrix, following NetworkX step for step so
 * that, at the same tolerance, the iterates are NetworkX's own.
 *
 * The adjacency matrix is NetworkX's `to_scipy_sparse_array` one: parallel
 * edges add up (their weights, or their count when unweighted), a self-loop
 * is one diagonal entry of its weight.
 */
import type { Csr } from './csr.ts';

export interface PowerIterationOptions {
  /** Stop when the L1 change between iterates is below order × tolerance (NetworkX's rule). */
  tolerance: number;
  maxIterations: number;
  /** Name used in the non-convergence error. */
  caller: string;
}

/** Adjacency-matrix entry per CSR entry: summed weight, parallel count, or 1. */
function entryWeights(csr: Csr): Float64Array | Int32Array | null {
  return csr.weights ?? csr.multiplicity;
}

/** Diagonal entry per node (self-loops), or null. */
function diagonal(csr: Csr): Float64Array | Int32Array | null {
  if (csr.weights) return csr.loopWeights;
  return csr.loopCounts;
}

function convergenceError(caller: string, iterations: number): Error {
  return new Error(
    `${caller}: power iteration did not converge in ${iterations} iterations; raise maxIterations or tolerance`,
  );
}

/**
 * PageRank (NetworkX `pagerank`, uniform personalization, dangling nodes —
 * those with no edge weight — spread their rank uniformly). Sums to 1.
 */
export function csrPagerank(csr: Csr, alpha: number, options: PowerIterationOptions): Float64Array {
  const n = csr.order;
  const { offsets, neighbours } = csr;
  const w = entryWeights(csr);
  const loops = diagonal(csr);
  if (n === 0) return new Float64Array(0);

  // Out-strength S and its inverse; dangling nodes have S = 0.
  const inverse = new Float64Array(n);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    let s = loops ? loops[i]! : 0;
    if (w) for (let p = offsets[i]!; p < offsets[i + 1]!; p++) s += w[p]!;
    else s += offsets[i + 1]! - offsets[i]!;
    if (s > 0) inverse[i] = 1 / s;
    else dangling.push(i);
  }

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const teleport = (1 - alpha) / n;
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    let danglingSum = 0;
    for (const i of dangling) danglingSum += x[i]!;
    for (let i = 0; i < n; i++) share[i] = x[i]! * inverse[i]!;
    const base = alpha * danglingSum / n + teleport;
    for (let j = 0; j < n; j++) {
      let sum = loops ? share[j]! * loops[j]! : 0;
      const end = offsets[j + 1]!;
      if (w) for (let p = offsets[j]!; p < end; p++) sum += share[neighbours[p]!]! * w[p]!;
      else for (let p = offsets[j]!; p < end; p++) sum += share[neighbours[p]!]!;
      next[j] = alpha * sum + base;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(next[i]! - x[i]!);
    [x, next] = [next, x];
    if (error < n * options.tolerance) {
      let total = 0;
      for (let i = 0; i < n; i++) total += x[i]!;
      for (let i = 0; i < n; i++) x[i]! /= total;
      return x;
    }
  }
  throw convergenceError(options.caller, options.maxIterations);
}

/**
 * Eigenvector centrality (NetworkX `eigenvector_centrality`): power
 * iteration on A + I (the shift keeps bipartite graphs from oscillating),
 * Euclidean-normalised, started from the uniform vector. A graph without
 * edges converges at once to 1/sqrt(n) everywhere, as in NetworkX.
 */
export function csrEigenvector(csr: Csr, options: PowerIterationOptions): Float64Array {
  const n = csr.order;
  const { offsets, neighbours } = csr;
  const w = entryWeights(csr);
  const loops = diagonal(csr);
  if (n === 0) return new Float64Array(0);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= options.maxIterations; iteration++) {
    let squares = 0;
    for (let j = 0; j < n; j++) {
      let sum = x[j]! * (loops ? 1 + loops[j]! : 1);
      const end = offsets[j + 1]!;
      if (w) for (let p = offsets[j]!; p < end; p++) sum += x[neighbours[p]!]! * w[p]!;
      else for (let p = offsets[j]!; p < end; p++) sum += x[neighbours[p]!]!;
      next[j] = sum;
      squares += sum * sum;
    }
    const norm = Math.sqrt(squares) || 1;
    let error = 0;
    for (let i = 0; i < n; i++) {
      next[i]! /= norm;
      error += Math.abs(next[i]! - x[i]!);
    }
    [x, next] = [next, x];
    if (error < n * options.tolerance) return x;
  }
  throw convergenceError(options.caller, options.maxIterations);
}
