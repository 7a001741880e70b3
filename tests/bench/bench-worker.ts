/**
 * One benchmark process (node-only; bundled by run-bench.mjs with esbuild and
 * run with --expose-gc). Modes:
 *   generate   — make the planted-partition cache files for one size
 *   csr        — our typed-array path: CSR from edge arrays, then the metric
 *                kernels, the CSR Louvain and Leiden (--only communities:
 *                the build and the two community steps alone)
 *   graphology — the graphology path: build the graph, CSR snapshot of the
 *                graph, Louvain through detectCommunities (which snapshots
 *                the graph and runs the CSR Louvain: one implementation)
 * Each mode runs in its own process so its peak RSS is its own. Prints one
 * JSON line on stdout.
 */
import Graph from 'graphology';
import { parseArgs } from 'node:util';
import { louvainCsr } from '../../src/analyse/communities/louvain-csr.ts';
import { leidenCsr } from '../../src/analyse/communities/leiden-csr.ts';
import { detectCommunities } from '../../src/analyse/communities/detect-communities.ts';
import { csrDegrees, csrFromEdgeArrays, type Csr } from '../../src/analyse/csr/csr.ts';
import { csrFromGraph } from '../../src/analyse/csr/csr-from-graph.ts';
import { closenessFromSums, sumShortestPaths } from '../../src/analyse/csr/shortest-paths.ts';
import { csrComponents } from '../../src/analyse/csr/structure.ts';
import { csrBetweenness, samplePivots } from '../../src/analyse/metrics/betweenness.ts';
import { csrPagerankWithOptions } from '../../src/analyse/metrics/pagerank.ts';
import { adjustedRandIndex } from '../../src/analyse/agreement/adjusted-rand-index.ts';
import { ensureCachedGraph, readCachedEdges, readCachedMembership } from './edge-list-file.ts';

export interface OpResult {
  op: string;
  /** Wall time of each timed run, ms. */
  runs: number[];
  median: number;
  /** Wall time of the first call in this process (cold: V8 has not compiled the kernel yet), ms. */
  first: number;
  /** Whether the first call was an untimed warm-up (not in runs). */
  warmup: boolean;
  /** A value to print beside the time (modularity, component count, …). */
  value?: number;
  /** Median CPU time (user + system) of the timed runs, ms: less swayed than wall time by other jobs on a loaded machine. */
  cpuMedian?: number;
  /** Adjusted Rand index of a partition with the planted one. */
  ari?: number;
  note?: string;
}

const { values: args } = parseArgs({
  options: {
    mode: { type: 'string' },
    nodes: { type: 'string' },
    edges: { type: 'string' },
    communities: { type: 'string' },
    mixing: { type: 'string' },
    seed: { type: 'string', default: '1' },
    cache: { type: 'string' },
    pivots: { type: 'string', default: 'all' },
    'closeness-sources': { type: 'string', default: 'all' },
    'max-runs': { type: 'string', default: '3' },
    'budget-ms': { type: 'string', default: '15000' },
    'warmup-below-ms': { type: 'string', default: '1000' },
    only: { type: 'string', default: 'all' },
  },
});

