/**
 * Write a graph as the two CSV files `neo4j-admin database import full`
 * reads (Neo4j's "import header format"):
 *
 *   nodes.csv          id:ID,:LABEL,name,betweenness:double,community:int,…
 *   relationships.csv  :START_ID,:END_ID,:TYPE,weight:int,sources:string[],…
 *
 * - Each header field is `<name>:<type>`; the id column stores the node id
 *   as the property `id`; `:LABEL` holds the labels, separated by the array
 *   delimiter (a base label such as Place, plus the node's kind: Municipality).
 * - Every undirected edge is one relationship of type LINKED_TO from the
 *   graph's source to its target (Neo4j stores a direction; query it
 *   without one: `(a)-[:LINKED_TO]-(b)`).
 * - Property types come from the values: int (32-bit whole numbers; long
 *   beyond), double, boolean, string, and lists as `string[]`, `int[]`, …
 *   whose elements are joined with the array delimiter (";", Neo4j's
 *   default; "|" when an element contains ";"). Declared types (the
 *   metrics) win over the values. A missing value is an empty cell, which
 *   Neo4j imports as no property.
 * - Quoting is RFC 4180 (fields with the delimiter, a quote or a line break
 *   are quoted, quotes doubled), which is Neo4j's default.
 * - Cells are NOT neutralised against spreadsheet formulas, unlike
 *   `--format csv`: these files are read by Neo4j, and a leading apostrophe
 *   would become part of the name in the database. Open them in a
 *   spreadsheet only with that in mind (or use `--format csv`).
 *
 * Browser-safe and pure: the command line writes the files.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { compareCodeUnits } from './attribute-values.ts';
import { InputError } from './input-error.ts';
import { resolveOptions } from '../options/resolve-options.ts';

export interface WriteNeo4jCsvOptions {
  /** The label every node gets (then its `kind`, capitalised, when it has one). */
  nodeLabel: string;
  /** The relationship type of every edge. */
  relationshipType: string;
  /** Known types of node attributes (the metrics): 'integer' or 'double'. */
  declaredNodeTypes: Readonly<Record<string, 'integer' | 'double'>>;
}

const DEFAULTS: WriteNeo4jCsvOptions = { nodeLabel: 'Node', relationshipType: 'LINKED_TO', declaredNodeTypes: {} };

export interface Neo4jCsv {
  nodes: string;
  relationships: string;
  /** The array delimiter used (";" is Neo4j's default; anything else needs --array-delimiter). */
  arrayDelimiter: string;
  /** Whether a field holds a line break (then the import needs --multiline-fields=true). */
  multiline: boolean;
}

/** Neo4j's scalar property types this writer uses; a list type adds "[]". */
type Neo4jType = 'int' | 'long' | 'double' | 'boolean' | 'string';

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

/** Names the header grammar reserves: a property cannot be called like a special field. */
const FIXED_NODE_COLUMNS = new Set(['id', 'name', 'label']);
const FIXED_EDGE_COLUMNS = new Set<string>();

/** The type a set of scalar values fits, or undefined when there is none. */
function scalarType(values: readonly unknown[], declared?: 'integer' | 'double'): Neo4jType | undefined {
  const present = values.filter((v) => v !== undefined && v !== null && v !== '' && !(typeof v === 'number' && !Number.isFinite(v)));
  if (present.length === 0) return undefined;
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number')) {
    const numbers = present as number[];
    const whole = numbers.every((n) => Number.isInteger(n));
    if (declared === 'double' || !whole) return 'double';
    return numbers.every((n) => n >= INT_MIN && n <= INT_MAX) ? 'int' : numbers.every((n) => Number.isSafeInteger(n)) ? 'long' : 'double';
  }
  return 'string';
}

interface Column {
  name: string;
  type: Neo4jType;
  list: boolean;
}

