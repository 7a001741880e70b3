import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/formats/input-error.ts';
import { detectNetworkFormat, readNetworkFile } from '../../src/formats/read-network-file.ts';

const GEXF = '<?xml version="1.0"?><gexf version="1.3"><graph><nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" weight="2"/></edges></graph></gexf>';
const GRAPHML = '<graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>';
const JSON_TEXT = '{"nodes":[{"key":"a"},{"key":"b"}],"edges":[{"source":"a","target":"b","attributes":{"weight":2}}]}';

describe('readNetworkFile', () => {
  it('picks the reader from the extension', () => {
    const cases: [string, string, string][] = [
      ['links.csv', 'source,target,weight\na,b,2\n', 'csv'],
      ['links.TSV', 'source\ttarget\na\tb\n', 'tsv'],
      ['links.txt', 'source\ttarget\na\tb\n', 'csv'],
      ['net.gexf', GEXF, 'gexf'],
      ['net.graphml', GRAPHML, 'graphml'],
      ['net.xml', GRAPHML, 'graphml'],
      ['net.json', JSON_TEXT, 'json'],
    ];
    for (const [file, text, format] of cases) {
      const read = readNetworkFile(text, { file });
      expect(read.format, file).toBe(format);
      expect(read.graph.hasEdge('a', 'b'), file).toBe(true);
    }
  });

  it('reads GEXF saved as .xml as GEXF', () => {
    expect(readNetworkFile(GEXF, { file: 'export.xml' }).format).toBe('gexf');
  });

  it('an explicit format wins over the extension', () => {
    const read = readNetworkFile('source,target\na,b\n', { file: 'data.dat', format: 'csv' });
    expect(read.graph.size).toBe(1);
  });

  it('passes the node table to the edge list reader', () => {
    const read = readNetworkFile('source,target\na,b\n', { file: 'e.csv', nodesText: 'id,label\na,Alpha\nb,Beta\n', nodesFile: 'n.csv' });
    expect(read.graph.getNodeAttribute('a', 'label')).toBe('Alpha');
  });

  it('an unknown extension lists the accepted ones', () => {
    expect(() => detectNetworkFormat('net.gml')).toThrow(InputError);
    expect(() => detectNetworkFormat('net.gml')).toThrow('net.gml: cannot tell the format from the extension ".gml"; accepted extensions: .csv .tsv .txt .gexf .graphml .xml .json');
    expect(() => readNetworkFile('x', { file: 'README' })).toThrow('README: cannot tell the format from a name without an extension');
  });

  it('rejects a node table with a format that lists its own nodes, and an unknown format', () => {
    expect(() => readNetworkFile(GEXF, { file: 'a.gexf', nodesText: 'id\na\n', nodesFile: 'n.csv' })).toThrow(/^n\.csv: a node table goes with a CSV or TSV edge list/);
    expect(() => readNetworkFile('', { file: 'a.csv', format: 'gml' as never })).toThrow('a.csv: unknown format "gml"; expected one of csv, tsv, gexf, graphml, json');
  });
});
