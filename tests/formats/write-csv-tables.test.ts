import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../src/formats/csv.ts';
import { readEdgeList } from '../../src/formats/read-edge-list.ts';
import { writeCsvTables } from '../../src/formats/write-csv-tables.ts';
import { buildSampleGraph } from './sample-graph.ts';

describe('writeCsvTables', () => {
  it('writes nodes id,label,… and edges source,target,… with attributes sorted and arrays joined', () => {
    const { nodes, edges } = writeCsvTables(buildSampleGraph());
    const nodeTable = parseCsvTable(nodes);
    expect(nodeTable.header).toEqual(['id', 'label', 'area', 'coastal', 'community', 'country', 'pagerank', 'population', 'tags', 'x', 'y']);
    expect(nodeTable.rows[0]!.values).toEqual({
      id: 'osl',
      label: 'Oslo',
      area: '5000000000',
      coastal: 'true',
      community: '0',
      country: 'NO',
      pagerank: String(0.1 + 0.2),
      population: '709037',
      tags: 'capital|port',
      x: '-12.5',
      y: '3.0000000001',
    });
    // Missing attributes are empty cells.
    expect(nodeTable.rows[2]!.values.population).toBe('');
    const edgeTable = parseCsvTable(edges);
    expect(edgeTable.header).toEqual(['source', 'target', 'relation', 'since', 'sources', 'weight']);
    expect(edgeTable.rows.map((r) => r.values)).toEqual([
      { source: 'osl', target: 'tro', relation: 'twin', since: '1946', sources: 'a.txt:3|b.txt:9', weight: '2' },
      { source: 'tro', target: 'ark', relation: 'friendship', since: '', sources: '', weight: '0.5' },
      { source: 'ark', target: 'ark', relation: '', since: '', sources: '', weight: '1' },
    ]);
  });

  it('neutralises formula cells so a spreadsheet shows them as text', () => {
    const g = new Graph();
    g.addNode('=HYPERLINK("http://evil.example","click")', { label: '+1', note: '-cmd|calc', sum: '@SUM(A1:A9)' });
    g.addNode('b', { label: '-3.5', note: 'plain' });
    g.addEdge('=HYPERLINK("http://evil.example","click")', 'b', { weight: -2 });
    const { nodes, edges } = writeCsvTables(g);
    const rows = parseCsvTable(nodes).rows.map((r) => r.values);
    expect(rows[0]).toEqual({ id: `'=HYPERLINK("http://evil.example","click")`, label: "'+1", note: "'-cmd|calc", sum: "'@SUM(A1:A9)" });
    // A plain negative number is data, not a formula.
    expect(rows[1]!.label).toBe('-3.5');
    expect(parseCsvTable(edges).rows[0]!.values).toEqual({ source: `'=HYPERLINK("http://evil.example","click")`, target: 'b', weight: '-2' });
  });

  it('names with commas, quotes and newlines round-trip through parseCsvTable', () => {
    const names = ['Sankt Petersburg, Russland', 'The "Twin" Town', 'Line one\nline two', 'Tab\there', 'Ålesund; Møre'];
    const g = new Graph();
    names.forEach((name, i) => g.addNode(`n${i}`, { label: name, name }));
    g.addEdge('n0', 'n1', { note: names[2] });
    const { nodes, edges } = writeCsvTables(g);
    expect(parseCsvTable(nodes).rows.map((r) => r.values.label)).toEqual(names);
    expect(parseCsvTable(nodes).rows.map((r) => r.values.name)).toEqual(names);
    expect(parseCsvTable(edges).rows[0]!.values.note).toBe(names[2]);
    const tsv = writeCsvTables(g, { delimiter: '\t' });
    expect(parseCsvTable(tsv.nodes, { delimiter: '\t' }).rows.map((r) => r.values.label)).toEqual(names);
  });

  it('reads back with readEdgeList and the node table into the same graph', () => {
    const graph = buildSampleGraph();
    const { nodes, edges } = writeCsvTables(graph);
    const { graph: back, notes } = readEdgeList(edges, { nodesText: nodes });
    expect(notes).toEqual([]);
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.getNodeAttributes('osl')).toEqual({
      label: 'Oslo',
      area: 5_000_000_000,
      coastal: 'true', // CSV has no booleans
      community: 0,
      country: 'NO',
      pagerank: 0.1 + 0.2,
      population: 709037,
      tags: 'capital|port',
      x: -12.5,
      y: 3.0000000001,
    });
    expect(back.getNodeAttribute('tro', 'label')).toBe(graph.getNodeAttribute('tro', 'label'));
    expect(back.getEdgeAttributes(back.edge('osl', 'tro')!)).toEqual({ weight: 2, relation: 'twin', since: 1946, sources: 'a.txt:3|b.txt:9' });
  });

  it('rejects unknown options by name', () => {
    expect(() => writeCsvTables(new Graph(), { separator: ';' } as never)).toThrow('writeCsvTables: unknown option "separator"');
  });
});
