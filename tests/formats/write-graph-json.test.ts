import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { readGraphJson } from '../../src/formats/read-graph-json.ts';
import { writeGraphJson } from '../../src/formats/write-graph-json.ts';
import { buildSampleGraph } from './sample-graph.ts';

describe('writeGraphJson', () => {
  it('writes graphology’s export with sorted attribute keys, fixed top-level order and 2-space indent', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('b', { zeta: 1, alpha: { y: 2, x: 1 } });
    g.addNode('a', { label: 'A' });
    g.addEdgeWithKey('k', 'b', 'a', { weight: 2, count: 3 });
    expect(writeGraphJson(g)).toBe(
      `{
  "attributes": {},
  "options": {
    "type": "undirected",
    "multi": false,
    "allowSelfLoops": true
  },
  "nodes": [
    {
      "key": "b",
      "attributes": {
        "alpha": {
          "x": 1,
          "y": 2
        },
        "zeta": 1
      }
    },
    {
      "key": "a",
      "attributes": {
        "label": "A"
      }
    }
  ],
  "edges": [
    {
      "key": "k",
      "source": "b",
      "target": "a",
      "attributes": {
        "count": 3,
        "weight": 2
      }
    }
  ]
}
`,
    );
  });

  it('gives the same bytes for the same graph built with attributes in another order, and stable keys for generated ones', () => {
    const one = new Graph();
    one.addNode('a', { x: 1, label: 'A' });
    one.addNode('b');
    one.addEdge('a', 'b');
    const two = new Graph();
    two.addNode('a', { label: 'A', x: 1 });
    two.addNode('b');
    two.addEdge('a', 'b');
    expect(writeGraphJson(one)).toBe(writeGraphJson(two));
    expect(JSON.parse(writeGraphJson(one)).edges[0].key).toBe('e0');
  });

  it('round-trips through Graph.from and through readGraphJson', () => {
    const graph = buildSampleGraph();
    const text = writeGraphJson(graph);
    const back = Graph.from(JSON.parse(text));
    expect(back.nodes()).toEqual(graph.nodes());
    graph.forEachNode((node, attributes) => expect(back.getNodeAttributes(node)).toEqual(attributes));
    graph.forEachEdge((edge, attributes) => expect(back.getEdgeAttributes(edge)).toEqual(attributes));
    const read = readGraphJson(text).graph;
    expect(read.getNodeAttribute('osl', 'tags')).toEqual(['capital', 'port']);
  });
});
