/**
 * Communities by Louvain modularity optimisation (graphology-communities-louvain),
 * seeded and canonically numbered.
 *
 * - Seeded: the library's `rng` is fed `createRng(seed)`, so the same graph
 *   and seed give the same partition on every machine (Gephi Lite's lesson:
 *   Louvain without a seed changes on every click).
 * - Canonical ids: community 0 is the largest, ties broken by the smallest
 *   node key (see renumber-communities.ts).
 * - Edge cases, which the library reports inconsistently (NaN modularity):
 *   an empty graph has no communities and modularity 0; a graph with nodes
 *   but no edges puts every node in its own community with modularity 0
 *   (modularity is undefined when the total edge weight is 0; 0 is the
 *   value of "no structure found" and keeps JSON free of NaN).
 */
import louvain from 'graphology-communities-louvain';
import type Graph from 'graphology-types';
import type { Attributes, EdgeMapper } from 'graphology-types';
import { createRng } from '../random.ts';
import { renumberCommunities } from './renumber-communities.ts';
import { resolveOptions } from '../../options/resolve-options.ts';
import { nodeRecord, positionKeyed } from '../../formats/node-keyed.ts';

/** An edge attribute name, a function of the edge, or null for unweighted. */
export type EdgeWeightGetter = string | EdgeMapper<number, Attributes, Attributes> | null;

export interface DetectCommunitiesOptions {
  /** Seed of the random visiting order. */
  seed: number;
  /** Modularity resolution γ: above 1 favours more, smaller communities. */
  resolution: number;
  /** Edge weight: attribute name (missing or non-numeric → 1), getter, or null. */
  getEdgeWeight: EdgeWeightGetter;
  /** Node attribute written by `.assign`. */
  nodeCommunityAttribute: string;
}

export interface CommunityDetection {
  /** Node key → canonical community id (0 = largest). */
  communities: Record<string, number>;
  /** Modularity of the partition at the requested resolution. */
  modularity: number;
  /** Number of communities. */
  count: number;
}

export const DEFAULTS: DetectCommunitiesOptions = {
  seed: 1,
  resolution: 1,
  getEdgeWeight: 'weight',
  nodeCommunityAttribute: 'community',
};

function runDetection(graph: Graph, options: DetectCommunitiesOptions): CommunityDetection {
  if (!Number.isFinite(options.seed)) {
    throw new Error(`detectCommunities: seed must be a finite number, got ${options.seed}`);
  }
  if (!(options.resolution > 0) || !Number.isFinite(options.resolution)) {
    throw new Error(`detectCommunities: resolution must be a positive number, got ${options.resolution}`);
  }
  if (graph.order === 0) return { communities: {}, modularity: 0, count: 0 };

  if (graph.size === 0) {
    // Each node alone; renumbering only needs distinct labels.
    const singletons: Record<string, number> = nodeRecord();
    let label = 0;
    graph.forEachNode((node) => (singletons[node] = label++));
    return { ...renumberCommunities(singletons), modularity: 0 };
  }

  // Louvain indexes nodes in plain objects: see positionKeyed.
  const input = positionKeyed(graph);
  const detailed = louvain.detailed(input.graph, {
    getEdgeWeight: options.getEdgeWeight,
    resolution: options.resolution,
    rng: createRng(options.seed),
  });
  const labels = input.restore(detailed.communities);
  const { communities, count } = renumberCommunities(labels);
  return { communities, count, modularity: detailed.modularity };
}

/**
 * Detects communities with seeded Louvain.
 * @returns node → community (0 = largest), modularity at `resolution`, count.
 */
export function detectCommunities(
  graph: Graph,
  options?: Partial<DetectCommunitiesOptions>,
): CommunityDetection {
  return runDetection(graph, resolveOptions('detectCommunities', DEFAULTS, options));
}

/**
 * Detects communities and writes each node's id to the `nodeCommunityAttribute`
 * node attribute ("community" by default). Returns the same summary.
 */
detectCommunities.assign = function assignCommunities(
  graph: Graph,
  options?: Partial<DetectCommunitiesOptions>,
): CommunityDetection {
  const resolved = resolveOptions('detectCommunities.assign', DEFAULTS, options);
  const detection = runDetection(graph, resolved);
  graph.updateEachNodeAttributes(
    (node, attributes) => ({ ...attributes, [resolved.nodeCommunityAttribute]: detection.communities[node] }),
    { attributes: [resolved.nodeCommunityAttribute] },
  );
  return detection;
};
