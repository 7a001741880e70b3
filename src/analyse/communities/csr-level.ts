/**
 * The weighted graph one level of Louvain or Leiden works on, and the steps
 * both algorithms share: reading a CSR input, collapsing communities into the
 * nodes of the next level, and the modularity of a final partition.
 *
 * Self-loops count twice in a node's degree, as in NetworkX and graphology;
 * parallel edges count by multiplicity (or summed weight).
 */
import { SEEDED_RANDOM_SHAPE } from '../random.ts';

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
  /** Weight of each entry; null when every entry weighs 1 (an unweighted simple first level), so the hot loops read no weights. */
  weights: Float64Array | null;
  /** Twice the self-loop weight per node (its contribution to the node's degree); null when there are none. */
  loops: Float64Array | null;
}

/**
 * Whether every node's degree is its entry count (no weights, no loops): the
 * hot loops then take k_i from the offsets instead of a random read of degree[i].
 */
export function unitDegrees(level: Level): boolean {
  return level.weights === null && level.loops === null;
}

function firstLevel(input: LouvainCsrInput): Level {
  const { order: n, offsets, neighbours } = input;
  let weights: Float64Array | null = null;
  if (input.weights) weights = input.weights;
  else if (input.multiplicity) weights = Float64Array.from(input.multiplicity);
  const loopValues = input.loopWeights ?? input.loopCounts;
  let loops: Float64Array | null = null;
  if (loopValues && loopValues.some((value) => value !== 0)) {
    loops = new Float64Array(n);
    for (let i = 0; i < n; i++) loops[i] = 2 * loopValues[i]!;
  }
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
  const weights = base.weights;
  if (weights === null) m2 = base.neighbours.length;
  else {
    for (let p = 0; p < weights.length; p++) {
      const w = weights[p]!;
      if (!(w >= 0) || w === Infinity) throw new Error(`${caller}: weights must be finite and ≥ 0, got ${w}`);
      m2 += w;
    }
  }
  if (base.loops) for (let i = 0; i < base.n; i++) m2 += base.loops[i]!;
  return { base, m2 };
}

/**
 * Scratch arrays for one run of Louvain or Leiden, sized once for the first
 * (largest) level and reused by every level and iteration: allocating them
 * per level cost a tenth of the run in garbage collection on the 10k bench
 * graph, and on the 1M one the fresh pages of the aggregation's buffers were
 * a fifth of the time. `linkWeight` is all zeros between uses (every user
 * clears the entries it touched).
 */
export interface Workspace {
  /** Edge weight from the current node (or community) to each community: the sparse accumulator. */
  readonly linkWeight: Float64Array;
  /** Σtot per community (local moving), K_S per community (refinement). */
  readonly communityTotal: Float64Array;
  /** Refinement: K_C and E(C, S − C) per refined community; candidates' ΔH and cumulative sampling weights. */
  readonly clusterWeight: Float64Array;
  readonly external: Float64Array;
  readonly gains: Float64Array;
  readonly cumulative: Float64Array;
  /** Weighted degree of each node of the current level. */
  readonly degree: Float64Array;
  /** Communities met by the current node (local moving's touched list, refinement's candidates, aggregation's). */
  readonly touched: Int32Array;
  /** Local moving: community sizes, the stack of empty communities, the queue. */
  readonly size: Int32Array;
  readonly empty: Int32Array;
  readonly queue: Int32Array;
  /** Refinement: the visiting order and the refined labels. */
  readonly order: Int32Array;
  readonly refined: Int32Array;
  /** densify's relabelling table; the aggregation's fill pointers. */
  readonly dense: Int32Array;
  /** Aggregation: members of each community, by counting sort. */
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
  /** Local moving: in the queue; refinement: not a singleton any more. */
  readonly flags: Uint8Array;
  /**
   * Two pairs of entry buffers: each aggregate level's neighbours and weights
   * are views into one pair, and the next level is written into the other
   * (a level is only read while the next one is built). Copying each level out
   * at its exact size was a quarter of the aggregation's time at 1M.
   */
  entries: [EntryBuffers, EntryBuffers];
}

interface EntryBuffers {
  neighbours: Int32Array;
  weights: Float64Array;
}

export function createWorkspace(level: Level): Workspace {
  const n = level.n;
  const entries = level.neighbours.length;
  return {
    linkWeight: new Float64Array(n),
    communityTotal: new Float64Array(n),
    clusterWeight: new Float64Array(n),
    external: new Float64Array(n),
    gains: new Float64Array(n + 1),
    cumulative: new Float64Array(n + 1),
    degree: new Float64Array(n),
    touched: new Int32Array(n),
    size: new Int32Array(n),
    empty: new Int32Array(n),
    queue: new Int32Array(n),
    order: new Int32Array(n),
    refined: new Int32Array(n),
    dense: new Int32Array(n),
    memberStart: new Int32Array(n + 1),
    members: new Int32Array(n),
    flags: new Uint8Array(n),
    // The first aggregate has at most as many entries as the graph; the second
    // pair is sized when first needed.
    entries: [
      { neighbours: new Int32Array(entries), weights: new Float64Array(entries) },
      { neighbours: new Int32Array(0), weights: new Float64Array(0) },
    ],
  };
}

