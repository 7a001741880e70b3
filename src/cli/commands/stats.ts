/** `vennskap stats`: network-level figures. */
import { algorithmOption, ALGORITHM_HELP, ALGORITHM_OPTION } from '../algorithm-option.ts';
import type Graph from 'graphology';
import { detectCommunities, type CommunityAlgorithm } from '../../analyse/communities/index.ts';
import { attributeAssortativity, computeNetworkMetrics } from '../../analyse/metrics/index.ts';
import { NETWORK_NAMES } from '../../graph/network-bundle.ts';
import { loadNetwork, NETWORK_OPTIONS, NETWORK_OPTIONS_HELP } from '../load-network.ts';
import { formatNumber, outputMode, OUTPUT_OPTIONS, OUTPUT_OPTIONS_HELP, printTable } from '../output.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { formatCommandHelp, integerOption, parseCommandLine, type CommandSpec } from '../parse-command-line.ts';

export const statsSpec: CommandSpec = {
  name: 'stats',
  summary: COMMAND_SUMMARIES.stats,
  usage: 'vennskap stats [--network NAME] [--algorithm leiden|louvain] [--seed S] [network options] [--json|--csv]',
  help: `
Without --network or --input, prints the four built-in networks side by side.

Options:
${ALGORITHM_HELP.replace('community detection', 'community detection for the modularity row')}
  --seed S            seed of the community detection for the modularity row (default 1)
${NETWORK_OPTIONS_HELP.trim()}
${OUTPUT_OPTIONS_HELP.trim()}

Assortativity by country or kind is null (shown "–") when it is undefined: every
edge joins the same pair of categories, or the graph has no edges. Above 20,000 nodes
the diameter is a two-sweep lower bound (shown "≥"), since the exact search can take hours.

Example:
  $ npx vennskap stats --network twin
  figure                          twin
  ------------------------------  ------
  nodes                           521
  edges                           429
  ...`,
  options: { seed: { type: 'string' }, ...ALGORITHM_OPTION, ...NETWORK_OPTIONS, ...OUTPUT_OPTIONS },
};

export function networkFigures(graph: Graph, seed: number, algorithm: CommunityAlgorithm = 'louvain') {
  const m = computeNetworkMetrics(graph);
  return {
    nodes: m.order,
    edges: m.size,
    density: m.density,
    components: m.components,
    largest_component: m.largestComponentSize,
    diameter_of_largest_component: m.diameter,
    diameter_is_lower_bound: m.diameterIsLowerBound,
    transitivity: m.transitivity,
    average_clustering: m.averageClustering,
    degree_assortativity: m.degreeAssortativity,
    assortativity_by_country: attributeAssortativity(graph, 'country'),
    assortativity_by_kind: attributeAssortativity(graph, 'kind'),
    modularity: detectCommunities(graph, { algorithm, seed }).modularity,
  };
}

export async function runStats(argv: string[]): Promise<void> {
  const args = parseCommandLine(statsSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(statsSpec));
  const mode = outputMode(args);
  const seed = integerOption('seed', args.values.seed, 1);
  const algorithm = algorithmOption(args.values.algorithm);
  const network = await loadNetwork(args);
  const all = args.values.network === undefined && network.networks !== undefined;
  const columns: [string, Graph][] = all ? NETWORK_NAMES.map((name) => [name, network.networks![name]]) : [[network.name, network.graph]];
  const figures = columns.map(([name, graph]) => [name, networkFigures(graph, seed, algorithm)] as const);
  if (mode === 'json') {
    process.stdout.write(`${JSON.stringify({ source: network.description, algorithm, seed, networks: Object.fromEntries(figures) }, null, 2)}\n`);
    return;
  }
  type Figure = keyof ReturnType<typeof networkFigures>;
  // The lower-bound flag is shown as "≥" on the diameter row, not as a row of its own.
  const rows = (Object.keys(figures[0]![1]) as Figure[]).filter((r) => r !== 'diameter_is_lower_bound');
  const show = (f: ReturnType<typeof networkFigures>, r: Figure) => {
    const v = f[r] as number | null;
    if (v === null) return '–';
    return r === 'diameter_of_largest_component' && f.diameter_is_lower_bound ? `≥ ${formatNumber(v)}` : formatNumber(v);
  };
  printTable(
    mode,
    [
      { header: 'figure', key: 'figure', value: (r: (typeof rows)[number]) => r.replace(/_/g, ' ') },
      ...figures.map(([name, f]) => ({ header: name, key: name, align: 'right' as const, value: (r: Figure) => f[r] as number | null, show: (r: Figure) => show(f, r) })),
    ],
    rows,
  );
  if (mode === 'human') process.stdout.write(`\n${all ? 'the built-in Norway data' : network.description}\n`);
}
