/**
 * Node-only: read the raw documents and resolution tables from data/ and
 * build the dataset (the pure pipeline does the work).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { attachCoordinates, coordinatesFromPlacesCsv } from '../dataset/attach-coordinates.ts';
import { buildDataset, type BuildOptions, type Dataset } from '../dataset/build-dataset.ts';
import type { DatasetName } from '../dataset/scope-dataset.ts';
import { SOURCES, type SourceTexts } from '../ingest/source-registry.ts';
import { readResolutionTables, RESOLUTION_TABLE_FILES, type ResolutionTableTexts } from '../resolve/resolution-tables.ts';
import { datasetCacheKey, readCachedDataset, writeCachedDataset } from './dataset-cache.ts';
import { placesCsvFile } from './dataset-input-files.ts';
import { dataDirectory, readTextFile } from './repository-files.ts';

/** Every registry source's raw document from data/raw/, by file name. */
export function readSourceTexts(dataDir = dataDirectory()): SourceTexts {
  return Object.fromEntries(SOURCES.map((s) => [s.file, readTextFile(join(dataDir, 'raw', s.file))]));
}

export function readResolutionTableTexts(dataDir = dataDirectory()): ResolutionTableTexts {
  const texts = {} as ResolutionTableTexts;
  for (const [key, file] of Object.entries(RESOLUTION_TABLE_FILES) as [keyof ResolutionTableTexts, string][]) {
    texts[key] = readTextFile(join(dataDir, file));
  }
  return texts;
}

/** Build the dataset from the files in data/, always from the documents (no cache, no coordinates): what `vennskap data` starts from. */
export function buildDatasetFromFiles(dataDir = dataDirectory(), options: BuildOptions = {}): Dataset {
  return buildDataset(readSourceTexts(dataDir), readResolutionTables(readResolutionTableTexts(dataDir)), options);
}

/**
 * Build the dataset from data/, with the coordinates stored in data/places.csv
 * (geocoding loads the GeoNames index and takes seconds: only `vennskap data`
 * does it, through geocodeDataset), so everyday commands stay fast. The
 * result is cached by the content of every input and of the CLI bundle
 * (dataset-cache.ts): an unchanged checkout reads it back instead of parsing.
 * `only` builds it from some of the source documents (crosscheck --sources).
 */
export function loadDataset(dataDir = dataDirectory(), name: DatasetName = 'norway', only?: readonly string[]): Dataset {
  const { sources, tableTexts, placesText, key } = datasetInputs(dataDir, name, only);
  const cached = key ? readCachedDataset(key) : null;
  if (cached) return cached;
  const built = buildDataset(sources, readResolutionTables(tableTexts), { dataset: name, ...(only ? { sources: only } : {}) });
  const dataset = attachCoordinates(built, placesText ? coordinatesFromPlacesCsv(placesText, 'places.csv') : new Map());
  if (key) writeCachedDataset(key, dataset);
  return dataset;
}

/** Every input of the named dataset (or of its documents `only`), read from data/, and its cache key (null when caching is off). */
export function datasetInputs(dataDir = dataDirectory(), name: DatasetName = 'norway', only?: readonly string[]) {
  const sources = readSourceTexts(dataDir);
  const tableTexts = readResolutionTableTexts(dataDir);
  const placesCsv = placesCsvFile(dataDir, name);
  const placesText = existsSync(placesCsv) ? readTextFile(placesCsv) : '';
  const key = datasetCacheKey(
    new Map([
      ...Object.entries(sources).map(([name, text]) => [`source:${name}`, text] as const),
      ...Object.entries(tableTexts).map(([name, text]) => [`table:${name}`, text] as const),
      ['places.csv', placesText],
      ['dataset', name],
      ...(only ? [['only-sources', only.join(',')] as const] : []),
    ]),
  );
  return { sources, tableTexts, placesText, key };
}
