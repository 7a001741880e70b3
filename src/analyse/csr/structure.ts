/**
 * Local-structure kernels over a {@link Csr}: triangles, core numbers and
 * connected components. All work on the simple graph (parallel edges
 * collapsed, self-loops ignored), as NetworkX does for triangles and
 * clustering (it rejects multigraphs and skips self-loops there).
 */
import type { Csr } from './csr.ts';
import { sumShortestPaths } from './shortest-paths.ts';

/**
 * Triangles through each node. Compact-forward (Latapy 2008): orient each
 * edge from lower to higher (degree, index) rank and close wedges with a
 * stamp array, O(m·sqrt(m)) instead of O(sum of squared degrees).
 */
export function csrTriangles(csr: Csr): Float64Array {
  const n = csr.order;
  const { offsets, neighbours } = csr;
  const triangles = new Float64Array(n);
  const degree = (i: number): number => offsets[i + 1]! - offsets[i]!;
  const above = (a: number, b: number): boolean => {
    const da = degree(a);
    const db = degree(b);
    return da > db || (da === db && a > b);
  };
  const stamp = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const end = offsets[u + 1]!;
    for (let p = offsets[u]!; p < end; p++) {
      const v = neighbours[p]!;
      if (above(v, u)) stamp[v] = u;
    }
    for (let p = offsets[u]!; p < end; p++) {
      const v = neighbours[p]!;
      if (!above(v, u)) continue;
      const vend = offsets[v + 1]!;
      for (let q = offsets[v]!; q < vend; q++) {
        const x = neighbours[q]!;
        // u < v < x in rank, x adjacent to u: count triangle {u, v, x} once.
        if (stamp[x] === u && above(x, v)) {
          triangles[u]!++;
          triangles[v]!++;
          triangles[x]!++;
        }
      }
    }
  }
  return triangles;
}

/** Simple-graph degree (distinct neighbours, self-loops left out). */
export function csrSimpleDegrees(csr: Csr): Int32Array {
  const n = csr.order;
  const degrees = new Int32Array(n);
  for (let i = 0; i < n; i++) degrees[i] = csr.offsets[i + 1]! - csr.offsets[i]!;
  return degrees;
}

/**
 * k-core number of each node, Batagelj & Zaversnik (2003): bucket nodes
 * by degree, peel the lowest, O(n + m) over typed arrays.
 */
export function csrCoreNumbers(csr: Csr): Int32Array {
  const n = csr.order;
  const { offsets, neighbours } = csr;
  const degree = csrSimpleDegrees(csr);
  let maxDegree = 0;
  for (let i = 0; i < n; i++) if (degree[i]! > maxDegree) maxDegree = degree[i]!;
  const binStart = new Int32Array(maxDegree + 2);
  for (let i = 0; i < n; i++) binStart[degree[i]! + 1]!++;
  for (let d = 0; d <= maxDegree; d++) binStart[d + 1]! += binStart[d]!;
  const position = new Int32Array(n);
  const vertices = new Int32Array(n);
  const fill = binStart.slice();
  for (let i = 0; i < n; i++) {
    const p = fill[degree[i]!]!++;
    position[i] = p;
    vertices[p] = i;
  }
  for (let k = 0; k < n; k++) {
    const v = vertices[k]!;
    const dv = degree[v]!;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const u = neighbours[p]!;
      const du = degree[u]!;
      if (du > dv) {
        // Move u to the front of its bin, then shrink the bin by one.
        const pu = position[u]!;
        const pw = binStart[du]!;
        const w = vertices[pw]!;
        if (u !== w) {
          vertices[pu] = w;
          position[w] = pu;
          vertices[pw] = u;
          position[u] = pw;
        }
        binStart[du]!++;
        degree[u] = du - 1;
      }
    }
  }
  return degree;
}

/**
 * Connected components as arrays of node indices: largest first; equal
 * sizes in order of their first node (graph order); nodes within a
 * component in graph order. The arrays are views into one buffer.
 *
 * BFS over the typed arrays (union-find over the same entries measured
 * 2–3× slower on the 10k bench graph). The BFS, the loop over start
 * nodes and the grouping are separate small functions: as one function
 * (one Int32Array allocated per component), V8 compiled the BFS loop, then
 * deoptimised twice at the cold code after it (--trace-deopt), so the first
 * three or four calls took 7–10 ms instead of ~1 ms on 10k nodes / 100k
 * entries; split, the first call takes ~7 ms and the second ~3 ms.
 */
export function csrComponents(csr: Csr): Int32Array[] {
  const n = csr.order;
  const labels = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const sizes = new Int32Array(n);
  const count = labelComponents(n, csr.offsets, csr.neighbours, labels, order, sizes);
  const starts = new Int32Array(count + 1);
  for (let c = 0; c < count; c++) starts[c + 1] = starts[c]! + sizes[c]!;
  groupByLabel(n, labels, starts.slice(0, count), order);
  const members: Int32Array[] = new Array(count);
  for (let c = 0; c < count; c++) members[c] = order.subarray(starts[c]!, starts[c + 1]!);
  // Components are numbered by first node already; a stable sort keeps that as the tie-break.
  return members.sort((a, b) => b.length - a.length);
}

/**
 * Labels each node with its component (numbered by first node), BFS from
 * each unlabelled node in turn; `labels` must hold -1. Writes each
 * component's size and returns their count; `queue` is scratch.
 */
