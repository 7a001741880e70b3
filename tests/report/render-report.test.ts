import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/build-dataset.ts';
import { computeDistanceStatistics } from '../../src/geo/distance-statistics.ts';
import { testDistanceNullModel } from '../../src/geo/distance-null-model.ts';
import { buildReportData } from '../../src/report/build-report-data.ts';
import { REPORT_SECTIONS } from '../../src/report/report-blocks.ts';
import type { ReportGeographyInput } from '../../src/report/report-data.ts';
import { renderHtmlReport } from '../../src/report/render-html-report.ts';
import { renderMarkdownReport } from '../../src/report/render-markdown-report.ts';
import { seedDataset } from '../helpers/repository.ts';
import { parseXmlStrict, svgElements } from './xml-check.ts';

const dataset = seedDataset();
const data = buildReportData(dataset, { stabilitySeeds: 5 });
const markdown = renderMarkdownReport(data);
const html = renderHtmlReport(data);

/** Cells of a Markdown table row, split on unescaped "|". */
function markdownCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < line.length - 1; i++) {
    const c = line[i]!;
    if (c === '\\') {
      current += c + (line[i + 1] ?? '');
      i++;
    } else if (c === '|') {
      cells.push(current.trim());
      current = '';
    } else current += c;
  }
  cells.push(current.trim());
  return cells;
}

/** Every Markdown table: its header cells and body rows. */
function markdownTables(text: string): { header: string[]; rows: string[][] }[] {
  const lines = text.split('\n');
  const tables: { header: string[]; rows: string[][] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('| ') || !/^\|( -{3,}:? \|)+$/.test(lines[i + 1] ?? '')) continue;
    const header = markdownCells(lines[i]!);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.startsWith('|'); j++) rows.push(markdownCells(lines[j]!));
    tables.push({ header, rows });
    i = j;
  }
  return tables;
}

const headerOf = (md: string, first: string) => markdownTables(md).find((t) => t.header[0] === first);

