/**
 * Friendship rings on hand-built Nordic networks whose answers are worked out
 * by hand in the comments, on the seed documents alone (stars: no rings), and on the built-in
 * twin network with the world list (one ring and one near-ring checked in the raw files).
 */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { findFriendshipRings } from '../../src/analyse/find-friendship-rings.ts';
import { buildTwinNetwork } from '../../src/graph/build-twin-network.ts';
import { norwayDataset, seedDataset } from '../helpers/repository.ts';

type Town = [id: string, name: string, country: string];

function network(towns: Town[], links: [string, string][]): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const [id, name, country] of towns) g.addNode(id, { name, country });
  // Each link's source is a made-up "file:line" naming its two ends, so a test can see every link keeps its own.
  for (const [a, b] of links) g.addEdge(a, b, { sources: [`test.txt:${a}-${b}`] });
  return g;
}

const NORDIC: Town[] = [
  ['NO:a', 'Askøy', 'NO'],
  ['SE:b', 'Borås', 'SE'],
  ['DK:c', 'Culemborg', 'DK'],
  ['FI:d', 'Dragsfjärd', 'FI'],
  ['IS:e', 'Eyjafjörður', 'IS'],
  ['DE:x', 'Xanten', 'DE'],
];
// Five Nordic towns all linked to one another except Finland–Iceland (9 of the 10 pairs), and a German partner of the Norwegian town only.
const NORDIC_LINKS: [string, string][] = [
  ['NO:a', 'SE:b'], ['NO:a', 'DK:c'], ['NO:a', 'FI:d'], ['NO:a', 'IS:e'],
  ['SE:b', 'DK:c'], ['SE:b', 'FI:d'], ['SE:b', 'IS:e'],
  ['DK:c', 'FI:d'], ['DK:c', 'IS:e'],
  ['NO:a', 'DE:x'],
];

