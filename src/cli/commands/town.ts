/** `vennskap town <name>`: everything about one place. */
import type Graph from 'graphology-types';
import type { Attributes } from 'graphology-types';
import { pathMetricsLeftOut, type NetworkAnalysis } from '../../analyse/analyse-network.ts';
import type { EdgeListNetwork } from '../../graph/edge-list-network.ts';
import { analyseEdgeListColumns, analyseNetworkInNode } from '../analyse-network-in-node.ts';
import type { NodeMetricName } from '../../analyse/metrics/node-metric-names.ts';
import { countryName } from '../../ingest/country-names.ts';
import { findPlaceByName } from '../../text/find-place-by-name.ts';
import { loadNetwork } from '../load-network.ts';
import { NETWORK_OPTIONS, NETWORK_OPTIONS_HELP } from '../network-options.ts';
import { bold, formatNumber, outputMode, OUTPUT_OPTIONS, OUTPUT_OPTIONS_HELP, printTable } from '../output.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { formatCommandHelp, integerOption, parseCommandLine, UsageError, type CommandSpec } from '../parse-command-line.ts';

export const townSpec: CommandSpec = {
  name: 'town',
  summary: COMMAND_SUMMARIES.town,
  usage: 'vennskap town <name> [--seed S] [network options] [--json]',
  help: `
Matching ignores accents and case ("tromso" finds Tromsø), knows the names the sources
use ("Drøbak" finds Frogn) and accepts an id ("NO:5501"). An unknown name gets the
closest suggestions.

The partner list shows every partnership, those that have ended too (status "ended",
with "until YEAR"). The metrics and the cluster are computed on the network, which leaves
ended partnerships out unless --include-ended is given; the output names that network.
Above 20,000 nodes betweenness, closeness and harmonic are left out (they need shortest
paths between all pairs of nodes), and the output says so.

Options:
  --seed S            Louvain's seed for the cluster (default 1)
${NETWORK_OPTIONS_HELP.trim()}
${OUTPUT_OPTIONS_HELP.trim()}

Example:
  $ npx vennskap town tromso
  Tromsø (NO:5501), municipality in Troms, Norway; municipality number 5501
  ...
  Murmansk        RU       ended   until 2022        norway-twin-towns.txt:381
  ...
  Metrics in the twin network of the built-in Norway data (resolved, active partnerships)
  ...`,
  options: { seed: { type: 'string' }, ...NETWORK_OPTIONS, ...OUTPUT_OPTIONS },
  allowPositionals: true,
};

interface PartnerRow {
  id: string;
  name: string;
  country: string;
  status: string;
  since?: number;
  until?: number;
  signed?: string;
  tags: string[];
  sources: string[];
}

/** What town reads of a network: its places, and each place's attributes and partnerships. */
interface TownPlaces {
  candidates: { id: string; name: string; aliases: string[] }[];
  attributes(id: string): Attributes;
  /** The place's partnerships in graphology's order for the node (the sort below keeps it among equal names). */
  partners(id: string): PartnerRow[];
  nameOf(id: string): string;
}

function partnerRow(other: string, o: Attributes, e: Attributes): PartnerRow {
  return {
    id: other,
    name: String(o.name ?? o.label ?? other),
    country: String(o.country ?? ''),
    status: String(e.status ?? ''),
    ...(typeof e.since === 'number' ? { since: e.since } : {}),
    ...(typeof e.until === 'number' ? { until: e.until } : {}),
    ...(typeof e.signed === 'string' ? { signed: e.signed } : {}),
    tags: Array.isArray(e.tags) ? (e.tags as string[]) : [],
    sources: Array.isArray(e.sources) ? (e.sources as string[]) : [],
  };
}

function graphPlaces(graph: Graph, aliases: Map<string, string[]>): TownPlaces {
  return {
    candidates: graph.mapNodes((id, a) => ({ id, name: String(a.name ?? a.label ?? id), aliases: aliases.get(id) ?? [] })),
    attributes: (id) => graph.getNodeAttributes(id),
    partners: (id) => graph.mapEdges(id, (_edge, e, source, target) => {
      const other = source === id ? target : source;
      return partnerRow(other, graph.getNodeAttributes(other), e);
    }),
    nameOf: (id) => String(graph.getNodeAttribute(id, 'name') ?? id),
  };
}

/** A key JavaScript orders first among an object's keys, by value: an array index ("0" … "4294967294"). */
const isArrayIndex = (key: string) => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;

/**
 * The same, read from an edge list's arrays (graphOfEdgeList's graph, not built). A node's
 * partnerships come in graphology's order: its edges in file order, the neighbours whose id
 * is an array index first, by value (graphology keeps neighbours as object keys).
 */
