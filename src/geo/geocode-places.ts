/**
 * Place every place on the map: a pure function from places, a gazetteer index
 * and two hand-kept tables (admin centres, coordinate overrides) to
 * coordinates or diagnostics. Browser-safe; the gazetteer is read on the node
 * side by src/cli/build-geo-index.ts when the dataset is built.
 *
 * Rules, in order, for one place:
 * 1. A Norwegian municipality or county is placed at its administrative
 *    centre (its `adminCentre`, else the admin-centres table by number, else
 *    by name): distances between twin towns are distances between towns.
 * 2. An override row (country + accent-folded name) wins over the gazetteer,
 *    for the place's name or any alias.
 * 3. Gazetteer: names (then alternate names) equal after foldName, in the same
 *    country (GB-ENG / GB-SCT match GB). In Norway, candidates in the
 *    municipality (GeoNames admin2) or else the county (admin1) are preferred.
 *    Among the rest the most populous wins, unless a rival at least
 *    `ambiguityRatio` as populous lies more than `samePlaceKm` away (for a
 *    municipality matched by county only, any namesake that far): then the
 *    choice is a coin toss and the place gets an 'ambiguous-geocode'
 *    diagnostic until an override decides it.
 */
import type { AbstractGraph } from 'graphology-types';
import { foldName } from '../text/fold-name.ts';
import { distanceKm } from './great-circle-distance.ts';
import { nameVariants } from './name-variants.ts';

/** One populated place from the gazetteer. */
export interface GeoCandidate {
  geonameId: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  population: number;
  featureCode: string;
  /** GeoNames first-level division code ('' when unknown). In Norway: county. */
  admin1: string;
  /** GeoNames second-level division code ('' when unknown). In Norway: municipality number (2020 numbering). */
  admin2: string;
  /** Names in other languages and spellings (ASCII name included). */
  alternateNames: readonly string[];
}

/** Candidates by `COUNTRY|folded name`: primary names first, alternate names separately. */
export interface GeoIndex {
  /** Prefix of a placement's `source`: `${source}:${geonameId}`. */
  source: string;
  primary: ReadonlyMap<string, readonly GeoCandidate[]>;
  alternate: ReadonlyMap<string, readonly GeoCandidate[]>;
}

/** A place to geocode (a subset of dataset/types.ts Place). */
export interface GeocodePlaceInput {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2, or GB-ENG / GB-SCT. */
  country: string;
  kind: string;
  aliases: readonly string[];
  municipalityNumber?: string;
  countyNumber?: string;
  adminCentre?: string;
  /** Subnational units the sources state with the place ("Ohio, United States" → Ohio): namesakes in their GeoNames admin1 are preferred. */
  regions?: readonly string[];
}

/** A row of data/geo/coordinate-overrides.csv. */
export interface CoordinateOverride {
  country: string;
  name: string;
  lat: number;
  lon: number;
  reason: string;
}

/** A row of data/geo/no-admin-centres.csv: municipality (4 digits) or county (2 digits). */
export interface AdminCentre {
  number: string;
  name: string;
  adminCentre: string;
  reason: string;
}

export interface GeoPlacement {
  id: string;
  lat: number;
  lon: number;
  /** `geonames:<id>` or `override`. */
  source: string;
  /** The name that was looked up (the admin centre for Norwegian municipalities and counties). */
  matched: string;
}

export type GeoDiagnosticKind = 'not-geocoded' | 'ambiguous-geocode';

export interface GeoDiagnostic {
  id: string;
  kind: GeoDiagnosticKind;
  message: string;
}

export interface GeocodeResult {
  placements: GeoPlacement[];
  diagnostics: GeoDiagnostic[];
}

export interface GeocodeOptions {
  overrides: readonly CoordinateOverride[];
  adminCentres: readonly AdminCentre[];
  /** A rival whose population is at least this share of the leader's makes the name ambiguous. */
  ambiguityRatio: number;
  /** Candidates closer than this (km) are one place for our purposes (duplicates, suburbs of one town). */
  samePlaceKm: number;
}

