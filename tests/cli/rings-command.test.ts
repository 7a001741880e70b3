/**
 * `vennskap rings` as a subprocess: on the built-in data (rings from the world
 * list's partner links), on the seed documents alone (stars only, so no rings,
 * said in one line) and on a hand-made Nordic edge list with a node
 * table, whose rings are worked out by hand in tests/analyse/find-friendship-rings.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/formats/csv.ts';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-rings-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const places = join(scratch, 'places.csv');
writeFileSync(places, 'id,name,country\nNO:a,Askøy,NO\nSE:b,Borås,SE\nDK:c,Culemborg,DK\nFI:d,Dragsfjärd,FI\nIS:e,Eyjafjörður,IS\nDE:x,Xanten,DE\n');
// Nine of the ten Nordic pairs (Finland–Iceland missing), a German partner of Askøy only; one source cell is a formula.
const links = join(scratch, 'links.csv');
writeFileSync(
  links,
  [
    'source,target,sources',
    'NO:a,SE:b,seed.txt:1',
    'NO:a,DK:c,seed.txt:2|wiki.csv:7',
    'NO:a,FI:d,seed.txt:3',
    'NO:a,IS:e,seed.txt:4',
    'SE:b,DK:c,wiki.csv:10',
    'SE:b,FI:d,wiki.csv:11',
    'SE:b,IS:e,wiki.csv:12',
    'DK:c,FI:d,wiki.csv:13',
    'DK:c,IS:e,"=HYPERLINK(""http://x"")"',
    'NO:a,DE:x,seed.txt:5',
    '',
  ].join('\n'),
);
const input = ['--input', links, '--nodes', places];

describe('vennskap rings', () => {
  it('the built-in data: the rings come first, each link with the file:line of each document stating it', () => {
    const result = runCli(['rings']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    // 48 rings, 30 near-rings, 153 NO places: as tests/reference/builtin-rings.py counts them with NetworkX from data/links.csv.
    expect(result.stdout).toMatch(/^48 friendship rings and 30 near-rings \(one link missing\) around 153 places in NO: groups of at least 4 places in 3 countries/);
    // The Bærum ring, checked line by line in the raw files in tests/analyse/find-friendship-rings.test.ts.
    expect(result.stdout).toContain('  members: Bærum (NO), Frederiksberg (DK), Tartu (EE), Hämeenlinna (FI), Hafnarfjörður (IS), Uppsala (SE)\n');
    expect(result.stdout).toContain('  Bærum – Frederiksberg: norway-twin-towns.txt:80, wikipedia-twin-towns.csv:5999\n');
    expect(result.stdout).toContain('  Frederiksberg – Tartu: wikipedia-twin-towns.csv:6003\n');
    // Åland countryside (the list's "Countryside") and Husby: grep finds no line of the world list pairing them.
    expect(result.stdout).toContain('missing one link: Åland countryside – Husby\n');
    expect(result.stdout).toContain('  Åland countryside – Husby: no link in this network\n');
  });

  it('the seed documents alone (--sources without the world list): no rings, and says in one line why', () => {
    const result = runCli(['rings', '--sources', 'norway-twin-towns.txt,norway-china-friendship.txt,oslo-region-members.txt']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/^no rings: the twin network of the built-in Norway data .* has no group of 4 places in 3 countries .*Every link in it has an end in NO.*the world list adds partner links/);
    const json = JSON.parse(runCli(['rings', '--sources', 'norway-twin-towns.txt,norway-china-friendship.txt,oslo-region-members.txt', '--json']).stdout);
    expect(json).toMatchObject({ rings: [], nearRings: [], options: { country: 'NO', minSize: 4, minCountries: 3 } });
    expect(json.seeds).toBeGreaterThan(80);
  });

  it('prints each ring with members, countries, every link with its sources, and the near-ring with its missing link', () => {
    const result = runCli(['rings', ...input]);
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^2 friendship rings and 1 near-ring \(one link missing\) around 1 place in NO/);
    expect(out).toContain('Ring 1: 4 places in 4 countries, complete\n  members: Askøy (NO), Culemborg (DK), Dragsfjärd (FI), Borås (SE)\n  countries: Norway, Denmark, Finland, Sweden\n');
    expect(out).toContain('  Askøy – Culemborg: seed.txt:2, wiki.csv:7\n');
    expect(out).toContain('Near-ring 1: 5 places in 5 countries, missing one link: Dragsfjärd – Eyjafjörður\n');
    expect(out).toContain('  Dragsfjärd – Eyjafjörður: no link in this network\n');
  });

  it('--csv: one row per pair, the missing pair marked, formulas neutralised', () => {
    const result = runCli(['rings', ...input, '--min-size', '5', '--csv']);
    expect(result.status).toBe(0);
    const [header, ...rows] = parseCsvRecords(result.stdout).map((r) => r.fields);
    expect(header).toEqual(['group', 'kind', 'size', 'countries', 'a_id', 'a_name', 'a_country', 'b_id', 'b_name', 'b_country', 'linked', 'sources']);
    // --min-size 5: only the near-ring of five: its 10 pairs, 9 linked and 1 missing.
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r[0] === 'near-ring 1' && r[3] === 'NO|DK|FI|IS|SE')).toBe(true);
    expect(rows.filter((r) => r[10] === 'missing').map((r) => [r[5], r[8], r[11]])).toEqual([['Dragsfjärd', 'Eyjafjörður', '']]);
    expect(rows.find((r) => r[5] === 'Culemborg' && r[8] === 'Eyjafjörður')![11]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('--country IS and --min-countries 5', () => {
    const iceland = JSON.parse(runCli(['rings', ...input, '--country', 'is', '--json']).stdout);
    expect(iceland.rings.map((r: { members: { id: string }[] }) => r.members.map((m) => m.id))).toEqual([['IS:e', 'DK:c', 'NO:a', 'SE:b']]);
    const five = JSON.parse(runCli(['rings', ...input, '--min-countries', '5', '--json']).stdout);
    expect([five.rings.length, five.nearRings.length]).toEqual([0, 1]);
  });

  it('one clear line for a network without countries, a bad country or size', () => {
    for (const [args, message] of [
      [['rings', '--input', links], /^vennskap: rings: the nodes of .* have no country attribute; give --nodes FILE/],
      [['rings', '--country', ''], /^vennskap: --country: expected a country code such as NO/],
      [['rings', '--min-size', '1'], /^vennskap: --min-size: expected at least 2/],
      [['rings', '--network', 'country'], /^vennskap: rings: works on the twin network/],
    ] as const) {
      const result = runCli([...args]);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });

  it('a country the network does not have: no rings, and says so', () => {
    const result = runCli(['rings', '--country', 'Norway']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/around Norway, nor one a single link short\. No place in the network is in Norway\.\n$/);
  });

  it('--help shows examples that run', () => {
    const result = runCli(['rings', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Examples?:\n +\$ npx vennskap rings --country NO --min-size 6\n +3 friendship rings and 10 near-rings/);
    // The help's first example, against a real run: its header and the first ring's opening lines.
    const example = result.stdout.split('$ npx vennskap rings --country NO --min-size 6\n')[1]!.split('  ...\n')[0]!.split('\n').slice(3, 7).map((l) => l.slice(2));
    const run = runCli(['rings', '--country', 'NO', '--min-size', '6']).stdout.split('\n');
    expect(run.slice(2, 6)).toEqual(example);
    expect(run[0]).toMatch(/^3 friendship rings and 10 near-rings \(one link missing\) around 153 places in NO: groups of\s+at least 6 places in 3 countries, all linked to one another, in the twin network of /);
  });
});
