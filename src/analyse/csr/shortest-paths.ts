/**
 * One shortest-path pass per source, shared by betweenness, closeness,
 * harmonic closeness and eccentricity (the expensive part of all four is
 * the same BFS or Dijkstra, so computeNodeMetrics runs it once).
 *
 * Brandes (2001) with two changes that matter in JavaScript:
 * - no predecessor lists: the back-propagation re-scans each node's
 *   neighbours and keeps those one step closer to the source. Same O(m)
 *   per source, but no per-source allocation (graphology-shortest-path's
 *   indexed Brandes allocates a list per node per source).
 * - only the nodes a source reached are reset, so sources in small
 *   components cost what their component costs.
 *
 * `sumShortestPaths` is deliberately self-contained (it calls nothing outside
 * its own body) because parallel-node.ts ships its source text to worker
 * threads; keep it that way. It works on a source range [from, to), so the
 * sources can be split across workers and the partial results summed.
 */

/** Which per-node results a pass should produce. */
export interface PathSumsWanted {
  betweenness: boolean;
  closeness: boolean;
  harmonic: boolean;
  eccentricity: boolean;
}

/**
 * Results of one pass over sources[from..to). `betweenness` holds the
 * dependency sums over ordered (source, target) pairs — not halved, not
 * normalised. The other arrays are filled only at the sources of the range
 * (zero elsewhere), so partial results from disjoint ranges can be added.
 */
export interface PathSums {
  betweenness: Float64Array | null;
  /** Wasserman–Faust closeness of each source (NetworkX's `wf_improved=True`). */
  closeness: Float64Array | null;
  /** Sum of 1/d over the other nodes each source reaches. */
  harmonic: Float64Array | null;
  /** Largest distance from each source within its component. */
  eccentricity: Float64Array | null;
}

/**
 * @param order      number of nodes
 * @param offsets    CSR row starts (length order + 1)
 * @param neighbours CSR neighbour indices (simple graph, no self-loops)
 * @param lengths    edge lengths per adjacency entry (>= 0), or null for hop counts
 * @param sources    source node indices, or null for "source i is node i"
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
  const closeness = wanted.closeness ? new Float64Array(n) : null;
  const harmonic = wanted.harmonic ? new Float64Array(n) : null;
  const eccentricity = wanted.eccentricity ? new Float64Array(n) : null;
  if (n === 0 || from >= to) return { betweenness, closeness, harmonic, eccentricity };

  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  // Settled nodes in order of distance: the BFS queue, then the Brandes stack.
  const settled = new Int32Array(n);

  if (lengths === null && betweenness === null) {
    // Distances only: a level-synchronous BFS needs no per-node distance
    // (sum of distances = Σ level × level size) and no reset (a node is
    // visited when its stamp is the current source). About the cost of a
    // bare BFS.
    const stamp = new Int32Array(n).fill(-1);
    for (let k = from; k < to; k++) {
      const s = sources === null ? k : sources[k]!;
      stamp[s] = k;
      settled[0] = s;
      let levelStart = 0;
      let levelEnd = 1;
      let tail = 1;
      let level = 0;
      let distanceSum = 0;
      let inverseSum = 0;
      while (levelStart < levelEnd) {
        for (let head = levelStart; head < levelEnd; head++) {
          const v = settled[head]!;
          const end = offsets[v + 1]!;
          for (let p = offsets[v]!; p < end; p++) {
            const w = neighbours[p]!;
            if (stamp[w] !== k) {
              stamp[w] = k;
              settled[tail++] = w;
            }
          }
        }
        level++;
        const size = tail - levelEnd;
        if (size === 0) break;
        distanceSum += level * size;
        inverseSum += size / level;
        levelStart = levelEnd;
        levelEnd = tail;
      }
      const reached = tail - 1;
      if (closeness !== null && distanceSum > 0 && n > 1) {
        closeness[s] = (reached / distanceSum) * (reached / (n - 1));
      }
      if (harmonic !== null) harmonic[s] = inverseSum;
      if (eccentricity !== null) eccentricity[s] = level - 1;
    }
    return { betweenness, closeness, harmonic, eccentricity };
  }

  if (lengths === null) {
    // Hops with betweenness. The forward BFS records each DAG edge (v → w,
    // w one level further) in `successors`, grouped by v in BFS order; the
    // backward pass then walks only those edges, pulling
    // coefficient(w) = (1 + delta(w)) / sigma(w) from successors that are
    // already final — no re-scan of the adjacency, no division per edge.
    const dist = new Int32Array(n).fill(-1);
    const successors = new Int32Array(neighbours.length);
    const successorStart = new Int32Array(n + 1);
    const coefficient = delta; // (1 + delta) / sigma, per node
    for (let k = from; k < to; k++) {
      const s = sources === null ? k : sources[k]!;
      dist[s] = 0;
      sigma[s] = 1;
      settled[0] = s;
      let head = 0;
      let tail = 1;
      let dag = 0;
      let distanceSum = 0;
      let inverseSum = 0;
      while (head < tail) {
        successorStart[head] = dag;
        const v = settled[head++]!;
        const next = dist[v]! + 1;
        const sv = sigma[v]!;
        const end = offsets[v + 1]!;
        for (let p = offsets[v]!; p < end; p++) {
          const w = neighbours[p]!;
          const dw = dist[w]!;
          if (dw < 0) {
            dist[w] = next;
            settled[tail++] = w;
            distanceSum += next;
            inverseSum += 1 / next;
            sigma[w] = sv;
            successors[dag++] = w;
          } else if (dw === next) {
            sigma[w]! += sv;
            successors[dag++] = w;
          }
        }
      }
      successorStart[tail] = dag;
      const reached = tail - 1;
      if (closeness !== null && distanceSum > 0 && n > 1) {
        closeness[s] = (reached / distanceSum) * (reached / (n - 1));
      }
      if (harmonic !== null) harmonic[s] = inverseSum;
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
    return { betweenness, closeness, harmonic, eccentricity };
  }

  // Weighted: Dijkstra with an indexed binary heap (decrease-key in place,
  // so the heap never holds more than n entries).
  const dist = new Float64Array(n).fill(Infinity);
  const rank = new Int32Array(n).fill(-1); // position in `settled`, -1 until settled
  const heap = new Int32Array(n);
  const slot = new Int32Array(n).fill(-1); // position in `heap`, -1 when absent
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
    let distanceSum = 0;
    let inverseSum = 0;
    while (heapSize > 0) {
      const v = popMin();
      rank[v] = count;
      settled[count++] = v;
      const dv = dist[v]!;
      distanceSum += dv;
      if (dv > 0) inverseSum += 1 / dv;
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
    const reached = count - 1;
    if (closeness !== null && distanceSum > 0 && n > 1) {
      closeness[s] = (reached / distanceSum) * (reached / (n - 1));
    }
    if (harmonic !== null) harmonic[s] = inverseSum;
    if (eccentricity !== null) eccentricity[s] = dist[settled[count - 1]!]!;
    if (betweenness !== null) {
      // Pull form, as in the BFS branch: a node's successors are the
      // neighbours settled after it whose distance it explains exactly —
      // the same float test the forward pass made, so the same DAG.
      const coefficient = delta;
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
  return { betweenness, closeness, harmonic, eccentricity };
}
