/** `vennskap data`: rebuild the dataset files under data/ from the raw documents and resolution tables. */
import { join } from 'node:path';
import { buildViewerBundle, formatViewerBundle, VIEWER_BUNDLE_FILE } from '../../dataset/build-viewer-bundle.ts';
import { DATASET_FILES, formatDatasetCsv } from '../../dataset/format-dataset-csv.ts';
import { loadDataset } from '../load-dataset.ts';
import { formatCommandHelp, parseCommandLine, type CommandSpec } from '../parse-command-line.ts';
import { dataDirectory, writeFileAtomic } from '../repository-files.ts';

export const dataSpec: CommandSpec = {
  name: 'data',
  summary: 'Rebuild the dataset (places, mentions, links, diagnostics, resolutions) from data/raw/ and the resolution tables.',
  usage: 'vennskap data [--quiet]',
  help: `
Options:
  --quiet       print nothing but errors
  --no-bundle   skip data/network-bundle.json (the viewer's networks with layout and metrics)

Reads data/raw/*.txt, data/gazetteer/*.csv and data/resolution/*.csv, and writes
data/places.csv, data/mentions.csv, data/links.csv, data/diagnostics.csv and
data/resolutions.csv, and data/network-bundle.json for the viewer. The output is
byte-identical on every run.

Example:
  $ npx vennskap data
  wrote data/places.csv (531 rows), data/links.csv (449 rows), ...`,
  options: { quiet: { type: 'boolean' }, 'no-bundle': { type: 'boolean' } },
};

export async function runData(argv: string[]): Promise<void> {
  const args = parseCommandLine(dataSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(dataSpec));
  const dir = dataDirectory();
  const dataset = loadDataset(dir);
  const files = formatDatasetCsv(dataset);
  for (const name of DATASET_FILES) writeFileAtomic(join(dir, name), files[name]);
  if (!args.values['no-bundle']) writeFileAtomic(join(dir, VIEWER_BUNDLE_FILE), formatViewerBundle(buildViewerBundle(dataset)));
  if (!args.values.quiet) {
    const rows: Record<(typeof DATASET_FILES)[number], number> = {
      'places.csv': dataset.places.length,
      'mentions.csv': dataset.mentions.length,
      'links.csv': dataset.links.length,
      'diagnostics.csv': dataset.diagnostics.length,
      'resolutions.csv': dataset.resolutions.length,
    };
    process.stdout.write(`wrote ${DATASET_FILES.map((f) => `data/${f} (${rows[f]} rows)`).join(', ')}${args.values['no-bundle'] ? '' : `, data/${VIEWER_BUNDLE_FILE}`}\n`);
  }
}
