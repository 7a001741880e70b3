/**
 * Accent- and case-insensitive autocomplete over node labels (and names),
 * using the same foldName as the CLI, so "tromso" finds "Tromsø".
 */
import type Graph from 'graphology';
import { foldName } from '../../../src/text/fold-name.ts';

export interface SearchEntry {
  node: string;
  label: string;
  /** Folded forms this entry matches on (label, name, aliases). */
  keys: string[];
  /** Tie-breaker: better-connected places first. */
  weight: number;
}

export function buildSearchIndex(graph: Graph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((node, attributes) => {
    const label = typeof attributes.label === 'string' && attributes.label ? attributes.label : node;
    const forms = new Set<string>([foldName(label)]);
    if (typeof attributes.name === 'string') forms.add(foldName(attributes.name));
    if (Array.isArray(attributes.aliases)) {
      for (const alias of attributes.aliases) if (typeof alias === 'string') forms.add(foldName(alias));
    }
    forms.delete('');
    entries.push({ node, label, keys: [...forms], weight: graph.degree(node) });
  });
  return entries;
}

/** 0: a key starts with the query; 1: a word starts with it; 2: it occurs inside; -1: no match. */
function scoreMatch(keys: string[], query: string): number {
  let best = -1;
  for (const key of keys) {
    if (key.startsWith(query)) return 0;
    const at = key.indexOf(query);
    if (at < 0) continue;
    const score = key[at - 1] === ' ' ? 1 : 2;
    if (best < 0 || score < best) best = score;
  }
  return best;
}

export function searchNodes(entries: SearchEntry[], query: string, limit = 10): SearchEntry[] {
  const folded = foldName(query);
  if (!folded) return [];
  const hits: { entry: SearchEntry; score: number }[] = [];
  for (const entry of entries) {
    const score = scoreMatch(entry.keys, folded);
    if (score >= 0) hits.push({ entry, score });
  }
  hits.sort(
    (a, b) =>
      a.score - b.score ||
      b.entry.weight - a.entry.weight ||
      a.entry.label.localeCompare(b.entry.label),
  );
  return hits.slice(0, limit).map((hit) => hit.entry);
}
