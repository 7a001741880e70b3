/**
 * The report of a user's network (buildNetworkReportData → Markdown/HTML),
 * pure: on the Florentine families read by the same reader as `--input`
 * (checked against NetworkX's answers in tests/reference/), on a small
 * hand-made network with countries, kinds, weights and an ended link (every
 * expected value computed by hand below), and on hostile labels.
 */
import modularity from 'graphology-metrics/graph/modularity';
import { describe, expect, it } from 'vitest';
import { readNetworkFile } from '../../src/formats/read-network-file.ts';
import { buildNetworkReportData } from '../../src/report/build-network-report-data.ts';
import { renderHtmlReport } from '../../src/report/render-html-report.ts';
import { renderMarkdownReport } from '../../src/report/render-markdown-report.ts';
import type { NetworkReportData } from '../../src/report/report-data.ts';
import { readReference } from '../helpers/load-reference.ts';
import { parseXmlStrict, svgElements } from './xml-check.ts';

const reference = readReference<{
  edges: [string, string][];
  graph: { order: number; size: number; density: number; transitivity: number; average_clustering: number; degree_assortativity: number; diameter: number; louvain_best_modularity_20_seeds: number };
  node: { degree: Record<string, number>; betweenness_normalized: Record<string, number>; pagerank_085: Record<string, number>; eigenvector: Record<string, number> };
}>('florentine');

const florentineCsv = `source,target\n${reference.edges.map(([a, b]) => `${a},${b}`).join('\n')}\n`;
const florentine = readNetworkFile(florentineCsv, { file: 'florentine.csv' });
const source = { file: 'florentine.csv', format: 'csv', notes: florentine.notes };
const data = buildNetworkReportData(florentine.graph, { source });
const markdown = renderMarkdownReport(data);
const html = renderHtmlReport(data);
const figure = (d: NetworkReportData, key: string) => d.overview.find((f) => f.key === key);

/** Cells of a Markdown table line, split on "|" not escaped by a backslash. */
const cells = (line: string) => line.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());
const tableLines = (md: string) => md.split('\n').filter((l) => l.startsWith('| ') && !/^\|( -{3,}:? \|)+$/.test(l));

