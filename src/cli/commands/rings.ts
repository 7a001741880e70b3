/** `vennskap rings`: groups of places all twinned with one another (friendship rings), and those one link short. */
import { findFriendshipRings, type FriendshipRing, type FriendshipRingsResult } from '../../analyse/find-friendship-rings.ts';
import { countryName } from '../../ingest/country-names.ts';
import { loadNetwork } from '../load-network.ts';
import { NETWORK_OPTIONS, NETWORK_OPTIONS_HELP } from '../network-options.ts';
import { bold, outputMode, OUTPUT_OPTIONS, OUTPUT_OPTIONS_HELP, printTable } from '../output.ts';
import { COMMAND_SUMMARIES } from './command-summaries.ts';
import { formatCommandHelp, integerOption, parseCommandLine, UsageError, type CommandSpec } from '../parse-command-line.ts';

export const ringsSpec: CommandSpec = {
  name: 'rings',
  summary: COMMAND_SUMMARIES.rings,
  usage: 'vennskap rings [--country CC] [--min-size N] [--min-countries N] [network options] [--json|--csv]',
  help: `
A friendship ring is a group of places that are all twinned with one another, as
Nordic twinning works: a maximal clique of at least --min-size places in at least
--min-countries countries, with a place of --country among them. A near-ring lacks
exactly one link: with that one link added it would be a ring, and the command names
the pair. Every link is printed with the file:line of each statement of it.

Options:
  --country CC        rings must contain a place of this country (default NO; as the
                      nodes' country attribute writes it, codes in any case)
  --min-size N        fewest places in a ring (default 4)
  --min-countries N   fewest countries in a ring (default 3)
${NETWORK_OPTIONS_HELP.trim()}
${OUTPUT_OPTIONS_HELP.trim()}

With --input, the nodes need a country attribute (for a CSV edge list: --nodes with
a country column); an edge column "sources" (file:line, several joined by "|") is printed.

Examples:
  $ npx vennskap rings --country NO --min-size 6
  3 friendship rings and 10 near-rings (one link missing) around 153 places in NO: groups of
  at least 6 places in 3 countries, all linked to one another, in the twin network of ...

  Ring 1: 6 places in 6 countries, complete
    members: Holmestrand (NO), Husby (DE), Herning (DK), Kangasala (FI), Eiði (FO), Vänersborg (SE)
    countries: Norway, Germany, Denmark, Finland, Faroe Islands, Sweden
    Holmestrand – Husby: norway-twin-towns.txt:54, wikipedia-twin-towns.csv:18348
  ...

  $ npx vennskap rings --sources norway-twin-towns.txt,oslo-region-members.txt
  no rings: the twin network of the built-in Norway data (...) has no group of 4 places in 3
  countries all linked to one another around NO, nor one a single link short. Every link in it
  has an end in NO, so it cannot show partners twinned with each other (the seed documents
  list only Norwegian ends; the world list adds partner links).`,
  options: {
    country: { type: 'string' },
    'min-size': { type: 'string' },
    'min-countries': { type: 'string' },
    ...NETWORK_OPTIONS,
    ...OUTPUT_OPTIONS,
  },
};

interface LinkRow {
  group: string;
  kind: 'ring' | 'near-ring';
  size: number;
  countries: string;
  a: string;
  aName: string;
  aCountry: string;
  b: string;
  bName: string;
  bCountry: string;
  linked: boolean;
  sources: string[];
}

/** One row per pair of members: every link with its sources, and (for a near-ring) the missing pair. */
function linkRows(result: FriendshipRingsResult): LinkRow[] {
  const rows: LinkRow[] = [];
  const add = (ring: FriendshipRing, group: string) => {
    const member = new Map(ring.members.map((m) => [m.id, m]));
    const pairs = [...ring.links.map((l) => ({ a: l.a, b: l.b, linked: true, sources: l.sources })), ...(ring.missing ? [{ ...ring.missing, linked: false, sources: [] }] : [])];
    const order = new Map(ring.members.map((m, i) => [m.id, i]));
    pairs.sort((x, y) => order.get(x.a)! - order.get(y.a)! || order.get(x.b)! - order.get(y.b)!);
    for (const p of pairs) {
      const a = member.get(p.a)!;
      const b = member.get(p.b)!;
      rows.push({
        group,
        kind: ring.missing ? 'near-ring' : 'ring',
        size: ring.members.length,
        countries: ring.countries.join('|'),
        a: a.id,
        aName: a.name,
        aCountry: a.country,
        b: b.id,
        bName: b.name,
        bCountry: b.country,
        linked: p.linked,
        sources: p.sources,
      });
    }
  };
  result.rings.forEach((r, i) => add(r, `ring ${i + 1}`));
  result.nearRings.forEach((r, i) => add(r, `near-ring ${i + 1}`));
  return rows;
}

