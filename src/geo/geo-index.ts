/**
 * The gazetteer as the geocoder searches it: candidates keyed by country and
 * accent-folded name, main names apart from alternate names. Pure and
 * browser-safe; the node side (src/cli/build-geo-index.ts) reads the files.
 */
import { foldName } from '../text/fold-name.ts';

/** One populated place from a gazetteer. */
export interface GeoCandidate {
  /** The gazetteer's own id: the GeoNames id, or for a gazetteer without ids the 1-based row of the place in its pinned file. */
  geonameId: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat: number;
  lon: number;
  /** 0 when unknown (a gazetteer without populations: then every far namesake is a rival). */
  population: number;
  /** GeoNames feature code ('' when the gazetteer has none). */
  featureCode: string;
  /** GeoNames first-level division code ('' when unknown). In Norway: county. */
  admin1: string;
  /** GeoNames second-level division code ('' when unknown). In Norway: municipality number (2020 numbering). */
  admin2: string;
  /** Names in other languages and spellings (ASCII name included). */
  alternateNames: readonly string[];
  /** What a placement cites instead of `geonameId`, for entries without one (a GeoNames division by its code: `US.VA.059`). */
  code?: string;
}

/** What a placement from `index` cites: `<source>:<code or id>`. */
export function citeCandidate(index: Pick<GeoIndex, 'source'>, c: GeoCandidate): string {
  return `${index.source}:${c.code ?? c.geonameId}`;
}

/** Candidates by `COUNTRY|folded name`: primary names first, alternate names separately. */
export interface GeoIndex {
  /** Prefix of a placement's `source`: `${source}:${geonameId}` (citeCandidate); also names the gazetteer in diagnostics. */
  source: string;
  primary: ReadonlyMap<string, readonly GeoCandidate[]>;
  alternate: ReadonlyMap<string, readonly GeoCandidate[]>;
  /**
   * Fallback spellings that take a part of a name for a town (the first town
   * of a merged municipality, either side of a dash, the place in a
   * qualifier) are not tried in this gazetteer: its entries are areas, or
   * not GeoNames places, and a part of a name finds the wrong unit there
   * ("Lääne-Viru County" is not Lääne County).
   */
  wholeNamesOnly?: boolean;
  /** Entries are areas at a representative point (a seat, a centroid), not towns: never a namesake of a town. */
  areas?: boolean;
}

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

/** The candidates a name finds in one country: main names first, else alternate names. */
export function lookUp(index: GeoIndex, country: string, name: string): readonly GeoCandidate[] | undefined {
  const key = geoKey(country, name);
  const found = index.primary.get(key) ?? index.alternate.get(key);
  return found && found.length > 0 ? found : undefined;
}
