/** `vennskap clusters`: communities with their hubs, countries and share of links; modularity and stability. */
import { algorithmOption, ALGORITHM_HELP, ALGORITHM_OPTION } from '../algorithm-option.ts';
import { analyseNetworkInNode } from '../analyse-network-in-node.ts';
import { ANALYSE_NETWORK_DEFAULTS } from '../../analyse/analyse-network.ts';
import { csrCommunityStability, describeCsrCommunities, findCsrCommunities } from '../../analyse/csr-communities.ts';
import { csrStrengths } from '../../analyse/csr/index.ts';
import { csrOfEdgeList, type EdgeListNetwork } from '../../graph/edge-list-network.ts';
import { COMMUNITY_ALGORITHM_NAMES, communityStability, type CommunityAlgorithm } from '../../analyse/communities/index.ts';
import { describeCountryClusters, type CountryCluster } from '../../analyse/country-clusters.ts';
import type { CommunitySummary } from '../../graph/network-bundle.ts';
import { countryName } from '../../ingest/country-names.ts';
import { loadNetwork } from '../load-network.ts';
import { NETWORK_OPTIONS, NETWORK_OPTIONS_HELP } from '../network-options.ts';
import { formatNumber, outputMode, OUTPUT_OPTIONS, OUTPUT_OPTIONS_HELP, printTable, progress } from '../output.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { formatCommandHelp, integerOption, numberOption, parseCommandLine, UsageError, type CommandSpec } from '../parse-command-line.ts';

export const clustersSpec: CommandSpec = {
  name: 'clusters',
  summary: COMMAND_SUMMARIES.clusters,
  usage: 'vennskap clusters [--network NAME] [--algorithm leiden|louvain] [--seed S] [--resolution R] [--stability-seeds N] [--json|--csv]',
  help: `
Options:
${ALGORITHM_HELP}
  --seed S            random seed (default 1); the same seed gives the same clusters
  --resolution R      modularity resolution (default 1; higher gives more, smaller clusters)
  --stability-seeds N how many seeds the stability check runs (default 20)
${NETWORK_OPTIONS_HELP.trim()}
${OUTPUT_OPTIONS_HELP.trim()}

On the municipality–country and country networks the clusters are country clusters:
each is described by its countries, the municipalities with most links to them, and
its share of all links.

Example:
  $ npx vennskap clusters --network country
  the country network of the built-in Norway data (resolved, active partnerships)
  modularity 0.124 at resolution 1 (Leiden, seed 1), 6 clusters
  stability over 20 seeds: modularity min 0.122, median 0.123, max 0.124; clusters 6–6; ...

  cluster  countries                                                               links  share  hub municipalities
  -------  ----------------------------------------------------------------------  -----  -----  ---------------------------------------------------------------------------
        0  Germany, Italy, Poland, France, Netherlands, Austria, … (+12)              81  15.1%  Øvre Eiker (16), Lillehammer (6), Kristiansand (6), Tønsberg (5), … (+1)
        1  United States, Lithuania, England, China, Palestine, Scotland, … (+10)     84  15.7%  Stavanger (11), Trondheim (9), Tromsø (5), Bergen (5), … (+1)
  ...`,
  options: {
    seed: { type: 'string' },
    resolution: { type: 'string' },
    'stability-seeds': { type: 'string' },
    ...ALGORITHM_OPTION,
    ...NETWORK_OPTIONS,
    ...OUTPUT_OPTIONS,
  },
};

const list = (items: readonly string[], max: number) => (items.length > max ? `${items.slice(0, max).join(', ')}, … (+${items.length - max})` : items.join(', '));

