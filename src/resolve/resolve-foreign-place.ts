/**
 * Foreign places get stable ids: country plus normalised name
 * ("SE:gothenburg", "GB-SCT:dunfermline"). Spelling variants listed in the
 * alias table resolve to their canonical name first, so both spellings land
 * on one id; accents and case are folded by the slug, so "Göteborg" and
 * "GOTEBORG" are one place.
 *
 * The network is one of municipalities (cities, towns, communes), so a city
 * district written with its city is merged into the city, and the merge is
 * reported:
 *  - "Tokyo – Setagaya" (city, dash, district) → Tokyo;
 *  - "Setagaya (Tokyo)" (district, the city in parentheses) → Tokyo, when
 *    Tokyo is itself a place of that country in the sources.
 * A lowercase qualifier names a kind of unit ("Kętrzyn (rural gmina)",
 * "Recklinghausen (district)"): that unit is its own place, kept apart from
 * the town. Any other qualifier ("Frankfurt (Oder)", "Halle (Saale)")
 * tells namesakes apart and stays part of the name.
 */
import { foldName, slugName } from '../text/fold-name.ts';
import type { AliasRow } from './resolution-tables.ts';

export interface ForeignResolution {
  id: string;
  name: string;
  country: string;
  /** The alias row that renamed it, when the name as written is a variant. */
  alias?: AliasRow;
  /** Why the name as written was merged into another place (a district into its city). */
  merged?: string;
}

export const foreignPlaceId = (country: string, name: string) => `${country}:${slugName(name)}`;

const DASH_DISTRICT = /^(.+?) [–—] (.+)$/u;
const QUALIFIED = /^(.+?) \(([^()]+)\)$/u;
/** "Vienna 1" (a numbered district) → "Vienna". */
const NUMBERED = /^(.*\D) \d+$/u;

/** The parts of a name written as "city – district" or "district (qualifier)". */
export function nameParts(name: string): { dash?: [string, string]; qualified?: [string, string] } {
  const dash = DASH_DISTRICT.exec(name);
  if (dash) return { dash: [dash[1]!, dash[2]!] };
  const qualified = QUALIFIED.exec(name);
  if (qualified) return { qualified: [qualified[1]!, qualified[2]!] };
  return {};
}

/**
 * @param aliases the curated alias table (rows of other countries than NO)
 * @param isKnownPlace true when a name (folded) is written plainly as a place of that country somewhere in the sources
 */
export function createForeignResolver(aliases: readonly AliasRow[], isKnownPlace: (country: string, folded: string) => boolean = () => false) {
  const byKey = new Map<string, AliasRow>();
  for (const a of aliases) if (a.country !== 'NO') byKey.set(`${a.country}\u0000${foldName(a.alias)}`, a);
  const plain = (name: string, country: string): ForeignResolution => {
    const alias = byKey.get(`${country}\u0000${foldName(name)}`);
    const canonical = alias?.canonical ?? name;
    const home = alias?.canonicalCountry ?? country;
    return { id: foreignPlaceId(home, canonical), name: canonical, country: home, ...(alias ? { alias } : {}) };
  };
  return function resolveForeignPlace(name: string, country: string): ForeignResolution {
    if (byKey.has(`${country}\u0000${foldName(name)}`)) return plain(name, country);
    const parts = nameParts(name);
    if (parts.dash) {
      const [city, district] = parts.dash;
      const numbered = NUMBERED.exec(city);
      const target = numbered && isKnownPlace(country, foldName(numbered[1]!)) ? numbered[1]! : city;
      return { ...plain(target, country), merged: `"${name}" is the district ${district} of ${target}; merged into ${target}` };
    }
    if (parts.qualified) {
      const [district, qualifier] = parts.qualified;
      const startsUpper = qualifier[0] !== qualifier[0]!.toLowerCase();
      if (startsUpper && foldName(qualifier) !== foldName(district) && isKnownPlace(country, foldName(qualifier))) {
        return { ...plain(qualifier, country), merged: `"${name}" is ${district}, part of ${qualifier}; merged into ${qualifier}` };
      }
    }
    return plain(name, country);
  };
}