describe('report structure', () => {
  it('has its sections in order in both formats, without geography when none is given', () => {
    const titles = REPORT_SECTIONS.filter((s) => s.id !== 'geography');
    const mdPositions = titles.map((s) => markdown.indexOf(`\n## ${s.title}\n`));
    const htmlPositions = titles.map((s) => html.indexOf(`<h2 id="${s.id}">`));
    for (const positions of [mdPositions, htmlPositions]) {
      expect(positions.every((p) => p > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
    expect(markdown).not.toContain('## Geography');
    expect(html).not.toContain('id="geography"');
    expect(markdown.startsWith(`# ${data.title}\n`)).toBe(true);
  });

  it('has tables with the expected columns, every row as wide as its header', () => {
    const tables = markdownTables(markdown);
    for (const t of tables) for (const row of t.rows) expect(row.length, t.header.join('|')).toBe(t.header.length);
    expect(headerOf(markdown, 'Figure')!.header).toEqual(['Figure', 'Value', 'Note', 'Source', 'Reproduce']);
    expect(headerOf(markdown, 'Partners')!.header).toEqual(['Partners', 'Partner countries', 'Strength', 'Betweenness', 'PageRank', 'Eigenvector']);
    expect(headerOf(markdown, 'Place')!.header.at(-2)).toBe('In top 10 of');
    expect(headerOf(markdown, 'Norwegian place')!.header).toEqual(['Norwegian place', 'Partner', 'Country', 'Relation', 'Since', 'Until', 'Source (file:line)']);
    expect(headerOf(markdown, 'Kind')!.header).toEqual(['Kind', 'Count', 'Examples (file:line: message)']);
    expect(headerOf(markdown, 'Name as written')!.header).toEqual(['Name as written', 'Method', 'Resolved name', 'Id', 'Confidence', 'Reason']);
    const clusterTables = tables.filter((t) => t.header[0] === 'Cluster' && t.header[1] === 'Countries (links)');
    expect(clusterTables).toHaveLength(2);
  });

  it('shows the numbers of the data: top hub, ended partnerships, resolutions, clusters', () => {
    const hubs = headerOf(markdown, 'Partners')!;
    expect(hubs.rows[0]![0]).toBe(`1. ${data.hubs.rankings.degree[0]!.name} (${data.hubs.rankings.degree[0]!.value})`);
    const ended = headerOf(markdown, 'Norwegian place')!;
    expect(ended.rows).toHaveLength(dataset.links.filter((l) => l.status === 'ended').length);
    expect(ended.rows.map((r) => r[6])).toEqual(data.ended.links.map((l) => l.sources.join(', ')));
    expect(headerOf(markdown, 'Name as written')!.rows).toHaveLength(dataset.resolutions.length);
    const clusterTables = markdownTables(markdown).filter((t) => t.header[1] === 'Countries (links)');
    expect(clusterTables.map((t) => t.rows.length)).toEqual(data.clusters.map((s) => s.clusters.length));
    const overview = headerOf(markdown, 'Figure')!;
    expect(overview.rows.find((r) => r[0] === 'Places')![1]).toBe(String(dataset.places.length));
  });

  it('gives every table a source, and every source-backed table a command to reproduce it', () => {
    expect(markdown.match(/^Source: /gm)!.length).toBeGreaterThanOrEqual(10);
    expect(markdown.match(/^Reproduce: `vennskap /gm)!.length).toBeGreaterThanOrEqual(8);
  });

  it('draws the degree histogram, the country bar chart and one composition chart per network, all well-formed', () => {
    const svgs = svgElements(html);
    expect(svgs).toHaveLength(2 + data.clusters.length);
    for (const svg of svgs) expect(parseXmlStrict(svg).documentElement!.tagName).toBe('svg');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is a standalone page: no scripts, no external resources, scripts forbidden by policy', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|href)="(?!#)/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('is byte-identical when built and rendered again', () => {
    const again = buildReportData(dataset, { stabilitySeeds: 5 });
    expect(renderMarkdownReport(again)).toBe(markdown);
    expect(renderHtmlReport(again)).toBe(html);
  });
});

describe('geography slot', () => {
  // Oslo, Stockholm, Helsinki, Beijing: distances from the real geo module, a tiny null model.
  const places = [
    { id: 'NO:0301', country: 'NO', lat: 59.91, lon: 10.75 },
    { id: 'NO:4601', country: 'NO', lat: 60.39, lon: 5.32 },
    { id: 'SE:stockholm', country: 'SE', lat: 59.33, lon: 18.07 },
    { id: 'FI:helsinki', country: 'FI', lat: 60.17, lon: 24.94 },
    { id: 'CN:beijing', country: 'CN', lat: 39.9, lon: 116.4 },
  ];
  const links = [
    { sourceId: 'NO:0301', targetId: 'SE:stockholm' },
    { sourceId: 'NO:0301', targetId: 'CN:beijing' },
    { sourceId: 'NO:4601', targetId: 'FI:helsinki' },
  ];
  const distances = computeDistanceStatistics(links, places, { binWidthKm: 1000 });
  const nullModel = testDistanceNullModel(
    links.map((l) => ({ homeId: l.sourceId, partnerId: l.targetId })),
    new Map(places.map((p) => [p.id, { lat: p.lat, lon: p.lon }])),
    { draws: 20, seed: 3 },
  );
  const geography: ReportGeographyInput = { distances, nullModel, reproduce: 'vennskap geo --seed 3' };
  const withGeo = buildReportData(dataset, { stabilitySeeds: 2, geography });
  const md = renderMarkdownReport(withGeo);
  const page = renderHtmlReport(withGeo);

  it('renders between clusters and ended partnerships when geography data is given', () => {
    const order = ['Country clusters', 'Geography', 'Ended partnerships'].map((t) => md.indexOf(`\n## ${t}\n`));
    expect(order.every((p) => p > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page).toContain('<h2 id="geography">');
    expect(svgElements(page)).toHaveLength(3 + withGeo.clusters.length);
  });

  it('shows the distances and the null-model result it was given', () => {
    const summary = headerOf(md, 'Group')!;
    const all = summary.rows.find((r) => r[0] === 'All partnerships')!;
    expect(all[1]).toBe('3');
    expect(all[4]).toBe(Math.round(distances.overall!.median).toString());
    expect(withGeo.geography!.bins.reduce((s, b) => s + b.count, 0)).toBe(3);
    const test = headerOf(md, 'Statistic')!;
    expect(test.rows[0]![1]).toBe(Math.round(nullModel.meanKm.observed).toString());
    expect(md).toContain(`Verdict: ${nullModel.verdict}.`);
    expect(md).toContain('`vennskap geo --seed 3`');
  });
});

describe('hostile names', () => {
  const script = '<script>alert(1)</script>';
  const img = '<img src=x onerror=alert(1)>';
  const formula = '=HYPERLINK("x")';
  const pipe = '|pipe|';
  const quote = '" onmouseover="alert(1)';

  /** The real dataset with hostile names on the top hubs, a partner, a diagnostic and a resolution. */
  function hostileDataset(): Dataset {
    const copy = structuredClone(dataset);
    const rename: Record<string, string> = { 'NO:3314': script, 'NO:1103': img, 'NO:5001': formula, 'NO:0301': pipe, 'RU:arkhangelsk': quote };
    for (const p of copy.places) if (rename[p.id]) p.name = rename[p.id]!;
    copy.diagnostics[0] = { ...copy.diagnostics[0]!, message: `${script} ${img} ${formula}` };
    copy.resolutions[0] = { ...copy.resolutions[0]!, asWritten: formula, reason: `${pipe} ${img}` };
    return copy;
  }
  const hostile = buildReportData(hostileDataset(), {
    stabilitySeeds: 2,
    generatedFrom: { tool: script, note: img, files: [{ file: pipe, sha256: formula }] },
    title: `Report ${script}`,
  });
  const md = renderMarkdownReport(hostile);
  const page = renderHtmlReport(hostile);

  it('the names do reach the report', () => {
    expect(hostile.hubs.rankings.degree[0]!.name).toBe(script);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('HTML holds no tag and no attribute from the data', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/<[^>]*\sonmouseover=/i);
    expect(page).not.toMatch(/<[^>]*\sonerror=/i);
    for (const svg of svgElements(page)) parseXmlStrict(svg);
  });

  it('Markdown escapes markup, separators and formulas in every cell', () => {
    expect(md).not.toMatch(/<script/i);
    expect(md).not.toMatch(/<img/i);
    const tables = markdownTables(md);
    for (const t of tables) {
      for (const row of t.rows) {
        expect(row.length, row.join(' | ')).toBe(t.header.length);
        for (const cell of row) expect(cell, cell).not.toMatch(/^[=+@-]/);
      }
    }
    const cells = tables.flatMap((t) => t.rows.flat());
    expect(cells).toContain('\\=HYPERLINK("x")');
    expect(cells.some((c) => c.includes('\\|pipe\\|'))).toBe(true);
  });

  it('SVG tooltips and labels carry the names escaped', () => {
    const svgs = svgElements(page).join('');
    expect(svgs).not.toContain('<script');
    const titles = svgs.match(/<title>[^<]*<\/title>/g) ?? [];
    expect(titles.length).toBeGreaterThan(0);
  });
});
