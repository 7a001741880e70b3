/**
 * The shortest-path pass shared by betweenness, closeness, harmonic
 * closeness and eccentricity (the expensive part of all four is the same
 * BFS or Dijkstra, so computeNodeMetrics runs it once).
 *
 * Three kernels, chosen by what is asked:
 * - hops, no betweenness: a multi-source bit-parallel BFS (MS-BFS, Then et
 *   al. 2014). 32 sources advance together as the bits of one integer per
 *   node, so an edge is scanned once per distinct distance among the 32
 *   sources rather than once per source — several times less work than 32
 *   separate BFS on small-world graphs.
 * - hops with betweenness: Brandes (2001) BFS. The forward pass records
 *   each DAG edge (v → w, w one level further) grouped by v, so the
 *   backward pass walks only those edges and pulls
 *   coefficient(w) = (1 + delta(w)) / sigma(w) from successors already
 *   final: no predecessor lists, no adjacency re-scan, one division per node.
 * - lengths: Brandes with Dijkstra on an indexed binary heap.
 * Only nodes a source reached are reset, so sources in small components
 * cost what their component costs.
 *
 * `sumShortestPaths` is deliberately self-contained (it calls nothing outside
 * its own body) because src/cli/node-metrics-on-workers.ts ships its source text to worker
 * threads; keep it that way. It works on a source range [from, to), so the
 * sources can be split across workers and the partial results combined
 * (see {@link PathSums}).
 */

/** Which per-node results a pass should produce. */
export interface PathSumsWanted {
  betweenness: boolean;
  /** Distance sums and reach counts, from which closeness is computed. */
  closeness: boolean;
  harmonic: boolean;
  eccentricity: boolean;
}

/**
 * Results of a pass over sources[from..to). Partial results from disjoint
 * source ranges combine by addition (eccentricity: by maximum). The
 * distance-based arrays credit each pair (s, t) to either end — the
 * kernels differ — which is the same once every node has been a source
 * (distances are symmetric); so they are only meaningful for a pass over
 * all nodes. `betweenness` holds dependency sums over ordered pairs — not
 * halved, not normalised — and is meaningful for any source subset.
 */
export interface PathSums {
  betweenness: Float64Array | null;
  /** Sum of distances to the reachable other nodes. */
  distanceSum: Float64Array | null;
  /** Number of reachable other nodes. */
  reached: Float64Array | null;
  /** Sum of 1/d over the reachable other nodes (d = 0 adds nothing). */
  harmonic: Float64Array | null;
  /** Largest distance within the node's component. */
  eccentricity: Float64Array | null;
}

/**
 * Wasserman–Faust closeness (NetworkX's `wf_improved=True`) from complete
 * sums: (r / Σd) · (r / (n - 1)), r the number of other nodes reached;
 * 0 when nothing is reached at positive distance.
 */
export function closenessFromSums(order: number, distanceSum: Float64Array, reached: Float64Array): Float64Array {
  const closeness = new Float64Array(order);
  if (order < 2) return closeness;
  for (let i = 0; i < order; i++) {
    const total = distanceSum[i]!;
    const r = reached[i]!;
    if (total > 0) closeness[i] = (r / total) * (r / (order - 1));
  }
  return closeness;
}

/**
 * @param order      number of nodes
 * @param offsets    CSR row starts (length order + 1)
 * @param neighbours CSR neighbour indices (simple graph, no self-loops)
 * @param lengths    edge lengths per adjacency entry (>= 0), or null for hop counts
 * @param sources    source node indices (distinct), or null for "source i is node i"
 * @param from       first position in `sources` (inclusive)
 * @param to         last position in `sources` (exclusive)
 */
