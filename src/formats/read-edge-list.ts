/**
 * Read a CSV or TSV edge list (and optionally a node table) into the
 * undirected network graph described in network-graph.ts.
 *
 * Edge list: a header row with `source` and `target` (any case), an optional
 * `weight` (a number; an empty cell means 1) and any other columns, kept as
 * edge attributes. Node table: a header with `id` (or `key` or `node`),
 * optional `label` or `name`, `country`, `kind`, and other columns kept as
 * node attributes; a node's label defaults to its id. In both, a column whose
 * non-empty cells are all plain numbers is read as numbers (see
 * attribute-values.ts); `label`, `name`, `country` and `kind` stay text.
 *
 * The delimiter is taken from the header line: a tab means TSV; a header
 * with semicolons and no comma means semicolon-separated (spreadsheets in
 * Norwegian and other comma-decimal locales save "CSV" that way); else comma.
 * Source and target ids are trimmed of surrounding spaces, since a
 * hand-written "Oslo, Bergen" means "Bergen". Self-loops are kept.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { parseCsvTable, type CsvTable } from './csv.ts';
import { InputError } from './input-error.ts';
import { findNumericColumns } from './attribute-values.ts';
import { addOrMergeEdge, createNetworkGraph, type NetworkRead } from './network-graph.ts';
import { NameNormaliser } from './normalise-names.ts';
import { resolveOptions } from '../options/resolve-options.ts';

export type Delimiter = ',' | '\t' | ';';

export interface ReadEdgeListOptions {
  /** Name of the edge file, used in error messages. */
  file: string;
  /** Force a delimiter instead of detecting it from the header line. */
  delimiter: Delimiter | undefined;
  /** Text of a node table, if any. */
  nodesText: string | undefined;
  /** Name of the node table file, used in error messages. */
  nodesFile: string;
  /** Delimiter of the node table (detected when undefined). */
  nodesDelimiter: Delimiter | undefined;
}

const DEFAULTS: ReadEdgeListOptions = {
  file: '<edges>',
  delimiter: undefined,
  nodesText: undefined,
  nodesFile: '<nodes>',
  nodesDelimiter: undefined,
};

const NODE_ID_COLUMNS = ['id', 'key', 'node'];
const NODE_TEXT_COLUMNS = new Set(['label', 'name', 'country', 'kind']);

/** The delimiter the first non-blank line uses. */
export function detectDelimiter(text: string): Delimiter {
  const match = /^[ \t\r\n]*([^\r\n]*)/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const header = match?.[1] ?? '';
  if (header.includes('\t')) return '\t';
  if (!header.includes(',') && header.includes(';')) return ';';
  return ',';
}

export function readEdgeList(text: string, options?: Partial<ReadEdgeListOptions>): NetworkRead {
  const o = resolveOptions('readEdgeList', DEFAULTS, options);
  const graph = createNetworkGraph();
  const notes: string[] = [];
  const nodeNames = new NameNormaliser(o.nodesFile);
  const names = new NameNormaliser(o.file);
  if (o.nodesText !== undefined) readNodeTableInto(graph, o.nodesText, { file: o.nodesFile, delimiter: o.nodesDelimiter, names: nodeNames });
  const nodesFromTable = graph.order;

  const table = parseTable(text, o.file, o.delimiter);
  const columns = mapColumns(table, o.file, ['source', 'target']);
  const sourceColumn = columns.get('source')!;
  const targetColumn = columns.get('target')!;
  const weightColumn = columns.get('weight');
  const others = table.header.filter((h) => h !== sourceColumn && h !== targetColumn && h !== weightColumn);
  const numeric = findNumericColumns(others, table.rows.map((r) => r.values));

  let merged = 0;
  let edgesRead = 0;
  for (const { line, values } of table.rows) {
    const source = names.id(values[sourceColumn]!.trim(), line);
    const target = names.id(values[targetColumn]!.trim(), line);
    if (source === '' || target === '') {
      throw new InputError(o.file, line, `expected a ${source === '' ? 'source' : 'target'} node id, found an empty cell`);
    }
    let weight = 1;
    if (weightColumn !== undefined) {
      const cell = values[weightColumn]!.trim();
      if (cell !== '') {
        weight = Number(cell);
        if (!Number.isFinite(weight)) throw new InputError(o.file, line, `expected a number in the "${weightColumn}" column, found ${JSON.stringify(cell)}`);
      }
    }
    const attributes: Attributes & { weight: number } = { weight };
    for (const column of others) {
      const cell = values[column]!;
      if (cell.trim() === '') continue;
      attributes[column] = numeric.has(column) ? Number(cell.trim()) : cell;
    }
    for (const node of [source, target]) if (!graph.hasNode(node)) graph.addNode(node, { label: node });
    if (addOrMergeEdge(graph, source, target, attributes)) merged++;
    edgesRead++;
  }

  if (o.nodesText !== undefined && graph.order > nodesFromTable) {
    const extra = graph.order - nodesFromTable;
    notes.push(`${extra} node${extra === 1 ? '' : 's'} named in ${o.file} but missing from ${o.nodesFile} ${extra === 1 ? 'was' : 'were'} added with the id as label.`);
  }
  if (merged > 0) {
    notes.push(`${merged} of ${edgesRead} rows repeated a pair already listed and were merged into its edge (weights summed, "count" records how many rows).`);
  }
  const unicode = [nodeNames.report(), names.report()];
  return { graph, notes: [...notes, ...unicode.flatMap((u) => u.notes)], warnings: unicode.flatMap((u) => u.warnings) };
}

