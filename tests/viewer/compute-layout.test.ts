/**
 * src/layout: the seeded ForceAtlas2 layout is deterministic, keeps the
 * input graph untouched, and actually lays out (linked nodes end up closer
 * than unlinked ones); the overlap pass separates discs.
 */
import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import { computeLayout, inferLayoutSettings, pickIterationCount, seedPositions } from '../../src/layout/compute-layout.ts';
import { removeOverlap } from '../../src/layout/remove-overlap.ts';
import { loadReference } from '../helpers/load-reference.ts';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('computeLayout', () => {
  it('computeLayout(graph, { seed }) gives identical coordinates for the same seed', () => {
    const { graph } = loadReference('lesmis');
    const a = computeLayout(graph, { seed: 3, iterations: 50 });
    const b = computeLayout(loadReference('lesmis').graph, { seed: 3, iterations: 50 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const c = computeLayout(graph, { seed: 4, iterations: 50 });
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('computeLayout does not write to the input graph; .assign writes x and y', () => {
    const { graph } = loadReference('karate');
    const before = JSON.stringify(graph.export());
    const positions = computeLayout(graph, { iterations: 20 });
    expect(JSON.stringify(graph.export())).toBe(before);
    computeLayout.assign(graph, { iterations: 20 });
    graph.forEachNode((node, attributes) => {
      expect(attributes.x).toBe(positions[node]!.x);
      expect(attributes.y).toBe(positions[node]!.y);
    });
  });

  it('computeLayout ignores stale x/y attributes: the seed alone decides the start', () => {
    const { graph } = loadReference('karate');
    const clean = computeLayout(graph, { iterations: 30 });
    graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: 1e6, y: -1e6 }));
    expect(computeLayout(graph, { iterations: 30 })).toEqual(clean);
  });

  it('computeLayout pulls linked nodes together: mean edge length is far below mean pair distance', () => {
    const { graph } = loadReference('lesmis');
    const positions = computeLayout(graph, { seed: 1 });
    let edgeSum = 0;
    graph.forEachEdge((_e, _a, s, t) => { edgeSum += distance(positions[s]!, positions[t]!); });
    const nodes = graph.nodes();
    let pairSum = 0;
    let pairs = 0;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        pairSum += distance(positions[nodes[i]!]!, positions[nodes[j]!]!);
        pairs++;
      }
    }
    expect(edgeSum / graph.size).toBeLessThan(0.6 * (pairSum / pairs));
    for (const { x, y } of Object.values(positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('computeLayout handles the empty graph, isolated nodes and self-loops', () => {
    expect(computeLayout(new UndirectedGraph())).toEqual({});
    const lonely = new UndirectedGraph({ allowSelfLoops: true });
    lonely.addNode('a');
    lonely.addNode('b');
    expect(computeLayout(lonely, { seed: 9 })).toEqual(seedPositions(lonely, 9));
    lonely.addEdge('a', 'a');
    lonely.addEdge('a', 'b');
    const positions = computeLayout(lonely, { iterations: 10 });
    expect(Object.keys(positions).sort()).toEqual(['a', 'b']);
  });

  it('computeLayout rejects unknown options by name', () => {
    const { graph } = loadReference('karate');
    expect(() => computeLayout(graph, { iteratoins: 5 } as never)).toThrow(/unknown option "iteratoins"/);
    expect(() => computeLayout(graph, { seed: 1.5 })).toThrow(/seed/);
  });

  it('inferLayoutSettings turns Barnes–Hut on only above the threshold', () => {
    expect(inferLayoutSettings(2000).barnesHutOptimize).toBe(false);
    expect(inferLayoutSettings(2001).barnesHutOptimize).toBe(true);
    expect(inferLayoutSettings(50, 10).barnesHutOptimize).toBe(true);
    expect(pickIterationCount(100)).toBeGreaterThan(pickIterationCount(100_000));
  });

  it('seedPositions spreads nodes over a disc whose area grows with the node count', () => {
    const graph = new UndirectedGraph();
    for (let i = 0; i < 400; i++) graph.addNode(String(i));
    const positions = Object.values(seedPositions(graph, 1));
    const radius = 10 * Math.sqrt(400);
    expect(Math.max(...positions.map((p) => Math.hypot(p.x, p.y)))).toBeLessThanOrEqual(radius);
    // Uniform on the disc: about a quarter of the nodes fall within half the radius.
    const inner = positions.filter((p) => Math.hypot(p.x, p.y) < radius / 2).length;
    expect(inner).toBeGreaterThan(70);
    expect(inner).toBeLessThan(130);
  });
});

describe('removeOverlap', () => {
  it('removeOverlap separates discs that overlap and leaves the graph untouched', () => {
    const graph = new UndirectedGraph();
    // Five unit discs piled almost on one point.
    for (let i = 0; i < 5; i++) graph.addNode(String(i), { x: i * 0.1, y: 0, size: 1 });
    const before = JSON.stringify(graph.export());
    const positions = removeOverlap(graph, { margin: 0 });
    expect(JSON.stringify(graph.export())).toBe(before);
    const keys = Object.keys(positions);
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        expect(distance(positions[keys[i]!]!, positions[keys[j]!]!)).toBeGreaterThanOrEqual(2 - 1e-6);
      }
    }
  });

  it('removeOverlap.assign uses getSize for radii and writes x/y', () => {
    const graph = new UndirectedGraph();
    graph.addNode('a', { x: 0, y: 0 });
    graph.addNode('b', { x: 1, y: 0 });
    removeOverlap.assign(graph, { getSize: () => 5, margin: 0 });
    const a = graph.getNodeAttributes('a');
    const b = graph.getNodeAttributes('b');
    expect(distance({ x: a.x, y: a.y }, { x: b.x, y: b.y })).toBeGreaterThanOrEqual(10 - 1e-6);
    expect(() => removeOverlap(graph, { marign: 1 } as never)).toThrow(/unknown option "marign"/);
  });
});