describe('findFriendshipRings', () => {
  it('five Nordic towns missing one link: two rings of four and one near-ring of five that names the missing link', () => {
    const result = findFriendshipRings(network(NORDIC, NORDIC_LINKS));
    // By hand: the maximal cliques through Askøy are {a,b,c,d}, {a,b,c,e} and {a,x}; the first two have 4 places in 4 countries.
    // Members: the Norwegian place first, then by country code (DK, FI or IS, SE).
    expect(result.rings.map((r) => r.members.map((m) => m.id))).toEqual([
      ['NO:a', 'DK:c', 'FI:d', 'SE:b'],
      ['NO:a', 'DK:c', 'IS:e', 'SE:b'],
    ]);
    expect(result.rings.every((r) => r.missing === null)).toBe(true);
    expect(result.rings[0]!.countries).toEqual(['NO', 'DK', 'FI', 'SE']);
    expect(result.rings[0]!.links).toHaveLength(6);
    expect(result.rings[0]!.links[0]).toEqual({ a: 'NO:a', b: 'DK:c', sources: ['test.txt:NO:a-DK:c'] });
    // By hand: Finland and Iceland are unlinked, with common partners {a,b,c} (a clique): {a,b,c,d,e} is the near-ring.
    // Xanten's unlinked pairs (with b, c, d, e) have only Askøy in common: 3 places, too few.
    expect(result.nearRings).toHaveLength(1);
    const near = result.nearRings[0]!;
    expect(near.members.map((m) => `${m.name} (${m.country})`)).toEqual(['Askøy (NO)', 'Culemborg (DK)', 'Dragsfjärd (FI)', 'Eyjafjörður (IS)', 'Borås (SE)']);
    expect(near.missing).toEqual({ a: 'FI:d', b: 'IS:e' });
    expect(near.links).toHaveLength(9);
    expect(near.links.every((l) => l.sources.length === 1)).toBe(true);
    expect(result.seeds).toBe(1);
  });

  it('closing the missing link makes one ring of five and no near-ring', () => {
    const result = findFriendshipRings(network(NORDIC, [...NORDIC_LINKS, ['FI:d', 'IS:e']]));
    expect(result.rings.map((r) => r.members.length)).toEqual([5]);
    expect(result.nearRings).toEqual([]);
  });

  it('honours minSize, minCountries and country', () => {
    const g = network(NORDIC, NORDIC_LINKS);
    // minSize 5: the rings of four drop; the near-ring of five stays.
    const five = findFriendshipRings(g, { minSize: 5 });
    expect(five.rings).toEqual([]);
    expect(five.nearRings.map((r) => r.members.length)).toEqual([5]);
    // minCountries 5: only the near-ring has five countries.
    const countries = findFriendshipRings(g, { minCountries: 5 });
    expect(countries.rings).toEqual([]);
    expect(countries.nearRings).toHaveLength(1);
    // Around Iceland: only the ring with Eyjafjörður, and the same near-ring.
    const iceland = findFriendshipRings(g, { country: 'IS' });
    expect(iceland.rings.map((r) => r.members.map((m) => m.id))).toEqual([['IS:e', 'DK:c', 'NO:a', 'SE:b']]);
    expect(iceland.nearRings[0]!.missing).toEqual({ a: 'IS:e', b: 'FI:d' });
    // Germany: Xanten is in no group of four.
    expect(findFriendshipRings(g, { country: 'DE' })).toMatchObject({ rings: [], nearRings: [], seeds: 1 });
    expect(() => findFriendshipRings(g, { minSize: 1 })).toThrow(/minSize must be an integer >= 2/);
  });

  it('finds a near-ring whose missing link has the Norwegian town at one end', () => {
    // Borås, Culemborg, Dragsfjärd and Eyjafjörður are all linked (a ring without Norway, so not reported);
    // Askøy is linked to Borås and Culemborg only. By hand: Askøy–Dragsfjärd and Askøy–Eyjafjörður are missing,
    // each with common partners {b, c}: two near-rings of four, one per missing link. Three places of the same
    // country do not count as three countries: a clique of NO, NO, SE, DK has 3 countries.
    const g = network(NORDIC.slice(0, 5), [
      ['NO:a', 'SE:b'], ['NO:a', 'DK:c'],
      ['SE:b', 'DK:c'], ['SE:b', 'FI:d'], ['SE:b', 'IS:e'], ['DK:c', 'FI:d'], ['DK:c', 'IS:e'], ['FI:d', 'IS:e'],
    ]);
    const result = findFriendshipRings(g);
    expect(result.rings).toEqual([]);
    expect(result.nearRings.map((r) => [r.members.map((m) => m.id), r.missing])).toEqual([
      [['NO:a', 'DK:c', 'FI:d', 'SE:b'], { a: 'NO:a', b: 'FI:d' }],
      [['NO:a', 'DK:c', 'IS:e', 'SE:b'], { a: 'NO:a', b: 'IS:e' }],
    ]);
  });

  it('ignores directions: a directed network gives the same rings, with sources from either direction', () => {
    const g = new Graph({ type: 'directed' });
    for (const [id, name, country] of NORDIC) g.addNode(id, { name, country });
    // Every link stated in the opposite direction of NORDIC_LINKS, and Askøy–Borås stated both ways with two sources.
    for (const [a, b] of NORDIC_LINKS) g.addEdge(b, a, { sources: `dir.txt:${b}>${a}` });
    g.addEdge('NO:a', 'SE:b', { sources: 'dir.txt:back' });
    const result = findFriendshipRings(g);
    expect(result.rings.map((r) => r.members.map((m) => m.id))).toEqual([
      ['NO:a', 'DK:c', 'FI:d', 'SE:b'],
      ['NO:a', 'DK:c', 'IS:e', 'SE:b'],
    ]);
    // Sources of both directions, in the order the edges were added.
    expect(result.rings[0]!.links.find((l) => l.b === 'SE:b' && l.a === 'NO:a')!.sources).toEqual(['dir.txt:SE:b>NO:a', 'dir.txt:back']);
    expect(result.nearRings.map((r) => r.missing)).toEqual([{ a: 'FI:d', b: 'IS:e' }]);
  });

  it('needs three countries: four linked towns in two countries are no ring', () => {
    const g = network(
      [['NO:1', 'Ås', 'NO'], ['NO:2', 'Bø', 'NO'], ['SE:1', 'Åre', 'SE'], ['SE:2', 'Eda', 'SE']],
      [['NO:1', 'NO:2'], ['NO:1', 'SE:1'], ['NO:1', 'SE:2'], ['NO:2', 'SE:1'], ['NO:2', 'SE:2'], ['SE:1', 'SE:2']],
    );
    expect(findFriendshipRings(g).rings).toEqual([]);
    // Members by country, then name in code-point order (Å after the letters A–Z, as in the Norwegian alphabet).
    expect(findFriendshipRings(g, { minCountries: 2 }).rings.map((r) => r.members.map((m) => m.name))).toEqual([['Bø', 'Ås', 'Eda', 'Åre']]);
  });

  it('the seed documents alone give no ring and no near-ring: only stars around Norwegian places', () => {
    const twin = buildTwinNetwork(seedDataset());
    const result = findFriendshipRings(twin);
    expect(result.rings).toEqual([]);
    expect(result.nearRings).toEqual([]);
    // Every Norwegian place with a partner is a seed.
    expect(result.seeds).toBe(twin.filterNodes((_n, a) => a.country === 'NO').length);
    expect(result.seeds).toBeGreaterThan(80);
  });

  it('the built-in twin network (with the world list): 48 rings and 30 near-rings around 153 Norwegian places, as NetworkX counts them', () => {
    // tests/reference/builtin-rings.py counts them from data/links.csv with NetworkX's maximal cliques.
    const result = findFriendshipRings(buildTwinNetwork(norwayDataset()));
    expect([result.rings.length, result.nearRings.length, result.seeds]).toEqual([48, 30, 153]);

    // Bærum–Frederiksberg–Tartu–Hämeenlinna–Hafnarfjörður–Uppsala, checked line by line in the raw files.
    // Seed page: "🇳🇴 Bærum," ends lines 80, 129, 157, 266 and 466; the partner opens the next line
    // (Frederiksberg 81, Tartu 130, Hämeenlinna 158, Hafnarfjörður 267, Uppsala 467).
    // wikipedia-twin-towns.csv: the other ten pairs, each on one line (e.g. 6003 "Frederiksberg,Denmark,Tartu,Estonia").
    const baerum = result.rings.find((r) => r.members.some((m) => m.id === 'NO:3201') && r.members.some((m) => m.id === 'FI:hameenlinna'))!;
    expect(baerum.members.map((m) => m.name)).toEqual(['Bærum', 'Frederiksberg', 'Tartu', 'Hämeenlinna', 'Hafnarfjörður', 'Uppsala']);
    expect(baerum.missing).toBeNull();
    const sources = Object.fromEntries(baerum.links.map((l) => [`${l.a} ${l.b}`, l.sources]));
    expect(sources).toEqual({
      'NO:3201 DK:frederiksberg': ['norway-twin-towns.txt:80', 'wikipedia-twin-towns.csv:5999'],
      'NO:3201 EE:tartu': ['norway-twin-towns.txt:129', 'wikipedia-twin-towns.csv:7701'],
      'NO:3201 FI:hameenlinna': ['norway-twin-towns.txt:157', 'wikipedia-twin-towns.csv:7872'],
      'NO:3201 IS:hafnarfjordur': ['norway-twin-towns.txt:266', 'wikipedia-twin-towns.csv:14481'],
      'NO:3201 SE:uppsala': ['norway-twin-towns.txt:466', 'wikipedia-twin-towns.csv:18315'],
      'DK:frederiksberg EE:tartu': ['wikipedia-twin-towns.csv:6003'],
      'DK:frederiksberg FI:hameenlinna': ['wikipedia-twin-towns.csv:6001'],
      'DK:frederiksberg IS:hafnarfjordur': ['wikipedia-twin-towns.csv:6000'],
      'DK:frederiksberg SE:uppsala': ['wikipedia-twin-towns.csv:6005'],
      'EE:tartu FI:hameenlinna': ['wikipedia-twin-towns.csv:7704'],
      'EE:tartu IS:hafnarfjordur': ['wikipedia-twin-towns.csv:7703'],
      'EE:tartu SE:uppsala': ['wikipedia-twin-towns.csv:7711'],
      'FI:hameenlinna IS:hafnarfjordur': ['wikipedia-twin-towns.csv:7874'],
      'FI:hameenlinna SE:uppsala': ['wikipedia-twin-towns.csv:7878'],
      'IS:hafnarfjordur SE:uppsala': ['wikipedia-twin-towns.csv:14483'],
    });

    // Holmestrand's group with Åland countryside (the list's "Countryside"): it appears on four lines of the world list
    // (6059 Herning, 7808 Eiði, 18347 Holmestrand, 23132 Vänersborg), never with Husby, which those four all list.
    const countryside = result.nearRings.find((r) => r.missing?.a === 'AX:aland-countryside' && r.missing.b === 'DE:husby')!;
    expect(countryside.members.map((m) => m.name)).toEqual(['Holmestrand', 'Åland countryside', 'Husby', 'Herning', 'Eiði', 'Vänersborg']);
    expect(countryside.links.find((l) => l.a === 'AX:aland-countryside' && l.b === 'DE:husby')?.sources ?? []).toEqual([]);
  });
});
