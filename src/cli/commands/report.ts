/**
 * `vennskap report`: the cluster report of the built-in Norway data, or the
 * report of the user's own network (--input), as Markdown and as a
 * standalone HTML file with SVG charts.
 */
import { algorithmOption, ALGORITHM_HELP, ALGORITHM_OPTION } from '../algorithm-option.ts';
import { createHash } from 'node:crypto';
import { csrCommunityStability, csrStabilityByKey } from '../../analyse/csr-communities.ts';
import { csrOfEdgeList } from '../../graph/edge-list-network.ts';
import type { CommunityAlgorithm } from '../../analyse/communities/index.ts';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { analyseDatasetDistances } from '../../geo/analyse-dataset-distances.ts';
import { buildNetworkReportData } from '../../report/build-network-report-data.ts';
import { buildReportData } from '../../report/build-report-data.ts';
import type { GeneratedFrom, NetworkReportData, ReportData } from '../../report/report-data.ts';
import { renderHtmlReport } from '../../report/render-html-report.ts';
import { renderMarkdownReport } from '../../report/render-markdown-report.ts';
import { loadDataset } from '../load-dataset.ts';
import { loadNetwork } from '../load-network.ts';
import { NETWORK_OPTIONS } from '../network-options.ts';
import { progress } from '../output.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { formatCommandHelp, integerOption, numberOption, parseCommandLine, UsageError, type CommandSpec, type ParsedCommandLine } from '../parse-command-line.ts';
import { writeFileAtomic } from '../repository-files.ts';

export const reportSpec: CommandSpec = {
  name: 'report',
  summary: COMMAND_SUMMARIES.report,
  usage: 'vennskap report [--input FILE [--nodes FILE] [--format F]] [--out DIR] [--algorithm leiden|louvain] [--seed S] [--resolution R] [--stability-seeds N] [--top N] [--as-written] [--include-ended]',
  help: `
Options:
  --out DIR           folder to write report.md and report.html into (default reports/)
${ALGORITHM_HELP}
  --seed S            first seed of the community detection (default 1)
  --resolution R      modularity resolution (default 1)
  --stability-seeds N how many seeds the stability check runs (default 20)
  --top N             length of each hub list (default 10)
  --as-written        names exactly as the sources spell them (default: resolved to 2024)
  --include-ended     keep partnerships that have ended
  --input FILE        report on your own network instead: a CSV or TSV edge list with a header
                      (source,target[,weight,...]), GEXF, GraphML or graphology JSON
  --nodes FILE        a node table for a CSV/TSV edge list (id[,label,country,kind,...])
  --format F          the input's format when its extension does not say (csv, tsv, gexf, graphml, json)

Without --input, the report of the Norway data holds overview figures, hubs by several
metrics and where the rankings disagree, country clusters, geography, ended partnerships,
a data-quality section (diagnostics and resolution decisions) and charts (degree
distribution, partners by country, cluster composition).

With --input, the report holds overview figures (size, density, components, diameter,
clustering, assortativity, by country and kind when the nodes carry those attributes),
hubs over all nodes and where the rankings disagree, communities with their stability
over seeds, charts (degree distribution, links by country, community composition),
ended links when links carry a status, and how the file was read. The Norway-only
sections are left out. Each table says which command reproduces it. On a network of
tens of thousands of nodes the stability check (one Louvain run per seed) dominates the
run time; lower --stability-seeds.

Examples:
  $ npx vennskap report --out reports
  wrote reports/report.md and reports/report.html
  $ npx vennskap export --format gexf --out norway.gexf
  $ npx vennskap report --input norway.gexf --out norway-report
  wrote norway-report/report.md and norway-report/report.html`,
  options: {
    out: { type: 'string' },
    ...ALGORITHM_OPTION,
    seed: { type: 'string' },
    resolution: { type: 'string' },
    'stability-seeds': { type: 'string' },
    top: { type: 'string' },
    'as-written': { type: 'boolean' },
    'include-ended': { type: 'boolean' },
    input: NETWORK_OPTIONS.input!,
    nodes: NETWORK_OPTIONS.nodes!,
    format: NETWORK_OPTIONS.format!,
  },
};

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

interface ReportChoices {
  algorithm: CommunityAlgorithm;
  seed: number;
  resolution: number;
  stabilitySeeds: number;
  top: number;
}

async function buildInputReport(args: ParsedCommandLine, file: string, choices: ReportChoices): Promise<NetworkReportData> {
  const network = await loadNetwork(args);
  const nodesFile = typeof args.values.nodes === 'string' ? args.values.nodes : undefined;
  const formatFlag = typeof args.values.format === 'string' ? args.values.format : undefined;
  // loadNetwork describes the input as "FILE (format)", naming the format its reader used.
  const prefix = `${file} (`;
  const format = network.description.startsWith(prefix) && network.description.endsWith(')') ? network.description.slice(prefix.length, -1) : (formatFlag ?? 'unknown');
  progress('building the report');
  const files: NonNullable<GeneratedFrom['files']> = [{ file, sha256: await sha256File(file) }];
  if (nodesFile !== undefined) files.push({ file: nodesFile, sha256: await sha256File(nodesFile) });
  const edgeList = network.edgeList;
  // Communities from the edge list's snapshot, as `vennskap clusters` finds them.
  const stability = edgeList
    ? (seeds: number[], resolution: number, algorithm: CommunityAlgorithm) => {
        const csr = csrOfEdgeList(edgeList);
        return csrStabilityByKey(csr, csrCommunityStability(csr, { seeds, resolution, algorithm }));
      }
    : null;
  return buildNetworkReportData(network.graph, {
    ...choices,
    stability,
    source: { file, format, ...(nodesFile !== undefined ? { nodesFile } : {}), ...(formatFlag !== undefined ? { formatFlag } : {}), notes: network.notes },
    generatedFrom: { files },
  });
}

function buildNorwayReport(args: ParsedCommandLine, choices: ReportChoices): ReportData {
  if (args.values.nodes !== undefined || args.values.format !== undefined) throw new UsageError('--nodes and --format need --input');
  const dataset = loadDataset();
  progress('building the report');
  const includeEnded = args.values['include-ended'] === true;
  const distances = analyseDatasetDistances(dataset, { includeEnded });
  return buildReportData(dataset, {
    ...choices,
    twin: { view: args.values['as-written'] ? 'as-written' : 'resolved', includeEnded },
    geography: { distances: distances.statistics, nullModel: distances.nullModel, reproduce: `vennskap distances${includeEnded ? ' --include-ended' : ''}` },
  });
}

export async function runReport(argv: string[]): Promise<void> {
  const args = parseCommandLine(reportSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(reportSpec));
  const out = typeof args.values.out === 'string' ? args.values.out : 'reports';
  const resolution = numberOption('resolution', args.values.resolution, 1, { above: 0 });
  const stabilitySeeds = integerOption('stability-seeds', args.values['stability-seeds'], 20, { min: 1 });
  const top = integerOption('top', args.values.top, 10, { min: 1 });
  const algorithm = algorithmOption(args.values.algorithm);
  const choices: ReportChoices = { algorithm, seed: integerOption('seed', args.values.seed, 1), resolution, stabilitySeeds, top };
  const data = typeof args.values.input === 'string' ? await buildInputReport(args, args.values.input, choices) : buildNorwayReport(args, choices);
  writeFileAtomic(join(out, 'report.md'), renderMarkdownReport(data));
  writeFileAtomic(join(out, 'report.html'), renderHtmlReport(data));
  process.stdout.write(`wrote ${join(out, 'report.md')} and ${join(out, 'report.html')}\n`);
}
