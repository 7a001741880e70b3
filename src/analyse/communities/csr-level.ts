/**
 * The weighted graph one level of Louvain or Leiden works on, and the steps
 * both algorithms share: reading a CSR input, collapsing communities into the
 * nodes of the next level, and the modularity of a final partition.
 *
 * Self-loops count twice in a node's degree, as in NetworkX and graphology;
 * parallel edges count by multiplicity (or summed weight).
 */

/**
 * The adjacency Louvain and Leiden need. The metrics CSR snapshot
 * (src/analyse/csr) satisfies it: every undirected edge listed from both ends,
 * no self-loops in `neighbours`, optional per-entry weights / multiplicities
 * and per-node loops.
 */
export interface LouvainCsrInput {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights?: Float64Array | null;
  readonly multiplicity?: Int32Array | null;
  readonly loopCounts?: Int32Array | null;
  readonly loopWeights?: Float64Array | null;
}

export interface Level {
  n: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /** Twice the self-loop weight per node (its contribution to the node's degree). */
  loops: Float64Array;
}

function firstLevel(input: LouvainCsrInput): Level {
  const { order: n, offsets, neighbours } = input;
  const weights = new Float64Array(neighbours.length);
  for (let p = 0; p < neighbours.length; p++) {
    weights[p] = input.weights ? input.weights[p]! : input.multiplicity ? input.multiplicity[p]! : 1;
  }
  const loops = new Float64Array(n);
  if (input.loopWeights) for (let i = 0; i < n; i++) loops[i] = 2 * input.loopWeights[i]!;
  else if (input.loopCounts) for (let i = 0; i < n; i++) loops[i] = 2 * input.loopCounts[i]!;
  return { n, offsets, neighbours, weights, loops };
}

/**
 * Checks the options and the input and returns the first level with its total
 * weight 2m (each edge counted from both ends, loops twice).
 */
export function prepareLevel(caller: string, input: LouvainCsrInput, seed: number, resolution: number): { base: Level; m2: number } {
  if (!Number.isFinite(seed)) throw new Error(`${caller}: seed must be a finite number, got ${seed}`);
  if (!(resolution > 0) || !Number.isFinite(resolution)) {
    throw new Error(`${caller}: resolution must be a positive number, got ${resolution}`);
  }
  if (input.offsets.length !== input.order + 1) throw new Error(`${caller}: offsets must have order + 1 entries`);
  const base = firstLevel(input);
  let m2 = 0;
  for (let p = 0; p < base.weights.length; p++) {
    const w = base.weights[p]!;
    if (!(w >= 0) || w === Infinity) throw new Error(`${caller}: weights must be finite and ≥ 0, got ${w}`);
    m2 += w;
  }
  for (let i = 0; i < base.n; i++) m2 += base.loops[i]!;
  return { base, m2 };
}

/** Weighted degree of every node of a level (loops counted twice). */
export function levelDegrees(level: Level): Float64Array {
  const { n, offsets, weights, loops } = level;
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let k = loops[i]!;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) k += weights[p]!;
    degree[i] = k;
  }
  return degree;
}

/**
 * Relabels `community` in place to 0..count−1 in order of first appearance;
 * returns count.
 */
export function densify(community: Int32Array): number {
  const n = community.length;
  const dense = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    if (dense[c] === -1) dense[c] = count++;
    community[i] = dense[c]!;
  }
  return count;
}

/** Collapses each community (dense ids 0..count−1) of `level` into one node of the next level. */
export function aggregate(level: Level, community: Int32Array, count: number): Level {
  const { n, offsets, neighbours, weights, loops } = level;
  // Members of each community, by counting sort.
  const memberStart = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) memberStart[community[i]! + 1]!++;
  for (let c = 0; c < count; c++) memberStart[c + 1]! += memberStart[c]!;
  const fill = memberStart.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[community[i]!]!++] = i;

  const nextLoops = new Float64Array(count);
  const nextOffsets = new Int32Array(count + 1);
  // The induced graph has at most as many entries as the current one.
  let nextNeighbours = new Int32Array(neighbours.length);
  let nextWeights = new Float64Array(neighbours.length);
  const linkWeight = new Float64Array(count);
  const touched = new Int32Array(count);
  let entries = 0;
  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
    let inside = 0;
    for (let q = memberStart[c]!; q < memberStart[c + 1]!; q++) {
      const i = members[q]!;
      inside += loops[i]!;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
        const d = community[neighbours[p]!]!;
        if (d === c) {
          inside += weights[p]!;
          continue;
        }
        if (linkWeight[d] === 0) touched[touchedCount++] = d;
        linkWeight[d]! += weights[p]!;
      }
    }
    nextLoops[c] = inside;
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      nextNeighbours[entries] = d;
      nextWeights[entries++] = linkWeight[d]!;
      linkWeight[d] = 0;
    }
    nextOffsets[c + 1] = entries;
  }
  nextNeighbours = nextNeighbours.slice(0, entries);
  nextWeights = nextWeights.slice(0, entries);
  return { n: count, offsets: nextOffsets, neighbours: nextNeighbours, weights: nextWeights, loops: nextLoops };
}

/** Modularity of `membership` on the first level (where weights are exact, not aggregated sums). */
export function computeModularity(level: Level, membership: Int32Array, count: number, resolution: number, m2: number): number {
  const inside = new Float64Array(count);
  const total = new Float64Array(count);
  const { n, offsets, neighbours, weights, loops } = level;
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    inside[c]! += loops[i]!;
    total[c]! += loops[i]!;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      total[c]! += weights[p]!;
      if (membership[neighbours[p]!] === c) inside[c]! += weights[p]!;
    }
  }
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c]! / m2 - resolution * (total[c]! / m2) ** 2;
  return q;
}
