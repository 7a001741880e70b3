/**
 * Node-only: which files in data/ a dataset is built from. Apart from
 * load-dataset.ts (which reads and builds them) so that a command answering
 * from the cache (load-place-table.ts) can key its entry by these files
 * without loading the dataset builder.
 */
import { join } from 'node:path';
import type { DatasetName } from '../dataset/scope-dataset.ts';
import { SOURCES } from '../ingest/source-registry.ts';
import { RESOLUTION_TABLE_FILES } from '../resolve/resolution-tables.ts';
import { dataDirectory } from './repository-files.ts';

/** The coordinates file of the named dataset, which may be absent: data/world-places.csv for the world (written by `vennskap data`), data/places.csv for Norway. */
export const placesCsvFile = (dataDir: string, name: DatasetName): string => join(dataDir, name === 'world' ? 'world-places.csv' : 'places.csv');

/**
 * Every file the named dataset is built from (label → path), under the
 * labels load-dataset.ts keys its cache by; the coordinates file may be absent.
 */
export function datasetInputFiles(dataDir = dataDirectory(), name: DatasetName = 'norway'): Map<string, string> {
  return new Map([
    ...SOURCES.map((s) => [`source:${s.file}`, join(dataDir, 'raw', s.file)] as const),
    ...Object.entries(RESOLUTION_TABLE_FILES).map(([key, file]) => [`table:${key}`, join(dataDir, file)] as const),
    ['places.csv', placesCsvFile(dataDir, name)],
  ]);
}
