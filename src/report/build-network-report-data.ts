/**
 * buildNetworkReportData: any network in (a user's CSV/TSV edge list, GEXF,
 * GraphML or graphology JSON, already read into a graph), every number of
 * its report out. The same overview figures and hub section as the Norway
 * report, computed by the same modules the commands quoted in the report
 * use (`vennskap stats`, `rank`, `clusters` with --input), so each quoted
 * command prints the number the report shows. Parts that need the Norway
 * dataset are left out; optional node attributes (country, kind) and edge
 * attributes (weight, status) switch their figures, measures and charts on.
 * Pure and deterministic: the same graph and options give the same data.
 */
import type Graph from 'graphology-types';
import { ANALYSE_NETWORK_DEFAULTS, computeMetricMappings } from '../analyse/analyse-network.ts';
import { metricsByNode } from '../analyse/rank-places.ts';
import { COMMUNITY_ALGORITHM_NAMES, communityStability, describeCommunities, type CommunityAlgorithm, type CommunityStability } from '../analyse/communities/index.ts';
import { attributeAssortativity, computeNetworkMetrics, type NodeMetricName } from '../analyse/metrics/index.ts';
import { rankPlaces, type RankedPlace } from '../analyse/rank-places.ts';
import { countryName } from '../ingest/country-names.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { foldName } from '../text/fold-name.ts';
import { vanishingWarning } from './build-report-data.ts';
import { compareRankings } from './compare-rankings.ts';
import type {
  GeneratedFrom,
  HubEntry,
  HubMetric,
  HubMetricInfo,
  HubSection,
  NetworkChartSection,
  NetworkCommunitySection,
  NetworkEndedLink,
  NetworkReportData,
  NetworkReportSource,
  RankDisagreement,
  ReportFigure,
} from './report-data.ts';
import { stabilityFigures } from './stability-figures.ts';
import { reproduceInput } from './reproduce-commands.ts';

export interface BuildNetworkReportDataOptions {
  /** Defaults to "Network report: <file name>". */
  title: string;
  /** The file the graph was read from; required, since every reproduce command names it. */
  source: NetworkReportSource | null;
  /** Community detection: 'louvain' (default) or 'leiden'. */
  algorithm: CommunityAlgorithm;
  /** First seed; stability runs seeds seed … seed + stabilitySeeds − 1. */
  seed: number;
  /** Modularity resolution γ. */
  resolution: number;
  stabilitySeeds: number;
  /** Length of each hub list. */
  top: number;
  /** Rank difference above which a node counts as ranked differently. */
  rankGap: number;
  /** Hubs listed per community (5, as `vennskap clusters` lists them). */
  hubCount: number;
  /** Above this many nodes betweenness (all-pairs shortest paths) is skipped, as `vennskap rank` does. */
  pathMetricsUpTo: number;
  generatedFrom: GeneratedFrom | null;
  /**
   * The communities over seeds, when the caller has a faster path to them
   * (an edge list's CSR snapshot, so the report shows what `vennskap clusters`
   * prints); null: communityStability on the graph.
   */
  stability: ((seeds: number[], resolution: number, algorithm: CommunityAlgorithm) => CommunityStability) | null;
}

export const DEFAULTS: BuildNetworkReportDataOptions = {
  title: '',
  source: null,
  algorithm: 'louvain',
  seed: 1,
  resolution: 1,
  stabilitySeeds: 20,
  top: 10,
  rankGap: 10,
  hubCount: 5,
  pathMetricsUpTo: ANALYSE_NETWORK_DEFAULTS.pathMetricsUpTo,
  generatedFrom: null,
  stability: null,
};

/** Degrees up to this get one histogram bar each; wider spreads are binned by powers of two. */
const SINGLE_DEGREE_BINS = 40;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface HubMetricSpec extends Omit<HubMetricInfo, 'reproduce'> {
  /** The `vennskap rank --by` name. */
  flag: string;
  needs?: 'country' | 'weighted' | 'paths';
}

