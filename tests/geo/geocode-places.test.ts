import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { foldNameFast, indexGeoCandidates, type GeoCandidate } from '../../src/geo/geo-index.ts';
import { geocodePlaces, type GeocodePlaceInput } from '../../src/geo/geocode-places.ts';
import { foldName } from '../../src/text/fold-name.ts';

/** A gazetteer row with defaults for the fields a test does not care about. */
function candidate(c: Partial<GeoCandidate> & Pick<GeoCandidate, 'geonameId' | 'name' | 'country' | 'lat' | 'lon'>): GeoCandidate {
  return { population: 0, featureCode: 'PPL', admin1: '', admin2: '', alternateNames: [], ...c };
}

function place(p: Partial<GeocodePlaceInput> & Pick<GeocodePlaceInput, 'id' | 'name' | 'country'>): GeocodePlaceInput {
  return { kind: 'city', aliases: [], ...p };
}

const index = indexGeoCandidates([
  candidate({ geonameId: 1, name: 'Tórshavn', country: 'FO', lat: 62.01, lon: -6.77, population: 13200 }),
  candidate({ geonameId: 2, name: 'Dunfermline', country: 'GB', lat: 56.07, lon: -3.46, population: 50380, admin1: 'SCT' }),
  candidate({ geonameId: 3, name: 'Göteborg', country: 'SE', lat: 57.71, lon: 11.97, population: 587549, alternateNames: ['Gothenburg', 'Гётеборг'] }),
  // Namesakes far apart: a big one and a small one, then two of similar size.
  candidate({ geonameId: 4, name: 'Hayward', country: 'US', lat: 37.67, lon: -122.08, population: 158289 }),
  candidate({ geonameId: 5, name: 'Hayward', country: 'US', lat: 46.01, lon: -91.48, population: 2296 }),
  candidate({ geonameId: 6, name: 'Glendale', country: 'US', lat: 33.54, lon: -112.19, population: 240126 }),
  candidate({ geonameId: 7, name: 'Glendale', country: 'US', lat: 34.14, lon: -118.26, population: 201020 }),
  // Two entries for one town, 1 km apart: not an ambiguity.
  candidate({ geonameId: 8, name: 'Viimsi', country: 'EE', lat: 59.505, lon: 24.848, population: 1740 }),
  candidate({ geonameId: 9, name: 'Viimsi', country: 'EE', lat: 59.501, lon: 24.863, population: 1500 }),
  // Norway: the same centre name in two counties, and a municipality named after its centre.
  candidate({ geonameId: 10, name: 'Sand', country: 'NO', lat: 59.48, lon: 6.25, population: 1100, admin1: '14', admin2: '1134' }),
  candidate({ geonameId: 11, name: 'Sand', country: 'NO', lat: 60.43, lon: 11.45, population: 500, admin1: '34', admin2: '3414' }),
  candidate({ geonameId: 12, name: 'Ski', country: 'NO', lat: 59.72, lon: 10.84, population: 12513, admin1: '30', admin2: '3020' }),
  candidate({ geonameId: 13, name: 'Oslo', country: 'NO', lat: 59.91, lon: 10.75, population: 580000, admin1: '12', admin2: '0301', featureCode: 'PPLC' }),
  candidate({ geonameId: 14, name: 'Ås', country: 'NO', lat: 59.66, lon: 10.79, population: 8000, admin1: '30', admin2: '3021' }),
  // Two Åmots 22 km apart in one county, numbered (2020) differently from 2024: population cannot decide.
  candidate({ geonameId: 15, name: 'Åmot', country: 'NO', lat: 59.633, lon: 8.367, population: 592, admin1: '38', admin2: '3820' }),
  candidate({ geonameId: 16, name: 'Åmot', country: 'NO', lat: 59.570, lon: 7.989, population: 0, admin1: '38', admin2: '3825' }),
]);

const adminCentres = [
  { number: '1134', name: 'Suldal', adminCentre: 'Sand', reason: 'centre Sand' },
  { number: '3414', name: 'Nord-Odal', adminCentre: 'Sand', reason: 'centre Sand' },
  { number: '3207', name: 'Nordre Follo', adminCentre: 'Ski', reason: 'centre Ski' },
  { number: '5033', name: 'Tydal', adminCentre: 'Ås', reason: 'centre Ås' },
  { number: '32', name: 'Akershus', adminCentre: 'Oslo', reason: 'administration in Oslo' },
  { number: '4036', name: 'Vinje', adminCentre: 'Åmot', reason: 'centre Åmot' },
];

