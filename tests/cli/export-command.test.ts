/**
 * `vennskap export` end to end: each format written by the real CLI, read
 * back by graphology's own parsers (graphology-gexf, graphology-graphml),
 * and compared with the graphology JSON export of the same network.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../src/formats/csv.ts';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function exportTo(format: string, extra: string[] = []): string {
  const out = join(scratch, `norway.${format}`);
  const result = runCli(['export', '--format', format, '--out', out, ...extra]);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toMatch(/^wrote .* \(\d+ nodes, \d+ edges\)\n$/);
  return out;
}

const reference = Graph.from(JSON.parse(readFileSync(exportTo('json'), 'utf8')));

/** Values as a file format can hold them: arrays joined with "|"; an empty list is no value at all. */
const comparable = (value: unknown) => (Array.isArray(value) ? (value.length ? value.join('|') : undefined) : value);

function expectSameGraph(actual: Graph, expected: Graph) {
  expect(actual.order).toBe(expected.order);
  expect(actual.size).toBe(expected.size);
  expected.forEachNode((node, attributes) => {
    expect(actual.hasNode(node), node).toBe(true);
    const got = actual.getNodeAttributes(node);
    for (const [key, value] of Object.entries(attributes)) {
      if (typeof value === 'number') expect(Number(got[key]), `${node}.${key}`).toBeCloseTo(value, 9);
      else expect(comparable(got[key]), `${node}.${key}`).toEqual(comparable(value));
    }
  });
  expected.forEachEdge((_edge, attributes, source, target) => {
    expect(actual.hasEdge(source, target), `${source}–${target}`).toBe(true);
    const got = actual.getEdgeAttributes(actual.edge(source, target)!);
    for (const [key, value] of Object.entries(attributes)) {
      if (typeof value === 'number') expect(Number(got[key])).toBeCloseTo(value, 9);
      else expect(comparable(got[key]), `${source}–${target}.${key}`).toEqual(comparable(value));
    }
  });
}

describe('vennskap export', () => {
  it('graphology JSON carries metrics, community and positions for every node', () => {
    const oslo = reference.getNodeAttributes('NO:0301');
    for (const key of ['degree', 'strength', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank', 'core', 'triangles', 'clustering', 'community', 'x', 'y']) {
      expect(typeof oslo[key], key).toBe('number');
    }
    expect(oslo.degree).toBe(13);
  });

  it('GEXF survives a round trip through graphology-gexf', () => {
    const text = readFileSync(exportTo('gexf'), 'utf8');
    expect(text).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"/);
    expectSameGraph(parseGexf(Graph, text), reference);
    // The world list's context links join partners of one Norwegian place, so clustering is no longer 0
    // everywhere (from the seed documents alone it was); declared a double, degree an integer.
    expect(reference.filterNodes((_n, a) => a.clustering > 0).length).toBeGreaterThan(0);
    expect(text).toContain('<attribute id="clustering" title="clustering" type="double"/>');
    expect(text).toContain('<attribute id="degree" title="degree" type="integer"/>');
  });

  it('GraphML survives a round trip through graphology-graphml', () => {
    const text = readFileSync(exportTo('graphml'), 'utf8');
    expectSameGraph(parseGraphml(Graph, text), reference);
    expect(text).toMatch(/<key id="d\d+" for="node" attr\.name="clustering" attr\.type="double"\/>/);
  });

  it('CSV writes a node table and an edge table that match the graph', () => {
    exportTo('csv');
    const nodes = parseCsvTable(readFileSync(join(scratch, 'norway.nodes.csv'), 'utf8'));
    const edges = parseCsvTable(readFileSync(join(scratch, 'norway.edges.csv'), 'utf8'));
    expect(nodes.rows).toHaveLength(reference.order);
    expect(edges.rows).toHaveLength(reference.size);
    expect(nodes.header.slice(0, 2)).toEqual(['id', 'label']);
    expect(Number(nodes.rows.find((r) => r.values.id === 'NO:0301')!.values.degree)).toBe(13);
  });

  it('is deterministic: the same command writes the same bytes', () => {
    const first = readFileSync(exportTo('gexf', ['--network', 'country']), 'utf8');
    const second = readFileSync(exportTo('gexf', ['--network', 'country']), 'utf8');
    expect(first).toBe(second);
    expect(readdirSync(scratch).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
