/**
 * Resolve a Norwegian place name, as written in a source, to a 2024
 * municipality or county — or report it as ambiguous or unresolved.
 *
 * Order of evidence: the curated alias table (explicit decisions win), then
 * 2024 municipalities, 2016 municipalities through the 2016→2024
 * correspondence, 2024 counties, and former counties. A name that matches
 * more than one 2024 municipality (directly or through an old name) is
 * ambiguous unless the alias table decides it.
 */
import type { PlaceKind } from '../dataset/types.ts';
import { foldName, slugName } from '../text/fold-name.ts';
import type { AliasRow, County, Municipality, ResolutionTables } from './resolution-tables.ts';

export type ResolutionMethod =
  | 'exact-municipality'
  | 'exact-county'
  | 'institution'
  | 'alias'
  | 'former-municipality'
  | 'former-county'
  | 'ambiguous'
  | 'unresolved'
  /** A district or town written with its municipality ("Årstad (Bergen)", or a world list's "Åndalsnes, Rauma"), merged into it. */
  | 'district';

export interface NorwegianResolution {
  asWritten: string;
  method: ResolutionMethod;
  /** The resolved place id; for ambiguous and unresolved names an id of the name itself. */
  id: string;
  name: string;
  kind: PlaceKind;
  municipalityNumber?: string;
  countyNumber?: string;
  countyName?: string;
  confidence: 'high' | 'medium' | 'low';
  /** Why: which table row or rule decided it. */
  reason: string;
  /** For ambiguous names: the 2024 places it could be. */
  candidates?: string[];
  /** True when the name matched more than one place and the alias table chose one. */
  decided?: boolean;
}

export const municipalityId = (number: string) => `NO:${number}`;
export const countyId = (number: string) => `NO:county:${number}`;