describe('buildNetworkReportData on the Florentine families (NetworkX reference)', () => {
  it('puts the Medici first by degree, with 6 marriage ties, and ranks every family by its reference degree', () => {
    const top = data.hubs.rankings.degree[0]!;
    expect(top.name).toBe('Medici');
    expect(top.value).toBe(reference.node.degree.Medici);
    expect(top.value).toBe(6);
    for (const entry of data.hubs.rankings.degree) expect(entry.value, entry.name).toBe(reference.node.degree[entry.name]);
    expect(data.hubs.places).toBe(reference.graph.order);
  });

  it('ranks betweenness, PageRank and eigenvector with NetworkX values, over every node', () => {
    for (const [metric, values] of [
      ['betweenness', reference.node.betweenness_normalized],
      ['pagerank', reference.node.pagerank_085],
      ['eigenvector', reference.node.eigenvector],
    ] as const) {
      const list = data.hubs.rankings[metric];
      expect(list.length, metric).toBeGreaterThanOrEqual(10);
      for (const entry of list) expect(entry.value, `${metric} ${entry.name}`).toBeCloseTo(values[entry.name]!, 6);
      const best = Object.entries(values).sort((a, b) => b[1] - a[1])[0]![0];
      expect(list[0]!.name, metric).toBe(best);
    }
  });

  it('has the reference figures: size, density, transitivity, clustering, assortativity, diameter', () => {
    expect(figure(data, 'nodes')!.value).toBe(reference.graph.order);
    expect(figure(data, 'edges')!.value).toBe(reference.graph.size);
    expect(figure(data, 'density')!.value).toBeCloseTo(reference.graph.density, 9);
    expect(figure(data, 'transitivity')!.value).toBeCloseTo(reference.graph.transitivity, 9);
    expect(figure(data, 'averageClustering')!.value).toBeCloseTo(reference.graph.average_clustering, 9);
    expect(figure(data, 'assortativity')!.value).toBeCloseTo(reference.graph.degree_assortativity, 9);
    expect(figure(data, 'diameter')!.value).toBe(reference.graph.diameter);
    expect(figure(data, 'components')!.value).toBe(1);
    expect(markdown).toContain('| Density | 0.1905 |');
    expect(markdown).toContain('| Transitivity | 0.1915 |');
  });

  it('describes the best of 20 Louvain runs, which reaches the modularity of NetworkX’s best of 20', () => {
    const c = data.communities;
    expect(c.seeds).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(c.modularity).toBeCloseTo(reference.graph.louvain_best_modularity_20_seeds, 5);
    expect(c.modularitySpread.max).toBe(c.modularity);
    expect(c.communities.reduce((s, x) => s + x.size, 0)).toBe(reference.graph.order);
    expect(c.communities.map((x) => x.size)).toEqual([...c.communities.map((x) => x.size)].sort((a, b) => b - a));
  });

  it('reports modularity and weight inside that an independent count on the described partition confirms', () => {
    // With hubCount above every community's size, the hub lists name every member: the whole partition.
    const full = buildNetworkReportData(florentine.graph, { source, hubCount: 20 });
    const membership: Record<string, number> = {};
    for (const community of full.communities.communities) for (const hub of community.hubs) membership[hub.id] = community.id;
    expect(Object.keys(membership)).toHaveLength(reference.graph.order);
    expect(modularity(florentine.graph, { getNodeCommunity: (node: string) => membership[node]! })).toBeCloseTo(full.communities.modularity, 12);
    const inside = new Map<number, number>();
    for (const [a, b] of reference.edges) if (membership[a] === membership[b]) inside.set(membership[a]!, (inside.get(membership[a]!) ?? 0) + 1);
    for (const community of full.communities.communities) expect(community.linkShare).toBeCloseTo((inside.get(community.id) ?? 0) / reference.graph.size, 12);
  });

  it('quotes real commands on the input file for every figure and list', () => {
    for (const f of data.overview) expect(f.reproduce, f.key).toMatch(/^vennskap (stats|clusters) --input florentine\.csv /);
    expect(data.hubs.metrics.map((m) => m.reproduce)).toEqual(
      ['degree', 'betweenness', 'pagerank', 'eigenvector'].map((by) => `vennskap rank --input florentine.csv --by ${by} --top 10`),
    );
    expect(data.communities.reproduce).toBe(`vennskap clusters --input florentine.csv --algorithm louvain --seed ${data.communities.consensusSeed} --stability-seeds 1 --resolution 1`);
    expect(markdown).toContain('`vennskap report --input florentine.csv --algorithm louvain --seed 1 --resolution 1 --stability-seeds 20 --top 10 --out DIR`');
  });
});

describe('network report sections', () => {
  it('has overview, hubs, communities and method, in order, and none of the Norway-only sections', () => {
    const titles = ['Overview', 'Hubs', 'Communities', 'How this report was made'];
    const positions = titles.map((t) => markdown.indexOf(`\n## ${t}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const absent of ['Country clusters', 'Geography', 'Data quality', 'Ended partnerships', 'Ended links']) expect(markdown).not.toContain(`## ${absent}`);
    expect(markdown).not.toMatch(/Norwegian|twin network|data\/raw/);
    expect(html).not.toContain('id="ended"');
    expect(markdown.startsWith('# Network report: florentine.csv\n')).toBe(true);
  });

  it('leaves out the measures and figures that need attributes the file lacks', () => {
    expect(data.attributes).toEqual({ country: false, kind: false, weighted: false, status: false });
    expect(data.hubs.metrics.map((m) => m.key)).toEqual(['degree', 'betweenness', 'pagerank', 'eigenvector']);
    expect(data.hubs.rankings.partnerCountries).toEqual([]);
    expect(figure(data, 'countryAssortativity')).toBeUndefined();
    expect(figure(data, 'kindAssortativity')).toBeUndefined();
    expect(data.charts.byCountry).toBeNull();
    expect(data.ended).toBeNull();
    expect(markdown).not.toContain('Links by country');
    expect(markdown).toContain('Its nodes carry no country attribute');
  });

  it('draws the degree histogram (every degree 1–6, 5 with no family) and the community sizes, as well-formed SVG', () => {
    expect(data.charts.degree.map((b) => [b.label, b.count])).toEqual([['1', 4], ['2', 2], ['3', 6], ['4', 2], ['5', 0], ['6', 1]]);
    const svgs = svgElements(html);
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) expect(parseXmlStrict(svg).documentElement!.tagName).toBe('svg');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const line of tableLines(markdown)) expect(cells(line).length).toBeGreaterThan(1);
  });

  it('is byte-identical when built and rendered again', () => {
    const again = buildNetworkReportData(readNetworkFile(florentineCsv, { file: 'florentine.csv' }).graph, { source });
    expect(renderMarkdownReport(again)).toBe(markdown);
    expect(renderHtmlReport(again)).toBe(html);
  });

  it('rejects a missing source and unknown options, naming them', () => {
    expect(() => buildNetworkReportData(florentine.graph, {})).toThrow(/source is required/);
    expect(() => buildNetworkReportData(florentine.graph, { source, seeds: 3 } as never)).toThrow(/unknown option "seeds"/);
    expect(() => buildNetworkReportData(florentine.graph, { source, top: 0 })).toThrow(/top must be an integer >= 1/);
  });
});

