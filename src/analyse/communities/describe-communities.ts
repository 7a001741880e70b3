/**
 * A readable summary of each community, in the shape the network bundle
 * stores (CommunitySummary): size, its hubs by a chosen centrality, the
 * countries it spans, and how self-contained it is (linkShare).
 *
 * linkShare = weight of the edges with both ends in the community / total
 * edge weight of the graph, so the shares of all communities add up to the
 * fraction of weight that stays inside communities (the "coverage" of the
 * partition). Unweighted when getEdgeWeight is null.
 *
 * Ordering is fully deterministic: hubs by metric (highest first), ties by
 * the node's name attribute then key; countries by count, ties by name;
 * summaries by community id.
 */
import type Graph from 'graphology-types';
import type { CommunitySummary } from '../../graph/network-bundle.ts';
import type { EdgeWeightGetter } from './detect-communities.ts';
import { resolveOptions } from '../../options/resolve-options.ts';

export interface DescribeCommunitiesOptions {
  /** Node → centrality used to pick hubs (e.g. degree or PageRank). Missing or NaN ranks last. */
  hubMetric: Record<string, number>;
  hubCount: number;
  countryAttribute: string;
  /** Attribute that breaks hub ties (falls back to the node key). */
  nameAttribute: string;
  getEdgeWeight: EdgeWeightGetter;
}

export const DEFAULTS: DescribeCommunitiesOptions = {
  hubMetric: {},
  hubCount: 5,
  countryAttribute: 'country',
  nameAttribute: 'name',
  getEdgeWeight: 'weight',
};

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Summarises each community of `communities` (node → id), ordered by id. */
export function describeCommunities(
  graph: Graph,
  communities: Record<string, number>,
  options?: Partial<DescribeCommunitiesOptions>,
): CommunitySummary[] {
  const resolved = resolveOptions('describeCommunities', DEFAULTS, options);
  if (!Number.isInteger(resolved.hubCount) || resolved.hubCount < 0) {
    throw new Error(`describeCommunities: hubCount must be a non-negative integer, got ${resolved.hubCount}`);
  }
  const { getEdgeWeight } = resolved;
  const weightOf =
    getEdgeWeight === null
      ? () => 1
      : typeof getEdgeWeight === 'function'
        ? getEdgeWeight
        : (_e: string, attributes: Record<string, unknown>) => {
            // Same coercion as graphology: a missing or non-numeric weight counts as 1.
            const value = attributes[getEdgeWeight];
            return typeof value === 'number' && !Number.isNaN(value) ? value : 1;
          };

  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const id = communities[node];
    if (id === undefined) throw new Error(`describeCommunities: node "${node}" has no community`);
    let list = members.get(id);
    if (list === undefined) members.set(id, (list = []));
    list.push(node);
  });

  const inside = new Map<number, number>();
  let total = 0;
  graph.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes, undirected) => {
    const weight = weightOf(edge, attributes, source, target, sourceAttributes, targetAttributes, undirected);
    total += weight;
    const cs = communities[source]!;
    if (cs === communities[target]) inside.set(cs, (inside.get(cs) ?? 0) + weight);
  });

  const metricOf = (node: string) => {
    const value = resolved.hubMetric[node];
    return typeof value === 'number' && !Number.isNaN(value) ? value : -Infinity;
  };
  const nameOf = (node: string) => {
    const value: unknown = graph.getNodeAttribute(node, resolved.nameAttribute);
    return typeof value === 'string' ? value : node;
  };

  return [...members.keys()]
    .sort((a, b) => a - b)
    .map((id) => {
      const nodes = members.get(id)!;
      const hubs = [...nodes]
        .sort(
          (a, b) =>
            metricOf(b) - metricOf(a) || compareText(nameOf(a), nameOf(b)) || compareText(a, b),
        )
        .slice(0, resolved.hubCount);
      const countryCounts = new Map<string, number>();
      for (const node of nodes) {
        const country: unknown = graph.getNodeAttribute(node, resolved.countryAttribute);
        if (typeof country === 'string' && country !== '') {
          countryCounts.set(country, (countryCounts.get(country) ?? 0) + 1);
        }
      }
      const countries = [...countryCounts.entries()]
        .map(([country, count]) => ({ country, count }))
        .sort((a, b) => b.count - a.count || compareText(a.country, b.country));
      return {
        id,
        size: nodes.length,
        hubs,
        countries,
        linkShare: total > 0 ? (inside.get(id) ?? 0) / total : 0,
      };
    });
}
