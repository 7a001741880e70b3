/**
 * The municipality–country network: a bipartite graph between Norwegian
 * places and partner countries. Edge weight = the number of links between
 * the place and towns in that country. Built from a twin network, so it
 * inherits its view, source and status choices.
 *
 * Country nodes: key "country:<code>", kind "country", bipartite "country",
 * lat/lon of the country's medoid partner town (for map layouts).
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

/**
 * Where to draw a country on a map: at its medoid partner town (the one with
 * the smallest summed distance to the country's other partner towns). A real
 * town inside the country, unlike a mean of coordinates, which for the United
 * States (Alaska and the Midwest) would fall in Canada.
 */
function countryAnchors(twin: Graph): Map<string, { lat: number; lon: number }> {
  const towns = new Map<string, { key: string; lat: number; lon: number }[]>();
  twin.forEachNode((key, a) => {
    if (a.country === 'NO' || typeof a.lat !== 'number' || typeof a.lon !== 'number') return;
    const list = towns.get(a.country as string) ?? [];
    list.push({ key, lat: a.lat, lon: a.lon });
    towns.set(a.country as string, list);
  });
  const anchors = new Map<string, { lat: number; lon: number }>();
  for (const [country, list] of towns) {
    let best = list[0]!;
    let bestSum = Infinity;
    for (const a of list) {
      let sum = 0;
      for (const b of list) sum += Math.hypot(a.lat - b.lat, (a.lon - b.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180)));
      if (sum < bestSum || (sum === bestSum && a.key < best.key)) [best, bestSum] = [a, sum];
    }
    anchors.set(country, { lat: best.lat, lon: best.lon });
  }
  return anchors;
}

export function buildMunicipalityCountryNetwork(twin: Graph, options?: Partial<MunicipalityCountryNetworkOptions>): Graph {
  const o = resolveOptions('buildMunicipalityCountryNetwork', MUNICIPALITY_COUNTRY_DEFAULTS, options);
  const anchors = countryAnchors(twin);
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
      if (!graph.hasNode(key)) {
        graph.addNode(key, { label: countryName(country), name: countryName(country), country, kind: 'country', bipartite: 'country', ...anchors.get(country) });
      }
      graph.addEdgeWithKey(`${node}--${key}`, node, key, { weight });
    }
  });
  return graph;
}
