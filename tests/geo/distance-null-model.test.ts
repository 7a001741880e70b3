import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/analyse/random.ts';
import { rewirePairs, testDistanceNullModel, type NullModelPair } from '../../src/geo/distance-null-model.ts';
import type { LatLon } from '../../src/geo/great-circle-distance.ts';

const DEG = 111.19508; // km per degree of arc (R = 6371.0088 km)

/** Places on the equator, given by longitude. */
const onEquator = (lons: Record<string, number>): Map<string, LatLon> => new Map(Object.entries(lons).map(([id, lon]) => [id, { lat: 0, lon }]));

describe('testDistanceNullModel', () => {
  it('two homes and two partners: each draw is one of the two possible pairings, about half each', () => {
    // Observed A–X and B–Y: 1° each, mean 1° (111.195 km). The only other pairing, A–Y and B–X: 11° and 9°, mean 10°.
    const coordinates = onEquator({ A: 0, B: 10, X: 1, Y: 11 });
    const pairs = [
      { homeId: 'A', partnerId: 'X' },
      { homeId: 'B', partnerId: 'Y' },
    ];
    const result = testDistanceNullModel(pairs, coordinates, { draws: 1000, seed: 3 });
    expect(result.meanKm.observed).toBeCloseTo(DEG, 3);
    for (const v of result.nullMeanKm) expect([1, 10].some((d) => Math.abs(v - d * DEG) < 1e-3)).toBe(true);
    const swapped = result.nullMeanKm.filter((v) => v > 5 * DEG).length;
    expect(swapped).toBeGreaterThan(440);
    expect(swapped).toBeLessThan(560);
    // The observed mean is the smallest possible value, but half the draws equal it: no evidence either way.
    expect(result.meanKm.p).toBeCloseTo(Math.min(1, (2 * (1000 - swapped + 1)) / 1001), 9);
    expect(result.verdict).toBe('consistent-with-chance');
  });

  it('when the degrees allow one arrangement only, the test is untestable', () => {
    // One home with two partners: every swap would pair the home with itself.
    const result = testDistanceNullModel(
      [
        { homeId: 'A', partnerId: 'X' },
        { homeId: 'A', partnerId: 'Y' },
      ],
      onEquator({ A: 0, X: 1, Y: 3 }),
      { draws: 50 },
    );
    expect(result.nullMeanKm.every((v) => Math.abs(v - 2 * DEG) < 1e-3)).toBe(true);
    expect(result.meanKm.z).toBeNull();
    expect(result.meanKm.p).toBe(1);
    expect(result.acceptedSwapShare).toBe(0);
    expect(result.verdict).toBe('untestable');
  });

  // Ten homes 10° apart; partners either beside their home (near) or five places along (far).
  const lons: Record<string, number> = {};
  for (let k = 0; k < 10; k++) {
    lons[`h${k}`] = 10 * k;
    lons[`p${k}`] = 10 * k + 0.5;
  }
  const coordinates = onEquator(lons);
  const near = Array.from({ length: 10 }, (_, k) => ({ homeId: `h${k}`, partnerId: `p${k}` }));
  const far = Array.from({ length: 10 }, (_, k) => ({ homeId: `h${k}`, partnerId: `p${(k + 5) % 10}` }));

  it('partners next door are closer than chance; the verdict says the data contradict "no proximity effect"', () => {
    const result = testDistanceNullModel(near, coordinates, { draws: 500, seed: 1 });
    expect(result.meanKm.observed).toBeCloseTo(0.5 * DEG, 3);
    // A random pairing of these partners averages about 33° apart, far above 0.5°.
    expect(result.meanKm.null.mean).toBeGreaterThan(25 * DEG);
    expect(result.meanKm.z!).toBeLessThan(-3);
    expect(result.meanKm.p).toBeCloseTo(2 / 501, 9); // no draw is as close: the smallest p 500 draws can show
    expect(result.verdict).toBe('closer-than-chance');
    expect(result.explanation).toMatch(/contradict the published finding that twinning is "not influenced by geographical proximity"/);
  });

  it('partners far away are farther than chance', () => {
    const result = testDistanceNullModel(far, coordinates, { draws: 500, seed: 1 });
    expect(result.meanKm.observed).toBeGreaterThan(result.meanKm.null.q975);
    expect(result.verdict).toBe('farther-than-chance');
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const a = testDistanceNullModel(far, coordinates, { draws: 200, seed: 42 });
    const b = testDistanceNullModel(far, coordinates, { draws: 200, seed: 42 });
    const c = testDistanceNullModel(far, coordinates, { draws: 200, seed: 43 });
    expect(b).toEqual(a);
    expect(c.nullMeanKm).not.toEqual(a.nullMeanKm);
  });

  it('counts a repeated pair once and rejects bad input', () => {
    const twice = [...near, near[0]!];
    expect(testDistanceNullModel(twice, coordinates, { draws: 10 }).pairs).toBe(10);
    expect(() => testDistanceNullModel([{ homeId: 'h0', partnerId: 'nowhere' }], coordinates)).toThrow(/no coordinates for place "nowhere"/);
    expect(() => testDistanceNullModel([], coordinates)).toThrow(/no pairs/);
    expect(() => testDistanceNullModel(near, coordinates, { draw: 5 } as never)).toThrow(/unknown option "draw"/);
    expect(() =>
      testDistanceNullModel(
        [
          { homeId: 'h0', partnerId: 'h1' },
          { homeId: 'h1', partnerId: 'p1' },
        ],
        coordinates,
      ),
    ).toThrow(/"h1" is on both sides/);
  });
});

describe('rewirePairs', () => {
  const degrees = (pairs: readonly NullModelPair[], side: keyof NullModelPair) => {
    const counts = new Map<string, number>();
    for (const p of pairs) counts.set(p[side], (counts.get(p[side]) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  };

  it('keeps every place\'s number of pairs and never repeats a pair', () => {
    const pairsArbitrary = fc
      .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 8 })), {
        minLength: 1,
        maxLength: 30,
        selector: ([h, p]) => `${h}-${p}`,
      })
      .map((list) => list.map(([h, p]) => ({ homeId: `h${h}`, partnerId: `p${p}` })));
    fc.assert(
      fc.property(pairsArbitrary, fc.integer(), (pairs, seed) => {
        const rewired = rewirePairs(pairs, createRng(seed), 10 * pairs.length);
        expect(new Set(rewired.map((p) => `${p.homeId}|${p.partnerId}`)).size).toBe(pairs.length);
        expect(degrees(rewired, 'homeId')).toEqual(degrees(pairs, 'homeId'));
        expect(degrees(rewired, 'partnerId')).toEqual(degrees(pairs, 'partnerId'));
      }),
    );
  });

  it('rejects repeated pairs', () => {
    expect(() => rewirePairs([{ homeId: 'a', partnerId: 'x' }, { homeId: 'a', partnerId: 'x' }], createRng(1), 5)).toThrow(/distinct/);
  });
});
