/**
 * The municipality network: two Norwegian municipalities are linked when
 * they partner with towns in at least one same country.
 *
 * Weight: cosine similarity of their partner-country profiles (vectors of
 * link counts per country), by default. Cosine is chosen over the raw count
 * of shared countries because the count grows with a municipality's size:
 * with counts, the big hubs would be "similar" to everyone simply for having
 * many partners, and communities would follow size instead of orientation
 * (Nordic, Baltic, Russian, Chinese ties). `weight: 'shared'` gives the count.
 * Every edge also carries `sharedCountries` (the count) and `cosine`.
 */
import Graph from 'graphology';
import { resolveOptions } from '../options/resolve-options.ts';

export interface MunicipalityNetworkOptions {
  weight: 'cosine' | 'shared';
  /** Drop edges whose cosine similarity is below this (0 keeps every pair that shares a country). */
  minCosine: number;
}
export const MUNICIPALITY_NETWORK_DEFAULTS: MunicipalityNetworkOptions = { weight: 'cosine', minCosine: 0 };

export function buildMunicipalityNetwork(municipalityCountry: Graph, options?: Partial<MunicipalityNetworkOptions>): Graph {
  const o = resolveOptions('buildMunicipalityNetwork', MUNICIPALITY_NETWORK_DEFAULTS, options);
  if (o.weight !== 'cosine' && o.weight !== 'shared') throw new Error(`buildMunicipalityNetwork: weight must be "cosine" or "shared", got "${String(o.weight)}"`);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.setAttribute('name', 'municipality');
  graph.setAttribute('weighting', o.weight);
  const profiles: { node: string; vector: Map<string, number>; norm: number }[] = [];
  municipalityCountry.forEachNode((node, attributes) => {
    if (attributes.bipartite !== 'norwegian') return;
    const { bipartite: _, ...rest } = attributes;
    graph.addNode(node, rest);
    const vector = new Map<string, number>();
    municipalityCountry.forEachEdge(node, (_edge, edgeAttributes, source, target) => {
      vector.set(source === node ? target : source, edgeAttributes.weight as number);
    });
    profiles.push({ node, vector, norm: Math.sqrt([...vector.values()].reduce((s, w) => s + w * w, 0)) });
  });
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      const a = profiles[i]!;
      const b = profiles[j]!;
      let dot = 0;
      let shared = 0;
      for (const [country, w] of a.vector) {
        const v = b.vector.get(country);
        if (v !== undefined) {
          dot += w * v;
          shared++;
        }
      }
      if (shared === 0) continue;
      const cosine = dot / (a.norm * b.norm);
      if (cosine < o.minCosine) continue;
      graph.addEdgeWithKey(`${a.node}--${b.node}`, a.node, b.node, { weight: o.weight === 'cosine' ? cosine : shared, cosine, sharedCountries: shared });
    }
  }
  return graph;
}
