import { describe, expect, it } from 'vitest';
import { CsvError } from '../../src/formats/csv.ts';
import { InputError } from '../../src/formats/input-error.ts';
import { detectDelimiter, readEdgeList } from '../../src/formats/read-edge-list.ts';

/** The edges of a graph as "a–b:weight" strings, sorted, for hand-checked comparisons. */
function edgeSummary(graph: import('graphology').default): string[] {
  return graph.mapEdges((_e, a, s, t) => `${[s, t].sort().join('–')}:${a.weight}`).sort();
}

describe('readEdgeList', () => {
  it('reads a small CSV with weights and keeps other columns as edge attributes', () => {
    const text = 'source,target,weight,since,note\nOslo,Göteborg,1,1946,founding member\nOslo,Aarhus,2,,\nBergen,Seattle,0.5,1967,"Sister city, since 1967"\n';
    const { graph, notes } = readEdgeList(text, { file: 'links.csv' });
    expect(graph.type).toBe('undirected');
    expect(graph.nodes()).toEqual(['Oslo', 'Göteborg', 'Aarhus', 'Bergen', 'Seattle']);
    expect(edgeSummary(graph)).toEqual(['Aarhus–Oslo:2', 'Bergen–Seattle:0.5', 'Göteborg–Oslo:1']);
    const e = graph.edge('Bergen', 'Seattle')!;
    // "since" holds only plain numbers, so it is numeric; "note" is text.
    expect(graph.getEdgeAttributes(e)).toEqual({ weight: 0.5, since: 1967, note: 'Sister city, since 1967' });
    // Empty cells leave the attribute out rather than storing "".
    expect(graph.getEdgeAttributes(graph.edge('Oslo', 'Aarhus')!)).toEqual({ weight: 2 });
    expect(graph.getNodeAttribute('Oslo', 'label')).toBe('Oslo');
    expect(notes).toEqual([]);
  });

  it('reads TSV when the header has tabs, and weight 1 without a weight column', () => {
    const { graph } = readEdgeList('Source\tTarget\tkind\na\tb\tfriendship\nb\tc\ttwin\n', { file: 'x.tsv' });
    expect(edgeSummary(graph)).toEqual(['a–b:1', 'b–c:1']);
    expect(graph.getEdgeAttribute(graph.edge('a', 'b')!, 'kind')).toBe('friendship');
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('source\ttarget\na,b\n')).toBe('\t');
    expect(detectDelimiter('\ufeffsource;target;weight\na;b;1,5\n')).toBe(';');
    expect(detectDelimiter('source,target\n')).toBe(',');
    expect(detectDelimiter('\n\nsource\ttarget\n')).toBe('\t');
  });

  it('merges duplicate rows of a pair (either direction) into one edge with summed weight and a count', () => {
    const text = 'source,target,weight\na,b,1\nb,a,2.5\na,b,\nc,d,4\n';
    const { graph, notes } = readEdgeList(text, { file: 'dup.csv' });
    expect(graph.size).toBe(2);
    const ab = graph.getEdgeAttributes(graph.edge('a', 'b')!);
    expect(ab.weight).toBe(4.5); // 1 + 2.5 + 1 (empty cell)
    expect(ab.count).toBe(3);
    expect(graph.getEdgeAttributes(graph.edge('c', 'd')!)).toEqual({ weight: 4 });
    expect(notes).toEqual(['2 of 4 rows repeated a pair already listed and were merged into its edge (weights summed, "count" records how many rows).']);
  });

  it('keeps self-loops', () => {
    const { graph } = readEdgeList('source,target\na,a\na,b\n');
    expect(graph.hasEdge('a', 'a')).toBe(true);
    expect(graph.selfLoopCount).toBe(1);
  });

  it('skips empty lines and trims ids', () => {
    const { graph } = readEdgeList('\nsource,target\n\n a , b\n\n\nb,c\n');
    expect(edgeSummary(graph)).toEqual(['a–b:1', 'b–c:1']);
  });

  it('keeps ids with leading zeros as text (municipality numbers)', () => {
    const { graph } = readEdgeList('source,target,municipality\na,b,0301\nb,c,4601\n');
    expect(graph.getEdgeAttribute(graph.edge('a', 'b')!, 'municipality')).toBe('0301');
    expect(graph.getEdgeAttribute(graph.edge('b', 'c')!, 'municipality')).toBe('4601');
  });

  it('reads a node table: id column, label from label or name, text columns, numeric columns, isolated nodes', () => {
    const nodes = 'id,name,country,kind,population,municipalityNumber\nosl,Oslo,NO,municipality,709037,0301\nber,Bergen,NO,municipality,291940,4601\nlonely,Lonely,SE,municipality,10,\n';
    const edges = 'source,target\nosl,ber\nber,sea\n';
    const { graph, notes } = readEdgeList(edges, { file: 'e.csv', nodesText: nodes, nodesFile: 'n.csv' });
    expect(graph.nodes()).toEqual(['osl', 'ber', 'lonely', 'sea']);
    expect(graph.getNodeAttributes('osl')).toEqual({
      label: 'Oslo',
      name: 'Oslo',
      country: 'NO',
      kind: 'municipality',
      population: 709037,
      municipalityNumber: '0301',
    });
    expect(graph.degree('lonely')).toBe(0);
    expect(graph.getNodeAttributes('sea')).toEqual({ label: 'sea' });
    expect(notes).toEqual(['1 node named in e.csv but missing from n.csv was added with the id as label.']);
  });

  it('accepts "key" or "node" as the node id column and prefers label over name', () => {
    const { graph } = readEdgeList('source,target\na,b\n', { nodesText: 'Node\tLabel\tname\na\tA-label\tA-name\nb\t\tB-name\n' });
    expect(graph.getNodeAttribute('a', 'label')).toBe('A-label');
    expect(graph.getNodeAttribute('b', 'label')).toBe('B-name');
  });

  it('reads a header-only file as an empty graph', () => {
    const { graph } = readEdgeList('source,target,weight\n');
    expect(graph.order).toBe(0);
  });
});

