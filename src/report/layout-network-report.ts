/**
 * NetworkReportData → blocks: the report of a user's network file. Overview
 * and hub tables are laid out by the same code as the Norway report
 * (layout-shared.ts); communities, charts and the method section are
 * written for a network about which nothing is known beyond its file.
 *
 * Section order (and heading ids): overview, hubs, communities, ended (only
 * when links carry a status), method.
 */
import { COMMUNITY_ALGORITHM_NAMES } from '../analyse/communities/index.ts';
import { formatCompact, formatPercent } from './format-figures.ts';
import { layoutGeneratedFrom, layoutHubRankings, overviewTable, type HubWording } from './layout-shared.ts';
import { plural, spreadText } from './layout-report-sections.ts';
import { code, heading, list, NETWORK_REPORT_SECTIONS, paragraph, provenance, right, table, type Block, type Inline } from './report-blocks.ts';
import type { NetworkCommunitySection, NetworkReportData } from './report-data.ts';
import { reproduceInput } from './reproduce-commands.ts';
import { renderBarChart, renderHistogram, renderStackedBarChart, type StackedSegment } from './svg-charts.ts';

/** Rows of the community table and bars of the community and country charts; the rest are summed up. */
const COMMUNITY_ROWS = 30;
const CHART_BARS = 20;
/** Segments per community bar before the rest become "other". */
const SEGMENTS = 8;

type Section = (typeof NETWORK_REPORT_SECTIONS)[number];
const title = (id: Section['id']) => NETWORK_REPORT_SECTIONS.find((s) => s.id === id)!.title;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const fileAndFormat = (data: NetworkReportData) => `${data.source.file} (${data.source.format})`;

function wording(data: NetworkReportData): HubWording {
  const eigenvector = 'node high on eigenvector but low elsewhere sits in the most tightly tied part of the network.';
  const explanation = data.hubs.metrics.some((m) => m.key === 'betweenness')
    ? `A node high on betweenness but not on degree bridges groups with few links of its own; a ${eigenvector}`
    : `A ${eigenvector}`;
  return { one: 'node', many: 'nodes', explanation };
}

function layoutOverview(data: NetworkReportData): Block[] {
  const note: Inline[] = ['The network: ', fileAndFormat(data)];
  if (data.source.nodesFile !== undefined) note.push(', with the node table ', data.source.nodesFile);
  note.push('.');
  if (!data.attributes.country) note.push(' Its nodes carry no country attribute, so the figures and charts by country are left out.');
  const blocks: Block[] = [heading(2, title('overview'), 'overview'), overviewTable(data.overview, [note])];
  const countries = data.charts.byCountry;
  if (countries && countries.length > 0) {
    const shown = countries.slice(0, CHART_BARS);
    const rest = countries.slice(CHART_BARS);
    const bars = shown.map((c) => ({ label: c.name, value: c.links, title: `${c.name}: ${plural(c.links, 'link')}, ${plural(c.nodes, 'node')}` }));
    if (rest.length > 0) {
      const links = rest.reduce((s, c) => s + c.links, 0);
      bars.push({ label: `${rest.length} other countries`, value: links, title: `${rest.length} other countries: ${plural(links, 'link')} (a link between two of them counts for each)` });
    }
    blocks.push({
      kind: 'figure',
      id: 'links-by-country',
      caption: 'Links by country: links with an end in each country',
      svg: renderBarChart({
        id: 'links-by-country',
        title: 'Links by country',
        description: `Links with at least one end in each country; the ${CHART_BARS} countries with most links, the rest summed.`,
        xLabel: 'links',
        bars,
      }),
      data: table(
        ['Country', 'Code', right('Links'), right('Nodes')],
        countries.map((c) => [c.name, c.code, String(c.links), String(c.nodes)]),
        provenance(data.charts.byCountrySource),
      ),
    });
  }
  return blocks;
}

function layoutHubs(data: NetworkReportData): Block[] {
  const { hubs } = data;
  const blocks: Block[] = [
    heading(2, title('hubs'), 'hubs'),
    paragraph(
      `All ${plural(hubs.places, 'node')} are ranked. `,
      'Each measure answers a different question, so each has its own top ',
      String(hubs.top),
      '; ranks are competition ranks (equal values share a rank, and everyone tied at the cut is listed).',
    ),
    ...data.hubNotes.map((n) => paragraph(n)),
    ...layoutHubRankings(hubs, wording(data)),
  ];
  const bins = data.charts.degree;
  if (bins.length > 0) {
    const nodes = bins.reduce((s, b) => s + b.count, 0);
    blocks.push({
      kind: 'figure',
      id: 'degree-distribution',
      caption: `Degree distribution: how many nodes have ${bins.length > 3 ? `${bins[0]!.label}, ${bins[1]!.label}, ${bins[2]!.label} …` : bins.map((b) => b.label).join(', ')} links`,
      svg: renderHistogram({
        id: 'degree-distribution',
        title: 'Links per node',
        description: `Histogram of the degree (number of links) of the ${plural(nodes, 'node')} of the network.`,
        xLabel: 'links (degree)',
        yLabel: 'nodes',
        bins: bins.map((b) => ({ label: b.label, count: b.count, title: `${plural(b.count, 'node')} with ${b.label} link${b.label === '1' ? '' : 's'}` })),
      }),
      data: table([right('Links'), right('Nodes')], bins.map((b) => [b.label, String(b.count)]), provenance(data.charts.degreeSource, reproduceInput.rank(data.source, 'degree', 0))),
    });
  }
  return blocks;
}

