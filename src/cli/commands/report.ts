/** `vennskap report`: the cluster report as Markdown and as a standalone HTML file with SVG charts. */
import { join } from 'node:path';
import { analyseDatasetDistances } from '../../geo/analyse-dataset-distances.ts';
import { buildReportData } from '../../report/build-report-data.ts';
import { renderHtmlReport } from '../../report/render-html-report.ts';
import { renderMarkdownReport } from '../../report/render-markdown-report.ts';
import { loadDataset } from '../load-dataset.ts';
import { progress } from '../output.ts';
import { formatCommandHelp, integerOption, numberOption, parseCommandLine, UsageError, type CommandSpec } from '../parse-command-line.ts';
import { writeFileAtomic } from '../repository-files.ts';

export const reportSpec: CommandSpec = {
  name: 'report',
  summary: 'Write the cluster report: reports/report.md and a standalone reports/report.html with SVG charts.',
  usage: 'vennskap report [--out DIR] [--seed S] [--resolution R] [--as-written] [--include-ended]',
  help: `
Options:
  --out DIR           folder to write report.md and report.html into (default reports/)
  --seed S            Louvain's first seed (default 1)
  --resolution R      modularity resolution (default 1)
  --as-written        names exactly as the sources spell them (default: resolved to 2024)
  --include-ended     keep partnerships that have ended

The report holds overview figures, hubs by several metrics and where the rankings
disagree, country clusters, ended partnerships, a data-quality section (diagnostics
and resolution decisions) and charts (degree distribution, partners by country,
cluster composition). Each table says which command reproduces it.

Example:
  $ npx vennskap report --out reports
  wrote reports/report.md and reports/report.html`,
  options: {
    out: { type: 'string' },
    seed: { type: 'string' },
    resolution: { type: 'string' },
    'as-written': { type: 'boolean' },
    'include-ended': { type: 'boolean' },
  },
};

export async function runReport(argv: string[]): Promise<void> {
  const args = parseCommandLine(reportSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(reportSpec));
  const out = typeof args.values.out === 'string' ? args.values.out : 'reports';
  const resolution = numberOption('resolution', args.values.resolution, 1);
  if (!(resolution > 0)) throw new UsageError('--resolution: expected a positive number');
  const dataset = loadDataset();
  progress('building the report');
  const includeEnded = args.values['include-ended'] === true;
  const distances = analyseDatasetDistances(dataset, { includeEnded });
  const data = buildReportData(dataset, {
    seed: integerOption('seed', args.values.seed, 1),
    resolution,
    twin: { view: args.values['as-written'] ? 'as-written' : 'resolved', includeEnded },
    geography: { distances: distances.statistics, nullModel: distances.nullModel, reproduce: `vennskap distances${includeEnded ? ' --include-ended' : ''}` },
  });
  writeFileAtomic(join(out, 'report.md'), renderMarkdownReport(data));
  writeFileAtomic(join(out, 'report.html'), renderHtmlReport(data));
  process.stdout.write(`wrote ${join(out, 'report.md')} and ${join(out, 'report.html')}\n`);
}
