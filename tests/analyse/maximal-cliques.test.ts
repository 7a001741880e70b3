/**
 * Maximal cliques against NetworkX's find_cliques (tests/reference/cliques.json,
 * written by tests/reference/cliques.py), plus small hand-checked cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adjacencyFromEdges, findMaximalCliques, findMaximalCliquesContaining } from '../../src/analyse/maximal-cliques.ts';
import { readReference, type ReferenceName } from '../helpers/load-reference.ts';

interface CliqueReference {
  cliques: string[][];
  seeds: string[];
  containingSeeds: string[][];
}
const expected = JSON.parse(readFileSync(new URL('../reference/cliques.json', import.meta.url), 'utf8')) as Record<'karate' | 'lesmis', CliqueReference>;

function adjacencyOf(name: ReferenceName) {
  const r = readReference(name);
  return adjacencyFromEdges(r.nodes.map(String), r.edges.map((e) => [String(e[0]), String(e[1])] as const));
}

describe('findMaximalCliques', () => {
  for (const name of ['karate', 'lesmis'] as const) {
    it(`gives NetworkX's maximal cliques of ${name}`, () => {
      const cliques = findMaximalCliques(adjacencyOf(name));
      expect(cliques).toEqual(expected[name].cliques);
    });

    it(`searching only around ${expected[name].seeds.join(', ')} gives NetworkX's cliques that contain them, each once (${name})`, () => {
      const cliques = findMaximalCliquesContaining(adjacencyOf(name), expected[name].seeds);
      expect(cliques).toEqual(expected[name].containingSeeds);
    });
  }

  it('karate: 36 maximal cliques, the largest two of 5 (hand-checked count against the reference)', () => {
    const cliques = findMaximalCliques(adjacencyOf('karate'));
    expect(cliques).toHaveLength(36);
    expect(cliques.filter((c) => c.length === 5)).toEqual([
      ['0', '1', '2', '3', '13'].sort(),
      ['0', '1', '2', '3', '7'].sort(),
    ].sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1)));
  });

  it('a square with one diagonal has two triangles; an isolated node is a clique of one', () => {
    const adjacency = adjacencyFromEdges(['z'], [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a'], ['a', 'c']]);
    expect(findMaximalCliques(adjacency)).toEqual([['a', 'b', 'c'], ['a', 'c', 'd'], ['z']]);
    expect(findMaximalCliquesContaining(adjacency, ['d', 'missing'])).toEqual([['a', 'c', 'd']]);
  });

  it('a complete graph of 60 nodes is one clique (no deep recursion)', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const edges = nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => [a, b] as const));
    expect(findMaximalCliques(adjacencyFromEdges(nodes, edges))).toEqual([nodes]);
  });
});
