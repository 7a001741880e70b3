/**
 * The options that choose a command's network (NETWORK_OPTIONS) and, for the
 * built-in data, which network, dataset and documents they ask for. Apart
 * from load-network.ts so a command can read its choices without loading the
 * graph builders and graphology: `vennskap rank` answers from a cached table
 * (load-place-table.ts) and never needs them.
 */
import { SOURCE_FILES } from '../ingest/source-registry.ts';
import { DATASET_NAMES, type DatasetName } from '../dataset/scope-dataset.ts';
import type { RelationKind } from '../dataset/types.ts';
import type { TwinNetworkOptions } from '../graph/build-twin-network.ts';
import { NETWORK_NAMES, type NetworkName } from '../graph/network-bundle.ts';
import { choiceOption, UsageError, type OptionSpec, type ParsedCommandLine } from './parse-command-line.ts';

/** Options every analysis command shares. */
export const NETWORK_OPTIONS: OptionSpec = {
  input: { type: 'string' },
  nodes: { type: 'string' },
  format: { type: 'string' },
  network: { type: 'string' },
  'as-written': { type: 'boolean' },
  resolved: { type: 'boolean' },
  'include-ended': { type: 'boolean' },
  sources: { type: 'string' },
  'include-memberships': { type: 'boolean' },
  dataset: { type: 'string' },
};

export const NETWORK_OPTIONS_HELP = `
Network:
  --network NAME      twin (default), municipality-country, country or municipality
  --resolved          2024 municipalities and counties (default)
  --as-written        names exactly as the sources spell them
  --include-ended     keep partnerships that have ended (left out by default)
  --dataset NAME      norway (default: every link with a Norwegian end, plus the links
                      between their partners from the world list, marked context) or
                      world (the whole world list with the Norwegian documents)
  --sources LIST      source documents to use, comma-separated (default: all:
                      ${SOURCE_FILES.join(',')})
  --include-memberships  keep Oslo Region European Office memberships (not partnerships)
  --input FILE        analyse your own network instead: a CSV or TSV edge list with a header
                      (source,target[,weight,...]), GEXF, GraphML or graphology JSON
  --nodes FILE        a node table for a CSV/TSV edge list (id[,label,country,kind,...])
  --format F          the input's format when its extension does not say (csv, tsv, gexf, graphml, json)`;

export interface BuiltInNetworkChoices {
  name: NetworkName;
  twin: TwinNetworkOptions;
  datasetName: DatasetName;
  /** Which network, in words, for headings and provenance. */
  description: string;
}

/** The built-in network the options ask for (checked: a mistake is a UsageError). */
export function builtInNetworkChoices(args: ParsedCommandLine): BuiltInNetworkChoices {
  const v = args.values;
  if (v['as-written'] && v.resolved) throw new UsageError('choose either --as-written or --resolved, not both');
  if (v.nodes !== undefined || v.format !== undefined) throw new UsageError('--nodes and --format need --input');
  const name = choiceOption<NetworkName>('network', v.network, NETWORK_NAMES, 'twin');
  const view = v['as-written'] ? 'as-written' : 'resolved';
  const includeEnded = v['include-ended'] === true;
  const sources = sourcesOption(v.sources);
  const relations: RelationKind[] = v['include-memberships'] ? ['twin', 'friendship', 'membership'] : ['twin', 'friendship'];
  const datasetName = choiceOption<DatasetName>('dataset', v.dataset, DATASET_NAMES, 'norway');
  const choices = [view, includeEnded ? 'with ended partnerships' : 'active partnerships', ...(sources.length < SOURCE_FILES.length ? [`sources: ${sources.join(', ')}`] : []), ...(v['include-memberships'] ? ['with memberships'] : [])];
  const description = `the ${name} network of the built-in ${datasetName === 'world' ? 'world' : 'Norway'} data (${choices.join(', ')})`;
  return { name, twin: { view, includeEnded, sources, relations }, datasetName, description };
}

/** The --sources LIST option: the named source documents, each checked against the registry (default: all). */
export function sourcesOption(value: unknown): string[] {
  const sources = typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : [...SOURCE_FILES];
  for (const source of sources) {
    if (!SOURCE_FILES.includes(source)) throw new UsageError(`--sources: unknown document "${source}"; expected some of ${SOURCE_FILES.join(', ')}`);
  }
  return sources;
}
