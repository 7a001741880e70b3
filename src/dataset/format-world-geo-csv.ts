/**
 * The coordinates of the world dataset's places (data/world-places.csv) and
 * the geocoding diagnostics of the places that could not be placed
 * (data/world-geo-diagnostics.csv). `vennskap data` writes them once, so
 * `--dataset world`, the distance analysis and the viewer read coordinates
 * without loading the gazetteer. data/places.csv keeps the norway dataset's
 * places (with their coordinates) exactly as before. Deterministic. Pure.
 */
import { formatCsv } from '../formats/csv.ts';
import type { Dataset } from './build-dataset.ts';

export const WORLD_GEO_FILES = ['world-places.csv', 'world-geo-diagnostics.csv'] as const;
export type WorldGeoFile = (typeof WORLD_GEO_FILES)[number];

const GEO_KINDS = new Set(['not-geocoded', 'ambiguous-geocode']);

/** `dataset` is the world dataset with coordinates attached (attachCoordinates). */
export function formatWorldGeoCsv(dataset: Dataset): Record<WorldGeoFile, string> {
  return {
    'world-places.csv': formatCsv(
      ['id', 'name', 'country', 'lat', 'lon', 'geo_source'],
      dataset.places.map((p) => ({ id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, geo_source: p.geoSource })),
    ),
    'world-geo-diagnostics.csv': formatCsv(
      ['source_file', 'line', 'kind', 'message'],
      dataset.diagnostics.filter((d) => GEO_KINDS.has(d.kind)).map((d) => ({ source_file: d.file, line: d.line, kind: d.kind, message: d.message })),
    ),
  };
}
