/**
 * Country clusters: a partition of the partner countries (from communities of
 * the municipality–country network or of the country network), described in
 * the terms a reader asks about — which countries, which Norwegian
 * municipalities carry the cluster, and how much of the twinning goes there.
 *
 * Works on the municipality–country network for both partitions, because
 * only it knows the links: country nodes are "country:<code>" in both
 * networks, so a country-network partition applies as is. Municipality
 * entries in the partition are optional: Louvain on the bipartite network
 * places municipalities too (then `members` counts them), the country
 * network does not (then `members` is null).
 *
 * Figures per cluster, all counts of twin links (edge weights of the
 * municipality–country network):
 * - countries: each with its links and the number of municipalities linked to it;
 * - links, linkShare: links to the cluster's countries, and their share of all links;
 * - hubs: the municipalities with most links to the cluster's countries, with the
 *   share of their own links that goes there (how focused they are on the cluster).
 *
 * Ordering is deterministic: clusters by id; countries by links, then code;
 * hubs by links, then share, then name, then key.
 */
import type Graph from 'graphology-types';
import { countryName } from '../ingest/country-names.ts';
import { resolveOptions } from '../options/resolve-options.ts';

export interface DescribeCountryClustersOptions {
  /** Hub municipalities listed per cluster. */
  hubCount: number;
  /** Node attribute that tells the two sides apart, and its value on country nodes. */
  sideAttribute: string;
  countrySide: string;
}

export const DEFAULTS: DescribeCountryClustersOptions = { hubCount: 5, sideAttribute: 'bipartite', countrySide: 'country' };

export interface ClusterCountry {
  /** Node key, "country:<code>". */
  key: string;
  code: string;
  name: string;
  links: number;
  municipalities: number;
}

export interface ClusterHub {
  key: string;
  name: string;
  /** Links from this municipality to the cluster's countries. */
  links: number;
  /** Those links as a share of all the municipality's links. */
  share: number;
  /** Whether the partition itself places the municipality in this cluster (null when it places no municipality). */
  member: boolean | null;
}

export interface CountryCluster {
  id: number;
  countries: ClusterCountry[];
  links: number;
  linkShare: number;
  /** Municipalities the partition places in the cluster; null when the partition covers countries only. */
  members: number | null;
  hubs: ClusterHub[];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function weightOf(attributes: Record<string, unknown>): number {
  // Same coercion as graphology: a missing or non-numeric weight counts as 1.
  const w = attributes.weight;
  return typeof w === 'number' && !Number.isNaN(w) ? w : 1;
}

/** Describes each cluster of country nodes in `communities`, ordered by cluster id. */
export function describeCountryClusters(
  municipalityCountry: Graph,
  communities: Readonly<Record<string, number>>,
  options?: Partial<DescribeCountryClustersOptions>,
): CountryCluster[] {
  const o = resolveOptions('describeCountryClusters', DEFAULTS, options);
  if (!Number.isInteger(o.hubCount) || o.hubCount < 0) {
    throw new Error(`describeCountryClusters: hubCount must be a non-negative integer, got ${o.hubCount}`);
  }
  const isCountry = (node: string) => municipalityCountry.getNodeAttribute(node, o.sideAttribute) === o.countrySide;

  const clusterOf = new Map<string, number>();
  const clusterIds = new Set<number>();
  let coversMunicipalities = false;
  municipalityCountry.forEachNode((node) => {
    const id = communities[node];
    if (isCountry(node)) {
      if (id === undefined) throw new Error(`describeCountryClusters: country node "${node}" has no community`);
      clusterOf.set(node, id);
      clusterIds.add(id);
    } else if (id !== undefined) {
      coversMunicipalities = true;
      clusterIds.add(id);
    }
  });

  let total = 0;
  const countryLinks = new Map<string, number>();
  // municipality → cluster → links, and municipality → all its links
  const municipalityLinks = new Map<string, Map<number, number>>();
  const municipalityTotals = new Map<string, number>();
  municipalityCountry.forEachEdge((_edge, attributes, source, target) => {
    const sourceIsCountry = isCountry(source);
    if (sourceIsCountry === isCountry(target)) {
      throw new Error(`describeCountryClusters: edge ${source}–${target} does not join a municipality and a country`);
    }
    const [municipality, country] = sourceIsCountry ? [target, source] : [source, target];
    const weight = weightOf(attributes);
    total += weight;
    countryLinks.set(country, (countryLinks.get(country) ?? 0) + weight);
    municipalityTotals.set(municipality, (municipalityTotals.get(municipality) ?? 0) + weight);
    const byCluster = municipalityLinks.get(municipality) ?? new Map<number, number>();
    const cluster = clusterOf.get(country)!;
    byCluster.set(cluster, (byCluster.get(cluster) ?? 0) + weight);
    municipalityLinks.set(municipality, byCluster);
  });

  const nameOf = (node: string) => {
    const name: unknown = municipalityCountry.getNodeAttribute(node, 'name');
    return typeof name === 'string' ? name : node;
  };

  return [...clusterIds]
    .sort((a, b) => a - b)
    .map((id) => {
      const countries: ClusterCountry[] = [];
      for (const [node, cluster] of clusterOf) {
        if (cluster !== id) continue;
        const attribute: unknown = municipalityCountry.getNodeAttribute(node, 'country');
        const code = typeof attribute === 'string' ? attribute : node.replace(/^country:/, '');
        countries.push({ key: node, code, name: countryName(code), links: countryLinks.get(node) ?? 0, municipalities: municipalityCountry.degree(node) });
      }
      countries.sort((a, b) => b.links - a.links || compareText(a.code, b.code));
      const links = countries.reduce((s, c) => s + c.links, 0);

      const hubs: ClusterHub[] = [];
      for (const [municipality, byCluster] of municipalityLinks) {
        const inCluster = byCluster.get(id);
        if (inCluster === undefined) continue;
        const own = communities[municipality];
        hubs.push({
          key: municipality,
          name: nameOf(municipality),
          links: inCluster,
          share: inCluster / municipalityTotals.get(municipality)!,
          member: coversMunicipalities ? own === id : null,
        });
      }
      hubs.sort((a, b) => b.links - a.links || b.share - a.share || compareText(a.name, b.name) || compareText(a.key, b.key));

      let members: number | null = null;
      if (coversMunicipalities) {
        members = 0;
        municipalityCountry.forEachNode((node) => {
          if (!isCountry(node) && communities[node] === id) members!++;
        });
      }
      return { id, countries, links, linkShare: total > 0 ? links / total : 0, members, hubs: hubs.slice(0, o.hubCount) };
    });
}
