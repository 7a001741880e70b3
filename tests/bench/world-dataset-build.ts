/**
 * Bundled and run by run-bench.mjs (world section): builds the world dataset
 * from data/ (read the files, parse, resolve, merge; no geocoding, no cache)
 * --runs times in one process and prints {first, median, runs} in ms as JSON.
 * The first build is kept apart: it includes V8 compiling the parsers.
 */
import { join } from 'node:path';
import { buildDatasetFromFiles } from '../../src/cli/load-dataset.ts';

// The bundle runs from $TMPDIR, so the data folder is given (run-bench runs it from the repository root).
const dataDir = join(process.cwd(), 'data');

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const times: number[] = [];
let places = 0;
let links = 0;
for (let i = 0; i <= runs; i++) {
  const started = performance.now();
  const dataset = buildDatasetFromFiles(dataDir, { dataset: 'world' });
  times.push(performance.now() - started);
  places = dataset.places.length;
  links = dataset.links.length;
}
const timed = times.slice(1).sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ first: times[0], median: timed[timed.length >> 1], runs: timed.length, places, links })}\n`);
