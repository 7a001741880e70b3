/**
 * The two datasets every command can use, cut from the one built from all
 * documents:
 *  - `norway` (the default): every link with a Norwegian end, from all
 *    documents, plus the links BETWEEN foreign partners of Norwegian places
 *    (from the world list), marked `scope: 'context'`. So the twin network
 *    shows the partner side (the Nordic friendship rings) and a reader can
 *    still tell those links apart.
 *  - `world`: everything, the whole world list together with the Norwegian
 *    documents; links with no Norwegian end and not between partners are
 *    `scope: 'world'`.
 * Pure.
 */
import type { Dataset } from './build-dataset.ts';
import type { Link } from './types.ts';
import { sourceByFile } from '../ingest/source-registry.ts';

export const DATASET_NAMES = ['norway', 'world'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** Diagnostics about a row that could not become a mention at all: kept in both datasets. */
const ROW_KINDS = new Set(['malformed-row', 'empty-name', 'unknown-country']);

/** Mark context links (both ends partners of Norwegian places) and cut the dataset to `name`. */
export function scopeDataset(dataset: Dataset, name: DatasetName): Dataset {
  const country = new Map(dataset.places.map((p) => [p.id, p.country]));
  const isNorwegian = (id: string) => country.get(id) === 'NO';
  // Partners: foreign places with a twin or friendship link to a Norwegian place (the Oslo Region office is not a partner town).
  const partners = new Set<string>();
  for (const l of dataset.links) {
    if (l.scope !== 'norwegian' || l.relations.every((r) => r === 'membership')) continue;
    for (const id of [l.sourceId, l.targetId]) if (!isNorwegian(id)) partners.add(id);
  }
  const links: Link[] = dataset.links.map((l) => (l.scope === 'world' && partners.has(l.sourceId) && partners.has(l.targetId) ? { ...l, scope: 'context' } : l));
  if (name === 'world') return { ...dataset, links };

  const kept = links.filter((l) => l.scope !== 'world');
  const keptRefs = new Set(kept.flatMap((l) => l.sources));
  const mentions = dataset.mentions.filter((m) => keptRefs.has(`${m.file}:${m.line}`));
  const lines = new Set(mentions.flatMap((m) => [`${m.file}:${m.line}`, `${m.file}:${m.endLine}`]));
  const placeIds = new Set(kept.flatMap((l) => [l.sourceId, l.targetId]));
  const places = dataset.places
    .filter((p) => placeIds.has(p.id))
    .map((p) => {
      const sources = p.sources.filter((ref) => lines.has(ref));
      return sources.length === p.sources.length ? p : { ...p, sources };
    });
  const diagnostics = dataset.diagnostics.filter((d) => sourceByFile(d.file)?.norwegian || ROW_KINDS.has(d.kind) || lines.has(`${d.file}:${d.line}`));
  return { ...dataset, places, mentions, links: kept, diagnostics };
}
