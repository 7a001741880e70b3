/**
 * Write graphology's serialized JSON (`graph.export()`) in a stable form:
 * top-level keys in the order attributes, options, nodes, edges; attribute
 * objects with their keys sorted (recursively); nodes and edges in graph
 * order; 2-space indent and a final newline. Same graph, same bytes, so the
 * file diffs well. Edges whose key graphology generated (random per process)
 * get "e<index>". Read back with readGraphJson or `Graph.from`.
 *
 * JSON has no NaN or Infinity; like JSON.stringify, such numbers are written
 * as null.
 */
import type Graph from 'graphology';
import { compareCodeUnits } from './attribute-values.ts';
import { isGeneratedEdgeKey } from './network-graph.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { nodeRecord } from './node-keyed.ts';

export interface WriteGraphJsonOptions {
  /** Spaces per indentation level; 0 for one line. */
  indent: number;
}

const DEFAULTS: WriteGraphJsonOptions = { indent: 2 };

export function writeGraphJson(graph: Graph, options?: Partial<WriteGraphJsonOptions>): string {
  const { indent } = resolveOptions('writeGraphJson', DEFAULTS, options);
  const exported = graph.export();
  const nodes = exported.nodes.map((node) => {
    const out: Record<string, unknown> = { key: node.key };
    if (node.attributes) out.attributes = sortKeys(node.attributes);
    return out;
  });
  const edges = exported.edges.map((edge, index) => {
    const out: Record<string, unknown> = {
      key: edge.key === undefined || isGeneratedEdgeKey(edge.key) ? `e${index}` : edge.key,
      source: edge.source,
      target: edge.target,
    };
    if (edge.undirected) out.undirected = true;
    if (edge.attributes) out.attributes = sortKeys(edge.attributes);
    return out;
  });
  const document = {
    attributes: sortKeys(exported.attributes ?? {}),
    options: exported.options,
    nodes,
    edges,
  };
  return JSON.stringify(document, null, indent) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Set) return [...value].map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = nodeRecord();
  for (const key of Object.keys(value).sort(compareCodeUnits)) out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}
