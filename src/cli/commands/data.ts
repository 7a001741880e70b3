/** `vennskap data`: rebuild the dataset files under data/ from the raw documents and resolution tables. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../dataset/build-dataset.ts';
import { buildViewerBundle, buildWorldViewerBundle, formatViewerBundle, VIEWER_BUNDLE_FILE, WORLD_VIEWER_BUNDLE_FILE } from '../../dataset/build-viewer-bundle.ts';
import { DATASET_FILES, formatDatasetCsv } from '../../dataset/format-dataset-csv.ts';
import { geocodeDatasets } from '../geocode-dataset.ts';
import { formatWorldGeoCsv, WORLD_GEO_FILES } from '../../dataset/format-world-geo-csv.ts';
import { buildDatasetFromFiles } from '../load-dataset.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { formatCommandHelp, parseCommandLine, type CommandSpec } from '../parse-command-line.ts';
import { dataDirectory, writeFileAtomic } from '../repository-files.ts';

export const dataSpec: CommandSpec = {
  name: 'data',
  summary: COMMAND_SUMMARIES.data,
  usage: 'vennskap data [--quiet]',
  help: `
Options:
  --quiet       print nothing but errors
  --no-bundle   skip data/network-bundle.json and data/network-bundle-world.json
                (the viewer's networks with layout and metrics)

Reads data/raw/*.txt, data/gazetteer/*.csv and data/resolution/*.csv, and writes
data/places.csv, data/mentions.csv, data/links.csv, data/diagnostics.csv and
data/resolutions.csv (the norway dataset), data/world-places.csv and
data/world-geo-diagnostics.csv (coordinates of the world dataset's places and
why any could not be placed), and data/network-bundle.json (Norway) and
data/network-bundle-world.json (the world's twin network) for the viewer. The output is
byte-identical on every run.

Example:
  $ npx vennskap data
  wrote data/places.csv (683 rows), data/mentions.csv (1231 rows), data/links.csv (937 rows), ...`,
  options: { quiet: { type: 'boolean' }, 'no-bundle': { type: 'boolean' } },
};

/** Build the dataset from data/ and write its files (and the viewer bundle) there. */
export function writeDataset(dir: string, options: { bundle: boolean }): Dataset & { world: Dataset } {
  const { world, norway: dataset } = geocodeDatasets(buildDatasetFromFiles(dir, { dataset: 'world' }), buildDatasetFromFiles(dir), dir);
  const files = formatDatasetCsv(dataset);
  for (const name of DATASET_FILES) writeFileAtomic(join(dir, name), files[name]);
  const worldFiles = formatWorldGeoCsv(world);
  for (const name of WORLD_GEO_FILES) writeFileAtomic(join(dir, name), worldFiles[name]);
  if (options.bundle) {
    writeFileAtomic(join(dir, VIEWER_BUNDLE_FILE), formatViewerBundle(buildViewerBundle(dataset)));
    writeFileAtomic(join(dir, WORLD_VIEWER_BUNDLE_FILE), formatViewerBundle(buildWorldViewerBundle(world)));
  }
  return { ...dataset, world };
}

/** True when a generated file is missing (a fresh clone has them all: they are committed). */
export function datasetFilesMissing(dir: string): boolean {
  return [...DATASET_FILES, ...WORLD_GEO_FILES, VIEWER_BUNDLE_FILE, WORLD_VIEWER_BUNDLE_FILE].some((name) => !existsSync(join(dir, name)));
}

export async function runData(argv: string[]): Promise<void> {
  const args = parseCommandLine(dataSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(dataSpec));
  const dataset = writeDataset(dataDirectory(), { bundle: !args.values['no-bundle'] });
  if (!args.values.quiet) {
    const rows: Record<(typeof DATASET_FILES)[number], number> = {
      'places.csv': dataset.places.length,
      'mentions.csv': dataset.mentions.length,
      'links.csv': dataset.links.length,
      'diagnostics.csv': dataset.diagnostics.length,
      'resolutions.csv': dataset.resolutions.length,
    };
    process.stdout.write(`wrote ${DATASET_FILES.map((f) => `data/${f} (${rows[f]} rows)`).join(', ')}${args.values['no-bundle'] ? '' : `, data/${VIEWER_BUNDLE_FILE}, data/${WORLD_VIEWER_BUNDLE_FILE}`}\n`);
    const placed = (d: Dataset) => d.places.filter((p) => p.lat !== undefined).length;
    const share = (d: Dataset) => `${placed(d)} of ${d.places.length} places (${((100 * placed(d)) / Math.max(1, d.places.length)).toFixed(1)} %)`;
    process.stdout.write(`geocoded: norway ${share(dataset)}; world ${share(dataset.world)} (data/world-places.csv; the rest in data/world-geo-diagnostics.csv)\n`);
  }
}
