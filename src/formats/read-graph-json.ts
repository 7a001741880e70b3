/**
 * Read graphology's serialized JSON (`graph.export()`, also what Gephi Lite
 * and our writer save): `{ attributes?, options?, nodes: [{ key,
 * attributes? }], edges?: [{ key?, source, target, attributes?,
 * undirected? }] }`, into the undirected network graph of network-graph.ts.
 *
 * The shape is checked here rather than left to `Graph.import`, whose errors
 * do not say which element is wrong. A syntax error names the line and
 * column. Edges are directed only when the file says so (`options.type`
 * "directed" or "mixed" without `undirected: true`); a file without options
 * is read as undirected, which is what a hand-written file means.
 */
import type Graph from 'graphology';
import { PrototypeSafeGraph } from './prototype-safe-graph.ts';
import type { Attributes } from 'graphology-types';
import { InputError } from './input-error.ts';
import { libraryMessage, normaliseNetwork, type NetworkRead } from './network-graph.ts';
import { resolveOptions } from '../options/resolve-options.ts';

export interface ReadGraphJsonOptions {
  /** Name of the file, used in error messages. */
  file: string;
}

const DEFAULTS: ReadGraphJsonOptions = { file: '<json>' };

const GRAPH_TYPES = new Set(['undirected', 'directed', 'mixed']);

export function readGraphJson(text: string, options?: Partial<ReadGraphJsonOptions>): NetworkRead {
  const { file } = resolveOptions('readGraphJson', DEFAULTS, options);
  const fail = (reason: string, line?: number): never => {
    throw new InputError(file, line, `expected graphology JSON: ${reason}`);
  };
  if (text.trim() === '') fail('the file is empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { line, column } = locateJsonError(text, error);
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s*(in JSON )?at position \d+.*$/, '');
    fail(`${column === undefined ? '' : `column ${column}: `}${message}`, line);
  }
  if (!isObject(data)) return fail(`the top level is ${describe(data)}, not an object with "nodes" and "edges"`);
  if (data.attributes !== undefined && !isObject(data.attributes)) fail(`"attributes" is ${describe(data.attributes)}, not an object`);
  if (data.options !== undefined && !isObject(data.options)) fail(`"options" is ${describe(data.options)}, not an object`);
  const graphType = isObject(data.options) && data.options.type !== undefined ? data.options.type : 'undirected';
  if (typeof graphType !== 'string' || !GRAPH_TYPES.has(graphType)) {
    fail(`"options.type" is ${JSON.stringify(graphType)}; expected "undirected", "directed" or "mixed"`);
  }
  if (!Array.isArray(data.nodes)) return fail(`"nodes" is ${describe(data.nodes)}, not an array`);
  const edges = data.edges ?? [];
  if (!Array.isArray(edges)) return fail(`"edges" is ${describe(data.edges)}, not an array`);

  const raw = new PrototypeSafeGraph({ type: 'mixed', multi: true, allowSelfLoops: true });
  if (isObject(data.attributes)) raw.replaceAttributes({ ...data.attributes });
  data.nodes.forEach((node: unknown, i: number) => {
    const where = `nodes[${i}]`;
    if (!isObject(node)) return fail(`${where} is ${describe(node)}, not an object with a "key"`);
    const key = keyOf(node.key, `${where}.key`, fail);
    if (raw.hasNode(key)) fail(`${where}: node "${key}" is listed twice`);
    raw.addNode(key, attributesOf(node.attributes, `${where}.attributes`, fail));
  });
  edges.forEach((edge: unknown, i: number) => {
    const where = `edges[${i}]`;
    if (!isObject(edge)) return fail(`${where} is ${describe(edge)}, not an object with "source" and "target"`);
    const source = keyOf(edge.source, `${where}.source`, fail);
    const target = keyOf(edge.target, `${where}.target`, fail);
    for (const end of [source, target]) if (!raw.hasNode(end)) fail(`${where} refers to node "${end}", which is not in "nodes"`);
    const attributes = attributesOf(edge.attributes, `${where}.attributes`, fail);
    const key = edge.key === undefined || edge.key === null ? undefined : keyOf(edge.key, `${where}.key`, fail);
    if (key !== undefined && raw.hasEdge(key)) fail(`${where}: edge key "${key}" is used twice`);
    const undirected = graphType === 'undirected' || edge.undirected === true;
    try {
      if (key === undefined) {
        if (undirected) raw.addUndirectedEdge(source, target, attributes);
        else raw.addDirectedEdge(source, target, attributes);
      } else if (undirected) raw.addUndirectedEdgeWithKey(key, source, target, attributes);
      else raw.addDirectedEdgeWithKey(key, source, target, attributes);
    } catch (error) {
      fail(`${where}: ${libraryMessage(error)}`);
    }
  });
  return normaliseNetwork(raw, file);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function keyOf(value: unknown, where: string, fail: (reason: string) => never): string {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fail(`${where} is ${value === '' ? 'an empty string' : describe(value)}; expected a string or a number`);
}

function attributesOf(value: unknown, where: string, fail: (reason: string) => never): Attributes {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) return fail(`${where} is ${describe(value)}, not an object`);
  return { ...value };
}

/**
 * Line and column (1-based) of a JSON.parse error. V8 reports "at position
 * N" (or "line L column C" in newer versions); "Unexpected end of JSON
 * input" has no position and means the end of the text.
 */
export function locateJsonError(text: string, error: unknown): { line: number | undefined; column: number | undefined } {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  let offset: number | undefined = position ? Number(position[1]) : undefined;
  if (offset === undefined && /end of (JSON )?input/i.test(message)) offset = text.trimEnd().length;
  if (offset === undefined) return { line: undefined, column: undefined };
  // "Unexpected end" is reported past the trailing newline, on a line the
  // user cannot see in an editor; point at the end of the last text instead.
  offset = Math.min(offset, text.trimEnd().length);
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