/** Weighted degree of every node of a level (loops counted twice), into `degree` (first level.n entries). */
export function levelDegrees(level: Level, degree: Float64Array): Float64Array {
  const { n, offsets, weights, loops } = level;
  for (let i = 0; i < n; i++) {
    let k = loops === null ? 0 : loops[i]!;
    if (weights === null) k += offsets[i + 1]! - offsets[i]!;
    else for (let p = offsets[i]!; p < offsets[i + 1]!; p++) k += weights[p]!;
    degree[i] = k;
  }
  return degree;
}

/**
 * Relabels the first `n` entries of `community` in place to 0..count−1 in
 * order of first appearance; returns count. `dense` is scratch of ≥ n entries.
 */
export function densify(community: Int32Array, n: number = community.length, dense: Int32Array = new Int32Array(n)): number {
  dense.fill(-1, 0, n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    if (dense[c] === -1) dense[c] = count++;
    community[i] = dense[c]!;
  }
  return count;
}

/**
 * The pair of entry buffers the next level of `level` goes into: the one
 * `level` is not a view of, grown if it could be too small (the next level has
 * at most as many entries as `level`).
 */
function entryBuffersFor(level: Level, work: Workspace): EntryBuffers {
  const side = level.neighbours.buffer === work.entries[0].neighbours.buffer ? 1 : 0;
  const needed = level.neighbours.length;
  if (work.entries[side].neighbours.length < needed) {
    work.entries[side] = { neighbours: new Int32Array(needed), weights: new Float64Array(needed) };
  }
  return work.entries[side];
}

/** Collapses each community (dense ids 0..count−1) of `level` into one node of the next level. */
export function aggregate(level: Level, community: Int32Array, count: number, work: Workspace): Level {
  const { n, offsets, neighbours, weights, loops } = level;
  const { memberStart, members, linkWeight, touched } = work;
  const { neighbours: entryNeighbours, weights: entryWeights } = entryBuffersFor(level, work);
  // Members of each community, by counting sort (`dense` is free here: it serves as the fill pointers).
  memberStart.fill(0, 0, count + 1);
  for (let i = 0; i < n; i++) memberStart[community[i]! + 1]!++;
  for (let c = 0; c < count; c++) memberStart[c + 1]! += memberStart[c]!;
  const fill = work.dense;
  fill.set(memberStart.subarray(0, count));
  for (let i = 0; i < n; i++) members[fill[community[i]!]!++] = i;

  const nextLoops = new Float64Array(count);
  const nextOffsets = new Int32Array(count + 1);
  // The induced graph has at most as many entries as the current one.
  let entries = 0;
  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
    let inside = 0;
    for (let q = memberStart[c]!; q < memberStart[c + 1]!; q++) {
      const i = members[q]!;
      if (loops !== null) inside += loops[i]!;
      for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
        const d = community[neighbours[p]!]!;
        const w = weights === null ? 1 : weights[p]!;
        if (d === c) {
          inside += w;
          continue;
        }
        if (linkWeight[d] === 0) touched[touchedCount++] = d;
        linkWeight[d]! += w;
      }
    }
    nextLoops[c] = inside;
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      entryNeighbours[entries] = d;
      entryWeights[entries++] = linkWeight[d]!;
      linkWeight[d] = 0;
    }
    nextOffsets[c + 1] = entries;
  }
  return {
    n: count,
    offsets: nextOffsets,
    neighbours: entryNeighbours.subarray(0, entries),
    weights: entryWeights.subarray(0, entries),
    loops: nextLoops,
  };
}

/** Modularity of `membership` on the first level (where weights are exact, not aggregated sums). */
export function computeModularity(level: Level, membership: Int32Array, count: number, resolution: number, m2: number): number {
  const inside = new Float64Array(count);
  const total = new Float64Array(count);
  const { n, offsets, neighbours, weights, loops } = level;
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    if (loops !== null) {
      inside[c]! += loops[i]!;
      total[c]! += loops[i]!;
    }
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      const w = weights === null ? 1 : weights[p]!;
      total[c]! += w;
      if (membership[neighbours[p]!] === c) inside[c]! += w;
    }
  }
  let q = 0;
  for (let c = 0; c < count; c++) q += inside[c]! / m2 - resolution * (total[c]! / m2) ** 2;
  return q;
}

/**
 * V8 keeps an object shape (hidden class) only while some object has it, and
 * optimised code that checks a shape is thrown away when the shape goes. After
 * a run every level and workspace is garbage, so a full GC dropped their
 * shapes and with them the compiled hot loops ("weak objects" in
 * --trace-deopt): on the 10k bench graph, which collects before every timed
 * run, most runs re-optimised from scratch at 3–5x the CPU time. One tiny
 * level, aggregate and workspace, built by the same functions and kept for the
 * life of the module, keep the shapes alive.
 */
export const KEPT_SHAPES: readonly object[] = (() => {
  const level = firstLevel({ order: 1, offsets: new Int32Array(2), neighbours: new Int32Array(0) });
  const work = createWorkspace(level);
  const next = aggregate(level, new Int32Array(1), 1, work);
  return [level, work, next, SEEDED_RANDOM_SHAPE];
})();