export function sumShortestPaths(
  order: number,
  offsets: Int32Array,
  neighbours: Int32Array,
  lengths: Float64Array | null,
  sources: Int32Array | null,
  from: number,
  to: number,
  wanted: PathSumsWanted,
): PathSums {
  const n = order;
  const betweenness = wanted.betweenness ? new Float64Array(n) : null;
  const distanceSum = wanted.closeness ? new Float64Array(n) : null;
  const reached = wanted.closeness ? new Float64Array(n) : null;
  const harmonic = wanted.harmonic ? new Float64Array(n) : null;
  const eccentricity = wanted.eccentricity ? new Float64Array(n) : null;
  const result = { betweenness, distanceSum, reached, harmonic, eccentricity };
  if (n === 0 || from >= to) return result;

  if (lengths === null && betweenness === null) {
    // MS-BFS. Per node: `seen` bits (sources that reached it), `frontier`
    // bits (sources for which it is on the current level), `next` bits
    // (sources arriving at the next level). Pair (s, t) is credited to t.
    const seen = new Int32Array(n);
    const frontier = new Int32Array(n);
    const next = new Int32Array(n);
    const active = new Int32Array(n);
    const touched = new Int32Array(n);
    const visited = new Int32Array(n);
    for (let batch = from; batch < to; batch += 32) {
      const size = Math.min(32, to - batch);
      let activeCount = 0;
      let visitedCount = 0;
      for (let b = 0; b < size; b++) {
        const s = sources === null ? batch + b : sources[batch + b]!;
        if (seen[s] === 0) {
          active[activeCount++] = s;
          visited[visitedCount++] = s;
        }
        seen[s]! |= 1 << b;
        frontier[s]! |= 1 << b;
      }
      let level = 0;
      while (activeCount > 0) {
        level++;
        let touchedCount = 0;
        for (let i = 0; i < activeCount; i++) {
          const v = active[i]!;
          const bits = frontier[v]!;
          frontier[v] = 0;
          const end = offsets[v + 1]!;
          for (let p = offsets[v]!; p < end; p++) {
            const w = neighbours[p]!;
            const arriving = next[w]!;
            if (arriving === 0) touched[touchedCount++] = w;
            next[w] = arriving | bits;
          }
        }
        activeCount = 0;
        for (let i = 0; i < touchedCount; i++) {
          const w = touched[i]!;
          const fresh = next[w]! & ~seen[w]!;
          next[w] = 0;
          if (fresh === 0) continue;
          if (seen[w] === 0) visited[visitedCount++] = w;
          seen[w]! |= fresh;
          frontier[w] = fresh;
          active[activeCount++] = w;
          // Population count of `fresh`: how many sources reach w at this level.
          let x = fresh - ((fresh >>> 1) & 0x55555555);
          x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
          const count = Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
          if (distanceSum !== null) {
            distanceSum[w]! += level * count;
            reached![w]! += count;
          }
          if (harmonic !== null) harmonic[w]! += count / level;
          if (eccentricity !== null && level > eccentricity[w]!) eccentricity[w] = level;
        }
      }
      for (let i = 0; i < visitedCount; i++) seen[visited[i]!] = 0;
    }
    return result;
  }

  const sigma = new Float64Array(n);
  // (1 + delta) / sigma per node during the backward pass.
  const coefficient = new Float64Array(n);
  // Settled nodes in order of distance: the BFS queue, then the Brandes stack.
  const settled = new Int32Array(n);

  if (lengths === null) {
    const dist = new Int32Array(n).fill(-1);
    const successors = new Int32Array(neighbours.length);
    const successorStart = new Int32Array(n + 1);
    for (let k = from; k < to; k++) {
      const s = sources === null ? k : sources[k]!;
      dist[s] = 0;
      sigma[s] = 1;
      settled[0] = s;
      let head = 0;
      let tail = 1;
      let dag = 0;
      let total = 0;
      let inverseTotal = 0;
      while (head < tail) {
        successorStart[head] = dag;
        const v = settled[head++]!;
        const nextLevel = dist[v]! + 1;
        const sv = sigma[v]!;
        const end = offsets[v + 1]!;
        for (let p = offsets[v]!; p < end; p++) {
          const w = neighbours[p]!;
          const dw = dist[w]!;
          if (dw < 0) {
            dist[w] = nextLevel;
            settled[tail++] = w;
            total += nextLevel;
            inverseTotal += 1 / nextLevel;
            sigma[w] = sv;
            successors[dag++] = w;
          } else if (dw === nextLevel) {
            sigma[w]! += sv;
            successors[dag++] = w;
          }
        }
      }
      successorStart[tail] = dag;
      if (distanceSum !== null) {
        distanceSum[s]! += total;
        reached![s]! += tail - 1;
      }
      if (harmonic !== null) harmonic[s]! += inverseTotal;
      if (eccentricity !== null) eccentricity[s] = dist[settled[tail - 1]!]!;
      for (let i = tail - 1; i > 0; i--) {
        const v = settled[i]!;
        let sum = 0;
        const end = successorStart[i + 1]!;
        for (let e = successorStart[i]!; e < end; e++) sum += coefficient[successors[e]!]!;
        const sv = sigma[v]!;
        const dependency = sv * sum;
        betweenness![v]! += dependency;
        coefficient[v] = (1 + dependency) / sv;
      }
      for (let i = 0; i < tail; i++) dist[settled[i]!] = -1;
    }
    return result;
  }

  // Weighted: Dijkstra with an indexed binary heap (decrease-key in place,
  // so the heap never holds more than n entries).
  const dist = new Float64Array(n).fill(Infinity);
  const rank = new Int32Array(n).fill(-1); // position in `settled`, -1 until settled
  const heap = new Int32Array(n);
  const slot = new Int32Array(n).fill(-1); // position in `heap`
  let heapSize = 0;

  const siftUp = (start: number): void => {
    let i = start;
    const node = heap[i]!;
    const d = dist[node]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = heap[parent]!;
      if (dist[up]! <= d) break;
      heap[i] = up;
      slot[up] = i;
      i = parent;
    }
    heap[i] = node;
    slot[node] = i;
  };
  const popMin = (): number => {
    const top = heap[0]!;
    slot[top] = -1;
    heapSize--;
    if (heapSize > 0) {
      const node = heap[heapSize]!;
      const d = dist[node]!;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= heapSize) break;
        const right = left + 1;
        let child = left;
        if (right < heapSize && dist[heap[right]!]! < dist[heap[left]!]!) child = right;
        const c = heap[child]!;
        if (dist[c]! >= d) break;
        heap[i] = c;
        slot[c] = i;
        i = child;
      }
      heap[i] = node;
      slot[node] = i;
    }
    return top;
  };

  for (let k = from; k < to; k++) {
    const s = sources === null ? k : sources[k]!;
    dist[s] = 0;
    sigma[s] = 1;
    heap[0] = s;
    slot[s] = 0;
    heapSize = 1;
    let count = 0;
    let total = 0;
    let inverseTotal = 0;
    while (heapSize > 0) {
      const v = popMin();
      rank[v] = count;
      settled[count++] = v;
      const dv = dist[v]!;
      total += dv;
      if (dv > 0) inverseTotal += 1 / dv;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let p = offsets[v]!; p < end; p++) {
        const w = neighbours[p]!;
        if (rank[w]! >= 0) continue;
        const alternative = dv + lengths[p]!;
        const dw = dist[w]!;
        if (alternative < dw) {
          dist[w] = alternative;
          sigma[w] = sv;
          if (dw === Infinity) {
            heap[heapSize] = w;
            slot[w] = heapSize;
            heapSize++;
          }
          siftUp(slot[w]!);
        } else if (alternative === dw) {
          sigma[w]! += sv;
        }
      }
    }
    if (distanceSum !== null) {
      distanceSum[s]! += total;
      reached![s]! += count - 1;
    }
    if (harmonic !== null) harmonic[s]! += inverseTotal;
    if (eccentricity !== null) eccentricity[s] = dist[settled[count - 1]!]!;
    if (betweenness !== null) {
      // Pull form, as in the BFS branch: a node's successors are the
      // neighbours settled after it whose distance it explains exactly —
      // the same float test the forward pass made, so the same DAG.
      for (let i = count - 1; i > 0; i--) {
        const v = settled[i]!;
        const dv = dist[v]!;
        let sum = 0;
        const end = offsets[v + 1]!;
        for (let p = offsets[v]!; p < end; p++) {
          const w = neighbours[p]!;
          if (rank[w]! > i && dv + lengths[p]! === dist[w]) sum += coefficient[w]!;
        }
        const sv = sigma[v]!;
        const dependency = sv * sum;
        betweenness[v]! += dependency;
        coefficient[v] = (1 + dependency) / sv;
      }
    }
    for (let i = 0; i < count; i++) {
      const v = settled[i]!;
      dist[v] = Infinity;
      sigma[v] = 0;
      rank[v] = -1;
    }
  }
  return result;
}

/**
 * Adds partial results from disjoint source ranges into `into` (in place;
 * eccentricity by maximum) and returns it. Self-contained like the kernel,
 * because worker threads run it too.
 */
export function combinePathSums(into: PathSums, part: PathSums): PathSums {
  const keys = ['betweenness', 'distanceSum', 'reached', 'harmonic', 'eccentricity'] as const;
  for (const key of keys) {
    const values = part[key];
    if (values === null) continue;
    const total = into[key];
    if (total === null) {
      into[key] = Float64Array.from(values);
    } else if (key === 'eccentricity') {
      for (let i = 0; i < values.length; i++) if (values[i]! > total[i]!) total[i] = values[i]!;
    } else {
      for (let i = 0; i < values.length; i++) total[i]! += values[i]!;
    }
  }
  return into;
}
