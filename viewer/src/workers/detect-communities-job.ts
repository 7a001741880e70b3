/**
 * The work of the community worker (detect-communities.worker.ts), kept free
 * of worker globals so Node tests run it as it is: the page sends its graph as
 * typed edge arrays (node order and edge order as graphology iterates them),
 * and this runs the one community implementation of src/ on them
 * (csrFromEdgeArrays + detectCommunitiesCsr), numbering communities by node
 * key exactly as detectCommunities does on the page's graph.
 */
import type Graph from 'graphology-types';
import { detectCommunitiesCsr, renumberCommunities, type CommunityAlgorithm } from '../../../src/analyse/communities/index.ts';
import { csrFromEdgeArrays } from '../../../src/analyse/csr/csr.ts';

export interface DetectCommunitiesRequest {
  request: number;
  algorithm: CommunityAlgorithm;
  seed: number;
  resolution: number;
  keys: string[];
  sources: Int32Array;
  targets: Int32Array;
  /** Edge weights (missing or non-numeric `weight` → 1), or null for unweighted. */
  weights: Float64Array | null;
}

export type DetectCommunitiesReply =
  | { type: 'communities'; request: number; communities: Record<string, number>; modularity: number; count: number }
  | { type: 'error'; request: number; message: string };

/** The request for a graphology graph, read as detectCommunities reads it (weight attribute, default 1). */
export function communityRequest(graph: Graph, options: { request: number; algorithm: CommunityAlgorithm; seed: number; resolution: number }): DetectCommunitiesRequest {
  const keys: string[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((node) => {
    index.set(node, keys.length);
    keys.push(node);
  });
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    sources[e] = index.get(source)!;
    targets[e] = index.get(target)!;
    weights[e++] = typeof attributes.weight === 'number' ? attributes.weight : 1;
  });
  return { ...options, keys, sources, targets, weights };
}

export function runDetectCommunities(job: DetectCommunitiesRequest): DetectCommunitiesReply {
  try {
    const csr = csrFromEdgeArrays(job.sources, job.targets, job.keys.length, job.weights);
    const result = detectCommunitiesCsr(csr, { algorithm: job.algorithm, seed: job.seed, resolution: job.resolution });
    const labels: Record<string, number> = {};
    for (let i = 0; i < job.keys.length; i++) labels[job.keys[i]!] = result.membership[i]!;
    const { communities, count } = renumberCommunities(labels);
    return { type: 'communities', request: job.request, communities, modularity: result.modularity, count };
  } catch (error) {
    return { type: 'error', request: job.request, message: error instanceof Error ? error.message : String(error) };
  }
}
