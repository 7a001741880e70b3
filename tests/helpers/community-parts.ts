/**
 * The connected parts of each community: for a partition of a CSR graph,
 * the communities whose members do not form one connected subgraph, each
 * with its parts (node indices, each part sorted). Used by the tests that
 * show Louvain can return a disconnected community and Leiden cannot.
 */
export function disconnectedCommunities(
  csr: { readonly order: number; readonly offsets: Int32Array; readonly neighbours: Int32Array },
  membership: ArrayLike<number>,
): Map<number, number[][]> {
  const parts = new Map<number, number[][]>();
  const seen = new Uint8Array(csr.order);
  for (let s = 0; s < csr.order; s++) {
    if (seen[s]) continue;
    const c = membership[s]!;
    const part: number[] = [];
    const stack = [s];
    seen[s] = 1;
    while (stack.length > 0) {
      const i = stack.pop()!;
      part.push(i);
      for (let p = csr.offsets[i]!; p < csr.offsets[i + 1]!; p++) {
        const j = csr.neighbours[p]!;
        if (!seen[j] && membership[j] === c) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    const list = parts.get(c) ?? [];
    list.push(part.sort((a, b) => a - b));
    parts.set(c, list);
  }
  for (const [c, list] of parts) if (list.length === 1) parts.delete(c);
  return parts;
}
