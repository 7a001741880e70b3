import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { describeCountryClusters } from '../../src/analyse/country-clusters.ts';
import { detectCommunities } from '../../src/analyse/communities/index.ts';
import { buildNetworks } from '../../src/graph/build-networks.ts';
import { seedDataset } from '../helpers/repository.ts';

/**
 * Three municipalities, three countries, link counts as weights:
 * A–SE 3, A–FI 1, B–FI 2, B–CN 1, C–CN 4 (11 links).
 */
function smallNetwork(): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const [key, name] of [['A', 'Alta'], ['B', 'Bø'], ['C', 'Cirkus']] as const) g.addNode(key, { name, country: 'NO', bipartite: 'norwegian' });
  for (const code of ['SE', 'FI', 'CN']) g.addNode(`country:${code}`, { name: code, country: code, bipartite: 'country' });
  const edges: [string, string, number][] = [['A', 'SE', 3], ['A', 'FI', 1], ['B', 'FI', 2], ['B', 'CN', 1], ['C', 'CN', 4]];
  for (const [m, c, weight] of edges) g.addEdge(m, `country:${c}`, { weight });
  return g;
}

describe('describeCountryClusters', () => {
  it('describes a country-only partition by hand-computed countries, links, shares and hubs', () => {
    const clusters = describeCountryClusters(smallNetwork(), { 'country:SE': 0, 'country:FI': 0, 'country:CN': 1 });
    expect(clusters).toEqual([
      {
        id: 0,
        // FI and SE both have 3 links: ties go by code.
        countries: [
          { key: 'country:FI', code: 'FI', name: 'Finland', links: 3, municipalities: 2 },
          { key: 'country:SE', code: 'SE', name: 'Sweden', links: 3, municipalities: 1 },
        ],
        links: 6,
        linkShare: 6 / 11,
        members: null,
        hubs: [
          { key: 'A', name: 'Alta', links: 4, share: 1, member: null },
          { key: 'B', name: 'Bø', links: 2, share: 2 / 3, member: null },
        ],
      },
      {
        id: 1,
        countries: [{ key: 'country:CN', code: 'CN', name: 'China', links: 5, municipalities: 2 }],
        links: 5,
        linkShare: 5 / 11,
        members: null,
        hubs: [
          { key: 'C', name: 'Cirkus', links: 4, share: 1, member: null },
          { key: 'B', name: 'Bø', links: 1, share: 1 / 3, member: null },
        ],
      },
    ]);
  });

  it('counts members and marks hubs outside the cluster when the partition places municipalities', () => {
    const clusters = describeCountryClusters(smallNetwork(), { A: 0, B: 1, C: 1, 'country:SE': 0, 'country:FI': 0, 'country:CN': 1 }, { hubCount: 1 });
    expect(clusters.map((c) => c.members)).toEqual([1, 2]);
    expect(clusters[0]!.hubs).toEqual([{ key: 'A', name: 'Alta', links: 4, share: 1, member: true }]);
    const b = describeCountryClusters(smallNetwork(), { A: 0, B: 1, C: 1, 'country:SE': 0, 'country:FI': 0, 'country:CN': 1 }).at(0)!.hubs[1]!;
    expect(b).toMatchObject({ key: 'B', member: false });
  });

  it('rejects a country without a community, a bad hubCount and unknown options', () => {
    expect(() => describeCountryClusters(smallNetwork(), { 'country:SE': 0, 'country:FI': 0 })).toThrow(/country node "country:CN" has no community/);
    expect(() => describeCountryClusters(smallNetwork(), { 'country:SE': 0, 'country:FI': 0, 'country:CN': 1 }, { hubCount: -1 })).toThrow(/hubCount/);
    expect(() => describeCountryClusters(smallNetwork(), {}, { hubcount: 2 } as never)).toThrow(/unknown option "hubcount"/);
  });

  it('accounts for every municipality–foreign link of the real twin network', () => {
    const networks = buildNetworks(seedDataset());
    const { communities } = detectCommunities(networks.country, { seed: 1 });
    const clusters = describeCountryClusters(networks['municipality-country'], communities, { hubCount: 1 });

    // Independently from the twin network: links between a Norwegian municipality and a foreign place.
    const twin = networks.twin;
    let links = 0;
    twin.forEachEdge((_e, _a, _s, _t, sa, ta) => {
      const [no, other] = sa.country === 'NO' ? [sa, ta] : [ta, sa];
      if (no.country === 'NO' && no.kind === 'municipality' && other.country !== 'NO') links++;
    });
    expect(clusters.reduce((sum, c) => sum + c.links, 0)).toBe(links);
    expect(clusters.reduce((sum, c) => sum + c.linkShare, 0)).toBeCloseTo(1, 12);

    // The top hub of each cluster: the municipality with most twin partners in the cluster's countries.
    for (const cluster of clusters) {
      const codes = new Set(cluster.countries.map((c) => c.code));
      let best = 0;
      twin.forEachNode((node, a) => {
        if (a.country !== 'NO' || a.kind !== 'municipality') return;
        const n = twin.filterNeighbors(node, (_m, b) => codes.has(b.country as string)).length;
        best = Math.max(best, n);
      });
      expect(cluster.hubs[0]!.links).toBe(best);
    }
  });
});
