import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { binDistances, computeDistanceStatistics, summariseDistances } from '../../src/geo/distance-statistics.ts';

/** One degree of arc on the sphere of radius 6371.0088 km: π · 6371.0088 / 180. */
const DEG = 111.19508;

// A Norwegian place on the equator and partners 1°, 2°, 3° and 4° east of it.
const places = [
  { id: 'home', country: 'NO', lat: 0, lon: 0 },
  { id: 'home2', country: 'NO', lat: 0, lon: 0.5 },
  { id: 'se', country: 'SE', lat: 0, lon: 1 },
  { id: 'de1', country: 'DE', lat: 0, lon: 2 },
  { id: 'de2', country: 'DE', lat: 0, lon: 3 },
  { id: 'us', country: 'US', lat: 0, lon: 4 },
  { id: 'office', country: 'BE', lat: 0, lon: 5 },
  { id: 'nowhere', country: 'FR' },
];
const links = [
  { sourceId: 'home', targetId: 'se', relations: ['twin'] },
  { sourceId: 'de1', targetId: 'home', relations: ['twin'] },
  { sourceId: 'home', targetId: 'de2', relations: ['friendship', 'twin'] },
  { sourceId: 'home', targetId: 'us' },
  { sourceId: 'home', targetId: 'office', relations: ['membership'] },
  { sourceId: 'home', targetId: 'home2', relations: ['twin'] },
  { sourceId: 'home', targetId: 'nowhere', relations: ['twin'] },
  { sourceId: 'home', targetId: 'ghost', relations: ['twin'] },
];

describe('summariseDistances', () => {
  it('gives type-7 quartiles (as NumPy and R): for 1, 2, 3, 4 → 1.75, 2.5, 3.25', () => {
    expect(summariseDistances([4, 1, 3, 2])).toEqual({ count: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, mean: 2.5, max: 4 });
    expect(summariseDistances([7])).toEqual({ count: 1, min: 7, q1: 7, median: 7, q3: 7, mean: 7, max: 7 });
    expect(() => summariseDistances([])).toThrow(/no values/);
  });
});

describe('binDistances', () => {
  it('uses equal bins from zero and puts the maximum in the last bin', () => {
    expect(binDistances([0, 10, 249.9, 250, 500], 250)).toEqual([
      { fromKm: 0, toKm: 250, count: 3 },
      { fromKm: 250, toKm: 500, count: 1 },
      { fromKm: 500, toKm: 750, count: 1 },
    ]);
    expect(binDistances([], 100)).toEqual([]);
    expect(() => binDistances([1], 0)).toThrow(/binWidthKm/);
  });
});

describe('computeDistanceStatistics', () => {
  const stats = computeDistanceStatistics(links, places, { extremes: 2 });

  it('measures Norway–abroad links with coordinates and says why the others were left out', () => {
    expect(stats.links.map((l) => [l.partnerId, l.homeId])).toEqual([
      ['se', 'home'],
      ['de1', 'home'],
      ['de2', 'home'],
      ['us', 'home'],
    ]);
    stats.links.forEach((l, k) => expect(l.km).toBeCloseTo((k + 1) * DEG, 3));
    expect(stats.skipped).toEqual([
      { sourceId: 'home', targetId: 'office', reason: 'relation-excluded' },
      { sourceId: 'home', targetId: 'home2', reason: 'not-home-to-abroad' },
      { sourceId: 'home', targetId: 'nowhere', reason: 'no-coordinates' },
      { sourceId: 'home', targetId: 'ghost', reason: 'unknown-place' },
    ]);
  });

  it('summarises overall, by country and by region', () => {
    const o = stats.overall!;
    expect(o.count).toBe(4);
    expect(o.q1).toBeCloseTo(1.75 * DEG, 3);
    expect(o.median).toBeCloseTo(2.5 * DEG, 3);
    expect(o.max).toBeCloseTo(4 * DEG, 3);
    expect(stats.byCountry.map((c) => [c.country, c.region, c.summary.count])).toEqual([
      ['DE', 'Western Europe', 2],
      ['SE', 'Nordic', 1],
      ['US', 'Americas', 1],
    ]);
    expect(stats.byCountry[0]!.summary.mean).toBeCloseTo(2.5 * DEG, 3);
    expect(stats.byRegion.map((r) => [r.region, r.summary.count])).toEqual([
      ['Nordic', 1],
      ['Western Europe', 2],
      ['Americas', 1],
    ]);
  });

  it('lists the nearest and farthest partnerships and histogram bins', () => {
    expect(stats.nearest.map((l) => l.partnerId)).toEqual(['se', 'de1']);
    expect(stats.farthest.map((l) => l.partnerId)).toEqual(['us', 'de2']);
    // 111, 222, 334 and 445 km in 250 km bins.
    expect(stats.histogram).toEqual({
      binWidthKm: 250,
      bins: [
        { fromKm: 0, toKm: 250, count: 2 },
        { fromKm: 250, toKm: 500, count: 2 },
      ],
    });
  });

  it('counts every relation when relations is null, and reports no summary without links', () => {
    expect(computeDistanceStatistics(links, places, { relations: null }).overall!.count).toBe(5);
    expect(computeDistanceStatistics([], places).overall).toBeNull();
    expect(() => computeDistanceStatistics(links, places, { bins: 3 } as never)).toThrow(/unknown option "bins"/);
  });

  it('.assign writes distanceKm on edges whose ends have coordinates', () => {
    const graph = new Graph();
    graph.addNode('oslo', { lat: 59.9139, lon: 10.7522 });
    graph.addNode('bergen', { lat: 60.3913, lon: 5.3221 });
    graph.addNode('unplaced', {});
    graph.addEdge('oslo', 'bergen');
    graph.addEdge('oslo', 'unplaced');
    expect(computeDistanceStatistics.assign(graph)).toBe(1);
    // Hand-computed in great-circle-distance.test.ts: 305.07 km.
    expect(graph.getEdgeAttribute(graph.edge('oslo', 'bergen')!, 'distanceKm')).toBeCloseTo(305.07, 1);
    expect(graph.hasEdgeAttribute(graph.edge('oslo', 'unplaced')!, 'distanceKm')).toBe(false);
  });
});
