/**
 * Communities of a graphology graph, seeded and canonically numbered: a CSR
 * snapshot of the graph (csrFromGraph) handed to detectCommunitiesCsr, the
 * one implementation every path uses. A twin network of 500 places and a
 * user's million-node file run the same code, so the same graph and seed give
 * the same partition whatever its size or the path it took (issue 12).
 * graphology-communities-louvain used to run here; our louvainCsr measured
 * 3× faster at 1M nodes (tests/bench/RESULTS.md) and two Louvains with their
 * own visiting orders give different partitions for the same seed, so it is
 * kept only as the independent reference of the tests (a devDependency).
 *
 * - Seeded: the same graph and seed give the same partition on every machine
 *   (Gephi Lite's lesson: Louvain without a seed changes on every click).
 * - Algorithm: 'louvain' (default) or 'leiden', whose communities are always
 *   connected (leiden-csr.ts).
 * - Canonical ids: community 0 is the largest, ties broken by the smallest
 *   node key (see renumber-communities.ts).
 * - Edge cases: an empty graph has no communities and modularity 0; a graph
 *   with nodes but no edges puts every node in its own community with
 *   modularity 0 (modularity is undefined when the total edge weight is 0;
 *   0 is the value of "no structure found" and keeps JSON free of NaN).
 * - Self-loops count twice in a node's degree and parallel edges add up, as
 *   in NetworkX and graphology-metrics' modularity. Directed edges are
 *   rejected (csrFromGraph): the networks here are undirected.
 */
import type Graph from 'graphology-types';
import type { Attributes, EdgeMapper } from 'graphology-types';
import { csrFromGraph, type EdgeWeightFunction } from '../csr/csr-from-graph.ts';
import { detectCommunitiesCsr, type CommunityAlgorithm } from './detect-communities-csr.ts';
import { renumberCommunities } from './renumber-communities.ts';
import { resolveOptions } from '../../options/resolve-options.ts';
import { nodeRecord } from '../../formats/node-keyed.ts';

/** An edge attribute name, a function of the edge, or null for unweighted. */
export type EdgeWeightGetter = string | EdgeMapper<number, Attributes, Attributes> | null;

export interface DetectCommunitiesOptions {
  /** 'louvain' (default) or 'leiden'. */
  algorithm: CommunityAlgorithm;
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
  algorithm: 'louvain',
  seed: 1,
  resolution: 1,
  getEdgeWeight: 'weight',
  nodeCommunityAttribute: 'community',
};

/** The weight getter for csrFromGraph: a missing or non-numeric attribute counts 1. */
function weightFunction(getter: EdgeWeightGetter): EdgeWeightFunction | null {
  if (getter === null) return null;
  if (typeof getter === 'string') {
    return (_edge, attributes) => {
      const value = attributes[getter];
      return typeof value === 'number' ? value : 1;
    };
  }
  return (edge, attributes, source, target) =>
    (getter as (...args: unknown[]) => number)(edge, attributes, source, target);
}

function runDetection(graph: Graph, options: DetectCommunitiesOptions): CommunityDetection {
  if (!Number.isFinite(options.seed)) {
    throw new Error(`detectCommunities: seed must be a finite number, got ${options.seed}`);
  }
  if (!(options.resolution > 0) || !Number.isFinite(options.resolution)) {
    throw new Error(`detectCommunities: resolution must be a positive number, got ${options.resolution}`);
  }
  const csr = csrFromGraph(graph, { getEdgeWeight: weightFunction(options.getEdgeWeight), caller: 'detectCommunities' });
  const result = detectCommunitiesCsr(csr, {
    algorithm: options.algorithm,
    seed: options.seed,
    resolution: options.resolution,
  });
  const labels: Record<string, number> = nodeRecord();
  for (let i = 0; i < csr.order; i++) labels[csr.keys[i]!] = result.membership[i]!;
  // The CSR result is numbered by node index; here ties go to the smallest key.
  const { communities, count } = renumberCommunities(labels);
  return { communities, count, modularity: result.modularity };
}

/**
 * Detects communities with seeded Louvain or Leiden.
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
