import Graph from 'graphology';
import { parse as parseWithGraphologyGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { readGraphml } from '../../src/formats/read-graphml.ts';
import { writeGraphml } from '../../src/formats/write-graphml.ts';
import { buildSampleGraph } from './sample-graph.ts';
import { expectSameAttributes } from './same-attributes.ts';

describe('writeGraphml', () => {
  it('round-trips through graphology-graphml’s own parser: same nodes, edges and attributes', () => {
    const graph = buildSampleGraph();
    const parsed = parseWithGraphologyGraphml(Graph, writeGraphml(graph));
    expect(parsed.type).toBe('undirected');
    expect(parsed.nodes()).toEqual(graph.nodes());
    expect(parsed.edges()).toEqual(graph.edges());
    expect(parsed.getAttribute('description')).toBe('Twin towns & sister cities');
    graph.forEachNode((node, attributes) => expectSameAttributes(parsed.getNodeAttributes(node), attributes, node));
    graph.forEachEdge((edge, attributes, source, target) => {
      expect(parsed.extremities(edge)).toEqual([source, target]);
      expectSameAttributes(parsed.getEdgeAttributes(edge), attributes, edge);
    });
  });

  it('declares typed keys: graph, node, edge, each sorted by name', () => {
    const text = writeGraphml(buildSampleGraph());
    const keys = [...text.matchAll(/<key id="(d\d+)" for="(\w+)" attr\.name="([^"]+)" attr\.type="(\w+)"\/>/g)].map((m) => `${m[1]} ${m[2]} ${m[3]}:${m[4]}`);
    expect(keys).toEqual([
      'd0 graph description:string',
      'd1 node area:long',
      'd2 node coastal:boolean',
      'd3 node community:int',
      'd4 node country:string',
      'd5 node label:string',
      'd6 node pagerank:double',
      'd7 node population:int',
      'd8 node tags:string',
      'd9 node x:double',
      'd10 node y:double',
      'd11 edge relation:string',
      'd12 edge since:int',
      'd13 edge sources:string',
      'd14 edge weight:double',
    ]);
    // A label with markup characters and a newline is escaped, not broken.
    expect(text).toContain('<data key="d5">Tromsø &amp; "Co" &lt;north&gt;\nline two</data>');
  });

  it('is deterministic and gives generated edge keys stable ids', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('a', { z: 1 });
    g.addNode('b', { a: 'x' });
    g.addEdge('a', 'b');
    const text = writeGraphml(g);
    expect(writeGraphml(g)).toBe(text);
    expect(text).toContain('<edge id="e0" source="a" target="b"/>');
  });

  it('writes directed and mixed graphs with edgedefault and per-edge direction', () => {
    const g = new Graph({ type: 'mixed' });
    g.addNode('a');
    g.addNode('b');
    g.addDirectedEdgeWithKey('d', 'a', 'b');
    g.addUndirectedEdgeWithKey('u', 'a', 'b');
    const text = writeGraphml(g);
    expect(text).toContain('edgedefault="undirected"');
    expect(text).toContain('<edge id="d" source="a" target="b" directed="true"/>');
    const back = parseWithGraphologyGraphml(Graph, text);
    expect(back.isDirected('d')).toBe(true);
    expect(back.isUndirected('u')).toBe(true);
  });

  it('reads back with our reader into the same network', () => {
    const graph = buildSampleGraph();
    const { graph: back, notes } = readGraphml(writeGraphml(graph));
    expect(notes).toEqual([]);
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.getNodeAttribute('osl', 'x')).toBe(-12.5);
    expect(back.getEdgeAttribute('k-tro-ark', 'weight')).toBe(0.5);
  });

  it('rejects unknown options by name', () => {
    expect(() => writeGraphml(new Graph(), { pretty: false } as never)).toThrow('writeGraphml: unknown option "pretty"');
  });
});
