/**
 * ReportData → blocks: the report's sections in order, with every table's
 * source and reproduce line. Wording lives here once for both formats.
 *
 * Section order (and heading ids): overview, hubs, clusters, geography
 * (only with geography data), ended, quality, method.
 */
import { formatDecimal, formatMetricValue, formatPercent } from './format-figures.ts';
import { layoutClusters, layoutEnded, layoutGeography, layoutQuality } from './layout-report-sections.ts';
import { code, codeColumn, heading, list, paragraph, provenance, REPORT_SECTIONS, right, sectionTitle, strong, table, type Block, type Inline } from './report-blocks.ts';
import type { HubMetric, ReportData, ReportFigure } from './report-data.ts';
import { reproduce } from './reproduce-commands.ts';
import { renderHistogram } from './svg-charts.ts';

/** A figure's value as shown. */
export function formatFigure(f: ReportFigure): string {
  return f.value === null ? 'undefined' : f.unit === 'count' ? String(f.value) : f.unit === 'share' ? formatPercent(f.value) : formatDecimal(f.value, 4);
}

const figureValue = (data: ReportData, key: string) => data.overview.find((f) => f.key === key)?.value ?? null;

function layoutOverview(data: ReportData): Block[] {
  return [
    heading(2, sectionTitle('overview'), 'overview'),
    table(
      ['Figure', right('Value'), 'Note', 'Source', codeColumn('Reproduce')],
      data.overview.map((f) => [f.label, formatFigure(f), f.detail ?? '', f.source, f.reproduce]),
      [['The network: ', data.networkChoice, '.']],
    ),
  ];
}

function hubCell(data: ReportData, metric: HubMetric, i: number): string {
  const entry = data.hubs.rankings[metric][i];
  if (!entry) return '';
  const digits = data.hubs.metrics.find((m) => m.key === metric)!.digits;
  return `${entry.rank}. ${entry.name} (${formatMetricValue(entry.value, digits)})`;
}

function layoutHubs(data: ReportData): Block[] {
  const { hubs } = data;
  const metrics = hubs.metrics;
  const label = (key: HubMetric) => metrics.find((m) => m.key === key)!.label;
  // Ties at the cut are all listed; a degenerate tie (every place equal) is cut at three times N.
  const limit = hubs.top * 3;
  const longest = Math.max(0, ...metrics.map((m) => hubs.rankings[m.key].length));
  const rows = Array.from({ length: Math.min(longest, limit) }, (_, i) => metrics.map((m) => hubCell(data, m.key, i)));
  const cut = metrics.filter((m) => hubs.rankings[m.key].length > limit).map((m) => m.label);
  const blocks: Block[] = [
    heading(2, sectionTitle('hubs'), 'hubs'),
    paragraph(
      `The ${hubs.places} places ranked are ${hubs.subset}, in the ${hubs.network} network. `,
      'Each measure answers a different question, so each has its own top ',
      String(hubs.top),
      '; ranks are competition ranks (equal values share a rank, and everyone tied at the cut is listed).',
    ),
    list(metrics.map((m) => [strong(m.label), `: ${m.description}. `, ...(m.warning ? [`${m.warning} `] : []), code(m.reproduce)])),
    table(
      metrics.map((m) => m.label),
      rows,
      [
        ...provenance(hubs.source),
        ...(cut.length > 0 ? [[`Lists cut at ${limit} rows because of ties: ${cut.join(', ')}.`]] : []),
      ],
      `Top ${hubs.top} by each measure: rank. place (value)`,
    ),
    heading(3, 'Where the rankings disagree', 'hubs-disagreements'),
    paragraph(
      `Places in the top ${hubs.top} of some measures but not of all, or whose ranks differ by more than ${hubs.rankGap}; largest difference first. `,
      'A place high on betweenness but not on partners bridges groups with few partners of its own; a place high on eigenvector but low elsewhere sits in the largest connected group.',
    ),
  ];
  if (hubs.disagreements.length === 0) {
    blocks.push(paragraph(`The measures agree: every place in one top ${hubs.top} is in all of them, with ranks at most ${hubs.rankGap} apart.`));
  } else {
    blocks.push(
      table(
        ['Place', ...metrics.map((m) => right(`${m.label} rank`)), `In top ${hubs.top} of`, right('Rank gap')],
        hubs.disagreements.map((d) => [
          d.name,
          ...metrics.map((m) => String(d.ranks[m.key])),
          d.inTop.map(label).join(', '),
          String(d.gap),
        ]),
        provenance(hubs.source),
      ),
    );
  }
  blocks.push(
    table(
      ['', ...metrics.map((m) => right(m.label))],
      metrics.map((a) => [
        a.label,
        ...metrics.map((b) => {
          if (a.key === b.key) return '–';
          const pair = hubs.overlap.find((o) => (o.a === a.key && o.b === b.key) || (o.a === b.key && o.b === a.key));
          return pair ? String(pair.shared) : '';
        }),
      ]),
      [[`Places that two top-${hubs.top} lists share (with ties at the cut, a list can hold more than ${hubs.top}).`]],
      `Overlap of the top ${hubs.top} lists`,
    ),
  );
  const bins = data.charts.degree;
  blocks.push({
    kind: 'figure',
    id: 'degree-distribution',
    caption: 'Degree distribution: how many Norwegian places have 1, 2, 3 … partners',
    svg: renderHistogram({
      id: 'degree-distribution',
      title: 'Partners per Norwegian place',
      description: `Histogram of the number of partners of the ${bins.reduce((s, b) => s + b.count, 0)} Norwegian places in the twin network.`,
      xLabel: 'partners',
      yLabel: 'places',
      bins: bins.map((b) => ({ label: String(b.degree), count: b.count, title: `${b.count} places with ${b.degree} partner${b.degree === 1 ? '' : 's'}` })),
    }),
    data: table([right('Partners'), right('Places')], bins.map((b) => [String(b.degree), String(b.count)]), provenance(data.charts.degreeSource, reproduce.rank('degree', 0, data.options.twin))),
  });
  return blocks;
}

