import { describe, expect, it } from 'vitest';
import { compareRankings, rankByValue } from '../../src/report/compare-rankings.ts';

const rows = (order: string, ranks?: number[]) => [...order].map((id, i) => ({ id, name: id, rank: ranks?.[i] ?? i + 1 }));

describe('compareRankings', () => {
  it('finds the top-N overlaps and the places the rankings disagree on (hand-worked example)', () => {
    // a: A B C D E, b: A C B E D, c: E D A B C; top 2, rank gap 2.
    const result = compareRankings({ a: rows('ABCDE'), b: rows('ACBED'), c: rows('EDABC') }, ['a', 'b', 'c'], 2, 2);
    expect(result.overlap).toEqual([
      { a: 'a', b: 'b', shared: 1 },
      { a: 'a', b: 'c', shared: 0 },
      { a: 'b', b: 'c', shared: 0 },
    ]);
    // Gaps: E 5-1=4, C 5-2=3, D 5-2=3, A 3-1=2, B 4-2=2; C before D on name (same best rank 2).
    expect(result.disagreements.map((d) => [d.id, d.gap, d.inTop.join('')])).toEqual([
      ['E', 4, 'c'],
      ['C', 3, 'b'],
      ['D', 3, 'c'],
      ['A', 2, 'ab'],
      ['B', 2, 'a'],
    ]);
    expect(result.disagreements[0]!.ranks).toEqual({ a: 5, b: 4, c: 1 });
  });

  it('lists a place in every top N with close ranks as no disagreement', () => {
    const result = compareRankings({ a: rows('ABC'), b: rows('BAC') }, ['a', 'b'], 2, 1);
    expect(result.disagreements).toEqual([]);
    expect(result.overlap).toEqual([{ a: 'a', b: 'b', shared: 2 }]);
  });

  it('counts everyone tied at the cut as in the top N', () => {
    // a ranks B and C equal second: with top 2 both are in.
    const result = compareRankings({ a: rows('ABCD', [1, 2, 2, 4]), b: rows('ABCD') }, ['a', 'b'], 2, 10);
    expect(result.overlap).toEqual([{ a: 'a', b: 'b', shared: 2 }]);
    expect(result.disagreements.map((d) => [d.id, d.inTop])).toEqual([['C', ['a']]]);
  });

  it('rejects rankings of different places and bad parameters', () => {
    expect(() => compareRankings({ a: rows('AB'), b: rows('A') }, ['a', 'b'], 1, 1)).toThrow(/"b" does not rank the same places/);
    expect(() => compareRankings({ a: rows('AB') }, ['a', 'x' as 'a'], 1, 1)).toThrow(/no ranking for "x"/);
    expect(() => compareRankings({ a: rows('AB') }, ['a'], 0, 1)).toThrow(/top/);
  });
});

describe('rankByValue', () => {
  it('gives competition ranks, highest first, ties by folded name', () => {
    const ranked = rankByValue(
      [
        { id: '1', name: 'Ørland', v: 3 },
        { id: '2', name: 'Oslo', v: 5 },
        { id: '3', name: 'Alta', v: 5 },
        { id: '4', name: 'Bø', v: 1 },
      ],
      (r) => r.v,
    );
    expect(ranked.map((r) => [r.name, r.rank, r.value])).toEqual([
      ['Alta', 1, 5],
      ['Oslo', 1, 5],
      ['Ørland', 3, 3],
      ['Bø', 4, 1],
    ]);
  });
});
