/**
 * Reading the repository's data from a notebook (Deno). The notebooks run
 * with notebooks/ as the working directory, but paths are taken from this
 * module's URL so a notebook opened from anywhere still finds data/.
 * Only file reading lives here; every step of the pipeline is src/'s.
 */
import { buildDataset, type Dataset } from '../../src/dataset/build-dataset.ts';
import { SOURCES, type SourceTexts } from '../../src/ingest/source-registry.ts';
import {
  readResolutionTables,
  RESOLUTION_TABLE_FILES,
  type ResolutionTableTexts,
} from '../../src/resolve/resolution-tables.ts';

export const dataUrl = new URL('../../data/', import.meta.url);

/** Text of a file under data/, e.g. "raw/norway-twin-towns.txt". */
export const readDataText = (path: string): Promise<string> => Deno.readTextFile(new URL(path, dataUrl));

export async function readSourceTexts(): Promise<SourceTexts> {
  const texts: Record<string, string> = {};
  for (const s of SOURCES) texts[s.file] = await readDataText(`raw/${s.file}`);
  return texts;
}

/** The resolution tables as text, so a notebook can edit a decision in memory and rebuild. */
export async function readTableTexts(): Promise<ResolutionTableTexts> {
  const texts = {} as ResolutionTableTexts;
  for (const [key, file] of Object.entries(RESOLUTION_TABLE_FILES) as [keyof ResolutionTableTexts, string][]) {
    texts[key] = await readDataText(file);
  }
  return texts;
}

/** The dataset from the committed raw documents and tables; pass edited table texts to try another decision. */
export async function loadDataset(tableTexts?: ResolutionTableTexts): Promise<Dataset> {
  return buildDataset(await readSourceTexts(), readResolutionTables(tableTexts ?? (await readTableTexts())));
}
