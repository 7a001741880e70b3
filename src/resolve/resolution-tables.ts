/**
 * The tables that drive entity resolution, read from CSV text (the command
 * line reads the files under data/; tests and the viewer can pass text).
 * Every row keeps its file and line, so decisions can be traced back.
 */
import { parseCsvTable } from '../formats/csv.ts';
import { InputError } from '../formats/input-error.ts';

export interface Municipality {
  number: string;
  /** Display name: the Norwegian form (gazetteer column norwegian_name). */
  name: string;
  /** The gazetteer's municipality_name when it differs (a Sami or Kven form). */
  otherName?: string;
  countyNumber: string;
}

export interface County {
  number: string;
  name: string;
}

export interface FormerMunicipality {
  number2016: string;
  name2016: string;
  /** The 2024 municipality number, or undefined when the source says "Rest" (split municipality). */
  number2024?: string;
  line: number;
}

export interface FormerCounty {
  name: string;
  number: string;
  /** The one 2024 successor, or undefined when the county was split. */
  countyNumber2024?: string;
  splitInto: string[];
  reason: string;
  line: number;
}

export interface AliasRow {
  country: string;
  alias: string;
  canonical: string;
  /** When the canonical place is in another country than the name as written (Mariehamn: written under FI, in AX). */
  canonicalCountry?: string;
  /** For Norwegian rows: the 2024 municipality or county number. */
  number?: string;
  aliasKind: string;
  confidence: 'high' | 'medium' | 'low';
  reason: string;
  file: string;
  line: number;
}

/** One country string of a world list and the id it becomes (data/resolution/world-countries.csv). */
export interface WorldCountryRow {
  asWritten: string;
  /** ISO 3166-1 alpha-2, or GB-ENG / GB-SCT / GB-WLS / GB-NIR. */
  code: string;
  /** A subnational unit the string names (a US state, a German Land), kept as the end's region. */
  region?: string;
  reason: string;
  line: number;
}

export interface ResolutionTables {
  worldCountries: WorldCountryRow[];
  municipalities: Municipality[];
  counties: County[];
  formerMunicipalities: FormerMunicipality[];
  formerCounties: FormerCounty[];
  aliases: AliasRow[];
}

/** The texts of the resolution tables, keyed by their path under data/. */
export interface ResolutionTableTexts {
  municipalities: string;
  counties: string;
  correspondence: string;
  formerCounties: string;
  aliases: string;
  worldCountries: string;
}

export const RESOLUTION_TABLE_FILES: Readonly<Record<keyof ResolutionTableTexts, string>> = {
  municipalities: 'gazetteer/no-municipalities-2024.csv',
  counties: 'gazetteer/no-counties-2024.csv',
  correspondence: 'gazetteer/no-municipalities-2016-to-2024.csv',
  formerCounties: 'resolution/former-counties.csv',
  aliases: 'resolution/aliases.csv',
  worldCountries: 'resolution/world-countries.csv',
};

const CONFIDENCE = new Set(['high', 'medium', 'low']);