describe('readEdgeList errors', () => {
  const error = (fn: () => unknown): InputError => {
    try {
      fn();
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
    throw new Error('expected an InputError');
  };

  it('an unterminated quote names the file and the line where the quote opens', () => {
    const text = 'source,target,note\na,b,fine\nc,d,"never closed\ne,f,x\n';
    const e = error(() => readEdgeList(text, { file: 'bad.csv' }));
    expect(e).toBeInstanceOf(CsvError);
    expect(e.message).toContain('bad.csv:3:');
    expect(e.message).toMatch(/never closed/);
  });

  it('a non-numeric weight names its line', () => {
    const e = error(() => readEdgeList('source,target,weight\na,b,1\nc,d,heavy\n', { file: 'w.csv' }));
    expect(e.message).toBe('w.csv:3: expected a number in the "weight" column, found "heavy"');
  });

  it('an empty source or target is an InputError naming the line', () => {
    expect(error(() => readEdgeList('source,target\na,b\n,c\n', { file: 'e.csv' })).message).toBe('e.csv:3: expected a source node id, found an empty cell');
    expect(error(() => readEdgeList('source,target\na, \n', { file: 'e.csv' })).message).toBe('e.csv:2: expected a target node id, found an empty cell');
  });

  it('a missing source or target column names the header line and the columns found', () => {
    const e = error(() => readEdgeList('\nfrom,to\na,b\n', { file: 'h.csv' }));
    expect(e.message).toBe('h.csv:2: expected a column named "source" in the header (found: from, to)');
  });

  it('a row with too few fields names its line', () => {
    const e = error(() => readEdgeList('source,target,weight\na,b,1\nc,d\n', { file: 'f.csv' }));
    expect(e).toBeInstanceOf(CsvError);
    expect(e.message).toBe('f.csv:3: expected 3 fields as in the header, found 2');
  });

  it('an empty file is an error, not an empty graph', () => {
    expect(error(() => readEdgeList('', { file: 'empty.csv' })).message).toBe('empty.csv:1: expected a header row, found an empty file');
  });

  it('a duplicate node id in the node table names both lines', () => {
    const e = error(() => readEdgeList('source,target\na,b\n', { nodesText: 'id\na\nb\na\n', nodesFile: 'n.csv' }));
    expect(e.message).toBe('n.csv:4: node "a" is listed twice (first on line 2)');
  });

  it('a node table without an id column is rejected', () => {
    expect(error(() => readEdgeList('source,target\n', { nodesText: 'place,label\n', nodesFile: 'n.csv' })).message).toMatch(/^n\.csv:1: expected a column named "id"/);
  });

  it('rejects unknown options by name', () => {
    expect(() => readEdgeList('source,target\n', { delimeter: '\t' } as never)).toThrow('readEdgeList: unknown option "delimeter"');
  });
});
