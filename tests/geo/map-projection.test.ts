import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { countryOutlines, mapPositions, projectLatLon } from '../../src/geo/map-projection.ts';
import { buildNetworks } from '../../src/graph/build-networks.ts';
import { seedDataset } from '../helpers/repository.ts';

describe('projectLatLon (Equal Earth)', () => {
  it('puts the origin at 0,0, north up and east right', () => {
    expect(projectLatLon(0, 0)).toEqual({ x: 0, y: 0 });
    const oslo = projectLatLon(59.91, 10.75);
    const bergen = projectLatLon(60.39, 5.32);
    const rome = projectLatLon(41.9, 12.5);
    expect(oslo.x).toBeGreaterThan(bergen.x);
    expect(oslo.y).toBeGreaterThan(rome.y);
  });
  it('spans about 1000 units from the antimeridian west to east at the equator', () => {
    expect(projectLatLon(0, 180).x - projectLatLon(0, -180).x).toBeCloseTo(1000, 0);
  });
});

describe('mapPositions', () => {
  it('places a node without coordinates at the mean of its placed neighbours, and lists it', () => {
    const g = new Graph({ type: 'undirected' });
    g.addNode('a', { lat: 10, lon: 10 });
    g.addNode('b', { lat: 20, lon: 30 });
    g.addNode('c');
    g.addEdge('c', 'a');
    g.addEdge('c', 'b');
    const { positions, unplaced } = mapPositions(g);
    expect(unplaced).toEqual(['c']);
    expect(positions.c!.x).toBeCloseTo((positions.a!.x + positions.b!.x) / 2, 9);
  });
});

describe('countryOutlines', () => {
  it('projects the world-atlas borders into the same coordinates as the places', () => {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
    const lines = countryOutlines(topology);
    expect(lines.length).toBeGreaterThan(100);
    // Every projected point lies inside the projected world's bounding box.
    const maxX = projectLatLon(0, 180).x;
    for (const line of lines) for (let i = 0; i < line.length; i += 2) expect(Math.abs(line[i]!)).toBeLessThanOrEqual(maxX + 1e-3);
  });
});

describe('country nodes on the map', () => {
  it('anchor each partner country at one of its partner towns (the United States not in Canada)', () => {
    const networks = buildNetworks(seedDataset());
    const us = networks['municipality-country'].getNodeAttributes('country:US');
    const usTowns = networks.twin.filterNodes((_n, a) => a.country === 'US').map((n) => networks.twin.getNodeAttributes(n));
    expect(usTowns.some((t) => t.lat === us.lat && t.lon === us.lon)).toBe(true);
    expect(networks.country.getNodeAttribute('country:SE', 'lat')).toBeGreaterThan(55);
  });
});