function columnsOf(entries: readonly Attributes[], skip: ReadonlySet<string>, declared: Readonly<Record<string, 'integer' | 'double'>>): Column[] {
  const names = new Set<string>();
  for (const attributes of entries) for (const name of Object.keys(attributes)) if (!skip.has(name)) names.add(name);
  const columns: Column[] = [];
  for (const name of [...names].sort(compareCodeUnits)) {
    if (name.includes(':')) throw new InputError('neo4j export', undefined, `the attribute "${name}" contains ":", which Neo4j's import header uses between name and type; rename it`);
    const values = entries.map((a) => a[name]);
    const lists = values.filter((v) => Array.isArray(v) || v instanceof Set).map((v) => [...(v as Iterable<unknown>)]);
    const list = lists.length > 0 && lists.length === values.filter((v) => v !== undefined && v !== null).length;
    const type = list ? scalarType(lists.flat()) ?? 'string' : scalarType(values, declared[name]);
    if (type === undefined && !list) continue;
    columns.push({ name, type: type ?? 'string', list });
  }
  return columns;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A value as its cell: empty for a missing value; lists joined with the array delimiter. */
function cellOf(value: unknown, column: Column, delimiter: string): string {
  if (value === undefined || value === null) return '';
  if (column.list) {
    const items = [...(Array.isArray(value) || value instanceof Set ? value : [value])].filter((v) => v !== undefined && v !== null);
    return items.map((v) => scalarCell(v, column.type)).join(delimiter);
  }
  return scalarCell(value, column.type);
}

function scalarCell(value: unknown, type: Neo4jType): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (type !== 'string') return String(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A label or type as Neo4j takes it without backquotes: letters, digits and "_", starting with a letter. */
export function toNeo4jName(text: string): string {
  const words = text.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^\p{L}/u.test(name) ? name : `K${name}`;
}

export function writeNeo4jCsv(graph: Graph, options?: Partial<WriteNeo4jCsvOptions>): Neo4jCsv {
  const o = resolveOptions('writeNeo4jCsv', DEFAULTS, options);
  const nodeEntries = Array.from(graph.nodeEntries());
  const edgeEntries = Array.from(graph.edgeEntries());
  const nodeColumns = columnsOf(nodeEntries.map((e) => e.attributes), FIXED_NODE_COLUMNS, o.declaredNodeTypes);
  const edgeColumns = columnsOf(edgeEntries.map((e) => e.attributes), FIXED_EDGE_COLUMNS, {});

  // The array delimiter must not occur inside a list element or a label.
  const listText: string[] = [];
  for (const [entries, columns] of [[nodeEntries, nodeColumns], [edgeEntries, edgeColumns]] as const) {
    for (const column of columns.filter((c) => c.list)) {
      for (const { attributes } of entries) {
        const value = attributes[column.name];
        if (Array.isArray(value) || value instanceof Set) for (const v of value) listText.push(String(v));
      }
    }
  }
  const arrayDelimiter = [';', '|', '\u001f'].find((d) => !listText.some((t) => t.includes(d)))!;

  const header = (columns: Column[]) => columns.map((c) => quote(`${c.name}:${c.type}${c.list ? '[]' : ''}`));
  const nodeLines = [['id:ID', ':LABEL', 'name:string', ...header(nodeColumns)].join(',')];
  for (const { node, attributes } of nodeEntries) {
    const labels = [toNeo4jName(o.nodeLabel)];
    if (typeof attributes.kind === 'string' && attributes.kind.trim() !== '') {
      const kind = toNeo4jName(attributes.kind);
      if (!labels.includes(kind)) labels.push(kind);
    }
    const name = typeof attributes.name === 'string' && attributes.name !== '' ? attributes.name : typeof attributes.label === 'string' && attributes.label !== '' ? attributes.label : node;
    nodeLines.push([quote(node), labels.join(arrayDelimiter), quote(name), ...nodeColumns.map((c) => quote(cellOf(attributes[c.name], c, arrayDelimiter)))].join(','));
  }
  const type = o.relationshipType;
  if (!/^[A-Z][A-Z0-9_]*$/.test(type)) throw new Error(`writeNeo4jCsv: relationshipType must be UPPER_SNAKE_CASE, got "${type}"`);
  const relationshipLines = [[':START_ID', ':END_ID', ':TYPE', ...header(edgeColumns)].join(',')];
  for (const { source, target, attributes } of edgeEntries) {
    relationshipLines.push([quote(source), quote(target), type, ...edgeColumns.map((c) => quote(cellOf(attributes[c.name], c, arrayDelimiter)))].join(','));
  }
  const nodes = nodeLines.join('\n') + '\n';
  const relationships = relationshipLines.join('\n') + '\n';
  // A quoted line break: more lines than records.
  const multiline = nodes.split('\n').length - 1 !== nodeLines.length || relationships.split('\n').length - 1 !== relationshipLines.length;
  return { nodes, relationships, arrayDelimiter, multiline };
}
