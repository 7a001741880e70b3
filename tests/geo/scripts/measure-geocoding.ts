/**
 * Coverage of offline geocoding on a dataset: share of places placed, and the
 * top reasons for misses. Used to tune src/geo/geocode-places.ts by measured
 * effect. Run: node tests/helpers/run-ts.mjs tests/geo/scripts/measure-geocoding.ts [norway|world]
 */
import { buildDatasetFromFiles } from '../../../src/cli/load-dataset.ts';
import { geocodeDataset } from '../../../src/cli/geocode-dataset.ts';
import type { DatasetName } from '../../../src/dataset/scope-dataset.ts';

const name = (process.argv[2] ?? 'world') as DatasetName;
const t0 = performance.now();
const built = buildDatasetFromFiles('data', { dataset: name });
const t1 = performance.now();
const dataset = geocodeDataset(built, 'data');
const t2 = performance.now();
const placed = dataset.places.filter((p) => p.lat !== undefined).length;
const total = dataset.places.length;
console.log(`${name}: placed ${placed}/${total} = ${((100 * placed) / total).toFixed(2)} % (build ${(t1 - t0).toFixed(0)} ms, geocode ${(t2 - t1).toFixed(0)} ms)`);
const sources = new Map<string, number>();
for (const p of dataset.places) if (p.geoSource) sources.set(p.geoSource.split(':')[0]!, (sources.get(p.geoSource.split(':')[0]!) ?? 0) + 1);
console.log('sources', Object.fromEntries(sources));
const geo = dataset.diagnostics.filter((d) => d.kind === 'not-geocoded' || d.kind === 'ambiguous-geocode');
const byKind = new Map<string, number>();
const byCountry = new Map<string, number>();
const byPattern = new Map<string, number>();
for (const d of geo) {
  const country = /\bin ([A-Z]{2}(?:-[A-Z]{3})?)\b/.exec(d.message)?.[1] ?? '?';
  byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
  byCountry.set(`${d.kind} ${country}`, (byCountry.get(`${d.kind} ${country}`) ?? 0) + 1);
  const nm = /^(.*?) \(/.exec(d.message)?.[1] ?? '';
  const pattern = /\(/.test(nm) ? 'parenthesis' : / [–—-] /.test(nm) ? 'dash' : /[^\x00-\x7f]/.test(nm) ? 'non-ascii' : /,/.test(nm) ? 'comma' : 'plain';
  byPattern.set(`${d.kind} ${pattern}`, (byPattern.get(`${d.kind} ${pattern}`) ?? 0) + 1);
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k}: ${v}`).join(', ');
console.log('by kind:', top(byKind, 5));
console.log('by pattern:', top(byPattern, 12));
console.log('by country:', top(byCountry, 25));
if (process.argv[3]) for (const d of geo.filter((d) => d.message.includes(` in ${process.argv[3]}`)).slice(0, Number(process.argv[4] ?? 40))) console.log(`  ${d.file}:${d.line} ${d.kind} ${d.message.slice(0, 200)}`);
