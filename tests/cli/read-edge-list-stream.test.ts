import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createRng } from '../../src/analyse/random.ts';
import { CsvError } from '../../src/formats/csv.ts';
import { InputError } from '../../src/formats/input-error.ts';
import { addOrMergeEdge, createNetworkGraph } from '../../src/formats/network-graph.ts';
import { readEdgeListStream, type EdgeListArrays } from '../../src/cli/read-edge-list-stream.ts';
import { edgeListNetwork, edgeListNotes, graphOfEdgeList } from '../../src/graph/edge-list-network.ts';
import { readEdgeList } from '../../src/formats/read-edge-list.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-stream-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

function rows(arrays: EdgeListArrays): string[] {
  const out: string[] = [];
  for (let i = 0; i < arrays.edgeCount; i++) out.push(`${arrays.keys[arrays.sources[i]!]}>${arrays.keys[arrays.targets[i]!]}:${arrays.weights[i]}`);
  return out;
}

async function streamError(path: string, name: string): Promise<InputError> {
  try {
    await readEdgeListStream(path, { file: name });
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('readEdgeListStream', () => {
  it('reads a CSV into compact arrays: node indices in order of appearance, weights, other columns listed', async () => {
    const path = file('small.csv', '\ufeffsource,target,weight,note\r\nOslo,Bergen,2,x\r\n\r\nBergen,Seattle,,y\r\nOslo,Bergen,0.5,z\r\n');
    const arrays = await readEdgeListStream(path);
    expect(arrays.keys).toEqual(['Oslo', 'Bergen', 'Seattle']);
    expect(arrays.edgeCount).toBe(3);
    expect(Array.from(arrays.sources)).toEqual([0, 1, 0]);
    expect(Array.from(arrays.targets)).toEqual([1, 2, 1]);
    expect(Array.from(arrays.weights)).toEqual([2, 1, 0.5]);
    expect(arrays.sources).toBeInstanceOf(Int32Array);
    expect(arrays.weights).toBeInstanceOf(Float64Array);
    expect(arrays.ignoredColumns).toEqual(['note']);
  });

  it('reads TSV (detected from the header) and quoted fields, including a quoted newline', async () => {
    const tsv = await readEdgeListStream(file('small.tsv', 'Source\tTarget\na\tb\n b \tc\n'));
    expect(rows(tsv)).toEqual(['a>b:1', 'b>c:1']);
    const quoted = await readEdgeListStream(file('quoted.csv', 'source,target,weight\n"Sankt Petersburg, RU","Oslo",3\n"Line\none",Oslo,1\n"He said ""hi""",x,2\nx,y,4\n'));
    expect(rows(quoted)).toEqual(['Sankt Petersburg, RU>Oslo:3', 'Line\none>Oslo:1', 'He said "hi">x:2', 'x>y:4']);
  });

  it('graphOfEdgeList merges repeated pairs as readEdgeList does', async () => {
    const arrays = await readEdgeListStream(file('dups.csv', 'source,target,weight\na,b,1\nb,a,2\nb,c,1\n'));
    const network = edgeListNetwork(arrays);
    const graph = graphOfEdgeList(network);
    const notes = edgeListNotes(network, 'dups.csv');
    expect(graph.type).toBe('undirected');
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttributes(graph.edge('a', 'b')!)).toEqual({ weight: 3, count: 2 });
    expect(graph.getNodeAttribute('c', 'label')).toBe('c');
    expect(notes).toEqual([
      'dups.csv: 3 rows read as 2 edges between 3 nodes (undirected; a repeated pair is one edge).',
      '1 row lists a pair already listed the other way round (line 3), merged into its edge: the network is undirected.',
    ]);
  });

  it('graphOfEdgeList builds the graph addOrMergeEdge builds row by row (keys, ends, attributes, order)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 12 }).chain((n) => fc.array(
        fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: 6 })),
        { maxLength: 40 },
      ).map((edges) => ({ n, edges }))),
      ({ n, edges }) => {
        const arrays: EdgeListArrays = {
          keys: Array.from({ length: n }, (_, i) => `node ${i}`),
          sources: Int32Array.from(edges, (e) => e[0]),
          targets: Int32Array.from(edges, (e) => e[1]),
          weights: Float64Array.from(edges, (e) => e[2] / 3),
          lines: Int32Array.from(edges, (_e, i) => i + 2),
          edgeCount: edges.length,
          weighted: true,
          ignoredColumns: [],
          columnCells: null,
        };
        const expected = createNetworkGraph();
        for (const key of arrays.keys) expected.addNode(key, { label: key });
        let merged = 0;
        for (let i = 0; i < edges.length; i++) {
          if (addOrMergeEdge(expected, arrays.keys[edges[i]![0]]!, arrays.keys[edges[i]![1]]!, { weight: arrays.weights[i]! })) merged++;
        }
        const network = edgeListNetwork(arrays);
        const graph = graphOfEdgeList(network);
        // JSON text, so attribute order and edge order count too.
        expect(JSON.stringify(graph.export())).toBe(JSON.stringify(expected.export()));
        expect(network.repeated.count + network.reversed.count).toBe(merged);
      },
    ), { numRuns: 300, seed: 11 });
  });

  it('reads any file into the graph readEdgeList builds from its text (ids with accents, padding, NBSP, quotes, CRLF, BOM, many ids)', async () => {
    // Ids whose bytes end in multi-byte characters or odd white space take
    // the reader's string path; plain ones its byte-hash table.
    const names = ['Oslo', 'Tromsø', 'Ålesund', ' Bergen ', '\tBodø', '\u00a0Molde\u00a0', 'x', 'Sankt Petersburg, RU', 'He said "hi"', '12', '012'];
    let n = 0;
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 400 }),
      fc.boolean(),
      fc.boolean(),
      async (edges, crlf, bom) => {
        const id = (i: number) => (i < names.length ? names[i]! : `n${i}`);
        const cell = (text: string) => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
        const eol = crlf ? '\r\n' : '\n';
        const text = `${bom ? '\ufeff' : ''}source,target,weight${eol}${edges.map(([a, b, w]) => `${cell(id(a % 40 < 20 ? a % names.length : a))},${cell(id(b))},${w}`).join(eol)}${eol}`;
        const path = file(`p${n++}.csv`, text);
        const graph = graphOfEdgeList(edgeListNetwork(await readEdgeListStream(path)));
        expect(JSON.stringify(graph.export())).toBe(JSON.stringify(readEdgeList(text).graph.export()));
      },
    ), { numRuns: 60, seed: 5 });
  });

  it('names file and line for an unterminated quote, a bad weight, an empty id and a short row', async () => {
    const quote = await streamError(file('q.csv', 'source,target\na,b\nc,"d\ne,f\n'), 'q.csv');
    expect(quote).toBeInstanceOf(CsvError);
    expect(quote.message).toBe('q.csv:3: a quoted field is never closed');
    expect((await streamError(file('w.csv', 'source,target,weight\na,b,1\n\nc,d,lots\n'), 'w.csv')).message).toBe('w.csv:4: expected a number in the "weight" column, found "lots"');
    expect((await streamError(file('e.csv', 'source,target\n,b\n'), 'e.csv')).message).toBe('e.csv:2: expected a source node id, found an empty cell');
    expect((await streamError(file('s.csv', 'source,target,weight\na,b\n'), 's.csv')).message).toBe('s.csv:2: expected 3 fields as in the header, found 2');
    expect((await streamError(file('h.csv', 'from,to\na,b\n'), 'h.csv')).message).toBe('h.csv:1: expected a column named "source" in the header (found: from, to)');
    expect((await streamError(file('empty.csv', ''), 'empty.csv')).message).toBe('empty.csv:1: expected a header row, found an empty file');
    // A quoted field spanning lines keeps the count right for later errors.
    expect((await streamError(file('later.csv', 'source,target,weight\n"a\nb",c,1\nd,e,x\n'), 'later.csv')).message).toBe('later.csv:4: expected a number in the "weight" column, found "x"');
  });

  it('a missing file is reported by the file system error', async () => {
    await expect(readEdgeListStream(join(scratch, 'nope.csv'))).rejects.toThrow(/ENOENT/);
  });

  it('[resource check] reads a 1M-edge, ~30 MB file with heap use below 600 MB', async () => {
    const path = join(scratch, 'million.csv');
    const edges = 1_000_000;
    const nodes = 60_000;
    const rng = createRng(42);
    // 13 characters: long enough that V8 would keep slices of the read
    // buffer alive, which the reader must avoid for node ids.
    const name = (i: number) => `place-${String(i).padStart(7, '0')}`;
    let weightSum = 0;
    const seen = new Set<number>();
    let first = '';
    let last = '';
    const fd = openSync(path, 'w');
    writeSync(fd, 'source,target,weight\n');
    let chunk: string[] = [];
    for (let i = 0; i < edges; i++) {
      const s = Math.floor(rng() * nodes);
      const t = Math.floor(rng() * nodes);
      const w = 1 + Math.floor(rng() * 5);
      seen.add(s).add(t);
      weightSum += w;
      const row = `${name(s)},${name(t)},${w}`;
      if (i === 0) first = row;
      if (i === edges - 1) last = row;
      chunk.push(row);
      if (chunk.length === 50_000) {
        writeSync(fd, chunk.join('\n') + '\n');
        chunk = [];
      }
    }
    if (chunk.length > 0) writeSync(fd, chunk.join('\n') + '\n');
    closeSync(fd);
    expect(statSync(path).size).toBeGreaterThan(29_000_000);

    const arrays = await readEdgeListStream(path);
    const heapUsed = process.memoryUsage().heapUsed;
    expect(arrays.edgeCount).toBe(edges);
    expect(arrays.keys.length).toBe(seen.size);
    let sum = 0;
    for (let i = 0; i < arrays.edgeCount; i++) sum += arrays.weights[i]!;
    expect(sum).toBe(weightSum);
    const row = (i: number) => `${arrays.keys[arrays.sources[i]!]},${arrays.keys[arrays.targets[i]!]},${arrays.weights[i]}`;
    expect(row(0)).toBe(first);
    expect(row(edges - 1)).toBe(last);
    expect(heapUsed).toBeLessThan(600 * 1024 * 1024);
  });
});
