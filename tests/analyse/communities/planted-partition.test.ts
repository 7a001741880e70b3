import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/analyse/agreement/adjusted-rand-index.ts';
import { detectCommunities } from '../../../src/analyse/communities/detect-communities.ts';
import { formatEdgeList, generatePlantedPartition } from '../../../src/analyse/synthetic/planted-partition.ts';

describe('generatePlantedPartition', () => {
  const options = { nodes: 600, edges: 3000, communities: 6, mixing: 0.2, seed: 4 };
  const planted = generatePlantedPartition(options);

  it('makes exactly m distinct edges without self-loops', () => {
    expect(planted.sources.length).toBe(3000);
    expect(planted.targets.length).toBe(3000);
    const seen = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const s = planted.sources[i]!;
      const t = planted.targets[i]!;
      expect(s).not.toBe(t);
      expect(s >= 0 && s < 600 && t >= 0 && t < 600).toBe(true);
      seen.add(s < t ? `${s}-${t}` : `${t}-${s}`);
    }
    expect(seen.size).toBe(3000);
  });

  it('plants equal communities and the requested mixing exactly', () => {
    const sizes = new Array<number>(6).fill(0);
    for (const c of planted.membership) sizes[c]!++;
    expect(sizes).toEqual([100, 100, 100, 100, 100, 100]);
    let inter = 0;
    for (let i = 0; i < 3000; i++) if (planted.membership[planted.sources[i]!] !== planted.membership[planted.targets[i]!]) inter++;
    expect(inter).toBe(600);
  });

  it('is a pure function of its options', () => {
    const again = generatePlantedPartition(options);
    expect(again.sources).toEqual(planted.sources);
    expect(again.membership).toEqual(planted.membership);
    const other = generatePlantedPartition({ ...options, seed: 5 });
    expect(other.sources).not.toEqual(planted.sources);
  });

  it('plants structure that Louvain recovers', () => {
    const graph = new Graph({ type: 'undirected' });
    for (let i = 0; i < 600; i++) graph.addNode(String(i));
    for (let i = 0; i < 3000; i++) graph.addEdge(String(planted.sources[i]), String(planted.targets[i]));
    const found = detectCommunities(graph).communities;
    const truth = Object.fromEntries([...planted.membership].map((c, i) => [String(i), c]));
    // Average degree 10 with 20% mixing is well inside the detectable regime.
    expect(adjustedRandIndex(found, truth)).toBeGreaterThan(0.9);
  });

  it('handles the extremes of mixing and fills a complete graph', () => {
    const separate = generatePlantedPartition({ nodes: 40, edges: 60, communities: 4, mixing: 0, seed: 1 });
    for (let i = 0; i < 60; i++) expect(separate.membership[separate.sources[i]!]).toBe(separate.membership[separate.targets[i]!]);
    const complete = generatePlantedPartition({ nodes: 10, edges: 45, communities: 2, mixing: 25 / 45, seed: 1 });
    expect(new Set([...complete.sources].map((s, i) => Math.min(s, complete.targets[i]!) * 10 + Math.max(s, complete.targets[i]!))).size).toBe(45);
  });

  it('rejects impossible requests and unknown options', () => {
    expect(() => generatePlantedPartition({ nodes: 4, edges: 7, communities: 1, mixing: 0, seed: 1 })).toThrow(/only 6 pairs/);
    expect(() => generatePlantedPartition({ ...options, mixing: 1.5 })).toThrow(/mixing/);
    expect(() => generatePlantedPartition({ ...options, size: 3 } as never)).toThrow(/"size"/);
  });
});

describe('formatEdgeList', () => {
  it('streams "source target" lines in chunks', () => {
    const chunks = [...formatEdgeList(Int32Array.of(0, 2, 5), Int32Array.of(1, 3, 4), 2)];
    expect(chunks).toEqual(['0 1\n2 3\n', '5 4\n']);
  });
});