/**
 * Add the nodes of a node table to a graph (used before the edges are read,
 * so that nodes keep the table's order and isolated nodes are kept).
 */
type NodeTableOptions = { file: string; delimiter?: Delimiter | undefined; names?: NameNormaliser };

export function readNodeTableInto(graph: Graph, text: string, options: NodeTableOptions): void {
  const { ids, attributes } = readNodeTable(text, options);
  ids.forEach((id, i) => graph.addNode(id, attributes[i]));
}

/** A node table's ids in order and each node's attributes (label at least); the rules of readNodeTableInto. */
export function readNodeTable(text: string, options: NodeTableOptions): { ids: string[]; attributes: Attributes[] } {
  const file = options.file;
  const names = options.names ?? new NameNormaliser(file);
  const ids: string[] = [];
  const all: Attributes[] = [];
  const table = parseTable(text, file, options.delimiter);
  const idColumn = NODE_ID_COLUMNS.map((c) => findColumn(table.header, c)).find((c) => c !== undefined);
  if (idColumn === undefined) {
    throw new InputError(file, table.headerLine, `expected a column named "id" (or "key" or "node") in the header (found: ${table.header.join(', ')})`);
  }
  mapColumns(table, file, []); // rejects duplicate column names
  const others = table.header.filter((h) => h !== idColumn);
  const textColumns = new Set(others.filter((h) => NODE_TEXT_COLUMNS.has(h.toLowerCase())));
  const numeric = findNumericColumns(others.filter((h) => !textColumns.has(h)), table.rows.map((r) => r.values));
  const firstLine = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const id = names.id(values[idColumn]!.trim(), line);
    if (id === '') throw new InputError(file, line, `expected a node id in the "${idColumn}" column, found an empty cell`);
    const previous = firstLine.get(id);
    if (previous !== undefined) throw new InputError(file, line, `node "${id}" is listed twice (first on line ${previous}${values[idColumn]!.trim() === id ? '' : ', in another Unicode form of the same letters'})`);
    firstLine.set(id, line);
    const attributes: Attributes = {};
    for (const column of others) {
      const cell = values[column]!;
      if (cell.trim() === '') continue;
      // Known text columns are stored under their lower-case name, which is
      // what the rest of the toolkit reads (label, name, country, kind).
      const name = textColumns.has(column) ? column.toLowerCase() : column;
      attributes[name] = numeric.has(column) ? Number(cell.trim()) : name === 'label' || name === 'name' ? names.name(cell) : cell;
    }
    if (typeof attributes.label !== 'string') attributes.label = typeof attributes.name === 'string' ? attributes.name : id;
    ids.push(id);
    all.push(attributes);
  }
  return { ids, attributes: all };
}

function parseTable(text: string, file: string, delimiter: Delimiter | undefined): CsvTable & { headerLine: number } {
  const table = parseCsvTable(text, { file, delimiter: delimiter ?? detectDelimiter(text) });
  // Blank lines before the header are skipped by the parser; count them so
  // that header errors name the right line.
  const leading = /^(?:\uFEFF)?(?:[ \t]*\r?\n)*/.exec(text)?.[0] ?? '';
  return { ...table, headerLine: 1 + (leading.match(/\n/g)?.length ?? 0) };
}

function findColumn(header: readonly string[], name: string): string | undefined {
  return header.find((h) => h.toLowerCase() === name);
}

/**
 * Map the recognised column names (source, target, weight) to the header's
 * spelling, checking that required ones exist and that no column name
 * appears twice (the second would silently hide the first).
 */
function mapColumns(table: CsvTable & { headerLine: number }, file: string, required: readonly string[]): Map<string, string> {
  const seen = new Set<string>();
  for (const h of table.header) {
    if (seen.has(h.toLowerCase())) throw new InputError(file, table.headerLine, `the header names the column "${h}" twice`);
    seen.add(h.toLowerCase());
  }
  const columns = new Map<string, string>();
  for (const name of ['source', 'target', 'weight']) {
    const column = findColumn(table.header, name);
    if (column !== undefined) columns.set(name, column);
  }
  for (const name of required) {
    if (!columns.has(name)) {
      throw new InputError(file, table.headerLine, `expected a column named "${name}" in the header (found: ${table.header.join(', ')})`);
    }
  }
  return columns;
}
