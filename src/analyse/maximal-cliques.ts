/**
 * Maximal cliques of an undirected graph: Bron–Kerbosch with Tomita pivoting
 * (E. Tomita, A. Tanaka, H. Takahashi, "The worst-case time complexity for
 * generating all maximal cliques and computational experiments", Theoretical
 * Computer Science 363 (2006) 28–42), the algorithm NetworkX's find_cliques uses.
 *
 * Hand-written: graphology's standard library has no clique finder
 * (graphology-utils' mergeClique only adds a clique's edges; searched
 * 2026-12: graphology-metrics, -components, -utils, -operators hold none).
 *
 * Pure and browser-safe. Works on a plain adjacency (id → neighbour ids) so
 * it can run on any subgraph without building one.
 */

export type Adjacency = ReadonlyMap<string, ReadonlySet<string>>;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Bron–Kerbosch with pivoting from (R, P, X): reports every maximal clique
 * that contains R, draws its other members from P and contains no member of
 * X. Iterative (an explicit stack), so deep cliques cannot overflow the call
 * stack. Candidates are visited in sorted order, so the output order is
 * deterministic.
 */
function expand(adjacency: Adjacency, r: string[], p: Set<string>, x: Set<string>, report: (clique: string[]) => void): void {
  const empty: ReadonlySet<string> = new Set();
  const neighbours = (v: string) => adjacency.get(v) ?? empty;
  const stack: { r: string[]; p: Set<string>; x: Set<string>; todo: string[] }[] = [];
  const push = (r: string[], p: Set<string>, x: Set<string>) => {
    if (p.size === 0) {
      if (x.size === 0) report(r);
      return;
    }
    // Tomita's pivot: the vertex of P ∪ X with most neighbours in P; only P \ N(pivot) is branched on.
    let pivot = '';
    let best = -1;
    for (const set of [p, x]) {
      for (const u of set) {
        const nu = neighbours(u);
        let count = 0;
        for (const v of p) if (nu.has(v)) count++;
        if (count > best || (count === best && u < pivot)) {
          best = count;
          pivot = u;
        }
      }
    }
    const np = neighbours(pivot);
    const todo = [...p].filter((v) => !np.has(v)).sort(compareText).reverse();
    stack.push({ r, p, x, todo });
  };
  push(r, p, x);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const v = frame.todo.pop();
    if (v === undefined) {
      stack.pop();
      continue;
    }
    const nv = neighbours(v);
    const p2 = new Set<string>();
    for (const u of frame.p) if (nv.has(u)) p2.add(u);
    const x2 = new Set<string>();
    for (const u of frame.x) if (nv.has(u)) x2.add(u);
    frame.p.delete(v);
    frame.x.add(v);
    push([...frame.r, v], p2, x2);
  }
}

/** Every maximal clique of the graph (isolated nodes are cliques of one), members sorted, cliques sorted. */
export function findMaximalCliques(adjacency: Adjacency): string[][] {
  const cliques: string[][] = [];
  expand(adjacency, [], new Set([...adjacency.keys()].sort(compareText)), new Set(), (c) => cliques.push([...c].sort(compareText)));
  return sortCliques(cliques);
}

/**
 * Every maximal clique of the whole graph that contains at least one of
 * `seeds`, each exactly once. Only the seeds' neighbourhoods are searched
 * (a clique through v lies inside v and its neighbours), so on a sparse
 * graph the cost follows the seeds, not the graph: seeds are taken in
 * sorted order and a clique is reported at its first seed (earlier seeds
 * go to X, the excluded set).
 */
export function findMaximalCliquesContaining(adjacency: Adjacency, seeds: Iterable<string>): string[][] {
  const order = [...new Set(seeds)].filter((s) => adjacency.has(s)).sort(compareText);
  const done = new Set<string>();
  const cliques: string[][] = [];
  for (const v of order) {
    const p = new Set<string>();
    const x = new Set<string>();
    for (const u of adjacency.get(v)!) {
      if (u === v) continue;
      (done.has(u) ? x : p).add(u);
    }
    expand(adjacency, [v], p, x, (c) => cliques.push([...c].sort(compareText)));
    done.add(v);
  }
  return sortCliques(cliques);
}

/** Largest first, then by members. */
export function sortCliques(cliques: string[][]): string[][] {
  return cliques.sort((a, b) => b.length - a.length || compareText(a.join('\u0000'), b.join('\u0000')));
}

/** Adjacency of an undirected graph given as its nodes and edges (self-loops ignored). */
export function adjacencyFromEdges(nodes: Iterable<string>, edges: Iterable<readonly [string, string]>): Map<string, Set<string>> {
  const adjacency = new Map<string, Set<string>>();
  for (const n of nodes) if (!adjacency.has(n)) adjacency.set(n, new Set());
  for (const [a, b] of edges) {
    if (a === b) continue;
    if (!adjacency.has(a)) adjacency.set(a, new Set());
    if (!adjacency.has(b)) adjacency.set(b, new Set());
    adjacency.get(a)!.add(b);
    adjacency.get(b)!.add(a);
  }
  return adjacency;
}
