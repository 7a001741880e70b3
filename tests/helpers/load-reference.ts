/**
 * Loads a NetworkX reference file (tests/reference/<name>.json: byte-for-byte
 * copies of the project's shared/reference/, values computed by NetworkX, kept
 * in the repository so a clean clone tests on its own) into a graphology UndirectedGraph, nodes in the
 * file's order, an edge's third element (if any) stored as `weight`.
 * Shared by every test that checks against NetworkX.
 */
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';

export type ReferenceName = 'karate' | 'lesmis' | 'florentine';

/** The raw reference JSON, typed loosely: check a key exists before relying on it. */
export interface Reference {
  description: string;
  nodes: string[];
  edges: Array<[string, string] | [string, string, number]>;
  /** Graph-level values: order, size, density, transitivity, diameter, ... */
  graph: Record<string, number>;
  /** Per-metric maps node → value: degree, betweenness_raw, closeness, pagerank_085, ... */
  node: Record<string, Record<string, number>>;
  notes: Record<string, string>;
  [key: string]: unknown;
}

const REFERENCE_DIR = new URL('../reference/', import.meta.url);

/** The reference JSON alone; a test may name the shape of the keys it reads. */
export function readReference<Shape = Reference>(name: ReferenceName): Shape {
  return JSON.parse(readFileSync(new URL(`${name}.json`, REFERENCE_DIR), 'utf8')) as Shape;
}

export function loadReference(name: ReferenceName): { graph: UndirectedGraph; reference: Reference } {
  const reference = readReference(name);
  const graph = new UndirectedGraph();
  for (const node of reference.nodes) graph.addNode(String(node));
  for (const edge of reference.edges) {
    const [source, target, weight] = edge;
    graph.addEdge(String(source), String(target), weight === undefined ? {} : { weight });
  }
  return { graph, reference };
}
