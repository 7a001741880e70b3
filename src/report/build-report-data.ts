/**
 * buildReportData: the dataset in, every number of the cluster report out.
 * It builds the networks and runs the metrics, rankings and seeded Louvain
 * itself (all pure and deterministic), so a caller passes only the dataset
 * and a few choices; the same dataset and options give the same ReportData
 * and therefore byte-identical report files.
 */
import { normalizedMutualInformation } from '../analyse/agreement/index.ts';
import { COMMUNITY_ALGORITHM_NAMES, detectCommunities, type CommunityAlgorithm } from '../analyse/communities/index.ts';
import { computeNetworkMetrics, computeNodeMetrics, type NodeMetricName } from '../analyse/metrics/index.ts';
import { rankPlaces, type RankedPlace } from '../analyse/rank-places.ts';
import type { Dataset } from '../dataset/build-dataset.ts';
import { summariseDataset } from '../dataset/summarise-dataset.ts';
import { buildNetworks } from '../graph/build-networks.ts';
import { TWIN_NETWORK_DEFAULTS, type TwinNetworkOptions } from '../graph/build-twin-network.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { buildClusterSections, describeTwinChoice } from './build-cluster-sections.ts';
import { buildCrosscheckSection, buildRingsSection } from './build-partner-sections.ts';
import { buildWorldSections } from './build-world-sections.ts';
import { chartSection, endedSection, geographySection, qualitySection } from './build-dataset-sections.ts';
import type { DatasetName } from '../dataset/scope-dataset.ts';
import { compareRankings, rankByValue } from './compare-rankings.ts';
import type {
  GeneratedFrom,
  HubEntry,
  HubMetric,
  HubMetricInfo,
  HubSection,
  ReportData,
  ReportFigure,
  ReportGeographyInput,
} from './report-data.ts';
import { reproduce, type NetworkChoice } from './reproduce-commands.ts';
import { nodeRecord } from '../formats/node-keyed.ts';

export interface BuildReportDataOptions {
  /** Community detection: 'louvain' (default) or 'leiden'. */
  algorithm: CommunityAlgorithm;
  /** First seed; stability runs seeds seed … seed + stabilitySeeds − 1. */
  seed: number;
  /** Modularity resolution γ. */
  resolution: number;
  stabilitySeeds: number;
  /** Length of each hub list. */
  top: number;
  /** Rank difference above which a place counts as ranked differently. */
  rankGap: number;
  /** Hub municipalities listed per cluster. */
  hubCount: number;
  /** Examples listed per diagnostic kind. */
  examples: number;
  /** Twin-network choices (view, includeEnded, sources, relations); defaults as buildTwinNetwork. */
  twin: Partial<TwinNetworkOptions>;
  /** Distance results from src/geo; the geography section appears only when given. */
  geography: ReportGeographyInput | null;
  generatedFrom: GeneratedFrom | null;
  /** Defaults to the Norway title, or WORLD_TITLE for the world dataset. */
  title: string;
  /**
   * The dataset passed in: 'norway' (hubs and clusters of the Norwegian places)
   * or 'world' (hubs over every place, with the Norwegian places' world ranks,
   * communities of the whole network; every quoted command gets --dataset world).
   */
  dataset: DatasetName;
  /** World report: diagnostics listed one by one (the rest are counted). */
  diagnostics: number;
  /** World report: the file the caller writes every diagnostic to, named in the report. */
  diagnosticsFile: string | null;
}

export const DEFAULTS: BuildReportDataOptions = {
  algorithm: 'louvain',
  seed: 1,
  resolution: 1,
  stabilitySeeds: 20,
  top: 10,
  rankGap: 10,
  hubCount: 5,
  examples: 3,
  twin: {},
  geography: null,
  generatedFrom: null,
  title: 'Twin towns and sister cities of Norway: cluster report',
  dataset: 'norway',
  diagnostics: 50,
  diagnosticsFile: null,
};

export const WORLD_TITLE = 'Twin towns and sister cities of the world: network report (world dataset)';