function edgeListPlaces(edgeList: EdgeListNetwork): TownPlaces & { indexOf(id: string): number } {
  const { keys, nodeAttributes, sources, targets, edgeAttributes, weights, counts } = edgeList;
  const attributesAt = (i: number): Attributes => nodeAttributes?.[i] ?? { label: keys[i]! };
  let index: Map<string, number> | undefined;
  const indexOf = (id: string) => (index ??= new Map(keys.map((key, i) => [key, i]))).get(id)!;
  return {
    candidates: keys.map((id, i) => {
      const a = nodeAttributes?.[i];
      return { id, name: String(a?.name ?? a?.label ?? id), aliases: [] };
    }),
    attributes: (id) => attributesAt(indexOf(id)),
    partners: (id) => {
      const i = indexOf(id);
      const incident: { other: number; edge: number }[] = [];
      for (let e = 0; e < sources.length; e++) {
        if (sources[e] === i) incident.push({ other: targets[e]!, edge: e });
        else if (targets[e] === i) incident.push({ other: sources[e]!, edge: e });
      }
      const indexed = incident.filter((x) => isArrayIndex(keys[x.other]!)).sort((x, y) => Number(keys[x.other]) - Number(keys[y.other]));
      return [...indexed, ...incident.filter((x) => !isArrayIndex(keys[x.other]!))].map(({ other, edge }) => {
        const count = counts ? counts[edge]! : 1;
        const e: Attributes = { ...edgeAttributes?.[edge], weight: weights[edge]!, ...(count > 1 ? { count } : {}) };
        return partnerRow(keys[other]!, attributesAt(other), e);
      });
    },
    nameOf: (id) => String(nodeAttributes?.[indexOf(id)]?.name ?? id),
    indexOf,
  };
}

