import { describe, expect, it } from 'vitest';
import { testWorldDistanceNullModel } from '../../src/geo/distance-null-model-world.ts';
import { distanceKm } from '../../src/geo/great-circle-distance.ts';

// Two clusters 1,000+ km apart (Oslo area, Rome area), each link inside a cluster: real partners are near.
const coordinates = new Map([
  ['o1', { lat: 59.91, lon: 10.75 }], ['o2', { lat: 59.0, lon: 10.0 }], ['o3', { lat: 60.4, lon: 5.3 }], ['o4', { lat: 63.4, lon: 10.4 }],
  ['r1', { lat: 41.9, lon: 12.5 }], ['r2', { lat: 40.85, lon: 14.27 }], ['r3', { lat: 43.77, lon: 11.25 }], ['r4', { lat: 45.46, lon: 9.19 }],
]);
const pairs = [
  ['o1', 'o2'], ['o3', 'o4'], ['o1', 'o3'], ['o2', 'o4'],
  ['r1', 'r2'], ['r3', 'r4'], ['r1', 'r3'], ['r2', 'r4'],
].map(([homeId, partnerId]) => ({ homeId: homeId!, partnerId: partnerId! }));

describe('testWorldDistanceNullModel', () => {
  it('measures the observed mean as the mean of the haversine distances', () => {
    const result = testWorldDistanceNullModel(pairs, coordinates, { draws: 50 });
    const mean = pairs.reduce((s, p) => s + distanceKm(coordinates.get(p.homeId)!, coordinates.get(p.partnerId)!), 0) / pairs.length;
    expect(result.meanKm.observed).toBeCloseTo(mean, 6);
    expect(result.pairs).toBe(8);
  });

  it('finds partners within clusters closer than degree-preserving rewirings, and is the same for the same seed', () => {
    const a = testWorldDistanceNullModel(pairs, coordinates, { draws: 200, seed: 3 });
    expect(a.verdict).toBe('closer-than-chance');
    expect(a.meanKm.null.mean).toBeGreaterThan(a.meanKm.observed + 300);
    expect(testWorldDistanceNullModel(pairs, coordinates, { draws: 200, seed: 3 })).toEqual(a);
    expect(testWorldDistanceNullModel(pairs, coordinates, { draws: 200, seed: 4 }).nullMeanKm).not.toEqual(a.nullMeanKm);
  });

  it('counts a–b and b–a once and rejects a loop or a place without coordinates', () => {
    expect(testWorldDistanceNullModel([...pairs, { homeId: 'o2', partnerId: 'o1' }], coordinates, { draws: 5 }).pairs).toBe(8);
    expect(() => testWorldDistanceNullModel([{ homeId: 'o1', partnerId: 'o1' }], coordinates)).toThrow('linked to itself');
    expect(() => testWorldDistanceNullModel([{ homeId: 'o1', partnerId: 'x' }], coordinates)).toThrow('no coordinates for place "x"');
  });
});
