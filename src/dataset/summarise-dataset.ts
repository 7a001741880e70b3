/**
 * The dataset summary that `npm start` prints first: sizes, diagnostics by
 * kind, and the top Norwegian municipalities by number of foreign partners,
 * as written and resolved, side by side. Pure.
 */
import type { Dataset } from './build-dataset.ts';
import { foldName } from '../text/fold-name.ts';

export interface PartnerCount {
  id: string;
  name: string;
  partners: number;
  /** Partners stated by the seed page (norway-twin-towns.txt) and by the world list (wikipedia-twin-towns.csv); resolved view only. */
  seedPage?: number;
  wikipedia?: number;
}

/** The two documents whose partner counts the headline ranking shows beside the total. */
export const SEED_PAGE_FILE = 'norway-twin-towns.txt';
export const WIKIPEDIA_FILE = 'wikipedia-twin-towns.csv';

export interface DatasetSummary {
  places: number;
  norwegianPlaces: number;
  foreignPlaces: number;
  links: number;
  activeLinks: number;
  endedLinks: number;
  mentions: number;
  countries: number;
  diagnosticsByKind: { kind: string; count: number }[];
  topAsWritten: PartnerCount[];
  topResolved: PartnerCount[];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rank by partner count, descending; ties by folded name, then id. */
export function rankPartnerCounts(
  counts: Map<string, { name: string; partners: Set<string>; seedPage?: Set<string>; wikipedia?: Set<string> }>,
  top: number,
): PartnerCount[] {
  return [...counts.entries()]
    .map(([id, { name, partners, seedPage, wikipedia }]) => ({
      id,
      name,
      partners: partners.size,
      ...(seedPage ? { seedPage: seedPage.size } : {}),
      ...(wikipedia ? { wikipedia: wikipedia.size } : {}),
    }))
    .sort((a, b) => b.partners - a.partners || compareText(foldName(a.name), foldName(b.name)) || compareText(a.id, b.id))
    .slice(0, top);
}

/** Foreign partners exclude memberships: the Oslo Region office is not a partner town. */
export function summariseDataset(dataset: Dataset, top = 10): DatasetSummary {
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const partnerMentions = dataset.mentions.filter((m) => m.relation !== 'membership');
  const asWritten = new Map<string, { name: string; partners: Set<string> }>();
  for (const m of partnerMentions) {
    // Each Norwegian end as written, with the other end as written as its partner.
    for (const [home, homeId, awayId] of [[m.a, m.asWrittenAId, m.asWrittenBId], [m.b, m.asWrittenBId, m.asWrittenAId]] as const) {
      if (home.country !== 'NO') continue;
      const entry = asWritten.get(homeId) ?? { name: home.name, partners: new Set<string>() };
      entry.partners.add(awayId);
      asWritten.set(homeId, entry);
    }
  }
  const resolved = new Map<string, { name: string; partners: Set<string>; seedPage: Set<string>; wikipedia: Set<string> }>();
  for (const link of dataset.links) {
    if (link.relations.every((r) => r === 'membership')) continue;
    for (const [homeId, awayId] of [[link.sourceId, link.targetId], [link.targetId, link.sourceId]] as const) {
      const place = places.get(homeId);
      if (place?.kind !== 'municipality' || place.country !== 'NO') continue;
      const entry = resolved.get(homeId) ?? { name: place.name, partners: new Set<string>(), seedPage: new Set<string>(), wikipedia: new Set<string>() };
      entry.partners.add(awayId);
      if (link.documents.includes(SEED_PAGE_FILE)) entry.seedPage.add(awayId);
      if (link.documents.includes(WIKIPEDIA_FILE)) entry.wikipedia.add(awayId);
      resolved.set(homeId, entry);
    }
  }
  const diagnosticsByKind = new Map<string, number>();
  for (const d of dataset.diagnostics) diagnosticsByKind.set(d.kind, (diagnosticsByKind.get(d.kind) ?? 0) + 1);
  return {
    places: dataset.places.length,
    norwegianPlaces: dataset.places.filter((p) => p.country === 'NO').length,
    foreignPlaces: dataset.places.filter((p) => p.country !== 'NO').length,
    links: dataset.links.length,
    activeLinks: dataset.links.filter((l) => l.status === 'active').length,
    endedLinks: dataset.links.filter((l) => l.status === 'ended').length,
    mentions: dataset.mentions.length,
    countries: new Set(dataset.places.map((p) => p.country)).size,
    diagnosticsByKind: [...diagnosticsByKind.entries()]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count || compareText(a.kind, b.kind)),
    topAsWritten: rankPartnerCounts(asWritten, top),
    topResolved: rankPartnerCounts(resolved, top),
  };
}
