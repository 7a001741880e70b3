/** `vennskap rank`: the most-connected places as a table. */
import type Graph from 'graphology-types';
import { NODE_METRICS, PATH_METRICS, type NodeMetricName } from '../../analyse/metrics/node-metric-names.ts';
import type { NodeMapping } from '../../analyse/metrics/node-metric.ts';
import { metricsByNode, placeTableOfEdgeList, rankPlaces, rankPlaceTable, type RankedPlace } from '../../analyse/rank-places.ts';
import { loadTwinPlaceTable, partnersStatedByInTable } from '../load-place-table.ts';
import { builtInNetworkChoices, NETWORK_OPTIONS, NETWORK_OPTIONS_HELP } from '../network-options.ts';
import { SEED_PAGE_FILE, WIKIPEDIA_FILE } from '../../dataset/summarise-dataset.ts';
import { formatNumber, outputMode, OUTPUT_OPTIONS, OUTPUT_OPTIONS_HELP, printTable, progress, type TableColumn } from '../output.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { choiceOption, formatCommandHelp, integerOption, parseCommandLine, UsageError, type CommandSpec } from '../parse-command-line.ts';

const RANKABLE = ['degree', 'partner-countries', 'strength', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank', 'core'] as const;

export const rankSpec: CommandSpec = {
  name: 'rank',
  summary: COMMAND_SUMMARIES.rank,
  usage: 'vennskap rank [--by METRIC] [--top N] [--country CC] [--kind KIND] [--county NAME] [--status active|ended] [network options] [--json|--csv]',
  help: `
Options:
  --by METRIC         ${RANKABLE.join('|')}
                      (default degree: the number of partners; betweenness, closeness
                      and harmonic need all-pairs shortest paths: up to 20,000 nodes)
  --top N             how many to show (default 10; 0 for all)
  --country CC        only places in this country (ISO code, e.g. NO, SE, GB-SCT)
  --kind KIND         only places of this kind: municipality, county, city, province, ...
  --county NAME       only Norwegian places in this 2024 county (e.g. Vestland)
  --status S          only places with at least one active or ended partnership
${NETWORK_OPTIONS_HELP.trim()}
${OUTPUT_OPTIONS_HELP.trim()}

Ties are ordered by name and share a rank.

Example:
  $ npx vennskap rank --country NO --top 5
  rank  place        country  county     partners  seed page  Wikipedia  partner countries  degree
  ----  -----------  -------  ---------  --------  ---------  ---------  -----------------  ------
     1  Øvre Eiker   NO       Buskerud         20         20          1                 11      20
     2  Stavanger    NO       Rogaland         15         15         11                 14      15
     2  Trondheim    NO       Trøndelag        15         15         13                 15      15
  ...`,
  options: {
    by: { type: 'string' },
    top: { type: 'string' },
    country: { type: 'string' },
    kind: { type: 'string' },
    county: { type: 'string' },
    status: { type: 'string' },
    seed: { type: 'string' },
    ...NETWORK_OPTIONS,
    ...OUTPUT_OPTIONS,
  },
};

/**
 * Only the metric asked for: a whole-network pass (all ten metrics, with the
 * shortest paths) costs more than the rest of `vennskap rank` together. The
 * single-metric modules use the same weight rule as computeNodeMetrics, and
 * each loads only when asked for: most runs rank by partners from the cached
 * table and need none of them (nor graphology).
 */
async function metricsForRanking(
  graph: Graph,
  metric: NodeMetricName | 'partnerCountries',
  seed: number,
): Promise<{ metricNames: NodeMetricName[]; metrics: Partial<Record<NodeMetricName, NodeMapping>> }> {
  const single: Partial<Record<NodeMetricName, () => Promise<NodeMapping>>> = {
    degree: async () => (await import('../../analyse/metrics/degree.ts')).degree(graph),
    strength: async () => (await import('../../analyse/metrics/degree.ts')).strength(graph, { getEdgeWeight: 'weight' }),
    eigenvector: async () => (await import('../../analyse/metrics/eigenvector.ts')).eigenvector(graph, { getEdgeWeight: 'weight' }),
    pagerank: async () => (await import('../../analyse/metrics/pagerank.ts')).pagerank(graph, { getEdgeWeight: 'weight' }),
    core: async () => (await import('../../analyse/metrics/core-number.ts')).coreNumber(graph),
  };
  const key = metric === 'partnerCountries' ? 'degree' : metric;
  const compute = single[key];
  if (compute) return { metricNames: [key], metrics: { [key]: await compute() } };
  // The shortest-path metrics and their worker runner.
  const [{ ANALYSE_NETWORK_DEFAULTS }, { computeMetricMappingsInNode }] = await Promise.all([
    import('../../analyse/analyse-network.ts'),
    import('../analyse-network-in-node.ts'),
  ]);
  const { names, values } = await computeMetricMappingsInNode(graph, { pathMetricsUpTo: ANALYSE_NETWORK_DEFAULTS.pathMetricsUpTo, pivots: null, seed });
  return { metricNames: names, metrics: values };
}

export async function runRank(argv: string[]): Promise<void> {
  const args = parseCommandLine(rankSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(rankSpec));
  const by = choiceOption('by', args.values.by, RANKABLE, 'degree');
  const top = integerOption('top', args.values.top, 10);
  const status = args.values.status === undefined ? null : choiceOption('status', args.values.status, ['active', 'ended'] as const, 'active');
  const mode = outputMode(args);
  const filters = {
    top,
    country: typeof args.values.country === 'string' ? args.values.country : null,
    kind: typeof args.values.kind === 'string' ? args.values.kind : null,
    county: typeof args.values.county === 'string' ? args.values.county : null,
    status,
  };
  const seed = integerOption('seed', args.values.seed, 1);
  const metric = by === 'partner-countries' ? 'partnerCountries' : by;
  let ranked: RankedPlace[];
  let description: string;
  let stated: (r: RankedPlace, file: string) => number;
  let bySource: string[] = [];
  const choices = args.values.input === undefined ? builtInNetworkChoices(args) : null;
  if (choices?.name === 'twin' && (metric === 'degree' || metric === 'partnerCountries')) {
    // The everyday case, built-in twin network by partners: from the cached table, no graphology graph (load-place-table.ts says why).
    const table = await loadTwinPlaceTable(choices);
    progress('computing metrics');
    // Degree as the degree metric counts it: incident edges (the twin network is simple: no loops, no parallel edges).
    const degrees = new Int32Array(table.size);
    for (let e = 0; e < table.source.length; e++) {
      degrees[table.source[e]!]!++;
      degrees[table.target[e]!]!++;
    }
    const rows = rankPlaceTable(table, (place) => degrees[place], { by: metric, ...filters });
    const counts = new Map([SEED_PAGE_FILE, WIKIPEDIA_FILE].map((file) => [file, partnersStatedByInTable(table, file)]));
    const place = new Map<RankedPlace, number>(rows.map((r) => [r, r.place]));
    ranked = rows;
    stated = (r, file) => counts.get(file)![place.get(r)!]!;
    description = choices.description;
    bySource = [SEED_PAGE_FILE, WIKIPEDIA_FILE];
  } else {
    const [{ loadNetwork }, { partnersStatedBy }] = await Promise.all([import('../load-network.ts'), import('../../graph/build-twin-network.ts')]);
    const network = await loadNetwork(args);
    progress('computing metrics');
    const notComputed = (order: number, computed: readonly string[]) =>
      new UsageError(`--by ${by}: not computed for a network of ${order} nodes (all-pairs path metrics stop at 20,000); use ${computed.join(', ')}`);
    if (network.edgeList) {
      // A CSV/TSV --input: the metric on the edge list's arrays and CSR snapshot, ranked from the same arrays; no graphology graph.
      const edgeList = network.edgeList;
      const [{ edgeListMetricColumn }, { ANALYSE_NETWORK_DEFAULTS }] = await Promise.all([import('../analyse-network-in-node.ts'), import('../../analyse/analyse-network.ts')]);
      let column: ArrayLike<number> | null = null;
      if (metric !== 'partnerCountries') {
        column = await edgeListMetricColumn(edgeList, metric, { pathMetricsUpTo: ANALYSE_NETWORK_DEFAULTS.pathMetricsUpTo, seed });
        if (column === null) throw notComputed(edgeList.keys.length, NODE_METRICS.filter((name) => !PATH_METRICS.includes(name)));
      }
      ranked = rankPlaceTable(placeTableOfEdgeList(edgeList), (place) => column?.[place], { by: metric, ...filters });
    } else {
      // Ranking needs metrics only, not communities.
      const analysis = await metricsForRanking(network.graph, metric, seed);
      if (metric !== 'partnerCountries' && !analysis.metricNames.includes(metric)) throw notComputed(network.graph.order, analysis.metricNames);
      ranked = rankPlaces(network.graph, metricsByNode(analysis, network.graph), { by: metric, ...filters });
    }
    description = network.description;
    // On the built-in twin network, partners as each document states them, beside the total: a rank that depends on which source you trust shows.
    if (network.name === 'twin') bySource = [SEED_PAGE_FILE, WIKIPEDIA_FILE];
    stated = (r, file) => partnersStatedBy(network.graph, r.id, file);
  }
  const columns: TableColumn<RankedPlace>[] = [
    { header: 'rank', key: 'rank', align: 'right', value: (r) => r.rank },
    { header: 'place', key: 'place', value: (r) => r.name },
    { header: 'country', key: 'country', value: (r) => r.country },
    { header: 'county', key: 'county', value: (r) => r.county },
    { header: 'partners', key: 'partners', align: 'right', value: (r) => r.partners },
    ...bySource.map(
      (file): TableColumn<RankedPlace> => ({
        header: file === SEED_PAGE_FILE ? 'seed page' : 'Wikipedia',
        key: file === SEED_PAGE_FILE ? 'partners_seed_page' : 'partners_wikipedia',
        align: 'right',
        value: (r) => stated(r, file),
      }),
    ),
    { header: 'partner countries', key: 'partner_countries', align: 'right', value: (r) => r.partnerCountries },
    { header: by, key: by, align: 'right', value: (r) => r.value, show: (r) => formatNumber(r.value) },
    { header: 'id', key: 'id', value: (r) => r.id },
  ];
  printTable(mode, mode === 'human' ? columns.slice(0, -1) : columns, ranked, { network: description, by });
  if (ranked.length === 0 && mode === 'human') process.stderr.write('vennskap: no place matches these filters\n');
}