export const DEFAULTS: GeocodeOptions = {
  overrides: [],
  adminCentres: [],
  ambiguityRatio: 0.5,
  samePlaceKm: 10,
};

/**
 * GeoNames admin1 codes for Norwegian counties in the cities500 snapshot
 * (2023): the 2020 regions (30 Viken, 34 Innlandet, 38 Vestfold og Telemark,
 * 42 Agder, 46 Vestland, 54 Troms og Finnmark) plus GeoNames' own older codes
 * for counties that kept their borders (08 Møre og Romsdal, 09 Nordland,
 * 12 Oslo, 14 Rogaland, 21 Trøndelag). Keyed by every county number our
 * sources use, 2024 and former.
 */
const NORWAY_ADMIN1: Readonly<Record<string, string>> = {
  '03': '12', '11': '14', '15': '08', '18': '09', '31': '30', '32': '30', '33': '30', '34': '34', '39': '38',
  '40': '38', '42': '42', '46': '46', '50': '21', '55': '54', '56': '54',
  '01': '30', '02': '30', '04': '34', '05': '34', '06': '30', '07': '38', '08': '38', '09': '42', '10': '42',
  '12': '46', '14': '46', '16': '21', '17': '21', '19': '54', '20': '54', '30': '30', '38': '38', '54': '54',
};

/** Place kinds that stand for a Norwegian administrative unit and so sit at its centre. */
const ADMINISTRATIVE_KINDS = new Set(['municipality', 'county', 'former-county']);

/** ISO alpha-2 for matching: the UK's constituent countries are GB in the gazetteer. */
export function isoCountry(country: string): string {
  const upper = country.trim().toUpperCase();
  return upper.startsWith('GB-') ? 'GB' : upper;
}

/** The lookup key shared by the index and the override table. */
export function geoKey(country: string, name: string): string {
  return `${isoCountry(country)}|${foldName(name)}`;
}

/**
 * foldName with a fast path: for printable ASCII, NFKD and the letter table
 * change nothing, so lower-casing and squeezing non-alphanumerics is the same
 * result at a fraction of the cost (indexing folds ~700,000 alternate names).
 */
export function foldNameFast(name: string): string {
  if (!/^[\x20-\x7e]*$/.test(name)) return foldName(name);
  return name.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Alternate names in other scripts (Cyrillic, Han, Arabic, …) cannot equal a
 * folded Latin-script name, and every source we geocode is written in Latin
 * script, so they are not indexed: it halves the work.
 */
const NON_LATIN = /[^\u0000-\u024f\u0300-\u036f\u1e00-\u1eff\u2019]/;

/** Build the lookup index from gazetteer candidates (pure; the node loader feeds it). */
export function indexGeoCandidates(candidates: Iterable<GeoCandidate>, source = 'geonames'): GeoIndex {
  const primary = new Map<string, GeoCandidate[]>();
  const alternate = new Map<string, GeoCandidate[]>();
  const add = (map: Map<string, GeoCandidate[]>, key: string, c: GeoCandidate) => {
    const list = map.get(key);
    if (!list) map.set(key, [c]);
    else if (!list.includes(c)) list.push(c);
  };
  for (const c of candidates) {
    const country = isoCountry(c.country);
    const own = `${country}|${foldNameFast(c.name)}`;
    add(primary, own, c);
    for (const alt of c.alternateNames) {
      if (NON_LATIN.test(alt)) continue;
      const folded = foldNameFast(alt);
      const key = `${country}|${folded}`;
      if (folded && key !== own) add(alternate, key, c);
    }
  }
  return { source, primary, alternate };
}

function resolveOptions(options: Partial<GeocodeOptions>): GeocodeOptions {
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULTS)) throw new Error(`geocodePlaces: unknown option "${key}"`);
  }
  const resolved = { ...DEFAULTS, ...options };
  if (!(resolved.ambiguityRatio > 0 && resolved.ambiguityRatio <= 1)) {
    throw new Error(`geocodePlaces: ambiguityRatio must be in (0, 1], got ${resolved.ambiguityRatio}`);
  }
  if (!(resolved.samePlaceKm >= 0)) throw new Error(`geocodePlaces: samePlaceKm must be >= 0, got ${resolved.samePlaceKm}`);
  return resolved;
}