const HUB_METRICS: HubMetricSpec[] = [
  { key: 'degree', flag: 'degree', label: 'Degree', description: 'number of links (degree)', digits: 0 },
  { key: 'partnerCountries', flag: 'partner-countries', label: 'Partner countries', description: "number of distinct countries among the neighbours, the node's own not counted", digits: 0, needs: 'country' },
  { key: 'strength', flag: 'strength', label: 'Strength', description: 'sum of the weights of its links', digits: 0, needs: 'weighted' },
  { key: 'betweenness', flag: 'betweenness', label: 'Betweenness', description: 'share of shortest paths through the node (normalised): bridges between otherwise separate groups', digits: 4, needs: 'paths' },
  { key: 'pagerank', flag: 'pagerank', label: 'PageRank', description: 'PageRank (damping 0.85, links weighted): neighbours that themselves have many links count more', digits: 4 },
  { key: 'eigenvector', flag: 'eigenvector', label: 'Eigenvector', description: 'eigenvector centrality (links weighted): tied to nodes that are themselves well tied; on a network of separate groups it concentrates on the group around the most connected hub', digits: 4 },
];

function checkInteger(name: string, value: number, min: number) {
  if (!Number.isInteger(value) || value < min) throw new Error(`buildNetworkReportData: ${name} must be an integer >= ${min}, got ${value}`);
}

const nameOf = (graph: Graph, node: string) => {
  const a = graph.getNodeAttributes(node);
  return String(a.name ?? a.label ?? node);
};

const hasText = (value: unknown) => typeof value === 'string' && value !== '';

