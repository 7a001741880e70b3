/**
 * Cross-source confirmation on a hand-made dataset (both files, groups
 * worked out by hand below), on the built-in data (counts from the documents
 * column of data/links.csv, one place checked against both raw files), and on
 * the seed documents alone, where no Wikipedia statement is in the dataset.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crosscheckSources } from '../../src/analyse/crosscheck-sources.ts';
import type { Link, Place } from '../../src/dataset/types.ts';
import { parseCsvRecords } from '../../src/formats/csv.ts';
import { dataDir, norwayDataset, seedDataset } from '../helpers/repository.ts';

const place = (id: string, name: string, country: string, kind: Place['kind'] = 'city', county?: string): Place => ({
  id, name, country, kind, aliases: [], sources: [], ...(county ? { county } : {}),
});
const link = (sourceId: string, targetId: string, sources: string[], relations: Link['relations'] = ['twin']): Link => ({
  sourceId, targetId, relations, status: 'active', tags: [], sources,
  documents: [...new Set(sources.map((s) => s.slice(0, s.lastIndexOf(':'))))], scope: 'norwegian',
});

const places: Place[] = [
  place('NO:1507', 'Ålesund', 'NO', 'municipality', 'Møre og Romsdal'),
  place('NO:4601', 'Bergen', 'NO', 'municipality', 'Vestland'),
  place('DK:randers', 'Randers', 'DK'),
  place('FI:lahti', 'Lahti', 'FI'),
  place('FR:eu', 'Eu', 'FR'),
  place('SE:goteborg', 'Gothenburg', 'SE'),
  place('CN:shanghai', 'Shanghai', 'CN'),
];
const links: Link[] = [
  link('NO:1507', 'DK:randers', ['norway-twin-towns.txt:106', 'wikipedia-twin-towns.csv:2001']), // both
  link('NO:1507', 'FI:lahti', ['norway-twin-towns.txt:181']), // seed only
  link('NO:1507', 'FR:eu', ['wikipedia-twin-towns.csv:2002']), // Wikipedia only
  link('SE:goteborg', 'NO:4601', ['wikipedia-twin-towns.csv:3000', 'wikipedia-twin-towns.csv:3001']), // Wikipedia only; the Norwegian end listed second
  link('NO:4601', 'CN:shanghai', ['norway-china-friendship.txt:17'], ['friendship']), // other sources only
  link('NO:4601', 'DK:randers', ['norway-twin-towns.txt:50', 'norway-china-friendship.txt:20']), // seed only, with another source beside it
  link('SE:goteborg', 'DK:randers', ['wikipedia-twin-towns.csv:9']), // no Norwegian end: not checked
];

describe('crosscheckSources', () => {
  it('sorts each Norwegian link into both / seed-only / wikipedia-only / other-only, by municipality, with file:line on each side', () => {
    const result = crosscheckSources({ links, places });
    expect(result.wikipediaInData).toBe(true);
    expect(result.counts).toEqual({ both: 1, 'seed-only': 2, 'wikipedia-only': 2, 'other-only': 1, links: 6 });
    // Ålesund before Bergen: names compared with accents folded (Å → a).
    expect(result.places.map((p) => [p.name, p.county, p.counts])).toEqual([
      ['Ålesund', 'Møre og Romsdal', { both: 1, 'seed-only': 1, 'wikipedia-only': 1, 'other-only': 0, links: 3 }],
      ['Bergen', 'Vestland', { both: 0, 'seed-only': 1, 'wikipedia-only': 1, 'other-only': 1, links: 3 }],
    ]);
    expect(result.places[0]!.rows.map((r) => [r.group, r.partnerName, r.seed, r.wikipedia, r.other])).toEqual([
      ['both', 'Randers', ['norway-twin-towns.txt:106'], ['wikipedia-twin-towns.csv:2001'], []],
      ['seed-only', 'Lahti', ['norway-twin-towns.txt:181'], [], []],
      ['wikipedia-only', 'Eu', [], ['wikipedia-twin-towns.csv:2002'], []],
    ]);
    expect(result.places[1]!.rows.map((r) => [r.group, r.homeId, r.partnerId, r.partnerCountry, r.seed, r.wikipedia, r.other])).toEqual([
      ['seed-only', 'NO:4601', 'DK:randers', 'DK', ['norway-twin-towns.txt:50'], [], ['norway-china-friendship.txt:20']],
      ['wikipedia-only', 'NO:4601', 'SE:goteborg', 'SE', [], ['wikipedia-twin-towns.csv:3000', 'wikipedia-twin-towns.csv:3001'], []],
      ['other-only', 'NO:4601', 'CN:shanghai', 'CN', [], [], ['norway-china-friendship.txt:17']],
    ]);
    expect(result.places[1]!.rows[2]!.relations).toEqual(['friendship']);
  });

  it('takes the source files and home country as options', () => {
    const result = crosscheckSources({ links, places }, { country: 'SE' });
    // Gothenburg's two links: Bergen (Wikipedia only) and Randers (Wikipedia only).
    expect(result.counts).toEqual({ both: 0, 'seed-only': 0, 'wikipedia-only': 2, 'other-only': 0, links: 2 });
    expect(() => crosscheckSources({ links, places }, { seedfile: 'x' } as never)).toThrow(/unknown option "seedfile"/);
  });

  it('on the built-in data: 569 links with a Norwegian end, 258 on both the seed page and Wikipedia, 171 seed-only, 120 Wikipedia-only, 20 other-only', () => {
    // Counted from the `documents` column of data/links.csv (not the code's per-statement split): rows with an NO end,
    // grouped by whether their documents name norway-twin-towns.txt and/or wikipedia-twin-towns.csv.
    const records = parseCsvRecords(readFileSync(`${dataDir}links.csv`, 'utf8')).map((r) => r.fields);
    const header = records[0]!;
    const col = (name: string) => header.indexOf(name);
    const norwegian = records.slice(1).filter((r) => r[col('source_country')] === 'NO' || r[col('target_country')] === 'NO');
    const groups = { both: 0, 'seed-only': 0, 'wikipedia-only': 0, 'other-only': 0 };
    for (const r of norwegian) {
      const docs = r[col('documents')]!.split('|');
      const seed = docs.includes('norway-twin-towns.txt');
      const wiki = docs.includes('wikipedia-twin-towns.csv');
      groups[seed && wiki ? 'both' : seed ? 'seed-only' : wiki ? 'wikipedia-only' : 'other-only']++;
    }
    expect([records.length - 1, norwegian.length]).toEqual([937, 569]);
    expect(groups).toEqual({ both: 258, 'seed-only': 171, 'wikipedia-only': 120, 'other-only': 20 });
    const result = crosscheckSources(norwayDataset());
    expect(result.wikipediaInData).toBe(true);
    expect(result.counts).toEqual({ ...groups, links: 569 });
    // Ålesund (NO:1508, the 2024 number). Seed page: "🇳🇴 Ålesund," ends lines 106, 181, 230, 256, 288, 398, 468, 514, its partner opens the next line:
    // Randers, Lahti, Eu, Akureyri, Borgo a Mozzano, Peterhead, Västerås, Tacoma. Wikipedia (grep Ålesund): Randers 6188, Lahti 8066,
    // Akureyri 14456, Borgo a Mozzano 18304, Peterhead 18305 and 21362, Tacoma 18306, Västerås 18307; no Eu. So 7 both, Eu seed-only.
    const alesund = result.places.find((p) => p.id === 'NO:1508')!;
    expect(alesund.counts).toEqual({ both: 7, 'seed-only': 1, 'wikipedia-only': 0, 'other-only': 0, links: 8 });
    expect(alesund.rows.find((r) => r.partnerName === 'Peterhead')).toMatchObject({
      group: 'both', seed: ['norway-twin-towns.txt:398'], wikipedia: ['wikipedia-twin-towns.csv:18305', 'wikipedia-twin-towns.csv:21362'],
    });
    expect(alesund.rows.find((r) => r.partnerName === 'Eu')).toMatchObject({ group: 'seed-only', seed: ['norway-twin-towns.txt:230'], wikipedia: [] });
    // Oslo (NO:0301): 14 rows in data/links.csv, none from Wikipedia (grep finds no "Oslo,Norway" in the world list);
    // 13 on the seed page (Shanghai also on the China page, line 17), 1 Oslo Region membership (line 51).
    const oslo = result.places.find((p) => p.id === 'NO:0301')!;
    expect(oslo.counts).toMatchObject({ both: 0, 'seed-only': 13, 'wikipedia-only': 0, 'other-only': 1, links: 14 });
    expect(oslo.rows.find((r) => r.partnerName === 'Shanghai')).toMatchObject({ seed: ['norway-twin-towns.txt:40'], other: ['norway-china-friendship.txt:17'] });
    expect(oslo.rows.at(-1)).toMatchObject({ group: 'other-only', other: ['oslo-region-members.txt:51'], relations: ['membership'] });
  });

  it('on the three seed documents alone (no world list): 449 links, 429 seed-only, 20 other-only, and it says Wikipedia is not in the data', () => {
    const result = crosscheckSources(seedDataset());
    expect(result.wikipediaInData).toBe(false);
    // 429 = 258 both + 171 seed-only above: every link the seed page states, now without its Wikipedia side.
    expect(result.counts).toEqual({ both: 0, 'seed-only': 429, 'wikipedia-only': 0, 'other-only': 20, links: 449 });
  });
});
