/**
 * A graph big enough for the CLI's worker-thread path (over 2,000 nodes),
 * end to end through the bundled dist/cli.js: the ranking must equal the
 * single-threaded computation in-process, to the bit (the pass is summed in
 * fixed chunks whatever the thread count: path-chunks.ts, pathChunkSize).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRng } from '../../src/analyse/random.ts';
import { computeNodeMetrics } from '../../src/analyse/metrics/index.ts';
import { readEdgeList } from '../../src/formats/read-edge-list.ts';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-large-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a 2,500-node input', () => {
  it('ranks by betweenness on worker threads exactly as one thread does, to the bit', () => {
    const rng = createRng(42);
    const rows = ['source,target'];
    for (let i = 0; i < 7500; i++) {
      const a = Math.floor(rng() * 2500);
      const b = Math.floor(rng() * 2500);
      if (a !== b) rows.push(`n${a},n${b}`);
    }
    const text = `${rows.join('\n')}\n`;
    const file = join(scratch, 'random.csv');
    writeFileSync(file, text);
    const result = runCli(['rank', '--input', file, '--by', 'betweenness', '--top', '20', '--json']);
    expect(result.status, result.stderr).toBe(0);
    const ranked = JSON.parse(result.stdout).rows as { id: string; betweenness: number }[];
    const expected = computeNodeMetrics(readEdgeList(text, { file }).graph);
    expect(ranked).toHaveLength(20);
    for (const row of ranked) expect(row.betweenness).toBe(expected[row.id]!.betweenness);
  });
});
