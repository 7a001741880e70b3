/**
 * Telling namesakes apart: narrowing the gazetteer's candidates for a name to
 * the place's municipality, county or stated region, and choosing among what
 * is left only when one candidate clearly stands out (a rival of similar size
 * far away makes the name ambiguous). Pure and browser-safe.
 */
import { foldName } from '../text/fold-name.ts';
import { distanceKm } from './great-circle-distance.ts';
import { isoCountry, type GeoCandidate } from './geo-index.ts';
import { lookUpRegionUnits, type RegionUnit, type RegionUnitIndex } from './region-units.ts';

/** The parts of a place the narrowing reads (see GeocodePlaceInput in geocode-places.ts). */
export interface NamesakePlace {
  country: string;
  kind: string;
  municipalityNumber?: string;
  countyNumber?: string;
  regions?: readonly string[];
}

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
export function narrowInNorway(candidates: readonly GeoCandidate[], place: NamesakePlace): { candidates: readonly GeoCandidate[]; sure: boolean } {
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
export function narrowByRegion(
  candidates: readonly GeoCandidate[],
  place: NamesakePlace,
  variantRegion?: string,
  units: RegionUnitIndex = new Map(),
): { candidates: readonly GeoCandidate[]; narrowed: boolean } {
  const country = isoCountry(place.country);
  const wanted = new Set<string>();
  const wantedUnits: RegionUnit[] = [];
  const uk = UK_ADMIN1[place.country.trim().toUpperCase()];
  if (uk) wanted.add(uk);
  for (const region of [...(place.regions ?? []), ...(variantRegion ? [variantRegion] : [])]) {
    const code = REGION_ADMIN1[`${country}|${foldName(region)}`];
    if (code) wanted.add(code);
    else wantedUnits.push(...lookUpRegionUnits(units, country, region));
  }
  if (wanted.size === 0 && wantedUnits.length === 0) return { candidates, narrowed: false };
  // None in the stated region: the town the source means is not in the gazetteer, and a namesake elsewhere would be wrong ("Lengnau, Aargau" is not Lengnau in Bern).
  const inRegion = candidates.filter((c) => wanted.size === 0 || wanted.has(c.admin1));
  if (wantedUnits.length === 0) return { candidates: inRegion, narrowed: !uk || wanted.size > 1 };
  // A division by name only chooses among namesakes, when some lie in it. With none there it decides nothing: GeoNames codes some towns
  // in a neighbouring division or none (Oamaru, the seat of Waitaki District, is coded Otago with no district; Wellington, Shropshire
  // is coded Telford and Wrekin), and a later gazetteer without codes would take any namesake it holds.
  const inside = inRegion.filter((c) => wantedUnits.some((unit) => c.admin1 === unit.admin1 && (unit.admin2 === undefined || c.admin2 === unit.admin2)));
  return inside.length > 0 ? { candidates: inside, narrowed: true } : { candidates: inRegion, narrowed: wanted.size > 0 && (!uk || wanted.size > 1) };
}

/** Feature codes of seats of government first: a capital beats a village of equal (often zero) population. */
function featureRank(code: string): number {
  if (code === 'PPLC') return 0;
  if (/^PPLA\d?$/.test(code)) return 1 + Number(code.slice(4) || 0);
  if (code === 'PPLX') return 9;
  return 8;
}

export type Pick = { chosen: GeoCandidate } | { chosen: GeoCandidate; rival: GeoCandidate };

/**
 * The most populous candidate (then seats of government, then the lower id),
 * with a rival when another candidate at least `ambiguityRatio` as populous
 * lies more than `samePlaceKm` away. With populations unknown (0) every far
 * candidate is a rival: the name alone cannot choose.
 */
export function pickCandidate(candidates: readonly GeoCandidate[], samePlaceKm: number, ambiguityRatio: number): Pick {
  const sorted = [...candidates].sort(
    (a, b) => b.population - a.population || featureRank(a.featureCode) - featureRank(b.featureCode) || a.geonameId - b.geonameId,
  );
  const chosen = sorted[0]!;
  const rival = sorted.find(
    (c) => c !== chosen && c.population >= ambiguityRatio * chosen.population && distanceKm(c, chosen) > samePlaceKm,
  );
  return rival ? { chosen, rival } : { chosen };
}
