/**
 * Cross-source confirmation: for every link with an end in Norway, does the
 * seed page (norway-twin-towns.txt) state it, does Wikipedia's list
 * (wikipedia-twin-towns.csv) state it, or both? This is what a journalist
 * asks first: a link two independent sources state is better attested than
 * one only a single page names.
 *
 * Four groups:
 * - both: the seed page and Wikipedia state it;
 * - seed-only: the seed page states it, Wikipedia does not;
 * - wikipedia-only: Wikipedia states it, the seed page does not;
 * - other-only: neither does; only the Norway–China friendship page or the
 *   Oslo Region office page names it. Those pages state other relations
 *   (friendship agreements, memberships), so counting them for the seed side
 *   would claim the seed page says something it does not; they get their own
 *   group, and their lines are shown beside the other groups' rows too.
 *
 * Each row carries the file:line of every statement, split by side. Rows are
 * grouped by the Norwegian place (municipality, county or institution).
 * Only the link's two ends and their places' countries are used, never which
 * end the link lists first (a link with both ends in the country is listed
 * under the first). Pure, browser-safe.
 */
import type { Link, Place } from '../dataset/types.ts';
import { TWIN_TOWN_FILE } from '../ingest/parse-twin-town-page.ts';
import { foldName } from '../text/fold-name.ts';
import { resolveOptions } from '../options/resolve-options.ts';

export interface CrosscheckOptions {
  /** The home country: links with an end there are checked, grouped by that end. */
  country: string;
  /** The seed page's file name (as in data/raw/ and in file:line refs). */
  seedFile: string;
  /** The Wikipedia list's file name. */
  wikipediaFile: string;
}

export const CROSSCHECK_DEFAULTS: CrosscheckOptions = {
  country: 'NO',
  seedFile: TWIN_TOWN_FILE,
  wikipediaFile: 'wikipedia-twin-towns.csv',
};

export const CROSSCHECK_GROUPS = ['both', 'seed-only', 'wikipedia-only', 'other-only'] as const;
export type CrosscheckGroup = (typeof CROSSCHECK_GROUPS)[number];

export type CrosscheckCounts = Record<CrosscheckGroup, number> & { links: number };

export interface CrosscheckRow {
  group: CrosscheckGroup;
  homeId: string;
  homeName: string;
  partnerId: string;
  partnerName: string;
  partnerCountry: string;
  relations: string[];
  status: string;
  /** file:line on the seed page. */
  seed: string[];
  /** file:line in the Wikipedia list. */
  wikipedia: string[];
  /** file:line in any other source. */
  other: string[];
}

export interface CrosscheckPlace {
  id: string;
  name: string;
  kind: string;
  county?: string;
  counts: CrosscheckCounts;
  rows: CrosscheckRow[];
}

export interface CrosscheckResult {
  options: CrosscheckOptions;
  /** Whether the links hold any statement from the Wikipedia list at all (when not, nothing can be confirmed or found only there). */
  wikipediaInData: boolean;
  counts: CrosscheckCounts;
  /** By the home-country place's name (accents folded), then id. */
  places: CrosscheckPlace[];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const fileOf = (ref: string) => ref.slice(0, ref.lastIndexOf(':'));
const emptyCounts = (): CrosscheckCounts => ({ both: 0, 'seed-only': 0, 'wikipedia-only': 0, 'other-only': 0, links: 0 });

/** Group every link with an end in `country` by which sources state it. */
export function crosscheckSources(data: { links: readonly Link[]; places: readonly Place[] }, options?: Partial<CrosscheckOptions>): CrosscheckResult {
  const o = resolveOptions('crosscheckSources', CROSSCHECK_DEFAULTS, options);
  const places = new Map(data.places.map((p) => [p.id, p]));
  const counts = emptyCounts();
  const byPlace = new Map<string, CrosscheckPlace>();
  let wikipediaInData = false;
  for (const link of data.links) {
    const ends = [link.sourceId, link.targetId];
    const homeId = ends.find((id) => places.get(id)?.country === o.country);
    if (homeId === undefined) continue;
    const partnerId = homeId === link.sourceId ? link.targetId : link.sourceId;
    const seed = link.sources.filter((r) => fileOf(r) === o.seedFile);
    const wikipedia = link.sources.filter((r) => fileOf(r) === o.wikipediaFile);
    const other = link.sources.filter((r) => fileOf(r) !== o.seedFile && fileOf(r) !== o.wikipediaFile);
    if (wikipedia.length) wikipediaInData = true;
    const group: CrosscheckGroup = seed.length && wikipedia.length ? 'both' : seed.length ? 'seed-only' : wikipedia.length ? 'wikipedia-only' : 'other-only';
    const home = places.get(homeId)!;
    const partner = places.get(partnerId);
    let entry = byPlace.get(homeId);
    if (!entry) {
      entry = { id: homeId, name: home.name, kind: home.kind, ...(home.county ? { county: home.county } : {}), counts: emptyCounts(), rows: [] };
      byPlace.set(homeId, entry);
    }
    entry.rows.push({
      group,
      homeId,
      homeName: home.name,
      partnerId,
      partnerName: partner?.name ?? partnerId,
      partnerCountry: partner?.country ?? '',
      relations: [...link.relations],
      status: link.status,
      seed,
      wikipedia,
      other,
    });
    for (const c of [counts, entry.counts]) {
      c[group]++;
      c.links++;
    }
  }
  const groupIndex = (g: CrosscheckGroup) => CROSSCHECK_GROUPS.indexOf(g);
  const result = [...byPlace.values()].sort((a, b) => compareText(foldName(a.name), foldName(b.name)) || compareText(a.id, b.id));
  for (const p of result) {
    p.rows.sort(
      (a, b) =>
        groupIndex(a.group) - groupIndex(b.group) ||
        compareText(a.partnerCountry, b.partnerCountry) ||
        compareText(foldName(a.partnerName), foldName(b.partnerName)) ||
        compareText(a.partnerId, b.partnerId),
    );
  }
  return { options: o, wikipediaInData, counts, places: result };
}