describe('geocodePlaces', () => {
  it('matches accent- and case-insensitively within the country, with GB-SCT as GB', () => {
    const result = geocodePlaces(
      [place({ id: 'fo', name: 'TORSHAVN', country: 'FO' }), place({ id: 'sct', name: 'Dunfermline', country: 'GB-SCT' })],
      index,
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.placements).toEqual([
      { id: 'fo', lat: 62.01, lon: -6.77, source: 'geonames:1', matched: 'TORSHAVN' },
      { id: 'sct', lat: 56.07, lon: -3.46, source: 'geonames:2', matched: 'Dunfermline' },
    ]);
  });

  it('finds alternate names and tries aliases after the name', () => {
    const result = geocodePlaces(
      [
        place({ id: 'a', name: 'Gothenburg', country: 'SE' }),
        place({ id: 'b', name: 'Dumfermline', country: 'GB-SCT', aliases: ['Dunfermline'] }),
        place({ id: 'c', name: 'Göteborg', country: 'DK' }),
      ],
      index,
    );
    expect(result.placements.map((p) => [p.id, p.source, p.matched])).toEqual([
      ['a', 'geonames:3', 'Gothenburg'],
      ['b', 'geonames:2', 'Dunfermline'],
    ]);
    expect(result.diagnostics).toEqual([{ id: 'c', kind: 'not-geocoded', message: expect.stringMatching(/"Göteborg" in DK/) }]);
  });

  it('takes the most populous namesake, but reports two of similar size far apart', () => {
    const result = geocodePlaces(
      [place({ id: 'h', name: 'Hayward', country: 'US' }), place({ id: 'g', name: 'Glendale', country: 'US' }), place({ id: 'v', name: 'Viimsi', country: 'EE' })],
      index,
    );
    expect(result.placements.map((p) => [p.id, p.source])).toEqual([
      ['h', 'geonames:4'],
      ['v', 'geonames:8'],
    ]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ id: 'g', kind: 'ambiguous-geocode' });
    expect(result.diagnostics[0]!.message).toMatch(/geonames 6.*geonames 7/);
  });

  it('an override wins over the gazetteer and settles an ambiguity', () => {
    const overrides = [
      { country: 'US', name: 'Hayward', lat: 46.01301, lon: -91.48462, reason: 'Hayward, Wisconsin' },
      { country: 'US', name: 'glendale', lat: 33.539, lon: -112.186, reason: 'Glendale, Arizona' },
    ];
    const result = geocodePlaces(
      [place({ id: 'h', name: 'Hayward', country: 'US' }), place({ id: 'g', name: 'Glendale', country: 'US' })],
      index,
      { overrides },
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.placements).toEqual([
      { id: 'h', lat: 46.01301, lon: -91.48462, source: 'override', matched: 'Hayward' },
      { id: 'g', lat: 33.539, lon: -112.186, source: 'override', matched: 'Glendale' },
    ]);
  });

  it('places Norwegian municipalities and counties at their centre, the right namesake by county', () => {
    const places = [
      place({ id: 'suldal', name: 'Suldal', country: 'NO', kind: 'municipality', municipalityNumber: '1134' }),
      place({ id: 'nord-odal', name: 'Nord-Odal', country: 'NO', kind: 'municipality', municipalityNumber: '3414' }),
      place({ id: 'nordre-follo', name: 'Nordre Follo', country: 'NO', kind: 'municipality', municipalityNumber: '3207' }),
      place({ id: 'akershus', name: 'Akershus', country: 'NO', kind: 'county', countyNumber: '32' }),
      place({ id: 'by-name', name: 'Akershus', country: 'NO', kind: 'former-county' }),
      place({ id: 'given', name: 'Somewhere', country: 'NO', kind: 'municipality', adminCentre: 'Ski' }),
    ];
    const result = geocodePlaces(places, index, { adminCentres });
    expect(result.diagnostics).toEqual([]);
    expect(result.placements.map((p) => [p.id, p.source, p.matched])).toEqual([
      ['suldal', 'geonames:10', 'Sand'],
      ['nord-odal', 'geonames:11', 'Sand'],
      ['nordre-follo', 'geonames:12', 'Ski'],
      ['akershus', 'geonames:13', 'Oslo'],
      ['by-name', 'geonames:13', 'Oslo'],
      ['given', 'geonames:12', 'Ski'],
    ]);
  });

  it('never takes a namesake centre from another county for a municipality', () => {
    // Tydal (Trøndelag, GeoNames admin1 21) has its centre at Ås; the only Ås in the index is in Akershus.
    const result = geocodePlaces([place({ id: 'tydal', name: 'Tydal', country: 'NO', kind: 'municipality', municipalityNumber: '5033' })], index, {
      adminCentres,
    });
    expect(result.placements).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ id: 'tydal', kind: 'not-geocoded' });
    expect(result.diagnostics[0]!.message).toContain('administrative centre of Tydal');
  });

  it('reports a municipality whose centre names two places in its county, whatever their populations', () => {
    const vinje = place({ id: 'vinje', name: 'Vinje', country: 'NO', kind: 'municipality', municipalityNumber: '4036' });
    const result = geocodePlaces([vinje], index, { adminCentres });
    expect(result.diagnostics).toEqual([{ id: 'vinje', kind: 'ambiguous-geocode', message: expect.stringMatching(/more than one place in its county.*geonames 15.*geonames 16/) }]);
    // An override settles it.
    const overrides = [{ country: 'NO', name: 'Åmot', lat: 59.56974, lon: 7.98871, reason: "Vinje's centre" }];
    expect(geocodePlaces([vinje], index, { adminCentres, overrides }).placements).toEqual([
      { id: 'vinje', lat: 59.56974, lon: 7.98871, source: 'override', matched: 'Åmot' },
    ]);
  });

  it('rejects unknown options, bad ratios and repeated ids', () => {
    expect(() => geocodePlaces([], index, { overides: [] } as never)).toThrow(/unknown option "overides"/);
    expect(() => geocodePlaces([], index, { ambiguityRatio: 0 })).toThrow(/ambiguityRatio/);
    const twice = [place({ id: 'x', name: 'Tórshavn', country: 'FO' }), place({ id: 'x', name: 'Tórshavn', country: 'FO' })];
    expect(() => geocodePlaces(twice, index)).toThrow(/"x" appears twice/);
  });
});

