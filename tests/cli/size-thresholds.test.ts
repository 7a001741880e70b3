/**
 * The sizes at which vennskap changes how it computes (README, "Sizes at which
 * something changes"), each tested just below and just above, through
 * dist/cli.js as a user runs it. What must hold: no figure jumps. A figure
 * that exists on both sides is equal where the two graphs agree, and what a
 * size leaves out is said in the output, never silently.
 *
 * The graphs of one family differ by one node whose only edge is a
 * self-loop, which changes no path, triangle or core of the others: degree,
 * strength, harmonic, core, triangles and clustering of the shared nodes
 * must be the same bits; normalised betweenness and closeness scale with n
 * exactly as their formulas say.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRng } from '../../src/analyse/random.ts';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-thresholds-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Row = Record<string, string>;
/** export --format csv's node table (no cell here holds a comma or a quote). */
function nodeTable(stdout: string): Row[] {
  const [nodes] = stdout.split('\n\n');
  const [header, ...lines] = nodes!.trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, k) => [columns[k]!, cell])));
}

function write(name: string, rows: string[]): string {
  const file = join(scratch, name);
  writeFileSync(file, `source,target\n${rows.join('\n')}\n`);
  return file;
}

/** Every shared node's value of `metric` on both sides: equal bits, or equal after `scale`, to 12 digits. */
function expectShared(below: Row[], above: Row[], metric: string, scale?: number): void {
  const byId = new Map(above.map((row) => [row.id, row]));
  for (const row of below) {
    const other = byId.get(row.id)![metric]!;
    if (scale === undefined) expect(other, `${metric} of ${row.id}`).toBe(row[metric]);
    else expect(Number(other)).toBeCloseTo(Number(row[metric]) * scale, 12);
  }
}

describe('worker threads above 2,000 nodes', () => {
  // A ring of 2,000 nodes with 3,000 random chords, and the same plus a node whose only edge is a
  // self-loop: 2,001 nodes, where the shortest-path pass runs in 63 chunks on worker threads.
  const rng = createRng(2000);
  const rows: string[] = [];
  for (let i = 0; i < 2000; i++) rows.push(`v${i},v${(i + 1) % 2000}`);
  for (let i = 0; i < 3000; i++) rows.push(`v${Math.floor(rng() * 2000)},v${Math.floor(rng() * 2000)}`);
  const below = write('workers-2000.csv', rows);
  const above = write('workers-2001.csv', [...rows, 'isolated,isolated']);
  const exportCsv = (file: string, threads: string) => {
    const result = runCli(['export', '--input', file, '--format', 'csv', '--no-layout'], { env: { VENNSKAP_THREADS: threads } });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  };

  it('switches to workers exactly between 2,000 and 2,001 nodes (VENNSKAP_THREADS is read only there)', () => {
    expect(runCli(['rank', '--input', below, '--by', 'betweenness'], { env: { VENNSKAP_THREADS: '0' } }).status).toBe(0);
    const refused = runCli(['rank', '--input', above, '--by', 'betweenness'], { env: { VENNSKAP_THREADS: '0' } });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('VENNSKAP_THREADS must be a whole number of threads (1 or more), got "0"');
  });

  it('gives the same bytes on one thread and on two, on both sides', () => {
    for (const file of [below, above]) expect(exportCsv(file, '2')).toBe(exportCsv(file, '1'));
  });

  it('changes no figure across the threshold beyond what one more node means', () => {
    const a = nodeTable(exportCsv(below, '2'));
    const b = nodeTable(exportCsv(above, '2'));
    expect(a).toHaveLength(2000);
    expect(b).toHaveLength(2001);
    expect(Object.keys(b[0]!)).toEqual(Object.keys(a[0]!));
    for (const metric of ['degree', 'strength', 'harmonic', 'core', 'triangles', 'clustering']) expectShared(a, b, metric);
    // Normalised betweenness: 2 / ((n-1)(n-2)); closeness (Wasserman–Faust): r / (n-1) on top of r / Σd.
    expectShared(a, b, 'betweenness', (1999 * 1998) / (2000 * 1999));
    expectShared(a, b, 'closeness', 1999 / 2000);
    const isolated = b.find((row) => row.id === 'isolated')!;
    expect([isolated.degree, isolated.betweenness, isolated.closeness, isolated.harmonic]).toEqual(['2', '0', '0', '0']);
  });
});

