/**
 * Louvain over typed arrays (CSR), for graphs too big to hold as graphology
 * objects. Measured on this project's 2-core machine: building a graphology
 * graph of 100k nodes / 500k edges alone takes several seconds and hundreds
 * of MB, and a 1M / 5M graph several GB, while this works from the edge arrays
 * (via a CSR snapshot) in a fraction of the memory. See tests/bench/RESULTS.md.
 * detectCommunities (graphology's Louvain) stays the default for the twin
 * networks; this is the path for large graphs, tested to reach the same
 * modularity on the reference graphs.
 *
 * The algorithm is Blondel et al. (2008) with the queue-based "fast local
 * moves" of graphology and igraph: each level visits the nodes in a seeded
 * random order, moves a node to the neighbouring community with the best
 * modularity gain, re-queues its neighbours outside that community, and stops
 * when the queue is empty; then communities become nodes of the next level.
 * It ends when a level moves nothing. Gain of moving i into community c, with
 * i taken out of its own community first:
 *   k_i,c − γ · Σtot_c · k_i / 2m
 * (the common 1/m factor dropped). Ties keep the current community, else the
 * first best candidate in adjacency order; together with the seed this makes
 * the result deterministic.
 *
 * Self-loops count twice in a node's degree, as in NetworkX and graphology;
 * parallel edges count by multiplicity (or summed weight).
 */
import { createRng } from '../random.ts';
import { renumberMembership } from './renumber-communities.ts';
import { resolveOptions } from '../../options/resolve-options.ts';

/**
 * The adjacency Louvain needs. The metrics CSR snapshot (src/analyse/csr)
 * satisfies it: every undirected edge listed from both ends, no self-loops in
 * `neighbours`, optional per-entry weights / multiplicities and per-node loops.
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

export interface LouvainCsrOptions {
  seed: number;
  resolution: number;
}

export interface LouvainCsrResult {
  /** Node index → canonical community id (0 = largest, ties by smallest node index). */
  membership: Int32Array;
  /** Modularity of the final partition at the requested resolution. */
  modularity: number;
  count: number;
  /** Number of aggregation levels that moved at least one node. */
  levels: number;
}

export const DEFAULTS: LouvainCsrOptions = { seed: 1, resolution: 1 };

const EPSILON = 1e-12;

interface Level {
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

/** One level of local moving; returns community per node and whether anything moved. */
function moveNodes(level: Level, resolution: number, m2: number, rng: () => number): { community: Int32Array; moved: boolean } {
  const { n, offsets, neighbours, weights, loops } = level;
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let k = loops[i]!;
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) k += weights[p]!;
    degree[i] = k;
  }
  const community = new Int32Array(n);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    community[i] = i;
    total[i] = degree[i]!;
  }

  // Circular queue of nodes to visit, seeded with a random permutation.
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  for (let i = 0; i < n; i++) queue[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = queue[i]!;
    queue[i] = queue[j]!;
    queue[j] = t;
  }
  queued.fill(1);
  let head = 0;
  let size = n;

  // Scratch: weight from the current node to each neighbouring community.
  const linkWeight = new Float64Array(n);
  const touched = new Int32Array(n);
  let moved = false;
  const scale = resolution / m2;

  while (size > 0) {
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[i] = 0;

    const own = community[i]!;
    const k = degree[i]!;
    let touchedCount = 0;
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    for (let p = start; p < end; p++) {
      const c = community[neighbours[p]!]!;
      if (linkWeight[c] === 0) touched[touchedCount++] = c;
      linkWeight[c]! += weights[p]!;
    }
    total[own]! -= k;
    let best = own;
    let bestGain = linkWeight[own]! - total[own]! * k * scale;
    for (let t = 0; t < touchedCount; t++) {
      const c = touched[t]!;
      if (c === own) continue;
      const gain = linkWeight[c]! - total[c]! * k * scale;
      if (gain > bestGain + EPSILON) {
        bestGain = gain;
        best = c;
      }
    }
    total[best]! += k;
    for (let t = 0; t < touchedCount; t++) linkWeight[touched[t]!] = 0;
    // A zero-weight edge would leave its community untouched in the scratch
    // list above; harmless, as a zero link can never be the best gain.

    if (best !== own) {
      community[i] = best;
      moved = true;
      for (let p = start; p < end; p++) {
        const j = neighbours[p]!;
        if (queued[j] === 0 && community[j] !== best) {
          queued[j] = 1;
          let tail = head + size;
          if (tail >= n) tail -= n;
          queue[tail] = j;
          size++;
        }
      }
    }
  }
  return { community, moved };
}

/** Collapses each community of `level` into one node of the next level. */
function aggregate(level: Level, community: Int32Array, count: number): Level {
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
function computeModularity(level: Level, membership: Int32Array, count: number, resolution: number, m2: number): number {
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

/**
 * Louvain communities of a CSR graph. Deterministic for a given seed.
 * Edge cases as detectCommunities: no nodes → no communities; no edge weight
 * at all → every node alone, modularity 0.
 */
export function louvainCsr(input: LouvainCsrInput, options?: Partial<LouvainCsrOptions>): LouvainCsrResult {
  const { seed, resolution } = resolveOptions('louvainCsr', DEFAULTS, options);
  if (!Number.isFinite(seed)) throw new Error(`louvainCsr: seed must be a finite number, got ${seed}`);
  if (!(resolution > 0) || !Number.isFinite(resolution)) {
    throw new Error(`louvainCsr: resolution must be a positive number, got ${resolution}`);
  }
  const n = input.order;
  if (input.offsets.length !== n + 1) throw new Error('louvainCsr: offsets must have order + 1 entries');
  const base = firstLevel(input);
  let m2 = 0;
  for (let p = 0; p < base.weights.length; p++) {
    const w = base.weights[p]!;
    if (!(w >= 0) || w === Infinity) throw new Error(`louvainCsr: weights must be finite and ≥ 0, got ${w}`);
    m2 += w;
  }
  for (let i = 0; i < n; i++) m2 += base.loops[i]!;
  if (m2 === 0) {
    const alone = new Int32Array(n);
    for (let i = 0; i < n; i++) alone[i] = i;
    return { membership: alone, modularity: 0, count: n, levels: 0 };
  }

  const rng = createRng(seed);
  // membership[v] = node of the current level that holds original node v.
  const membership = new Int32Array(n);
  for (let v = 0; v < n; v++) membership[v] = v;
  let level = base;
  let levels = 0;
  for (;;) {
    const { community, moved } = moveNodes(level, resolution, m2, rng);
    if (!moved) break;
    levels++;
    // Dense renumbering of the level's communities (any order will do here).
    const dense = new Int32Array(level.n).fill(-1);
    let count = 0;
    for (let i = 0; i < level.n; i++) {
      const c = community[i]!;
      if (dense[c] === -1) dense[c] = count++;
      community[i] = dense[c]!;
    }
    for (let v = 0; v < n; v++) membership[v] = community[membership[v]!]!;
    if (count === level.n) break;
    level = aggregate(level, community, count);
  }
  const canonical = renumberMembership(membership);
  return {
    membership: canonical.membership,
    count: canonical.count,
    modularity: computeModularity(base, canonical.membership, canonical.count, resolution, m2),
    levels,
  };
}