/** A name without its qualifier or parallel forms: "Herøy (Nordland)" → "herøy"; "Tysfjord - Divtasvuodna" → ["tysfjord", "divtasvuodna"]. */
function nameForms(name: string): string[] {
  return name
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .split(/\s+-\s+/u)
    .map(foldName)
    .filter(Boolean);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface NorwegianResolver {
  resolve(asWritten: string, kindHint?: PlaceKind): NorwegianResolution;
  municipality(number: string): Municipality | undefined;
  county(number: string): County | undefined;
}

/** Build a resolver over the resolution tables. */
export function createNorwegianResolver(tables: ResolutionTables): NorwegianResolver {
  const municipalities = new Map(tables.municipalities.map((m) => [m.number, m]));
  const counties = new Map(tables.counties.map((c) => [c.number, c]));
  const byName2024 = new Map<string, Municipality[]>();
  for (const m of tables.municipalities) {
    for (const form of new Set([...nameForms(m.name), ...(m.otherName ? nameForms(m.otherName) : [])])) pushTo(byName2024, form, m);
  }
  const byName2016 = new Map<string, (typeof tables.formerMunicipalities)[number][]>();
  for (const m of tables.formerMunicipalities) for (const form of nameForms(m.name2016)) pushTo(byName2016, form, m);
  const countiesByName = new Map(tables.counties.map((c) => [foldName(c.name), c]));
  const formerCountiesByName = new Map(tables.formerCounties.map((c) => [foldName(c.name), c]));
  const aliases = new Map<string, AliasRow>();
  for (const a of tables.aliases) if (a.country === 'NO') aliases.set(foldName(a.alias), a);

  const countyOf = (number: string) => counties.get(number);
  const asMunicipality = (m: Municipality): Omit<NorwegianResolution, 'asWritten' | 'method' | 'confidence' | 'reason'> => ({
    id: municipalityId(m.number),
    name: m.name,
    kind: 'municipality',
    municipalityNumber: m.number,
    countyNumber: m.countyNumber,
    ...(countyOf(m.countyNumber) ? { countyName: countyOf(m.countyNumber)!.name } : {}),
  });
  const asCounty = (c: County): Omit<NorwegianResolution, 'asWritten' | 'method' | 'confidence' | 'reason'> => ({
    id: countyId(c.number),
    name: c.name,
    kind: 'county',
    countyNumber: c.number,
    countyName: c.name,
  });
  const describe = (number: string) => {
    const m = municipalities.get(number);
    return m ? `${m.number} ${m.name}` : `${number} ${counties.get(number)?.name ?? '?'}`;
  };

  /** 2024 municipality numbers a name can mean, directly or through its 2016 name; "Rest" shows as undefined. */
  function municipalityCandidates(folded: string) {
    const direct = (byName2024.get(folded) ?? []).map((m) => m.number);
    const former = byName2016.get(folded) ?? [];
    const throughFormer = former.map((m) => m.number2024).filter((n): n is string => n !== undefined && !direct.includes(n));
    const split = former.filter((m) => m.number2024 === undefined);
    return { direct, throughFormer: [...new Set(throughFormer)], split, former };
  }

  function resolve(asWritten: string, kindHint?: PlaceKind): NorwegianResolution {
    const folded = foldName(asWritten);
    const base = { asWritten };
    const alias = aliases.get(folded);
    const candidates = municipalityCandidates(folded);
    const allCandidates = [...candidates.direct, ...candidates.throughFormer];
    if (alias) {
      const number = alias.number!;
      const target = municipalities.get(number);
      const decided = allCandidates.length > 1 || candidates.split.length > 0;
      return {
        ...base,
        ...(target ? asMunicipality(target) : asCounty(counties.get(number)!)),
        method: 'alias',
        confidence: alias.confidence,
        reason: `${alias.aliasKind}: ${alias.reason} (${alias.file}:${alias.line})`,
        ...(decided ? { decided: true, candidates: [...new Set([...allCandidates, ...(candidates.split.length ? ['split'] : [])])].map((n) => (n === 'split' ? 'split' : describe(n))) } : {}),
      };
    }
    if (kindHint === 'university' || kindHint === 'organisation') {
      return { ...base, id: `NO:${kindHint}:${slugName(asWritten.split(' - ')[0]!)}`, name: asWritten, kind: kindHint, method: 'institution', confidence: 'high', reason: `a ${kindHint}, not a municipality or county` };
    }
    const countyFirst = kindHint === 'county';
    const county = countiesByName.get(folded);
    if (countyFirst && county) {
      return { ...base, ...asCounty(county), method: 'exact-county', confidence: 'high', reason: 'a 2024 county name' };
    }
    if (!countyFirst || !formerCountiesByName.has(folded)) {
      if (allCandidates.length > 1 || (allCandidates.length === 0 && candidates.split.length > 0 && !county)) {
        const names = [...allCandidates.map(describe), ...candidates.split.map((s) => `${s.number2016} ${s.name2016} (split)`)];
        return {
          ...base,
          id: `NO:ambiguous:${slugName(asWritten)}`,
          name: asWritten,
          kind: 'locality',
          method: 'ambiguous',
          confidence: 'low',
          reason: `could be ${names.join(' or ')}; add a row to resolution/aliases.csv to decide`,
          candidates: names,
        };
      }
      if (candidates.direct.length === 1) {
        return { ...base, ...asMunicipality(municipalities.get(candidates.direct[0]!)!), method: 'exact-municipality', confidence: 'high', reason: 'a 2024 municipality name' };
      }
      if (candidates.throughFormer.length === 1) {
        const target = municipalities.get(candidates.throughFormer[0]!)!;
        const old = candidates.former.find((m) => m.number2024 === target.number)!;
        return {
          ...base,
          ...asMunicipality(target),
          method: 'former-municipality',
          confidence: 'high',
          reason: `${old.number2016} ${old.name2016} (2016) is part of ${target.number} ${target.name} in 2024 (gazetteer/no-municipalities-2016-to-2024.csv:${old.line})`,
        };
      }
    }
    if (county) return { ...base, ...asCounty(county), method: 'exact-county', confidence: 'high', reason: 'a 2024 county name' };
    const former = formerCountiesByName.get(folded);
    if (former?.countyNumber2024) {
      return {
        ...base,
        ...asCounty(counties.get(former.countyNumber2024)!),
        method: 'former-county',
        confidence: 'high',
        reason: `${former.reason} (resolution/former-counties.csv:${former.line})`,
      };
    }
    if (former) {
      return {
        ...base,
        id: `NO:former-county:${slugName(former.name)}`,
        name: former.name,
        kind: 'former-county',
        countyNumber: former.number,
        method: 'ambiguous',
        confidence: 'low',
        reason: `${former.reason} (resolution/former-counties.csv:${former.line})`,
        candidates: former.splitInto.map(describe),
      };
    }
    return {
      ...base,
      id: `NO:unresolved:${slugName(asWritten)}`,
      name: asWritten,
      kind: 'locality',
      method: 'unresolved',
      confidence: 'low',
      reason: 'not a 2024 or 2016 municipality, a county or a name in resolution/aliases.csv',
    };
  }

  return { resolve, municipality: (n) => municipalities.get(n), county: (n) => counties.get(n) };
}
