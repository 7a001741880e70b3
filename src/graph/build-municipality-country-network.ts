/**
 * The municipality–country network: a bipartite graph between Norwegian
 * places and partner countries. Edge weight = the number of links between
 * the place and towns in that country. Built from a twin network, so it
 * inherits its view, source and status choices.
 *
 * Country nodes: key "country:<code>", kind "country", bipartite "country".
 * Norwegian nodes keep their place attributes, bipartite "norwegian".
 */
import Graph from 'graphology';
import { countryName } from '../ingest/country-names.ts';
import { resolveOptions } from '../options/resolve-options.ts';

export interface MunicipalityCountryNetworkOptions {
  /** Norwegian place kinds to keep. Counties and institutions are left out by default: this is about municipalities. */
  kinds: readonly string[];
}
export const MUNICIPALITY_COUNTRY_DEFAULTS: MunicipalityCountryNetworkOptions = { kinds: ['municipality'] };

export const countryNodeKey = (code: string) => `country:${code}`;

export function buildMunicipalityCountryNetwork(twin: Graph, options?: Partial<MunicipalityCountryNetworkOptions>): Graph {
  const o = resolveOptions('buildMunicipalityCountryNetwork', MUNICIPALITY_COUNTRY_DEFAULTS, options);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.setAttribute('name', 'municipality-country');
  twin.forEachNode((node, attributes) => {
    if (attributes.country !== 'NO' || !o.kinds.includes(attributes.kind as string)) return;
    const counts = new Map<string, number>();
    twin.forEachNeighbor(node, (_neighbour, n) => {
      const country = n.country as string;
      if (country !== 'NO') counts.set(country, (counts.get(country) ?? 0) + 1);
    });
    if (counts.size === 0) return;
    graph.addNode(node, { ...attributes, bipartite: 'norwegian' });
    for (const [country, weight] of [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const key = countryNodeKey(country);
      if (!graph.hasNode(key)) graph.addNode(key, { label: countryName(country), name: countryName(country), country, kind: 'country', bipartite: 'country' });
      graph.addEdgeWithKey(`${node}--${key}`, node, key, { weight });
    }
  });
  return graph;
}
