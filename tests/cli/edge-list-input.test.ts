/**
 * `--input` edge lists end to end through dist/cli.js: every row is
 * accounted for on stderr and in the report (self-loops kept, repeated and
 * reversed rows merged, with their line numbers), and the figures are the
 * ones NetworkX gives for the same file read as a simple Graph (checked with
 * /usr/bin/python3 and NetworkX 3, and by hand in the comments).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attributeAssortativity } from '../../src/analyse/metrics/index.ts';
import { readEdgeList } from '../../src/formats/read-edge-list.ts';
import { writeGraphJson } from '../../src/formats/write-graph-json.ts';
import { createRng } from '../../src/analyse/random.ts';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-edge-list-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Lines: 1 header; 2 a,b; 3 b,c; 4 c,a; 5 a,a (loop); 6 b,a (reversed); 7 c,c (loop);
// 8 a,b (repeat); 9 d,d (loop). Six edges: ab, bc, ca, aa, cc, dd.
const LOOPS = 'source,target\na,b\nb,c\nc,a\na,a\nb,a\nc,c\na,b\nd,d\n';

describe('an edge list with self-loops, repeated and reversed rows', () => {
  const file = join(scratch, 'loops.csv');
  writeFileSync(file, LOOPS);

  it('says on stderr how each kind of row was treated, with its lines', () => {
    const result = runCli(['stats', '--input', file, '--json']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr.split('\n')).toEqual([
      `vennskap: ${file}: 8 rows read as 6 edges between 4 nodes (undirected; a repeated pair is one edge).`,
      "vennskap: 3 self-loops kept (lines 5, 7, 9): each is an edge and adds 2 to its node's degree, as in NetworkX and igraph.",
      'vennskap: 1 row repeats a pair already listed (line 8), merged into its edge (weights summed, "count" records how many rows).',
      'vennskap: 1 row lists a pair already listed the other way round (line 6), merged into its edge: the network is undirected.',
      '',
    ]);
    // NetworkX: nx.Graph() with these rows: 4 nodes, 6 edges, 2 components,
    // transitivity 1 (the triangle abc), average clustering (1+1+1+0)/4, r = 0.
    const figures = JSON.parse(result.stdout).networks.input;
    expect(figures).toMatchObject({ nodes: 4, edges: 6, components: 2, largest_component: 3, transitivity: 1, average_clustering: 0.75 });
    expect(figures.degree_assortativity).toBeCloseTo(0, 12);
  });

  it('names only the first five lines of a kind', () => {
    const many = join(scratch, 'many.csv');
    writeFileSync(many, `source,target\n${Array.from({ length: 7 }, (_, i) => `n${i},n${i}`).join('\n')}\n`);
    const result = runCli(['stats', '--input', many, '--json']);
    expect(result.stderr).toContain("7 self-loops kept (lines 2, 3, 4, 5, 6, …): each is an edge and adds 2 to its node's degree");
  });

  it('gives the same modularity in stats and clusters for the same seed (one community path)', () => {
    const stats = JSON.parse(runCli(['stats', '--input', file, '--json', '--seed', '3']).stdout).networks.input;
    const clusters = JSON.parse(runCli(['clusters', '--input', file, '--json', '--seed', '3']).stdout);
    expect(clusters.modularity).toBe(stats.modularity);
  });

  it('lists the same notes in the report, under how the file was read', () => {
    const out = join(scratch, 'report');
    const result = runCli(['report', '--input', file, '--out', out, '--stability-seeds', '2']);
    expect(result.status, result.stderr).toBe(0);
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown).toContain('3 self-loops kept (lines 5, 7, 9)');
    expect(markdown).toContain('1 row repeats a pair already listed (line 8)');
    expect(markdown).toContain('1 row lists a pair already listed the other way round (line 6)');
  });

  it('a clean file prints nothing on stderr', () => {
    const clean = join(scratch, 'clean.csv');
    writeFileSync(clean, 'source,target\na,b\nb,c\n');
    const result = runCli(['stats', '--input', clean, '--json']);
    expect(result.stderr).toBe('');
  });
});

describe('an edge list with a node table', () => {
  it('reads countries from --nodes for the assortativity, as the graphology reader does', () => {
    const edges = join(scratch, 'e.csv');
    const nodes = join(scratch, 'n.csv');
    const edgeText = 'source,target,weight\nOslo,Bergen,2\nOslo,Kiel,1\nBergen,Kiel,1\nKiel,Lyon,3\nLyon,Paris,1\nParis,Oslo,1\n';
    const nodeText = 'id,label,country\nOslo,Oslo,NO\nBergen,Bergen,NO\nKiel,Kiel,DE\nLyon,Lyon,FR\nParis,Paris,FR\nAlone,Alone,SE\n';
    writeFileSync(edges, edgeText);
    writeFileSync(nodes, nodeText);
    const result = runCli(['stats', '--input', edges, '--nodes', nodes, '--json']);
    expect(result.status, result.stderr).toBe(0);
    const figures = JSON.parse(result.stdout).networks.input;
    const graph = readEdgeList(edgeText, { nodesText: nodeText }).graph;
    expect(figures.nodes).toBe(6); // the isolated node of the table counts
    expect(figures.components).toBe(2);
    expect(figures.assortativity_by_country).toBe(attributeAssortativity(graph, 'country'));
    expect(figures.assortativity_by_country).not.toBeNull();
  });
});

describe('export of an edge list', () => {
  it('writes the communities clusters finds for the same seed, and keeps the other columns', () => {
    const file = join(scratch, 'two-triangles.csv');
    // Two triangles abc and def joined by c–d: two communities of three.
    writeFileSync(file, 'source,target,weight,status\na,b,1,active\nb,c,2,ended\nc,a,1,active\nc,d,1,active\nd,e,1,active\ne,f,3,active\nf,d,1,active\n');
    const exported = runCli(['export', '--input', file, '--format', 'csv', '--no-layout', '--seed', '2']);
    expect(exported.status, exported.stderr).toBe(0);
    const [nodeTable, edgeTable] = exported.stdout.split('\n\n');
    const header = nodeTable!.split('\n')[0]!.split(',');
    const rows = nodeTable!.trim().split('\n').slice(1).map((line) => Object.fromEntries(line.split(',').map((v, k) => [header[k], v])));
    const community = Object.fromEntries(rows.map((r) => [r.id, r.community]));
    expect(community.a).toBe(community.b);
    expect(community.a).toBe(community.c);
    expect(community.d).toBe(community.e);
    expect(community.d).not.toBe(community.a);
    expect(rows.map((r) => [r.id, r.degree, r.strength])).toEqual([['a', '2', '2'], ['b', '2', '3'], ['c', '3', '4'], ['d', '3', '3'], ['e', '2', '4'], ['f', '2', '4']]);
    expect(edgeTable).toContain('b,c,ended,2');
    const clusters = JSON.parse(runCli(['clusters', '--input', file, '--json', '--seed', '2']).stdout);
    expect(new Set(Object.values(community)).size).toBe(clusters.communities);
    expect(clusters.rows.map((c: { size: number }) => c.size)).toEqual([3, 3]);
  });
});

describe('the same network through either reading path', () => {
  it('gives byte-identical stats and clusters for a CSV (edge arrays) and its graphology JSON (graph), Louvain and Leiden', () => {
    // 600 rows over 150 nodes with repeats, reversed rows, self-loops and weights.
    const rng = createRng(9);
    const rows = ['source,target,weight'];
    for (let i = 0; i < 600; i++) {
      const a = Math.floor(rng() * 150);
      const b = rng() < 0.8 ? (a + 1 + Math.floor(rng() * 6)) % 150 : Math.floor(rng() * 150);
      rows.push(`p${a},p${b},${1 + Math.floor(rng() * 4)}`);
    }
    const text = `${rows.join('\n')}\n`;
    const csv = join(scratch, 'same.csv');
    const json = join(scratch, 'same.json');
    writeFileSync(csv, text);
    writeFileSync(json, writeGraphJson(readEdgeList(text).graph));
    for (const algorithm of ['louvain', 'leiden']) {
      for (const command of ['stats', 'clusters']) {
        const run = (file: string) => {
          const result = runCli([command, '--input', file, '--json', '--seed', '4', '--algorithm', algorithm]);
          expect(result.status, result.stderr).toBe(0);
          const out = JSON.parse(result.stdout) as Record<string, unknown>;
          delete out.source;
          delete out.network;
          return JSON.stringify(out, null, 2);
        };
        expect(run(csv)).toBe(run(json));
      }
    }
  });
});

describe('rank and town through either reading path', () => {
  // 500 rows over 120 nodes: repeats, reversed rows, self-loops with fractional weights (the strength
  // of such a node is where summing edge by edge and summing per snapshot row could part by a bit),
  // numeric ids (graphology orders them first among a node's neighbours), a node table with shared
  // labels (ties in town's partner list), countries, kinds and a status column.
  const rng = createRng(21);
  const rows = ['source,target,weight,status,since'];
  for (let i = 0; i < 500; i++) {
    const a = Math.floor(rng() * 120);
    const b = rng() < 0.05 ? a : rng() < 0.8 ? (a + 1 + Math.floor(rng() * 7)) % 120 : Math.floor(rng() * 120);
    const weight = ['0.1', '0.2', '0.3', '0.7', '1', '2.5'][Math.floor(rng() * 6)];
    rows.push(`${a % 3 === 0 ? a : `q${a}`},${b % 3 === 0 ? b : `q${b}`},${weight},${rng() < 0.7 ? 'active' : 'ended'},${1950 + Math.floor(rng() * 60)}`);
  }
  const countries = ['NO', 'SE', 'DK', 'DE'];
  const nodeRows = ['id,label,name,country,kind'];
  for (let a = 0; a < 110; a++) {
    const label = `Place ${a % 50}`;
    nodeRows.push(`${a % 3 === 0 ? a : `q${a}`},${label},${label},${countries[a % 4]},${a % 5 === 0 ? 'city' : 'municipality'}`);
  }
  const text = `${rows.join('\n')}\n`;
  const nodesText = `${nodeRows.join('\n')}\n`;
  const csv = join(scratch, 'rank-town.csv');
  const nodes = join(scratch, 'rank-town.nodes.csv');
  const json = join(scratch, 'rank-town.json');
  writeFileSync(csv, text);
  writeFileSync(nodes, nodesText);
  writeFileSync(json, writeGraphJson(readEdgeList(text, { nodesText }).graph));
  // Everything but the line that names the file.
  const run = (args: string[], file: string) => {
    const result = runCli([...args, '--input', file, ...(file === csv ? ['--nodes', nodes] : [])]);
    expect(result.status, result.stderr).toBe(0);
    return result.stdout.split(file).join('FILE').replace(/FILE \((csv|json)\)/g, 'FILE');
  };

  it('gives byte-identical rank output for every --by, with filters', () => {
    for (const by of ['degree', 'partner-countries', 'strength', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank', 'core']) {
      const args = ['rank', '--by', by, '--top', '0', '--json'];
      const fromCsv = run(args, csv);
      expect(fromCsv).toBe(run(args, json));
      expect(JSON.parse(fromCsv).rows).toHaveLength(120);
    }
    for (const args of [['rank', '--country', 'SE', '--status', 'ended', '--csv'], ['rank', '--by', 'strength', '--kind', 'city', '--top', '4']]) {
      expect(run(args, csv)).toBe(run(args, json));
    }
  });

  it('gives byte-identical town output (partners, metrics, cluster)', () => {
    for (const place of ['0', 'q1', 'q7', 'q119']) {
      for (const mode of ['--json', '--csv', '--human']) {
        const args = ['town', place, '--seed', '3', ...(mode === '--human' ? [] : [mode])];
        expect(run(args, csv)).toBe(run(args, json));
      }
    }
    // The town with self-loops and shared partner names reads as the JSON says, field by field.
    const town = JSON.parse(run(['town', '0', '--json'], csv));
    expect(town.metrics.map((m: { metric: string }) => m.metric)).toEqual(['degree', 'strength', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank', 'core', 'triangles', 'clustering']);
  });

  it("keeps graphology's order among partners of the same name: array-index ids first, by value", () => {
    // x's partners all read "Same, NO"; graphology keeps a node's neighbours as object keys, so
    // "9" and "10" (array indices) come first by value, then the others in file order.
    const tieCsv = join(scratch, 'tie.csv');
    const tieNodes = join(scratch, 'tie.nodes.csv');
    const tieJson = join(scratch, 'tie.json');
    const tieText = 'source,target,since\nx,10,1990\nx,a,1991\nx,4294967295,1995\nx,9,1992\n01,x,1996\nx,x,1993\n';
    const tieNodesText = 'id,label,country\n10,Same,NO\n9,Same,NO\na,Same,NO\nx,X,SE\n4294967295,Same,NO\n01,Same,NO\n';
    writeFileSync(tieCsv, tieText);
    writeFileSync(tieNodes, tieNodesText);
    writeFileSync(tieJson, writeGraphJson(readEdgeList(tieText, { nodesText: tieNodesText }).graph));
    const fromCsv = runCli(['town', 'x', '--input', tieCsv, '--nodes', tieNodes, '--csv']);
    expect(fromCsv.stdout.trim().split('\n').map((line) => line.split(',')[3])).toEqual(['years', 'since 1992', 'since 1990', 'since 1991', 'since 1995', 'since 1996', 'since 1993']);
    expect(fromCsv.stdout).toBe(runCli(['town', 'x', '--input', tieJson, '--csv']).stdout);
  });
});