/** Parse and cross-check the resolution tables. Throws InputError naming file and line on a bad row. */
export function readResolutionTables(texts: ResolutionTableTexts): ResolutionTables {
  const f = RESOLUTION_TABLE_FILES;
  const municipalities = parseCsvTable(texts.municipalities, {
    file: f.municipalities,
    required: ['municipality_number', 'municipality_name', 'norwegian_name', 'county_number'],
  }).rows.map(({ values: v }) => ({
    number: v.municipality_number!,
    name: v.norwegian_name || v.municipality_name!,
    ...(v.norwegian_name && v.norwegian_name !== v.municipality_name ? { otherName: v.municipality_name! } : {}),
    countyNumber: v.county_number!,
  }));
  const counties = parseCsvTable(texts.counties, { file: f.counties, required: ['county_number', 'county_name'] }).rows.map(
    ({ values: v }) => ({ number: v.county_number!, name: v.county_name! }),
  );
  const municipalityNumbers = new Set(municipalities.map((m) => m.number));
  const countyNumbers = new Set(counties.map((c) => c.number));

  const formerMunicipalities = parseCsvTable(texts.correspondence, {
    file: f.correspondence,
    required: ['number_2016', 'name_2016', 'number_2024'],
  }).rows.map(({ line, values: v }) => {
    const target = v.number_2024!;
    if (target !== 'Rest' && !municipalityNumbers.has(target)) {
      throw new InputError(f.correspondence, line, `expected a 2024 municipality number or "Rest", found "${target}"`);
    }
    return { number2016: v.number_2016!, name2016: v.name_2016!, ...(target !== 'Rest' ? { number2024: target } : {}), line };
  });

  const formerCounties = parseCsvTable(texts.formerCounties, {
    file: f.formerCounties,
    required: ['name', 'number', 'county_number_2024', 'split_into', 'reason'],
  }).rows.map(({ line, values: v }) => {
    const successor = v.county_number_2024!;
    const splitInto = v.split_into ? v.split_into.split('|') : [];
    for (const number of [successor, ...splitInto].filter(Boolean)) {
      if (!countyNumbers.has(number)) throw new InputError(f.formerCounties, line, `expected a 2024 county number, found "${number}"`);
    }
    if (!successor && splitInto.length === 0) {
      throw new InputError(f.formerCounties, line, 'expected county_number_2024 or split_into');
    }
    return { name: v.name!, number: v.number!, ...(successor ? { countyNumber2024: successor } : {}), splitInto, reason: v.reason!, line };
  });

  const aliases = parseCsvTable(texts.aliases, {
    file: f.aliases,
    required: ['country', 'alias', 'canonical', 'number', 'alias_kind', 'confidence', 'reason'],
  }).rows.map(({ line, values: v }) => {
    if (!CONFIDENCE.has(v.confidence!)) throw new InputError(f.aliases, line, `expected confidence high, medium or low, found "${v.confidence}"`);
    if (!v.reason) throw new InputError(f.aliases, line, 'expected a reason for the alias');
    if (v.country === 'NO') {
      const number = v.number!;
      const known = municipalities.find((m) => m.number === number) ?? counties.find((c) => c.number === number);
      if (!known) throw new InputError(f.aliases, line, `expected a 2024 municipality or county number, found "${number}"`);
      if (known.name !== v.canonical) {
        throw new InputError(f.aliases, line, `number ${number} is ${known.name}, but the canonical name says "${v.canonical}"`);
      }
    }
    return {
      country: v.country!,
      alias: v.alias!,
      canonical: v.canonical!,
      ...(v.canonical_country ? { canonicalCountry: v.canonical_country } : {}),
      ...(v.number ? { number: v.number } : {}),
      aliasKind: v.alias_kind!,
      confidence: v.confidence as AliasRow['confidence'],
      reason: v.reason,
      file: f.aliases,
      line,
    };
  });
  const seenCountries = new Set<string>();
  const worldCountries = parseCsvTable(texts.worldCountries, { file: f.worldCountries, required: ['country_as_written', 'code', 'region', 'reason'] }).rows.map(
    ({ line, values: v }) => {
      if (!/^[A-Z]{2}(-[A-Z]{3})?$/.test(v.code!)) throw new InputError(f.worldCountries, line, `expected an ISO 3166-1 alpha-2 code (or GB-ENG, GB-SCT, GB-WLS, GB-NIR), found "${v.code}"`);
      if (seenCountries.has(v.country_as_written!)) throw new InputError(f.worldCountries, line, `"${v.country_as_written}" is already in the table`);
      seenCountries.add(v.country_as_written!);
      return { asWritten: v.country_as_written!, code: v.code!, ...(v.region ? { region: v.region } : {}), reason: v.reason!, line };
    },
  );
  return { municipalities, counties, formerMunicipalities, formerCounties, aliases, worldCountries };
}
