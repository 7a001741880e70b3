/**
 * Every placed point of both datasets (data/places.csv: norway;
 * data/world-places.csv: world) lies inside, or within 25 km of, its own
 * country's outline in world-atlas countries-50m (Natural Earth). A namesake
 * picked in the wrong country fails here; the fix is a row in
 * data/geo/coordinate-overrides.csv with its reason, never a wider allowance.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../src/formats/csv.ts';
import { COUNTRY_OUTLINE_IDS, countryContaining, distanceToCountryKm, readCountryOutlines } from '../../src/geo/country-outlines.ts';
import { readData } from '../helpers/repository.ts';

const ALLOWANCE_KM = 25;
const require = createRequire(import.meta.url);
const atlas = (file: string) => readCountryOutlines(JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')));
const outlines = atlas('countries-50m.json');
/** Natural Earth 10 m keeps the small islands and exclaves 50 m drops (Patmos, Salina, Melilla): tried when a point is outside the 50 m outline. */
const layers = [outlines, atlas('countries-10m.json')];

/**
 * Places whose true point is on land Natural Earth does not draw at all (not
 * even at 10 m), with the check that they are where they should be.
 */
const OUTLINE_GAPS: Readonly<Record<string, string>> = {
  // The atoll (8°16′N 171°06′E, Marshall Islands) is absent from both outlines; the nearest drawn land of MH is ~90 km away.
  'MH:aur-atoll': 'Aur Atoll',
};

function strays(file: string): string[] {
  const table = parseCsvTable(readData(file), { file, required: ['id', 'name', 'country', 'lat', 'lon'] });
  const out: string[] = [];
  for (const { values } of table.rows) {
    if (!values.lat || OUTLINE_GAPS[values.id!] === values.name) continue;
    const lat = Number(values.lat);
    const lon = Number(values.lon);
    const km = distanceToCountryKm(layers, values.country!, lat, lon);
    if (km === undefined) out.push(`${values.id}: country ${values.country} has no outline mapping`);
    else if (km > ALLOWANCE_KM) {
      out.push(`${values.id} (${values.name}, ${values.country}) at ${lat}, ${lon} (${values.geo_source}) is ${Math.round(km)} km outside its country, in ${countryContaining(outlines, lat, lon)?.name ?? 'no country'}`);
    }
  }
  return out;
}

describe('placed points lie in their own country (world-atlas 50m, then 10m; 25 km allowance)', () => {
  it('maps every world-atlas id it names to an outline that exists', () => {
    const missing = [...new Set(Object.values(COUNTRY_OUTLINE_IDS).flat())].filter((key) => !outlines.has(key));
    expect(missing).toEqual([]);
  });

  it('measures 0 inside and the distance outside, checked on known points', () => {
    expect(distanceToCountryKm(outlines, 'NO', 59.9139, 10.7522)).toBe(0); // Oslo
    expect(distanceToCountryKm(outlines, 'SE', 59.9139, 10.7522)).toBeGreaterThan(50); // Oslo is ~65 km from Sweden
    expect(distanceToCountryKm(outlines, 'SE', 59.9139, 10.7522)).toBeLessThan(90);
    expect(distanceToCountryKm(outlines, 'GB-SCT', 55.9533, -3.1883)).toBe(0); // Edinburgh
    expect(distanceToCountryKm(outlines, 'GP', 16.0, -61.7)).toBe(0); // Basse-Terre island, Guadeloupe, drawn in France's outline
    expect(distanceToCountryKm(outlines, 'GP', 16.2411, -61.5331)).toBeLessThan(3); // Pointe-à-Pitre, on the coast the 50 m outline simplifies
    expect(distanceToCountryKm(layers, 'ES', 35.29369, -2.93833)).toBe(0); // Melilla: only the 10 m outline has it
    expect(distanceToCountryKm(outlines, 'UA', 44.95719, 34.11079)).toBe(0); // Simferopol: Crimea, drawn with Russia, accepted as the list's Ukraine
    expect(distanceToCountryKm(outlines, 'RU', 59.9139, 10.7522)).toBeGreaterThan(500);
    expect(countryContaining(outlines, 48.8566, 2.3522)?.name).toBe('France');
  });

  it('norway dataset: every placed point', () => {
    expect(strays('places.csv')).toEqual([]);
  });

  it('world dataset: every placed point', () => {
    expect(strays('world-places.csv')).toEqual([]);
  }, 120_000);
});
