/**
 * Layout of the data-heavy sections: country clusters, geography, ended
 * partnerships and data quality. See layout-report.ts for the whole.
 */
import { COMMUNITY_ALGORITHM_NAMES } from '../analyse/communities/index.ts';
import { formatCompact, formatDecimal, formatPercent } from './format-figures.ts';
import { heading, list, paragraph, provenance, right, sectionTitle, table, type Block } from './report-blocks.ts';
import type { DatasetName } from '../dataset/scope-dataset.ts';
import type { ClusterSection, DistanceSummaryInput, GeographySection, NullTestInput, ReportData } from './report-data.ts';
import { reproduce } from './reproduce-commands.ts';
import { renderBarChart, renderHistogram, renderStackedBarChart } from './svg-charts.ts';

/** Bars in the partners-by-country chart; the rest are summed into one bar. */
const COUNTRY_BARS = 20;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The stability figures shared by the Norway clusters and a user network's communities. */
export type SpreadTextInput = Pick<ClusterSection, 'algorithm' | 'modularitySpread' | 'countSpread' | 'seeds' | 'resolution' | 'consensusSeed' | 'modularity' | 'meanAgreement' | 'meanCoAssignment'>;

/** How stable the Louvain or Leiden partition is over the seeds, in words; `count` groups of `one`/`many`. */
export function spreadText(s: SpreadTextInput, count: number, one = 'cluster', many = `${one}s`): string {
  const m = s.modularitySpread;
  const c = s.countSpread;
  const runs = s.seeds.length;
  const seeds = runs === 1 ? `seed ${s.seeds[0]}` : `seeds ${s.seeds[0]}–${s.seeds[runs - 1]}`;
  const parts = [
    `${COMMUNITY_ALGORITHM_NAMES[s.algorithm]} (resolution ${formatCompact(s.resolution)}) was run with ${seeds}. `,
    `The best run (seed ${s.consensusSeed}) has modularity ${formatDecimal(s.modularity, 3)} with ${plural(count, one, many)}. `,
  ];
  if (runs > 1) {
    parts.push(
      `Over the ${runs} runs modularity ranged from ${formatDecimal(m.min, 3)} to ${formatDecimal(m.max, 3)} and the number of ${many} from ${c.min} to ${c.max} (median ${formatCompact(c.median)}); `,
      `the runs agree with the best one at NMI ${formatDecimal(s.meanAgreement.nmi, 3)} and ARI ${formatDecimal(s.meanAgreement.ari, 3)} on average`,
      s.meanCoAssignment === null ? '. ' : `, and two nodes the best run puts together are together in ${formatPercent(s.meanCoAssignment)} of the runs. `,
    );
  }
  return parts.join('');
}

function layoutClusterSection(s: ClusterSection, index: number): Block[] {
  const withMembers = s.clusters.some((c) => c.members !== null);
  const columns = [
    right('Cluster'),
    'Countries (links)',
    withMembers ? 'Hub municipalities (links to these countries, share of own links; † placed in another cluster)' : 'Hub municipalities (links to these countries, share of own links)',
    right('Links'),
    right('Share of links'),
    ...(withMembers ? [right('Municipalities')] : []),
    right('Weight inside'),
  ];
  const rows = s.clusters.map((c) => [
    String(c.id),
    c.countries.map((x) => `${x.name} ${x.links}`).join(', '),
    c.hubs.map((h) => `${h.name}${h.member === false ? ' †' : ''} ${h.links} (${formatPercent(h.share, 0)})`).join(', '),
    String(c.links),
    formatPercent(c.linkShare),
    ...(withMembers ? [String(c.members ?? 0)] : []),
    formatPercent(c.internalShare),
  ]);
  const id = `clusters-${s.network}`;
  return [
    heading(3, s.title, id),
    paragraph(s.description, ' ', spreadText(s, s.clusters.length)),
    table(columns, rows, [
      ['"Links": partnerships from Norwegian municipalities to the cluster\'s countries; "Weight inside": share of this network\'s edge weight with both ends in the cluster.'],
      ...provenance(s.source, s.reproduce),
    ]),
    {
      kind: 'figure',
      id: `${id}-composition`,
      caption: `Composition of the clusters of the ${s.networkLabel} network: partnerships per country`,
      svg: renderStackedBarChart({
        id: `${id}-composition-${index}`,
        title: `Countries in each cluster (${s.networkLabel} network)`,
        description: `For each cluster, the partnerships from Norwegian municipalities to each of its countries.`,
        xLabel: 'partnerships',
        bars: s.clusters.map((c) => ({
          label: `Cluster ${c.id}`,
          segments: c.countries.map((x) => ({ label: x.code, value: x.links, title: `Cluster ${c.id}: ${x.name}, ${x.links} partnership${x.links === 1 ? '' : 's'}` })),
        })),
      }),
      data: table(
        [right('Cluster'), 'Country', right('Links'), right('Municipalities')],
        s.clusters.flatMap((c) => c.countries.map((x) => [String(c.id), `${x.name} (${x.code})`, String(x.links), String(x.municipalities)])),
        provenance(s.source, s.reproduce),
      ),
    },
  ];
}

