import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/analyse/agreement/adjusted-rand-index.ts';
import { normalizedMutualInformation } from '../../../src/analyse/agreement/normalized-mutual-information.ts';
import type { Partition } from '../../../src/analyse/agreement/contingency-table.ts';

/** [0,0,1,1] → { n0: 0, n1: 0, n2: 1, n3: 1 } */
function partition(labels: (number | string)[]): Partition {
  return Object.fromEntries(labels.map((label, i) => [`n${i}`, label]));
}

describe('adjustedRandIndex', () => {
  it('matches sklearn on the textbook examples', () => {
    expect(adjustedRandIndex(partition([0, 0, 1, 1]), partition([0, 0, 1, 1]))).toBe(1);
    expect(adjustedRandIndex(partition([0, 0, 1, 1]), partition([1, 1, 0, 0]))).toBe(1);
    expect(adjustedRandIndex(partition([0, 0, 1, 1]), partition([0, 1, 0, 1]))).toBeCloseTo(-0.5, 12);
  });

  it('matches a hand computation', () => {
    // A = [0,0,0,1,1,1], B = [0,0,1,1,2,2]. Contingency cells 2,1,1,2:
    // Σ C(nij,2) = 2, Σ C(ai,2) = 3 + 3 = 6, Σ C(bj,2) = 1 + 1 + 1 = 3, C(6,2) = 15.
    // expected = 6·3/15 = 1.2, max = (6+3)/2 = 4.5, ARI = (2 − 1.2)/(4.5 − 1.2) = 8/33.
    // sklearn.metrics.adjusted_rand_score gives 0.24242424242424243.
    expect(adjustedRandIndex(partition([0, 0, 0, 1, 1, 1]), partition([0, 0, 1, 1, 2, 2]))).toBeCloseTo(8 / 33, 14);
    // sklearn: 0.1111111111111111 (= 1/9)
    expect(
      adjustedRandIndex(partition([0, 0, 0, 1, 1, 1, 2, 2, 2]), partition([0, 0, 1, 1, 1, 2, 2, 2, 0])),
    ).toBeCloseTo(1 / 9, 14);
  });

  it('follows sklearn on the degenerate partitions', () => {
    expect(adjustedRandIndex(partition([0, 0, 0, 0]), partition([5, 5, 5, 5]))).toBe(1);
    expect(adjustedRandIndex(partition([0, 1, 2, 3]), partition([3, 2, 1, 0]))).toBe(1);
    expect(adjustedRandIndex({}, {})).toBe(1);
    expect(adjustedRandIndex(partition([0, 1, 2, 3]), partition([0, 0, 0, 0]))).toBe(0);
    expect(adjustedRandIndex(partition([0, 0, 1, 1, 2, 2]), partition([0, 0, 0, 0, 0, 0]))).toBe(0);
  });

  it('is symmetric and ignores what the labels are', () => {
    const a = partition(['x', 'x', 'y', 'y', 'y', 'z', 'z']);
    const b = partition([1, 2, 2, 2, 3, 3, 1]);
    expect(adjustedRandIndex(a, b)).toBeCloseTo(adjustedRandIndex(b, a), 14);
    const renamed = partition(['q', 'q', 'r', 'r', 'r', 's', 's']);
    expect(adjustedRandIndex(renamed, b)).toBeCloseTo(adjustedRandIndex(a, b), 14);
  });

  it('rejects partitions over different items, naming the item', () => {
    expect(() => adjustedRandIndex({ a: 0, b: 0 }, { a: 0, c: 0 })).toThrow(/"b"/);
    expect(() => adjustedRandIndex({ a: 0 }, { a: 0, c: 0 })).toThrow(/"c"/);
  });
});

describe('normalizedMutualInformation', () => {
  it('is 1 for identical partitions and 0 for independent ones', () => {
    expect(normalizedMutualInformation(partition([0, 0, 1, 1, 2]), partition([7, 7, 8, 8, 9]))).toBeCloseTo(1, 14);
    // Knowing the first label tells nothing about the second: I(A;B) = 0.
    expect(normalizedMutualInformation(partition([0, 0, 1, 1]), partition([0, 1, 0, 1]))).toBe(0);
  });

  it('matches a hand computation', () => {
    // A = [0,0,0,1,1,1], B = [0,0,1,1,2,2].
    // H(A) = ln 2, H(B) = ln 3, H(A,B) = (2/3) ln 3 + (1/3) ln 6,
    // I = H(A) + H(B) − H(A,B) = (2/3) ln 2.
    // Arithmetic NMI = (2/3) ln 2 / ((ln 2 + ln 3)/2) = (4/3) ln 2 / ln 6.
    // sklearn.metrics.normalized_mutual_info_score gives 0.5158037429793888.
    const a = partition([0, 0, 0, 1, 1, 1]);
    const b = partition([0, 0, 1, 1, 2, 2]);
    expect(normalizedMutualInformation(a, b)).toBeCloseTo(((4 / 3) * Math.LN2) / Math.log(6), 14);
    // Other normalisations (sklearn average_method): I / sqrt(ln2 ln3), I / ln 2, I / ln 3.
    const mi = (2 / 3) * Math.LN2;
    expect(normalizedMutualInformation(a, b, { average: 'geometric' })).toBeCloseTo(mi / Math.sqrt(Math.LN2 * Math.log(3)), 14);
    expect(normalizedMutualInformation(a, b, { average: 'min' })).toBeCloseTo(2 / 3, 14);
    expect(normalizedMutualInformation(a, b, { average: 'max' })).toBeCloseTo(mi / Math.log(3), 14);
  });

  it('matches sklearn where one partition refines the other', () => {
    // sklearn: nmi([0,0,1,1], [0,1,2,3]) = 0.6666666666666666 (I = ln 2, H = ln 2 and ln 4).
    expect(normalizedMutualInformation(partition([0, 0, 1, 1]), partition([0, 1, 2, 3]))).toBeCloseTo(2 / 3, 14);
    // sklearn: 0.4206198357143052
    expect(
      normalizedMutualInformation(partition([0, 0, 0, 1, 1, 1, 2, 2, 2]), partition([0, 0, 1, 1, 1, 2, 2, 2, 0])),
    ).toBeCloseTo(0.4206198357143052, 12);
  });

  it('follows sklearn on the degenerate partitions', () => {
    expect(normalizedMutualInformation(partition([0, 0, 0]), partition([1, 1, 1]))).toBe(1);
    expect(normalizedMutualInformation({}, {})).toBe(1);
    expect(normalizedMutualInformation(partition([0, 1, 2, 3]), partition([0, 0, 0, 0]))).toBe(0);
  });

  it('rejects unknown options by name', () => {
    expect(() => normalizedMutualInformation({ a: 0 }, { a: 0 }, { method: 'min' } as never)).toThrow(/method/);
  });
});