const CSV_COLUMNS = [
  { header: 'group', key: 'group', value: (r: LinkRow) => r.group },
  { header: 'kind', key: 'kind', value: (r: LinkRow) => r.kind },
  { header: 'size', key: 'size', value: (r: LinkRow) => r.size },
  { header: 'countries', key: 'countries', value: (r: LinkRow) => r.countries },
  { header: 'a', key: 'a_id', value: (r: LinkRow) => r.a },
  { header: 'a name', key: 'a_name', value: (r: LinkRow) => r.aName },
  { header: 'a country', key: 'a_country', value: (r: LinkRow) => r.aCountry },
  { header: 'b', key: 'b_id', value: (r: LinkRow) => r.b },
  { header: 'b name', key: 'b_name', value: (r: LinkRow) => r.bName },
  { header: 'b country', key: 'b_country', value: (r: LinkRow) => r.bCountry },
  { header: 'linked', key: 'linked', value: (r: LinkRow) => (r.linked ? 'yes' : 'missing') },
  { header: 'sources', key: 'sources', value: (r: LinkRow) => r.sources.join('|') },
];

const memberText = (ring: FriendshipRing) => ring.members.map((m) => `${m.name} (${m.country})`).join(', ');

function printGroup(ring: FriendshipRing, title: string): void {
  const names = new Map(ring.members.map((m) => [m.id, m.name]));
  const countries = ring.countries.map((c) => countryName(c) || c).join(', ');
  const state = ring.missing ? `missing one link: ${names.get(ring.missing.a)} – ${names.get(ring.missing.b)}` : 'complete';
  let text = `\n${bold(`${title}: ${ring.members.length} places in ${ring.countries.length} countries, ${state}`)}\n`;
  text += `  members: ${memberText(ring)}\n  countries: ${countries}\n`;
  for (const l of ring.links) text += `  ${names.get(l.a)} – ${names.get(l.b)}: ${l.sources.length ? l.sources.join(', ') : '(no source given)'}\n`;
  if (ring.missing) text += `  ${names.get(ring.missing.a)} – ${names.get(ring.missing.b)}: no link in this network\n`;
  process.stdout.write(text);
}

export async function runRings(argv: string[]): Promise<void> {
  const args = parseCommandLine(ringsSpec, argv);
  if (args.help) return void process.stdout.write(formatCommandHelp(ringsSpec));
  const mode = outputMode(args);
  // A code (no, gb-sct) is upper-cased; anything else is kept as written, for --input networks whose country attribute holds names.
  const raw = typeof args.values.country === 'string' ? args.values.country.trim() : 'NO';
  if (raw === '') throw new UsageError('--country: expected a country code such as NO, SE or GB-SCT');
  const country = /^[a-z]{2}(-[a-z0-9]{1,3})?$/i.test(raw) ? raw.toUpperCase() : raw;
  const minSize = integerOption('min-size', args.values['min-size'], 4);
  if (minSize < 2) throw new UsageError('--min-size: expected at least 2');
  const minCountries = integerOption('min-countries', args.values['min-countries'], 3);
  if (minCountries < 1) throw new UsageError('--min-countries: expected at least 1');
  const network = await loadNetwork(args);
  if (network.name !== 'twin' && network.name !== 'input') throw new UsageError(`rings: works on the twin network of places (or --input), not on the ${network.name} network`);
  const graph = network.graph;
  if (graph.order > 0 && !graph.someNode((_n, a) => typeof a.country === 'string' && a.country !== '')) {
    throw new UsageError(`rings: the nodes of ${network.description} have no country attribute; give --nodes FILE with an id and a country column`);
  }
  const result = findFriendshipRings(graph, { country, minSize, minCountries });

  if (mode === 'json') {
    process.stdout.write(`${JSON.stringify({ network: network.description, notes: network.notes, ...result }, null, 2)}\n`);
    return;
  }
  if (mode === 'csv') {
    printTable('csv', CSV_COLUMNS, linkRows(result));
    return;
  }
  const what = `${minSize} places in ${minCountries} countries`;
  for (const note of network.notes) process.stdout.write(`note: ${note}\n`);
  if (result.rings.length === 0 && result.nearRings.length === 0) {
    // Say why when the network cannot hold a ring: no place of the country, or only stars (every link has an end there).
    const stars = graph.size > 0 && graph.everyEdge((_e, _a, _s, _t, sa, ta) => sa.country === country || ta.country === country);
    const why =
      result.seeds === 0
        ? ` No place in the network is in ${country}.`
        : stars
          ? ` Every link in it has an end in ${country}, so it cannot show partners twinned with each other${network.name === 'twin' ? ' (the seed documents list only Norwegian ends; the world list adds partner links)' : ''}.`
          : '';
    process.stdout.write(`no rings: ${network.description} has no group of ${what} all linked to one another around ${country}, nor one a single link short.${why}\n`);
    return;
  }
  process.stdout.write(
    `${bold(`${result.rings.length} friendship ring${result.rings.length === 1 ? '' : 's'} and ${result.nearRings.length} near-ring${result.nearRings.length === 1 ? '' : 's'} (one link missing)`)}` +
      ` around ${result.seeds} place${result.seeds === 1 ? '' : 's'} in ${country}: groups of at least ${what}, all linked to one another, in ${network.description}\n`,
  );
  result.rings.forEach((r, i) => printGroup(r, `Ring ${i + 1}`));
  result.nearRings.forEach((r, i) => printGroup(r, `Near-ring ${i + 1}`));
}