export function layoutClusters(data: ReportData): Block[] {
  const countries = data.charts.partnersByCountry;
  const shown = countries.slice(0, COUNTRY_BARS);
  const rest = countries.slice(COUNTRY_BARS);
  const bars = shown.map((c) => ({ label: c.name, value: c.links, title: `${c.name}: ${c.links} partnerships with ${c.places} Norwegian places` }));
  if (rest.length > 0) {
    const links = rest.reduce((s, c) => s + c.links, 0);
    bars.push({ label: `${rest.length} other countries`, value: links, title: `${rest.length} other countries: ${links} partnerships` });
  }
  const blocks: Block[] = [
    heading(2, sectionTitle('clusters'), 'clusters'),
    paragraph(
      'Which countries do the same Norwegian municipalities choose together? Two networks answer it: the municipality–country network (municipalities and countries) and its projection, the country network. ',
      `Each is split into clusters by ${COMMUNITY_ALGORITHM_NAMES[data.options.algorithm]} modularity; a cluster is described by its countries, the municipalities with most partnerships there, and its share of all partnerships.`,
    ),
    {
      kind: 'figure',
      id: 'partners-by-country',
      caption: 'Partnerships by partner country',
      svg: renderBarChart({
        id: 'partners-by-country',
        title: 'Partnerships by partner country',
        description: `Number of partnerships between Norwegian places and places in each country; the ${COUNTRY_BARS} largest countries, the rest summed.`,
        xLabel: 'partnerships',
        bars,
      }),
      data: table(
        ['Country', 'Code', right('Partnerships'), right('Norwegian places')],
        countries.map((c) => [c.name, c.code, String(c.links), String(c.places)]),
        provenance(data.charts.partnersByCountrySource, reproduce.networkStats('municipality-country', data.options.twin)),
      ),
    },
  ];
  data.clusters.forEach((s, i) => blocks.push(...layoutClusterSection(s, i)));
  const a = data.clusterAgreement;
  if (a) {
    blocks.push(
      paragraph(
        `Do the two networks find the same clusters? On the ${a.countries} countries they share, the partitions agree at NMI ${formatDecimal(a.nmi, 3)} and ARI ${formatDecimal(a.ari, 3)} `,
        '(1 = identical, 0 = no more alike than chance). Countries that stay together in both are the most robust groupings.',
      ),
    );
  }
  return blocks;
}

const km = (v: number | undefined) => (v === undefined ? '–' : formatDecimal(v, 0));

function summaryRow(label: string, s: DistanceSummaryInput): string[] {
  return [label, String(s.count), km(s.min), km(s.q1), km(s.median), km(s.q3), km(s.mean), km(s.max)];
}

function testRow(label: string, t: NullTestInput): string[] {
  return [label, km(t.observed), km(t.null.mean), `${km(t.null.q025)}–${km(t.null.q975)}`, t.z === null ? '–' : formatDecimal(t.z, 1), t.p < 0.001 ? t.p.toExponential(1) : formatDecimal(t.p, 3)];
}