describe('all-pairs path metrics and the exact diameter up to 20,000 nodes', () => {
  // A 30-node path (the largest component, diameter 29) and 1,997 ten-node paths with a chord
  // (0–5): 20,000 nodes. Above: the same plus a node whose only edge is a self-loop. Paths stay
  // inside small components, so all-pairs shortest paths are cheap here even at 20,000 nodes.
  const rows: string[] = [];
  for (let i = 0; i < 29; i++) rows.push(`long${i},long${i + 1}`);
  for (let c = 0; c < 1997; c++) {
    for (let i = 0; i < 9; i++) rows.push(`c${c}_${i},c${c}_${i + 1}`);
    rows.push(`c${c}_0,c${c}_5`);
  }
  const below = write('paths-20000.csv', rows);
  const above = write('paths-20001.csv', [...rows, 'z,z']);
  const run = (args: string[]) => {
    const result = runCli(args);
    expect(result.status, result.stderr).toBe(0);
    return result;
  };

  it('ranks by betweenness up to 20,000 nodes and, above, refuses with the reason and the metrics there are', () => {
    const ranked = JSON.parse(run(['rank', '--input', below, '--by', 'betweenness', '--top', '3', '--json']).stdout).rows;
    expect(ranked.map((r: { id: string }) => r.id)).toEqual(['long14', 'long15', 'long13']);
    const refused = runCli(['rank', '--input', above, '--by', 'betweenness']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'vennskap: --by betweenness: not computed for a network of 20001 nodes (all-pairs path metrics stop at 20,000); use degree, strength, eigenvector, pagerank, core, triangles, clustering',
    );
    // A metric there on both sides ranks the shared nodes the same.
    const degreeBelow = run(['rank', '--input', below, '--by', 'core', '--top', '0', '--csv']).stdout;
    const degreeAbove = run(['rank', '--input', above, '--by', 'core', '--top', '0', '--csv']).stdout;
    expect(degreeAbove.split('\n').filter((line) => !line.endsWith(',z'))).toEqual(degreeBelow.split('\n'));
  });

  it('town says above 20,000 nodes that the path metrics are left out; the rest are equal', () => {
    const a = JSON.parse(run(['town', 'c7_5', '--input', below, '--json']).stdout);
    const b = JSON.parse(run(['town', 'c7_5', '--input', above, '--json']).stdout);
    expect(a.notes).toBeUndefined();
    expect(a.metrics).toHaveLength(10);
    expect(b.notes).toEqual(['betweenness, closeness and harmonic are left out: they need shortest paths between all pairs of nodes, computed up to 20,000 nodes (this network has 20,001).']);
    const kept = ['degree', 'strength', 'core', 'triangles', 'clustering'];
    expect(b.metrics.map((m: { metric: string }) => m.metric)).toEqual(['degree', 'strength', 'eigenvector', 'pagerank', ...kept.slice(2)]);
    const value = (t: { metrics: { metric: string; value: number }[] }, name: string) => t.metrics.find((m) => m.metric === name)!.value;
    for (const name of kept) expect(value(b, name)).toBe(value(a, name));
    expect(run(['town', 'c7_5', '--input', above]).stdout).toContain('(betweenness, closeness and harmonic are left out: they need shortest paths between all pairs of nodes, computed up to 20,000 nodes (this network has 20,001).)');
  });

  it('stats gives the exact diameter up to 20,000 nodes and a lower bound shown "≥" above', () => {
    const a = JSON.parse(run(['stats', '--input', below, '--json']).stdout).networks.input;
    const b = JSON.parse(run(['stats', '--input', above, '--json']).stdout).networks.input;
    expect([a.diameter_of_largest_component, a.diameter_is_lower_bound]).toEqual([29, false]);
    expect([b.diameter_of_largest_component, b.diameter_is_lower_bound]).toEqual([29, true]);
    expect([a.components, b.components]).toEqual([1998, 1999]);
    expect(b.transitivity).toBe(a.transitivity);
    const human = run(['stats', '--input', above]).stdout;
    expect(human).toMatch(/diameter of largest component\s+≥ 29/);
    expect(run(['stats', '--input', below]).stdout).toMatch(/diameter of largest component\s+29\n/);
  });

  it('export leaves the path metrics and the layout out above 20,000 nodes, and says so on stderr', () => {
    // To files: the node table is past spawnSync's 1 MB output buffer.
    const header = (prefix: string) => readFileSync(`${prefix}.nodes.csv`, 'utf8').split('\n', 1)[0]!.split(',');
    const a = run(['export', '--input', below, '--format', 'csv', '--no-layout', '--out', join(scratch, 'below.csv')]);
    const b = run(['export', '--input', above, '--format', 'csv', '--out', join(scratch, 'above.csv')]);
    expect(a.stderr).not.toContain('left out');
    expect(header(join(scratch, 'below'))).toContain('betweenness');
    expect(header(join(scratch, 'above'))).not.toContain('betweenness');
    expect(header(join(scratch, 'above'))).not.toContain('x');
    expect(b.stderr).toContain('vennskap: betweenness, closeness and harmonic are left out: they need shortest paths between all pairs of nodes, computed up to 20,000 nodes (this network has 20,001).');
    expect(b.stderr).toContain('vennskap: positions (x, y) are left out: the ForceAtlas2 layout runs up to 20,000 nodes (this network has 20,001)');
  });
});