function toYear(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

function hubSection(graph: Graph, o: BuildNetworkReportDataOptions, source: NetworkReportSource, attributes: NetworkReportData['attributes']) {
  const { names, values } = computeMetricMappings(graph, { pathMetricsUpTo: o.pathMetricsUpTo, pivots: null, seed: o.seed });
  const byNode = metricsByNode({ metrics: values }, graph);
  const available = (m: HubMetricSpec) =>
    m.needs === 'country' ? attributes.country : m.needs === 'weighted' ? attributes.weighted : m.needs === 'paths' ? names.includes(m.key as NodeMetricName) : true;
  const specs = HUB_METRICS.filter(available);
  const notes: string[] = [];
  if (!names.includes('betweenness')) {
    notes.push(`Betweenness is left out: it needs shortest paths between all pairs of nodes, computed only up to ${o.pathMetricsUpTo} nodes (this network has ${graph.order}), as in vennskap rank.`);
  }
  const integerWeights = graph.everyEdge((_e, a) => Number.isInteger(a.weight ?? 1));
  const full = new Map<HubMetric, RankedPlace[]>();
  for (const m of specs) full.set(m.key, rankPlaces(graph, byNode, { by: m.key as NodeMetricName | 'partnerCountries', top: 0 }));
  const rankings = Object.fromEntries(HUB_METRICS.map((m) => [m.key, [] as HubEntry[]])) as Record<HubMetric, HubEntry[]>;
  for (const m of specs) {
    rankings[m.key] = full
      .get(m.key)!
      .filter((r) => r.rank <= o.top)
      .map((r) => ({ rank: r.rank, id: r.id, name: r.name, kind: r.kind, ...(r.county ? { county: r.county } : {}), value: r.value }));
  }
  const keys = specs.map((m) => m.key);
  const comparison = compareRankings(Object.fromEntries(full) as Record<HubMetric, RankedPlace[]>, keys, o.top, o.rankGap);
  const hubs: HubSection = {
    network: 'input',
    subset: 'every node of the network',
    places: graph.order,
    top: o.top,
    rankGap: o.rankGap,
    metrics: specs.map(({ flag, needs: _needs, ...m }) => {
      const warning = vanishingWarning(full.get(m.key)!, o.top, 'node');
      return { ...m, ...(m.key === 'strength' && !integerWeights ? { digits: 3 } : {}), ...(warning ? { warning } : {}), reproduce: reproduceInput.rank(source, flag, o.top) };
    }),
    rankings,
    overlap: comparison.overlap,
    // Only the metrics listed in `metrics` are ranked; the layout reads no other.
    disagreements: comparison.disagreements as RankDisagreement[],
    source: `${source.file}; competition ranks (equal values share a rank), ties listed by name`,
  };
  return { hubs, notes, strength: values.strength ?? {}, degree: values.degree ?? {} };
}

/** What a community section needs besides the graph: the run choices and the words and commands that name it. */
export interface CommunitySectionInput {
  algorithm: CommunityAlgorithm;
  seed: number;
  resolution: number;
  stabilitySeeds: number;
  hubCount: number;
  stability: BuildNetworkReportDataOptions['stability'];
  /** Names the network in the source line, e.g. the file. */
  sourceLabel: string;
  /** The `vennskap clusters` command for a seed and a number of seeds. */
  clusters: (seed: number, seeds: number) => string;
}

/** Communities over seeds, described by their hubs (by `strength`) and their composition by country or kind. */
export function communitySection(graph: Graph, o: CommunitySectionInput, attributes: Pick<NetworkReportData['attributes'], 'country' | 'kind'>, strength: Record<string, number>) {
  const seeds = Array.from({ length: o.stabilitySeeds }, (_, i) => o.seed + i);
  const stability = o.stability ? o.stability(seeds, o.resolution, o.algorithm) : communityStability(graph, { algorithm: o.algorithm, seeds, resolution: o.resolution, partnerCount: 0 });
  const { communities } = stability.consensus;
  const summaries = describeCommunities(graph, communities, { hubMetric: strength, hubCount: o.hubCount });
  const compositionAttribute = attributes.country ? 'country' : attributes.kind ? 'kind' : null;
  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const id = communities[node]!;
    const list = members.get(id);
    if (list) list.push(node);
    else members.set(id, [node]);
  });
  const composition = summaries.map((s) => {
    if (compositionAttribute === null) return [];
    const counts = new Map<string, number>();
    for (const node of members.get(s.id) ?? []) {
      const value: unknown = graph.getNodeAttribute(node, compositionAttribute);
      const key = hasText(value) ? String(value) : '';
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts.entries()]
      .map(([value, count]) => ({ value, label: value === '' ? '(none)' : compositionAttribute === 'country' ? countryName(value) : value, count }))
      .sort((a, b) => b.count - a.count || compareText(a.value, b.value));
  });
  const section: NetworkCommunitySection = {
    ...stabilityFigures(stability, o.resolution, seeds, o.algorithm),
    communities: summaries.map((s) => ({
      id: s.id,
      size: s.size,
      linkShare: s.linkShare,
      hubs: s.hubs.map((id) => ({ id, name: nameOf(graph, id), value: strength[id] ?? 0 })),
      countries: attributes.country ? s.countries.map((c) => ({ code: c.country, name: countryName(c.country), count: c.count })) : [],
    })),
    compositionAttribute,
    composition,
    source: `${o.sourceLabel}; ${COMMUNITY_ALGORITHM_NAMES[o.algorithm]}, resolution ${o.resolution}, seeds ${seeds[0]}–${seeds[seeds.length - 1]}, partition of seed ${stability.consensus.seed} (the highest modularity); hubs by strength`,
    reproduce: o.clusters(stability.consensus.seed, 1),
    reproduceStability: o.clusters(o.seed, o.stabilitySeeds),
  };
  return { section, firstRun: stability.runs[0]! };
}

/** One bar per degree while that stays readable, else 0, 1, 2, 3–4, 5–8, … (powers of two). */
/** Nodes per country attribute and links with an end in each country (a link inside one country counts once), most links first. */
export function countNodesAndLinksByCountry(graph: Graph): NonNullable<NetworkChartSection['byCountry']> {
  const countries = new Map<string, { nodes: number; links: number }>();
  const entry = (code: string) => countries.get(code) ?? (countries.set(code, { nodes: 0, links: 0 }), countries.get(code)!);
  graph.forEachNode((_n, a) => {
    if (hasText(a.country)) entry(String(a.country)).nodes++;
  });
  graph.forEachEdge((_e, _a, _s, _t, sa, ta) => {
    const ends = new Set([sa.country, ta.country].filter(hasText).map(String));
    for (const code of ends) entry(code).links++;
  });
  return [...countries.entries()]
    .map(([code, e]) => ({ code, name: countryName(code), nodes: e.nodes, links: e.links }))
    .sort((a, b) => b.links - a.links || b.nodes - a.nodes || compareText(a.code, b.code));
}