export function layoutGeography(g: GeographySection, dataset: DatasetName = 'norway'): Block[] {
  const world = dataset === 'world';
  const source = world
    ? 'great-circle distances between the two places of every partnership of the world dataset (coordinates from the offline gazetteer, data/world-places.csv)'
    : 'great-circle distances between each Norwegian place and its partner abroad (coordinates from the offline gazetteer)';
  const summaryColumns = ['Group', right('Links'), right('Min km'), right('Q1 km'), right('Median km'), right('Q3 km'), right('Mean km'), right('Max km')];
  const blocks: Block[] = [heading(2, sectionTitle('geography'), 'geography')];
  if (g.overall) {
    blocks.push(
      table(
        summaryColumns,
        [summaryRow('All partnerships', g.overall), ...g.byRegion.map((r) => summaryRow(r.region, r.summary))],
        [
          ...(g.skipped > 0 ? [[`${plural(g.skipped, 'link')} could not be measured (${world ? 'a place without coordinates' : 'no coordinates, or not between Norway and abroad'}).`]] : []),
          ...provenance(source, g.reproduce),
        ],
        'Distance between partners',
      ),
    );
  } else {
    blocks.push(paragraph('No partnership could be measured: no place pair had coordinates on both ends.'));
  }
  if (g.bins.length > 0) {
    blocks.push({
      kind: 'figure',
      id: 'distance-histogram',
      caption: `Distance between partners, in bins of ${formatCompact(g.binWidthKm)} km`,
      svg: renderHistogram({
        id: 'distance-histogram',
        title: 'Distance between partners',
        description: `Histogram of partnership distances in ${formatCompact(g.binWidthKm)} km bins.`,
        xLabel: 'km (bin start)',
        yLabel: 'partnerships',
        bins: g.bins.map((b) => ({ label: formatCompact(b.fromKm), count: b.count, title: `${formatCompact(b.fromKm)}–${formatCompact(b.toKm)} km: ${b.count}` })),
      }),
      data: table([right('From km'), right('To km'), right('Partnerships')], g.bins.map((b) => [formatCompact(b.fromKm), formatCompact(b.toKm), String(b.count)]), provenance(source, g.reproduce)),
    });
  }
  const n = g.nullModel;
  if (n) {
    blocks.push(
      heading(3, 'Are partners closer than chance?', 'geography-null-model'),
      paragraph(n.explanation),
      table(
        ['Statistic', right('Observed km'), right('Random mean km'), right('95% of random draws'), right('z'), right('p (two-sided)')],
        [testRow('Mean distance', n.meanKm), testRow('Median distance', n.medianKm)],
        [
          world
            ? [`Verdict: ${n.verdict}. ${n.draws} random rewirings of the ${n.pairs} partnerships that keep every place's number of partners, drawn from one seeded chain of double-edge swaps (seed ${n.seed}).`]
            : [`Verdict: ${n.verdict}. ${n.draws} random re-pairings of ${n.pairs} partnerships that keep every place's number of partners (seed ${n.seed}).`],
          ...provenance(world ? 'degree-preserving null model of the whole world network (src/geo/distance-null-model-world.ts)' : 'degree-preserving null model of the Norway–abroad partnerships', g.reproduce),
        ],
      ),
    );
  }
  return blocks;
}

export function layoutEnded(data: ReportData): Block[] {
  const { ended } = data;
  const blocks: Block[] = [heading(2, sectionTitle('ended'), 'ended')];
  if (ended.count === 0) {
    blocks.push(paragraph('The sources name no ended partnership.'));
    return blocks;
  }
  blocks.push(
    paragraph(
      `The sources say ${plural(ended.count, 'partnership has', 'partnerships have')} ended. `,
      data.options.twin.includeEnded ? 'They are included in the networks above.' : 'They are left out of the networks above (see the network choice under "How this report was made").',
    ),
    table(
      ['Norwegian place', 'Partner', 'Country', 'Relation', right('Since'), right('Until'), 'Source (file:line)'],
      ended.links.map((l) => [
        l.norwegianName,
        l.partnerName,
        l.partnerCountryName,
        l.relations.join(', '),
        l.since === undefined ? '' : String(l.since),
        l.until === undefined ? '' : String(l.until),
        l.sources.join(', '),
      ]),
      provenance(ended.source, ended.reproduce),
    ),
  );
  return blocks;
}

export function layoutQuality(data: ReportData): Block[] {
  const q = data.quality;
  return [
    heading(2, sectionTitle('quality'), 'quality'),
    paragraph(
      `Reading the sources raised ${plural(q.diagnostics, 'diagnostic')}: statements that did not become a clean link, and decisions the pipeline took. `,
      `Every Norwegian name was resolved to a 2024 municipality or county by the first rule that applies (curated aliases, 2024 names, 2016 names, counties); all ${q.resolutions.length} decisions are listed below with their reason.`,
      ...(data.world
        ? [' Names abroad are matched by name and country; every merge of two spellings or of a district into its town, and every namesake kept apart, is a diagnostic.']
        : []),
    ),
    table(
      ['Kind', right('Count'), 'Examples (file:line: message)'],
      q.byKind.map((k) => [k.kind, String(k.count), k.examples.map((e) => `${e.ref}: ${e.message}`).join(' · ')]),
      provenance(q.source, q.reproduce),
      'Diagnostics by kind',
    ),
    table(
      ['Method', right('Names'), right('High'), right('Medium'), right('Low')],
      q.resolutionsByMethod.map((m) => [m.method, String(m.count), String(m.high), String(m.medium), String(m.low)]),
      [],
      'Resolutions by method and confidence',
    ),
    heading(3, 'Every resolution decision', 'quality-resolutions'),
    table(
      ['Name as written', 'Method', 'Resolved name', 'Id', 'Confidence', 'Reason'],
      q.resolutions.map((r) => [
        r.asWritten,
        r.method,
        r.name,
        r.id,
        r.confidence,
        r.candidates.length > 0 ? `${r.reason} (candidates: ${r.candidates.join(', ')})` : r.reason,
      ]),
      provenance(q.source, q.reproduce),
    ),
    list([['To change a decision, edit data/resolution/aliases.csv (each row has a reason and a confidence) and rebuild the dataset.']]),
  ];
}
