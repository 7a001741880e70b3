/**
 * Write a graph as two CSV tables, the shape spreadsheets and Gephi's
 * "Import spreadsheet" expect: nodes `id,label,` then every other attribute
 * sorted by name; edges `source,target,` then every other attribute sorted.
 * Arrays are joined with "|", other objects written as JSON. `formatCsv`
 * neutralises cells that a spreadsheet would run as a formula (=, +, -, @),
 * which matters because place names come from the web.
 *
 * An attribute named like a fixed column (a node attribute `id`, an edge
 * attribute `source` or `target`) is left out: the column holds the graph's
 * own key or endpoint. Read back with readEdgeList(edges, { nodesText }).
 */
import type Graph from 'graphology';
import { collectAttributeNames, flattenValue } from './attribute-values.ts';
import { formatCsv, type CsvValue } from './csv.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { nodeRecord } from './node-keyed.ts';

export interface WriteCsvTablesOptions {
  /** "," for CSV, "\t" for TSV. */
  delimiter: ',' | '\t';
}

const DEFAULTS: WriteCsvTablesOptions = { delimiter: ',' };

export interface CsvTables {
  nodes: string;
  edges: string;
}

export function writeCsvTables(graph: Graph, options?: Partial<WriteCsvTablesOptions>): CsvTables {
  const { delimiter } = resolveOptions('writeCsvTables', DEFAULTS, options);

  const nodeColumns = ['id', 'label', ...collectAttributeNames(Array.from(graph.nodeEntries(), (e) => e.attributes), new Set(['id', 'label']))];
  const nodeRows: Record<string, CsvValue>[] = [];
  graph.forEachNode((node, attributes) => {
    const row: Record<string, CsvValue> = nodeRecord();
    for (const column of nodeColumns.slice(2)) row[column] = flattenValue(attributes[column]);
    row.id = node;
    row.label = flattenValue(attributes.label) ?? node;
    nodeRows.push(row);
  });

  const edgeColumns = ['source', 'target', ...collectAttributeNames(Array.from(graph.edgeEntries(), (e) => e.attributes), new Set(['source', 'target']))];
  const edgeRows: Record<string, CsvValue>[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    const row: Record<string, CsvValue> = nodeRecord();
    for (const column of edgeColumns.slice(2)) row[column] = flattenValue(attributes[column]);
    row.source = source;
    row.target = target;
    edgeRows.push(row);
  });

  return { nodes: formatCsv(nodeColumns, nodeRows, { delimiter }), edges: formatCsv(edgeColumns, edgeRows, { delimiter }) };
}
