/** Test helper: the repository's real data files (no fixtures, no mocks). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { attachCoordinates, coordinatesFromPlacesCsv } from '../../src/dataset/attach-coordinates.ts';
import { buildDataset, type Dataset } from '../../src/dataset/build-dataset.ts';
import { SOURCES, type SourceTexts } from '../../src/ingest/source-registry.ts';
import { readResolutionTables, RESOLUTION_TABLE_FILES, type ResolutionTables, type ResolutionTableTexts } from '../../src/resolve/resolution-tables.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
export const readData = (path: string) => readFileSync(dataDir + path, 'utf8');

/** One raw document's text, by its file name under data/raw/. */
export const rawText = (file: string) => readData(`raw/${file}`);
/** Every registry source's raw document, by file name. */
export const rawTexts = (): SourceTexts => Object.fromEntries(SOURCES.map((s) => [s.file, readData(`raw/${s.file}`)]));

export function tableTexts(): ResolutionTableTexts {
  return Object.fromEntries(Object.entries(RESOLUTION_TABLE_FILES).map(([k, f]) => [k, readData(f)])) as unknown as ResolutionTableTexts;
}

let tables: ResolutionTables | undefined;
export const resolutionTables = () => (tables ??= readResolutionTables(tableTexts()));

/** The three Norwegian seed documents (the source registry's first three): what the hand-checked counts of the older tests describe. */
export const SEED_FILES = ['norway-twin-towns.txt', 'norway-china-friendship.txt', 'oslo-region-members.txt'];

let seed: Dataset | undefined;
/** The dataset of the three seed documents only (as before the world list), with coordinates from data/places.csv. */
export const seedDataset = () =>
  (seed ??= attachCoordinates(buildDataset(rawTexts(), resolutionTables(), { sources: SEED_FILES }), coordinatesFromPlacesCsv(readData('places.csv'))));

let dataset: Dataset | undefined;
/**
 * The dataset built from the committed raw documents and tables (built once per test file),
 * with the coordinates stored in data/places.csv, as every command but `vennskap data` loads it.
 */
export const norwayDataset = () =>
  (dataset ??= attachCoordinates(buildDataset(rawTexts(), resolutionTables()), coordinatesFromPlacesCsv(readData('places.csv'))));
