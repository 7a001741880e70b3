// Builds graphology graphs from NetworkX's reference answers in
// <repo>/../shared/reference/ (read directly: the communities tests need only
// nodes, edges and the graph-level Louvain value).
import Graph from 'graphology';
import { readFileSync } from 'node:fs';

export const REFERENCE_NAMES = ['karate', 'lesmis', 'florentine'] as const;
export type ReferenceName = (typeof REFERENCE_NAMES)[number];

interface ReferenceFile {
  nodes: string[];
  edges: ([string, string] | [string, string, number])[];
  graph: { louvain_best_modularity_20_seeds: number } & Record<string, number>;
}

export function readReference(name: ReferenceName): ReferenceFile {
  const url = new URL(`../../../../shared/reference/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as ReferenceFile;
}

export function referenceGraph(name: ReferenceName): Graph {
  const reference = readReference(name);
  const graph = new Graph({ type: 'undirected' });
  for (const node of reference.nodes) graph.addNode(node, { name: node });
  for (const [source, target, weight] of reference.edges) {
    graph.addEdge(source, target, weight === undefined ? {} : { weight });
  }
  return graph;
}
