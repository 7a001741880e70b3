/**
 * End to end: rank, clusters, town and stats as subprocesses, on the built-in
 * data and on a foreign input file (the Florentine families, checked against
 * NetworkX's answers in tests/reference/).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReference } from '../helpers/load-reference.ts';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const florentine = readReference<{
  edges: [string, string][];
  graph: { order: number; size: number; density: number; transitivity: number };
  node: { degree: Record<string, number>; pagerank_085: Record<string, number> };
}>('florentine');
const florentineCsv = join(scratch, 'florentine.csv');
writeFileSync(florentineCsv, `source,target\n${florentine.edges.map(([a, b]) => `${a},${b}`).join('\n')}\n`);

const json = (args: string[]) => {
  const result = runCli([...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
};

describe('vennskap rank', () => {
  it('puts Øvre Eiker first with 20 partners (20 "🇳🇴 Øvre Eiker," lines on the twin-town page)', () => {
    const result = runCli(['rank', '--top', '3']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^rank +place +country +county +partners +seed page +Wikipedia +partner countries +degree$/);
    // Wikipedia: one row, 9213 "Lempäälä,Finland,Øvre Eiker,Norway" (grep "Øvre Eiker")
    expect(result.stdout.split('\n')[2]).toMatch(/^ +1 +Øvre Eiker +NO +Buskerud +20 +20 +1 +11 +20$/);
  });

  it('shows partner counts from all sources, the seed page and Wikipedia side by side', () => {
    const rows = json(['rank', '--country', 'NO', '--top', '0']).rows as { place: string; partners: number; partners_seed_page: number; partners_wikipedia: number }[];
    const counts = (place: string) => {
      const r = rows.find((x) => x.place === place)!;
      return [r.partners, r.partners_seed_page, r.partners_wikipedia];
    };
    // grep on wikipedia-twin-towns.csv: Trondheim 14 rows, Dunfermline twice (18420, 21212) → 13;
    // Stavanger 12 rows, Aberdeen twice (18406, 21190) → 11; Bergen 7 rows incl. "Årstad (Bergen)" (16343) → 7; Oslo: no row
    expect(counts('Trondheim')).toEqual([15, 15, 13]);
    expect(counts('Stavanger')).toEqual([15, 15, 11]);
    expect(counts('Bergen')).toEqual([12, 12, 7]);
    expect(counts('Oslo')).toEqual([13, 13, 0]);
  });

  it('shares a rank between ties and orders them by name', () => {
    const rows = json(['rank', '--top', '3']).rows;
    expect(rows.map((r: { rank: number; place: string }) => `${r.rank} ${r.place}`)).toEqual(['1 Øvre Eiker', '2 Stavanger', '2 Trondheim']);
  });

  it('ranks by PageRank, filtered by country and kind', () => {
    const rows = json(['rank', '--by', 'pagerank', '--country', 'NO', '--kind', 'county', '--top', '0']).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: { country: string; id: string }) => r.country === 'NO' && r.id.startsWith('NO:county:'))).toBe(true);
    const values = rows.map((r: { pagerank: number }) => r.pagerank);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('counts names as written with --as-written: Trondheim has 16 (Dumfermline and Dunfermline count twice)', () => {
    const rows = json(['rank', '--as-written', '--country', 'NO', '--top', '2']).rows;
    expect(rows.map((r: { place: string; partners: number }) => `${r.place} ${r.partners}`)).toEqual(['Øvre Eiker 20', 'Trondheim 16']);
  });

  it('filters by county, accent-insensitively', () => {
    const rows = json(['rank', '--county', 'trondelag', '--top', '0']).rows;
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((r: { county: string }) => r.county))).toEqual(new Set(['Trøndelag']));
  });

  it('ranks a foreign edge list: the Medici lead the Florentine families, as in NetworkX', () => {
    const rows = json(['rank', '--input', florentineCsv, '--by', 'pagerank', '--top', '0']).rows;
    expect(rows).toHaveLength(florentine.graph.order);
    expect(rows[0].place).toBe('Medici');
    for (const row of rows) expect(row.pagerank).toBeCloseTo(florentine.node.pagerank_085[row.place]!, 4);
    expect(rows.find((r: { place: string }) => r.place === 'Medici').partners).toBe(florentine.node.degree.Medici);
  });

  it('neutralises spreadsheet formulas in --csv output', () => {
    const file = join(scratch, 'formulas.csv');
    writeFileSync(file, 'source,target\n"=HYPERLINK(""http://x"",""y"")",@SUM\n+1,-cmd\n');
    const result = runCli(['rank', '--input', file, '--csv', '--top', '0']);
    expect(result.status).toBe(0);
    const cells = result.stdout.split('\n').slice(1).map((l) => l.split(',')[1]);
    expect(cells.filter(Boolean).every((c) => c!.startsWith("'") || c!.startsWith('"\''))).toBe(true);
    expect(result.stdout).not.toMatch(/(^|,)[=+\-@]/m);
  });
});

describe('vennskap clusters', () => {
  it('gives identical clusters for the same seed', () => {
    const a = runCli(['clusters', '--seed', '7', '--json']);
    const b = runCli(['clusters', '--seed', '7', '--json']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const parsed = JSON.parse(a.stdout);
    // Still mostly stars around hubs, though the world list's context links join partners (0.97 from the seed documents alone)
    expect(parsed.modularity).toBeGreaterThan(0.85);
    expect(parsed.stability.seeds).toBe(20);
  });

  it('describes country clusters by countries, links and hub municipalities', () => {
    const parsed = json(['clusters', '--network', 'country']);
    const all = parsed.rows.flatMap((r: { countries: string }) => r.countries.split('|'));
    expect(new Set(all).size).toBe(all.length); // each country in one cluster
    expect(all).toContain('SE');
    const shares = parsed.rows.reduce((s: number, r: { link_share: number }) => s + r.link_share, 0);
    expect(shares).toBeCloseTo(1, 9); // every link goes to exactly one cluster's countries
  });

  it('runs on a foreign input, reaching NetworkX\'s best modularity within 0.01', () => {
    const parsed = json(['clusters', '--input', florentineCsv, '--stability-seeds', '20']);
    expect(parsed.stability.modularity.max).toBeGreaterThanOrEqual(0.39875 - 0.01);
  });
});

describe('vennskap town', () => {
  it('finds Tromsø from "tromso", with partners, source lines and metrics', () => {
    const result = runCli(['town', 'tromso', '--include-ended']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Tromsø \(NO:5501\), municipality in Troms, Norway; municipality number 5501/);
    expect(result.stdout).toMatch(/Murmansk +RU +ended +until 2022 +norway-twin-towns\.txt:381/);
    expect(result.stdout).toContain('norway-twin-towns.txt:353  🇳🇴 Tromsø, ⏎ 🇵🇸 Gaza City , since 2001');
    expect(result.stdout).toMatch(/degree +9 +/);
  });

  it('finds a town by a name the sources use for it', () => {
    const parsed = json(['town', 'Drøbak']);
    expect(parsed.place).toMatchObject({ id: 'NO:3214', name: 'Frogn', aliases: ['Drøbak'] });
  });

  it('suggests the closest names for an unknown one, in one line, exit 1', () => {
    const result = runCli(['town', 'Trondhjem']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^vennskap: town: no place called "Trondhjem" .*; did you mean Trondheim \(NO:5001\)/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('works on a foreign input', () => {
    const parsed = json(['town', 'medici', '--input', florentineCsv]);
    expect(parsed.partners).toHaveLength(6);
  });
});

describe('vennskap stats', () => {
  it('gives the four built-in networks; the twin network has one edge per active partnership link', () => {
    const parsed = json(['stats']);
    expect(Object.keys(parsed.networks)).toEqual(['twin', 'municipality-country', 'country', 'municipality']);
    // 429 from the three seed documents (their active partnership links); the world list adds Norwegian links and context links
    expect(json(['stats', '--sources', 'norway-twin-towns.txt,norway-china-friendship.txt,oslo-region-members.txt']).networks.twin.edges).toBe(429);
    expect(parsed.networks.twin.edges).toBe(917);
  });

  it('matches NetworkX on the Florentine families', () => {
    const f = json(['stats', '--input', florentineCsv]).networks.input;
    expect(f.nodes).toBe(florentine.graph.order);
    expect(f.edges).toBe(florentine.graph.size);
    expect(f.density).toBeCloseTo(florentine.graph.density, 9);
    expect(f.transitivity).toBeCloseTo(florentine.graph.transitivity, 9);
    expect(f.assortativity_by_country).toBeNull(); // no country attribute: undefined, not NaN
  });
});

describe('bad input gets one line and exit 1', () => {
  const oneLine = (args: string[], pattern: RegExp) => {
    const result = runCli(args);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  };
  it('a missing file', () => oneLine(['rank', '--input', join(scratch, 'nope.csv')], /^vennskap: .*nope\.csv: no such file$/m));
  it('malformed CSV, naming the line', () => {
    const file = join(scratch, 'bad.csv');
    writeFileSync(file, 'source,target\na,b\nc,"d\n');
    oneLine(['rank', '--input', file], /bad\.csv:3: /);
  });
  it('an unparsable GEXF', () => {
    const file = join(scratch, 'bad.gexf');
    writeFileSync(file, '<gexf><graph><nodes><node id="a"></nodes></graph>');
    oneLine(['stats', '--input', file], /bad\.gexf/);
  });
  it('an unparsable GraphML', () => {
    const file = join(scratch, 'bad.graphml');
    writeFileSync(file, 'this is not xml');
    oneLine(['stats', '--input', file], /bad\.graphml/);
  });
  it('an unknown option', () => oneLine(['rank', '--bye', 'degree'], /unknown option '--bye'/));
  it('an unknown metric', () => oneLine(['rank', '--by', 'fame'], /--by: expected one of degree, partner-countries, strength/));
  it('an unknown command', () => oneLine(['rnak'], /unknown command "rnak"/));
});

describe('help', () => {
  for (const command of ['start', 'data', 'rank', 'clusters', 'town', 'stats', 'report', 'export', 'distances']) {
    it(`${command} --help shows a real example`, () => {
      const result = runCli([command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Examples?:\n +\$ (npx vennskap|npm start)/);
    });
  }
});
