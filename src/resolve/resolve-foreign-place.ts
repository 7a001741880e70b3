/**
 * Foreign places get stable ids: country plus normalised name
 * ("SE:gothenburg", "GB-SCT:dunfermline"). Spelling variants listed in the
 * alias table resolve to their canonical name first, so both spellings land
 * on one id.
 */
import { foldName, slugName } from '../text/fold-name.ts';
import type { AliasRow } from './resolution-tables.ts';

export interface ForeignResolution {
  id: string;
  name: string;
  country: string;
  /** The alias row that renamed it, when the name as written is a variant. */
  alias?: AliasRow;
}

export const foreignPlaceId = (country: string, name: string) => `${country}:${slugName(name)}`;

export function createForeignResolver(aliases: readonly AliasRow[]) {
  const byKey = new Map<string, AliasRow>();
  for (const a of aliases) if (a.country !== 'NO') byKey.set(`${a.country}\u0000${foldName(a.alias)}`, a);
  return function resolveForeignPlace(name: string, country: string): ForeignResolution {
    const alias = byKey.get(`${country}\u0000${foldName(name)}`);
    const canonical = alias?.canonical ?? name;
    return { id: foreignPlaceId(country, canonical), name: canonical, country, ...(alias ? { alias } : {}) };
  };
}