const HUB_METRICS: Omit<HubMetricInfo, 'reproduce'>[] = [
  { key: 'degree', label: 'Partners', description: 'number of distinct partner places (degree)', digits: 0 },
  { key: 'partnerCountries', label: 'Partner countries', description: 'number of distinct countries among the partners', digits: 0 },
  { key: 'strength', label: 'Strength', description: 'sum of link weights (every link weighs 1 in the twin network, so it equals partners unless weights are set)', digits: 0 },
  { key: 'betweenness', label: 'Betweenness', description: 'share of shortest paths through the place (normalised): bridges between otherwise separate groups', digits: 4 },
  { key: 'pagerank', label: 'PageRank', description: 'PageRank (damping 0.85): partners that themselves have many partners count more', digits: 4 },
  { key: 'eigenvector', label: 'Eigenvector', description: 'eigenvector centrality: tied to places that are themselves well tied; on a network of separate groups it concentrates on the group around the most connected hub', digits: 4 },
];

function checkInteger(name: string, value: number, min: number) {
  if (!Number.isInteger(value) || value < min) throw new Error(`buildReportData: ${name} must be an integer >= ${min}, got ${value}`);
}

/**
 * Power iteration leaves values that are not zero but vanishingly small
 * (eigenvector centrality outside the dominant component): their order says
 * how fast they decay, not who is central. Say so when that reaches the top N.
 */
export function vanishingWarning(rows: readonly { value: number }[], top: number, noun = 'place'): string | undefined {
  const max = Math.max(0, ...rows.map((r) => r.value));
  if (max <= 0) return undefined;
  const meaningful = rows.filter((r) => r.value > max * 1e-6).length;
  if (meaningful >= Math.min(top, rows.length)) return undefined;
  return `Only ${meaningful} ${noun}${meaningful === 1 ? ' has' : 's have'} a value above a millionth of the largest; the ranks below ${meaningful === 1 ? 'it' : 'them'} follow values that are practically 0 and say little.`;
}

function hubSection(twin: ReturnType<typeof buildNetworks>['twin'], o: BuildReportDataOptions, choice: NetworkChoice): { hubs: HubSection; full: Map<HubMetric, RankedPlace[]> } {
  const metrics = computeNodeMetrics(twin);
  const full = new Map<HubMetric, RankedPlace[]>();
  // The Norway report ranks the Norwegian places; the world report every place.
  const country = o.dataset === 'world' ? null : 'NO';
  for (const m of HUB_METRICS) {
    if (m.key === 'partnerCountries') continue;
    full.set(m.key, rankPlaces(twin, metrics, { by: m.key as NodeMetricName, top: 0, country }));
  }
  full.set('partnerCountries', rankByValue(full.get('degree')!, (r) => r.partnerCountries));
  const rankings = {} as Record<HubMetric, HubEntry[]>;
  for (const m of HUB_METRICS) {
    rankings[m.key] = full
      .get(m.key)!
      .filter((r) => r.rank <= o.top)
      .map((r) => ({ rank: r.rank, id: r.id, name: r.name, kind: r.kind, ...(r.county ? { county: r.county } : {}), value: r.value }));
  }
  const keys = HUB_METRICS.map((m) => m.key);
  const comparison = compareRankings(Object.fromEntries(full) as Record<HubMetric, RankedPlace[]>, keys, o.top, o.rankGap);
  const hubs: HubSection = {
    network: 'twin',
    subset: country === null ? 'every place of the world network with at least one partner' : 'Norwegian places (municipalities, counties and institutions) with at least one partner',
    places: full.get('degree')!.length,
    top: o.top,
    rankGap: o.rankGap,
    metrics: HUB_METRICS.map((m) => {
      const warning = vanishingWarning(full.get(m.key)!, o.top);
      return { ...m, ...(warning ? { warning } : {}), reproduce: reproduce.rank(m.key === 'partnerCountries' ? 'partner-countries' : m.key, o.top, choice, country) };
    }),
    rankings,
    overlap: comparison.overlap,
    disagreements: comparison.disagreements,
    source:
      country === null
        ? 'twin network of the world dataset; competition ranks (equal values share a rank), ties listed by name'
        : 'twin network; competition ranks (equal values share a rank), ties listed by name; every link with its file:line is in data/links.csv',
  };
  return { hubs, full };
}

