import { describe, expect, it } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM } from '../../src/geo/great-circle-distance.ts';

describe('distanceKm', () => {
  it('Oslo–Bergen is about 305 km', () => {
    // By hand, haversine with R = 6371.0088 km, Oslo (59.9139 N, 10.7522 E), Bergen (60.3913 N, 5.3221 E):
    //   Δφ = 0.4774° = 0.0083322 rad, Δλ = −5.4301° = −0.0947733 rad
    //   sin²(Δφ/2) = 0.0041661² = 1.7356e-5
    //   cos φ1 · cos φ2 = 0.5013008 · 0.4940737 = 0.2476795
    //   sin²(Δλ/2) = 0.0473688² = 2.24380e-3   → product 5.55742e-4
    //   h = 5.73098e-4, √h = 0.0239395, asin(√h) = 0.0239418
    //   d = 2 · 6371.0088 · 0.0239418 = 305.07 km
    expect(distanceKm({ lat: 59.9139, lon: 10.7522 }, { lat: 60.3913, lon: 5.3221 })).toBeCloseTo(305.07, 1);
  });

  it('is zero for the same point and symmetric', () => {
    const tromso = { lat: 69.6489, lon: 18.9551 };
    const ushuaia = { lat: -54.8108, lon: -68.3159 };
    expect(distanceKm(tromso, tromso)).toBe(0);
    expect(distanceKm(tromso, ushuaia)).toBeCloseTo(distanceKm(ushuaia, tromso), 9);
  });

  // asin near 1 loses a few digits: antipodal distances are good to a fraction of a metre.
  it('antipodal points are half the circumference apart', () => {
    const half = Math.PI * EARTH_RADIUS_KM; // 20015.115 km
    expect(half).toBeCloseTo(20015.115, 2);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(half, 3);
    expect(distanceKm({ lat: 10, lon: 20 }, { lat: -10, lon: -160 })).toBeCloseTo(half, 3);
    expect(distanceKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(half, 3);
  });

  it('one degree along a meridian is πR/180 = 111.195 km, and crossing the date line takes the short way', () => {
    expect(distanceKm({ lat: 45, lon: 7 }, { lat: 46, lon: 7 })).toBeCloseTo(111.195, 3);
    // 179.5 E to 179.5 W on the equator: 1° of longitude, not 359°.
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(111.195, 3);
  });

  it('rejects coordinates out of range', () => {
    expect(() => distanceKm({ lat: 91, lon: 0 }, { lat: 0, lon: 0 })).toThrow(/latitude out of range/);
    expect(() => distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: Number.NaN })).toThrow(/longitude out of range/);
  });
});