export function degreeBins(degrees: readonly number[]): NetworkChartSection['degree'] {
  if (degrees.length === 0) return [];
  const max = Math.max(...degrees);
  const min = Math.min(...degrees);
  const ranges: [number, number][] = [];
  if (min === 0) ranges.push([0, 0]);
  if (max <= SINGLE_DEGREE_BINS) {
    for (let d = 1; d <= max; d++) ranges.push([d, d]);
  } else {
    ranges.push([1, 1], [2, 2]);
    // (2^(k-1), 2^k]: 3–4, 5–8, 9–16, … until the bin that holds the maximum.
    for (let to = 4; to / 2 < max; to *= 2) ranges.push([to / 2 + 1, to]);
  }
  return ranges.map(([from, to]) => ({
    label: from === to ? String(from) : `${from}–${to}`,
    from,
    to,
    count: degrees.filter((d) => d >= from && d <= to).length,
  }));
}

function chartSection(graph: Graph, degree: Record<string, number>, source: NetworkReportSource, hasCountry: boolean): NetworkChartSection {
  const degrees = graph.mapNodes((node) => degree[node] ?? graph.degree(node));
  const byCountry = hasCountry ? countNodesAndLinksByCountry(graph) : null;
  return {
    degree: degreeBins(degrees),
    degreeSource: `${source.file}: degree (number of links) of each node`,
    byCountry,
    byCountrySource: `${source.file}: nodes by their country attribute; links with an end in the country (a link inside one country counts once)`,
  };
}

function endedSection(graph: Graph, source: NetworkReportSource): NetworkReportData['ended'] {
  const links: NetworkEndedLink[] = [];
  graph.forEachEdge((_e, a, s, t) => {
    if (a.status !== 'ended') return;
    const since = toYear(a.since);
    const until = toYear(a.until);
    links.push({
      sourceId: s,
      sourceName: nameOf(graph, s),
      targetId: t,
      targetName: nameOf(graph, t),
      ...(since !== undefined ? { since } : {}),
      ...(until !== undefined ? { until } : {}),
    });
  });
  links.sort(
    (a, b) =>
      (b.until ?? 0) - (a.until ?? 0) ||
      compareText(foldName(a.sourceName), foldName(b.sourceName)) ||
      compareText(foldName(a.targetName), foldName(b.targetName)) ||
      compareText(a.sourceId, b.sourceId) ||
      compareText(a.targetId, b.targetId),
  );
  return { count: links.length, links, source: `${source.file}: links whose status attribute is "ended"` };
}

