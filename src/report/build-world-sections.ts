/**
 * The parts of the report that only the world dataset has (`vennskap report
 * --dataset world`): where the Norwegian places stand among the world's
 * places, the communities of the whole twin network, degree and links by
 * country over every place, the places the gazetteer could not place, and
 * the first diagnostics in file order. Plain data only;
 * layout-world-sections.ts lays them out. Pure and deterministic.
 */
import type Graph from 'graphology';
import type { CommunityAlgorithm } from '../analyse/communities/index.ts';
import type { RankedPlace } from '../analyse/rank-places.ts';
import type { Dataset } from '../dataset/build-dataset.ts';
import { compareSourceRefs } from '../dataset/build-dataset.ts';
import { countryName } from '../ingest/country-names.ts';
import { communitySection, countNodesAndLinksByCountry, degreeBins } from './build-network-report-data.ts';
import type { HubMetric, NetworkChartSection, NetworkCommunitySection } from './report-data.ts';
import { reproduce, type NetworkChoice } from './reproduce-commands.ts';

/** World ranks shown for each Norwegian place (the measures a reader compares first). */
export const WORLD_RANK_METRICS = ['degree', 'partnerCountries', 'betweenness', 'pagerank'] as const satisfies readonly HubMetric[];
type WorldRankMetric = (typeof WORLD_RANK_METRICS)[number];

export interface NorwayInWorldRow {
  /** Rank among the Norwegian places by partners. */
  rankInNorway: number;
  id: string;
  name: string;
  county?: string;
  partners: number;
  partnerCountries: number;
  /** Competition rank among every place of the world network, per measure. */
  worldRank: Record<WorldRankMetric, number>;
}

export interface NorwayInWorld {
  /** Places ranked worldwide. */
  places: number;
  /** Norwegian places among them. */
  norwegian: number;
  top: number;
  rows: NorwayInWorldRow[];
  source: string;
  /** Ranks among the Norwegian places. */
  reproduceNorway: string;
  /** World ranks (the whole list: look the place up). */
  reproduceWorld: string;
}

export interface WorldSections {
  norwayInWorld: NorwayInWorld;
  communities: NetworkCommunitySection;
  /** Places per degree over the whole network (binned). */
  degree: NetworkChartSection['degree'];
  degreeSource: string;
  /** Places and links per country, most links first. */
  byCountry: NonNullable<NetworkChartSection['byCountry']>;
  byCountrySource: string;
  /** Places of the dataset without coordinates (the gazetteer could not place them), by country. */
  unplaced: { count: number; places: number; byCountry: { code: string; name: string; count: number }[]; file: string; reproduce: string };
  /** The first diagnostics in file:line order; `diagnosticsTotal` says how many there are. */
  firstDiagnostics: { ref: string; kind: string; message: string }[];
  diagnosticsTotal: number;
  /** Where the caller wrote every diagnostic (a file beside the report), or null. */
  diagnosticsFile: string | null;
}

export interface WorldSectionOptions {
  algorithm: CommunityAlgorithm;
  seed: number;
  resolution: number;
  stabilitySeeds: number;
  hubCount: number;
  top: number;
  /** Diagnostics listed one by one. */
  diagnostics: number;
  diagnosticsFile: string | null;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function norwayInWorld(full: ReadonlyMap<HubMetric, readonly RankedPlace[]>, top: number, choice: NetworkChoice): NorwayInWorld {
  const ranks = new Map<WorldRankMetric, Map<string, number>>(WORLD_RANK_METRICS.map((m) => [m, new Map((full.get(m) ?? []).map((r) => [r.id, r.rank]))]));
  const byDegree = full.get('degree') ?? [];
  const norwegian = byDegree.filter((r) => r.country === 'NO');
  // Competition ranks among the Norwegian places, as `rank --country NO` gives them.
  const rows: NorwayInWorldRow[] = [];
  let rankInNorway = 0;
  for (const [i, r] of norwegian.entries()) {
    if (i === 0 || norwegian[i - 1]!.value !== r.value) rankInNorway = i + 1;
    if (rankInNorway > top) break;
    rows.push({
      rankInNorway,
      id: r.id,
      name: r.name,
      ...(r.county ? { county: r.county } : {}),
      partners: r.partners,
      partnerCountries: r.partnerCountries,
      worldRank: Object.fromEntries(WORLD_RANK_METRICS.map((m) => [m, ranks.get(m)!.get(r.id) ?? 0])) as Record<WorldRankMetric, number>,
    });
  }
  return {
    places: byDegree.length,
    norwegian: norwegian.length,
    top,
    rows,
    source: 'twin network of the world dataset; competition ranks over every place (equal values share a rank)',
    reproduceNorway: reproduce.rank('degree', top, choice),
    reproduceWorld: reproduce.rank('degree', 0, choice, null),
  };
}

function unplaced(dataset: Dataset): WorldSections['unplaced'] {
  const counts = new Map<string, number>();
  let count = 0;
  for (const p of dataset.places) {
    if (p.lat !== undefined && p.lon !== undefined) continue;
    count++;
    counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  }
  return {
    count,
    places: dataset.places.length,
    byCountry: [...counts.entries()].map(([code, n]) => ({ code, name: countryName(code) || code, count: n })).sort((a, b) => b.count - a.count || compareText(a.code, b.code)),
    file: 'data/world-geo-diagnostics.csv',
    reproduce: reproduce.data(),
  };
}

/** The world-only parts, from the dataset, its twin network and the hub rankings over every place (`full`, top 0). */
export function buildWorldSections(dataset: Dataset, twin: Graph, full: ReadonlyMap<HubMetric, readonly RankedPlace[]>, o: WorldSectionOptions, choice: NetworkChoice): WorldSections {
  const degree: Record<string, number> = {};
  twin.forEachNode((node) => (degree[node] = twin.degree(node)));
  const { section: communities } = communitySection(
    twin,
    {
      ...o,
      stability: null,
      sourceLabel: 'twin network of the world dataset',
      clusters: (seed, seeds) => reproduce.communities('twin', seed, seeds, o.resolution, choice, o.algorithm),
    },
    { country: true, kind: true },
    degree,
  );
  const diagnostics = [...dataset.diagnostics].sort((a, b) => compareSourceRefs(a, b) || compareText(a.kind, b.kind) || compareText(a.message, b.message));
  return {
    norwayInWorld: norwayInWorld(full, o.top, choice),
    communities,
    degree: degreeBins(twin.mapNodes((node) => degree[node]!)),
    degreeSource: 'twin network of the world dataset: number of partners of each place',
    byCountry: countNodesAndLinksByCountry(twin),
    byCountrySource: 'twin network of the world dataset: places by country; links with an end in the country (a link inside one country counts once)',
    unplaced: unplaced(dataset),
    firstDiagnostics: diagnostics.slice(0, o.diagnostics).map((d) => ({ ref: `${d.file}:${d.line}`, kind: d.kind, message: d.message })),
    diagnosticsTotal: diagnostics.length,
    diagnosticsFile: o.diagnosticsFile,
  };
}
