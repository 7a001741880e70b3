/**
 * A graph exercising every kind of attribute the writers must carry:
 * strings with XML and CSV specials, integers, doubles, a value beyond 32
 * bits, booleans, arrays, communities, positions, a node missing attributes
 * others have, a self-loop, and an edge without a key of ours.
 */
import Graph from 'graphology';

export function buildSampleGraph(): Graph {
  const graph = new Graph({ type: 'undirected', allowSelfLoops: true });
  graph.setAttribute('description', 'Twin towns & sister cities');
  graph.addNode('osl', {
    label: 'Oslo',
    country: 'NO',
    population: 709037,
    pagerank: 0.1 + 0.2,
    tags: ['capital', 'port'],
    community: 0,
    x: -12.5,
    y: 3.0000000001,
    coastal: true,
    area: 5_000_000_000,
  });
  graph.addNode('tro', {
    label: 'Tromsø & "Co" <north>\nline two',
    country: 'NO',
    population: 77544,
    pagerank: 1e-7,
    tags: ['arctic'],
    community: 13,
    x: 100,
    y: -200.25,
    coastal: false,
    area: 2_520_000_000,
  });
  // Only some attributes: writers must not invent the others.
  graph.addNode('ark', { label: 'Архангельск', country: 'RU', community: 1 });
  graph.addEdgeWithKey('k-osl-tro', 'osl', 'tro', { weight: 2, relation: 'twin', since: 1946, sources: ['a.txt:3', 'b.txt:9'] });
  graph.addEdgeWithKey('k-tro-ark', 'tro', 'ark', { weight: 0.5, relation: 'friendship' });
  graph.addEdgeWithKey('k-loop', 'ark', 'ark', { weight: 1 });
  return graph;
}
