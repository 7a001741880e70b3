/**
 * The columnar cache entry (src/cli/columnar-entry.ts): what goes in comes
 * back exactly, and bytes that are not a whole, undamaged entry of the
 * expected format and key read as absent (so the caller rebuilds them).
 */
import { describe, expect, it } from 'vitest';
import { decodeColumns, encodeColumns, type ColumnsRead } from '../../src/cli/columnar-entry.ts';

const FORMAT = 'test-format/1';
const KEY = 'k'.repeat(64);

const ids = ['NO:bergen', 'SE:göteborg', 'IS:reykjavík', 'JP:東京', 'NO:bø'];
const names = ['Bergen', 'Göteborg', 'Reykjavík', '東京 – Setagaya', 'Bø'];
const counties = ['Vestland', undefined, undefined, undefined, 'Telemark'];
const documents = [['a.txt'], ['a.txt', 'b.csv'], [], ['b.csv'], ['a.txt']];
const odd = [0, -1.5, null, { nested: [1, 'x'] }, 'plain'];
const sample = () =>
  encodeColumns(FORMAT, KEY, {
    ints: { source: [0, 1, 4], target: [2, 3, 0] },
    values: { id: ids, name: names, county: counties, documents, odd },
  });

const column = (read: ColumnsRead, name: string) => Array.from({ length: read.length(name) }, (_, row) => read.value(name)(row));

describe('columnar cache entry', () => {
  it('gives back every value and integer as written', () => {
    const read = decodeColumns(sample(), FORMAT, KEY)!;
    expect(read).not.toBeNull();
    expect([...read.int('source')]).toEqual([0, 1, 4]);
    expect([...read.int('target')]).toEqual([2, 3, 0]);
    expect(column(read, 'id')).toEqual(ids);
    expect(column(read, 'name')).toEqual(names);
    expect(column(read, 'county')).toEqual(counties);
    expect(column(read, 'documents')).toEqual(documents);
    expect(column(read, 'odd')).toEqual(odd);
    expect(read.has('name') && !read.has('missing')).toBe(true);
    // Codes: equal values share one, an absent value is -1.
    const codes = read.codes('documents');
    expect(codes[0]).toBe(codes[4]);
    expect(new Set(codes).size).toBe(4);
    expect(read.pooled(codes[1]!)).toEqual(['a.txt', 'b.csv']);
    expect([...read.codes('county')].map((c) => c === -1)).toEqual([false, true, true, true, false]);
  });

  it('stores an equal value once', () => {
    const once = encodeColumns(FORMAT, KEY, { ints: {}, values: { v: ['Bergen'] } }).length;
    const many = encodeColumns(FORMAT, KEY, { ints: {}, values: { v: Array(100).fill('Bergen') } }).length;
    // 99 more rows cost 99 codes of 4 bytes each (and a longer count in the header), not 99 more copies of the name.
    expect(many - once).toBeGreaterThanOrEqual(99 * 4);
    expect(many - once).toBeLessThanOrEqual(99 * 4 + 8);
  });

  it('reads another format or key as absent', () => {
    expect(decodeColumns(sample(), 'test-format/2', KEY)).toBeNull();
    expect(decodeColumns(sample(), FORMAT, 'x'.repeat(64))).toBeNull();
  });

  it('reads a truncated entry as absent, whatever the cut', () => {
    const bytes = sample();
    for (let length = 0; length < bytes.length; length++) expect(decodeColumns(bytes.subarray(0, length), FORMAT, KEY)).toBeNull();
    // and one with bytes added at the end
    expect(decodeColumns(Buffer.concat([bytes, Buffer.from([0, 0, 0, 0])]), FORMAT, KEY)).toBeNull();
  });

  it('reads an entry with any damaged byte as absent, never a crash', () => {
    const bytes = sample();
    for (let at = 0; at < bytes.length; at++) {
      const damaged = Buffer.from(bytes);
      damaged[at] = damaged[at]! ^ 0x10;
      expect(decodeColumns(damaged, FORMAT, KEY), `byte ${at}`).toBeNull();
    }
  });
});
