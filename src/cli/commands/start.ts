/**
 * `vennskap start` (what `npm start` runs): the main job on the built-in
 * Norway data. Prints the dataset summary.
 */
import { summariseDataset } from '../../dataset/summarise-dataset.ts';
import { formatDatasetSummary } from '../../report/format-dataset-summary.ts';
import { loadDataset } from '../load-dataset.ts';
import { formatCommandHelp, parseCommandLine, type CommandSpec } from '../parse-command-line.ts';

export const startSpec: CommandSpec = {
  name: 'start',
  summary: 'The main job on the built-in Norway data: the dataset summary.',
  usage: 'vennskap start',
  help: `
Example:
  $ npm start
  Dataset
    531 places (138 Norwegian, 393 foreign) in 57 countries
    ...`,
  options: { 'no-serve': { type: 'boolean' } },
};

export async function runStart(argv: string[]): Promise<void> {
  const args = parseCommandLine(startSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(startSpec));
  process.stdout.write(formatDatasetSummary(summariseDataset(loadDataset())));
}
