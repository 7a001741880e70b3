/** `vennskap town <name>`: everything about one place. */
import { analyseNetworkInNode } from '../analyse-network-in-node.ts';
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
  const graph = network.graph;
  const aliases = new Map((network.dataset?.places ?? []).map((p) => [p.id, p.aliases]));
  const candidates = graph.mapNodes((id, a) => ({ id, name: String(a.name ?? a.label ?? id), aliases: aliases.get(id) ?? [] }));
  const found = findPlaceByName(query, candidates);
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
  const a = graph.getNodeAttributes(id);
  const seed = integerOption('seed', args.values.seed, 1);
  const metricsGraph = metricsNetwork.graph;
  const analysis = metricsGraph.hasNode(id) ? await analyseNetworkInNode(metricsGraph, { seed }) : undefined;
  const sourceText = new Map<string, string>();
  for (const m of network.dataset?.mentions ?? []) sourceText.set(`${m.file}:${m.line}`, m.text);

  const partners: PartnerRow[] = graph.mapEdges(id, (_edge, e, source, target) => {
    const other = source === id ? target : source;
    const o = graph.getNodeAttributes(other);
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
  });
  partners.sort((x, y) => (x.country < y.country ? -1 : x.country > y.country ? 1 : x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const metrics = (analysis?.metricNames ?? []).map((name) => {
    const values = analysis!.metrics[name]!;
    const value = values[id]!;
    const rank = 1 + Object.values(values).filter((v) => v > value).length;
    return { metric: name, value, rank, of: metricsGraph.order };
  });
  const community = analysis?.communities[id];
  const summary = analysis?.summaries.find((s) => s.id === community);
  const ended = partners.filter((p) => p.status === 'ended').length;
  const nameOf = (key: string) => String(graph.getNodeAttribute(key, 'name') ?? key);
  const place = {
    id,
    name: String(a.name ?? a.label ?? id),
    country: String(a.country ?? ''),
    kind: a.kind,
    county: a.county,
    municipalityNumber: a.municipalityNumber,
    aliases: aliases.get(id) ?? [],
  };
  if (mode === 'json') {
    const sources = Object.fromEntries(partners.flatMap((p) => p.sources).map((s) => [s, sourceText.get(s) ?? null]));
    const cluster = summary ? { id: summary.id, size: summary.size, hubs: summary.hubs, countries: summary.countries } : null;
    process.stdout.write(`${JSON.stringify({ network: network.description, metricsNetwork: metricsNetwork.description, place, partners, sourceText: sources, metrics, cluster }, null, 2)}\n`);
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
  if (summary) {
    process.stdout.write(`\n${bold('Cluster')}\n  cluster ${summary.id} of ${analysis.summaries.length}: ${summary.size} places; hubs ${summary.hubs.map(nameOf).join(', ')}\n`);
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