const planted = {
  nodes: Number(args.nodes),
  edges: Number(args.edges),
  communities: Number(args.communities),
  mixing: Number(args.mixing),
  seed: Number(args.seed),
};
const maxRuns = Number(args['max-runs']);
const budgetMs = Number(args['budget-ms']);
const warmupBelowMs = Number(args['warmup-below-ms']);
const gc = (globalThis as { gc?: () => void }).gc;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The rule, the same in peers.py:
 * - The first call is always timed and reported (`first`). When it took
 *   less than --warmup-below-ms it starts a warm-up of up to 5 calls or
 *   100 ms (tinybench's defaults): V8 runs a kernel's first calls largely in
 *   its interpreter while it compiles, which on a millisecond step is most
 *   of the time (README.md). A longer first call is the first timed run.
 * - Then at least maxRuns timed runs; a step under a second keeps going
 *   until its timed runs add up to a second (at most 30 runs), so that one
 *   run stalled by the shared machine's scheduler does not make the median.
 * - Runs stop once all calls add up past the budget (a 60-second step runs
 *   once; the table says how many runs).
 */
const WARMUP_CALLS = 5;
const WARMUP_MS = 100;
const MIN_TIMED_MS = 1000;
const MAX_RUNS_QUICK = 30;

function measure<T>(op: string, fn: () => T, describe?: (result: T) => { value?: number; note?: string }): { result: T; row: OpResult } {
  const timeOnce = (): { result: T; ms: number; cpu: number } => {
    gc?.();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = fn();
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    return { result, ms, cpu: (cpu.user + cpu.system) / 1000 };
  };
  let { result, ms: first, cpu: firstCpu } = timeOnce();
  const warmup = first < warmupBelowMs;
  let spent = first;
  if (warmup) {
    for (let calls = 1, warm = first; calls < WARMUP_CALLS && warm < WARMUP_MS; calls++) {
      result = undefined as T;
      const next = timeOnce();
      result = next.result;
      warm += next.ms;
      spent += next.ms;
    }
  }
  const runs: number[] = warmup ? [] : [first];
  const cpuRuns: number[] = warmup ? [] : [firstCpu];
  let timed = warmup ? 0 : first;
  for (;;) {
    if (runs.length > 0 && spent >= budgetMs) break;
    if (runs.length >= maxRuns && (timed >= MIN_TIMED_MS || runs.length >= MAX_RUNS_QUICK)) break;
    result = undefined as T; // let the previous result be collected before the next run
    const next = timeOnce();
    result = next.result;
    runs.push(next.ms);
    cpuRuns.push(next.cpu);
    spent += next.ms;
    timed += next.ms;
  }
  const extra = describe ? describe(result) : {};
  return { result, row: { op, runs, median: median(runs), cpuMedian: median(cpuRuns), first, warmup, ...extra } };
}

function parseCount(text: string | undefined, n: number): number | null {
  if (text === undefined || text === 'all') return null;
  const k = Number(text);
  return k >= n ? null : k;
}

function runCsr(): OpResult[] {
  const rows: OpResult[] = [];
  const cached = readCachedEdges(cachedGraph);
  const n = planted.nodes;
  const { result: csr, row } = measure('build-csr', () => csrFromEdgeArrays(cached.sources, cached.targets, n));
  rows.push(row);
  if (args.only !== 'communities') rows.push(...runCsrKernels(csr));
  const membership = readCachedMembership(cachedGraph);
  const describe = (what: string) => (r: { modularity: number; count: number; membership: Int32Array }) => {
    const ari = agreementWithPlanted(r.membership, membership);
    return { value: r.modularity, ari, note: `${what}, ${r.count} communities, ARI vs planted ${ari.toFixed(3)}` };
  };
  rows.push(measure('louvain', () => louvainCsr(csr, { seed: 1 }), describe('CSR Louvain')).row);
  // Leiden with its defaults (θ = 0.01, 2 iterations), as igraph's community_leiden.
  rows.push(measure('leiden', () => leidenCsr(csr, { seed: 1 }), describe('CSR Leiden, 2 iterations')).row);
  return rows;
}

function runCsrKernels(csr: Csr): OpResult[] {
  const rows: OpResult[] = [];
  const n = csr.order;
  rows.push(measure('degree', () => csrDegrees(csr)).row);
  // Two PageRank rows, each with the peer it is compared to: tolerance 1e-9
  // (our default, near exact) against igraph's PRPACK, which solves exactly;
  // 1e-6 with NetworkX's stopping rule (L1 change < n × tol) against
  // NetworkX's pagerank at its default tol=1e-6.
  rows.push(
    measure('pagerank', () => csrPagerankWithOptions(csr, { alpha: 0.85, tolerance: 1e-9, maxIterations: 1000 }), () => ({
      note: 'tol 1e-9',
    })).row,
  );
  rows.push(
    measure('pagerank-1e-6', () => csrPagerankWithOptions(csr, { alpha: 0.85, tolerance: 1e-6, maxIterations: 1000 }), () => ({
      note: 'tol 1e-6, NetworkX rule',
    })).row,
  );
  const pivots = parseCount(args.pivots, n);
  rows.push(
    measure('betweenness', () => csrBetweenness(csr, { normalized: true, pivots, seed: 1 }), () => ({
      note: pivots === null ? 'exact' : `${pivots} pivots`,
    })).row,
  );
  const closenessSources = parseCount(args['closeness-sources'], n);
  rows.push(measure('closeness', () => sampledCloseness(csr, closenessSources), () => ({
    note: closenessSources === null ? 'all nodes' : `${closenessSources} sampled nodes`,
  })).row);
  rows.push(measure('components', () => csrComponents(csr), (c) => ({ value: c.length })).row);
  return rows;
}

/**
 * Closeness from `count` sampled sources (or all nodes): one BFS per source,
 * the work igraph's closeness(vertices=…) does. With a sample this is a
 * timing of the BFS passes only: the kernel credits distances to either end
 * of a pair, so per-node values are exact only for a pass over all nodes.
 */
function sampledCloseness(csr: Csr, count: number | null): Float64Array {
  const sources = samplePivots(csr.order, count, 1, 'closeness');
  const sums = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, csr.lengths, sources, 0, sources ? sources.length : csr.order, {
    betweenness: false,
    closeness: true,
    harmonic: false,
    eccentricity: false,
  });
  return closenessFromSums(csr.order, sums.distanceSum!, sums.reached!);
}

