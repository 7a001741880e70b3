/**
 * `vennskap start` (what `npm start` runs): the main job on the built-in
 * Norway data. Builds the data if needed; prints the dataset summary, the
 * headline ranking and the country clusters; writes the report to reports/
 * under the current folder (the installed package's own folder may be
 * read-only; `npm start` runs in the repository's root, so there it lands in
 * the repository's reports/);
 * serves the viewer on 127.0.0.1 and prints its URL.
 */
import { join } from 'node:path';
import { summariseDataset } from '../../dataset/summarise-dataset.ts';
import { formatDatasetSummary } from '../../report/format-dataset-summary.ts';
import { loadDataset } from '../load-dataset.ts';
import { bold } from '../output.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { formatCommandHelp, integerOption, parseCommandLine, type CommandSpec } from '../parse-command-line.ts';
import { dataDirectory, repositoryRoot } from '../repository-files.ts';
import { ensureViewerBuilt, serveViewer } from '../serve-viewer.ts';
import { runClusters } from './clusters.ts';
import { datasetFilesMissing, writeDataset } from './data.ts';
import { runRank } from './rank.ts';
import { runReport } from './report.ts';

export const startSpec: CommandSpec = {
  name: 'start',
  summary: COMMAND_SUMMARIES.start,
  usage: 'vennskap start [--no-serve] [--port P] [--host H]',
  help: `
Options:
  --no-serve          do everything but serve the viewer
  --port P            port for the viewer (default 5180; 0 picks a free one)
  --host H            address to listen on (default 127.0.0.1: this machine only)

Builds the dataset if a generated file is missing, prints the dataset summary, the
ten most-connected Norwegian places and the country clusters, writes
reports/report.md and reports/report.html (in the current folder), builds the viewer if
needed and serves it.

Example:
  $ npm start
  Dataset
    683 places (160 Norwegian, 523 foreign) in 58 countries
  ...
  Viewer: http://127.0.0.1:5180/  (Ctrl-C to stop)`,
  options: { 'no-serve': { type: 'boolean' }, port: { type: 'string' }, host: { type: 'string' } },
};

export async function runStart(argv: string[]): Promise<void> {
  const args = parseCommandLine(startSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(startSpec));
  const port = integerOption('port', args.values.port, 5180, { max: 65535 });
  const host = typeof args.values.host === 'string' ? args.values.host : '127.0.0.1';
  const dir = dataDirectory();
  if (datasetFilesMissing(dir)) {
    process.stderr.write('vennskap: building the dataset (a generated file under data/ is missing)…\n');
    writeDataset(dir, { bundle: true });
  }
  process.stdout.write(formatDatasetSummary(summariseDataset(loadDataset(dir))));
  process.stdout.write(`\n${bold('The most-connected Norwegian places (vennskap rank --country NO)')}\n`);
  await runRank(['--country', 'NO', '--top', '10']);
  process.stdout.write(`\n${bold('Country clusters (vennskap clusters --network country)')}\n`);
  await runClusters(['--network', 'country']);
  process.stdout.write('\n');
  await runReport(['--out', 'reports']);
  if (args.values['no-serve']) return;
  const dist = ensureViewerBuilt(repositoryRoot(), (m) => process.stderr.write(`vennskap: ${m}\n`));
  const { url } = await serveViewer({ dist, bundle: join(dir, 'network-bundle.json'), worldBundle: join(dir, 'network-bundle-world.json'), host, port });
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    process.stderr.write(`vennskap: warning: listening on ${host}, reachable from other machines\n`);
  }
  process.stdout.write(`\n${bold('Viewer')}: ${url}  (Ctrl-C to stop)\n`);
  await new Promise(() => {});
}