/** The admin-centres table as lookups: by number, and by folded name separately for municipalities and counties. */
interface CentreTables {
  byNumber: Map<string, AdminCentre>;
  municipalityByName: Map<string, AdminCentre>;
  countyByName: Map<string, AdminCentre>;
}

function tabulateCentres(rows: readonly AdminCentre[]): CentreTables {
  const tables: CentreTables = { byNumber: new Map(), municipalityByName: new Map(), countyByName: new Map() };
  for (const row of rows) {
    tables.byNumber.set(row.number, row);
    const byName = row.number.length === 2 ? tables.countyByName : tables.municipalityByName;
    // First row wins: the table lists 2024 counties before the former ones of the same name.
    const key = foldName(row.name);
    if (!byName.has(key)) byName.set(key, row);
  }
  return tables;
}

/** Where a Norwegian municipality or county sits: its centre's name, or undefined when no table row matches. */
function findAdminCentre(place: GeocodePlaceInput, tables: CentreTables): string | undefined {
  if (place.adminCentre) return place.adminCentre;
  const isMunicipality = place.kind === 'municipality';
  const number = isMunicipality ? place.municipalityNumber : place.countyNumber;
  const row = number ? tables.byNumber.get(number) : undefined;
  if (row) return row.adminCentre;
  // Former counties and places without numbers: by name; "Vestfold and Telemark" is "Vestfold og Telemark".
  const byName = isMunicipality ? tables.municipalityByName : tables.countyByName;
  for (const name of [place.name, ...place.aliases]) {
    const found = byName.get(foldName(name)) ?? byName.get(foldName(name.replace(/ and /gi, ' og ')));
    if (found) return found.adminCentre;
  }
  return undefined;
}

/**
 * Narrow Norwegian candidates to the place's municipality (admin2) when any is
 * there, else to its county (admin1). A municipality's centre lies in its own
 * county, so for municipalities the county filter is strict: a namesake
 * elsewhere in Norway is never taken (Sand, Vik, Dale and Straume each name
 * several centres). A county's centre may lie outside it (Akershus: Oslo), so
 * for other kinds the county only breaks ties.
 *
 * `sure` is false when a municipality was matched by county only: two
 * namesakes in one county then cannot be told apart by population (Vinje's
 * centre Åmot has none in the gazetteer, the Åmot in Seljord 592), so any
 * second candidate far away makes the name ambiguous.
 */
function narrowInNorway(candidates: readonly GeoCandidate[], place: GeocodePlaceInput): { candidates: readonly GeoCandidate[]; sure: boolean } {
  const municipality = place.kind === 'municipality' ? place.municipalityNumber : undefined;
  if (municipality) {
    const inMunicipality = candidates.filter((c) => c.admin2 === municipality);
    if (inMunicipality.length > 0) return { candidates: inMunicipality, sure: true };
  }
  const county = place.countyNumber ?? municipality?.slice(0, 2);
  const admin1 = county ? NORWAY_ADMIN1[county] : undefined;
  if (admin1) {
    const inCounty = candidates.filter((c) => c.admin1 === admin1);
    if (inCounty.length > 0 || municipality) return { candidates: inCounty, sure: !municipality };
  }
  return { candidates, sure: true };
}

