/**
 * Messages between the page and the bundle worker. The worker owns the parsed
 * bundle (fetching and JSON.parse of a large file happen off the main thread)
 * and streams one network at a time as chunks of serialized nodes and edges,
 * so that building the graph on the page never blocks for long. Chunks travel
 * as JSON text: measured in Chromium, JSON.parse of a 25,000-edge chunk on
 * the page is about a third faster than structured-clone deserialisation of
 * the same objects.
 */
import type { CommunitySummary, NetworkName } from '../../../src/graph/network-bundle.ts';
import type { SerializedGraph } from 'graphology-types';
import type { CommunityAlgorithm } from '../../../src/analyse/communities/detect-communities-csr.ts';

/** The algorithm behind a bundle's communities (src/graph/build-network-bundle.ts runs Leiden). */
export const BUNDLE_ALGORITHM: CommunityAlgorithm = 'leiden';

export interface NetworkMeta {
  name: NetworkName;
  /** Set when the viewer reran detection with another algorithm; absent: BUNDLE_ALGORITHM. */
  algorithm?: CommunityAlgorithm;
  metricNames: string[];
  communities: CommunitySummary[];
  modularity: number;
  order: number;
  size: number;
  options: SerializedGraph['options'];
  attributes: SerializedGraph['attributes'];
}

export interface BundleMeta {
  title: string;
  networks: NetworkMeta[];
  sourceLines: Record<string, string>;
  /** Set when the bundle was built from the user's own file. */
  fileName: string | null;
  /** Notes from reading the user's file, shown to them. */
  notes: string[];
}

export type ToWorker =
  /** A download the page made: its bytes, transferred (nothing is fetched twice or copied). */
  | { type: 'load-bytes'; request: number; url: string; chunks: Uint8Array<ArrayBuffer>[] }
  | { type: 'open-file'; request: number; fileName: string; text: string; seed: number }
  | { type: 'stream-network'; request: number; name: NetworkName; chunkSize: number };

export type FromWorker =
  | { type: 'progress'; request: number; step: string; done: number; total: number }
  | { type: 'meta'; request: number; meta: BundleMeta }
  /** JSON text of SerializedNode[]. */
  | { type: 'nodes'; request: number; json: string; count: number }
  /** JSON text of SerializedEdge[]. */
  | { type: 'edges'; request: number; json: string; count: number }
  | { type: 'done'; request: number }
  | { type: 'error'; request: number; message: string };
