import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { describeCommunities } from '../../../src/analyse/communities/describe-communities.ts';

/**
 * Community 0: oslo, bergen, tromso (NO) and umea (SE); community 1: malmo, lund (SE).
 * Edges: oslo–bergen 2, bergen–tromso 1, oslo–tromso 1, tromso–umea 1 (inside 0: 5),
 * malmo–lund 3 (inside 1: 3), umea–malmo 2 (between). Total weight 10.
 */
function nordic(): { graph: Graph; communities: Record<string, number> } {
  const graph = new Graph({ type: 'undirected' });
  const places: [string, string, string][] = [
    ['oslo', 'Oslo', 'NO'], ['bergen', 'Bergen', 'NO'], ['tromso', 'Tromsø', 'NO'],
    ['umea', 'Umeå', 'SE'], ['malmo', 'Malmö', 'SE'], ['lund', 'Lund', 'SE'],
  ];
  for (const [key, name, country] of places) graph.addNode(key, { name, country });
  const edges: [string, string, number][] = [
    ['oslo', 'bergen', 2], ['bergen', 'tromso', 1], ['oslo', 'tromso', 1],
    ['tromso', 'umea', 1], ['malmo', 'lund', 3], ['umea', 'malmo', 2],
  ];
  for (const [s, t, weight] of edges) graph.addEdge(s, t, { weight });
  return { graph, communities: { oslo: 0, bergen: 0, tromso: 0, umea: 0, malmo: 1, lund: 1 } };
}

describe('describeCommunities', () => {
  it('summarises size, hubs, countries and weighted link share', () => {
    const { graph, communities } = nordic();
    const hubMetric = { oslo: 2, bergen: 2, tromso: 3, umea: 2, malmo: 2, lund: 1 };
    const summaries = describeCommunities(graph, communities, { hubMetric, hubCount: 3 });
    expect(summaries).toEqual([
      // Tromsø leads; Bergen, Oslo and Umeå tie at 2 and are ordered by name.
      {
        id: 0, size: 4, hubs: ['tromso', 'bergen', 'oslo'],
        countries: [{ country: 'NO', count: 3 }, { country: 'SE', count: 1 }],
        linkShare: 5 / 10,
      },
      { id: 1, size: 2, hubs: ['malmo', 'lund'], countries: [{ country: 'SE', count: 2 }], linkShare: 3 / 10 },
    ]);
  });

  it('counts edges instead of weights when getEdgeWeight is null', () => {
    const { graph, communities } = nordic();
    const [first, second] = describeCommunities(graph, communities, { getEdgeWeight: null });
    expect(first!.linkShare).toBeCloseTo(4 / 6, 14);
    expect(second!.linkShare).toBeCloseTo(1 / 6, 14);
  });

  it('ranks nodes without a metric value last and skips missing countries', () => {
    const { graph, communities } = nordic();
    graph.removeNodeAttribute('lund', 'country');
    const summaries = describeCommunities(graph, communities, { hubMetric: { lund: 0.5 } });
    expect(summaries[1]!.hubs).toEqual(['lund', 'malmo']);
    expect(summaries[1]!.countries).toEqual([{ country: 'SE', count: 1 }]);
    // No metric at all: ties everywhere, so hubs are ordered by name (Bergen, Oslo, Tromsø, Umeå).
    expect(summaries[0]!.hubs).toEqual(['bergen', 'oslo', 'tromso', 'umea']);
  });

  it('rejects nodes without a community and unknown options', () => {
    const { graph } = nordic();
    expect(() => describeCommunities(graph, { oslo: 0 })).toThrow(/"bergen"/);
    expect(() => describeCommunities(graph, {}, { hubs: 3 } as never)).toThrow(/"hubs"/);
  });
});