/** Every number of the report of one network, from the graph alone. */
export function buildNetworkReportData(graph: Graph, options?: Partial<BuildNetworkReportDataOptions>): NetworkReportData {
  const o = resolveOptions('buildNetworkReportData', DEFAULTS, options);
  const source = o.source;
  if (source === null || typeof source.file !== 'string' || source.file === '') {
    throw new Error('buildNetworkReportData: source is required (the file the graph was read from, which every reproduce command names)');
  }
  if (graph.type !== 'undirected') throw new Error(`buildNetworkReportData: expected an undirected graph (as the network readers produce), got a ${graph.type} one`);
  if (!Number.isFinite(o.seed)) throw new Error(`buildNetworkReportData: seed must be a finite number, got ${o.seed}`);
  if (!(o.resolution > 0) || !Number.isFinite(o.resolution)) throw new Error(`buildNetworkReportData: resolution must be a positive number, got ${o.resolution}`);
  checkInteger('stabilitySeeds', o.stabilitySeeds, 1);
  checkInteger('top', o.top, 1);
  checkInteger('hubCount', o.hubCount, 0);
  if (!(o.rankGap >= 0)) throw new Error(`buildNetworkReportData: rankGap must be a non-negative number, got ${o.rankGap}`);

  const attributes: NetworkReportData['attributes'] = {
    country: graph.someNode((_n, a) => hasText(a.country)),
    kind: graph.someNode((_n, a) => hasText(a.kind)),
    weighted: graph.someEdge((_e, a) => (a.weight ?? 1) !== 1),
    status: graph.someEdge((_e, a) => hasText(a.status)),
  };
  const stats = computeNetworkMetrics(graph);
  const hub = hubSection(graph, o, source, attributes);
  const { section: communities, firstRun } = communitySection(
    graph,
    { ...o, sourceLabel: source.file, clusters: (seed, seeds) => reproduceInput.clusters(source, seed, seeds, o.resolution, o.algorithm) },
    attributes,
    hub.strength,
  );

  const file = source.file;
  const stat = reproduceInput.stats(source, o.seed, o.algorithm);
  const figure = (key: string, label: string, value: number | null, unit: ReportFigure['unit'], command: string, detail?: string): ReportFigure => ({
    key,
    label,
    value,
    unit,
    ...(detail !== undefined ? { detail } : {}),
    source: file,
    reproduce: command,
  });
  const assortativityFigure = (attribute: 'country' | 'kind', above: string) => {
    const value = attributeAssortativity(graph, attribute);
    // Undefined (null) when every link end falls in one category, or there are no links.
    const detail = value === null ? `undefined: every link end has the same ${attribute}, or there are no links` : `above 0: ${above}`;
    return figure(`${attribute}Assortativity`, `Assortativity by ${attribute}`, value, 'decimal', stat, detail);
  };
  const countries = attributes.country ? new Set(graph.filterNodes((_n, a) => hasText(a.country)).map((n) => String(graph.getNodeAttribute(n, 'country')))).size : 0;
  const overview: ReportFigure[] = [
    figure('nodes', 'Nodes', stats.order, 'count', stat, attributes.country ? `in ${countries} ${countries === 1 ? 'country' : 'countries'}` : undefined),
    figure('edges', 'Links', stats.size, 'count', stat, attributes.weighted ? 'weighted' : 'unweighted (every link weighs 1)'),
    figure('density', 'Density', stats.density, 'decimal', stat),
    figure('components', 'Connected components', stats.components, 'count', stat),
    figure('largestComponent', 'Largest component', stats.largestComponentSize, 'count', stat, `nodes; ${stats.order > 0 ? ((100 * stats.largestComponentSize) / stats.order).toFixed(1) : '0.0'}% of the network`),
    figure('diameter', 'Diameter of the largest component', stats.diameter, 'count', stat, stats.diameterIsLowerBound ? 'hops at least (a two-sweep lower bound: the exact search is too slow above 20,000 nodes)' : 'hops'),
    figure('transitivity', 'Transitivity', stats.transitivity, 'decimal', stat, 'share of connected triples that close into triangles'),
    figure('averageClustering', 'Average clustering', stats.averageClustering, 'decimal', stat),
    figure('assortativity', 'Degree assortativity', stats.degreeAssortativity, 'decimal', stat, stats.degreeAssortativity !== null && stats.degreeAssortativity < 0 ? 'negative: hubs link to nodes with few links' : undefined),
    ...(attributes.country ? [assortativityFigure('country', 'links stay within a country more than chance')] : []),
    ...(attributes.kind ? [assortativityFigure('kind', 'links join nodes of the same kind more than chance')] : []),
    figure(
      'modularity',
      'Modularity of the communities',
      firstRun.modularity,
      'decimal',
      reproduceInput.clusters(source, o.seed, o.stabilitySeeds, o.resolution, o.algorithm),
      `${firstRun.count} communities; ${COMMUNITY_ALGORITHM_NAMES[o.algorithm]}, seed ${o.seed}, resolution ${o.resolution}`,
    ),
  ];
  const title = o.title !== '' ? o.title : `Network report: ${file.split(/[\\/]/).pop() || file}`;
  return {
    format: 'vennskap-network-report',
    version: 1,
    title,
    generatedFrom: o.generatedFrom,
    source: { ...source, notes: [...source.notes] },
    options: { algorithm: o.algorithm, seed: o.seed, resolution: o.resolution, stabilitySeeds: o.stabilitySeeds, top: o.top, rankGap: o.rankGap },
    attributes,
    overview,
    hubs: hub.hubs,
    hubNotes: hub.notes,
    communities,
    charts: chartSection(graph, hub.degree, source, attributes.country),
    ended: attributes.status ? endedSection(graph, source) : null,
  };
}
