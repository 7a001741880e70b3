/**
 * Layout of the world report's own parts (data from build-world-sections.ts):
 * the Norwegian places' world ranks, the degree chart over every place, the
 * communities of the world network with links by country, and the capped
 * lists of the data-quality section. Plain-text blocks only: the renderers
 * escape every string.
 */
import { formatPercent } from './format-figures.ts';
import { layoutCommunityBody } from './layout-network-report.ts';
import { plural } from './layout-report-sections.ts';
import { code, heading, paragraph, provenance, right, table, type Block } from './report-blocks.ts';
import type { ReportData } from './report-data.ts';
import type { WorldSections } from './build-world-sections.ts';
import { reproduce } from './reproduce-commands.ts';
import { renderBarChart, renderHistogram } from './svg-charts.ts';

/** The world report's title for the 'clusters' section (the Norway report's "Country clusters" are Norway-only). */
export const WORLD_CLUSTERS_TITLE = 'Communities and countries';

/** Bars of the links-by-country chart and rows of the unplaced-places table; the rest are summed. */
const COUNTRY_BARS = 20;
const UNPLACED_ROWS = 20;

const number = (n: number) => n.toLocaleString('en-GB');

export function layoutNorwayInWorld(w: WorldSections): Block[] {
  const n = w.norwayInWorld;
  const best = [...n.rows].sort((a, b) => a.worldRank.degree - b.worldRank.degree)[0];
  return [
    heading(3, 'Norway in the world', 'hubs-norway'),
    paragraph(
      `${plural(n.norwegian, 'Norwegian place')} of the ${number(n.places)} places ranked above have partners. `,
      best ? `The one with most partners, ${best.name}, is ranked ${best.worldRank.degree} in the world by partners. ` : '',
      `The table gives the world rank of the ${n.top} Norwegian places with most partners, by four measures (1 = first of all ${number(n.places)} places).`,
    ),
    table(
      [right('Rank in Norway'), 'Place', 'County', right('Partners'), right('World rank: partners'), right('Partner countries'), right('World rank: partner countries'), right('World rank: betweenness'), right('World rank: PageRank')],
      n.rows.map((r) => [
        String(r.rankInNorway),
        r.name,
        r.county ?? '',
        String(r.partners),
        String(r.worldRank.degree),
        String(r.partnerCountries),
        String(r.worldRank.partnerCountries),
        String(r.worldRank.betweenness),
        String(r.worldRank.pagerank),
      ]),
      [...provenance(n.source, n.reproduceNorway), ['World ranks (the whole list; other measures with --by): ', code(n.reproduceWorld)]],
      'Norwegian places among the world',
    ),
  ];
}

export function worldDegreeFigure(data: ReportData, w: WorldSections): Block {
  const bins = w.degree;
  const places = bins.reduce((s, b) => s + b.count, 0);
  return {
    kind: 'figure',
    id: 'degree-distribution',
    caption: `Degree distribution: how many places have ${bins.slice(0, 3).map((b) => b.label).join(', ')} … partners`,
    svg: renderHistogram({
      id: 'degree-distribution',
      title: 'Partners per place',
      description: `Histogram of the number of partners of the ${number(places)} places of the world network; wider degrees in bins that double.`,
      xLabel: 'partners',
      yLabel: 'places',
      bins: bins.map((b) => ({ label: b.label, count: b.count, title: `${plural(b.count, 'place')} with ${b.label} partner${b.label === '1' ? '' : 's'}` })),
    }),
    data: table([right('Partners'), right('Places')], bins.map((b) => [b.label, String(b.count)]), provenance(w.degreeSource, reproduce.rank('degree', 0, { ...data.options.twin, dataset: 'world' }, null))),
  };
}

