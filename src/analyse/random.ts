/**
 * A seeded pseudo-random source (mulberry32), returning floats in [0, 1).
 * Hand-written because it is eight lines and every consumer here
 * (graphology-communities-louvain's `rng`, layouts, null models) only needs
 * `() => number`; a dependency would not earn its place.
 */
/** 0..n−1 in a seeded random order (Fisher–Yates, drawing from `rng` from the end down). */
export function shuffledIndices(n: number, rng: () => number): Int32Array {
  return shuffleInto(new Int32Array(n), n, rng);
}

/** shuffledIndices written into the first n entries of `order` (scratch reused across calls). */
export function shuffleInto(order: Int32Array, n: number, rng: () => number): Int32Array {
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
