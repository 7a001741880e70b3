/**
 * How far apart partners are: each Norwegian–foreign link's great-circle
 * distance, summaries overall, by partner country and by region, the nearest
 * and farthest partnerships, and histogram bins for a chart. Browser-safe.
 *
 * A link counts when one end is in `homeCountry` (Norway) and the other is
 * not, both ends have coordinates, and (when the link says) one of its
 * relations is in `relations`. By default memberships are left out: the
 * Oslo Region members' "partner" is their own office in Brussels, not a
 * chosen twin. Every link left out is listed in `skipped` with the reason.
 */
import type { AbstractGraph } from 'graphology-types';
import { distanceKm, type LatLon } from './great-circle-distance.ts';
import { REGION_NAMES, regionOfCountry, type Region } from './regions.ts';

export interface DistancePlace {
  id: string;
  country: string;
  lat?: number;
  lon?: number;
}

export interface DistanceLink {
  sourceId: string;
  targetId: string;
  /** The link's relations (twin, friendship, membership); a link without them is always counted. */
  relations?: readonly string[];
}

export interface LinkDistance {
  sourceId: string;
  targetId: string;
  homeId: string;
  partnerId: string;
  partnerCountry: string;
  region: Region;
  km: number;
}

export type SkipReason = 'unknown-place' | 'no-coordinates' | 'not-home-to-abroad' | 'relation-excluded';

export interface SkippedLink {
  sourceId: string;
  targetId: string;
  reason: SkipReason;
}

export interface DistanceSummary {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  mean: number;
  max: number;
}

export interface HistogramBin {
  fromKm: number;
  toKm: number;
  count: number;
}

export interface DistanceStatistics {
  /** Counted links, nearest first. */
  links: LinkDistance[];
  skipped: SkippedLink[];
  /** Null when no link could be counted. */
  overall: DistanceSummary | null;
  /** Most links first, then by country code. */
  byCountry: { country: string; region: Region; summary: DistanceSummary }[];
  /** In REGION_NAMES order, regions without links left out. */
  byRegion: { region: Region; summary: DistanceSummary }[];
  nearest: LinkDistance[];
  farthest: LinkDistance[];
  histogram: { binWidthKm: number; bins: HistogramBin[] };
}

export interface DistanceStatisticsOptions {
  /**
   * Count links with one end in this country and the other abroad (home =
   * that end). Null counts every link between two placed places (the world
   * dataset): home is the link's source end, partner its target.
   */
  homeCountry: string | null;
  /** Relations that count; null counts every link. */
  relations: readonly string[] | null;
  binWidthKm: number;
  /** How many nearest and farthest partnerships to list. */
  extremes: number;
}

export const DEFAULTS: DistanceStatisticsOptions = {
  homeCountry: 'NO',
  relations: ['twin', 'friendship'],
  binWidthKm: 250,
  extremes: 10,
};

function resolveOptions<T extends object>(defaults: T, options: Partial<T>, caller: string): T {
  for (const key of Object.keys(options)) {
    if (!(key in defaults)) throw new Error(`${caller}: unknown option "${key}"`);
  }
  return { ...defaults, ...options };
}

/**
 * Quantile by linear interpolation between order statistics (Hyndman & Fan
 * type 7, the default of R and NumPy), so the numbers can be checked there.
 * `sorted` must be ascending and non-empty.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return below + (h - lo) * (above - below);
}

/** Count, min, quartiles (type 7), mean and max of distances. Throws on an empty list. */
export function summariseDistances(values: readonly number[]): DistanceSummary {
  if (values.length === 0) throw new Error('summariseDistances: no values');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0]!,
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
    max: sorted[sorted.length - 1]!,
  };
}

/** Equal-width bins from 0 km; the last bin holds the maximum. */
export function binDistances(values: readonly number[], binWidthKm: number): HistogramBin[] {
  if (!(binWidthKm > 0)) throw new Error(`binDistances: binWidthKm must be > 0, got ${binWidthKm}`);
  if (values.length === 0) return [];
  const max = Math.max(...values);
  const bins = Array.from({ length: Math.floor(max / binWidthKm) + 1 }, (_, k) => ({
    fromKm: k * binWidthKm,
    toKm: (k + 1) * binWidthKm,
    count: 0,
  }));
  for (const v of values) bins[Math.floor(v / binWidthKm)]!.count++;
  return bins;
}

function hasCoordinates(p: DistancePlace): p is DistancePlace & LatLon {
  return typeof p.lat === 'number' && typeof p.lon === 'number' && Number.isFinite(p.lat) && Number.isFinite(p.lon);
}

