/**
 * ReportData → blocks: the report's sections in order, with every table's
 * source and reproduce line. Wording lives here once for both formats.
 *
 * Section order (and heading ids): overview, hubs, clusters, rings,
 * geography (only with geography data), ended, crosscheck, quality, method.
 */
import { COMMUNITY_ALGORITHM_NAMES } from '../analyse/communities/index.ts';
import { layoutGeneratedFrom, layoutHubRankings, overviewTable, PLACE_WORDING } from './layout-shared.ts';
import { layoutNetworkReport } from './layout-network-report.ts';
import { layoutClusters, layoutEnded, layoutGeography, layoutQuality } from './layout-report-sections.ts';
import { layoutCrosscheck, layoutRings } from './layout-partner-sections.ts';
import { layoutNorwayInWorld, layoutWorldClusters, layoutWorldQuality, WORLD_CLUSTERS_TITLE, worldDegreeFigure } from './layout-world-sections.ts';
import { code, heading, list, paragraph, provenance, REPORT_SECTIONS, right, sectionTitle, table, type Block } from './report-blocks.ts';
import type { NetworkReportData, ReportData } from './report-data.ts';
import { reproduce } from './reproduce-commands.ts';
import { renderHistogram } from './svg-charts.ts';

export { formatFigure } from './layout-shared.ts';

const figureValue = (data: ReportData, key: string) => data.overview.find((f) => f.key === key)?.value ?? null;

function layoutOverview(data: ReportData): Block[] {
  return [heading(2, sectionTitle('overview'), 'overview'), overviewTable(data.overview, [['The network: ', data.networkChoice, '.']])];
}

function layoutHubs(data: ReportData): Block[] {
  const { hubs } = data;
  const blocks: Block[] = [
    heading(2, sectionTitle('hubs'), 'hubs'),
    paragraph(
      `The ${hubs.places} places ranked are ${hubs.subset}, in the ${hubs.network} network. `,
      'Each measure answers a different question, so each has its own top ',
      String(hubs.top),
      '; ranks are competition ranks (equal values share a rank, and everyone tied at the cut is listed).',
    ),
    ...layoutHubRankings(hubs, PLACE_WORDING),
  ];
  if (data.world) return [...blocks, worldDegreeFigure(data, data.world), ...layoutNorwayInWorld(data.world)];
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
  const world = o.dataset === 'world';
  const blocks: Block[] = [
    heading(2, sectionTitle('method'), 'method'),
    paragraph(
      world
        ? `This report describes the world dataset: the whole world list of twin towns together with the Norwegian documents (${data.documents.length} source documents), and the resolution tables. Every number above is computed from them by pure functions with fixed seeds: the same data give the same report, byte for byte. `
        : 'Every number above is computed from the three source documents and the resolution tables, by pure functions with fixed seeds: the same data give the same report, byte for byte. ',
      'Lists in the dataset files are joined with "|"; a source reference file:line names a file under data/raw/ and a line counted from 1.',
    ),
    table(
      ['Source document', right('Lines'), right('Statements'), right('Diagnostics')],
      data.documents.map((d) => [d.file, String(d.lines), String(d.mentions), String(d.diagnostics)]),
      provenance('data/raw/ (see data/README.md)', reproduce.data()),
    ),
    list([
      ['Network: ', data.networkChoice, '.'],
      ['Communities: ', COMMUNITY_ALGORITHM_NAMES[o.algorithm], ' modularity, resolution ', String(o.resolution), ', seeds ', String(o.seed), '–', String(o.seed + o.stabilitySeeds - 1), ' (', String(o.stabilitySeeds), ' runs); the best run is described.'],
      ['Hubs: top ', String(o.top), ' per measure; a rank difference above ', String(o.rankGap), ' counts as disagreement.'],
      ['Regenerate: ', code(reproduce.report(o.algorithm, o.dataset))],
    ]),
  ];
  blocks.push(...layoutGeneratedFrom(data.generatedFrom));
  return blocks;
}

/**
 * The whole report as blocks: the Norway report's sections in REPORT_SECTIONS
 * order, or the report of a user's network (see layout-network-report.ts).
 */
export function layoutReport(data: ReportData | NetworkReportData): Block[] {
  if (data.format === 'vennskap-network-report') return layoutNetworkReport(data);
  if (data.world) return layoutWorldReport(data);
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
    ...layoutRings(data.rings),
    ...(data.geography ? layoutGeography(data.geography) : []),
    ...layoutEnded(data),
    ...layoutCrosscheck(data.crosscheck),
    ...layoutQuality(data),
    ...layoutMethod(data),
  ];
}

/** The report of the world dataset: the same sections, with the world's hubs, communities and charts. */
function layoutWorldReport(data: ReportData): Block[] {
  const world = data.world!;
  const present = REPORT_SECTIONS.filter((s) => s.id !== 'geography' || data.geography !== null);
  const ended = data.ended.count;
  return [
    heading(1, data.title, 'top'),
    paragraph(
      `This report describes the world dataset: the network of ${figureValue(data, 'edges') ?? 0} active partnerships (twin towns, sister cities and friendship agreements) `,
      `between ${figureValue(data, 'nodes') ?? 0} places in ${world.byCountry.length} countries, from the English Wikipedia list of twin towns and the Norwegian documents`,
      ended > 0 ? `, and the ${ended} partnership${ended === 1 ? '' : 's'} the sources say have ended. ` : '. ',
      'It lists the hubs of the whole world by several measures and where Norwegian places stand among them, the communities of towns that twin with one another, the Nordic friendship rings, how far apart partners are, and the data-quality figures. ',
      'Each table names its source and the command that reproduces it (with --dataset world). The Norway report (',
      code(reproduce.report(data.options.algorithm)),
      ') covers the Norwegian places in more detail.',
    ),
    list(present.map((s) => [{ link: `#${s.id}`, text: s.id === 'clusters' ? WORLD_CLUSTERS_TITLE : s.title }])),
    ...layoutOverview(data),
    ...layoutHubs(data),
    ...layoutWorldClusters(data, world),
    ...layoutRings(data.rings),
    ...(data.geography ? layoutGeography(data.geography, 'world') : []),
    ...layoutEnded(data),
    ...layoutCrosscheck(data.crosscheck),
    paragraph(
      'The links with a Norwegian end are the same in the norway and the world dataset (the norway dataset holds every one of them), so this section and ',
      code(data.crosscheck.reproduce),
      ' (which has no --dataset) give the same counts for both.',
    ),
    ...layoutQuality(data),
    ...layoutWorldQuality(world),
    ...layoutMethod(data),
  ];
}
