/**
 * Which fallback rule placed how many world places, with examples, to audit
 * rules for wrong namesakes: node tests/helpers/run-ts.mjs tests/geo/scripts/audit-geocoding-rules.ts [rule-substring] [n]
 * With the argument `by-source`, it also lists every place a gazetteer after cities500 placed, with its rule.
 */
import { readFileSync } from 'node:fs';
import { buildDatasetFromFiles } from '../../../src/cli/load-dataset.ts';
import { buildGeoIndexes } from '../../../src/cli/build-geo-index.ts';
import { withRegions } from '../../../src/cli/geocode-dataset.ts';
import { geocodePlaces } from '../../../src/geo/geocode-places.ts';
import { countriesWithTerritories } from '../../../src/geo/territories.ts';
import { parseAdminCentres, parseCoordinateOverrides } from '../../../src/geo/geo-tables.ts';

const dataset = buildDatasetFromFiles('data', { dataset: 'world' });
const index = buildGeoIndexes({ countries: countriesWithTerritories(dataset.places.map((p) => p.country)) });
const { placements } = geocodePlaces(withRegions(dataset), index, {
  adminCentres: parseAdminCentres(readFileSync('data/geo/no-admin-centres.csv', 'utf8')),
  overrides: parseCoordinateOverrides(readFileSync('data/geo/coordinate-overrides.csv', 'utf8')),
});
const byRule = new Map<string, string[]>();
const names = new Map(dataset.places.map((p) => [p.id, `${p.name} [${p.country}]`]));
for (const p of placements) {
  const rule = /\((?:[^()]*\([^()]*\))*[^()]*\)$/.exec(p.matched)?.[0] ?? '(as written or alias)';
  const key = rule.replace(/"[^"]*"/g, '"…"');
  const list = byRule.get(key) ?? [];
  list.push(`${names.get(p.id)} → ${p.matched} @ ${p.lat.toFixed(2)},${p.lon.toFixed(2)}`);
  byRule.set(key, list);
}
for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) console.log(`${list.length}\t${rule}`);
if (process.argv[2]) for (const [rule, list] of byRule) if (rule.includes(process.argv[2])) for (const x of list.slice(0, Number(process.argv[3] ?? 30))) console.log(`  ${x}`);
// Per gazetteer: how many each placed, and (with argument "by-source") every placement of the later gazetteers with the rule that placed it.
const bySource = new Map<string, number>();
for (const p of placements) bySource.set(p.source.split(':')[0]!, (bySource.get(p.source.split(':')[0]!) ?? 0) + 1);
console.log('by source:', Object.fromEntries(bySource));
if (process.argv[2] === 'by-source') for (const p of placements) if (!/^(geonames|override)$/.test(p.source.split(':')[0]!)) console.log(`  ${p.source}\t${names.get(p.id)} → ${p.matched} @ ${p.lat.toFixed(2)},${p.lon.toFixed(2)}`);
