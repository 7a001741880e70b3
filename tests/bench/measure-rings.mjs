#!/usr/bin/env node
/**
 * node tests/bench/measure-rings.mjs [--runs 5]
 *
 * Times findFriendshipRings on a synthetic network the size of the world
 * twin-town list (18,000 places, 26,000 links, 80 countries; seeded): 400
 * Norwegian places, 60 planted Nordic rings of 5 (one link of every third
 * removed, so near-rings too), the rest of the links drawn with preferential
 * attachment so some places become hubs with hundreds of partners, as big cities are.
 * Prints the medians as JSON. Not part of `npm test`: timings are not assertions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const dir = mkdtempSync(join(os.tmpdir(), 'vennskap-rings-'));
const entry = join(dir, 'entry.mjs');
await build({
  stdin: {
    contents: `export { findFriendshipRings } from './src/analyse/find-friendship-rings.ts'; export { createRng } from './src/analyse/random.ts'; export { default as Graph } from 'graphology';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'esm', outfile: entry, logLevel: 'error',
});
const { findFriendshipRings, createRng, Graph } = await import(pathToFileURL(entry).href);
rmSync(dir, { recursive: true, force: true });

const rng = createRng(20261204);
const NODES = 18_000, EDGES = 26_000, COUNTRIES = 80, NORWEGIAN = 400;
const NORDIC = ['SE', 'DK', 'FI', 'IS'];
const g = new Graph({ type: 'undirected' });
const countries = Array.from({ length: COUNTRIES - 5 }, (_, i) => `C${i}`);
for (let i = 0; i < NODES; i++) {
  const country = i < NORWEGIAN ? 'NO' : i < NORWEGIAN + 1600 ? NORDIC[i % 4] : countries[Math.floor(rng() * countries.length)];
  g.addNode(`n${i}`, { name: `place ${i}`, country });
}
const link = (a, b) => { if (a !== b && !g.hasEdge(`n${a}`, `n${b}`)) g.addEdge(`n${a}`, `n${b}`, { sources: [`synthetic:${a}-${b}`] }); };
for (let r = 0; r < 60; r++) {
  const members = [r * 5, ...NORDIC.map((_, k) => NORWEGIAN + 4 * (r * 5) + k)];
  for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) if (!(r % 3 === 0 && i === 3 && j === 4)) link(members[i], members[j]);
}
const ends = [];
while (g.size < EDGES) {
  const a = Math.floor(rng() * NODES);
  const b = ends.length > 0 && rng() < 0.85 ? ends[Math.floor(rng() * ends.length)] : Math.floor(rng() * NODES);
  const before = g.size;
  link(a, b);
  if (g.size > before) ends.push(a, b);
}
let maxDegree = 0;
g.forEachNode((n) => (maxDegree = Math.max(maxDegree, g.degree(n))));

const runs = Number(values.runs);
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const time = (fn) => { const times = []; let result; for (let i = 0; i < runs; i++) { const t = performance.now(); result = fn(); times.push(performance.now() - t); } return { ms: Math.round(median(times)), result }; };
const no = time(() => findFriendshipRings(g));
const big = time(() => findFriendshipRings(g, { country: 'SE' }));
console.log(JSON.stringify({
  nodes: g.order, edges: g.size, maxDegree, runs,
  NO: { ms: no.ms, seeds: no.result.seeds, rings: no.result.rings.length, nearRings: no.result.nearRings.length },
  SE: { ms: big.ms, seeds: big.result.seeds, rings: big.result.rings.length, nearRings: big.result.nearRings.length },
}, null, 1));
