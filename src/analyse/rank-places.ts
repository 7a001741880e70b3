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

/**
 * The part of a network that ranking reads: each place's id and attributes
 * (name, label, country, kind, county), and each edge's ends (place
 * positions) and status. `vennskap rank` reads this from its cache for the
 * built-in twin network without building a graphology graph (measured: the
 * graph of the world list cost more than the whole 0.5 s target), and its
 * strings only as they are asked for (see src/cli/columnar-entry.ts).
 */
export interface PlaceTable {
  /** Number of places. */
  readonly size: number;
  id(place: number): string;
  /** The place's node attribute `name`, undefined when it has none. */
  attribute(place: number, name: string): unknown;
  readonly source: ArrayLike<number>;
  readonly target: ArrayLike<number>;
  /** The edge's status attribute. */
  status(edge: number): unknown;
}

/** The place table of a simple undirected graph (graph order; edges in graph order). */
export function placeTableOfGraph(graph: Graph): PlaceTable {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const attributes = ids.map((id) => graph.getNodeAttributes(id));
  const source: number[] = [];
  const target: number[] = [];
  const status: unknown[] = [];
  graph.forEachEdge((_edge, a, s, t) => {
    source.push(index.get(s)!);
    target.push(index.get(t)!);
    status.push(a.status);
  });
  return {
    size: ids.length,
    id: (place) => ids[place]!,
    attribute: (place, name) => attributes[place]![name],
    source,
    target,
    status: (edge) => status[edge],
  };
}

/** The parts of an edge list (src/graph/edge-list-network.ts) a place table reads. */
export interface EdgeListPlaces {
  keys: readonly string[];
  nodeAttributes: readonly Readonly<Record<string, unknown>>[] | null;
  sources: ArrayLike<number>;
  targets: ArrayLike<number>;
  edgeAttributes: readonly Readonly<Record<string, unknown>>[] | null;
}

const NO_ATTRIBUTES: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The place table of an edge list, without a graphology graph: the same
 * rows as placeTableOfGraph(graphOfEdgeList(network)). A node without a
 * node-table row shares one empty attribute object (its name falls back to
 * the id, which is its label there), so a million nodes cost no objects.
 */
export function placeTableOfEdgeList(network: EdgeListPlaces): PlaceTable {
  const n = network.keys.length;
  const attributes = new Array<Readonly<Record<string, unknown>>>(n);
  for (let i = 0; i < n; i++) attributes[i] = network.nodeAttributes?.[i] ?? NO_ATTRIBUTES;
  // No edge columns, no status: every edge's status reads as undefined, as a graph edge without one.
  const edgeAttributes = network.edgeAttributes;
  return {
    size: n,
    id: (place) => network.keys[place]!,
    attribute: (place, name) => attributes[place]![name],
    source: network.sources,
    target: network.targets,
    status: (edge) => edgeAttributes?.[edge]?.status,
  };
}

export function rankPlaces(graph: Graph, metrics: Record<string, NodeMetrics>, options?: Partial<RankPlacesOptions>): RankedPlace[] {
  const by = options?.by ?? RANK_PLACES_DEFAULTS.by;
  const table = placeTableOfGraph(graph);
  return rankPlaceTable(table, (place) => metrics[table.id(place)]?.[by as NodeMetricName], options).map(({ place: _place, ...row }) => row);
}

/** A ranked place and its position in the table it was ranked from. */
export interface TableRankedPlace extends RankedPlace {
  place: number;
}

/**
 * Rank the places of a table by `valueOf(place)` (ignored for 'partnerCountries').
 * A place's partners are its distinct neighbours (as graphology's
 * `neighbors`: parallel edges count once, a self-loop makes the place its own).
 */
export function rankPlaceTable(table: PlaceTable, valueOf: (place: number) => number | undefined, options?: Partial<RankPlacesOptions>): TableRankedPlace[] {
  const o = resolveOptions('rankPlaces', RANK_PLACES_DEFAULTS, options);
  const county = o.county === null ? null : foldName(o.county);
  const n = table.size;
  const m = table.source.length;
  // Incident edges of each node as one flat array (compressed sparse rows): 16,000 places rank in a few ms.
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[table.source[e]! + 1]!++;
    offsets[table.target[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const neighbour = new Int32Array(2 * m);
  const incident = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const s = table.source[e]!;
    const t = table.target[e]!;
    neighbour[fill[s]!] = t;
    incident[fill[s]!++] = e;
    neighbour[fill[t]!] = s;
    incident[fill[t]!++] = e;
  }
  const seen = new Int32Array(n);
  let stamp = 0;
  /** Distinct neighbours of node i, and the distinct countries among them other than its own. */
  const partnersOf = (i: number) => {
    let partners = 0;
    const mark = ++stamp;
    const countries = new Set<string>();
    const own = table.attribute(i, 'country');
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const j = neighbour[k]!;
      if (seen[j] === mark) continue;
      seen[j] = mark;
      partners++;
      const country = table.attribute(j, 'country');
      if (country !== undefined && country !== own) countries.add(String(country));
    }
    return { partners, partnerCountries: countries.size };
  };
  // First the value of every place the filters keep; the rows themselves only for the places that can be shown.
  const kept: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    if (o.country !== null && table.attribute(i, 'country') !== o.country) continue;
    if (county !== null && foldName(String(table.attribute(i, 'county') ?? '')) !== county) continue;
    if (o.kind !== null && table.attribute(i, 'kind') !== o.kind) continue;
    if (o.status !== null) {
      let has = false;
      for (let k = offsets[i]!; k < offsets[i + 1]! && !has; k++) has = table.status(incident[k]!) === o.status;
      if (!has) continue;
    }
    const value = o.by === 'partnerCountries' ? partnersOf(i).partnerCountries : valueOf(i);
    if (value === undefined) throw new Error(`rankPlaces: no metrics for node "${table.id(i)}"`);
    kept.push(i);
    values.push(value);
  }
  // With --top N only places valued at least the N-th highest value can be shown (ties included), so only they
  // get a row, a folded name and a place in the sort. (A NaN value sorts inconsistently, as before: then all do.)
  let threshold = -Infinity;
  if (o.top > 0 && Number.isFinite(o.top) && kept.length > o.top && !values.some(Number.isNaN)) {
    threshold = Float64Array.from(values).sort()[values.length - o.top]!;
  }
  const shown: (Omit<TableRankedPlace, 'rank'> & { folded: string })[] = [];
  kept.forEach((i, position) => {
    const value = values[position]!;
    if (!(value >= threshold) && threshold !== -Infinity) return;
    const id = table.id(i);
    const name = String(table.attribute(i, 'name') ?? table.attribute(i, 'label') ?? id);
    const placeCounty = table.attribute(i, 'county');
    shown.push({
      id,
      name,
      country: String(table.attribute(i, 'country') ?? ''),
      kind: String(table.attribute(i, 'kind') ?? ''),
      ...(placeCounty ? { county: String(placeCounty) } : {}),
      ...partnersOf(i),
      value,
      place: i,
      folded: foldName(name),
    });
  });
  shown.sort((x, y) => y.value - x.value || compareText(x.folded, y.folded) || compareText(x.id, y.id));
  const ranked: TableRankedPlace[] = [];
  shown.forEach(({ folded: _folded, ...row }, i) => {
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
