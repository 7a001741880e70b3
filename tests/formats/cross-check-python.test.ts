/**
 * Independent readers for our writers' output: NetworkX's GraphML reader and
 * Python's strict XML parser (xmldom, which our own readers use, forgives
 * mistakes). Uses the Debian Python with python3-networkx (see
 * ../shared/notes/toolchain.md); skipped where that is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGexf } from '../../src/formats/write-gexf.ts';
import { writeGraphml } from '../../src/formats/write-graphml.ts';
import { buildSampleGraph } from './sample-graph.ts';
import { expectSameAttributes } from './same-attributes.ts';

const PYTHON = '/usr/bin/python3';
const hasNetworkx = spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-xcheck-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function python(script: string, path: string): unknown {
  const result = spawnSync(PYTHON, ['-c', script, path], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

describe.skipIf(!hasNetworkx)('cross-check with Python', () => {
  it('NetworkX reads our GraphML with the same nodes, edges and typed attributes', () => {
    const graph = buildSampleGraph();
    const path = join(scratch, 'sample.graphml');
    writeFileSync(path, writeGraphml(graph));
    const read = python(
      `import sys, json, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"directed": g.is_directed(), "graph": g.graph,
  "nodes": [[n, d] for n, d in g.nodes(data=True)],
  "edges": [[u, v, d] for u, v, d in g.edges(data=True)]}))`,
      path,
    ) as { directed: boolean; graph: Record<string, unknown>; nodes: [string, Record<string, unknown>][]; edges: [string, string, Record<string, unknown>][] };
    expect(read.directed).toBe(false);
    expect(read.graph.description).toBe('Twin towns & sister cities');
    expect(read.nodes.map(([n]) => n)).toEqual(graph.nodes());
    for (const [node, attributes] of read.nodes) expectSameAttributes(attributes, graph.getNodeAttributes(node), node);
    expect(read.edges.length).toBe(graph.size);
    for (const [u, v, attributes] of read.edges) {
      const edge = graph.edge(u, v)!;
      // NetworkX keeps the GraphML edge id as an "id" attribute.
      const { id, ...rest } = attributes;
      expect(id).toBe(edge);
      expectSameAttributes(rest, graph.getEdgeAttributes(edge), `${u}–${v}`);
    }
  });

  it('Python’s strict XML parser accepts our GEXF, with viz elements in the GEXF 1.3 viz namespace', () => {
    const path = join(scratch, 'sample.gexf');
    writeFileSync(path, writeGexf(buildSampleGraph()));
    const read = python(
      `import sys, json, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
nodes = root.findall("g:graph/g:nodes/g:node", ns)
print(json.dumps({"root": root.tag, "labels": [n.get("label") for n in nodes],
  "colors": [[c.get("r"), c.get("g"), c.get("b")] for n in nodes for c in n.findall("viz:color", ns)],
  "positions": [[p.get("x"), p.get("y")] for n in nodes for p in n.findall("viz:position", ns)],
  "edges": len(root.findall("g:graph/g:edges/g:edge", ns))}))`,
      path,
    );
    expect(read).toEqual({
      root: '{http://gexf.net/1.3}gexf',
      labels: ['Oslo', 'Tromsø & "Co" <north>\nline two', 'Архангельск'],
      // Communities 0, 13 and 1: palette entries 0, 1 and 1 (#e69f00, #56b4e9).
      colors: [['230', '159', '0'], ['86', '180', '233'], ['86', '180', '233']],
      positions: [['-12.5', '3.0000000001'], ['100', '-200.25']],
      edges: 3,
    });
  });
});
