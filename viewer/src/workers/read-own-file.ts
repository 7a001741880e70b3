/**
 * A user's own network file → graph, by file extension.
 * TEMPORARY dispatch until src/formats/read-network-file.ts (readNetworkFile)
 * lands; then this file becomes a one-line call to it.
 */
import Graph from 'graphology';
import { readEdgeList } from '../../../src/formats/read-edge-list.ts';
import { readGexf } from '../../../src/formats/read-gexf.ts';
import { readGraphml } from '../../../src/formats/read-graphml.ts';
import { InputError } from '../../../src/formats/input-error.ts';

export function readOwnFile(text: string, file: string): Graph {
  const extension = file.toLowerCase().replace(/^.*\./, '');
  if (extension === 'gexf') return readGexf(text, { file }).graph;
  if (extension === 'graphml' || extension === 'xml') return readGraphml(text, { file }).graph;
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return readEdgeList(text, { file }).graph;
  if (extension === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new InputError(file, undefined, `expected graphology JSON: ${(error as Error).message}`);
    }
    if (typeof data !== 'object' || data === null || !Array.isArray((data as { nodes?: unknown }).nodes)) {
      throw new InputError(file, undefined, 'expected graphology JSON with a "nodes" array');
    }
    try {
      return Graph.from(data as never);
    } catch (error) {
      throw new InputError(file, undefined, `expected graphology JSON: ${(error as Error).message}`);
    }
  }
  throw new InputError(file, undefined, `unknown file type ".${extension}": expected .gexf, .graphml, .csv, .tsv or .json`);
}