/** How a community table names its members: "node" for a user's network, "place" for the world's. */
export interface CommunityWording {
  one: string;
  many: string;
  /** What the hub column ranks by, in the table note. */
  hubNote: string;
  hubColumn: string;
  /** Rows per community in the composition chart's data table; the rest are summed into "other" (absent: every value). */
  compositionRows?: number;
}

const NODE_COMMUNITY_WORDING: CommunityWording = {
  one: 'node',
  many: 'nodes',
  hubNote: 'Hubs are the members with the highest strength (sum of link weights).',
  hubColumn: 'Hubs (strength)',
};

function compositionFigure(c: NetworkCommunitySection, w: CommunityWording): Block {
  const shown = c.communities.slice(0, CHART_BARS);
  const attribute = c.compositionAttribute;
  if (attribute === null) {
    return {
      kind: 'figure',
      id: 'community-sizes',
      caption: 'Size of each community',
      svg: renderBarChart({
        id: 'community-sizes',
        title: `${capital(w.many)} per community`,
        description: `Number of ${w.many} in each of the ${shown.length} largest communities.`,
        xLabel: w.many,
        bars: shown.map((x) => ({ label: `Community ${x.id}`, value: x.size })),
      }),
      data: table([right('Community'), right(capital(w.many))], shown.map((x) => [String(x.id), String(x.size)]), provenance(c.source, c.reproduce)),
    };
  }
  const noun = attribute === 'country' ? 'Country' : 'Kind';
  return {
    kind: 'figure',
    id: 'community-composition',
    caption: `Composition of the communities: ${w.many} by ${attribute}`,
    svg: renderStackedBarChart({
      id: 'community-composition',
      title: `${capital(w.many)} by ${attribute} in each community`,
      description: `For each of the ${shown.length} largest communities, its ${w.many} by ${attribute}; the ${SEGMENTS} most frequent values, the rest as "other".`,
      xLabel: w.many,
      bars: shown.map((x, i) => {
        const parts = c.composition[i] ?? [];
        const segments: StackedSegment[] = parts.slice(0, SEGMENTS).map((p) => ({ label: attribute === 'country' && p.value !== '' ? p.value : p.label, value: p.count, title: `Community ${x.id}: ${p.label}, ${plural(p.count, w.one)}` }));
        const other = parts.slice(SEGMENTS).reduce((s, p) => s + p.count, 0);
        if (other > 0) segments.push({ label: 'other', value: other, title: `Community ${x.id}: ${parts.length - SEGMENTS} other values, ${plural(other, w.one)}` });
        return { label: `Community ${x.id}`, segments };
      }),
    }),
    data: table(
      [right('Community'), noun, right(capital(w.many))],
      shown.flatMap((x, i) => {
        const parts = c.composition[i] ?? [];
        const listed = w.compositionRows === undefined ? parts : parts.slice(0, w.compositionRows);
        const rows = listed.map((p) => [String(x.id), attribute === 'country' && p.value !== '' && p.label !== p.value ? `${p.label} (${p.value})` : p.label, String(p.count)]);
        const rest = parts.slice(listed.length);
        if (rest.length > 0) rows.push([String(x.id), attribute === 'country' ? plural(rest.length, 'other country', 'other countries') : plural(rest.length, 'other value'), String(rest.reduce((s, p) => s + p.count, 0))]);
        return rows;
      }),
      provenance(c.source, c.reproduce),
    ),
  };
}

/** Countries shown per community; the rest are counted ("+9 more"), the composition chart has them all. */
const COUNTRIES_LISTED = 8;

function countryList(countries: readonly { name: string; count: number }[]): string {
  const shown = countries.slice(0, COUNTRIES_LISTED).map((k) => `${k.name} ${k.count}`);
  const more = countries.length - COUNTRIES_LISTED;
  return more > 0 ? `${shown.join(', ')}, +${more} more` : shown.join(', ');
}

