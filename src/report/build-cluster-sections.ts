/**
 * The country-cluster part of the report: Louvain communities of the
 * municipality–country network and of the country network, each run under
 * several seeds. The partition described is the highest-modularity run (an
 * actual Louvain output, see communityStability); the spread over seeds says
 * how much to trust it. Pure and deterministic for given seeds.
 */
import type Graph from 'graphology-types';
import { adjustedRandIndex, normalizedMutualInformation } from '../analyse/agreement/index.ts';
import { COMMUNITY_ALGORITHM_NAMES, communityStability, describeCommunities, type CommunityAlgorithm } from '../analyse/communities/index.ts';
import { stabilityFigures } from './stability-figures.ts';
import { describeCountryClusters } from '../analyse/country-clusters.ts';
import type { TwinNetworkOptions } from '../graph/build-twin-network.ts';
import type { NetworkSet } from '../graph/build-networks.ts';
import type { ClusterSection } from './report-data.ts';
import { networkFlags, reproduce } from './reproduce-commands.ts';
import { nodeRecord } from '../formats/node-keyed.ts';

export interface ClusterSectionOptions {
  algorithm: CommunityAlgorithm;
  seed: number;
  stabilitySeeds: number;
  resolution: number;
  hubCount: number;
  twin: TwinNetworkOptions;
}

const NETWORKS = {
  'municipality-country': {
    networkLabel: 'municipality–country',
    title: 'Clusters of the municipality–country network',
    description:
      'Nodes are Norwegian municipalities and partner countries; an edge joins a municipality to a country where it has partners, weighted by the number of partnerships. A cluster groups countries with the municipalities that twin mostly there.',
  },
  country: {
    networkLabel: 'country',
    title: 'Clusters of the country network',
    description:
      'Nodes are partner countries; two countries are joined when a Norwegian municipality has partners in both, weighted by the number of such municipalities. A cluster is a group of countries that the same municipalities tend to choose together.',
  },
} as const;

function clusterSection(
  name: keyof typeof NETWORKS,
  graph: Graph,
  municipalityCountry: Graph,
  o: ClusterSectionOptions,
): { section: ClusterSection; communities: Record<string, number> } {
  const seeds = Array.from({ length: o.stabilitySeeds }, (_, i) => o.seed + i);
  const stability = communityStability(graph, { algorithm: o.algorithm, seeds, resolution: o.resolution, partnerCount: 0 });
  const { communities } = stability.consensus;
  const internal = new Map(describeCommunities(graph, communities, { hubCount: 0 }).map((c) => [c.id, c.linkShare]));
  const clusters = describeCountryClusters(municipalityCountry, communities, { hubCount: o.hubCount }).map((c) => ({
    ...c,
    internalShare: internal.get(c.id) ?? 0,
  }));
  return {
    communities,
    section: {
      network: name,
      ...NETWORKS[name],
      nodes: graph.order,
      edges: graph.size,
      ...stabilityFigures(stability, o.resolution, seeds, o.algorithm),
      clusters,
      source: `${NETWORKS[name].networkLabel} network (built from the twin network); ${COMMUNITY_ALGORITHM_NAMES[o.algorithm]}, resolution ${o.resolution}, seeds ${seeds[0]}–${seeds[seeds.length - 1]}, partition of seed ${stability.consensus.seed}; link counts from the municipality–country network`,
      reproduce: reproduce.communities(name, o.seed, o.stabilitySeeds, o.resolution, o.twin, o.algorithm),
    },
  };
}

/** The twin-network choices in words (the source line of every table). */
export function describeTwinChoice(twin: TwinNetworkOptions): string {
  const parts = [
    twin.view === 'resolved' ? 'names resolved to 2024 municipalities' : 'names as written',
    twin.includeEnded ? 'ended partnerships included' : 'active partnerships only',
    `relations: ${twin.relations.join(', ')}`,
    `sources: ${twin.sources.join(', ')}`,
  ];
  const flags = networkFlags(twin).trim();
  return `${parts.join('; ')}${flags ? ` (${flags})` : ''}`;
}

export function buildClusterSections(networks: NetworkSet, o: ClusterSectionOptions): {
  sections: ClusterSection[];
  agreement: { nmi: number; ari: number; countries: number } | null;
} {
  const municipalityCountry = networks['municipality-country'];
  const bipartite = clusterSection('municipality-country', municipalityCountry, municipalityCountry, o);
  const country = clusterSection('country', networks.country, municipalityCountry, o);
  // Compare the two partitions on the countries only: the country network has no municipalities.
  const a: Record<string, number> = nodeRecord();
  const b: Record<string, number> = nodeRecord();
  for (const [node, id] of Object.entries(country.communities)) {
    const other = bipartite.communities[node];
    if (other === undefined) continue;
    a[node] = other;
    b[node] = id;
  }
  const countries = Object.keys(a).length;
  return {
    sections: [bipartite.section, country.section],
    agreement: countries < 2 ? null : { nmi: normalizedMutualInformation(a, b), ari: adjustedRandIndex(a, b), countries },
  };
}
