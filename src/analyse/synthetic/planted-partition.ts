/**
 * Seeded planted-partition graphs: n nodes split into k equal-sized
 * communities (sizes differ by at most one), m distinct undirected edges of
 * which round(m · mixing) join two different communities and the rest stay
 * inside one. No self-loops, no duplicate edges. Within each kind, edges are
 * uniform over the allowed pairs (an Erdős–Rényi graph per block, so degrees
 * are Poisson-like, not heavy-tailed).
 *
 * Returned as typed edge arrays, not a graphology graph, so that benchmark
 * graphs of a million nodes and five million edges take ~60 MB and can be
 * fed to any structure (graphology, CSR, a file for NetworkX/igraph).
 *
 * Node ids are 0..n−1; community membership is assigned through a seeded
 * permutation so that communities are not contiguous id ranges (contiguous
 * ranges would hand cache locality to whichever implementation iterates ids
 * in order, which real data does not do). Edge order and orientation are
 * shuffled for the same reason.
 */
import { createRng } from '../random.ts';

export interface PlantedPartitionOptions {
  nodes: number;
  edges: number;
  communities: number;
  /** Fraction of edges between communities, 0..1. */
  mixing: number;
  seed: number;
}

export interface PlantedPartitionGraph {
  nodes: number;
  sources: Int32Array;
  targets: Int32Array;
  /** Planted community of each node, 0..communities−1. */
  membership: Int32Array;
}

const KNOWN_KEYS = ['nodes', 'edges', 'communities', 'mixing', 'seed'];

function checkOptions(options: PlantedPartitionOptions): void {
  for (const key of Object.keys(options)) {
    if (!KNOWN_KEYS.includes(key)) throw new Error(`generatePlantedPartition: unknown option "${key}"`);
  }
  const { nodes, edges, communities, mixing, seed } = options;
  const integer = (name: string, value: number, min: number) => {
    if (!Number.isInteger(value) || value < min) {
      throw new Error(`generatePlantedPartition: ${name} must be an integer ≥ ${min}, got ${value}`);
    }
  };
  integer('nodes', nodes, 1);
  integer('edges', edges, 0);
  integer('communities', communities, 1);
  if (nodes >= 2 ** 26) throw new Error('generatePlantedPartition: nodes must be below 2^26 (edge keys are doubles)');
  if (communities > nodes) throw new Error('generatePlantedPartition: more communities than nodes');
  if (!(mixing >= 0 && mixing <= 1)) throw new Error(`generatePlantedPartition: mixing must be in [0, 1], got ${mixing}`);
  if (!Number.isFinite(seed)) throw new Error(`generatePlantedPartition: seed must be a finite number, got ${seed}`);
}

/**
 * Draws `wanted` distinct pair keys (u·n + v with u < v) by rejection:
 * draw, sort, drop duplicates, draw the shortfall again. Sorting a
 * Float64Array is fast and needs no hash set (a JS Set stops at 2^24 entries).
 */
function drawDistinctPairs(wanted: number, drawKey: () => number): Float64Array {
  let keys = new Float64Array(0);
  while (keys.length < wanted) {
    const shortfall = wanted - keys.length;
    const merged = new Float64Array(keys.length + shortfall);
    merged.set(keys);
    for (let i = keys.length; i < merged.length; i++) merged[i] = drawKey();
    merged.sort();
    let unique = 0;
    for (let i = 0; i < merged.length; i++) {
      if (i === 0 || merged[i] !== merged[i - 1]) merged[unique++] = merged[i]!;
    }
    keys = merged.slice(0, unique);
  }
  return keys;
}

/** Generates a planted-partition graph; same options → identical arrays. */
export function generatePlantedPartition(options: PlantedPartitionOptions): PlantedPartitionGraph {
  checkOptions(options);
  const { nodes: n, edges: m, communities: k, mixing, seed } = options;
  const rng = createRng(seed);
  const randomInt = (bound: number) => Math.floor(rng() * bound);

  // Seeded permutation: block b holds order[start[b] .. start[b+1]).
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const start = new Float64Array(k + 1);
  for (let b = 0; b <= k; b++) start[b] = Math.floor((b * n) / k);
  const membership = new Int32Array(n);
  for (let b = 0; b < k; b++) for (let p = start[b]!; p < start[b + 1]!; p++) membership[order[p]!] = b;

  const interCount = Math.round(m * mixing);
  const intraCount = m - interCount;
  let intraPossible = 0;
  for (let b = 0; b < k; b++) {
    const size = start[b + 1]! - start[b]!;
    intraPossible += (size * (size - 1)) / 2;
  }
  const interPossible = (n * (n - 1)) / 2 - intraPossible;
  if (intraCount > intraPossible) {
    throw new Error(`generatePlantedPartition: ${intraCount} intra-community edges requested, only ${intraPossible} pairs exist`);
  }
  if (interCount > interPossible) {
    throw new Error(`generatePlantedPartition: ${interCount} inter-community edges requested, only ${interPossible} pairs exist`);
  }

  const key = (u: number, v: number) => (u < v ? u * n + v : v * n + u);
  // Intra: a uniform node, then a uniform other member of its block; pairs in
  // bigger blocks are drawn proportionally more often, as they should be.
  const intra = drawDistinctPairs(intraCount, () => {
    for (;;) {
      const u = randomInt(n);
      const b = membership[u]!;
      const v = order[start[b]! + randomInt(start[b + 1]! - start[b]!)]!;
      if (v !== u) return key(u, v);
    }
  });
  const inter = drawDistinctPairs(interCount, () => {
    for (;;) {
      const u = randomInt(n);
      const v = randomInt(n);
      if (membership[u] !== membership[v]) return key(u, v);
    }
  });

  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  let e = 0;
  for (const keys of [intra, inter]) {
    for (let i = 0; i < keys.length; i++, e++) {
      const pairKey = keys[i]!;
      sources[e] = Math.floor(pairKey / n);
      targets[e] = pairKey % n;
    }
  }
  for (let i = m - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    const s = sources[i]!;
    const t = targets[i]!;
    sources[i] = sources[j]!;
    targets[i] = targets[j]!;
    sources[j] = s;
    targets[j] = t;
  }
  for (let i = 0; i < m; i++) {
    if (rng() < 0.5) {
      const s = sources[i]!;
      sources[i] = targets[i]!;
      targets[i] = s;
    }
  }
  return { nodes: n, sources, targets, membership };
}

/**
 * The edges as "source target" lines, in chunks of `edgesPerChunk` lines, so a
 * 5M-edge list can be streamed to a file without one 60 MB string
 * (the file writing itself is node-only and lives in tests/bench/).
 */
export function* formatEdgeList(
  sources: Int32Array,
  targets: Int32Array,
  edgesPerChunk = 65_536,
): Generator<string> {
  if (sources.length !== targets.length) throw new Error('formatEdgeList: sources and targets differ in length');
  for (let from = 0; from < sources.length; from += edgesPerChunk) {
    const to = Math.min(sources.length, from + edgesPerChunk);
    const lines = new Array<string>(to - from);
    for (let i = from; i < to; i++) lines[i - from] = `${sources[i]} ${targets[i]}\n`;
    yield lines.join('');
  }
}