describe('geocodePlaces.assign', () => {
  it('writes lat, lon and geoSource on the nodes it can place and returns the rest as diagnostics', () => {
    const graph = new Graph();
    graph.addNode('NO:3207', { name: 'Nordre Follo', country: 'NO', kind: 'municipality', municipalityNumber: '3207' });
    graph.addNode('SE:gothenburg', { name: 'Gothenburg', country: 'SE', kind: 'city' });
    graph.addNode('XX:nowhere', { name: 'Nowhere', country: 'XX', kind: 'city' });
    const diagnostics = geocodePlaces.assign(graph, index, { adminCentres });
    expect(graph.getNodeAttributes('NO:3207')).toMatchObject({ lat: 59.72, lon: 10.84, geoSource: 'geonames:12' });
    expect(graph.getNodeAttributes('SE:gothenburg')).toMatchObject({ lat: 57.71, lon: 11.97, geoSource: 'geonames:3' });
    expect(graph.hasNodeAttribute('XX:nowhere', 'lat')).toBe(false);
    expect(diagnostics.map((d) => [d.id, d.kind])).toEqual([['XX:nowhere', 'not-geocoded']]);
  });
});

describe('foldNameFast', () => {
  it('equals foldName on any printable ASCII string and on accented names', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...' -\'`.,AaBbZz09()/&'.split('')), maxLength: 30 }), (s) => foldNameFast(s) === foldName(s)),
    );
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (s) => foldNameFast(s) === foldName(s)));
    for (const s of ['Tórshavn', 'Ísafjörður', "Karmi'el", 'Petaẖ Tiqva', 'Arles-sur-Tech']) expect(foldNameFast(s)).toBe(foldName(s));
  });
});
