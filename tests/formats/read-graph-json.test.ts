import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/formats/input-error.ts';
import { locateJsonError, readGraphJson } from '../../src/formats/read-graph-json.ts';

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('readGraphJson', () => {
  it('reads what graphology exports, keeping keys and attributes', () => {
    const source = new Graph({ type: 'undirected' });
    source.setAttribute('title', 'demo');
    source.addNode('osl', { label: 'Oslo', x: 1, y: 2, tags: ['capital', 'port'] });
    source.addNode('ber', { name: 'Bergen' });
    source.addEdgeWithKey('k1', 'osl', 'ber', { weight: 3, relation: 'twin' });
    const { graph, notes } = readGraphJson(JSON.stringify(source.export()), { file: 'g.json' });
    expect(graph.getAttribute('title')).toBe('demo');
    expect(graph.getNodeAttributes('osl')).toEqual({ label: 'Oslo', x: 1, y: 2, tags: ['capital', 'port'] });
    expect(graph.getNodeAttributes('ber')).toEqual({ name: 'Bergen', label: 'Bergen' });
    expect(graph.getEdgeAttributes('k1')).toEqual({ weight: 3, relation: 'twin' });
    expect(notes).toEqual([]);
  });

  it('treats a file without options as undirected and a directed one as directed (with a note)', () => {
    const plain = '{"nodes":[{"key":"a"},{"key":"b"}],"edges":[{"source":"a","target":"b"},{"source":"b","target":"a"}]}';
    const read = readGraphJson(plain);
    expect(read.graph.getEdgeAttributes(read.graph.edge('a', 'b')!)).toEqual({ weight: 2, count: 2 });
    expect(read.notes).toEqual(['1 parallel edge was merged into an existing edge of the same pair (weights summed, "count" records how many).']);
    const directed = '{"options":{"type":"directed"},"nodes":[{"key":1},{"key":2}],"edges":[{"source":1,"target":2}]}';
    const d = readGraphJson(directed);
    expect(d.graph.hasEdge('1', '2')).toBe(true);
    expect(d.notes).toEqual(['1 directed edge was read as undirected (the analyses are undirected).']);
  });

  it('a syntax error names the line and column', () => {
    const text = '{\n  "nodes": [\n    {"key": "a",}\n  ]\n}\n';
    // The stray "}" is on line 3, column 17.
    expect(message(() => readGraphJson(text, { file: 'bad.json' }))).toMatch(/^bad\.json:3: expected graphology JSON: column 17: /);
  });

  it('a file cut short names its last line', () => {
    expect(message(() => readGraphJson('{\n"nodes": [\n  {"key": "a"}\n', { file: 'cut.json' }))).toMatch(/^cut\.json:3: expected graphology JSON: /);
  });

  it('locates "at position N" and "line L column C" messages', () => {
    expect(locateJsonError('ab\ncd', new SyntaxError('Unexpected token in JSON at position 4'))).toEqual({ line: 2, column: 2 });
    expect(locateJsonError('x', new SyntaxError('Bad thing (line 7 column 3)'))).toEqual({ line: 7, column: 3 });
    expect(locateJsonError('x', new SyntaxError('weird'))).toEqual({ line: undefined, column: undefined });
  });

  it('shape errors say which element is wrong', () => {
    expect(message(() => readGraphJson('[]', { file: 'a.json' }))).toBe('a.json: expected graphology JSON: the top level is an array, not an object with "nodes" and "edges"');
    expect(message(() => readGraphJson('{"edges":[]}', { file: 'b.json' }))).toBe('b.json: expected graphology JSON: "nodes" is missing, not an array');
    expect(message(() => readGraphJson('{"nodes":[{"key":"a"},{"id":"b"}]}', { file: 'c.json' }))).toBe('c.json: expected graphology JSON: nodes[1].key is missing; expected a string or a number');
    expect(message(() => readGraphJson('{"nodes":[{"key":"a"}],"edges":[{"source":"a","target":"z"}]}', { file: 'd.json' }))).toBe('d.json: expected graphology JSON: edges[0] refers to node "z", which is not in "nodes"');
    expect(message(() => readGraphJson('{"nodes":[{"key":"a","attributes":[1]}]}', { file: 'e.json' }))).toBe('e.json: expected graphology JSON: nodes[0].attributes is an array, not an object');
    expect(message(() => readGraphJson('{"options":{"type":"weird"},"nodes":[]}', { file: 'f.json' }))).toBe('f.json: expected graphology JSON: "options.type" is "weird"; expected "undirected", "directed" or "mixed"');
    expect(message(() => readGraphJson('{"nodes":[{"key":"a"},{"key":"a"}]}', { file: 'g.json' }))).toBe('g.json: expected graphology JSON: nodes[1]: node "a" is listed twice');
    expect(message(() => readGraphJson('', { file: 'h.json' }))).toBe('h.json: expected graphology JSON: the file is empty');
  });
});
