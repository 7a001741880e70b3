/**
 * One entry point for every network file a user can give us (the command
 * line's `--input FILE`, a file dropped on the viewer): pick the reader from
 * the explicit format or the file extension. Browser-safe: text in, graph out.
 */
import { InputError } from './input-error.ts';
import type { NetworkRead } from './network-graph.ts';
import { readEdgeList } from './read-edge-list.ts';
import { readGexf } from './read-gexf.ts';
import { readGraphJson } from './read-graph-json.ts';
import { readGraphml } from './read-graphml.ts';
import { resolveOptions } from '../options/resolve-options.ts';

export const NETWORK_FORMATS = ['csv', 'tsv', 'gexf', 'graphml', 'json'] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

/** Extensions we recognise. A .txt edge list is read like CSV, with the delimiter detected. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, NetworkFormat>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.txt': 'csv',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
  '.xml': 'graphml',
  '.json': 'json',
};

export interface ReadNetworkFileOptions {
  /** The file name (used for the extension and in error messages). */
  file: string;
  /** Overrides the extension. */
  format: NetworkFormat | undefined;
  /** Text of a node table, for edge lists. */
  nodesText: string | undefined;
  /** Name of the node table file, used in error messages. */
  nodesFile: string;
}

const DEFAULTS: ReadNetworkFileOptions = { file: '<input>', format: undefined, nodesText: undefined, nodesFile: '<nodes>' };

export interface NetworkFileRead extends NetworkRead {
  format: NetworkFormat;
}

/** The format a file name implies, or an InputError listing the accepted extensions. */
export function detectNetworkFormat(file: string): NetworkFormat {
  const match = /\.[^./\\]+$/.exec(file);
  const extension = match?.[0].toLowerCase();
  const format = extension === undefined ? undefined : FORMAT_BY_EXTENSION[extension];
  if (format === undefined) {
    const accepted = Object.keys(FORMAT_BY_EXTENSION).join(' ');
    throw new InputError(file, undefined, `cannot tell the format from ${extension ? `the extension "${extension}"` : 'a name without an extension'}; accepted extensions: ${accepted} (or give the format explicitly: ${NETWORK_FORMATS.join(', ')})`);
  }
  return format;
}

export function readNetworkFile(text: string, options?: Partial<ReadNetworkFileOptions>): NetworkFileRead {
  const o = resolveOptions('readNetworkFile', DEFAULTS, options);
  if (o.format !== undefined && !(NETWORK_FORMATS as readonly string[]).includes(o.format)) {
    throw new InputError(o.file, undefined, `unknown format "${o.format}"; expected one of ${NETWORK_FORMATS.join(', ')}`);
  }
  let format = o.format ?? detectNetworkFormat(o.file);
  // ".xml" says little: a GEXF file saved as .xml is still GEXF.
  if (o.format === undefined && format === 'graphml' && /<gexf[\s>]/.test(text.slice(0, 4096))) format = 'gexf';
  if (o.nodesText !== undefined && format !== 'csv' && format !== 'tsv') {
    throw new InputError(o.nodesFile, undefined, `a node table goes with a CSV or TSV edge list, not with a ${format} file (which lists its nodes itself)`);
  }
  let read: NetworkRead;
  switch (format) {
    case 'csv':
      // A .csv may still be tab- or semicolon-separated; the header decides.
      read = readEdgeList(text, { file: o.file, nodesText: o.nodesText, nodesFile: o.nodesFile });
      break;
    case 'tsv':
      read = readEdgeList(text, { file: o.file, delimiter: '\t', nodesText: o.nodesText, nodesFile: o.nodesFile });
      break;
    case 'gexf':
      read = readGexf(text, { file: o.file });
      break;
    case 'graphml':
      read = readGraphml(text, { file: o.file });
      break;
    case 'json':
      read = readGraphJson(text, { file: o.file });
      break;
  }
  return { ...read, format };
}
