import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../src/analyse/analyse-network.ts';
import { metricsByNode, rankPlaces } from '../../src/analyse/rank-places.ts';
import { buildTwinNetwork } from '../../src/graph/build-twin-network.ts';
import { seedDataset } from '../helpers/repository.ts';

/** A star of four around "Hub", and a pair: hand-checkable degrees 4,1,1,1,1 and 1,1. */
function smallGraph() {
  const g = new Graph({ type: 'undirected' });
  const add = (key: string, name: string, country: string, kind: string, county?: string) => g.addNode(key, { name, country, kind, ...(county ? { county } : {}) });
  add('NO:1', 'Hub', 'NO', 'municipality', 'Vestland');
  add('SE:a', 'Ängelholm', 'SE', 'city');
  add('SE:b', 'Åre', 'SE', 'city');
  add('DK:c', 'Aabenraa', 'DK', 'city');
  add('FI:d', 'Oulu', 'FI', 'city');
  add('NO:2', 'Bø', 'NO', 'municipality', 'Telemark');
  add('IS:e', 'Akureyri', 'IS', 'city');
  for (const t of ['SE:a', 'SE:b', 'DK:c', 'FI:d']) g.addEdge('NO:1', t, { status: 'active' });
  g.addEdge('NO:2', 'IS:e', { status: 'ended' });
  return g;
}

describe('rankPlaces', () => {
  const g = smallGraph();
  const metrics = metricsByNode(analyseNetwork(g), g);

  it('ranks by degree, highest first, with partners and partner countries', () => {
    const [first] = rankPlaces(g, metrics, { by: 'degree', top: 1 });
    expect(first).toMatchObject({ rank: 1, name: 'Hub', partners: 4, partnerCountries: 3, value: 4, county: 'Vestland' });
  });

  it('gives tied places one rank and orders them by accent-folded name', () => {
    const rows = rankPlaces(g, metrics, { by: 'degree', top: 0 });
    // Six places with degree 1 share rank 2; by folded name: Aabenraa, Akureyri, Ängelholm (angelholm), Åre (are), Bø, Oulu
    expect(rows.slice(1).map((r) => `${r.rank} ${r.name}`)).toEqual(['2 Aabenraa', '2 Akureyri', '2 Ängelholm', '2 Åre', '2 Bø', '2 Oulu']);
  });

  it('filters by country, kind, county and status', () => {
    expect(rankPlaces(g, metrics, { country: 'SE', top: 0 }).map((r) => r.name)).toEqual(['Ängelholm', 'Åre']);
    expect(rankPlaces(g, metrics, { kind: 'municipality', top: 0 }).map((r) => r.name)).toEqual(['Hub', 'Bø']);
    expect(rankPlaces(g, metrics, { county: 'telemark', top: 0 }).map((r) => r.name)).toEqual(['Bø']);
    expect(rankPlaces(g, metrics, { status: 'ended', top: 0 }).map((r) => r.name)).toEqual(['Akureyri', 'Bø']);
  });

  it('ranks by partner countries', () => {
    expect(rankPlaces(g, metrics, { by: 'partnerCountries', top: 1 })[0]).toMatchObject({ name: 'Hub', value: 3 });
  });

  it('rejects an unknown option, naming it', () => {
    expect(() => rankPlaces(g, metrics, { topp: 3 } as never)).toThrow('rankPlaces: unknown option "topp"');
  });

  it('finds the top Norwegian municipality the data shows: Øvre Eiker, 20 partners', () => {
    const twin = buildTwinNetwork(seedDataset());
    const analysis = analyseNetwork(twin);
    expect(rankPlaces(twin, metricsByNode(analysis, twin), { country: 'NO', kind: 'municipality', top: 1 })[0]).toMatchObject({ name: 'Øvre Eiker', partners: 20 });
  });
});

describe('analyseNetwork', () => {
  it('gives identical communities for the same seed', () => {
    const twin = buildTwinNetwork(seedDataset());
    expect(analyseNetwork(twin, { seed: 5 }).communities).toEqual(analyseNetwork(twin, { seed: 5 }).communities);
  });
});