/** The distance of every countable link, and the reason for every other. */
export function measureLinkDistances(
  links: readonly DistanceLink[],
  places: readonly DistancePlace[],
  options: Partial<Pick<DistanceStatisticsOptions, 'homeCountry' | 'relations'>> = {},
): { links: LinkDistance[]; skipped: SkippedLink[] } {
  const { homeCountry, relations } = resolveOptions(
    { homeCountry: DEFAULTS.homeCountry, relations: DEFAULTS.relations },
    options,
    'measureLinkDistances',
  );
  const byId = new Map(places.map((p) => [p.id, p]));
  const allowed = relations ? new Set(relations) : null;
  const measured: LinkDistance[] = [];
  const skipped: SkippedLink[] = [];
  for (const link of links) {
    const skip = (reason: SkipReason) => skipped.push({ sourceId: link.sourceId, targetId: link.targetId, reason });
    if (allowed && link.relations && !link.relations.some((r) => allowed.has(r))) {
      skip('relation-excluded');
      continue;
    }
    const a = byId.get(link.sourceId);
    const b = byId.get(link.targetId);
    if (!a || !b) {
      skip('unknown-place');
      continue;
    }
    const aHome = homeCountry === null || a.country === homeCountry;
    const bHome = homeCountry !== null && b.country === homeCountry;
    if (aHome === bHome) {
      skip('not-home-to-abroad');
      continue;
    }
    if (!hasCoordinates(a) || !hasCoordinates(b)) {
      skip('no-coordinates');
      continue;
    }
    const [home, partner] = aHome ? [a, b] : [b, a];
    measured.push({
      sourceId: link.sourceId,
      targetId: link.targetId,
      homeId: home.id,
      partnerId: partner.id,
      partnerCountry: partner.country,
      region: regionOfCountry(partner.country),
      km: distanceKm(home, partner),
    });
  }
  measured.sort((x, y) => x.km - y.km || x.homeId.localeCompare(y.homeId) || x.partnerId.localeCompare(y.partnerId));
  return { links: measured, skipped };
}

function groupSummaries<K>(links: readonly LinkDistance[], keyOf: (l: LinkDistance) => K): Map<K, DistanceSummary> {
  const groups = new Map<K, number[]>();
  for (const l of links) {
    const key = keyOf(l);
    const list = groups.get(key);
    if (list) list.push(l.km);
    else groups.set(key, [l.km]);
  }
  return new Map([...groups].map(([k, v]) => [k, summariseDistances(v)]));
}

/** Distance statistics for the links between Norway and abroad. */
export function computeDistanceStatistics(
  links: readonly DistanceLink[],
  places: readonly DistancePlace[],
  options: Partial<DistanceStatisticsOptions> = {},
): DistanceStatistics {
  const resolved = resolveOptions(DEFAULTS, options, 'computeDistanceStatistics');
  if (!(resolved.extremes >= 0)) throw new Error(`computeDistanceStatistics: extremes must be >= 0, got ${resolved.extremes}`);
  const measured = measureLinkDistances(links, places, { homeCountry: resolved.homeCountry, relations: resolved.relations });
  const kms = measured.links.map((l) => l.km);
  const byCountry = [...groupSummaries(measured.links, (l) => l.partnerCountry)]
    .map(([country, summary]) => ({ country, region: regionOfCountry(country), summary }))
    .sort((a, b) => b.summary.count - a.summary.count || a.country.localeCompare(b.country));
  const regions = groupSummaries(measured.links, (l) => l.region);
  return {
    links: measured.links,
    skipped: measured.skipped,
    overall: kms.length > 0 ? summariseDistances(kms) : null,
    byCountry,
    byRegion: REGION_NAMES.filter((r) => regions.has(r)).map((region) => ({ region, summary: regions.get(region)! })),
    nearest: measured.links.slice(0, resolved.extremes),
    farthest: [...measured.links].reverse().slice(0, resolved.extremes),
    histogram: { binWidthKm: resolved.binWidthKm, bins: binDistances(kms, resolved.binWidthKm) },
  };
}

export interface AssignDistanceOptions {
  latAttribute: string;
  lonAttribute: string;
  /** Edge attribute written with the distance in km. */
  distanceAttribute: string;
}

const ASSIGN_DEFAULTS: AssignDistanceOptions = { latAttribute: 'lat', lonAttribute: 'lon', distanceAttribute: 'distanceKm' };

/**
 * Write each edge's great-circle distance (km) as an edge attribute, for
 * edges whose two ends carry numeric lat/lon attributes. Returns how many
 * edges got one.
 */
computeDistanceStatistics.assign = function assignDistances(graph: AbstractGraph, options: Partial<AssignDistanceOptions> = {}): number {
  const { latAttribute, lonAttribute, distanceAttribute } = resolveOptions(ASSIGN_DEFAULTS, options, 'computeDistanceStatistics.assign');
  const pointOf = (node: string): LatLon | undefined => {
    const lat: unknown = graph.getNodeAttribute(node, latAttribute);
    const lon: unknown = graph.getNodeAttribute(node, lonAttribute);
    return typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : undefined;
  };
  let written = 0;
  graph.forEachEdge((edge, _attributes, source, target) => {
    const a = pointOf(source);
    const b = pointOf(target);
    if (!a || !b) return;
    graph.setEdgeAttribute(edge, distanceAttribute, distanceKm(a, b));
    written++;
  });
  return written;
};
