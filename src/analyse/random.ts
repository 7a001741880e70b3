/**
 * A seeded pseudo-random source (mulberry32), returning floats in [0, 1).
 * Hand-written because it is eight lines and its consumers only need
 * `() => number` (createRng: graphology-communities-louvain's `rng`, layouts,
 * null models) or the same stream as an object (SeededRandom: the Louvain and
 * Leiden hot loops); a dependency would not earn its place.
 */
/**
 * The mulberry32 stream as an object. Hot loops take this rather than a
 * closure: V8 inlines the call into their optimised code, and when that target
 * was a fresh closure per run, collecting the previous run's closure threw the
 * code away ("weak objects" in --trace-deopt), so every Leiden run on the 10k
 * bench graph after a GC re-optimised from scratch at 3-5x the CPU time.
 * A class method is one function for every instance.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/** 0..n−1 in a seeded random order in the first n entries of `order` (Fisher–Yates, drawing from the end down). */
export function shuffleInto(order: Int32Array, n: number, random: SeededRandom): Int32Array {
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

export function createRng(seed: number): () => number {
  const source = new SeededRandom(seed);
  return () => source.next();
}

/** Keeps SeededRandom's object shape alive between runs (see csr-level.ts, KEPT_SHAPES). */
export const SEEDED_RANDOM_SHAPE = new SeededRandom(0);