/** A community section's text, table and composition chart (everything under its heading). */
export function layoutCommunityBody(c: NetworkCommunitySection, withCountries: boolean, w: CommunityWording = NODE_COMMUNITY_WORDING): Block[] {
  const rows = c.communities.slice(0, COMMUNITY_ROWS).map((x) => [
    String(x.id),
    String(x.size),
    formatPercent(x.linkShare),
    x.hubs.map((h) => `${h.name} (${formatCompact(h.value, 3)})`).join(', '),
    ...(withCountries ? [countryList(x.countries)] : []),
  ]);
  const rest = c.communities.slice(COMMUNITY_ROWS);
  const notes: Inline[][] = [[`"Weight inside": share of the network's link weight with both ends in the community. ${w.hubNote}`]];
  if (rest.length > 0) notes.push([`${plural(rest.length, 'smaller community', 'smaller communities')} with ${plural(rest.reduce((s, x) => s + x.size, 0), w.one, w.many)} in all ${rest.length === 1 ? 'is' : 'are'} not listed.`]);
  notes.push(...provenance(c.source, c.reproduce), ['Stability over the seeds: ', code(c.reproduceStability)]);
  return [
    paragraph(
      `${COMMUNITY_ALGORITHM_NAMES[c.algorithm]} modularity splits the network into communities: groups of ${w.many} with more links among themselves than the degrees alone would give. `,
      spreadText(c, c.communities.length, 'community', 'communities').trimEnd(),
    ),
    table(
      [right('Community'), right(capital(w.many)), right('Weight inside'), w.hubColumn, ...(withCountries ? [`Countries (${w.many})`] : [])],
      rows,
      notes,
    ),
    ...(c.communities.length > 0 ? [compositionFigure(c, w)] : []),
  ];
}

function layoutCommunities(data: NetworkReportData): Block[] {
  return [heading(2, title('communities'), 'communities'), ...layoutCommunityBody(data.communities, data.attributes.country)];
}

function layoutEnded(data: NetworkReportData): Block[] {
  const ended = data.ended;
  if (!ended) return [];
  const blocks: Block[] = [heading(2, title('ended'), 'ended')];
  if (ended.count === 0) {
    blocks.push(paragraph('The links carry a status attribute, but none is "ended".'));
    return blocks;
  }
  blocks.push(
    paragraph(
      `${plural(ended.count, 'link is', 'links are')} marked "ended" in the file. `,
      `${ended.count === 1 ? 'It is' : 'They are'} part of the network analysed above, as the file lists ${ended.count === 1 ? 'it' : 'them'}.`,
    ),
    table(
      ['Node', 'Linked to', right('Since'), right('Until')],
      ended.links.map((l) => [l.sourceName, l.targetName, l.since === undefined ? '' : String(l.since), l.until === undefined ? '' : String(l.until)]),
      provenance(ended.source),
    ),
  );
  return blocks;
}

function layoutMethod(data: NetworkReportData): Block[] {
  const o = data.options;
  const s = data.source;
  const items: Inline[][] = [['Input: ', code(s.file), `, read as ${s.format}`, ...(s.nodesFile !== undefined ? [', with the node table ', code(s.nodesFile)] : []), '.']];
  items.push(
    ['Communities: ', COMMUNITY_ALGORITHM_NAMES[o.algorithm], ' modularity, resolution ', String(o.resolution), ', seeds ', String(o.seed), '–', String(o.seed + o.stabilitySeeds - 1), ' (', String(o.stabilitySeeds), ' runs); the best run is described.'],
    ['Hubs: top ', String(o.top), ' per measure; a rank difference above ', String(o.rankGap), ' counts as disagreement.'],
    ['Left out: data quality, name resolutions, country clusters and geography need the built-in Norway data (', code('vennskap report'), ' without --input).'],
    ['Regenerate: ', code(reproduceInput.report(s, o))],
  );
  return [
    heading(2, title('method'), 'method'),
    paragraph('Every number above is computed from the input file alone, by pure functions with fixed seeds: the same file and options give the same report, byte for byte.'),
    list(items),
    s.notes.length > 0
      ? paragraph(`While reading ${s.file}, the reader noted:`)
      : paragraph(`The reader reported nothing to note about ${s.file}.`),
    ...(s.notes.length > 0 ? [list(s.notes.map((n) => [n]))] : []),
    ...layoutGeneratedFrom(data.generatedFrom),
  ];
}

export function layoutNetworkReport(data: NetworkReportData): Block[] {
  const value = (key: string) => data.overview.find((f) => f.key === key)?.value ?? 0;
  const present = NETWORK_REPORT_SECTIONS.filter((s) => s.id !== 'ended' || data.ended !== null);
  return [
    heading(1, data.title, 'top'),
    paragraph(
      `This report describes the network read from ${fileAndFormat(data)}: ${plural(value('nodes'), 'node')} and ${plural(value('edges'), 'link')}. `,
      `It lists the hubs by several measures and where those measures disagree, and the communities that ${COMMUNITY_ALGORITHM_NAMES[data.options.algorithm]} modularity finds, with how stable they are over seeds. `,
      'Each table names its source and the command that reproduces it.',
    ),
    list(present.map((s) => [{ link: `#${s.id}`, text: s.title }])),
    ...layoutOverview(data),
    ...layoutHubs(data),
    ...layoutCommunities(data),
    ...layoutEnded(data),
    ...layoutMethod(data),
  ];
}
