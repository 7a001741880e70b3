/**
 * ReportData: every number the cluster report shows, as plain serialisable
 * data. buildReportData computes it; the Markdown and HTML renderers only
 * lay it out, so both formats always say the same thing, and tests can
 * check the numbers without parsing either format.
 *
 * Every table-like part names where it comes from (`source`) and how to
 * reproduce it on the command line (`reproduce`).
 */
import type { CommunityAlgorithm } from '../analyse/communities/index.ts';
import type { CountryCluster } from '../analyse/country-clusters.ts';
import type { Spread } from '../analyse/communities/index.ts';
import type { TwinNetworkOptions } from '../graph/build-twin-network.ts';
import type { CrosscheckSection, RingsSection } from './build-partner-sections.ts';
import type { WorldSections } from './build-world-sections.ts';
import type { DatasetName } from '../dataset/scope-dataset.ts';

export type { CrosscheckSection, RingsSection, RingsSectionGroup } from './build-partner-sections.ts';

/** What a number is, so the renderers can format it. */
export type FigureUnit = 'count' | 'share' | 'decimal';

export interface ReportFigure {
  key: string;
  label: string;
  /** null when undefined (e.g. assortativity of a graph without edges). */
  value: number | null;
  unit: FigureUnit;
  /** A qualifier shown after the value, e.g. "(446 active, 3 ended)". */
  detail?: string;
  source: string;
  reproduce: string;
}

/** Optional provenance passed in by the caller (the CLI knows files and hashes; the pure builder does not). */
export interface GeneratedFrom {
  /** e.g. "vennskap 0.1.0". */
  tool?: string;
  /** e.g. a date the caller chooses to stamp; omitted by default so reports are byte-identical. */
  note?: string;
  files?: { file: string; sha256?: string }[];
}

export type HubMetric = 'degree' | 'partnerCountries' | 'strength' | 'betweenness' | 'pagerank' | 'eigenvector';

export interface HubMetricInfo {
  key: HubMetric;
  label: string;
  description: string;
  /** Decimals used to show its values. */
  digits: number;
  /** Set when the values cannot carry a ranking far, e.g. almost all of them vanish. */
  warning?: string;
  reproduce: string;
}

export interface HubEntry {
  rank: number;
  id: string;
  name: string;
  kind: string;
  county?: string;
  value: number;
}

export interface RankDisagreement {
  id: string;
  name: string;
  /** Competition rank of the place by every metric of HubSection.metrics (only those are set). */
  ranks: Record<HubMetric, number>;
  /** Metrics in whose top-N the place is. */
  inTop: HubMetric[];
  /** Largest difference between two of its ranks. */
  gap: number;
}

export interface HubSection {
  network: string;
  subset: string;
  /** Number of places ranked. */
  places: number;
  top: number;
  rankGap: number;
  metrics: HubMetricInfo[];
  /** The top-N of each metric: every place with a competition rank of N or better (ties at the cut included); empty for a metric not in `metrics`. */
  rankings: Record<HubMetric, HubEntry[]>;
  /** For every pair of metrics, how many places their top-N lists share. */
  overlap: { a: HubMetric; b: HubMetric; shared: number }[];
  /** Places in some top-N but not in all, or whose ranks differ by more than rankGap; largest gap first. */
  disagreements: RankDisagreement[];
  source: string;
}

export interface ReportCluster extends CountryCluster {
  /** Share of this network's edge weight that lies inside the cluster. */
  internalShare: number;
}

/** How stable a Louvain or Leiden partition is over seeds: the figures both reports show for a community section. */
export interface StabilityFigures {
  /** The community detection that ran. */
  algorithm: CommunityAlgorithm;
  resolution: number;
  seeds: number[];
  /** The seed of the highest-modularity run, whose partition is described. */
  consensusSeed: number;
  modularity: number;
  modularitySpread: Spread;
  countSpread: Spread;
  /** Mean agreement of every run with the described partition. */
  meanAgreement: { nmi: number; ari: number };
  meanCoAssignment: number | null;
}