/**
 * GeoNames admin1 codes (cities500, 2023) of the subnational units the world
 * list's country strings name (data/resolution/world-countries.csv, column
 * region), and of the UK's constituent countries. A unit not listed here
 * narrows nothing.
 */
export const REGION_ADMIN1: Readonly<Record<string, string>> = {
  'US|new york': 'NY', 'US|ohio': 'OH', 'US|connecticut': 'CT', 'US|florida': 'FL', 'US|maryland': 'MD', 'US|massachusetts': 'MA',
  'US|minnesota': 'MN', 'US|north carolina': 'NC', 'US|rhode island': 'RI', 'US|d c': 'DC',
  'DE|brandenburg': '11', 'DE|lower saxony': '06', 'DE|mecklenburg vorpommern': '12', 'DE|bavaria': '02', 'DE|hesse': '05',
  'PT|algarve': '09', 'PT|azores': '23', 'CH|aargau': 'AG', 'CH|bern': 'BE',
  'CA|ontario': '08', 'CA|prince edward island': '09', 'AU|new south wales': '02', 'AU|victoria': '07',
};
const UK_ADMIN1: Readonly<Record<string, string>> = { 'GB-ENG': 'ENG', 'GB-SCT': 'SCT', 'GB-WLS': 'WLS', 'GB-NIR': 'NIR' };

/** Outside Norway: keep the namesakes in the stated region (or UK country) when any is there. */
function narrowByRegion(candidates: readonly GeoCandidate[], place: GeocodePlaceInput, variantRegion?: string): { candidates: readonly GeoCandidate[]; narrowed: boolean } {
  const country = isoCountry(place.country);
  const wanted = new Set<string>();
  const uk = UK_ADMIN1[place.country.trim().toUpperCase()];
  if (uk) wanted.add(uk);
  for (const region of [...(place.regions ?? []), ...(variantRegion ? [variantRegion] : [])]) {
    const code = REGION_ADMIN1[`${country}|${foldName(region)}`];
    if (code) wanted.add(code);
  }
  if (wanted.size === 0) return { candidates, narrowed: false };
  // None in the stated region: the town the source means is not in the gazetteer, and a namesake elsewhere would be wrong ("Lengnau, Aargau" is not Lengnau in Bern).
  return { candidates: candidates.filter((c) => wanted.has(c.admin1)), narrowed: !uk || wanted.size > 1 };
}

/**
 * Territories the gazetteer files under their own ISO code that the world
 * list files under the sovereign state ("Kourou, France" is GF in GeoNames,
 * "Tórshavn, Denmark" FO). Searched, with the names as written, only when
 * nothing matched in the country itself.
 */
export const TERRITORIES: Readonly<Record<string, readonly string[]>> = {
  FR: ['GF', 'GP', 'MQ', 'RE', 'YT', 'NC', 'PF', 'PM', 'WF', 'BL', 'MF'],
  NL: ['AW', 'CW', 'SX', 'BQ'],
  US: ['PR', 'GU', 'VI', 'AS', 'MP'],
  GB: ['GG', 'JE', 'IM', 'GI', 'BM', 'KY', 'VG', 'TC', 'MS', 'AI', 'FK', 'SH'],
  DK: ['FO', 'GL'],
  FI: ['AX'],
  NO: ['SJ'],
  CN: ['HK', 'MO'],
  NZ: ['CK', 'NU'],
  AU: ['NF', 'CX', 'CC'],
};

/** The countries to index for a set of place countries: each with its territories. */
export function countriesWithTerritories(countries: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const c of countries) {
    const iso = isoCountry(c);
    out.add(iso);
    for (const t of TERRITORIES[iso] ?? []) out.add(t);
  }
  return [...out].sort();
}

/** Places the build kept apart as a second town of the same name ("Nienburg (namesake)"): the name alone cannot say which town it is. */
const NAMESAKE_ID = /~namesake$/;

