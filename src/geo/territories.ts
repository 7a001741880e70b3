/**
 * Territories the gazetteer files under their own ISO code that the world
 * list files under the sovereign state ("Kourou, France" is GF in GeoNames,
 * "Tórshavn, Denmark" FO). Searched, with the names as written, only when
 * nothing matched in the country itself. Pure and browser-safe.
 */
import { isoCountry } from './geo-index.ts';

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