export interface ClusterSection extends StabilityFigures {
  network: 'municipality-country' | 'country';
  /** The network's name in prose ("municipality–country"). */
  networkLabel: string;
  title: string;
  /** What a node and an edge weight are in this network. */
  description: string;
  nodes: number;
  edges: number;
  clusters: ReportCluster[];
  source: string;
  reproduce: string;
}

export interface EndedPartnership {
  norwegianId: string;
  norwegianName: string;
  partnerId: string;
  partnerName: string;
  partnerCountry: string;
  partnerCountryName: string;
  relations: string[];
  since?: number;
  until?: number;
  /** file:line of every statement. */
  sources: string[];
}

export interface DiagnosticKindSummary {
  kind: string;
  count: number;
  examples: { ref: string; message: string }[];
}

export interface ResolutionRow {
  asWritten: string;
  method: string;
  id: string;
  name: string;
  confidence: string;
  reason: string;
  candidates: string[];
}

export interface QualitySection {
  diagnostics: number;
  byKind: DiagnosticKindSummary[];
  resolutionsByMethod: { method: string; count: number; high: number; medium: number; low: number }[];
  resolutions: ResolutionRow[];
  source: string;
  reproduce: string;
}

export interface ChartSection {
  /** Places with 1, 2, … partners (every degree from 1 to the maximum, zeros included). */
  degree: { degree: number; count: number }[];
  degreeSource: string;
  /** Links and Norwegian places per partner country, most links first. */
  partnersByCountry: { code: string; name: string; links: number; places: number }[];
  partnersByCountrySource: string;
}

/** The parts of src/geo's results the report shows (a structural subset, so their results can be passed as they are). */
export interface DistanceSummaryInput {
  count: number;
  min: number;
  q1?: number;
  median: number;
  q3?: number;
  mean: number;
  max: number;
}

export interface NullTestInput {
  observed: number;
  null: { mean: number; sd?: number; q025: number; q975: number };
  z: number | null;
  p: number;
}

export interface ReportGeographyInput {
  distances: {
    overall: DistanceSummaryInput | null;
    histogram: { binWidthKm: number; bins: readonly { fromKm: number; toKm: number; count: number }[] };
    byRegion?: readonly { region: string; summary: DistanceSummaryInput }[];
    skipped?: readonly unknown[];
  };
  nullModel?: {
    pairs: number;
    options: { seed: number; draws: number };
    meanKm: NullTestInput;
    medianKm: NullTestInput;
    verdict: string;
    explanation: string;
  } | null;
  /** How to reproduce, e.g. "vennskap geo --seed 20240101". */
  reproduce?: string;
}

export interface GeographySection {
  overall: DistanceSummaryInput | null;
  binWidthKm: number;
  bins: { fromKm: number; toKm: number; count: number }[];
  byRegion: { region: string; summary: DistanceSummaryInput }[];
  skipped: number;
  nullModel: {
    pairs: number;
    seed: number;
    draws: number;
    meanKm: NullTestInput;
    medianKm: NullTestInput;
    verdict: string;
    explanation: string;
  } | null;
  reproduce: string;
}

export interface ReportData {
  format: 'vennskap-report';
  version: 1;
  title: string;
  generatedFrom: GeneratedFrom | null;
  /** Source documents and their number of lines. */
  documents: { file: string; lines: number; mentions: number; diagnostics: number }[];
  options: {
    algorithm: CommunityAlgorithm;
    seed: number;
    resolution: number;
    stabilitySeeds: number;
    top: number;
    rankGap: number;
    twin: TwinNetworkOptions;
    /** The dataset the report describes. */
    dataset: DatasetName;
  };
  /** How the twin network was built, in words. */
  networkChoice: string;
  overview: ReportFigure[];
  hubs: HubSection;
  clusters: ClusterSection[];
  /** NMI between the two country partitions (on the countries both contain); null when fewer than two countries. */
  clusterAgreement: { nmi: number; ari: number; countries: number } | null;
  ended: { count: number; links: EndedPartnership[]; source: string; reproduce: string };
  /** Groups of places all twinned with one another, around the Norwegian places of the twin network. */
  rings: RingsSection;
  /** Which sources state each link with a Norwegian end. */
  crosscheck: CrosscheckSection;
  quality: QualitySection;
  charts: ChartSection;
  geography: GeographySection | null;
  /** The world dataset's own parts (Norway in the world, communities, charts over every place); null for Norway. */
  world: WorldSections | null;
}