/*
 * Five places, hand-made: Oslo and Bergen (NO, municipalities) twin with
 * Uppsala (SE), Turku (FI) and, for Oslo only, Aarhus (DK, weight 2, ended 2019).
 */
const placesCsv = 'id,label,country,kind\na,Oslo,NO,municipality\nb,Bergen,NO,municipality\nc,Uppsala,SE,city\nd,Turku,FI,city\ne,Aarhus,DK,city\n';
const linksCsv = 'source,target,weight,status,until\na,c,1,active,\na,d,1,active,\na,e,2,ended,2019\nb,c,1,active,\nb,d,1,active,\n';
const small = readNetworkFile(linksCsv, { file: 'links.csv', nodesText: placesCsv, nodesFile: 'places.csv' });
const smallData = buildNetworkReportData(small.graph, { source: { file: 'links.csv', format: 'csv', nodesFile: 'places.csv', notes: small.notes }, stabilitySeeds: 3 });
const smallMarkdown = renderMarkdownReport(smallData);
const smallHtml = renderHtmlReport(smallData);

describe('network report with countries, kinds, weights and a status', () => {
  it('computes assortativity by country and kind as worked out by hand', () => {
    // Every link joins NO to another country: trace 0; edge-end shares NO 5/10, SE 2/10, FI 2/10, DK 1/10,
    // Σa² = 0.34, r = (0 − 0.34) / (1 − 0.34) = −17/33. Kinds: municipality and city, 1/2 each, r = −1.
    expect(figure(smallData, 'countryAssortativity')!.value).toBeCloseTo(-17 / 33, 12);
    expect(figure(smallData, 'kindAssortativity')!.value).toBeCloseTo(-1, 12);
    expect(figure(smallData, 'nodes')!.detail).toBe('in 4 countries');
    expect(figure(smallData, 'edges')!.detail).toBe('weighted');
  });

  it('says why assortativity is undefined when every link end has the same kind', () => {
    const sameKind = readNetworkFile(linksCsv, { file: 'links.csv', nodesText: placesCsv.replace(/municipality|city/g, 'town'), nodesFile: 'places.csv' });
    const d = buildNetworkReportData(sameKind.graph, { source: { file: 'links.csv', format: 'csv', notes: [] }, stabilitySeeds: 1 });
    expect(figure(d, 'kindAssortativity')).toMatchObject({ value: null, detail: 'undefined: every link end has the same kind, or there are no links' });
    expect(renderMarkdownReport(d)).toContain('| Assortativity by kind | undefined | undefined: every link end has the same kind');
  });

  it('ranks partner countries and strength, which now have something to say', () => {
    expect(smallData.hubs.metrics.map((m) => m.key)).toEqual(['degree', 'partnerCountries', 'strength', 'betweenness', 'pagerank', 'eigenvector']);
    expect(smallData.hubs.rankings.partnerCountries.map((e) => `${e.rank} ${e.name} ${e.value}`).slice(0, 2)).toEqual(['1 Oslo 3', '2 Bergen 2']);
    expect(smallData.hubs.rankings.strength[0]).toMatchObject({ name: 'Oslo', value: 4 });
    expect(smallData.hubs.metrics.find((m) => m.key === 'partnerCountries')!.reproduce).toBe('vennskap rank --input links.csv --nodes places.csv --by partner-countries --top 10');
  });

  it('counts links and nodes by country, a link counted once for each country it touches', () => {
    expect(smallData.charts.byCountry!.map((c) => `${c.code} ${c.links} ${c.nodes}`)).toEqual(['NO 5 2', 'FI 2 1', 'SE 2 1', 'DK 1 1']);
    expect(smallMarkdown).toContain('**Links by country: links with an end in each country**');
    expect(smallMarkdown).toContain('| Sweden | SE | 2 | 1 |');
  });

  it('lists the ended link, and splits communities by country in the composition chart', () => {
    expect(smallData.ended!.links).toEqual([{ sourceId: 'a', sourceName: 'Oslo', targetId: 'e', targetName: 'Aarhus', until: 2019 }]);
    expect(smallMarkdown).toContain('## Ended links');
    expect(smallMarkdown).toContain('| Oslo | Aarhus |  | 2019 |');
    expect(smallData.communities.compositionAttribute).toBe('country');
    const svgs = svgElements(smallHtml);
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) parseXmlStrict(svg);
    expect(smallHtml).toContain('id="community-composition"');
    expect(smallMarkdown.indexOf('## Communities')).toBeLessThan(smallMarkdown.indexOf('## Ended links'));
    expect(smallMarkdown.indexOf('## Ended links')).toBeLessThan(smallMarkdown.indexOf('## How this report was made'));
  });

  it('names the node table in the method section and in every command', () => {
    expect(smallMarkdown).toContain('- Input: `links.csv`, read as csv, with the node table `places.csv`.');
    for (const f of smallData.overview) expect(f.reproduce).toContain(' --input links.csv --nodes places.csv ');
  });
});

