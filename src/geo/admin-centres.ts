/**
 * Norwegian municipalities and counties are placed at their administrative
 * centre (distances between twin towns are distances between towns): the
 * place's own `adminCentre`, else data/geo/no-admin-centres.csv by number,
 * else by name. Pure and browser-safe.
 */
import { foldName } from '../text/fold-name.ts';

/** A row of data/geo/no-admin-centres.csv: municipality (4 digits) or county (2 digits). */
export interface AdminCentre {
  number: string;
  name: string;
  adminCentre: string;
  reason: string;
}

/** Place kinds that stand for a Norwegian administrative unit and so sit at its centre. */
export const ADMINISTRATIVE_KINDS: ReadonlySet<string> = new Set(['municipality', 'county', 'former-county']);

/** The admin-centres table as lookups: by number, and by folded name separately for municipalities and counties. */
export interface CentreTables {
  byNumber: Map<string, AdminCentre>;
  municipalityByName: Map<string, AdminCentre>;
  countyByName: Map<string, AdminCentre>;
}

export function tabulateCentres(rows: readonly AdminCentre[]): CentreTables {
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

/** The parts of a place the lookup reads. */
export interface AdministrativePlace {
  name: string;
  kind: string;
  aliases: readonly string[];
  municipalityNumber?: string;
  countyNumber?: string;
  adminCentre?: string;
}

/** Where a Norwegian municipality or county sits: its centre's name, or undefined when no table row matches. */
export function findAdminCentre(place: AdministrativePlace, tables: CentreTables): string | undefined {
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
