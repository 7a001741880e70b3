/**
 * Fuzz test of the CLI's readers (fast-check, fixed seeds so a failure
 * reproduces): random and mutated CSV, TSV, GEXF, GraphML and JSON bytes go
 * through decodeText (what the CLI does with a file) and readNetworkFile,
 * and the streamed edge-list reader reads mutated CSV files. Each must
 * return a graph or throw the typed InputError; any other exception is a
 * crash a user would see as "internal error".
 *
 * Mutations of valid documents: cut, duplicate a slice, inject bytes
 * (quotes, delimiters, angle brackets, NUL, lone UTF-8 lead bytes, Latin-1
 * bytes), re-encode as UTF-16, and replace ids with JavaScript object keys.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type Graph from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { readEdgeListStream } from '../../src/cli/read-edge-list-stream.ts';
import { edgeListNetwork, graphOfEdgeList } from '../../src/graph/edge-list-network.ts';
import { decodeText } from '../../src/formats/decode-text.ts';
import { InputError } from '../../src/formats/input-error.ts';
import { readNetworkFile, type NetworkFormat } from '../../src/formats/read-network-file.ts';

const SEED = 20261204;

const OBJECT_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

const VALID: Record<NetworkFormat, string> = {
  csv: 'source,target,weight,kind\nOslo,Bergen,2,twin\n"Tromsø, Troms",Murmansk,,"friend ""ship"""\nBergen,Oslo,1,twin\n',
  tsv: 'source\ttarget\tweight\nOslo\tBergen\t2\nTromsø\tMurmansk\t1\n',
  gexf: `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node"><attribute id="0" title="country" type="string"/><attribute id="1" title="pop" type="integer"/></attributes>
    <nodes>
      <node id="oslo" label="Oslo"><attvalues><attvalue for="0" value="NO"/><attvalue for="1" value="700000"/></attvalues></node>
      <node id="bergen" label="Bergen"/>
      <node id="tromso" label="Tromsø"/>
    </nodes>
    <edges>
      <edge id="0" source="oslo" target="bergen" weight="2"/>
      <edge id="1" source="tromso" target="oslo"/>
    </edges>
  </graph>
</gexf>
`,
  graphml: `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="edge" attr.name="weight" attr.type="double"><default>1</default></key>
  <graph edgedefault="undirected">
    <node id="oslo"><data key="d0">Oslo</data></node>
    <node id="bergen"><data key="d0">Bergen</data></node>
    <node id="tromso"><data key="d0">Tromsø</data></node>
    <edge source="oslo" target="bergen"><data key="d1">2.5</data></edge>
    <edge source="tromso" target="oslo"/>
  </graph>
</graphml>
`,
  json: JSON.stringify({
    attributes: { name: 'n' },
    options: { type: 'mixed' },
    nodes: [{ key: 'oslo', attributes: { label: 'Oslo', x: 1, y: 2 } }, { key: 'bergen' }, { key: 3 }],
    edges: [{ source: 'oslo', target: 'bergen', attributes: { weight: 2 } }, { key: 'e', source: 3, target: 'oslo', undirected: true }, { source: 'bergen', target: 3 }],
  }),
};

const FORMATS = Object.keys(VALID) as NetworkFormat[];
const FILE_NAME: Record<NetworkFormat, string> = { csv: 'f.csv', tsv: 'f.tsv', gexf: 'f.gexf', graphml: 'f.graphml', json: 'f.json' };

const INJECTIONS = ['"', ',', '\t', ';', '\n', '\r', '<', '>', '&', '</node>', '<node id="x"/>', '"key":', '{', '}', '[', ']', 'null', '-1', 'NaN', '1e999', '\u0000', '\uFEFF', 'e\u0301', '\u00e9'];
const BYTE_INJECTIONS = [[0xf8], [0xc3], [0xe2, 0x82], [0xff, 0xfe], [0x00], [0xed, 0xa0, 0x80], [0xc0, 0xaf]];

type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'inject'; at: number; text: string }
  | { kind: 'bytes'; at: number; bytes: number[] }
  | { kind: 'utf16'; bigEndian: boolean; bom: boolean }
  | { kind: 'object-keys'; key: string };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  position.map((at) => ({ kind: 'cut' as const, at })),
  fc.record({ at: position, length: fc.integer({ min: 1, max: 80 }) }).map((m) => ({ kind: 'duplicate' as const, ...m })),
  fc.record({ at: position, text: fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ unit: 'binary', maxLength: 6 })) }).map((m) => ({ kind: 'inject' as const, ...m })),
  fc.record({ at: position, bytes: fc.constantFrom(...BYTE_INJECTIONS) }).map((m) => ({ kind: 'bytes' as const, ...m })),
  fc.record({ bigEndian: fc.boolean(), bom: fc.boolean() }).map((m) => ({ kind: 'utf16' as const, ...m })),
  fc.constantFrom(...OBJECT_KEYS).map((key) => ({ kind: 'object-keys' as const, key })),
);

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const at = 'at' in m ? Math.floor(m.at * bytes.length) : 0;
  switch (m.kind) {
    case 'cut':
      return bytes.subarray(0, at);
    case 'duplicate':
      return Buffer.concat([bytes.subarray(0, at + m.length), bytes.subarray(at)]);
    case 'inject':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text, 'utf8'), bytes.subarray(at)]);
    case 'bytes':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    case 'utf16': {
      const le = Buffer.from(bytes.toString('utf8'), 'utf16le');
      const body = m.bigEndian ? Buffer.from(le).swap16() : le;
      return m.bom ? Buffer.concat([Buffer.from(m.bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]) : body;
    }
    case 'object-keys':
      return Buffer.from(bytes.toString('utf8').replace(/oslo|Oslo|bergen|"n"/g, m.key), 'utf8');
  }
}

/** What the CLI does with a file's bytes; returns 'graph' or 'input-error', and rethrows anything else. */
function readBytes(bytes: Uint8Array, format: NetworkFormat): 'graph' | 'input-error' {
  try {
    const read = readNetworkFile(decodeText(bytes, FILE_NAME[format]), { file: FILE_NAME[format], format });
    // Touch the graph the way commands do: every node and edge with its attributes.
    read.graph.forEachNode((node, attributes) => void String(node) + typeof attributes.label);
    checkGraph(read.graph);
    return 'graph';
  } catch (error) {
    if (error instanceof InputError) return 'input-error';
    throw error;
  }
}

