/**
 * NODE-ONLY. Runs the shortest-path pass (betweenness, closeness, harmonic,
 * eccentricity) on worker threads and sums the partial results; the
 * browser-safe, single-thread path is computeNodeMetrics.
 *
 * How the worker gets its code: the kernel `sumShortestPaths` is
 * self-contained, so its own source text (Function.prototype.toString) is
 * embedded in a small script started with `new Worker(code, { eval: true })`.
 * That keeps working when the CLI is bundled by esbuild into one dist/cli.js
 * (there is no separate worker file to ship or locate), and under vitest.
 *
 * Scheduling: sources are cut into chunks handed out on demand, so a
 * worker that drew sources in small components just takes more chunks.
 * Each worker sums its chunks and returns one set of arrays at the end.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type Graph from 'graphology-types';
import type { Csr } from '../analyse/csr/csr.ts';
import { combinePathSums, sumShortestPaths, type PathSums, type PathSumsWanted } from '../analyse/csr/shortest-paths.ts';
import {
  finishNodeMetrics,
  nodeMetricsFromColumns,
  prepareNodeMetrics,
  type ComputeNodeMetricsOptions,
  type NodeMetricColumns,
  type NodeMetrics,
  type PreparedNodeMetrics,
} from '../analyse/metrics/compute-node-metrics.ts';

export interface ParallelOptions {
  /** Worker threads; default: available cores. 1 runs in this thread. */
  threads?: number;
  /**
   * Below this many adjacency visits (sources × adjacency entries, i.e.
   * sources × 2 × edges) the pass runs in this thread: starting a worker
   * costs ~30 ms, more than such graphs take. Default 1e7.
   */
  inlineBelow?: number;
}

/** The worker script: the kernel's and the combiner's own source plus a message loop. */
function workerSource(): string {
  return `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
// Bundlers may wrap inner functions in a naming helper; make it harmless.
const __name = (f) => f;
const sumShortestPaths = (${sumShortestPaths.toString()});
const combinePathSums = (${combinePathSums.toString()});
const { order, offsets, neighbours, lengths, sources, wanted } = workerData;
let totals = { betweenness: null, distanceSum: null, reached: null, harmonic: null, eccentricity: null };
parentPort.on('message', (message) => {
  if (message.type === 'chunk') {
    const part = sumShortestPaths(order, offsets, neighbours, lengths, sources, message.from, message.to, wanted);
    totals = combinePathSums(totals, part);
    parentPort.postMessage({ type: 'next' });
  } else {
    const buffers = Object.values(totals).filter(Boolean).map((a) => a.buffer);
    parentPort.postMessage({ type: 'done', totals }, buffers);
  }
});
parentPort.postMessage({ type: 'next' });
`;
}

/**
 * `sumShortestPaths` over all of `sources` (or every node), split across
 * worker threads. Same result as the single-thread call up to float
 * summation order.
 */
export async function sumShortestPathsParallel(
  csr: Pick<Csr, 'order' | 'offsets' | 'neighbours' | 'lengths'>,
  sources: Int32Array | null,
  wanted: PathSumsWanted,
  options: ParallelOptions = {},
): Promise<PathSums> {
  const count = sources ? sources.length : csr.order;
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), count));
  const work = count * csr.neighbours.length;
  if (threads === 1 || work < (options.inlineBelow ?? 1e7)) {
    return sumShortestPaths(csr.order, csr.offsets, csr.neighbours, csr.lengths, sources, 0, count, wanted);
  }
  // Enough chunks to balance uneven components, few enough to keep messages
  // cheap; whole multiples of 32 so the multi-source BFS runs full batches.
  const chunkSize = Math.max(32, Math.ceil(count / (threads * 16) / 32) * 32);
  let nextFrom = 0;
  const code = workerSource();
  const workerData = {
    order: csr.order,
    offsets: csr.offsets,
    neighbours: csr.neighbours,
    lengths: csr.lengths,
    sources,
    wanted,
  };

  const workers: Worker[] = [];
  const runWorker = (): Promise<PathSums> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(code, { eval: true, workerData });
      workers.push(worker);
      let done = false;
      worker.on('message', (message: { type: string; totals?: PathSums }) => {
        if (message.type === 'next') {
          if (nextFrom < count) {
            const from = nextFrom;
            nextFrom = Math.min(count, from + chunkSize);
            worker.postMessage({ type: 'chunk', from, to: nextFrom });
          } else {
            worker.postMessage({ type: 'finish' });
          }
        } else if (message.type === 'done') {
          done = true;
          resolve(message.totals!);
        }
      });
      worker.on('error', reject);
      worker.on('exit', (exitCode) => {
        if (!done) reject(new Error(`sumShortestPathsParallel: worker exited with code ${exitCode} before finishing`));
      });
    });

  let parts: PathSums[];
  try {
    parts = await Promise.all(Array.from({ length: threads }, runWorker));
  } finally {
    // Finished workers idle on their message port; failed runs leave others busy.
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  const result: PathSums = { betweenness: null, distanceSum: null, reached: null, harmonic: null, eccentricity: null };
  for (const part of parts) combinePathSums(result, part);
  return result;
}

/** computeNodeMetricColumns with the shortest-path pass on worker threads. */
export async function computeNodeMetricColumnsParallel(
  graph: Graph | PreparedNodeMetrics,
  options?: Partial<ComputeNodeMetricsOptions>,
  parallel: ParallelOptions = {},
): Promise<NodeMetricColumns> {
  // A run already prepared (an edge list's snapshot) is used as it is.
  const prepared = 'pathCsr' in graph ? graph : prepareNodeMetrics(graph, options);
  const { pathCsr, sources } = prepared;
  let paths: PathSums;
  if (sources === null) {
    paths = await sumShortestPathsParallel(
      pathCsr,
      null,
      { betweenness: true, closeness: true, harmonic: true, eccentricity: false },
      parallel,
    );
  } else {
    const sampled = await sumShortestPathsParallel(
      pathCsr,
      sources,
      { betweenness: true, closeness: false, harmonic: false, eccentricity: false },
      parallel,
    );
    const exact = await sumShortestPathsParallel(
      pathCsr,
      null,
      { betweenness: false, closeness: true, harmonic: true, eccentricity: false },
      parallel,
    );
    paths = { ...exact, betweenness: sampled.betweenness };
  }
  return finishNodeMetrics(prepared, paths);
}

/** computeNodeMetrics with the shortest-path pass on worker threads. */
export async function computeNodeMetricsParallel(
  graph: Graph,
  options?: Partial<ComputeNodeMetricsOptions>,
  parallel: ParallelOptions = {},
): Promise<Record<string, NodeMetrics>> {
  return nodeMetricsFromColumns(await computeNodeMetricColumnsParallel(graph, options, parallel));
}
