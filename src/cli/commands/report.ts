/**
 * `vennskap report`: the cluster report of the built-in Norway data, the
 * report of the world dataset (--dataset world), or the report of the user's
 * own network (--input), as Markdown and as a standalone HTML file with SVG
 * charts.
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
import { DATASET_NAMES, type DatasetName } from '../../dataset/scope-dataset.ts';
import { formatDiagnosticsCsv } from '../../dataset/format-dataset-csv.ts';
import { reproduce } from '../../report/reproduce-commands.ts';
import { progress } from '../output.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { choiceOption, formatCommandHelp, integerOption, numberOption, parseCommandLine, UsageError, type CommandSpec, type ParsedCommandLine } from '../parse-command-line.ts';
import { writeFileAtomic } from '../repository-files.ts';

export const reportSpec: CommandSpec = {
  name: 'report',
  summary: COMMAND_SUMMARIES.report,
  usage: 'vennskap report [--dataset norway|world | --input FILE [--nodes FILE] [--format F]] [--out DIR] [--algorithm leiden|louvain] [--seed S] [--resolution R] [--stability-seeds N] [--top N] [--as-written] [--include-ended]',
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
  --dataset NAME      norway (default: every link with a Norwegian end, plus the links
                      between their partners from the world list, marked context) or
                      world (the whole world list with the Norwegian documents)
  --input FILE        report on your own network instead: a CSV or TSV edge list with a header
                      (source,target[,weight,...]), GEXF, GraphML or graphology JSON
  --nodes FILE        a node table for a CSV/TSV edge list (id[,label,country,kind,...])
  --format F          the input's format when its extension does not say (csv, tsv, gexf, graphml, json)

Without --input or --dataset world, the report of the Norway data holds overview figures,
hubs by several metrics and where the rankings disagree, country clusters, geography,
ended partnerships, a data-quality section (diagnostics and resolution decisions) and
charts (degree distribution, partners by country, cluster composition).

With --dataset world, the report covers the whole world network (about 16,650 places):
hubs over every place, with a table of the Norwegian places' world ranks; links by
country and the communities of the world network instead of the Norwegian country
clusters; the Nordic friendship rings; geography with the world null model (200
rewirings, as vennskap distances --dataset world); the first 50 diagnostics, with every
one written to diagnostics.csv beside the report. It takes about 25 s of CPU time: exact
betweenness over all places about 15 s (as vennskap rank --by betweenness --dataset world),
the null model about 3.5 s, and the stability check about 0.15 s per seed (3 s for the
default 20; lower --stability-seeds to save it).

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
    dataset: NETWORK_OPTIONS.dataset!,
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

/** Draws of the world null model: the default of `vennskap distances --dataset world`, so the quoted command prints the same test. */
const WORLD_DRAWS = 200;
/** The file beside the world report that holds every diagnostic (the report lists the first ones). */
const DIAGNOSTICS_FILE = 'diagnostics.csv';

function buildDatasetReport(args: ParsedCommandLine, choices: ReportChoices, name: DatasetName): { data: ReportData; diagnostics: string | null } {
  if (args.values.nodes !== undefined || args.values.format !== undefined) throw new UsageError('--nodes and --format need --input');
  const dataset = loadDataset(undefined, name);
  progress('building the report');
  const includeEnded = args.values['include-ended'] === true;
  const world = name === 'world';
  const distances = analyseDatasetDistances(dataset, { includeEnded, ...(world ? { dataset: name, draws: WORLD_DRAWS } : {}) });
  const data = buildReportData(dataset, {
    ...choices,
    twin: { view: args.values['as-written'] ? 'as-written' : 'resolved', includeEnded },
    geography: { distances: distances.statistics, nullModel: distances.nullModel, reproduce: reproduce.distances(name, includeEnded) },
    ...(world ? { dataset: name, diagnosticsFile: DIAGNOSTICS_FILE } : {}),
  });
  return { data, diagnostics: world ? formatDiagnosticsCsv(dataset.diagnostics) : null };
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
  const name = choiceOption<DatasetName>('dataset', args.values.dataset, DATASET_NAMES, 'norway');
  const { data, diagnostics } = typeof args.values.input === 'string' ? { data: await buildInputReport(args, args.values.input, choices), diagnostics: null } : buildDatasetReport(args, choices, name);
  writeFileAtomic(join(out, 'report.md'), renderMarkdownReport(data));
  writeFileAtomic(join(out, 'report.html'), renderHtmlReport(data));
  if (diagnostics !== null) {
    // Thousands of diagnostics: the report lists the first ones and names this file for the rest.
    writeFileAtomic(join(out, DIAGNOSTICS_FILE), diagnostics);
    process.stdout.write(`wrote ${join(out, 'report.md')}, ${join(out, 'report.html')} and ${join(out, DIAGNOSTICS_FILE)}\n`);
    return;
  }
  process.stdout.write(`wrote ${join(out, 'report.md')} and ${join(out, 'report.html')}\n`);
}