/**
 * The generic report of a user's network file (`vennskap report --input`):
 * the same overview figures and hub section as ReportData, with the parts
 * that need the Norway dataset (source documents, name resolutions, country
 * clusters of the municipality–country network, geography) left out, and a
 * community section for any graph instead. `format` tells the two apart.
 */
export interface NetworkReportSource {
  /** The network file as the user named it. */
  file: string;
  /** The format it was read as: csv, tsv, gexf, graphml or json (with ", streamed" for a streamed edge list). */
  format: string;
  /** The node table given with an edge list. */
  nodesFile?: string;
  /** The format given explicitly (--format), repeated in every reproduce command. */
  formatFlag?: string;
  /** What the reader changed or added while reading (merged parallel edges, added nodes, …). */
  notes: string[];
}

export interface NetworkCommunity {
  id: number;
  size: number;
  /** Share of the network's edge weight with both ends in the community. */
  linkShare: number;
  /** Most central members by the hub metric (strength, as `vennskap clusters` picks them). */
  hubs: { id: string; name: string; value: number }[];
  /** Countries of the members, most frequent first; empty without a country attribute. */
  countries: { code: string; name: string; count: number }[];
}

export interface NetworkCommunitySection extends StabilityFigures {
  /** Every community of the described partition, largest first (id 0 is the largest). */
  communities: NetworkCommunity[];
  /** The node attribute the composition chart splits communities by, or null (sizes only). */
  compositionAttribute: 'country' | 'kind' | null;
  /** Per community (same order as communities), members per value of compositionAttribute, most first. */
  composition: { value: string; label: string; count: number }[][];
  source: string;
  /** Prints the described partition (seed consensusSeed). */
  reproduce: string;
  /** Prints the spread over all seeds. */
  reproduceStability: string;
}

export interface NetworkChartSection {
  /** Nodes per degree; one bin per degree, or ranges ("5–8") when the degrees spread widely. */
  degree: { label: string; from: number; to: number; count: number }[];
  degreeSource: string;
  /** Nodes and links per country, most links first; null without a country attribute. */
  byCountry: { code: string; name: string; nodes: number; links: number }[] | null;
  byCountrySource: string;
}

export interface NetworkEndedLink {
  sourceId: string;
  sourceName: string;
  targetId: string;
  targetName: string;
  since?: number;
  until?: number;
}

export interface NetworkReportData {
  format: 'vennskap-network-report';
  version: 1;
  title: string;
  generatedFrom: GeneratedFrom | null;
  source: NetworkReportSource;
  options: { algorithm: CommunityAlgorithm; seed: number; resolution: number; stabilitySeeds: number; top: number; rankGap: number };
  /** Which optional attributes the network carries (they switch figures, metrics and charts on). */
  attributes: { country: boolean; kind: boolean; weighted: boolean; status: boolean };
  overview: ReportFigure[];
  hubs: HubSection;
  /** Why a usual measure is missing from the hubs (e.g. betweenness on a very large network). */
  hubNotes: string[];
  communities: NetworkCommunitySection;
  charts: NetworkChartSection;
  /** Links whose `status` attribute is "ended"; null when no edge carries a status. */
  ended: { count: number; links: NetworkEndedLink[]; source: string } | null;
}
