/**
 * The world list (data/raw/wikipedia-twin-towns.csv): every row becomes a
 * mention or a diagnostic naming its line; country strings map through
 * data/resolution/world-countries.csv. Expected values checked by hand with
 * grep on the raw file (line numbers count the header as line 1).
 */
import { describe, expect, it } from 'vitest';
import { parseWorldTwinTowns, splitCsvLine } from '../../src/ingest/parse-world-twin-towns.ts';
import { COUNTRY_NAMES, countryName } from '../../src/ingest/country-names.ts';
import { rawText, resolutionTables } from '../helpers/repository.ts';

const countries = new Map(resolutionTables().worldCountries.map((c) => [c.asWritten, c]));
const countryOf = (s: string) => countries.get(s);
const text = rawText('wikipedia-twin-towns.csv');
const page = parseWorldTwinTowns(text, { countryOf });
const at = (line: number) => page.mentions.find((m) => m.line === line)!;

describe('the world list', () => {
  it('gives one mention per row: 26,114 rows, none lost', () => {
    // `wc -l` = 26115 lines (header + 26,114 rows); five rows have an empty country, and all five name it (see below)
    expect(page.mentions).toHaveLength(26114);
    expect(page.diagnostics.filter((d) => d.kind !== 'country-from-name')).toEqual([]);
    expect(page.lines.filter((l) => l.line >= 2 && l.line <= 26115 && l.role !== 'mention')).toEqual([]);
  });

  it('reads city1 as end a and city2 as end b, with countries as ids', () => {
    expect(at(18318)).toMatchObject({ a: { name: 'Bergen', country: 'NO' }, b: { name: 'Gothenburg', country: 'SE' }, relation: 'twin', status: 'active' });
    // 18319: Bergen,Norway,Newcastle upon Tyne,"England, United Kingdom"
    expect(at(18319).b).toEqual({ name: 'Newcastle upon Tyne', country: 'GB-ENG', kind: 'city' });
    // 6882: Newcastle upon Tyne,England,Bergen,Norway — the other country string for England
    expect(at(6882).a.country).toBe('GB-ENG');
  });

  it('keeps quoted names with commas whole', () => {
    // 342: "Bayside, New South Wales",Australia,Binhai (Tianjin),China
    expect(at(342)).toMatchObject({ a: { name: 'Bayside, New South Wales', country: 'AU' }, b: { name: 'Binhai (Tianjin)', country: 'CN' } });
  });

  it('keeps a subnational unit as the region', () => {
    // 23074: Sala,Sweden,Åndalsnes,"Rauma, Norway"
    expect(at(23074).b).toEqual({ name: 'Åndalsnes', country: 'NO', kind: 'city', region: 'Rauma' });
  });

  it('reads the country from the name when the country cell is empty, and says so', () => {
    // 4848: Ningbo,China,"Varna, Bulgaria",  — 6948: Portsmouth,England,Falkland Islands,
    expect(at(4848).b).toMatchObject({ name: 'Varna', country: 'BG' });
    expect(at(6948).b).toMatchObject({ name: 'Falkland Islands', country: 'FK' });
    expect(page.diagnostics.filter((d) => d.kind === 'country-from-name').map((d) => d.line)).toEqual([4848, 6948, 12415, 20986, 25729]);
  });
});

describe('the country table (resolution/world-countries.csv)', () => {
  const strings = new Set<string>();
  for (const line of text.split('\n').slice(1)) {
    const split = splitCsvLine(line);
    if ('fields' in split && split.fields.length === 4) for (const s of [split.fields[1]!, split.fields[3]!]) if (s) strings.add(s);
  }
  it('maps every one of the 238 non-empty country strings of the list', () => {
    expect(strings.size).toBe(238); // 239 distinct strings, one of them empty
    expect([...strings].filter((s) => !countries.has(s))).toEqual([]);
  });
  it('maps to known ids, and gives a reason wherever the string is not the id’s own name', () => {
    for (const row of countries.values()) {
      expect(COUNTRY_NAMES[row.code], row.asWritten).toBeDefined();
      if (countryName(row.code) !== row.asWritten) expect(row.reason, row.asWritten).not.toBe('');
    }
    expect(countryOf('England, United Kingdom')?.code).toBe('GB-ENG');
    expect(countryOf('Scotland, United Kingdom')?.code).toBe('GB-SCT');
    expect(countryOf('Wales')?.code).toBe('GB-WLS');
    expect(countryOf('Northern Ireland, United Kingdom')?.code).toBe('GB-NIR');
    expect(countryOf('Ohio, United States')).toMatchObject({ code: 'US', region: 'Ohio' });
    expect(countryOf('Guadeloupe, France')?.code).toBe('GP');
  });
});

describe('bad rows', () => {
  const bad = [
    'city1,country1,city2,country2',
    'Bergen,Norway,Seattle,United States',
    'Bergen,Norway,Seattle',
    ',Norway,Seattle,United States',
    'Bergen,Norway,Seattle,Atlantis',
    '"Bergen,Norway,Seattle,United States',
    'Bergen,Norway,"Sea"ttle",United States',
    '',
    'Oslo,Norway,Gothenburg,Sweden',
    '',
  ].join('\n');
  const result = parseWorldTwinTowns(bad, { countryOf });
  it('become diagnostics naming the line and the reason, never a crash', () => {
    expect(result.mentions.map((m) => m.line)).toEqual([2, 9]);
    expect(result.diagnostics.map((d) => [d.line, d.kind, d.message])).toEqual([
      [3, 'malformed-row', 'expected 4 fields (city1,country1,city2,country2), found 3'],
      [4, 'empty-name', 'empty name in city1'],
      [5, 'unknown-country', 'unknown country "Atlantis" for "Seattle"; add it to resolution/world-countries.csv'],
      [6, 'malformed-row', 'cannot read the row: a quoted field that is never closed (column 1)'],
      [7, 'malformed-row', 'cannot read the row: text after a closing quote (column 3)'],
      [8, 'malformed-row', 'an empty row inside the list'],
    ]);
  });
  it('a wrong header is a diagnostic on line 1', () => {
    const r = parseWorldTwinTowns('a,b,c,d\nBergen,Norway,Seattle,United States\n', { countryOf });
    expect(r.diagnostics).toEqual([{ file: 'wikipedia-twin-towns.csv', line: 1, kind: 'malformed-row', message: 'expected the header city1,country1,city2,country2' }]);
    expect(r.mentions).toHaveLength(1);
  });
});
