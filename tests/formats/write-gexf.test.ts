import Graph from 'graphology';
import { parse as parseWithGraphologyGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { COMMUNITY_PALETTE, colorForCommunity } from '../../src/formats/community-palette.ts';
import { readGexf } from '../../src/formats/read-gexf.ts';
import { writeGexf } from '../../src/formats/write-gexf.ts';
import { buildSampleGraph } from './sample-graph.ts';
import { expectSameAttributes } from './same-attributes.ts';

describe('writeGexf', () => {
  it('round-trips through graphology-gexf’s own parser: same nodes, edges and attributes', () => {
    const graph = buildSampleGraph();
    const parsed = parseWithGraphologyGexf(Graph, writeGexf(graph));
    expect(parsed.type).toBe('undirected');
    expect(parsed.nodes()).toEqual(graph.nodes());
    expect(parsed.edges()).toEqual(graph.edges());
    expect(parsed.getAttribute('creator')).toBe('vennskap');
    expect(parsed.getAttribute('description')).toBe('Twin towns & sister cities');
    graph.forEachNode((node, attributes) => {
      const back = { ...parsed.getNodeAttributes(node) };
      // viz:color is read back as `color`, the community colour. Okabe–Ito
      // orange #e69f00 is community 0; 13 wraps to index 1 (sky blue
      // #56b4e9); 1 is sky blue too.
      const expectedColor = { osl: 'rgb(230,159,0)', tro: 'rgb(86,180,233)', ark: 'rgb(86,180,233)' }[node];
      expect(back.color, node).toBe(expectedColor);
      delete back.color;
      expectSameAttributes(back, attributes, node);
    });
    graph.forEachEdge((edge, attributes, source, target) => {
      expect(parsed.extremities(edge)).toEqual([source, target]);
      expectSameAttributes(parsed.getEdgeAttributes(edge), attributes, edge);
    });
  });

  it('declares attributes with types', () => {
    const text = writeGexf(buildSampleGraph());
    const declarations = [...text.matchAll(/<attribute id="([^"]+)" title="[^"]+" type="([^"]+)"\/>/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(declarations).toEqual([
      // node attributes, sorted (label, x, y are written as label and viz:position)
      'area:long',
      'coastal:boolean',
      'community:integer',
      'country:string',
      'pagerank:double',
      'population:integer',
      'tags:string',
      // edge attributes (weight is the edge's weight)
      'relation:string',
      'since:integer',
      'sources:string',
    ]);
    expect(text).toContain('<attvalue for="tags" value="capital|port"/>');
    expect(text).toContain('<viz:position x="-12.5" y="3.0000000001"/>');
  });

  it('widens inferred types to the declared ones, never narrows them', () => {
    const graph = new Graph({ type: 'undirected' });
    graph.addNode('a', { clustering: 0, degree: 2, share: 0.5 });
    graph.addNode('b', { clustering: 0, degree: 1, share: 1 });
    graph.addEdge('a', 'b', { since: 1990 });
    const text = writeGexf(graph, { declaredTypes: { node: { clustering: 'double', share: 'integer', absent: 'double' }, edge: { since: 'long' } } });
    const declarations = [...text.matchAll(/<attribute id="([^"]+)" title="[^"]+" type="([^"]+)"\/>/g)].map((m) => `${m[1]}:${m[2]}`);
    // clustering is all whole numbers but declared double; share has 0.5, so "integer" cannot hold it.
    expect(declarations).toEqual(['clustering:double', 'degree:integer', 'share:double', 'since:long']);
  });

  it('is deterministic: declarations sorted whatever node carries which attribute first', () => {
    const a = new Graph();
    a.addNode('n1', { b: 1 });
    a.addNode('n2', { zeta: 'z', a: 'x', b: 2 });
    const text = writeGexf(a);
    const ids = [...text.matchAll(/<attribute id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['a', 'b', 'zeta']);
    expect(writeGexf(a)).toBe(text);
    // Values follow the declaration order within a node.
    expect(text).toMatch(/<attvalue for="a" value="x"\/>\s*<attvalue for="b" value="2"\/>\s*<attvalue for="zeta" value="z"\/>/);
  });

  it('gives edges with graphology-generated keys stable ids', () => {
    const g = new Graph();
    g.addNode('a');
    g.addNode('b');
    g.addNode('c');
    g.addEdge('a', 'b');
    g.addEdge('b', 'c');
    const ids = [...writeGexf(g).matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['e0', 'e1']);
  });

  it('writes a directed graph as directed, and mixed edges with their own type', () => {
    const g = new Graph({ type: 'mixed' });
    g.addNode('a');
    g.addNode('b');
    g.addDirectedEdgeWithKey('d', 'a', 'b');
    g.addUndirectedEdgeWithKey('u', 'a', 'b');
    const text = writeGexf(g);
    expect(text).toContain('defaultedgetype="directed"');
    expect(text).toContain('<edge id="u" type="undirected" source="a" target="b"/>');
    const back = parseWithGraphologyGexf(Graph, text);
    expect(back.isDirected('d')).toBe(true);
    expect(back.isUndirected('u')).toBe(true);
  });

  it('uses the node colour when there is no community, viz:size from size, and drops characters XML cannot hold', () => {
    const g = new Graph();
    g.addNode('a', { label: 'bell\u0007 here', color: '#0af', size: 4.5 });
    const text = writeGexf(g);
    expect(text).toContain('<viz:color r="0" g="170" b="255"/>');
    expect(text).toContain('<viz:size value="4.5"/>');
    const back = parseWithGraphologyGexf(Graph, text);
    expect(back.getNodeAttributes('a')).toEqual({ label: 'bell here', color: 'rgb(0,170,255)', size: 4.5 });
  });

  it('reads back with our reader into the same network', () => {
    const graph = buildSampleGraph();
    const { graph: back } = readGexf(writeGexf(graph));
    expect(back.nodes()).toEqual(graph.nodes());
    expect(back.getEdgeAttribute('k-osl-tro', 'weight')).toBe(2);
    expect(back.getNodeAttribute('tro', 'label')).toBe(graph.getNodeAttribute('tro', 'label'));
  });

  it('rejects unknown options by name', () => {
    expect(() => writeGexf(new Graph(), { colour: 'x' } as never)).toThrow('writeGexf: unknown option "colour"');
  });
});

describe('community palette', () => {
  it('has twelve distinct colours and cycles deterministically, negatives included', () => {
    expect(new Set(COMMUNITY_PALETTE).size).toBe(12);
    expect(colorForCommunity(0)).toBe('#e69f00');
    expect(colorForCommunity(12)).toBe('#e69f00');
    expect(colorForCommunity(25)).toBe(COMMUNITY_PALETTE[1]);
    expect(colorForCommunity(-1)).toBe(COMMUNITY_PALETTE[11]);
    expect(() => colorForCommunity(1.5)).toThrow('expected an integer community id');
  });
});