export async function runClusters(argv: string[]): Promise<void> {
  const args = parseCommandLine(clustersSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(clustersSpec));
  const algorithm = algorithmOption(args.values.algorithm);
  const seed = integerOption('seed', args.values.seed, 1);
  const resolution = numberOption('resolution', args.values.resolution, 1, { above: 0 });
  const stabilitySeeds = integerOption('stability-seeds', args.values['stability-seeds'], 20, { min: 1 });
  const mode = outputMode(args);
  const network = await loadNetwork(args, { keepColumns: false });
  progress('finding communities');
  const seeds = Array.from({ length: stabilitySeeds }, (_, i) => seed + i);
  const { analysis, stability } = network.edgeList
    ? edgeListClusters(network.edgeList, { algorithm, seed, resolution, seeds })
    : {
        analysis: await analyseNetworkInNode(network.graph, { algorithm, seed, resolution, hubMetric: 'strength' }),
        stability: (progress('checking stability over seeds'), communityStability(network.graph, { algorithm, seeds, resolution, partnerCount: 0 })),
      };
  const header = {
    network: network.description,
    algorithm,
    seed,
    resolution,
    modularity: analysis.modularity,
    communities: analysis.summaries.length,
    stability: {
      seeds: stabilitySeeds,
      modularity: stability.modularity,
      communities: stability.count,
      meanConsensusCoAssignment: stability.meanConsensusCoAssignment,
      meanAgreement: stability.meanAgreement,
    },
  };
  if (mode === 'human') {
    const m = stability.modularity;
    process.stdout.write(
      `${network.description}\n` +
        `modularity ${formatNumber(analysis.modularity)} at resolution ${resolution} (${COMMUNITY_ALGORITHM_NAMES[algorithm]}, seed ${seed}), ${analysis.summaries.length} clusters\n` +
        `stability over ${stabilitySeeds} seeds: modularity min ${formatNumber(m.min)}, median ${formatNumber(m.median)}, max ${formatNumber(m.max)}; ` +
        `clusters ${stability.count.min}–${stability.count.max}; ` +
        `pairs in the same cluster stay together in ${stability.meanConsensusCoAssignment === null ? '–' : `${Math.round(stability.meanConsensusCoAssignment * 100)}%`} of runs\n\n`,
    );
  }
  const nameOf = network.edgeList ? edgeListNameOf(network.edgeList) : (key: string) => String(network.graph.getNodeAttribute(key, 'name') ?? network.graph.getNodeAttribute(key, 'label') ?? key);
  const countryClusters = network.name === 'municipality-country' || network.name === 'country';
  if (countryClusters) {
    const clusters = describeCountryClusters(network.networks!['municipality-country'], analysis.communities);
    printTable<CountryCluster>(
      mode,
      [
        { header: 'cluster', key: 'cluster', align: 'right', value: (c) => c.id },
        { header: 'countries', key: 'countries', value: (c) => c.countries.map((x) => x.code).join('|'), show: (c) => list(c.countries.map((x) => x.name), 6) },
        { header: 'links', key: 'links', align: 'right', value: (c) => c.links },
        { header: 'share', key: 'link_share', align: 'right', value: (c) => c.linkShare, show: (c) => `${(c.linkShare * 100).toFixed(1)}%` },
        { header: 'hub municipalities', key: 'hubs', value: (c) => c.hubs.map((h) => h.name).join('|'), show: (c) => list(c.hubs.map((h) => `${h.name} (${h.links})`), 4) },
      ],
      clusters,
      header,
    );
    return;
  }
  printTable<CommunitySummary>(
    mode,
    [
      { header: 'cluster', key: 'cluster', align: 'right', value: (c) => c.id },
      { header: 'size', key: 'size', align: 'right', value: (c) => c.size },
      { header: 'share', key: 'link_share', align: 'right', value: (c) => c.linkShare, show: (c) => `${(c.linkShare * 100).toFixed(1)}%` },
      { header: 'hubs', key: 'hubs', value: (c) => c.hubs.map(nameOf).join('|'), show: (c) => list(c.hubs.map(nameOf), 4) },
      { header: 'countries', key: 'countries', value: (c) => c.countries.map((x) => `${x.country}:${x.count}`).join('|'), show: (c) => list(c.countries.map((x) => `${countryName(x.country)} ${x.count}`), 4) },
    ],
    analysis.summaries,
    header,
  );
}

/**
 * An edge list's clusters on its CSR snapshot (no graphology graph): the
 * partition, hubs by strength, and the stability over seeds (the run for
 * `seed` itself is reused).
 */
function edgeListClusters(edgeList: EdgeListNetwork, options: { algorithm: CommunityAlgorithm; seed: number; resolution: number; seeds: number[] }) {
  const { algorithm, seed, resolution, seeds } = options;
  const csr = csrOfEdgeList(edgeList);
  const result = findCsrCommunities(csr, { algorithm, seed, resolution });
  const summaries = describeCsrCommunities(csr, result, {
    hubMetric: csrStrengths(csr),
    hubCount: ANALYSE_NETWORK_DEFAULTS.hubCount,
    nameOf: (i) => nodeText(edgeList, i, 'name'),
    countryOf: (i) => edgeList.nodeAttributes?.[i]?.country,
  });
  progress('checking stability over seeds');
  const stability = csrCommunityStability(csr, { seeds, resolution, algorithm }, { seed, result });
  return { analysis: { modularity: result.modularity, summaries, communities: {} as Record<string, number> }, stability };
}

function nodeText(edgeList: EdgeListNetwork, i: number, attribute: string): string | undefined {
  const value: unknown = edgeList.nodeAttributes?.[i]?.[attribute];
  return typeof value === 'string' ? value : undefined;
}

function edgeListNameOf(edgeList: EdgeListNetwork): (key: string) => string {
  let index: Map<string, number> | undefined;
  return (key) => {
    index ??= new Map(edgeList.keys.map((k, i) => [k, i]));
    const i = index.get(key)!;
    return nodeText(edgeList, i, 'name') ?? nodeText(edgeList, i, 'label') ?? key;
  };
}
