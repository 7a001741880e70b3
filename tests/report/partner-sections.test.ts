/**
 * The report's "Friendship rings" and "Cross-source confirmation" sections:
 * on the built-in data, on the seed documents alone (no rings, all seed-only) and, swapped
 * into the same report, on a hand-made Nordic network and dataset whose
 * answers are worked out in tests/analyse/. Names from the data are escaped.
 */
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Link, Place } from '../../src/dataset/types.ts';
import { buildTwinNetwork, TWIN_NETWORK_DEFAULTS } from '../../src/graph/build-twin-network.ts';
import { buildCrosscheckSection, buildRingsSection } from '../../src/report/build-partner-sections.ts';
import { buildReportData } from '../../src/report/build-report-data.ts';
import { renderHtmlReport } from '../../src/report/render-html-report.ts';
import { renderMarkdownReport } from '../../src/report/render-markdown-report.ts';
import { norwayDataset, seedDataset } from '../helpers/repository.ts';

const data = buildReportData(norwayDataset(), { stabilitySeeds: 2 });
const section = (markdown: string, title: string) => markdown.slice(markdown.indexOf(`\n## ${title}\n`), markdown.indexOf('\n## ', markdown.indexOf(`\n## ${title}\n`) + 4));

describe('report sections on the built-in data', () => {
  it('rings: 48 rings and 30 near-rings around 153 places in Norway (NetworkX counts the same: tests/reference/builtin-rings.py)', () => {
    expect(data.rings).toMatchObject({ starsOnly: false, seeds: 153, options: { country: 'NO', minSize: 4, minCountries: 3 } });
    expect([data.rings.rings.length, data.rings.nearRings.length]).toEqual([48, 30]);
    const md = section(renderMarkdownReport(data), 'Friendship rings');
    expect(md).toContain('48 rings and 30 near-rings around 153 places in Norway.');
    // The Bærum ring (checked line by line in the raw files in tests/analyse/find-friendship-rings.test.ts).
    expect(md).toContain('Bærum (NO), Frederiksberg (DK), Tartu (EE), Hämeenlinna (FI), Hafnarfjörður (IS), Uppsala (SE) | 6 | complete |');
    expect(md).toContain('Reproduce: `vennskap rings --country NO --min-size 4`');
  });

  it('crosscheck: 569 links, 258 on both, 171 seed-only, 120 Wikipedia-only, 20 other-only (the documents column of data/links.csv)', () => {
    expect(data.crosscheck.counts).toEqual({ both: 258, 'seed-only': 171, 'wikipedia-only': 120, 'other-only': 20, links: 569 });
    expect(data.crosscheck.wikipediaInData).toBe(true);
    expect(data.crosscheck.otherOnly).toHaveLength(20);
    const md = section(renderMarkdownReport(data), 'Cross-source confirmation');
    expect(md).not.toContain('not part of this dataset');
    // 258 / 569 = 45.34 %, 171 / 569 = 30.05 %.
    expect(md).toContain('| Both the seed page and Wikipedia | 258 | 45.3% |');
    expect(md).toContain('| The seed page only | 171 | 30.1% |');
    expect(md).toContain('| Oslo | Oslo Region European Office | Belgium | membership | oslo-region-members.txt:51 |');
    // Ålesund: 7 partners on both pages, Eu on the seed page only (checked in both raw files in tests/analyse/crosscheck-sources.test.ts).
    expect(md).toMatch(/\n\| Ålesund \| Møre og Romsdal \| 7 \| 1 \| 0 \| 0 \| 8 \|\n/);
  });
});

describe('report sections on the seed documents alone (no world list)', () => {
  const seed = seedDataset();

  it('rings: none, and says why (every link has a Norwegian end)', () => {
    const rings = buildRingsSection(buildTwinNetwork(seed), { ...TWIN_NETWORK_DEFAULTS });
    expect(rings).toMatchObject({ rings: [], nearRings: [], starsOnly: true, seeds: 110 });
    const md = section(renderMarkdownReport({ ...data, rings }), 'Friendship rings');
    expect(md).toContain('No rings and no near-rings in this network (110 places in Norway searched). Every link in it has an end in Norway');
  });

  it('crosscheck: 449 links, 429 seed-only, 20 other-only, and a note that Wikipedia is left out', () => {
    const crosscheck = buildCrosscheckSection(seed);
    expect(crosscheck.counts).toEqual({ both: 0, 'seed-only': 429, 'wikipedia-only': 0, 'other-only': 20, links: 449 });
    const md = section(renderMarkdownReport({ ...data, crosscheck }), 'Cross-source confirmation');
    expect(md).toContain('The Wikipedia list is not part of this dataset (the sources chosen leave it out)');
    expect(md).toContain('| The seed page only | 429 | 95.5% |');
    expect(md).toMatch(/\n\| Ålesund \| Møre og Romsdal \| 0 \| 8 \| 0 \| 0 \| 8 \|\n/);
  });
});

