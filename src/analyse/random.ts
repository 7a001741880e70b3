/**
 * A seeded pseudo-random source (mulberry32), returning floats in [0, 1).
 * Hand-written because it is eight lines and every consumer here
 * (graphology-communities-louvain's `rng`, layouts, null models) only needs
 * `() => number`; a dependency would not earn its place.
 */
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
