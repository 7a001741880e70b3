/**
 * End to end: `vennskap report` as a subprocess, on the built-in data and on
 * the user's own files (the Florentine families as a CSV edge list, checked
 * against NetworkX's answers in tests/reference/, and a GEXF written by
 * `vennskap export`). The commands the report quotes are run too: they must
 * exist and print the numbers the report shows.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rawText, readData } from '../helpers/repository.ts';
import { readReference } from '../helpers/load-reference.ts';
import { runCli } from '../helpers/run-cli.ts';
import { parseXmlStrict, svgElements } from '../report/xml-check.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const florentine = readReference<{
  edges: [string, string][];
  graph: { order: number; size: number; density: number };
  node: { degree: Record<string, number> };
}>('florentine');
const florentineCsv = join(scratch, 'florentine.csv');
writeFileSync(florentineCsv, `source,target\n${florentine.edges.map(([a, b]) => `${a},${b}`).join('\n')}\n`);

/** The command quoted after `label` in the Markdown, as arguments for runCli (paths here hold no spaces). */
function quotedCommand(markdown: string, pattern: RegExp): string[] {
  const match = pattern.exec(markdown);
  expect(match, String(pattern)).not.toBeNull();
  const words = match![1]!.split(' ');
  expect(words[0]).toBe('vennskap');
  return words.slice(1);
}

describe('vennskap report --input', () => {
  const out = join(scratch, 'florentine-report');
  const result = runCli(['report', '--input', florentineCsv, '--out', out]);
  const markdown = existsSync(join(out, 'report.md')) ? readFileSync(join(out, 'report.md'), 'utf8') : '';
  const html = existsSync(join(out, 'report.html')) ? readFileSync(join(out, 'report.html'), 'utf8') : '';

  it('writes report.md and report.html and says so on one line', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`wrote ${join(out, 'report.md')} and ${join(out, 'report.html')}\n`);
    expect(markdown.startsWith('# Network report: florentine.csv\n')).toBe(true);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('shows the Medici first with 6 ties, and the reference size and density', () => {
    expect(markdown).toContain(`| 1. Medici (${florentine.node.degree.Medici}) |`);
    expect(markdown).toContain(`| Nodes | ${florentine.graph.order} |`);
    expect(markdown).toContain(`| Links | ${florentine.graph.size} |`);
    expect(markdown).toContain(`| Density | ${florentine.graph.density.toFixed(4)} |`);
    expect(markdown).toContain(`- Input: \`${florentineCsv}\`, read as csv.`);
  });

  it('writes a standalone page: no script, well-formed charts', () => {
    expect(html).not.toMatch(/<script/i);
    const svgs = svgElements(html);
    expect(svgs.length).toBe(2);
    for (const svg of svgs) expect(parseXmlStrict(svg).documentElement!.tagName).toBe('svg');
  });

  it('quotes a rank command that prints the same top hub', () => {
    const args = quotedCommand(markdown, /`(vennskap rank [^`]* --by degree --top 10)`/);
    const rank = runCli([...args, '--json']);
    expect(rank.status).toBe(0);
    const rows = JSON.parse(rank.stdout).rows as { place: string; partners: number }[];
    expect(rows[0]).toMatchObject({ place: 'Medici', partners: 6 });
  });

  it('quotes a clusters command that prints the communities the report describes', () => {
    const args = quotedCommand(markdown, /Reproduce: `(vennskap clusters [^`]* --stability-seeds 1 [^`]*)`/);
    const clusters = runCli([...args, '--json']);
    expect(clusters.status).toBe(0);
    const printed = JSON.parse(clusters.stdout) as { modularity: number; rows: { cluster: number; size: number }[] };
    const table = markdown.slice(markdown.indexOf('| Community | Nodes | Weight inside |'));
    const lines = table.split('\n').slice(2);
    const rows = lines.slice(0, lines.findIndex((l) => !l.startsWith('| '))).map((l) => l.split('|').map((c) => c.trim()));
    expect(rows.map((r) => [Number(r[1]), Number(r[2])])).toEqual(printed.rows.map((r) => [r.cluster, r.size]));
    expect(markdown).toContain(`has modularity ${printed.modularity.toFixed(3)} with ${printed.rows.length} communities`);
  });

  it('fails with a one-line error and writes nothing when the input file does not exist', () => {
    const missing = join(scratch, 'no-such-file.csv');
    const target = join(scratch, 'missing-report');
    const failed = runCli(['report', '--input', missing, '--out', target]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/^vennskap: .*no-such-file\.csv.*no such file\n$/);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses Norway-only choices with --input, and --nodes without --input', () => {
    const ended = runCli(['report', '--input', florentineCsv, '--include-ended', '--out', join(scratch, 'x')]);
    expect(ended.status).toBe(1);
    expect(ended.stderr).toBe('vennskap: --include-ended applies to the built-in Norway data, not to --input\n');
    const nodes = runCli(['report', '--nodes', florentineCsv, '--out', join(scratch, 'y')]);
    expect(nodes.status).toBe(1);
    expect(nodes.stderr).toBe('vennskap: --nodes and --format need --input\n');
  });

  it('reports on a GEXF file written by vennskap export, with countries and the ended links it carries', () => {
    const gexf = join(scratch, 'twin.gexf');
    expect(runCli(['export', '--format', 'gexf', '--include-ended', '--out', gexf]).status).toBe(0);
    const target = join(scratch, 'gexf-report');
    const run = runCli(['report', '--input', gexf, '--out', target, '--stability-seeds', '3', '--top', '5']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const md = readFileSync(join(target, 'report.md'), 'utf8');
    // Ended links counted independently: rows of data/links.csv whose status column is "ended".
    const header = readData('links.csv').split('\n')[0]!.split(',');
    const status = header.indexOf('status');
    const endedRows = readData('links.csv').split('\n').slice(1).filter((l) => l.split(',')[status] === 'ended').length;
    expect(endedRows).toBeGreaterThan(0);
    expect(md).toContain(`## Ended links\n\n${endedRows} link${endedRows === 1 ? ' is' : 's are'} marked "ended" in the file.`);
    expect(md).toContain('**Links by country: links with an end in each country**');
    expect(md).toContain('| Assortativity by country |');
    expect(md).toContain('Top 5 by each measure');
    expect(md).toContain('`vennskap report --input');
    for (const svg of svgElements(readFileSync(join(target, 'report.html'), 'utf8'))) parseXmlStrict(svg);
  });
});

