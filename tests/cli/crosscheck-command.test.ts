/**
 * `vennskap crosscheck` as a subprocess on the built-in data: no Wikipedia
 * statement is in the dataset yet, so every link with a Norwegian end is
 * seed-only (429 rows of data/links.csv name norway-twin-towns.txt) or
 * other-only (17 Oslo Region, 3 China page). The grouping itself is checked
 * on a hand-made dataset in tests/analyse/crosscheck-sources.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/formats/csv.ts';
import { runCli } from '../helpers/run-cli.ts';

describe('vennskap crosscheck', () => {
  it('prints the counts first, says Wikipedia is not in the data yet, then the rows by municipality', () => {
    const result = runCli(['crosscheck']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Cross-source confirmation of 449 links with an end in Norway',
      '  both the seed page and Wikipedia                     0',
      '  only the seed page (norway-twin-towns.txt)         429',
      '  only Wikipedia (wikipedia-twin-towns.csv)            0',
      '  only other sources (China page, Oslo Region page)   20',
    ]);
    expect(lines[5]).toMatch(/^note: no statement from wikipedia-twin-towns\.csv is in the dataset yet/);
    expect(result.stdout).toContain('By municipality (118 Norwegian places)');
    // Oslo's Shanghai row: seed page line 40, China page line 17 beside it.
    expect(result.stdout).toMatch(/\n +seed only +Shanghai +CN +friendship, twin +active +norway-twin-towns\.txt:40 +– +norway-china-friendship\.txt:17\n/);
  });

  it('--csv: one row per link with the refs on each side; --json: the same counts', () => {
    const [header, ...rows] = parseCsvRecords(runCli(['crosscheck', '--csv']).stdout).map((r) => r.fields);
    expect(header).toEqual(['municipality', 'municipality_id', 'group', 'partner', 'partner_id', 'partner_country', 'relations', 'status', 'seed', 'wikipedia', 'other']);
    expect(rows).toHaveLength(449);
    expect(rows.filter((r) => r[2] === 'seed-only')).toHaveLength(429);
    expect(rows.find((r) => r[1] === 'NO:0301' && r[3] === 'Oslo Region European Office')).toEqual([
      'Oslo', 'NO:0301', 'other-only', 'Oslo Region European Office', expect.any(String), expect.any(String), 'membership', 'active', '', '', 'oslo-region-members.txt:51',
    ]);
    const json = JSON.parse(runCli(['crosscheck', '--json']).stdout);
    expect(json.counts).toEqual({ both: 0, 'seed-only': 429, 'wikipedia-only': 0, 'other-only': 20, links: 449 });
    expect(json.wikipediaInData).toBe(false);
  });

  it('--help shows an example that matches a real run', () => {
    const help = runCli(['crosscheck', '--help']).stdout;
    const example = help.slice(help.indexOf('$ npx vennskap crosscheck\n') + 26, help.indexOf('  ...')).split('\n').filter(Boolean).map((l) => l.slice(2));
    expect(example).toHaveLength(5);
    expect(runCli(['crosscheck']).stdout.split('\n').slice(0, 5)).toEqual(example);
    expect(runCli(['crosscheck', '--bogus']).stderr).toMatch(/^vennskap: crosscheck: unknown option '--bogus'/);
  });
});