/** Feature codes of seats of government first: a capital beats a village of equal (often zero) population. */
function featureRank(code: string): number {
  if (code === 'PPLC') return 0;
  if (/^PPLA\d?$/.test(code)) return 1 + Number(code.slice(4) || 0);
  if (code === 'PPLX') return 9;
  return 8;
}

function describe(c: GeoCandidate): string {
  return `${c.name} (geonames ${c.geonameId}, admin1 ${c.admin1 || '-'}, population ${c.population}, ${c.lat.toFixed(3)}, ${c.lon.toFixed(3)})`;
}

type Pick = { chosen: GeoCandidate } | { chosen: GeoCandidate; rival: GeoCandidate };

function pickCandidate(candidates: readonly GeoCandidate[], options: GeocodeOptions, ambiguityRatio: number): Pick {
  const sorted = [...candidates].sort(
    (a, b) => b.population - a.population || featureRank(a.featureCode) - featureRank(b.featureCode) || a.geonameId - b.geonameId,
  );
  const chosen = sorted[0]!;
  const rival = sorted.find(
    (c) => c !== chosen && c.population >= ambiguityRatio * chosen.population && distanceKm(c, chosen) > options.samePlaceKm,
  );
  return rival ? { chosen, rival } : { chosen };
}

function geocodeOne(
  place: GeocodePlaceInput,
  index: GeoIndex,
  options: GeocodeOptions,
  overrides: Map<string, CoordinateOverride>,
  centres: CentreTables,
): GeoPlacement | GeoDiagnostic {
  const country = isoCountry(place.country);
  const centre = country === 'NO' && ADMINISTRATIVE_KINDS.has(place.kind) ? findAdminCentre(place, centres) : undefined;
  const names = centre ? [centre] : [place.name, ...place.aliases];
  const via = centre ? ` (administrative centre of ${place.name})` : '';

  for (const name of names) {
    const override = overrides.get(geoKey(country, name));
    if (override) return { id: place.id, lat: override.lat, lon: override.lon, source: 'override', matched: name };
  }
  // The names as written first; then (outside Norway's administrative units) their fallback spellings, each with its rule.
  if (NAMESAKE_ID.test(place.id)) {
    return {
      id: place.id,
      kind: 'ambiguous-geocode',
      message: `a second town named "${names[0]!.replace(/ \(namesake\)$/u, '')}" in ${country}, twinned with its namesake: the gazetteer cannot tell which town it is; add a row to data/geo/coordinate-overrides.csv`,
    };
  }
  const attempts: { name: string; rule?: string; strict?: boolean; region?: string }[] = names.map((name) => ({ name }));
  if (!centre) for (const name of names) for (const v of nameVariants(name, place.country)) attempts.push(v);
  let ambiguous: GeoDiagnostic | undefined;
  for (const { name, rule, strict, region } of attempts) {
    if (rule) {
      const override = overrides.get(geoKey(country, name));
      if (override) return { id: place.id, lat: override.lat, lon: override.lon, source: 'override', matched: name };
    }
    const key = geoKey(country, name);
    const found = index.primary.get(key) ?? index.alternate.get(key);
    if (!found || found.length === 0) continue;
    let candidates: readonly GeoCandidate[];
    let sure = true;
    if (country === 'NO') ({ candidates, sure } = narrowInNorway(found, place));
    else {
      const narrowed = narrowByRegion(found, place, region);
      candidates = narrowed.candidates;
      // A dropped qualifier that told namesakes apart and named no known region: any far namesake is a coin toss.
      if (strict && !narrowed.narrowed) sure = false;
    }
    if (candidates.length === 0) continue;
    const pick = pickCandidate(candidates, options, sure ? options.ambiguityRatio : 0);
    if ('rival' in pick) {
      // A fallback spelling that is ambiguous does not hide a later one that is not; the first ambiguity is reported if none places it.
      ambiguous ??= {
        id: place.id,
        kind: 'ambiguous-geocode',
        message:
          `"${name}"${via}${rule ? ` (${rule})` : ''} in ${country} names ${sure ? 'several places of similar size' : country === 'NO' ? 'more than one place in its county' : 'more than one place, and the source wrote a qualifier to tell them apart'}: ` +
          `${describe(pick.chosen)} and ${describe(pick.rival)}` +
          `; add a row to data/geo/coordinate-overrides.csv`,
      };
      if (!rule) return ambiguous;
      continue;
    }
    const c = pick.chosen;
    return { id: place.id, lat: c.lat, lon: c.lon, source: `${index.source}:${c.geonameId}`, matched: rule ? `${name} (${rule})` : name };
  }
  if (ambiguous) return ambiguous;
  if (!centre) {
    for (const territory of TERRITORIES[country] ?? []) {
      for (const name of names) {
        const key = geoKey(territory, name);
        const found = index.primary.get(key) ?? index.alternate.get(key);
        if (!found || found.length === 0) continue;
        const pick = pickCandidate(found, options, options.ambiguityRatio);
        if ('rival' in pick) continue;
        const c = pick.chosen;
        return { id: place.id, lat: c.lat, lon: c.lon, source: `${index.source}:${c.geonameId}`, matched: `${name} (in ${territory}, a territory the gazetteer files apart from ${country})` };
      }
    }
  }
  const tried = attempts.map((a) => `"${a.name}"`).join(', ');
  return {
    id: place.id,
    kind: 'not-geocoded',
    message: `no place named ${tried}${via} in ${country} in the gazetteer or the overrides (no gazetteer match in ${country}); add a row to data/geo/coordinate-overrides.csv`,
  };
}

