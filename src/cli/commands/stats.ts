/** `vennskap stats`: network-level figures. */
import { algorithmOption, ALGORITHM_HELP, ALGORITHM_OPTION } from '../algorithm-option.ts';
import type Graph from 'graphology';
import { detectCommunities, type CommunityAlgorithm } from '../../analyse/communities/index.ts';
import { findCsrCommunities } from '../../analyse/csr-communities.ts';
import { attributeAssortativity, computeNetworkMetrics, csrAttributeAssortativity, csrNetworkMetrics, type NetworkMetrics } from '../../analyse/metrics/index.ts';
import { csrOfEdgeList, type EdgeListNetwork } from '../../graph/edge-list-network.ts';
import { NETWORK_NAMES } from '../../graph/network-bundle.ts';
import { loadNetwork } from '../load-network.ts';
import { NETWORK_OPTIONS, NETWORK_OPTIONS_HELP } from '../network-options.ts';
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
  figure                            twin
  -----------------------------  -------
  nodes                              675
  edges                              917
  ...`,
  options: { seed: { type: 'string' }, ...ALGORITHM_OPTION, ...NETWORK_OPTIONS, ...OUTPUT_OPTIONS },
};

function figures(m: NetworkMetrics, byCountry: number | null, byKind: number | null, modularity: number) {
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
    assortativity_by_country: byCountry,
    assortativity_by_kind: byKind,
    modularity,
  };
}

export function networkFigures(graph: Graph, seed: number, algorithm: CommunityAlgorithm = 'louvain') {
  return figures(computeNetworkMetrics(graph), attributeAssortativity(graph, 'country'), attributeAssortativity(graph, 'kind'), detectCommunities(graph, { algorithm, seed }).modularity);
}

/** The same figures for an edge list, on its CSR snapshot: no graphology graph is built. */
export function edgeListFigures(network: EdgeListNetwork, seed: number, algorithm: CommunityAlgorithm = 'louvain') {
  const csr = csrOfEdgeList(network);
  const byAttribute = (attribute: string) => {
    // A missing attribute is its own category, as in attributeAssortativity.
    const categories = new Map<unknown, number>();
    const categoryOf = new Int32Array(csr.order);
    for (let i = 0; i < csr.order; i++) {
      const value: unknown = network.nodeAttributes?.[i]?.[attribute] ?? null;
      let c = categories.get(value);
      if (c === undefined) categories.set(value, (c = categories.size));
      categoryOf[i] = c;
    }
    return csrAttributeAssortativity(csr, categoryOf, categories.size);
  };
  return figures(csrNetworkMetrics(csr), byAttribute('country'), byAttribute('kind'), findCsrCommunities(csr, { algorithm, seed, resolution: 1 }).modularity);
}

export async function runStats(argv: string[]): Promise<void> {
  const args = parseCommandLine(statsSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(statsSpec));
  const mode = outputMode(args);
  const seed = integerOption('seed', args.values.seed, 1);
  const algorithm = algorithmOption(args.values.algorithm);
  const network = await loadNetwork(args, { keepColumns: false });
  const all = args.values.network === undefined && network.networks !== undefined;
  const edgeList = network.edgeList;
  const columns: [string, Graph][] = all ? NETWORK_NAMES.map((name) => [name, network.networks![name]]) : edgeList ? [] : [[network.name, network.graph]];
  const figures = edgeList ? [[network.name, edgeListFigures(edgeList, seed, algorithm)] as const] : columns.map(([name, graph]) => [name, networkFigures(graph, seed, algorithm)] as const);
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