describe('report sections on hand-made data', () => {
  // Five Nordic towns linked all round but for Finland–Iceland; the Finnish name carries markup to check escaping.
  const g = new Graph({ type: 'undirected' });
  const towns: [string, string, string][] = [['NO:a', 'Askøy', 'NO'], ['SE:b', 'Borås', 'SE'], ['DK:c', 'Culemborg', 'DK'], ['FI:d', '<b>Dragsfjärd</b>', 'FI'], ['IS:e', 'Eyjafjörður', 'IS']];
  for (const [id, name, country] of towns) g.addNode(id, { name, country });
  for (const [i, a] of towns.entries()) for (const b of towns.slice(i + 1)) if (!(a[0] === 'FI:d' && b[0] === 'IS:e')) g.addEdge(a[0], b[0], { sources: [`x.txt:${i + 1}`] });
  const rings = buildRingsSection(g, { ...TWIN_NETWORK_DEFAULTS });

  it('rings: two rings of four and the near-ring of five, escaped in both formats', () => {
    expect(rings.starsOnly).toBe(false);
    expect(rings.rings.map((r) => r.members.length)).toEqual([4, 4]);
    expect(rings.nearRings[0]!.missing).toEqual({ a: '<b>Dragsfjärd</b>', b: 'Eyjafjörður' });
    const withRings = { ...data, rings };
    const md = section(renderMarkdownReport(withRings), 'Friendship rings');
    expect(md).toContain('2 rings and 1 near-ring around 1 place in Norway.');
    expect(md).toContain('| Near-ring 1 | 5 | Askøy (NO), Culemborg (DK), &lt;b&gt;Dragsfjärd&lt;/b&gt; (FI), Eyjafjörður (IS), Borås (SE) | 5 | missing &lt;b&gt;Dragsfjärd&lt;/b&gt; – Eyjafjörður |');
    expect(md).toContain('Askøy – Culemborg: x.txt:1');
    const html = renderHtmlReport(withRings);
    expect(html).not.toContain('<b>Dragsfjärd');
    expect(html).toContain('&lt;b&gt;Dragsfjärd&lt;/b&gt;');
  });

  it('crosscheck with Wikipedia in the data: no "not part of this dataset" note, counts by group', () => {
    const place = (id: string, name: string, country: string): Place => ({ id, name, country, kind: 'city', aliases: [], sources: [] });
    const link = (a: string, b: string, sources: string[]): Link => ({ sourceId: a, targetId: b, relations: ['twin'], status: 'active', tags: [], sources, documents: [...new Set(sources.map((s) => s.slice(0, s.lastIndexOf(':'))))], scope: 'norwegian' });
    const crosscheck = buildCrosscheckSection({
      places: [place('NO:1', 'Askøy', 'NO'), place('SE:1', 'Borås', 'SE'), place('DK:1', 'Culemborg', 'DK')],
      links: [link('NO:1', 'SE:1', ['norway-twin-towns.txt:3', 'wikipedia-twin-towns.csv:10']), link('DK:1', 'NO:1', ['wikipedia-twin-towns.csv:11'])],
    });
    expect(crosscheck.counts).toEqual({ both: 1, 'seed-only': 0, 'wikipedia-only': 1, 'other-only': 0, links: 2 });
    const md = section(renderMarkdownReport({ ...data, crosscheck }), 'Cross-source confirmation');
    expect(md).not.toContain('not part of this dataset');
    expect(md).toContain('| Both the seed page and Wikipedia | 1 | 50.0% |');
    expect(md).toContain('| Askøy |  | 1 | 0 | 1 | 0 | 2 |');
    expect(md).not.toContain('Links only the other sources state');
  });
});