describe('network report escaping', () => {
  const nodes = [
    'id,label,country',
    'h1,<script>alert(1)</script>,<b>XX</b>',
    'h2,<img src=x onerror=alert(1)>,NO',
    'h3,"=HYPERLINK(""http://evil.example"",""click"")",SE',
    'h4,Plain | pipe,SE',
  ].join('\n');
  const edges = 'source,target,status\nh3,h1,ended\nh2,h1,active\nh2,h3,active\nh3,h4,active\n';
  const file = '<svg onload=alert(1)>.csv';
  const read = readNetworkFile(edges, { file: 'edges.csv', nodesText: nodes });
  const hostile = buildNetworkReportData(read.graph, { source: { file, format: 'csv', notes: ['<i>note</i>'] }, stabilitySeeds: 2 });
  const md = renderMarkdownReport(hostile);
  const page = renderHtmlReport(hostile);

  it('writes no markup from the data into the HTML, only escaped text', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/<svg[^>]*onload/i);
    expect(page).not.toMatch(/<(b|i)>/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    for (const svg of svgElements(page)) parseXmlStrict(svg);
  });

  it('writes no HTML into the Markdown, and no table cell that a spreadsheet would run as a formula', () => {
    // Code spans show their text literally (CommonMark); outside them no tag may survive.
    const prose = md.replace(/`[^`\n]*`/g, '');
    expect(prose).not.toMatch(/<(script|img|svg|b|i)\b/i);
    expect(prose).not.toContain('<svg onload');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('| \\=HYPERLINK("http://evil.example","click") |');
    expect(md).toContain('Plain \\| pipe');
    for (const line of tableLines(md)) {
      for (const cell of cells(line)) expect(cell, line).not.toMatch(/^[=+@-]/);
    }
  });

  it('quotes a hostile file name for the shell in every command', () => {
    expect(hostile.hubs.metrics[0]!.reproduce).toBe(`vennskap rank --input '<svg onload=alert(1)>.csv' --by degree --top 10`);
    expect(md).toContain("`vennskap stats --input '<svg onload=alert(1)>.csv' --algorithm louvain --seed 1`");
  });
});
