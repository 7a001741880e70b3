/**
 * `vennskap crosscheck` as a subprocess on the built-in data. The counts were
 * checked against the `documents` column of data/links.csv: of the 569 rows with
 * an NO end, 258 name both norway-twin-towns.txt and wikipedia-twin-towns.csv,
 * 171 only the seed page, 120 only Wikipedia, 20 neither (17 Oslo Region, 3 China
 * page); see tests/analyse/crosscheck-sources.test.ts, which also checks the
 * grouping on a hand-made dataset and Ålesund against both raw files.
 */
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/formats/csv.ts';
import { runCli } from '../helpers/run-cli.ts';

const SEED_ONLY = ['--sources', 'norway-twin-towns.txt,norway-china-friendship.txt,oslo-region-members.txt'];

describe('vennskap crosscheck', () => {
  it('prints the counts first, then the rows by municipality; no note about Wikipedia, which is in the data', () => {
    const result = runCli(['crosscheck']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Cross-source confirmation of 569 links with an end in Norway',
      '  both the seed page and Wikipedia                   258',
      '  only the seed page (norway-twin-towns.txt)         171',
      '  only Wikipedia (wikipedia-twin-towns.csv)          120',
      '  only other sources (China page, Oslo Region page)   20',
    ]);
    expect(result.stdout).not.toContain('note:');
    // 160 distinct NO ends among those 569 rows of data/links.csv.
    expect(lines[6]).toBe('By municipality (160 Norwegian places)');
    // Oslo's Shanghai row: seed page line 40, no Wikipedia line (the world list has no "Oslo,Norway"), China page line 17.
    expect(result.stdout).toMatch(/\n +seed only +Shanghai +CN +friendship, twin +active +norway-twin-towns\.txt:40 +– +norway-china-friendship\.txt:17\n/);
    // Ålesund–Peterhead: "🇳🇴 Ålesund," ends seed line 398, "🏴 Peterhead" opens 399; Wikipedia lines 18305 and 21362 (Peterhead,Scotland,Ålesund,Norway).
    expect(result.stdout).toMatch(/\n +both +Peterhead +GB-SCT +twin +active +norway-twin-towns\.txt:398 +wikipedia-twin-towns\.csv:18305, wikipedia-twin-towns\.csv:21362\n/);
  });

  it('--sources without the world list: the seed page\'s 429 links are all seed-only, and a note says why nothing is confirmed', () => {
    const result = runCli(['crosscheck', ...SEED_ONLY]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    // 429 = 258 + 171 above: every link the seed page states, without its Wikipedia side.
    expect(lines.slice(0, 6)).toEqual([
      'Cross-source confirmation of 449 links with an end in Norway',
      '  both the seed page and Wikipedia                     0',
      '  only the seed page (norway-twin-towns.txt)         429',
      '  only Wikipedia (wikipedia-twin-towns.csv)            0',
      '  only other sources (China page, Oslo Region page)   20',
      'note: no statement from wikipedia-twin-towns.csv is in the dataset (--sources leaves it out), so no link can be confirmed by Wikipedia or found only there.',
    ]);
    expect(runCli(['crosscheck', '--sources', 'nowhere.txt']).stderr).toMatch(/^vennskap: --sources: unknown document "nowhere\.txt"/);
  });

  it('--csv: one row per link with the refs on each side; --json: the same counts', () => {
    const [header, ...rows] = parseCsvRecords(runCli(['crosscheck', '--csv']).stdout).map((r) => r.fields);
    expect(header).toEqual(['municipality', 'municipality_id', 'group', 'partner', 'partner_id', 'partner_country', 'relations', 'status', 'seed', 'wikipedia', 'other']);
    expect(rows).toHaveLength(569);
    expect(rows.filter((r) => r[2] === 'both')).toHaveLength(258);
    expect(rows.filter((r) => r[2] === 'wikipedia-only')).toHaveLength(120);
    expect(rows.find((r) => r[1] === 'NO:0301' && r[3] === 'Oslo Region European Office')).toEqual([
      'Oslo', 'NO:0301', 'other-only', 'Oslo Region European Office', expect.any(String), expect.any(String), 'membership', 'active', '', '', 'oslo-region-members.txt:51',
    ]);
    // Ålesund's Eu: seed line 230 ("🇳🇴 Ålesund," then "🇫🇷 Eu" on line 231); the world list pairs Ålesund with no Eu.
    expect(rows.find((r) => r[1] === 'NO:1508' && r[3] === 'Eu')).toEqual([
      'Ålesund', 'NO:1508', 'seed-only', 'Eu', expect.any(String), 'FR', 'twin', 'active', 'norway-twin-towns.txt:230', '', '',
    ]);
    const json = JSON.parse(runCli(['crosscheck', '--json']).stdout);
    expect(json.counts).toEqual({ both: 258, 'seed-only': 171, 'wikipedia-only': 120, 'other-only': 20, links: 569 });
    expect(json.wikipediaInData).toBe(true);
  });

  it('--help shows an example that matches a real run', () => {
    const help = runCli(['crosscheck', '--help']).stdout;
    const example = help.slice(help.indexOf('$ npx vennskap crosscheck\n') + 26, help.indexOf('  ...')).split('\n').filter(Boolean).map((l) => l.slice(2));
    expect(example).toHaveLength(5);
    expect(runCli(['crosscheck']).stdout.split('\n').slice(0, 5)).toEqual(example);
    expect(runCli(['crosscheck', '--bogus']).stderr).toMatch(/^vennskap: crosscheck: unknown option '--bogus'/);
  });
});
