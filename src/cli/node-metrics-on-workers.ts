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
 * Scheduling: sources are cut into the fixed chunks of pathChunkSize,
 * handed out on demand; each chunk's sums come back and are added in chunk
 * order, so the result equals the single-thread one to the bit.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type Graph from 'graphology-types';
import type { Csr } from '../analyse/csr/csr.ts';
import { combinePathSums, sumShortestPaths, type PathSums, type PathSumsWanted } from '../analyse/csr/shortest-paths.ts';
import { pathChunkSize, sumShortestPathsInChunks } from '../analyse/csr/path-chunks.ts';
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

/** The worker script: the kernel's own source plus a message loop that returns each chunk's sums. */
function workerSource(): string {
  return `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
// Bundlers may wrap inner functions in a naming helper; make it harmless.
const __name = (f) => f;
const sumShortestPaths = (${sumShortestPaths.toString()});
const { order, offsets, neighbours, lengths, sources, wanted } = workerData;
parentPort.on('message', (message) => {
  const sums = sumShortestPaths(order, offsets, neighbours, lengths, sources, message.from, message.to, wanted);
  const buffers = Object.values(sums).filter(Boolean).map((a) => a.buffer);
  parentPort.postMessage({ chunk: message.chunk, sums }, buffers);
});
parentPort.postMessage({ chunk: -1 });
`;
}

/**
 * `sumShortestPaths` over all of `sources` (or every node), split across
 * worker threads: the chunks of pathChunkSize, handed out on demand (a
 * worker that drew sources in small components just takes more), each
 * chunk's sums sent back and added in chunk order. The result is
 * sumShortestPathsInChunks's to the bit, whatever the thread count and
 * whichever worker finished first.
 */
export async function sumShortestPathsParallel(
  csr: Pick<Csr, 'order' | 'offsets' | 'neighbours' | 'lengths'>,
  sources: Int32Array | null,
  wanted: PathSumsWanted,
  options: ParallelOptions = {},
): Promise<PathSums> {
  const count = sources ? sources.length : csr.order;
  const chunkSize = pathChunkSize(count);
  const chunks = Math.ceil(count / chunkSize);
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), chunks));
  const work = count * csr.neighbours.length;
  if (threads === 1 || work < (options.inlineBelow ?? 1e7)) {
    return sumShortestPathsInChunks(csr.order, csr.offsets, csr.neighbours, csr.lengths, sources, wanted);
  }
  const code = workerSource();
  const workerData = {
    order: csr.order,
    offsets: csr.offsets,
    neighbours: csr.neighbours,
    lengths: csr.lengths,
    sources,
    wanted,
  };

  const totals: PathSums = { betweenness: null, distanceSum: null, reached: null, harmonic: null, eccentricity: null };
  // Chunk sums that arrived before an earlier chunk's: held until their turn.
  const waiting = new Map<number, PathSums>();
  let nextChunk = 0;
  let nextToAdd = 0;
  const add = (chunk: number, sums: PathSums) => {
    waiting.set(chunk, sums);
    for (let ready = waiting.get(nextToAdd); ready !== undefined; ready = waiting.get(nextToAdd)) {
      waiting.delete(nextToAdd++);
      combinePathSums(totals, ready);
    }
  };

  const workers: Worker[] = [];
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(code, { eval: true, workerData });
      workers.push(worker);
      let done = false;
      worker.on('message', (message: { chunk: number; sums?: PathSums }) => {
        if (message.chunk >= 0) add(message.chunk, message.sums!);
        if (nextChunk < chunks) {
          const chunk = nextChunk++;
          worker.postMessage({ chunk, from: chunk * chunkSize, to: Math.min(count, (chunk + 1) * chunkSize) });
        } else {
          done = true;
          resolve();
        }
      });
      worker.on('error', reject);
      worker.on('exit', (exitCode) => {
        if (!done) reject(new Error(`sumShortestPathsParallel: worker exited with code ${exitCode} before finishing`));
      });
    });

  try {
    await Promise.all(Array.from({ length: threads }, runWorker));
  } finally {
    // Finished workers idle on their message port; failed runs leave others busy.
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (nextToAdd !== chunks) throw new Error(`sumShortestPathsParallel: ${chunks - nextToAdd} chunk(s) never came back`);
  return totals;
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
