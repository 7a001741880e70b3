/**
 * NODE-ONLY: the third and fourth gazetteers, read from the npm package
 * @countrystatecity/countries (the dr5hn countries-states-cities database,
 * ODbL 1.0; see src/geo/README.md): its cities, then its states (first-level
 * and, in the UK, council-level areas: London boroughs, metropolitan
 * districts, counties, unitary authorities) at the point the database gives
 * for each. Searched only for what both GeoNames gazetteers lack.
 *
 * The package keeps one folder per country (`Slovakia-SK/`) with a
 * `states.json` and one folder per state holding `cities.json`; only the
 * folders of the countries asked for are read. Its state codes are not
 * GeoNames admin1 codes, so a candidate's admin1 is left empty (a stated
 * region then narrows every candidate away: no placement rather than a
 * guess), except where they agree: US state codes, and the UK's constituent
 * countries (ENG/SCT/WLS/NIR), which the GB-ENG/-SCT/-WLS/-NIR narrowing
 * needs and which follow from each area's type.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { indexGeoCandidates, isoCountry, type GeoCandidate, type GeoIndex } from '../geo/geo-index.ts';

export const THIRD_GEO_DATA_PACKAGE = '@countrystatecity/countries';
/** `source` prefixes: `countrystatecity:<city id>`, `countrystatecity-state:<state id>` (ids of the pinned database). */
export const CSC_CITY_SOURCE = 'countrystatecity';
export const CSC_STATE_SOURCE = 'countrystatecity-state';

/** The package's data folder (one sub-folder per country). */
export function locateCountryStateCity(): string {
  return join(dirname(createRequire(import.meta.url).resolve(THIRD_GEO_DATA_PACKAGE)), 'data');
}

interface CscState { id: number; name: string; iso2: string; type: string | null; latitude: string | null; longitude: string | null; native?: string | null }
interface CscCity { id: number; name: string; state_code: string; country_code: string; latitude: string; longitude: string; native?: string | null }

/** The 22 Welsh principal areas, which the database types "unitary authority" like England's. */
const WELSH_AREAS = new Set([
  'Isle of Anglesey', 'Gwynedd', 'Conwy', 'Denbighshire', 'Flintshire', 'Wrexham', 'Powys', 'Ceredigion', 'Pembrokeshire', 'Carmarthenshire', 'Swansea',
  'Neath Port Talbot', 'Bridgend', 'Vale of Glamorgan', 'Cardiff', 'Rhondda Cynon Taf', 'Merthyr Tydfil', 'Caerphilly', 'Blaenau Gwent', 'Torfaen', 'Monmouthshire', 'Newport',
]);

/** The UK constituent country of a UK area, from its type (council areas are Scottish, districts Northern Irish). */
export function ukNation(state: Pick<CscState, 'name' | 'type'>): string {
  if (state.type === 'council area') return 'SCT';
  if (state.type === 'district') return 'NIR';
  if (WELSH_AREAS.has(state.name)) return 'WLS';
  return 'ENG';
}

/** Area types that are not one place: whole countries or provinces of the UK, and its capital (a city in the city list). */
const NOT_AN_AREA = new Set(['country', 'province', 'city']);

function point(name: string, lat: unknown, lon: unknown, where: string): { lat: number; lon: number } | undefined {
  if (lat === null || lon === null || lat === undefined || lon === undefined || lat === '' || lon === '') return undefined;
  const p = { lat: Number(lat), lon: Number(lon) };
  if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) throw new Error(`${where}: "${name}" has coordinates "${String(lat)}, ${String(lon)}", expected numbers`);
  return p;
}

/** Cities and areas of the countries asked for (all when undefined), sorted by id so the result never depends on folder order. */
export function readCountryStateCity(dir: string, countries?: ReadonlySet<string>): { cities: GeoCandidate[]; states: GeoCandidate[] } {
  const cities: GeoCandidate[] = [];
  const states: GeoCandidate[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const country = /-([A-Z]{2})$/.exec(folder)?.[1];
    if (!country || (countries && !countries.has(country))) continue;
    const statesFile = join(dir, folder, 'states.json');
    const stateRows: CscState[] = existsSync(statesFile) ? JSON.parse(readFileSync(statesFile, 'utf8')) : [];
    const admin1 = new Map<string, string>();
    for (const s of stateRows) {
      const code = country === 'GB' ? ukNation(s) : country === 'US' ? s.iso2 : '';
      admin1.set(s.iso2, code);
      const at = point(s.name, s.latitude, s.longitude, `${folder}/states.json`);
      if (!at || NOT_AN_AREA.has(s.type ?? '')) continue;
      states.push({ geonameId: s.id, name: s.name, country, ...at, population: 0, featureCode: '', admin1: code, admin2: '', alternateNames: s.native && s.native !== s.name ? [s.native] : [] });
    }
    for (const sub of readdirSync(join(dir, folder)).sort()) {
      const file = join(dir, folder, sub, 'cities.json');
      if (!existsSync(file)) continue;
      for (const c of JSON.parse(readFileSync(file, 'utf8')) as CscCity[]) {
        const at = point(c.name, c.latitude, c.longitude, `${folder}/${sub}/cities.json`);
        if (!at) continue;
        cities.push({ geonameId: c.id, name: c.name, country, ...at, population: 0, featureCode: '', admin1: admin1.get(c.state_code) ?? '', admin2: '', alternateNames: c.native && c.native !== c.name ? [c.native] : [] });
      }
    }
  }
  const byId = (a: GeoCandidate, b: GeoCandidate) => a.geonameId - b.geonameId;
  return { cities: cities.sort(byId), states: states.sort(byId) };
}

/** The database's cities, then its areas, as two indexes searched in that order. */
export function buildCountryStateCityIndexes(countries?: Iterable<string>): GeoIndex[] {
  const wanted = countries ? new Set([...countries].map(isoCountry)) : undefined;
  const { cities, states } = readCountryStateCity(locateCountryStateCity(), wanted);
  return [{ ...indexGeoCandidates(cities, CSC_CITY_SOURCE), wholeNamesOnly: true }, { ...indexGeoCandidates(states, CSC_STATE_SOURCE), wholeNamesOnly: true, areas: true }];
}
