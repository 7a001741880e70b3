/**
 * Test helper: a fast-check arbitrary for small random edge lists over nodes
 * 0..n-1, with self-loops, repeated pairs, isolated nodes and integer
 * weights, as the property tests of the CSR kernels draw them.
 */
import fc from 'fast-check';

export interface RandomEdgeList {
  n: number;
  /** [a, b, weight] triples; a may equal b, and a pair may repeat. */
  edges: [number, number, number][];
}

export function randomEdgeList(options: { maxNodes: number; maxWeight: number; edgesPerNode: number }): fc.Arbitrary<RandomEdgeList> {
  return fc.integer({ min: 1, max: options.maxNodes }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: options.maxWeight })), {
        maxLength: options.edgesPerNode * n,
      }),
    }),
  );
}
