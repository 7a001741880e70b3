/**
 * Node-only: the network a command works on — one of the four networks built
 * from the built-in Norway data, or the user's own file (--input).
 */
import type Graph from 'graphology';
import { statSync } from 'node:fs';
import type { NetworkFormat } from '../formats/read-network-file.ts';
import type { Dataset } from '../dataset/build-dataset.ts';
import { SOURCE_FILES } from '../ingest/source-registry.ts';
import { DATASET_NAMES, type DatasetName } from '../dataset/scope-dataset.ts';
import type { RelationKind } from '../dataset/types.ts';
import { buildNetworks, type NetworkSet } from '../graph/build-networks.ts';
import { NETWORK_NAMES, type NetworkName } from '../graph/network-bundle.ts';
import { loadDataset } from './load-dataset.ts';
import { choiceOption, UsageError, type OptionSpec, type ParsedCommandLine } from './parse-command-line.ts';
import { progress } from './output.ts';
import { readTextFile } from './repository-files.ts';

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

export interface LoadedNetwork {
  graph: Graph;
  /** Which network, in words, for headings and provenance. */
  description: string;
  name: NetworkName | 'input';
  dataset?: Dataset;
  networks?: NetworkSet;
  notes: string[];
}

/** Edge lists above this size are streamed into typed arrays instead of read as one string. */
const STREAM_ABOVE_BYTES = 8 * 1024 * 1024;

export async function loadNetwork(args: ParsedCommandLine): Promise<LoadedNetwork> {
  const v = args.values;
  if (v['as-written'] && v.resolved) throw new UsageError('choose either --as-written or --resolved, not both');
  if (typeof v.input === 'string') {
    for (const flag of ['network', 'as-written', 'resolved', 'include-ended', 'sources', 'include-memberships', 'dataset'] as const) {
      if (v[flag] !== undefined) throw new UsageError(`--${flag} applies to the built-in Norway data, not to --input`);
    }
    // The readers (XML parsers among them) load only when a file is given: the built-in data never needs them.
    const { detectNetworkFormat, readNetworkFile, NETWORK_FORMATS } = await import('../formats/read-network-file.ts');
    const format = v.format === undefined ? undefined : choiceOption<NetworkFormat>('format', v.format, NETWORK_FORMATS, 'csv');
    const stat = statSync(v.input, { throwIfNoEntry: false });
    if (stat?.isDirectory()) throw new UsageError(`--input ${v.input}: is a directory, expected a file`);
    const kind = format ?? (stat ? detectNetworkFormat(v.input) : undefined);
    if (stat && stat.size > STREAM_ABOVE_BYTES && (kind === 'csv' || kind === 'tsv') && v.nodes === undefined) {
      progress(`streaming ${v.input}`);
      const { edgeListToGraph, readEdgeListStream } = await import('./read-edge-list-stream.ts');
      const read = edgeListToGraph(await readEdgeListStream(v.input, { delimiter: kind === 'tsv' ? '\t' : undefined }));
      return { graph: read.graph, description: `${v.input} (${kind}, streamed)`, name: 'input', notes: read.notes };
    }
    const text = readTextFile(v.input);
    const nodesText = typeof v.nodes === 'string' ? readTextFile(v.nodes) : undefined;
    const read = readNetworkFile(text, {
      file: v.input,
      format,
      nodesText,
      ...(typeof v.nodes === 'string' ? { nodesFile: v.nodes } : {}),
    });
    return { graph: read.graph, description: `${v.input} (${read.format})`, name: 'input', notes: read.notes };
  }
  if (v.nodes !== undefined || v.format !== undefined) throw new UsageError('--nodes and --format need --input');
  const name = choiceOption<NetworkName>('network', v.network, NETWORK_NAMES, 'twin');
  const view = v['as-written'] ? 'as-written' : 'resolved';
  const includeEnded = v['include-ended'] === true;
  const sources = typeof v.sources === 'string' ? v.sources.split(',').map((s) => s.trim()).filter(Boolean) : [...SOURCE_FILES];
  for (const source of sources) {
    if (!SOURCE_FILES.includes(source)) throw new UsageError(`--sources: unknown document "${source}"; expected some of ${SOURCE_FILES.join(', ')}`);
  }
  const relations: RelationKind[] = v['include-memberships'] ? ['twin', 'friendship', 'membership'] : ['twin', 'friendship'];
  const datasetName = choiceOption<DatasetName>('dataset', v.dataset, DATASET_NAMES, 'norway');
  const dataset = loadDataset(undefined, datasetName);
  const networks = buildNetworks(dataset, { twin: { view, includeEnded, sources, relations } });
  const choices = [view, includeEnded ? 'with ended partnerships' : 'active partnerships', ...(sources.length < SOURCE_FILES.length ? [`sources: ${sources.join(', ')}`] : []), ...(v['include-memberships'] ? ['with memberships'] : [])];
  const description = `the ${name} network of the built-in ${datasetName === 'world' ? 'world' : 'Norway'} data (${choices.join(', ')})`;
  return { graph: networks[name], description, name, dataset, networks, notes: [] };
}
