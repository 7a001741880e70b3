/**
 * Rank places by any node metric, with filters and top-N. Order is fully
 * deterministic: by value (highest first), ties by name (accent-folded),
 * then id. Ranks are competition ranks ("1, 2, 2, 4"): places with equal
 * values share a rank, so a reader is never told one is ahead of the other
 * on a coin toss.
 */
import type Graph from 'graphology-types';
import { resolveOptions } from '../options/resolve-options.ts';
import { foldName } from '../text/fold-name.ts';
import { NODE_METRICS, type NodeMetricName, type NodeMetrics } from './metrics/node-metric-names.ts';
import type { NodeMapping } from './metrics/node-metric.ts';
import { nodeRecord } from '../formats/node-keyed.ts';

export interface RankPlacesOptions {
  /** A node metric, or 'partnerCountries' (distinct countries among the neighbours). */
  by: NodeMetricName | 'partnerCountries';
  /** Keep the first N (0 or Infinity: all). */
  top: number;
  /** Keep places of this country code (e.g. "NO"). */
  country: string | null;
  /** Keep places of this kind (municipality, county, city, …). */
  kind: string | null;
  /** Keep places in this county (2024 name, accent- and case-insensitive). */
  county: string | null;
  /** Keep places with at least one link of this status. */
  status: 'active' | 'ended' | null;
}

export const RANK_PLACES_DEFAULTS: RankPlacesOptions = { by: 'degree', top: 10, country: null, kind: null, county: null, status: null };

export interface RankedPlace {
  rank: number;
  id: string;
  name: string;
  country: string;
  kind: string;
  county?: string;
  /** Number of distinct neighbours. */
  partners: number;
  /** Number of distinct countries among the neighbours, other than the place's own. */
  partnerCountries: number;
  value: number;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function rankPlaces(graph: Graph, metrics: Record<string, NodeMetrics>, options?: Partial<RankPlacesOptions>): RankedPlace[] {
  const o = resolveOptions('rankPlaces', RANK_PLACES_DEFAULTS, options);
  const county = o.county === null ? null : foldName(o.county);
  const rows: Omit<RankedPlace, 'rank'>[] = [];
  graph.forEachNode((id, a) => {
    if (o.country !== null && a.country !== o.country) return;
    if (o.kind !== null && a.kind !== o.kind) return;
    if (county !== null && foldName(String(a.county ?? '')) !== county) return;
    if (o.status !== null && !graph.someEdge(id, (_e, attributes) => attributes.status === o.status)) return;
    const metric = metrics[id];
    if (!metric && o.by !== 'partnerCountries') throw new Error(`rankPlaces: no metrics for node "${id}"`);
    const countries = new Set<string>();
    graph.forEachNeighbor(id, (_n, attributes) => {
      if (attributes.country !== undefined && attributes.country !== a.country) countries.add(String(attributes.country));
    });
    rows.push({
      id,
      name: String(a.name ?? a.label ?? id),
      country: String(a.country ?? ''),
      kind: String(a.kind ?? ''),
      ...(a.county ? { county: String(a.county) } : {}),
      partners: graph.neighbors(id).length,
      partnerCountries: countries.size,
      value: o.by === 'partnerCountries' ? countries.size : metric![o.by],
    });
  });
  rows.sort((x, y) => y.value - x.value || compareText(foldName(x.name), foldName(y.name)) || compareText(x.id, y.id));
  const ranked: RankedPlace[] = [];
  rows.forEach((row, i) => {
    const previous = ranked[i - 1];
    ranked.push({ rank: previous && previous.value === row.value ? previous.rank : i + 1, ...row });
  });
  return o.top > 0 && Number.isFinite(o.top) ? ranked.slice(0, o.top) : ranked;
}

/** Node → all metrics computed (the shape rankPlaces takes); metrics not computed are NaN. */
export function metricsByNode(analysis: { metrics: Partial<Record<NodeMetricName, NodeMapping>> }, graph: Graph): Record<string, NodeMetrics> {
  const byNode: Record<string, NodeMetrics> = nodeRecord();
  graph.forEachNode((node) => {
    const row = {} as NodeMetrics;
    for (const name of NODE_METRICS) row[name] = analysis.metrics[name]?.[node] ?? Number.NaN;
    byNode[node] = row;
  });
  return byNode;
}
