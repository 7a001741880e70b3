/**
 * The network bundle: what the pipeline writes for the viewer (and what the
 * viewer builds in the browser from a user's own file). Positions, metrics and
 * communities are precomputed, so the first paint needs no computation.
 *
 * Node attributes in each graph: label, name, country, kind,
 * municipalityNumber?, county?, x, y, community (number), and one numeric
 * attribute per metric in `metricNames` (degree, strength, betweenness,
 * closeness, harmonic, eigenvector, pagerank, core, triangles, clustering).
 * Edge attributes: weight, relation?, status?, since?, until?, signed?,
 * tags? (string[]), sources? (string[] of "file:line").
 */
import type { SerializedGraph } from 'graphology-types';

export const NETWORK_NAMES = ['twin', 'municipality-country', 'country', 'municipality'] as const;
export type NetworkName = (typeof NETWORK_NAMES)[number];

export interface CommunitySummary {
  id: number;
  size: number;
  /** Node keys of the most central members, best first. */
  hubs: string[];
  /** Countries in the community, most frequent first, with counts. */
  countries: { country: string; count: number }[];
  /** Share of all edges (or of total weight) that fall inside the community. */
  linkShare: number;
}

export interface BundledNetwork {
  name: NetworkName;
  graph: SerializedGraph;
  metricNames: string[];
  communities: CommunitySummary[];
  modularity: number;
}

export interface NetworkBundle {
  format: 'vennskap-network-bundle';
  version: 1;
  title: string;
  networks: Partial<Record<NetworkName, BundledNetwork>>;
  /** The exact text of every source line an edge refers to, keyed "file:line". */
  sourceLines: Record<string, string>;
}