export function layoutWorldClusters(data: ReportData, w: WorldSections): Block[] {
  const countries = w.byCountry;
  const shown = countries.slice(0, COUNTRY_BARS);
  const rest = countries.slice(COUNTRY_BARS);
  const bars = shown.map((c) => ({ label: c.name, value: c.links, title: `${c.name}: ${plural(c.links, 'partnership')}, ${plural(c.nodes, 'place')}` }));
  if (rest.length > 0) {
    const links = rest.reduce((s, c) => s + c.links, 0);
    bars.push({ label: `${rest.length} other countries`, value: links, title: `${rest.length} other countries: ${plural(links, 'partnership')} (a partnership between two of them counts for each)` });
  }
  const stats = reproduce.networkStats('twin', { ...data.options.twin, dataset: 'world' }, data.options.algorithm);
  return [
    heading(2, WORLD_CLUSTERS_TITLE, 'clusters'),
    paragraph(
      'Which towns and countries twin with one another? The countries with most partnerships come first; then the communities of the whole twin network, each described by its countries and its best-connected places. ',
      'The Norway report (',
      code(reproduce.report(data.options.algorithm)),
      ") has the country clusters of Norwegian municipalities' choices instead.",
    ),
    {
      kind: 'figure',
      id: 'partners-by-country',
      caption: 'Partnerships by country',
      svg: renderBarChart({
        id: 'partners-by-country',
        title: 'Partnerships by country',
        description: `Number of partnerships with an end in each country; the ${COUNTRY_BARS} countries with most, the rest summed.`,
        xLabel: 'partnerships',
        bars,
      }),
      data: table(
        ['Country', 'Code', right('Partnerships'), right('Places')],
        countries.map((c) => [c.name, c.code, String(c.links), String(c.nodes)]),
        provenance(w.byCountrySource, stats),
      ),
    },
    heading(3, 'Communities of the world network', 'clusters-communities'),
    ...layoutCommunityBody(w.communities, true, {
      one: 'place',
      many: 'places',
      hubNote: 'Hubs are the members with most partners.',
      hubColumn: 'Hubs (partners)',
      compositionRows: 8,
    }),
  ];
}

/** The quality section's world-only tables: the first diagnostics one by one, and the places without coordinates. */
export function layoutWorldQuality(w: WorldSections): Block[] {
  const more = w.diagnosticsTotal - w.firstDiagnostics.length;
  const where = w.diagnosticsFile === null ? 'vennskap report --dataset world writes them all to diagnostics.csv beside the report' : `every one is in ${w.diagnosticsFile}, written beside this report`;
  const u = w.unplaced;
  const unplacedRest = u.byCountry.slice(UNPLACED_ROWS);
  return [
    heading(3, 'The first diagnostics', 'quality-first'),
    table(
      ['Source (file:line)', 'Kind', 'Message'],
      w.firstDiagnostics.map((d) => [d.ref, d.kind, d.message]),
      [[more > 0 ? `The first ${w.firstDiagnostics.length} of ${number(w.diagnosticsTotal)} document by document, line by line; ${number(more)} more not shown: ${where}.` : `All ${w.diagnosticsTotal}; ${where}.`]],
    ),
    heading(3, 'Places without coordinates', 'quality-unplaced'),
    paragraph(
      `${number(u.count)} of the ${number(u.places)} places (${formatPercent(u.places > 0 ? u.count / u.places : null)}) could not be placed by the offline gazetteer, so their partnerships are left out of the geography section. `,
      `Why each one: ${u.file}.`,
    ),
    table(
      ['Country', 'Code', right('Places without coordinates')],
      u.byCountry.slice(0, UNPLACED_ROWS).map((c) => [c.name, c.code, String(c.count)]),
      [
        ...(unplacedRest.length > 0 ? [[`${plural(unplacedRest.length, 'other country', 'other countries')} with ${number(unplacedRest.reduce((s, c) => s + c.count, 0))} places not listed.`]] : []),
        ...provenance(u.file, u.reproduce),
      ],
    ),
  ];
}