function agreementWithPlanted(found: Int32Array, planted: Int32Array): number {
  // ARI over records is fine up to 1M nodes (a few seconds; not timed).
  const a: Record<string, number> = {};
  const b: Record<string, number> = {};
  for (let i = 0; i < found.length; i++) {
    a[i] = found[i]!;
    b[i] = planted[i]!;
  }
  return adjustedRandIndex(a, b);
}

function runGraphology(): OpResult[] {
  const rows: OpResult[] = [];
  const { sources, targets } = readCachedEdges(cachedGraph);
  const n = planted.nodes;
  const keys = Array.from({ length: n }, (_, i) => String(i));
  // addEdgeWithKey with the keys graphOfEdgeList gives (e0, e1, …). Measured
  // at 100k/500k, one process each, CPU time: addEdge (generated keys),
  // addEdgeWithKey, addUndirectedEdgeWithKey, graph.import and a multi graph
  // all took 4–7 s, within the machine's noise of one another (README.md).
  const build = () => {
    const graph = new Graph({ type: 'undirected' });
    for (let i = 0; i < n; i++) graph.addNode(keys[i]!);
    for (let e = 0; e < sources.length; e++) graph.addEdgeWithKey(`e${e}`, keys[sources[e]!]!, keys[targets[e]!]!);
    return graph;
  };
  const { result: graph, row } = measure('build-graphology', build);
  rows.push(row);
  rows.push(measure('csr-from-graph', () => csrFromGraph(graph)).row);
  rows.push(
    measure('louvain-graphology', () => detectCommunities(graph, { seed: 1 }), (r) => ({
      value: r.modularity,
      note: `detectCommunities (graph → CSR → louvainCsr), ${r.count} communities`,
    })).row,
  );
  return rows;
}

const started = performance.now();
const cachedGraph = await ensureCachedGraph(String(args.cache), planted);
const generateMs = performance.now() - started;

let rows: OpResult[] = [];
if (args.mode === 'generate') {
  rows = [{ op: 'generate', runs: [generateMs], median: generateMs, first: generateMs, warmup: false, note: cachedGraph.generated ? 'generated' : 'cached' }];
  // The closeness sample, so the Python peers time BFS from the very same nodes.
  const sample = samplePivots(planted.nodes, parseCount(args['closeness-sources'], planted.nodes), 1, 'closeness');
  process.stdout.write(
    `${JSON.stringify({ mode: 'generate', rows, sample: sample ? [...sample] : null, edgeList: cachedGraph.edgeListPath, membership: cachedGraph.membershipPath })}\n`,
  );
  process.exit(0);
} else if (args.mode === 'csr') {
  rows = runCsr();
} else if (args.mode === 'graphology') {
  rows = runGraphology();
} else {
  throw new Error(`bench-worker: unknown --mode ${String(args.mode)}`);
}

process.stdout.write(
  `${JSON.stringify({ mode: args.mode, rows, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
