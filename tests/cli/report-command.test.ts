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
import { readData } from '../helpers/repository.ts';
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
