/**
 * Write a graph as GraphML (graphology-graphml only parses, so this writer
 * is ours). Every attribute, including `label`, `x`, `y` and `weight`, is a
 * `<data>` value under a typed `<key>`: boolean, int, long, double or
 * string; those four names are the ones Gephi, yEd's importer, NetworkX and
 * graphology-graphml map to label, position and weight. Arrays are written
 * as strings joined with "|", since GraphML has no list type.
 *
 * Deterministic: keys ordered graph, node, edge and by name within each
 * (ids d0, d1, …), data in key order, nodes and edges in graph order. Edges
 * whose key graphology generated (random per process) get "e<index>".
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { flattenValue, inferAttributeTypes, type DeclaredTypes, type ScalarType } from './attribute-values.ts';
import { isGeneratedEdgeKey } from './network-graph.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { escapeXmlText, xmlAttributes } from './xml-text.ts';

export interface WriteGraphmlOptions {
  /** Write the graph's own attributes as graph-level data. */
  graphAttributes: boolean;
  /** Attribute types the caller knows (e.g. metrics), widened with what the values need; others are inferred. */
  declaredTypes: { node?: DeclaredTypes; edge?: DeclaredTypes };
}

const DEFAULTS: WriteGraphmlOptions = { graphAttributes: true, declaredTypes: {} };

const GRAPHML_TYPES: Record<ScalarType, string> = {
  boolean: 'boolean',
  integer: 'int',
  long: 'long',
  double: 'double',
  string: 'string',
};

type Domain = 'graph' | 'node' | 'edge';

interface Key {
  id: string;
  name: string;
  type: ScalarType;
}

export function writeGraphml(graph: Graph, options?: Partial<WriteGraphmlOptions>): string {
  const o = resolveOptions('writeGraphml', DEFAULTS, options);
  const nodeObjects = () => Array.from(graph.nodeEntries(), (e) => e.attributes);
  const edgeObjects = () => Array.from(graph.edgeEntries(), (e) => e.attributes);
  const keys: Record<Domain, Key[]> = { graph: [], node: [], edge: [] };
  let next = 0;
  const declare = (domain: Domain, objects: Attributes[]) => {
    const declared = domain === 'graph' ? undefined : o.declaredTypes[domain];
    for (const [name, type] of inferAttributeTypes(objects, { declared })) keys[domain].push({ id: `d${next++}`, name, type });
  };
  if (o.graphAttributes) declare('graph', [graph.getAttributes()]);
  declare('node', nodeObjects());
  declare('edge', edgeObjects());

  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<graphml${xmlAttributes([
      ['xmlns', 'http://graphml.graphdrawing.org/xmlns'],
      ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
      ['xsi:schemaLocation', 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd'],
    ])}>`,
  );
  for (const domain of ['graph', 'node', 'edge'] as const) {
    for (const key of keys[domain]) {
      out.push(`  <key${xmlAttributes([['id', key.id], ['for', domain], ['attr.name', key.name], ['attr.type', GRAPHML_TYPES[key.type]]])}/>`);
    }
  }
  const edgeDefault = graph.type === 'directed' ? 'directed' : 'undirected';
  out.push(`  <graph${xmlAttributes([['id', 'G'], ['edgedefault', edgeDefault]])}>`);
  if (o.graphAttributes) out.push(...dataLines(keys.graph, graph.getAttributes(), '    '));

  graph.forEachNode((node, attributes) => {
    const data = dataLines(keys.node, attributes, '      ');
    const start = `    <node${xmlAttributes([['id', node]])}`;
    if (data.length === 0) out.push(`${start}/>`);
    else out.push(`${start}>`, ...data, '    </node>');
  });
  let index = 0;
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    const pairs: [string, string][] = [['id', isGeneratedEdgeKey(edge) ? `e${index}` : edge]];
    index++;
    pairs.push(['source', source], ['target', target]);
    if (undirected !== (edgeDefault === 'undirected')) pairs.push(['directed', undirected ? 'false' : 'true']);
    const data = dataLines(keys.edge, attributes, '      ');
    const start = `    <edge${xmlAttributes(pairs)}`;
    if (data.length === 0) out.push(`${start}/>`);
    else out.push(`${start}>`, ...data, '    </edge>');
  });
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

/** Attribute names (sorted) with the narrowest type that holds all their values. */
function dataLines(keys: readonly Key[], attributes: Attributes, indent: string): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    if (!(key.name in attributes)) continue;
    const value = flattenValue(attributes[key.name]);
    if (value === undefined) continue;
    lines.push(`${indent}<data${xmlAttributes([['key', key.id]])}>${escapeXmlText(String(value))}</data>`);
  }
  return lines;
}
