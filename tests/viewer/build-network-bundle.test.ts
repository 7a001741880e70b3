/**
 * bundleNetwork / bundleNetworks against independent answers: NetworkX's
 * metric values for karate and lesmis, modularity recomputed by
 * graphology-metrics from the exported communities, and hand-made graphs.
 */
import { describe, expect, it } from 'vitest';
import Graph, { UndirectedGraph } from 'graphology';
import modularity from 'graphology-metrics/graph/modularity.js';
import { bundleNetwork, bundleNetworks } from '../../src/graph/build-network-bundle.ts';
import { loadReference } from '../helpers/load-reference.ts';

function nodeValues(bundle: ReturnType<typeof bundleNetwork>, attribute: string): Record<string, number> {
  return Object.fromEntries(bundle.graph.nodes.map((n) => [n.key, Number(n.attributes![attribute])]));
}

describe('bundleNetwork', () => {
  it('bundleNetwork(karate) carries NetworkX-equal metrics on every node', () => {
    const { graph, reference } = loadReference('karate');
    const bundle = bundleNetwork(graph, { name: 'twin' });
    expect(bundle.graph.nodes).toHaveLength(34);
    expect(bundle.graph.edges).toHaveLength(78);
    expect(bundle.metricNames).toEqual([
      'degree', 'strength', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank', 'core', 'triangles', 'clustering',
    ]);
    const pairs: [string, string][] = [
      ['degree', 'degree'], ['betweenness', 'betweenness_normalized'], ['closeness', 'closeness'], ['harmonic', 'harmonic'],
      ['pagerank', 'pagerank_085'], ['core', 'core_number'], ['triangles', 'triangles'], ['clustering', 'clustering'],
      ['eigenvector', 'eigenvector'],
    ];
    for (const [ours, theirs] of pairs) {
      const values = nodeValues(bundle, ours);
      for (const [node, expected] of Object.entries(reference.node[theirs]!)) {
        expect(values[node], `${ours} of ${node}`).toBeCloseTo(expected, 6);
      }
    }
  });

  it('bundleNetwork(lesmis) reports the modularity of the communities it wrote', () => {
    const { graph } = loadReference('lesmis');
    const bundle = bundleNetwork(graph, { name: 'twin', seed: 5 });
    const communities = nodeValues(bundle, 'community');
    const recomputed = modularity(graph, { getNodeCommunity: (node: string) => communities[node]! });
    expect(bundle.modularity).toBeCloseTo(recomputed, 10);
    expect(bundle.modularity).toBeGreaterThan(0.5);
    // Summaries: one per community, sizes add up, hubs are members ranked by degree.
    const degree = nodeValues(bundle, 'degree');
    expect(bundle.communities.map((c) => c.id).sort((a, b) => a - b)).toEqual([...new Set(Object.values(communities))].sort((a, b) => a - b));
    expect(bundle.communities.reduce((sum, c) => sum + c.size, 0)).toBe(77);
    for (const community of bundle.communities) {
      const members = Object.keys(communities).filter((n) => communities[n] === community.id);
      expect(community.size).toBe(members.length);
      const best = Math.max(...members.map((m) => degree[m]!));
      expect(degree[community.hubs[0]!]).toBe(best);
      for (const hub of community.hubs) expect(members).toContain(hub);
    }
  });

  it('bundleNetwork is deterministic and leaves the input graph alone', () => {
    const { graph } = loadReference('lesmis');
    const before = JSON.stringify(graph.export());
    const a = JSON.stringify(bundleNetwork(graph, { seed: 2, layoutIterations: 30 }));
    expect(JSON.stringify(graph.export())).toBe(before);
    const b = JSON.stringify(bundleNetwork(loadReference('lesmis').graph, { seed: 2, layoutIterations: 30 }));
    expect(a).toBe(b);
    const c = JSON.stringify(bundleNetwork(graph, { seed: 3, layoutIterations: 30 }));
    expect(c).not.toBe(a);
  });

  it('bundleNetwork gives every node a label, finite x/y and a community, keeping its own attributes', () => {
    const graph = new UndirectedGraph();
    graph.addNode('a', { name: 'Ålesund', country: 'NO', kind: 'municipality' });
    graph.addNode('b', { label: 'Aalborg', country: 'DK' });
    graph.addNode('c');
    graph.addEdge('a', 'b', { status: 'active', sources: ['x.txt:3'] });
    const bundle = bundleNetwork(graph, { name: 'municipality' });
    expect(bundle.name).toBe('municipality');
    const byKey = Object.fromEntries(bundle.graph.nodes.map((n) => [n.key, n.attributes!]));
    expect(byKey.a).toMatchObject({ label: 'Ålesund', name: 'Ålesund', country: 'NO', kind: 'municipality' });
    expect(byKey.b!.label).toBe('Aalborg');
    expect(byKey.c!.label).toBe('c');
    for (const attributes of Object.values(byKey)) {
      expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true);
      expect(Number.isInteger(attributes.community)).toBe(true);
    }
    expect(bundle.graph.edges[0]!.attributes).toMatchObject({ status: 'active', sources: ['x.txt:3'] });
    // The isolated node is its own community, apart from the linked pair.
    expect(byKey.a!.community).toBe(byKey.b!.community);
    expect(byKey.c!.community).not.toBe(byKey.a!.community);
  });

  it('bundleNetwork above pathMetricsUpTo leaves out the all-pairs path metrics instead of approximating them', () => {
    const { graph, reference } = loadReference('karate');
    const bundle = bundleNetwork(graph, { pathMetricsUpTo: 10 });
    expect(bundle.metricNames).toEqual(['degree', 'strength', 'eigenvector', 'pagerank', 'core', 'triangles', 'clustering']);
    const node = bundle.graph.nodes[0]!.attributes!;
    expect(node).not.toHaveProperty('betweenness');
    const pagerank = nodeValues(bundle, 'pagerank');
    for (const [key, expected] of Object.entries(reference.node.pagerank_085!)) expect(pagerank[key]).toBeCloseTo(expected, 6);
  });

  it('bundleNetwork reports progress and rejects unknown options by name', () => {
    const steps: string[] = [];
    bundleNetwork(loadReference('karate').graph, { layoutIterations: 5, onProgress: (step) => steps.push(step) });
    expect(steps).toEqual(expect.arrayContaining(['metrics', 'communities', 'layout', 'export']));
    expect(() => bundleNetwork(new Graph(), { seeds: 1 } as never)).toThrow(/unknown option "seeds"/);
  });
});

describe('bundleNetworks', () => {
  it('bundleNetworks packs the given networks with title and source lines', () => {
    const { graph } = loadReference('karate');
    const small = new UndirectedGraph();
    small.addNode('x');
    const bundle = bundleNetworks({ twin: graph, country: small }, { title: 'T', sourceLines: { 'a.txt:1': 'line' }, seed: 4 });
    expect(bundle.format).toBe('vennskap-network-bundle');
    expect(bundle.version).toBe(1);
    expect(bundle.title).toBe('T');
    expect(Object.keys(bundle.networks).sort()).toEqual(['country', 'twin']);
    expect(bundle.networks.country!.name).toBe('country');
    expect(bundle.sourceLines).toEqual({ 'a.txt:1': 'line' });
    expect(JSON.stringify(bundle.networks.twin)).toBe(JSON.stringify(bundleNetwork(graph, { name: 'twin', seed: 4 })));
    expect(() => bundleNetworks({}, { titel: 'x' } as never)).toThrow(/unknown option "titel"/);
  });
});