function labelComponents(
  n: number,
  offsets: Int32Array,
  neighbours: Int32Array,
  labels: Int32Array,
  queue: Int32Array,
  sizes: Int32Array,
): number {
  let count = 0;
  let tail = 0;
  for (let start = 0; start < n; start++) {
    if (labels[start] !== -1) continue;
    const first = tail;
    labels[start] = count;
    queue[tail] = start;
    tail = labelFrom(offsets, neighbours, labels, queue, count, first);
    sizes[count] = tail - first;
    count++;
  }
  return count;
}

/**
 * BFS from queue[head], labelling every unlabelled node reached with
 * `label`; returns the new queue end. Apart from the loop above so V8's
 * on-stack compile of this loop meets no code without type feedback.
 */
function labelFrom(
  offsets: Int32Array,
  neighbours: Int32Array,
  labels: Int32Array,
  queue: Int32Array,
  label: number,
  head: number,
): number {
  let tail = head + 1;
  while (head < tail) {
    const v = queue[head++]!;
    const end = offsets[v + 1]!;
    for (let p = offsets[v]!; p < end; p++) {
      const w = neighbours[p]!;
      if (labels[w] === -1) {
        labels[w] = label;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}

/** Counting sort of the nodes by label into `out`, graph order within a label; `fill` holds each label's start. */
function groupByLabel(n: number, labels: Int32Array, fill: Int32Array, out: Int32Array): void {
  for (let i = 0; i < n; i++) out[fill[labels[i]!]!++] = i;
}

/**
 * Exact diameter (in hops) of the component holding `members`, by iFUB
 * (Crescenzi et al. 2013): BFS from a central node, then check eccentricities
 * fringe by fringe from the deepest level, stopping as soon as the lower bound
 * meets the upper bound. Typically a handful of BFS instead of one per node
 * on sparse, long-range graphs; on small-world random graphs the fringes are
 * wide, so their eccentricities run 32 at a time through the multi-source BFS.
 */
/**
 * Hop BFS from `source` into caller-owned buffers: `dist` must hold -1 for
 * unvisited nodes (the caller resets the `count` entries of `queue` after
 * use); returns the visit count, with the visit order in `queue` (the last
 * one is a farthest node).
 */
export function csrBfsInto(csr: Csr, source: number, dist: Int32Array, queue: Int32Array): number {
  const { offsets, neighbours } = csr;
  dist[source] = 0;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++]!;
    const next = dist[v]! + 1;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const w = neighbours[p]!;
      if (dist[w]! < 0) {
        dist[w] = next;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}

export function csrComponentDiameter(csr: Csr, members: Int32Array): number {
  if (members.length <= 1) return 0;
  const n = csr.order;
  const { offsets, neighbours } = csr;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const bfs = (source: number): number => csrBfsInto(csr, source, dist, queue);
  const reset = (count: number): void => {
    for (let i = 0; i < count; i++) dist[queue[i]!] = -1;
  };
  // 4-sweep heuristic for a central start node: from the highest-degree
  // node, go to a farthest node, then to the middle of the path found.
  let hub = members[0]!;
  for (const v of members) if (offsets[v + 1]! - offsets[v]! > offsets[hub + 1]! - offsets[hub]!) hub = v;
  const middleOfSweep = (from: number): { middle: number; lower: number } => {
    let count = bfs(from);
    const far = queue[count - 1]!;
    reset(count);
    count = bfs(far);
    const other = queue[count - 1]!;
    const length = dist[other]!;
    // Walk back from `other` towards `far` half the way.
    let v = other;
    for (let step = 0; step < (length >> 1); step++) {
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const w = neighbours[p]!;
        if (dist[w] === dist[v]! - 1) {
          v = w;
          break;
        }
      }
    }
    reset(count);
    return { middle: v, lower: length };
  };
  const first = middleOfSweep(hub);
  const second = middleOfSweep(first.middle);
  let lower = Math.max(first.lower, second.lower);
  const centre = second.middle;

  const count = bfs(centre);
  const levels = dist[queue[count - 1]!]!;
  // Group nodes by BFS level from the centre (queue is already level-ordered).
  const levelOf = queue.slice(0, count);
  const levelDist = new Int32Array(count);
  for (let i = 0; i < count; i++) levelDist[i] = dist[levelOf[i]!]!;
  reset(count);
  lower = Math.max(lower, levels);
  let upper = 2 * levels;
  let cursor = count - 1;
  for (let level = levels; level > 0 && upper > lower; level--) {
    // The fringe's largest eccentricity, 32 fringe nodes per multi-source
    // BFS (its per-target maxima have the same overall maximum).
    const end = cursor + 1;
    while (cursor >= 0 && levelDist[cursor] === level) cursor--;
    const fringeNodes = levelOf.subarray(cursor + 1, end);
    const reach = sumShortestPaths(n, offsets, neighbours, null, fringeNodes, 0, fringeNodes.length, {
      betweenness: false,
      closeness: false,
      harmonic: false,
      eccentricity: true,
    }).eccentricity!;
    let fringe = 0;
    for (const v of members) if (reach[v]! > fringe) fringe = reach[v]!;
    lower = Math.max(lower, fringe);
    if (lower > 2 * (level - 1)) return lower;
    upper = 2 * (level - 1);
  }
  return lower;
}
