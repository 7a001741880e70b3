/**
 * The worker-thread runner gives the single-thread answers, in vitest and
 * — what the CLI needs — from inside one esbuild bundle.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { csrFromEdgeArrays } from '../../src/analyse/csr/csr.ts';
import { sumShortestPaths } from '../../src/analyse/csr/shortest-paths.ts';
import { pathChunkSize, sumShortestPathsInChunks } from '../../src/analyse/csr/path-chunks.ts';
import {
  computeNodeMetricsParallel,
  sumShortestPathsParallel,
} from '../../src/cli/node-metrics-on-workers.ts';
import { computeNodeMetrics } from '../../src/analyse/metrics/index.ts';
import { createRng } from '../../src/analyse/random.ts';
import { loadReference } from '../helpers/load-reference.ts';

function randomCsr(n: number, m: number, seed: number, weighted: boolean) {
  const rng = createRng(seed);
  const s = new Int32Array(m);
  const t = new Int32Array(m);
  const w = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    s[e] = Math.floor(rng() * n);
    t[e] = Math.floor(rng() * n);
    w[e] = 1 + Math.floor(rng() * 4);
  }
  return csrFromEdgeArrays(s, t, n, weighted ? w : null);
}

const ALL = { betweenness: true, closeness: true, harmonic: true, eccentricity: true };

function expectSame(a: Record<string, Float64Array | null>, b: Record<string, Float64Array | null>): void {
  for (const key of Object.keys(a)) {
    const x = a[key];
    const y = b[key];
    expect(x === null).toBe(y === null);
    if (!x || !y) continue;
    expect(x.length).toBe(y.length);
    for (let i = 0; i < x.length; i++) expect(Math.abs(x[i]! - y[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y[i]!)));
  }
}

describe('sumShortestPathsParallel', () => {
  it.each([false, true])('equals the single-thread pass (weighted: %s)', async (weighted) => {
    const csr = randomCsr(600, 1500, 3, weighted);
    const single = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, csr.lengths, null, 0, csr.order, ALL);
    const parallel = await sumShortestPathsParallel(csr, null, ALL, { threads: 2, inlineBelow: 0 });
    expectSame(parallel as never, single as never);
  });
  it('handles a source subset', async () => {
    const csr = randomCsr(300, 700, 4, false);
    const sources = Int32Array.from([5, 17, 99, 250, 3, 0, 299]);
    const wanted = { ...ALL, closeness: false };
    const single = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, null, sources, 0, sources.length, wanted);
    const parallel = await sumShortestPathsParallel(csr, sources, wanted, { threads: 3, inlineBelow: 0 });
    expectSame(parallel as never, single as never);
    expect(parallel.distanceSum).toBeNull();
  });
});

describe('sumShortestPathsParallel above one chunk (over 2,000 sources)', () => {
  // 2,500 sources: chunks of 32, handed to workers on demand; sums must come back equal to the bit.
  const bits = (a: Float64Array | null) => (a ? Array.from(a) : null);
  it.each([
    [false, 2],
    [true, 3],
  ])('equals sumShortestPathsInChunks to the bit (weighted: %s, %i threads)', async (weighted, threads) => {
    const csr = randomCsr(2500, 6000, 7, weighted);
    expect(pathChunkSize(2500)).toBe(32);
    const single = sumShortestPathsInChunks(csr.order, csr.offsets, csr.neighbours, csr.lengths, null, ALL);
    const parallel = await sumShortestPathsParallel(csr, null, ALL, { threads, inlineBelow: 0 });
    for (const key of ['betweenness', 'distanceSum', 'reached', 'harmonic', 'eccentricity'] as const) expect(bits(parallel[key])).toEqual(bits(single[key]));
    // Why the chunks are fixed: one running sum over all sources rounds differently somewhere.
    const unchunked = sumShortestPaths(csr.order, csr.offsets, csr.neighbours, csr.lengths, null, 0, csr.order, ALL);
    expect(bits(unchunked.betweenness)).not.toEqual(bits(single.betweenness));
  });
  it('equals it on a sampled source subset too, harmonic from the multi-source BFS included', async () => {
    const csr = randomCsr(3000, 7000, 8, false);
    const sources = Int32Array.from({ length: 2200 }, (_, i) => (i * 7) % 3000);
    for (const wanted of [{ ...ALL, closeness: false, harmonic: false }, { ...ALL, betweenness: false }]) {
      const single = sumShortestPathsInChunks(csr.order, csr.offsets, csr.neighbours, null, sources, wanted);
      const parallel = await sumShortestPathsParallel(csr, sources, wanted, { threads: 2, inlineBelow: 0 });
      for (const key of ['betweenness', 'distanceSum', 'reached', 'harmonic', 'eccentricity'] as const) expect(bits(parallel[key])).toEqual(bits(single[key]));
    }
  });
});

describe('computeNodeMetricsParallel', () => {
  it('equals computeNodeMetrics on lesmis (weighted and with pivots)', async () => {
    const { graph } = loadReference('lesmis');
    for (const options of [{}, { getEdgeLength: 'weight' }, { pivots: 20, seed: 3 }]) {
      const parallel = await computeNodeMetricsParallel(graph, options, { threads: 2, inlineBelow: 0 });
      const single = computeNodeMetrics(graph, options);
      for (const [node, row] of Object.entries(single)) {
        for (const [metric, value] of Object.entries(row)) {
          expect(Math.abs(parallel[node]![metric as keyof typeof row] - value)).toBeLessThan(1e-9);
        }
      }
    }
  });
});

describe('inside an esbuild bundle (as dist/cli.js is built)', () => {
  it('spawns its workers and returns the single-thread answer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vennskap-parallel-'));
    try {
      const src = (path: string) => fileURLToPath(new URL(`../../src/analyse/csr/${path}`, import.meta.url));
      const entry = join(dir, 'entry.ts');
      writeFileSync(
        entry,
        `import { csrFromEdgeArrays } from ${JSON.stringify(src('csr.ts'))};
import { sumShortestPaths } from ${JSON.stringify(src('shortest-paths.ts'))};
import { sumShortestPathsParallel } from ${JSON.stringify(fileURLToPath(new URL('../../src/cli/node-metrics-on-workers.ts', import.meta.url)))};
const n = 400, m = 1000;
const s = new Int32Array(m), t = new Int32Array(m);
for (let e = 0; e < m; e++) { s[e] = (e * 7919) % n; t[e] = (e * 104729 + 13) % n; }
const csr = csrFromEdgeArrays(s, t, n);
const wanted = { betweenness: true, closeness: true, harmonic: false, eccentricity: false };
const single = sumShortestPaths(n, csr.offsets, csr.neighbours, null, null, 0, n, wanted);
const parallel = await sumShortestPathsParallel(csr, null, wanted, { threads: 2, inlineBelow: 0 });
let worst = 0;
for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(single.betweenness[i] - parallel.betweenness[i]), Math.abs(single.distanceSum[i] - parallel.distanceSum[i]));
let total = 0;
for (const b of parallel.betweenness) total += b;
console.log(JSON.stringify({ worst, total }));
`,
      );
      const outfile = join(dir, 'bundle.js');
      await build({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        outfile,
        logLevel: 'silent',
        // Same banner as package.json's build script.
        banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
      });
      const output = JSON.parse(execFileSync(process.execPath, [outfile], { encoding: 'utf8' })) as { worst: number; total: number };
      expect(output.total).toBeGreaterThan(0);
      expect(output.worst).toBeLessThan(1e-9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
