/**
 * Node-only: the built-in twin network as the arrays `vennskap rank` reads
 * (a PlaceTable, plus the documents stating each link), cached on its own.
 *
 * Why (measured with --cpu-prof on `rank --dataset world`, 2026-12-04): of
 * ~1.6 s, reading the 20 MB whole-dataset cache took ~0.5 s plus its garbage
 * collection, and building the graphology graph of 16,658 places and 24,655
 * links another ~0.35 s. Ranking by degree, strength or partner countries
 * needs neither: the places' names, countries, kinds and counties, and each
 * link's ends, status and documents. This entry holds just that, keyed by
 * the dataset's key (every input file's bytes and the CLI bundle) and the
 * network options, so it is never stale either.
 *
 * On a miss the table is taken from the graph buildTwinNetwork builds, so a
 * cached run prints exactly what an uncached one does.
 */
import type Graph from 'graphology';
import { placeTableOfGraph, type PlaceTable } from '../analyse/rank-places.ts';
import { buildTwinNetwork } from '../graph/build-twin-network.ts';
import { existsSync, readFileSync } from 'node:fs';
import { datasetCacheKey, readCacheEntry, writeCacheEntry } from './dataset-cache.ts';
import { datasetInputFiles, loadDataset } from './load-dataset.ts';
import type { BuiltInNetworkChoices } from './load-network.ts';

export interface TwinPlaceTable extends PlaceTable {
  /** Per edge, the raw documents that state the link (edge attribute `documents`). */
  documents: readonly (readonly string[])[];
}

/** The node attributes ranking reads; the rest (coordinates, municipality numbers) stay out of the entry. */
const RANKED_ATTRIBUTES = ['label', 'name', 'country', 'kind', 'county'] as const;

export function twinPlaceTableOfGraph(graph: Graph): TwinPlaceTable {
  const table = placeTableOfGraph(graph);
  const attributes = table.attributes.map((a) => {
    const kept: Record<string, unknown> = {};
    for (const name of RANKED_ATTRIBUTES) if (a[name] !== undefined) kept[name] = a[name];
    return kept;
  });
  const documents: (readonly string[])[] = [];
  graph.forEachEdge((_edge, a) => documents.push((a.documents as readonly string[] | undefined) ?? []));
  return { ...table, attributes, documents };
}

/** The twin network these choices ask for, as a table: from the cache when it holds it. */
export function loadTwinPlaceTable(choices: BuiltInNetworkChoices): TwinPlaceTable {
  const inputs = inputBytes(choices);
  const key = inputs ? datasetCacheKey(new Map([...inputs, ['place-table', JSON.stringify(choices.twin)]])) : null;
  const cached = key ? readCacheEntry<TwinPlaceTable>('network', key) : null;
  if (cached) return cached;
  const table = twinPlaceTableOfGraph(buildTwinNetwork(loadDataset(undefined, choices.datasetName), choices.twin));
  if (key) writeCacheEntry('network', key, table);
  return table;
}

/**
 * The bytes of every input file (an absent coordinates file as no bytes), or
 * null when one cannot be read: then the dataset is built and fails with
 * readTextFile's message. Bytes, not decoded text: decoding the world list
 * took ~45 ms of a cached run, and an entry can only exist for bytes that
 * built, so a file that would not decode never finds one.
 */
function inputBytes(choices: BuiltInNetworkChoices): Map<string, string | Uint8Array> | null {
  const bytes = new Map<string, string | Uint8Array>([['dataset', choices.datasetName]]);
  try {
    for (const [label, path] of datasetInputFiles(undefined, choices.datasetName)) {
      bytes.set(label, label === 'places.csv' && !existsSync(path) ? '' : readFileSync(path));
    }
  } catch {
    return null;
  }
  return bytes;
}

/** Per node of the table, how many of its links `file` states. */
export function partnersStatedByInTable(table: TwinPlaceTable, file: string): Int32Array {
  const counts = new Int32Array(table.ids.length);
  for (let e = 0; e < table.source.length; e++) {
    if (!table.documents[e]!.includes(file)) continue;
    counts[table.source[e]!]!++;
    counts[table.target[e]!]!++;
  }
  return counts;
}
