import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/formats/input-error.ts';
import { readGexf } from '../../src/formats/read-gexf.ts';
import { readGraphml } from '../../src/formats/read-graphml.ts';

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

// A file in the shape Gephi 0.10 saves (GEXF 1.3, viz namespace, typed attributes).
const GEPHI_GEXF = `<?xml version='1.0' encoding='UTF-8'?>
<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">
  <meta lastmodifieddate="2024-05-01">
    <creator>Gephi 0.10.1</creator>
    <description></description>
  </meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node" mode="static">
      <attribute id="country" title="country" type="string"/>
      <attribute id="population" title="population" type="integer"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="since" title="since" type="integer"/>
    </attributes>
    <nodes>
      <node id="osl" label="Oslo">
        <attvalues>
          <attvalue for="country" value="NO"/>
          <attvalue for="population" value="709037"/>
        </attvalues>
        <viz:size value="10.0"/>
        <viz:position x="-12.5" y="3.25" z="0.0"/>
        <viz:color r="230" g="159" b="0"/>
      </node>
      <node id="got" label="G&#246;teborg &amp; co">
        <attvalues>
          <attvalue for="country" value="SE"/>
        </attvalues>
      </node>
      <node id="aar"/>
    </nodes>
    <edges>
      <edge id="0" source="osl" target="got" weight="2.0">
        <attvalues><attvalue for="since" value="1946"/></attvalues>
      </edge>
      <edge id="1" source="aar" target="osl"/>
    </edges>
  </graph>
</gexf>
`;

describe('readGexf', () => {
  it('reads a Gephi file: labels, typed attributes, positions, weights (default 1)', () => {
    const { graph, notes } = readGexf(GEPHI_GEXF, { file: 'twins.gexf' });
    expect(graph.type).toBe('undirected');
    expect(graph.nodes()).toEqual(['osl', 'got', 'aar']);
    const oslo = graph.getNodeAttributes('osl');
    expect(oslo.label).toBe('Oslo');
    expect(oslo.country).toBe('NO');
    expect(oslo.population).toBe(709037);
    expect(oslo.x).toBe(-12.5);
    expect(oslo.y).toBe(3.25);
    expect(oslo.size).toBe(10);
    expect(oslo.color).toBe('rgb(230,159,0)');
    expect(graph.getNodeAttribute('got', 'label')).toBe('Göteborg & co');
    expect(graph.getNodeAttribute('aar', 'label')).toBe('aar');
    expect(graph.getEdgeAttributes('0')).toEqual({ weight: 2, since: 1946 });
    expect(graph.getEdgeAttributes('1')).toEqual({ weight: 1 });
    expect(notes).toEqual([]);
  });

  it('reads a directed graph as undirected, merging a→b with b→a, and says so', () => {
    const text = `<gexf version="1.2"><graph defaultedgetype="directed"><nodes><node id="a"/><node id="b"/><node id="c"/></nodes>
<edges><edge id="x" source="a" target="b" weight="1.5"/><edge id="y" source="b" target="a" weight="2"/><edge id="z" source="b" target="c"/></edges></graph></gexf>`;
    const { graph, notes } = readGexf(text, { file: 'd.gexf' });
    expect(graph.type).toBe('undirected');
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttributes('x')).toEqual({ weight: 3.5, count: 2 });
    expect(notes).toContain('3 directed edges were read as undirected (the analyses are undirected).');
    expect(notes).toContain('1 parallel edge was merged into an existing edge of the same pair (weights summed, "count" records how many).');
  });

  it('adds nodes named only by edges, and reads undeclared attributes as text, with notes', () => {
    const text = `<gexf><graph><nodes><node id="a"><attvalues><attvalue for="tag" value="7"/></attvalues></node></nodes>
<edges><edge source="a" target="ghost"/></edges></graph></gexf>`;
    const { graph, notes } = readGexf(text, { file: 'm.gexf' });
    expect(graph.nodes()).toEqual(['a', 'ghost']);
    expect(graph.getNodeAttribute('a', 'tag')).toBe('7');
    expect(graph.getNodeAttribute('ghost', 'label')).toBe('ghost');
    expect(notes).toEqual(['attributes used without a declaration were read as text: tag.', '1 node named only by edges was added with the id as label.']);
  });

  it('gives explicit, reproducible keys to edges without an id', () => {
    const text = '<gexf><graph><nodes><node id="a"/><node id="b"/><node id="c"/></nodes><edges><edge source="a" target="b"/><edge source="b" target="c"/></edges></graph></gexf>';
    expect(readGexf(text).graph.edges()).toEqual(['e0', 'e1']);
  });

  it('unparsable XML is one InputError line naming the file and the parser line', () => {
    const text = '<?xml version="1.0"?>\n<gexf>\n<graph>\n<nodes>\n<node id="a"\n</nodes></graph></gexf>\n';
    const e = inputError(() => readGexf(text, { file: 'broken.gexf' }));
    expect(e.message.startsWith('broken.gexf:5: expected a GEXF document: the XML is not well-formed')).toBe(true);
    expect(e.message).not.toContain('\n');
  });

  it('a truncated file says where it ends', () => {
    const text = '<gexf>\n<graph>\n<nodes>\n<node id="a"/>\n';
    expect(inputError(() => readGexf(text, { file: 'cut.gexf' })).message).toBe('cut.gexf:4: expected a GEXF document: the file ends before </gexf> (was it cut short?)');
  });

  it('another XML document, plain text and an empty file are rejected by name', () => {
    expect(inputError(() => readGexf('<graphml><graph/></graphml>', { file: 'a.gexf' })).message).toBe('a.gexf:1: expected a GEXF document: the root element is <graphml>, not <gexf>');
    expect(inputError(() => readGexf('source,target\na,b\n', { file: 'b.gexf' })).message).toBe('b.gexf:1: expected a GEXF document: no XML element found (is this the right file?)');
    expect(inputError(() => readGexf('  \n', { file: 'c.gexf' })).message).toBe('c.gexf: expected a GEXF document: the file is empty');
    expect(inputError(() => readGexf('<gexf><meta/></gexf>', { file: 'd.gexf' })).message).toBe('d.gexf:1: expected a GEXF document: no <graph> element inside <gexf>');
  });

  it('a duplicate node id and a non-numeric weight are InputErrors', () => {
    const dup = '<gexf><graph><nodes><node id="a"/><node id="a"/></nodes></graph></gexf>';
    expect(inputError(() => readGexf(dup, { file: 'dup.gexf' })).message).toMatch(/^dup\.gexf: expected a GEXF document: .*"a".*already exist/);
    const weight = '<gexf><graph><nodes><node id="a"/><node id="b"/></nodes><edges><edge id="e" source="a" target="b" weight="heavy"/></edges></graph></gexf>';
    expect(inputError(() => readGexf(weight, { file: 'w.gexf' })).message).toMatch(/^w\.gexf: edge "e" \(a – b\) has a weight that is not a number/);
  });
});

