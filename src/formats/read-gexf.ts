/**
 * Read GEXF (1.1 to 1.3, as written by Gephi, Gephi Lite and graphology)
 * into the undirected network graph of network-graph.ts. graphology-gexf's
 * own parser does the work; this module checks the XML first (see
 * parse-xml-document.ts), turns the parser's errors into InputErrors and
 * normalises the result: `label` on every node, numeric `weight` on every
 * edge, `x`/`y` from `viz:position`, and `color`/`size` from `viz:*` as
 * graphology-gexf reads them. Attributes the file uses without declaring
 * them are read as text, and edges to nodes the file does not list add those
 * nodes (both with a note) rather than rejecting a file Gephi would open.
 */
import type Graph from 'graphology';
import { PrototypeSafeGraph } from './prototype-safe-graph.ts';
import { DOMParser } from '@xmldom/xmldom';
import createGexfParser from 'graphology-gexf/common/parser.js';
import { InputError } from './input-error.ts';
import { libraryMessage, normaliseNetwork, type NetworkRead } from './network-graph.ts';
import { parseXmlDocument, XmlDocumentClass } from './parse-xml-document.ts';
import { resolveOptions } from '../options/resolve-options.ts';

export interface ReadGexfOptions {
  /** Name of the file, used in error messages. */
  file: string;
}

const DEFAULTS: ReadGexfOptions = { file: '<gexf>' };

const parseGexf = createGexfParser(DOMParser, XmlDocumentClass);

export function readGexf(text: string, options?: Partial<ReadGexfOptions>): NetworkRead {
  const { file } = resolveOptions('readGexf', DEFAULTS, options);
  const document = parseXmlDocument(text, { file, formatName: 'GEXF', rootElement: 'gexf' });
  const declared = document.getElementsByTagName('node').length;
  const undeclared = countUndeclaredAttributes(document);
  let parsed: Graph;
  try {
    parsed = parseGexf(PrototypeSafeGraph, document, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    throw new InputError(file, undefined, `expected a GEXF document: ${libraryMessage(error)}`);
  }
  const result = normaliseNetwork(parsed, file);
  const added = parsed.order - declared;
  if (added > 0) result.notes.unshift(`${added} node${added === 1 ? '' : 's'} named only by edges ${added === 1 ? 'was' : 'were'} added with the id as label.`);
  if (undeclared.size > 0) result.notes.unshift(`attributes used without a declaration were read as text: ${[...undeclared].sort().join(', ')}.`);
  return result;
}

function countUndeclaredAttributes(document: Document): Set<string> {
  const declared = new Set<string>();
  const declarations = document.getElementsByTagName('attribute');
  for (let i = 0; i < declarations.length; i++) {
    const id = declarations[i]!.getAttribute('id');
    if (id) declared.add(id);
  }
  const undeclared = new Set<string>();
  const values = document.getElementsByTagName('attvalue');
  for (let i = 0; i < values.length; i++) {
    const element = values[i]!;
    const id = element.getAttribute('for') || element.getAttribute('id');
    if (id && !declared.has(id)) undeclared.add(id);
  }
  return undeclared;
}
