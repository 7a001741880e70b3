/**
 * buildReportData in its world form (`dataset: 'world'`), on the built-in
 * norway dataset (four sources, partner-side links included) so it runs in
 * a second: every number is checked against a direct count on the twin
 * network or the dataset. The whole world list is covered end to end in
 * tests/cli/report-command.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildNetworks } from '../../src/graph/build-networks.ts';
import { buildReportData, WORLD_TITLE } from '../../src/report/build-report-data.ts';
import { renderMarkdownReport } from '../../src/report/render-markdown-report.ts';
import { SOURCES } from '../../src/ingest/source-registry.ts';
import { norwayDataset } from '../helpers/repository.ts';

const dataset = norwayDataset();
const data = buildReportData(dataset, { dataset: 'world', stabilitySeeds: 2, diagnostics: 7, diagnosticsFile: 'diagnostics.csv' });
const world = data.world!;
const twin = buildNetworks(dataset).twin;
const nodes = twin.nodes();
const degree = (n: string) => twin.degree(n);
const isNorwegian = (n: string) => twin.getNodeAttribute(n, 'country') === 'NO';

describe('buildReportData (world): hubs over every place', () => {
  it('ranks every place of the network, not only the Norwegian ones', () => {
    expect(data.title).toBe(WORLD_TITLE);
    expect(data.options.dataset).toBe('world');
    expect(data.hubs.places).toBe(twin.order);
    expect(nodes.some((n) => !isNorwegian(n))).toBe(true);
    const max = Math.max(...nodes.map(degree));
    expect(data.hubs.rankings.degree[0]!.value).toBe(max);
    expect(data.hubs.rankings.degree.filter((e) => e.rank === 1).map((e) => e.id).sort()).toEqual(nodes.filter((n) => degree(n) === max).sort());
  });

  it('quotes every hub command with --dataset world and without --country', () => {
    for (const m of data.hubs.metrics) {
      expect(m.reproduce).toContain(' --dataset world');
      expect(m.reproduce).not.toContain('--country');
    }
    expect(data.rings.reproduce).toContain(' --dataset world');
  });

  it('gives the Norwegian places their competition rank among all places, counted directly', () => {
    const rows = world.norwayInWorld.rows;
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(world.norwayInWorld.norwegian).toBe(nodes.filter(isNorwegian).length);
    for (const r of rows) {
      const d = degree(r.id);
      expect(r.partners).toBe(d);
      expect(r.worldRank.degree).toBe(1 + nodes.filter((n) => degree(n) > d).length);
      expect(r.rankInNorway).toBe(1 + nodes.filter((n) => isNorwegian(n) && degree(n) > d).length);
      expect(r.rankInNorway).toBeLessThanOrEqual(10);
    }
  });
});

describe('buildReportData (world): communities, countries and quality', () => {
  it('leaves out the Norwegian country clusters and describes communities covering every place', () => {
    expect(data.clusters).toEqual([]);
    expect(data.clusterAgreement).toBeNull();
    expect(world.communities.communities.reduce((s, c) => s + c.size, 0)).toBe(twin.order);
    expect(world.communities.seeds).toEqual([1, 2]);
    expect(world.communities.reproduceStability).toBe('vennskap clusters --network twin --algorithm louvain --seed 1 --stability-seeds 2 --resolution 1 --dataset world');
  });

  it('counts places and partnerships per country as the network holds them', () => {
    expect(world.byCountry.reduce((s, c) => s + c.nodes, 0)).toBe(twin.order);
    const no = world.byCountry.find((c) => c.code === 'NO')!;
    expect(no.links).toBe(twin.filterEdges((_e, _a, s, t) => isNorwegian(s) || isNorwegian(t)).length);
    expect(world.degree.reduce((s, b) => s + b.count, 0)).toBe(twin.order);
  });

  it('lists the first diagnostics in file:line order and counts the rest', () => {
    expect(world.diagnosticsTotal).toBe(dataset.diagnostics.length);
    expect(world.firstDiagnostics).toHaveLength(7);
    // Documents in registry order (the seed page first), then lines.
    const order = SOURCES.map((x) => x.file);
    const first = [...dataset.diagnostics].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || a.line - b.line)[0]!;
    expect(first.file).toBe('norway-twin-towns.txt');
    expect(world.firstDiagnostics[0]!.ref).toBe(`${first.file}:${first.line}`);
    expect(world.unplaced.count).toBe(dataset.places.filter((p) => p.lat === undefined || p.lon === undefined).length);
  });

  it('renders the world sections and says where the full diagnostics list is', () => {
    const markdown = renderMarkdownReport(data);
    expect(markdown.startsWith(`# ${WORLD_TITLE}\n`)).toBe(true);
    expect(markdown).toContain('### Norway in the world');
    expect(markdown).toContain('## Communities and countries');
    expect(markdown).not.toContain('## Country clusters');
    const more = dataset.diagnostics.length - 7;
    expect(markdown).toContain(`The first 7 of ${dataset.diagnostics.length.toLocaleString('en-GB')} document by document, line by line; ${more.toLocaleString('en-GB')} more not shown: every one is in diagnostics.csv`);
    expect(markdown).toContain('Regenerate: `vennskap report --dataset world --algorithm louvain --out DIR`');
  });
});