// The shape NetworkX's write_graphml produces (keys d0…, typed, a default).
const NETWORKX_GRAPHML = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="d3" for="edge" attr.name="weight" attr.type="double">
    <default>2.5</default>
  </key>
  <key id="d2" for="node" attr.name="y" attr.type="double"/>
  <key id="d1" for="node" attr.name="x" attr.type="double"/>
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="0"><data key="d0">Tromsø</data><data key="d1">1.5</data><data key="d2">-2</data></node>
    <node id="1"><data key="d0">Arkhangelsk</data></node>
    <node id="2"/>
    <edge source="0" target="1"><data key="d3">4</data></edge>
    <edge source="1" target="2"/>
  </graph>
</graphml>
`;

describe('readGraphml', () => {
  it('reads a NetworkX file: label from name, positions, weights with a numeric default', () => {
    const { graph, notes } = readGraphml(NETWORKX_GRAPHML, { file: 'n.graphml' });
    expect(graph.type).toBe('undirected');
    expect(graph.getNodeAttributes('0')).toEqual({ name: 'Tromsø', label: 'Tromsø', x: 1.5, y: -2 });
    expect(graph.getNodeAttribute('2', 'label')).toBe('2');
    expect(graph.getEdgeAttribute(graph.edge('0', '1')!, 'weight')).toBe(4);
    expect(graph.getEdgeAttribute(graph.edge('1', '2')!, 'weight')).toBe(2.5);
    expect(notes).toEqual([]);
  });

  it('reads directed GraphML as undirected with a note', () => {
    const text = '<graphml><graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b"/><edge source="b" target="a"/></graph></graphml>';
    const { graph, notes } = readGraphml(text);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes(graph.edge('a', 'b')!)).toEqual({ weight: 2, count: 2 });
    expect(notes[0]).toBe('2 directed edges were read as undirected (the analyses are undirected).');
  });

  it('unparsable GraphML is one InputError line with the parser line', () => {
    const text = '<graphml>\n<graph>\n<node id="a" x=1/>\n</graph>\n</graphml>\n';
    const e = inputError(() => readGraphml(text, { file: 'b.graphml' }));
    expect(e.message.startsWith('b.graphml:3: expected a GraphML document: the XML is not well-formed')).toBe(true);
    expect(e.message).not.toContain('\n');
    expect(inputError(() => readGraphml(GEPHI_GEXF, { file: 'g.graphml' })).message).toBe('g.graphml:2: expected a GraphML document: the root element is <gexf>, not <graphml>');
  });
});
