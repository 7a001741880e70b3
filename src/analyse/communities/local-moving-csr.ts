/**
 * Queue-based fast local moving, shared by Louvain and Leiden: the
 * MoveNodesFast procedure of Traag, Waltman & van Eck (2019, Alg. A.2),
 * which is also the local moving of graphology's and igraph's Louvain.
 *
 * All nodes enter a circular queue in a seeded random order. The head node
 * is taken out of its community and put into the community with the best
 * modularity gain (ties keep the current one, else the first best candidate
 * in adjacency order); when it moves, its neighbours outside the new
 * community that are not queued are appended. It stops when the queue is
 * empty. Gain of moving i into community c, with i taken out of its own
 * community first:
 *   k_i,c − γ · Σtot_c · k_i / 2m
 * (the common 1/m factor dropped).
 *
 * `allowEmpty`: also consider moving the node into an empty community (gain
 * 0), as the paper's MoveNodesFast and igraph's Leiden do. Louvain as
 * published (and graphology) only considers neighbouring communities.
 */
import { unitDegrees, type Level, type Workspace } from './csr-level.ts';
import { shuffleInto, type SeededRandom } from '../random.ts';

const EPSILON = 1e-12;

/**
 * Sets up the scratch for moveNodesFast (a function of its own so that V8
 * compiles the main loop apart from these setup loops): total degree and size
 * of each community, the stack of empty community ids (returns its height;
 * only used when allowEmpty), and the queue, every node in it in a seeded
 * random order.
 */
function startMoving(n: number, degree: Float64Array, community: Int32Array, allowEmpty: boolean, rng: SeededRandom, work: Workspace): number {
  const { communityTotal: total, size, empty, queue, flags: queued } = work;
  total.fill(0, 0, n);
  size.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    total[community[i]!]! += degree[i]!;
    size[community[i]!]!++;
  }
  let emptyCount = 0;
  if (allowEmpty) for (let c = n - 1; c >= 0; c--) if (size[c] === 0) empty[emptyCount++] = c;
  shuffleInto(queue, n, rng);
  queued.fill(1, 0, n);
  return emptyCount;
}

/**
 * Moves the nodes of `level`, starting from `community` (labels in 0..n−1),
 * which is updated in place. Returns whether any node moved.
 */
export function moveNodesFast(
  level: Level,
  degree: Float64Array,
  community: Int32Array,
  resolution: number,
  m2: number,
  rng: SeededRandom,
  allowEmpty: boolean,
  work: Workspace,
): boolean {
  const { n, offsets, neighbours, weights } = level;
  // Scratch: total degree and size of each community, the weight from the
  // current node to each neighbouring community (all zeros between nodes) and
  // the communities it touched, the queue and who is in it.
  const { communityTotal: total, size, empty, queue, flags: queued, linkWeight, touched } = work;
  let emptyCount = startMoving(n, degree, community, allowEmpty, rng, work);
  let head = 0;
  let pending = n;

  let moved = false;
  const scale = resolution / m2;
  const unit = unitDegrees(level);

  while (pending > 0) {
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    pending--;
    queued[i] = 0;

    const own = community[i]!;
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const k = unit ? end - start : degree[i]!;
    let touchedCount = 0;
    for (let p = start; p < end; p++) {
      const c = community[neighbours[p]!]!;
      if (linkWeight[c] === 0) touched[touchedCount++] = c;
      linkWeight[c]! += weights === null ? 1 : weights[p]!;
    }
    total[own]! -= k;
    size[own]!--;
    let best = own;
    let bestGain = linkWeight[own]! - total[own]! * k * scale;
    // The scan over the touched communities also clears their scratch entries.
    for (let t = 0; t < touchedCount; t++) {
      const c = touched[t]!;
      const link = linkWeight[c]!;
      linkWeight[c] = 0;
      if (c === own) continue;
      const gain = link - total[c]! * k * scale;
      if (gain > bestGain + EPSILON) {
        bestGain = gain;
        best = c;
      }
    }
    // An empty community has gain 0; when `own` is now empty it already is one.
    if (allowEmpty && size[own]! > 0 && emptyCount > 0 && 0 > bestGain + EPSILON) {
      best = empty[--emptyCount]!;
    }
    total[best]! += k;
    size[best]!++;
    if (allowEmpty && size[own] === 0) empty[emptyCount++] = own;
    // A zero-weight edge can list a community twice in `touched`; harmless: the
    // second time it reads 0, a gain no better than the first time's.

    if (best !== own) {
      community[i] = best;
      moved = true;
      for (let p = start; p < end; p++) {
        const j = neighbours[p]!;
        if (queued[j] === 0 && community[j] !== best) {
          queued[j] = 1;
          let tail = head + pending;
          if (tail >= n) tail -= n;
          queue[tail] = j;
          pending++;
        }
      }
    }
  }
  return moved;
}
