/**
 * graphology-communities-louvain, seeded with our mulberry32: the independent
 * reference the community tests compare against. detectCommunities runs our
 * own CSR Louvain/Leiden, so comparing with it would compare us with us.
 */
import louvain from 'graphology-communities-louvain';
import type Graph from 'graphology-types';
import { createRng } from '../../src/analyse/random.ts';

export function graphologyLouvain(
  graph: Graph,
  options: { seed: number; resolution?: number; getEdgeWeight?: string | null },
): { communities: Record<string, number>; modularity: number } {
  const detailed = louvain.detailed(graph, {
    rng: createRng(options.seed),
    resolution: options.resolution ?? 1,
    getEdgeWeight: options.getEdgeWeight === undefined ? 'weight' : options.getEdgeWeight,
  });
  return { communities: detailed.communities, modularity: detailed.modularity };
}
