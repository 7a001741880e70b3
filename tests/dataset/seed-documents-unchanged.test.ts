/**
 * The three seed documents give the same dataset as before the fourth source
 * and the two-ended link model (commit 684c792). The fixture folder holds
 * data/*.csv exactly as committed at 684c792 (`git show 684c792:data/<f>`), so
 * the proof also runs in a clean clone. The build here uses only the three
 * seed documents, chosen through the source registry.
 *
 * Columns the new model renamed are compared through RENAMED; columns added
 * since are ignored; coordinates are left out (they come from geocoding,
 * which `vennskap data` runs, not the dataset builder).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build-dataset.ts';
import { DATASET_FILES, formatDatasetCsv } from '../../src/dataset/format-dataset-csv.ts';
import { parseCsvRecords } from '../../src/formats/csv.ts';
import { rawTexts, resolutionTables } from '../helpers/repository.ts';

const FIXTURE = fileURLToPath(new URL('./seed-outputs-684c792/', import.meta.url));
const SEED_FILES = ['norway-twin-towns.txt', 'norway-china-friendship.txt', 'oslo-region-members.txt'];
/** Old column → its name now. */
const RENAMED: Record<string, string> = {
  // mentions.csv: the two ends are a and b (a is the Norwegian side in the seed documents)
  norwegian_as_written: 'a_as_written',
  partner_as_written: 'b_as_written',
  partner_country: 'b_country',
  norwegian_id: 'a_id',
  partner_id: 'b_id',
  resolution: 'a_resolution',
};
const LEFT_OUT = new Set(['lat', 'lon', 'geo_source']);

/** Rows as arrays of the old columns (renamed where the model renamed them). */
function project(text: string, columns: readonly string[], renamed: boolean): string[][] {
  const [header, ...rows] = parseCsvRecords(text).map((r) => r.fields);
  const index = columns.map((c) => header!.indexOf(renamed ? (RENAMED[c] ?? c) : c));
  expect(index.filter((i) => i < 0), `columns missing from the new output: ${columns.filter((_, k) => index[k]! < 0).join(', ')}`).toEqual([]);
  return rows.map((row) => index.map((i) => row[i]!));
}

describe('the three seed documents, through the registry', () => {
  const fresh = formatDatasetCsv(buildDataset(rawTexts(), resolutionTables(), { sources: SEED_FILES }));
  for (const file of DATASET_FILES) {
    it(`give the ${file} of commit 684c792`, () => {
      const before = readFileSync(FIXTURE + file, 'utf8');
      const columns = parseCsvRecords(before)[0]!.fields.filter((c) => !LEFT_OUT.has(c));
      const expected = project(before, columns, false);
      const actual = project(fresh[file], columns, true);
      expect(actual.length, 'rows').toBe(expected.length);
      expect(actual).toEqual(expected);
    });
  }
});
