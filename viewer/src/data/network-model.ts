/**
 * A loaded network plus the indexes the panels need: search entries, the
 * values each filter can take (with counts), and metric ranks. Built once per
 * network; nothing here changes with the view state.
 */
import type Graph from 'graphology';
import type { NetworkMeta } from '../workers/protocol.ts';
import { buildSearchIndex, type SearchEntry } from './search-index.ts';
import { sourceFile } from '../view/visibility.ts';
import { findContextEdges } from '../view/context-links.ts';

export interface Facet {
  value: string;
  count: number;
}

export interface NetworkModel {
  meta: NetworkMeta;
  graph: Graph;
  /** Built on first use: folding every label costs time the first paint should not pay. */
  searchEntries(): SearchEntry[];
  /** The values each filter can take, with counts; built on first use. */
  facets(): NetworkFacets;
  /** Links between partners of Norwegian places, marked in the view (see context-links.ts); null: none to mark. */
  contextEdges(): Set<string> | null;
  /** Places without numeric lat/lon, hidden on the map; empty when no place has coordinates (no map then). */
  unplacedNodes(): ReadonlySet<string>;
  /** Above LARGE_GRAPH_NODES the viewer switches to its large-graph settings. */
  large: boolean;
  /** 1-based competition rank of a node for a metric (1 = highest), or null if it has no value. */
  rankOf(metric: string, node: string): number | null;
}

export interface NetworkFacets {
  countries: Facet[];
  kinds: Facet[];
  statuses: Facet[];
  sources: Facet[];
  maxDegree: number;
}

export const LARGE_GRAPH_NODES = 5000;

function facets(counts: Map<string, number>): Facet[] {
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}

function bump(counts: Map<string, number>, value: unknown): void {
  if (typeof value !== 'string' || value === '') return;
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

function computeFacets(graph: Graph): NetworkFacets {
  const countries = new Map<string, number>();
  const kinds = new Map<string, number>();
  const statuses = new Map<string, number>();
  const sources = new Map<string, number>();
  let maxDegree = 0;
  graph.forEachNode((node, attributes) => {
    bump(countries, attributes.country);
    bump(kinds, attributes.kind);
    maxDegree = Math.max(maxDegree, graph.degree(node));
  });
  graph.forEachEdge((_edge, attributes) => {
    bump(statuses, attributes.status);
    const refs: unknown = attributes.sources;
    if (Array.isArray(refs)) {
      // Count each document once per link, however many of its lines the link cites.
      for (const file of new Set(refs.filter((r): r is string => typeof r === 'string').map(sourceFile))) bump(sources, file);
    }
  });

  return {
    countries: facets(countries),
    kinds: facets(kinds),
    statuses: facets(statuses),
    sources: facets(sources),
    maxDegree,
  };
}

const isCoordinate = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

function findUnplaced(graph: Graph): Set<string> {
  const unplaced = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (!isCoordinate(attributes.lat) || !isCoordinate(attributes.lon)) unplaced.add(node);
  });
  return unplaced.size === graph.order ? new Set() : unplaced;
}

export function createNetworkModel(meta: NetworkMeta, graph: Graph): NetworkModel {
  let search: SearchEntry[] | null = null;
  let networkFacets: NetworkFacets | null = null;
  let context: Set<string> | null | undefined;
  let unplaced: Set<string> | null = null;
  const rankCache = new Map<string, Map<string, number>>();
  const rankOf = (metric: string, node: string): number | null => {
    let ranks = rankCache.get(metric);
    if (!ranks) {
      ranks = new Map();
      const values: [string, number][] = [];
      graph.forEachNode((key, attributes) => {
        const value = Number(attributes[metric]);
        if (Number.isFinite(value)) values.push([key, value]);
      });
      values.sort((a, b) => b[1] - a[1]);
      let rank = 0;
      values.forEach(([key, value], i) => {
        if (i === 0 || value !== values[i - 1]![1]) rank = i + 1;
        ranks!.set(key, rank);
      });
      rankCache.set(metric, ranks);
    }
    return ranks.get(node) ?? null;
  };

  return {
    meta,
    graph,
    searchEntries: () => (search ??= buildSearchIndex(graph)),
    facets: () => (networkFacets ??= computeFacets(graph)),
    unplacedNodes: () => (unplaced ??= findUnplaced(graph)),
    contextEdges: () => (context === undefined ? (context = findContextEdges(graph)) : context),
    large: graph.order > LARGE_GRAPH_NODES,
    rankOf,
  };
}