describe('vennskap report (built-in data)', () => {
  it('writes report.md and report.html of the Norway data, with no script in the page', () => {
    const out = join(scratch, 'norway-report');
    const result = runCli(['report', '--out', out, '--stability-seeds', '3']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`wrote ${join(out, 'report.md')} and ${join(out, 'report.html')}\n`);
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(markdown).toContain('## Country clusters');
    expect(markdown).toContain('## Data quality');
    expect(markdown).toContain('seeds 1–3');
    expect(html).not.toMatch(/<script/i);
    for (const svg of svgElements(html)) parseXmlStrict(svg);
  });
});

describe('vennskap report --dataset world', () => {
  const out = join(scratch, 'world-report');
  const result = runCli(['report', '--dataset', 'world', '--stability-seeds', '2', '--out', out]);
  const read = (file: string) => (existsSync(join(out, file)) ? readFileSync(join(out, file), 'utf8') : '');
  const markdown = read('report.md');
  const html = read('report.html');
  /** The rows of the Markdown table whose header line starts with `header`, as trimmed cells. */
  const tableRows = (header: string) => {
    const lines = markdown.slice(markdown.indexOf(header)).split('\n').slice(2);
    return lines.slice(0, lines.findIndex((l) => !l.startsWith('| '))).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  };
  const section = (heading: string) => {
    const start = markdown.indexOf(`\n## ${heading}\n`);
    expect(start, heading).toBeGreaterThan(0);
    const end = markdown.indexOf('\n## ', start + 1);
    return markdown.slice(start, end < 0 ? undefined : end);
  };

  it('writes the report and every diagnostic beside it, and names the dataset in its title and method', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`wrote ${join(out, 'report.md')}, ${join(out, 'report.html')} and ${join(out, 'diagnostics.csv')}\n`);
    expect(markdown.startsWith('# Twin towns and sister cities of the world: network report (world dataset)\n')).toBe(true);
    expect(section('How this report was made')).toContain('This report describes the world dataset');
    expect(section('How this report was made')).toContain('Regenerate: `vennskap report --dataset world --algorithm leiden --out DIR`');
    // Norway-only parts are left out: no county clusters of municipalities.
    expect(markdown).not.toContain('## Country clusters');
    expect(markdown).not.toContain('Clusters of the municipality–country network');
  });

  it('counts the places of data/world-places.csv and the links `stats --dataset world` prints', () => {
    const places = readData('world-places.csv').trimEnd().split('\n').length - 1;
    expect(markdown).toContain(`| Places | ${places} |`);
    const stats = runCli(['stats', '--dataset', 'world', '--json']);
    expect(stats.status, stats.stderr).toBe(0);
    const twin = JSON.parse(stats.stdout).networks.twin as { nodes: number; edges: number };
    const figure = (label: string) => Number(tableRows('| Figure | Value |').find((r) => r[0] === label)![1]);
    expect(figure('Partnerships in the network')).toBe(twin.edges);
    expect(figure('Places in the network')).toBe(twin.nodes);
    expect(twin.edges).toBeGreaterThan(20000);
  });

  it('ranks every place of the world, Berlin first as `rank --dataset world` has it, and gives the Norwegian places their world rank', () => {
    // Enough rows to hold the 10 Norwegian places with most partners (the whole list is past spawnSync's 1 MB buffer).
    const rank = runCli(['rank', '--dataset', 'world', '--top', '800', '--json']);
    expect(rank.status, rank.stderr).toBe(0);
    const rows = JSON.parse(rank.stdout).rows as { rank: number; place: string; country: string; partners: number }[];
    expect(rows[0]).toMatchObject({ place: 'Berlin', country: 'DE' });
    expect(tableRows('| Partners | Partner countries |')[0]![0]).toBe(`1. Berlin (${rows[0]!.partners})`);
    expect(markdown).toContain('`vennskap rank --by degree --top 10 --dataset world`');
    const norway = tableRows('| Rank in Norway | Place |');
    expect(norway.length).toBeGreaterThanOrEqual(10);
    for (const [rankInNorway, name, , partners, worldRank] of norway) {
      const row = rows.find((r) => r.place === name && r.country === 'NO')!;
      expect(row, name).toBeDefined();
      expect(Number(worldRank)).toBe(row.rank);
      expect(Number(partners)).toBe(row.partners);
      expect(Number(rankInNorway)).toBe(1 + rows.filter((r) => r.country === 'NO' && r.partners > row.partners).length);
    }
    expect(norway[0]![1]).toBe('Øvre Eiker');
  });

  it('finds the Nordic ring around Bærum that the seed page and the world list state line by line', () => {
    const rings = tableRows('| Group | Places | Members (country) |');
    const baerum = rings.find((r) => r[2] === 'Bærum (NO), Frederiksberg (DK), Tartu (EE), Hämeenlinna (FI), Hafnarfjörður (IS), Uppsala (SE)');
    expect(baerum).toBeDefined();
    expect(baerum![4]).toBe('complete');
    // Checked against the raw documents: the world list's line 5999 pairs Frederiksberg with Bærum.
    expect(baerum![5]).toContain('Bærum – Frederiksberg: norway-twin-towns.txt:80, wikipedia-twin-towns.csv:5999');
    expect(rawText('wikipedia-twin-towns.csv').split('\n')[5998]).toBe('Frederiksberg,Denmark,Bærum,Norway');
    expect(section('Friendship rings')).toContain('Reproduce: `vennskap rings --country NO --min-size 4 --dataset world`');
  });

  it('tests distances with the world null model, on the links `distances --dataset world` counts', () => {
    const distances = runCli(['distances', '--dataset', 'world', '--json']);
    expect(distances.status, distances.stderr).toBe(0);
    const printed = JSON.parse(distances.stdout) as { overall: { count: number; mean: number }; nullModel: { pairs: number; options: { draws: number; seed: number } } };
    const geography = section('Geography');
    const all = tableRows('| Group | Links |')[0]!;
    expect(all.slice(0, 2)).toEqual(['All partnerships', String(printed.overall.count)]);
    expect(all[6]).toBe(String(Math.round(printed.overall.mean)));
    expect(printed.overall.count).toBeGreaterThan(20000);
    expect(geography).toContain(
      `${printed.nullModel.options.draws} random rewirings of the ${printed.nullModel.pairs} partnerships that keep every place's number of partners, drawn from one seeded chain of double-edge swaps (seed ${printed.nullModel.options.seed})`,
    );
    expect(geography).toContain('Reproduce: `vennskap distances --dataset world`');
  });

  it('quotes --dataset world in every command that takes it', () => {
    const quoted = [...markdown.matchAll(/`(vennskap [a-z]+[^`]*)`/g)].map((m) => m[1]!);
    const takesDataset = /^vennskap (rank|stats|clusters|rings|town|export|distances|report) /;
    const withDataset = quoted.filter((c) => takesDataset.test(c));
    expect(withDataset.length).toBeGreaterThan(10);
    // The one exception is the pointer to the Norway report.
    expect(new Set(withDataset.filter((c) => !c.includes('--dataset world')))).toEqual(new Set(['vennskap report --algorithm leiden --out DIR']));
    expect(new Set(quoted.filter((c) => !takesDataset.test(c)))).toEqual(new Set(['vennskap data', 'vennskap crosscheck', 'vennskap crosscheck --csv']));
  });

  it('lists the first 50 diagnostics and writes all of them, one per row, to diagnostics.csv', () => {
    const csv = read('diagnostics.csv').trimEnd().split('\n');
    expect(csv[0]).toBe('source_file,line,kind,message');
    const total = csv.length - 1;
    expect(total).toBeGreaterThan(1000);
    expect(markdown).toContain(`Reading the sources raised ${total} diagnostics`);
    expect(tableRows('| Source (file:line) | Kind | Message |')).toHaveLength(50);
    expect(markdown).toContain(`The first 50 of ${total.toLocaleString('en-GB')} document by document, line by line; ${(total - 50).toLocaleString('en-GB')} more not shown: every one is in diagnostics.csv`);
  });

  it('refuses an unknown dataset, and --dataset with --input, in one line and writes nothing', () => {
    const target = join(scratch, 'no-report');
    const mars = runCli(['report', '--dataset', 'mars', '--out', target]);
    expect(mars.status).toBe(1);
    expect(mars.stderr).toBe('vennskap: --dataset: expected one of norway, world, found "mars"\n');
    const input = runCli(['report', '--dataset', 'world', '--input', florentineCsv, '--out', target]);
    expect(input.status).toBe(1);
    expect(input.stderr).toBe('vennskap: --dataset applies to the built-in Norway data, not to --input\n');
    expect(existsSync(target)).toBe(false);
  });

  it('writes a standalone page of usable size: no script, well-formed charts', () => {
    expect(html).not.toMatch(/<script/i);
    const svgs = svgElements(html);
    expect(svgs.length).toBeGreaterThanOrEqual(4);
    for (const svg of svgs) expect(parseXmlStrict(svg).documentElement!.tagName).toBe('svg');
    expect(html.length).toBeLessThan(1_000_000);
  });
});
