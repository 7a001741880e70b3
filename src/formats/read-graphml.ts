/**
 * Read GraphML (as written by NetworkX, igraph, Gephi, yEd and our own
 * writer) into the undirected network graph of network-graph.ts.
 * graphology-graphml's parser does the work; this module checks the XML
 * first (see parse-xml-document.ts), turns the parser's errors into
 * InputErrors and normalises the result: `label` on every node (from a
 * `label` or `name` key, else the id), numeric `weight` on every edge, and
 * `x`/`y` kept as numbers when present. Edges to nodes the file does not
 * list add those nodes, with a note.
 *
 * graphology-graphml leaves a key's <default> value as text whatever its
 * declared type; this module casts numeric defaults so that a default weight
 * of "2.5" is the number 2.5.
 */
import type Graph from 'graphology';
import { PrototypeSafeGraph } from './prototype-safe-graph.ts';
import type { Attributes } from 'graphology-types';
import { DOMParser } from '@xmldom/xmldom';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import { InputError } from './input-error.ts';
import { libraryMessage, normaliseNetwork, type NetworkRead } from './network-graph.ts';
import { parseXmlDocument, XmlDocumentClass } from './parse-xml-document.ts';
import { resolveOptions } from '../options/resolve-options.ts';

export interface ReadGraphmlOptions {
  /** Name of the file, used in error messages. */
  file: string;
}

const DEFAULTS: ReadGraphmlOptions = { file: '<graphml>' };

const parseGraphml = createGraphmlParser(DOMParser, XmlDocumentClass);

const NUMERIC_TYPES = new Set(['int', 'long', 'float', 'double']);

export function readGraphml(text: string, options?: Partial<ReadGraphmlOptions>): NetworkRead {
  const { file } = resolveOptions('readGraphml', DEFAULTS, options);
  const document = parseXmlDocument(text, { file, formatName: 'GraphML', rootElement: 'graphml' });
  const declared = document.getElementsByTagName('node').length;
  let parsed: Graph;
  try {
    parsed = parseGraphml(PrototypeSafeGraph, document, { addMissingNodes: true });
  } catch (error) {
    throw new InputError(file, undefined, `expected a GraphML document: ${libraryMessage(error)}`);
  }
  castNumericDefaults(parsed, document);
  const result = normaliseNetwork(parsed, file);
  const added = parsed.order - declared;
  if (added > 0) result.notes.unshift(`${added} node${added === 1 ? '' : 's'} named only by edges ${added === 1 ? 'was' : 'were'} added with the id as label.`);
  return result;
}

function castNumericDefaults(graph: Graph, document: Document): void {
  const numeric: Record<'node' | 'edge', Set<string>> = { node: new Set(), edge: new Set() };
  const keys = document.getElementsByTagName('key');
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const target = key.getAttribute('for') || 'node';
    const name = key.getAttribute('attr.name');
    const type = key.getAttribute('attr.type') ?? '';
    if ((target === 'node' || target === 'edge') && name && NUMERIC_TYPES.has(type) && key.getElementsByTagName('default').length > 0) {
      numeric[target].add(name);
    }
  }
  const cast = (attributes: Attributes, names: Set<string>) => {
    for (const name of names) if (typeof attributes[name] === 'string') attributes[name] = Number(attributes[name]);
  };
  if (numeric.node.size > 0) graph.forEachNode((_key, attributes) => cast(attributes, numeric.node));
  if (numeric.edge.size > 0) graph.forEachEdge((_key, attributes) => cast(attributes, numeric.edge));
}