export async function runTown(argv: string[]): Promise<void> {
  const args = parseCommandLine(townSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(townSpec));
  const query = args.positionals.join(' ').trim();
  if (!query) throw new UsageError('town: expected a place name, e.g. vennskap town Tromsø');
  const mode = outputMode(args);
  // Metrics on the network as chosen (ended partnerships out by default);
  // the partner list from the same network with ended partnerships in.
  const metricsNetwork = await loadNetwork(args);
  const network =
    metricsNetwork.name === 'input' || args.values['include-ended'] === true ? metricsNetwork : await loadNetwork({ ...args, values: { ...args.values, 'include-ended': true } });
  // A CSV/TSV --input is read from its arrays and analysed on its CSR snapshot: no graphology graph.
  const edgeList = network.edgeList;
  const listPlaces = edgeList ? edgeListPlaces(edgeList) : undefined;
  const places = listPlaces ?? graphPlaces(network.graph, new Map((network.dataset?.places ?? []).map((p) => [p.id, p.aliases])));
  const found = findPlaceByName(query, places.candidates);
  if (found.matches.length === 0) {
    const hint = found.suggestions.length ? `; did you mean ${found.suggestions.map((p) => `${p.name} (${p.id})`).join(', ')}?` : '';
    throw new UsageError(`town: no place called "${query}" in ${network.description}${hint}`);
  }
  const exactName = found.matches.filter((m) => m.name.toLowerCase() === query.toLowerCase());
  const chosen = found.matches.length === 1 ? found.matches[0]! : exactName.length === 1 ? exactName[0]! : undefined;
  if (!chosen) {
    throw new UsageError(`town: "${query}" matches ${found.matches.length} places: ${found.matches.slice(0, 8).map((p) => `${p.name} (${p.id})`).join(', ')}; give the id`);
  }
  const id = chosen.id;
  const a = places.attributes(id);
  const seed = integerOption('seed', args.values.seed, 1);
  // The place's metrics, each with its rank (1 + how many places have a higher value), and its cluster.
  let analysis: Pick<NetworkAnalysis, 'metricNames' | 'summaries'> | undefined;
  let metricsOrder: number;
  let valueAndRank: (name: NodeMetricName) => { value: number; rank: number };
  let community: number | undefined;
  if (edgeList && listPlaces) {
    // Columns over node indices: no per-node records (a million nodes × ten metrics).
    const columns = await analyseEdgeListColumns(edgeList, { seed });
    const i = listPlaces.indexOf(id);
    analysis = columns;
    metricsOrder = edgeList.keys.length;
    valueAndRank = (name) => {
      const column = columns.columns[name];
      const value = column[i]!;
      let higher = 0;
      for (let j = 0; j < column.length; j++) if (column[j]! > value) higher++;
      return { value, rank: 1 + higher };
    };
    community = columns.membership[i];
  } else {
    const metricsGraph = metricsNetwork.graph;
    const full = metricsGraph.hasNode(id) ? await analyseNetworkInNode(metricsGraph, { seed }) : undefined;
    analysis = full;
    metricsOrder = metricsGraph.order;
    valueAndRank = (name) => {
      const values = full!.metrics[name]!;
      const value = values[id]!;
      return { value, rank: 1 + Object.values(values).filter((v) => v > value).length };
    };
    community = full?.communities[id];
  }
  const sourceText = new Map<string, string>();
  for (const m of network.dataset?.mentions ?? []) sourceText.set(`${m.file}:${m.line}`, m.text);

  const partners = places.partners(id);
  partners.sort((x, y) => (x.country < y.country ? -1 : x.country > y.country ? 1 : x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const metrics = (analysis?.metricNames ?? []).map((name) => ({ metric: name, ...valueAndRank(name), of: metricsOrder }));
  const summary = analysis?.summaries.find((s) => s.id === community);
  const ended = partners.filter((p) => p.status === 'ended').length;
  const place = {
    id,
    name: String(a.name ?? a.label ?? id),
    country: String(a.country ?? ''),
    kind: a.kind,
    county: a.county,
    municipalityNumber: a.municipalityNumber,
    aliases: chosen.aliases,
  };
  // Above pathMetricsUpTo nodes the three path metrics are left out: said, never silently.
  const leftOut = analysis && !analysis.metricNames.includes('betweenness') ? pathMetricsLeftOut(metricsOrder) : null;
  if (mode === 'json') {
    const sources = Object.fromEntries(partners.flatMap((p) => p.sources).map((s) => [s, sourceText.get(s) ?? null]));
    const cluster = summary ? { id: summary.id, size: summary.size, hubs: summary.hubs, countries: summary.countries } : null;
    const notes = leftOut ? { notes: [`${leftOut}.`] } : {};
    process.stdout.write(`${JSON.stringify({ network: network.description, metricsNetwork: metricsNetwork.description, place, partners, sourceText: sources, metrics, ...notes, cluster }, null, 2)}\n`);
    return;
  }
  if (mode === 'csv') {
    printTable('csv', PARTNER_COLUMNS, partners);
    return;
  }
  const where = [[place.kind, place.county ? `in ${place.county}` : ''].filter(Boolean).join(' '), place.country ? countryName(place.country) : ''].filter(Boolean).join(', ');
  let text = `${bold(`${place.name} (${id})`)}, ${where}${place.municipalityNumber ? `; municipality number ${place.municipalityNumber}` : ''}\n`;
  if (place.aliases.length) text += `also written: ${place.aliases.join(', ')}\n`;
  text += `in ${network.description}\n\n${bold(`Partners (${partners.length}${ended ? `, ${ended} ended` : ''})`)}\n`;
  process.stdout.write(text);
  printTable('human', PARTNER_COLUMNS, partners);
  const refs = [...new Set(partners.flatMap((p) => p.sources))];
  if (refs.length && sourceText.size) {
    process.stdout.write(`\n${bold('Source lines')}\n`);
    for (const ref of refs) process.stdout.write(`  ${ref}  ${(sourceText.get(ref) ?? '').replace(/\n/g, ' ⏎ ')}\n`);
  }
  if (!analysis) {
    process.stdout.write(`\n${bold('Metrics')}: none, ${place.name} is not in ${metricsNetwork.description} (all its partnerships have ended; add --include-ended)\n`);
    return;
  }
  process.stdout.write(`\n${bold('Metrics')} in ${metricsNetwork.description}\n`);
  printTable('human', [
    { header: 'metric', key: 'metric', value: (m: (typeof metrics)[number]) => m.metric },
    { header: 'value', key: 'value', align: 'right', value: (m) => m.value, show: (m) => formatNumber(m.value) },
    { header: 'rank', key: 'rank', align: 'right', value: (m) => `${m.rank} of ${m.of}` },
  ], metrics);
  if (leftOut) process.stdout.write(`(${leftOut}.)\n`);
  if (summary) {
    process.stdout.write(`\n${bold('Cluster')}\n  cluster ${summary.id} of ${analysis.summaries.length}: ${summary.size} places; hubs ${summary.hubs.map(places.nameOf).join(', ')}\n`);
  }
}

const PARTNER_COLUMNS = [
  { header: 'partner', key: 'partner', value: (p: PartnerRow) => p.name },
  { header: 'country', key: 'country', value: (p: PartnerRow) => p.country },
  { header: 'status', key: 'status', value: (p: PartnerRow) => p.status },
  {
    header: 'years',
    key: 'years',
    value: (p: PartnerRow) => [p.signed ? `signed ${p.signed}` : p.since !== undefined ? `since ${p.since}` : '', p.until !== undefined ? `until ${p.until}` : ''].filter(Boolean).join(', '),
  },
  { header: 'tags', key: 'tags', value: (p: PartnerRow) => p.tags.join('|'), show: (p: PartnerRow) => p.tags.join(', ') },
  { header: 'sources', key: 'sources', value: (p: PartnerRow) => p.sources.join('|'), show: (p: PartnerRow) => p.sources.join(', ') },
];
