/**
 * Geocoding with the real gazetteer (GeoNames cities500 from the npm package)
 * and the real tables in data/geo/: every place our sources name is placed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../src/formats/csv.ts';
import { buildGeoIndex, readGeoTables } from '../../src/cli/build-geo-index.ts';
import type { AdminCentre } from '../../src/geo/admin-centres.ts';
import type { GeoIndex } from '../../src/geo/geo-index.ts';
import { geocodePlaces, type CoordinateOverride, type GeocodePlaceInput, type GeoPlacement } from '../../src/geo/geocode-places.ts';
import { distanceKm } from '../../src/geo/great-circle-distance.ts';
import { readChinaPartners, readOsloRegionMembers, readTwinTownPartners } from './raw-partners.ts';

const ROOT = new URL('../../', import.meta.url);
const readRepo = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

// The 2024 gazetteer, as copied into the repository from shared/gazetteer/.
const readGazetteerCsv = (path: string) => parseCsvTable(readRepo(path)).rows.map((r) => r.values);
const municipalities = readGazetteerCsv('data/gazetteer/no-municipalities-2024.csv');
const counties = readGazetteerCsv('data/gazetteer/no-counties-2024.csv');
const twinPartners = readTwinTownPartners();

let index: GeoIndex;
let tables: { adminCentres: AdminCentre[]; overrides: CoordinateOverride[] };

beforeAll(() => {
  tables = readGeoTables(fileURLToPath(ROOT));
  const countries = new Set(['NO', 'AR', 'BE', 'CN', ...twinPartners.map((p) => p.country)]);
  if (existsSync(new URL('data/places.csv', ROOT))) {
    for (const row of parseCsvTable(readRepo('data/places.csv')).rows) countries.add(row.values['country']!);
  }
  index = buildGeoIndex({ countries });
}, 120_000);

function placeAll(places: GeocodePlaceInput[]): Map<string, GeoPlacement> {
  const result = geocodePlaces(places, index, tables);
  expect(result.diagnostics).toEqual([]);
  return new Map(result.placements.map((p) => [p.id, p]));
}

const near = (p: GeoPlacement | undefined, lat: number, lon: number, degrees = 0.1) => {
  expect(p).toBeDefined();
  expect(Math.abs(p!.lat - lat)).toBeLessThan(degrees);
  expect(Math.abs(p!.lon - lon)).toBeLessThan(degrees);
};

describe('geocoding with the GeoNames gazetteer', () => {
  it('places Oslo near 59.91 N 10.75 E and Ushuaia near 54.8 S 68.3 W', () => {
    const placed = placeAll([
      { id: 'oslo', name: 'Oslo', country: 'NO', kind: 'municipality', aliases: [], municipalityNumber: '0301' },
      { id: 'ushuaia', name: 'Ushuaia', country: 'AR', kind: 'city', aliases: [] },
    ]);
    near(placed.get('oslo'), 59.91, 10.75);
    near(placed.get('ushuaia'), -54.8, -68.3);
  });

  it('the admin-centre table lists every 2024 municipality and county, each with a reason', () => {
    const byNumber = new Map(tables.adminCentres.map((a) => [a.number, a]));
    for (const m of municipalities) expect(byNumber.get(m['municipality_number']!)?.name).toBe(m['municipality_name']);
    for (const c of counties) expect(byNumber.get(c['county_number']!)?.name).toBe(c['county_name']);
    expect(municipalities).toHaveLength(357);
    expect(counties).toHaveLength(15);
    expect(tables.adminCentres.every((a) => a.reason.length > 0)).toBe(true);
    expect(tables.overrides.every((o) => o.reason.length > 0)).toBe(true);
  });

  it('places every one of the 357 municipalities and 15 counties in Norway, near the rest of its county', () => {
    const places: GeocodePlaceInput[] = [
      ...municipalities.map((m) => ({
        id: m['municipality_number']!,
        name: m['municipality_name']!,
        country: 'NO',
        kind: 'municipality',
        aliases: [],
        municipalityNumber: m['municipality_number']!,
      })),
      ...counties.map((c) => ({ id: `county:${c['county_number']}`, name: c['county_name']!, country: 'NO', kind: 'county', aliases: [], countyNumber: c['county_number']! })),
    ];
    const placed = placeAll(places);
    expect(placed.size).toBe(372);
    for (const p of placed.values()) {
      // Mainland Norway's extremes: Lindesnes 57.98 N, Knivskjellodden 71.19 N, Utvær 4.5 E, Hornøya 31.2 E.
      expect(p.lat, p.id).toBeGreaterThan(57.9);
      expect(p.lat, p.id).toBeLessThan(71.2);
      expect(p.lon, p.id).toBeGreaterThan(4.4);
      expect(p.lon, p.id).toBeLessThan(31.3);
    }
    // A centre found in the wrong part of the country would lie far from its county's other centres.
    const byCounty = new Map<string, GeoPlacement[]>();
    for (const m of municipalities) {
      const list = byCounty.get(m['county_number']!) ?? [];
      list.push(placed.get(m['municipality_number']!)!);
      byCounty.set(m['county_number']!, list);
    }
    for (const [county, list] of byCounty) {
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const centre = { lat: median(list.map((p) => p.lat)), lon: median(list.map((p) => p.lon)) };
      for (const p of list) expect(distanceKm(p, centre), `${p.id} in county ${county}`).toBeLessThan(450);
    }
    // Nordre Follo sits at Ski, Sør-Varanger at Kirkenes, Akershus county in Oslo.
    near(placed.get('3207'), 59.72, 10.84);
    near(placed.get('5605'), 69.73, 30.05);
    near(placed.get('county:32'), 59.91, 10.75);
    near(placed.get('4036'), 59.57, 7.99); // Vinje at its own Åmot, not Seljord's
  });

  it('places every foreign partner on the twin-town page', () => {
    expect(twinPartners.length).toBeGreaterThan(400);
    const placed = placeAll(twinPartners.map((p) => ({ id: `${p.country}:${p.name}`, name: p.name, country: p.country, kind: 'city', aliases: [] })));
    expect(placed.size).toBe(twinPartners.length);
    // Spot checks on geography known independently of this code.
    near(placed.get('SE:Gothenburg'), 57.7, 11.97); // Göteborg, found by its English name
    near(placed.get('GB-SCT:Lerwick'), 60.15, -1.14);
    expect(placed.get('US:Hayward')!.lat).toBeGreaterThan(45); // Hayward, Wisconsin (the Birkebeiner), not California
    expect(placed.get('US:Petersburg')!.lon).toBeLessThan(-130); // Petersburg, Alaska
    expect(placed.get('RU:Kirovsk')!.lat).toBeGreaterThan(66); // Kirovsk on the Kola peninsula
  });

  it('places the eight Chinese partners of the China page', () => {
    const norwegian = new Set([...municipalities.map((m) => m['municipality_name']!), ...counties.map((c) => c['county_name']!), 'Sør-Trøndelag']);
    const chinese = readChinaPartners(norwegian);
    expect(chinese.map((c) => c.name).sort()).toEqual(['Chongqing', 'Dalian', 'Guangdong', 'Hubei', 'Jiaxing', 'Ningbo', 'Shanghai', 'Zhuzhou']);
    const placed = placeAll(chinese.map((c) => ({ id: c.name, name: c.name, country: 'CN', kind: c.name === 'Guangdong' || c.name === 'Hubei' ? 'province' : 'city', aliases: [] })));
    near(placed.get('Guangdong'), 23.13, 113.26, 0.3); // at Guangzhou
    near(placed.get('Hubei'), 30.59, 114.3, 0.3); // at Wuhan
    near(placed.get('Shanghai'), 31.23, 121.47, 0.3);
  });

  it('places the 17 Oslo Region members and their office in Brussels', () => {
    const members = readOsloRegionMembers();
    expect(members).toHaveLength(17);
    const numberOf = new Map(municipalities.map((m) => [m['municipality_name']!, m['municipality_number']!]));
    const placed = placeAll([
      ...members.map((m) => ({
        id: m.name,
        name: m.name,
        country: 'NO',
        kind: m.kind === 'county' && !counties.some((c) => c['county_name'] === m.name) ? 'former-county' : m.kind,
        aliases: [],
        municipalityNumber: numberOf.get(m.name),
        countyNumber: counties.find((c) => c['county_name'] === m.name)?.['county_number'],
      })),
      { id: 'office', name: 'Oslo Region European Office', country: 'BE', kind: 'organisation', aliases: [] },
    ]);
    expect(placed.size).toBe(18);
    near(placed.get('OsloMet - Oslo Metropolitan University'), 59.92, 10.74, 0.05);
    near(placed.get('office'), 50.84, 4.37, 0.05);
    near(placed.get('Vestfold and Telemark'), 59.2, 9.6); // at Skien
  });

  it.skipIf(!existsSync(new URL('data/places.csv', ROOT)))('places every place of data/places.csv', () => {
    const rows = parseCsvTable(readRepo('data/places.csv')).rows.map((r) => r.values);
    const places = rows.map((v) => ({
      id: v['id']!,
      name: v['name']!,
      country: v['country']!,
      kind: v['kind']!,
      aliases: v['aliases'] ? v['aliases'].split('|') : [],
      municipalityNumber: v['municipality_number'] || undefined,
      countyNumber: v['county_number'] || undefined,
    }));
    const result = geocodePlaces(places, index, tables);
    // Every place a Norwegian document names is placed; places only the world list names may not be yet
    // (world-scale geocoding is later work), and each of those has its not-geocoded diagnostic.
    const worldOnly = new Set(rows.filter((v) => v['sources']!.split('|').every((ref) => ref.startsWith('wikipedia-twin-towns.csv:'))).map((v) => v['id']!));
    const unplaced = places.filter((p) => !result.placements.some((x) => x.id === p.id)).map((p) => p.id);
    expect(unplaced.filter((id) => !worldOnly.has(id))).toEqual([]);
    expect(result.diagnostics.filter((d) => d.kind === 'not-geocoded').map((d) => d.id).sort()).toEqual([...unplaced].sort());
    expect(result.placements.length).toBeGreaterThanOrEqual(rows.length - 18);
  });
});
