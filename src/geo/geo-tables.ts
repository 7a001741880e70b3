/**
 * Readers for the two hand-kept geography tables in data/geo/. Pure (text in,
 * rows out) and browser-safe; errors name the file and line, because these
 * tables are edited by hand and a typo must be easy to find.
 */
import { CsvError, parseCsvTable } from '../formats/csv.ts';
import type { AdminCentre } from './admin-centres.ts';
import { geoKey } from './geo-index.ts';
import type { CoordinateOverride } from './geocode-places.ts';

export const ADMIN_CENTRES_FILE = 'data/geo/no-admin-centres.csv';
export const COORDINATE_OVERRIDES_FILE = 'data/geo/coordinate-overrides.csv';

/** Parse data/geo/no-admin-centres.csv (`number,name,admin_centre,reason`). */
export function parseAdminCentres(text: string, file = ADMIN_CENTRES_FILE): AdminCentre[] {
  const table = parseCsvTable(text, { file, required: ['number', 'name', 'admin_centre', 'reason'] });
  const seen = new Set<string>();
  return table.rows.map(({ line, values }) => {
    const number = values['number']!.trim();
    if (!/^\d{2}(\d{2})?$/.test(number)) throw new CsvError(file, line, `expected a 2-digit county or 4-digit municipality number, found "${number}"`);
    if (seen.has(number)) throw new CsvError(file, line, `number ${number} appears twice`);
    seen.add(number);
    const adminCentre = values['admin_centre']!.trim();
    if (!adminCentre) throw new CsvError(file, line, `admin_centre is empty for ${number}`);
    return { number, name: values['name']!.trim(), adminCentre, reason: values['reason']!.trim() };
  });
}

/** Parse data/geo/coordinate-overrides.csv (`country,name,lat,lon,reason`); every row must give a reason. */
export function parseCoordinateOverrides(text: string, file = COORDINATE_OVERRIDES_FILE): CoordinateOverride[] {
  const table = parseCsvTable(text, { file, required: ['country', 'name', 'lat', 'lon', 'reason'] });
  const seen = new Set<string>();
  return table.rows.map(({ line, values }) => {
    const country = values['country']!.trim().toUpperCase();
    const name = values['name']!.trim();
    if (!/^[A-Z]{2}(-[A-Z]{3})?$/.test(country)) throw new CsvError(file, line, `expected an ISO country code such as NO or GB-SCT, found "${country}"`);
    if (!name) throw new CsvError(file, line, 'name is empty');
    const lat = Number(values['lat']);
    const lon = Number(values['lon']);
    if (values['lat']!.trim() === '' || !(lat >= -90 && lat <= 90)) throw new CsvError(file, line, `lat must be a number in [-90, 90], found "${values['lat']}"`);
    if (values['lon']!.trim() === '' || !(lon >= -180 && lon <= 180)) throw new CsvError(file, line, `lon must be a number in [-180, 180], found "${values['lon']}"`);
    const reason = values['reason']!.trim();
    if (!reason) throw new CsvError(file, line, `every override needs a reason (${country} ${name})`);
    const key = geoKey(country, name);
    if (seen.has(key)) throw new CsvError(file, line, `${country} ${name} is overridden twice`);
    seen.add(key);
    return { country, name, lat, lon, reason };
  });
}