/** Every number of the cluster report, from the dataset alone. */
export function buildReportData(dataset: Dataset, options?: Partial<BuildReportDataOptions>): ReportData {
  const o = resolveOptions('buildReportData', DEFAULTS, options);
  if (!Number.isFinite(o.seed)) throw new Error(`buildReportData: seed must be a finite number, got ${o.seed}`);
  if (!(o.resolution > 0) || !Number.isFinite(o.resolution)) throw new Error(`buildReportData: resolution must be a positive number, got ${o.resolution}`);
  checkInteger('stabilitySeeds', o.stabilitySeeds, 1);
  checkInteger('top', o.top, 1);
  checkInteger('hubCount', o.hubCount, 0);
  checkInteger('examples', o.examples, 0);
  checkInteger('diagnostics', o.diagnostics, 0);
  if (!(o.dataset === 'norway' || o.dataset === 'world')) throw new Error(`buildReportData: dataset must be norway or world, got ${String(o.dataset)}`);
  if (!(o.rankGap >= 0)) throw new Error(`buildReportData: rankGap must be a non-negative number, got ${o.rankGap}`);
  const choice = resolveOptions('buildReportData (twin)', TWIN_NETWORK_DEFAULTS, o.twin);
  const world = o.dataset === 'world';
  // What the quoted commands need: the network choices and, for the world, --dataset world.
  const flags: NetworkChoice = world ? { ...choice, dataset: 'world' } : choice;
  const title = world && options?.title === undefined ? WORLD_TITLE : o.title;

  const networks = buildNetworks(dataset, { twin: choice });
  const twin = networks.twin;
  const summary = summariseDataset(dataset);
  const stats = computeNetworkMetrics(twin);
  const twinCommunities = detectCommunities(twin, { algorithm: o.algorithm, seed: o.seed, resolution: o.resolution });
  const countryOf: Record<string, string> = nodeRecord();
  twin.forEachNode((node, a) => (countryOf[node] = String(a.country)));
  // The municipality–country and country networks describe Norwegian municipalities' choices: the Norway report's.
  const { sections, agreement } = world
    ? { sections: [], agreement: null }
    : buildClusterSections(networks, { algorithm: o.algorithm, seed: o.seed, stabilitySeeds: o.stabilitySeeds, resolution: o.resolution, hubCount: o.hubCount, twin: choice });
  const { hubs, full } = hubSection(twin, o, flags);
  let norwegian = 0;
  const partnerCountries = new Set<string>();
  twin.forEachNode((_n, a) => (a.country === 'NO' ? norwegian++ : partnerCountries.add(String(a.country))));

  const twinSource = 'twin network';
  const stat = reproduce.networkStats('twin', flags, o.algorithm);
  const figure = (key: string, label: string, value: number | null, unit: ReportFigure['unit'], source: string, command: string, detail?: string): ReportFigure => ({
    key,
    label,
    value,
    unit,
    ...(detail !== undefined ? { detail } : {}),
    source,
    reproduce: command,
  });
  // data/*.csv hold the norway dataset; the world dataset's places are in data/world-places.csv, the rest is built in memory.
  const inMemory = 'the world dataset, built from data/raw/ (data/links.csv and data/mentions.csv hold the norway dataset)';
  const thisReport = reproduce.report(o.algorithm, 'world');
  const overview: ReportFigure[] = [
    figure('places', 'Places', summary.places, 'count', world ? 'data/world-places.csv' : 'data/places.csv', world ? reproduce.data() : reproduce.summary(), `${summary.norwegianPlaces} Norwegian, ${summary.foreignPlaces} abroad`),
    figure('links', 'Links', summary.links, 'count', world ? inMemory : 'data/links.csv', world ? thisReport : reproduce.summary(), `${summary.activeLinks} active, ${summary.endedLinks} ended`),
    figure('mentions', 'Source statements', summary.mentions, 'count', world ? inMemory : 'data/mentions.csv', world ? thisReport : reproduce.data()),
    figure('countries', 'Countries', summary.countries, 'count', world ? 'data/world-places.csv (country)' : 'data/places.csv (country)', world ? reproduce.data() : reproduce.summary(), 'Norway included'),
    figure('nodes', 'Places in the network', twin.order, 'count', twinSource, stat, `${norwegian} Norwegian, ${twin.order - norwegian} abroad`),
    figure('edges', 'Partnerships in the network', twin.size, 'count', twinSource, stat),
    figure('partnerCountries', 'Partner countries in the network', partnerCountries.size, 'count', twinSource, stat),
    figure('density', 'Density', stats.density, 'decimal', twinSource, stat),
    figure('components', 'Connected components', stats.components, 'count', twinSource, stat),
    figure('largestComponent', 'Largest component', stats.largestComponentSize, 'count', twinSource, stat, `places; ${twin.order > 0 ? ((100 * stats.largestComponentSize) / twin.order).toFixed(1) : '0.0'}% of the network`),
    figure('diameter', 'Diameter of the largest component', stats.diameter, 'count', twinSource, stat, 'hops'),
    figure(
      'assortativity',
      'Degree assortativity',
      stats.degreeAssortativity,
      'decimal',
      twinSource,
      stat,
      stats.degreeAssortativity === null
        ? undefined
        : stats.degreeAssortativity < 0
          ? 'negative: hubs partner with places that have few partners'
          : 'positive: places partner with places of a similar number of partners',
    ),
    figure('twinModularity', 'Modularity of twin-network communities', twinCommunities.modularity, 'decimal', `${twinSource}; ${COMMUNITY_ALGORITHM_NAMES[o.algorithm]}, seed ${o.seed}, resolution ${o.resolution}`, reproduce.communities('twin', o.seed, 1, o.resolution, flags, o.algorithm), `${twinCommunities.count} communities`),
    figure('twinCountryNmi', 'Agreement of twin-network communities with countries (NMI)', twin.order > 0 ? normalizedMutualInformation(twinCommunities.communities, countryOf) : null, 'decimal', `${twinSource}; normalised mutual information between community and country of each place`, reproduce.communities('twin', o.seed, 1, o.resolution, flags, o.algorithm)),
    ...sections.map((s) =>
      figure(`${s.network}Modularity`, `Modularity of ${s.networkLabel} clusters`, s.modularity, 'decimal', s.source, s.reproduce, `${s.clusters.length} clusters, best of ${s.seeds.length} seeds`),
    ),
  ];

  const documents = dataset.documents.map((p) => ({
    file: p.file,
    lines: p.lines,
    mentions: p.mentions,
    diagnostics: dataset.diagnostics.filter((d) => d.file === p.file).length,
  }));

  return {
    format: 'vennskap-report',
    version: 1,
    title,
    generatedFrom: o.generatedFrom,
    documents,
    options: { algorithm: o.algorithm, seed: o.seed, resolution: o.resolution, stabilitySeeds: o.stabilitySeeds, top: o.top, rankGap: o.rankGap, twin: choice, dataset: o.dataset },
    networkChoice: describeTwinChoice(flags),
    overview,
    hubs,
    clusters: sections,
    clusterAgreement: agreement,
    ended: endedSection(dataset),
    rings: buildRingsSection(twin, flags),
    crosscheck: buildCrosscheckSection(dataset),
    quality: qualitySection(dataset, o.examples, o),
    charts: chartSection(twin),
    geography: o.geography ? geographySection(o.geography) : null,
    world: world ? buildWorldSections(dataset, twin, full, o, flags) : null,
  };
}