/**
 * Geocode places: coordinates for each place that can be placed, a diagnostic
 * for each that cannot. Results keep the input order. Throws on a repeated id.
 */
export function geocodePlaces(
  places: readonly GeocodePlaceInput[],
  index: GeoIndex,
  options: Partial<GeocodeOptions> = {},
): GeocodeResult {
  const resolved = resolveOptions(options);
  const overrides = new Map(resolved.overrides.map((o) => [geoKey(o.country, o.name), o]));
  const centres = tabulateCentres(resolved.adminCentres);
  const seen = new Set<string>();
  const result: GeocodeResult = { placements: [], diagnostics: [] };
  for (const place of places) {
    if (seen.has(place.id)) throw new Error(`geocodePlaces: place id "${place.id}" appears twice`);
    seen.add(place.id);
    const outcome = geocodeOne(place, index, resolved, overrides, centres);
    if ('kind' in outcome) result.diagnostics.push(outcome);
    else result.placements.push(outcome);
  }
  return result;
}

/**
 * Geocode the nodes of a graph whose nodes are places (key = place id;
 * attributes name, country, kind, and optionally aliases, municipalityNumber,
 * countyNumber, adminCentre) and write `lat`, `lon` and `geoSource` node
 * attributes. Returns the diagnostics of the nodes left without coordinates.
 */
geocodePlaces.assign = function assignCoordinates(graph: AbstractGraph, index: GeoIndex, options: Partial<GeocodeOptions> = {}): GeoDiagnostic[] {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const places: GeocodePlaceInput[] = graph.mapNodes((id, a) => ({
    id,
    name: text(a['name']) ?? text(a['label']) ?? id,
    country: text(a['country']) ?? '',
    kind: text(a['kind']) ?? '',
    aliases: Array.isArray(a['aliases']) ? a['aliases'].filter((x): x is string => typeof x === 'string') : [],
    municipalityNumber: text(a['municipalityNumber']),
    countyNumber: text(a['countyNumber']),
    adminCentre: text(a['adminCentre']),
  }));
  const result = geocodePlaces(places, index, options);
  for (const p of result.placements) graph.mergeNodeAttributes(p.id, { lat: p.lat, lon: p.lon, geoSource: p.source });
  return result.diagnostics;
};