function layoutMethod(data: ReportData): Block[] {
  const o = data.options;
  const blocks: Block[] = [
    heading(2, sectionTitle('method'), 'method'),
    paragraph(
      'Every number above is computed from the three source documents and the resolution tables, by pure functions with fixed seeds: the same data give the same report, byte for byte. ',
      'Lists in the dataset files are joined with "|"; a source reference file:line names a file under data/raw/ and a line counted from 1.',
    ),
    table(
      ['Source document', right('Lines'), right('Statements'), right('Diagnostics')],
      data.documents.map((d) => [d.file, String(d.lines), String(d.mentions), String(d.diagnostics)]),
      provenance('data/raw/ (see data/README.md)', reproduce.data()),
    ),
    list([
      ['Network: ', data.networkChoice, '.'],
      ['Communities: Louvain modularity, resolution ', String(o.resolution), ', seeds ', String(o.seed), '–', String(o.seed + o.stabilitySeeds - 1), ' (', String(o.stabilitySeeds), ' runs); the best run is described.'],
      ['Hubs: top ', String(o.top), ' per measure; a rank difference above ', String(o.rankGap), ' counts as disagreement.'],
      ['Regenerate: ', code(reproduce.report())],
    ]),
  ];
  const from = data.generatedFrom;
  if (from) {
    const items: Inline[][] = [];
    if (from.tool) items.push(['Generated by ', from.tool]);
    if (from.note) items.push([from.note]);
    blocks.push(...(items.length > 0 ? [list(items)] : []));
    if (from.files && from.files.length > 0) {
      blocks.push(table(['Input file', 'SHA-256'], from.files.map((f) => [f.file, f.sha256 ?? '']), []));
    }
  }
  return blocks;
}

/** The whole report as blocks, sections in REPORT_SECTIONS order. */
export function layoutReport(data: ReportData): Block[] {
  const ended = data.ended.count;
  const present = REPORT_SECTIONS.filter((s) => s.id !== 'geography' || data.geography !== null);
  return [
    heading(1, data.title, 'top'),
    paragraph(
      `This report describes the network of ${figureValue(data, 'edges') ?? 0} active partnerships (twin towns, sister cities and friendship agreements) `,
      `between ${figureValue(data, 'nodes') ?? 0} places in ${figureValue(data, 'partnerCountries') ?? 0} partner countries and Norway`,
      ended > 0 ? `, and the ${ended} partnership${ended === 1 ? '' : 's'} the sources say have ended. ` : '. ',
      'It lists the hubs by several measures and where those measures disagree, the clusters of countries that the same municipalities choose together, and every decision taken in cleaning the data. ',
      'Each table names its source and the command that reproduces it.',
    ),
    list(present.map((s) => [{ link: `#${s.id}`, text: s.title }])),
    ...layoutOverview(data),
    ...layoutHubs(data),
    ...layoutClusters(data),
    ...(data.geography ? layoutGeography(data.geography) : []),
    ...layoutEnded(data),
    ...layoutQuality(data),
    ...layoutMethod(data),
  ];
}
