/**
 * Put coordinates on the dataset's places. Geocoding itself runs when the
 * dataset is built (`vennskap data`, which loads the GeoNames index); every
 * other command reads the coordinates back from data/places.csv. A place with
 * no coordinates gets a diagnostic at the first line that mentions it, so
 * nothing is left unplaced silently. Pure.
 */
import type { Dataset } from './build-dataset.ts';
import { compareSourceRefs, splitRef } from './build-dataset.ts';
import type { Diagnostic, Place } from './types.ts';
import { parseCsvTable } from '../formats/csv.ts';

export interface PlaceCoordinates {
  lat: number;
  lon: number;
  source: string;
}

export interface GeoProblem {
  id: string;
  kind: 'not-geocoded' | 'ambiguous-geocode';
  message: string;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function attachCoordinates(dataset: Dataset, coordinates: ReadonlyMap<string, PlaceCoordinates>, problems: readonly GeoProblem[] = []): Dataset {
  const places: Place[] = dataset.places.map((place) => {
    const c = coordinates.get(place.id);
    return c ? { ...place, lat: c.lat, lon: c.lon, geoSource: c.source } : place;
  });
  const byId = new Map(places.map((p) => [p.id, p]));
  const diagnostics: Diagnostic[] = [...dataset.diagnostics];
  const reported = new Set<string>();
  const at = (id: string) => splitRef(byId.get(id)?.sources[0] ?? 'unknown:0');
  for (const problem of problems) {
    reported.add(problem.id);
    diagnostics.push({ ...at(problem.id), kind: problem.kind, message: `${byId.get(problem.id)?.name ?? problem.id} (${problem.id}): ${problem.message}` });
  }
  for (const place of places) {
    if (place.lat === undefined && !reported.has(place.id)) {
      diagnostics.push({ ...at(place.id), kind: 'not-geocoded', message: `${place.name} (${place.id}) has no coordinates: run "vennskap data" to geocode, or add a row to data/geo/coordinate-overrides.csv` });
    }
  }
  diagnostics.sort((a, b) => compareSourceRefs(a, b) || compareText(a.kind, b.kind) || compareText(a.message, b.message));
  return { ...dataset, places, diagnostics };
}

/** The coordinates stored in a data/places.csv text (columns id, lat, lon, geo_source). */
export function coordinatesFromPlacesCsv(text: string, file = 'places.csv'): Map<string, PlaceCoordinates> {
  const coordinates = new Map<string, PlaceCoordinates>();
  const table = parseCsvTable(text, { file, required: ['id'] });
  if (!table.header.includes('lat')) return coordinates;
  for (const { values } of table.rows) {
    if (values.lat && values.lon) coordinates.set(values.id!, { lat: Number(values.lat), lon: Number(values.lon), source: values.geo_source ?? '' });
  }
  return coordinates;
}