/**
 * The graph is whole: every edge is found again from its endpoints and is
 * among their neighbours, weights are finite. A node id that broke
 * graphology's neighbour index (e.g. "__proto__") fails here even when
 * nothing threw.
 */
function checkGraph(graph: Graph): void {
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!Number.isFinite(attributes.weight)) throw new Error(`edge weight ${String(attributes.weight)} is not finite`);
    if (graph.edge(source, target) !== edge || graph.edge(target, source) !== edge) throw new Error(`edge ${edge} is not found from ${source} – ${target}`);
    if (!graph.neighbors(source).includes(target) || !graph.neighbors(target).includes(source) || !graph.hasEdge(target, source)) {
      throw new Error(`${source} and ${target} are not neighbours`);
    }
  });
  graph.forEachNode((node) => {
    const neighbours = graph.neighbors(node);
    for (const other of neighbours) if (!graph.hasNode(other)) throw new Error(`${node} has a neighbour ${other} that is not a node`);
  });
  let degrees = 0;
  graph.forEachNode((node) => (degrees += graph.degree(node)));
  let loops = 0;
  graph.forEachEdge((_e, _a, s, t) => void (s === t && loops++));
  if (degrees !== 2 * graph.size) throw new Error(`degrees sum to ${degrees}, expected ${2 * graph.size} (${loops} loops)`);
}

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-fuzz-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('fuzzed reader input gives a graph or an InputError, nothing else', () => {
  it('the seed documents themselves are read', () => {
    for (const format of FORMATS) expect(readBytes(Buffer.from(VALID[format], 'utf8'), format), format).toBe('graph');
  });

  it('mutated valid documents of every format (1,000 cases)', () => {
    const outcomes = { graph: 0, 'input-error': 0 };
    fc.assert(
      fc.property(fc.constantFrom(...FORMATS), fc.array(mutation, { minLength: 1, maxLength: 4 }), (format, mutations) => {
        const bytes = mutations.reduce<Buffer>((b, m) => mutate(b, m), Buffer.from(VALID[format], 'utf8'));
        outcomes[readBytes(bytes, format)]++;
      }),
      { seed: SEED, numRuns: 1000 },
    );
    // Both outcomes occur: the mutations neither always break nor never break the documents.
    expect(outcomes.graph).toBeGreaterThan(50);
    expect(outcomes['input-error']).toBeGreaterThan(50);
  });

  it('random text and bytes in every format (500 cases)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FORMATS),
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }).map((s) => Buffer.from(s, 'utf8')), fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a))),
        (format, bytes) => void readBytes(bytes, format),
      ),
      { seed: SEED + 1, numRuns: 500 },
    );
  });

  it('object keys as every id, label and attribute name (all formats)', () => {
    for (const key of OBJECT_KEYS) {
      for (const format of FORMATS) {
        const text = VALID[format].replace(/oslo|Oslo|bergen|Bergen|"n"|country|label|weight/g, key);
        expect(() => readBytes(Buffer.from(text, 'utf8'), format), `${format} with ${key}`).not.toThrow();
      }
    }
  });

  it('the streamed edge-list reader on mutated CSV and TSV files (150 cases)', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<NetworkFormat>('csv', 'tsv'), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (format, mutations) => {
        const bytes = mutations.reduce<Buffer>((b, m) => mutate(b, m), Buffer.from(VALID[format], 'utf8'));
        const path = join(scratch, `s${n++}.${format}`);
        writeFileSync(path, bytes);
        try {
          checkGraph(graphOfEdgeList(edgeListNetwork(await readEdgeListStream(path, { delimiter: format === 'tsv' ? '\t' : undefined }))));
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
        }
      }),
      { seed: SEED + 2, numRuns: 150 },
    );
  });
});
