/**
 * The report's data for two questions about the partner side of the network:
 * which links two sources confirm (cross-source confirmation), and which
 * groups of places are all twinned with one another (friendship rings).
 * Plain data only; layout-partner-sections.ts lays them out.
 */
import type Graph from 'graphology';
import { crosscheckSources, type CrosscheckCounts, type CrosscheckGroup } from '../analyse/crosscheck-sources.ts';
import { findFriendshipRings, type FriendshipRing, type FriendshipRingOptions } from '../analyse/find-friendship-rings.ts';
import type { Link, Place } from '../dataset/types.ts';
import { countryName } from '../ingest/country-names.ts';
import { reproduce } from './reproduce-commands.ts';
import type { TwinNetworkOptions } from '../graph/build-twin-network.ts';

export interface CrosscheckSection {
  seedFile: string;
  wikipediaFile: string;
  /** Whether any link holds a statement from the Wikipedia list. */
  wikipediaInData: boolean;
  counts: CrosscheckCounts;
  /** Per Norwegian place, alphabetical (accents folded). */
  places: { id: string; name: string; county?: string; counts: CrosscheckCounts }[];
  /** The links only other sources state (China page, Oslo Region page), with their file:line. */
  otherOnly: { home: string; partner: string; partnerCountry: string; relations: string[]; sources: string[] }[];
  source: string;
  reproduce: string;
}

export interface RingsSectionGroup {
  members: { name: string; country: string }[];
  countries: string[];
  /** "A – B: file:line, …" for every link. */
  links: { a: string; b: string; sources: string[] }[];
  /** Names of the unlinked pair of a near-ring. */
  missing: { a: string; b: string } | null;
}

export interface RingsSection {
  options: FriendshipRingOptions;
  /** Places of the country in the network. */
  seeds: number;
  /** Every link of the network has an end in the country (stars around it): no ring can show. */
  starsOnly: boolean;
  rings: RingsSectionGroup[];
  nearRings: RingsSectionGroup[];
  source: string;
  reproduce: string;
}

export function buildCrosscheckSection(data: { links: readonly Link[]; places: readonly Place[] }): CrosscheckSection {
  const result = crosscheckSources(data);
  const other: CrosscheckGroup = 'other-only';
  return {
    seedFile: result.options.seedFile,
    wikipediaFile: result.options.wikipediaFile,
    wikipediaInData: result.wikipediaInData,
    counts: result.counts,
    places: result.places.map((p) => ({ id: p.id, name: p.name, ...(p.county ? { county: p.county } : {}), counts: p.counts })),
    otherOnly: result.places.flatMap((p) =>
      p.rows
        .filter((r) => r.group === other)
        .map((r) => ({ home: r.homeName, partner: r.partnerName, partnerCountry: countryName(r.partnerCountry) || r.partnerCountry, relations: r.relations, sources: r.other })),
    ),
    source: 'dataset links with an end in Norway (data/links.csv), split by the documents their file:line references name',
    reproduce: reproduce.crosscheck(),
  };
}

function sectionGroup(ring: FriendshipRing): RingsSectionGroup {
  const names = new Map(ring.members.map((m) => [m.id, m.name]));
  return {
    members: ring.members.map((m) => ({ name: m.name, country: m.country })),
    countries: ring.countries,
    links: ring.links.map((l) => ({ a: names.get(l.a)!, b: names.get(l.b)!, sources: l.sources })),
    missing: ring.missing ? { a: names.get(ring.missing.a)!, b: names.get(ring.missing.b)! } : null,
  };
}

export function buildRingsSection(twin: Graph, choice: TwinNetworkOptions, options?: Partial<FriendshipRingOptions>): RingsSection {
  const result = findFriendshipRings(twin, options);
  const country = result.options.country;
  const starsOnly = twin.everyEdge((_e, _a, _s, _t, sa, ta) => sa.country === country || ta.country === country);
  return {
    options: result.options,
    seeds: result.seeds,
    starsOnly,
    rings: result.rings.map(sectionGroup),
    nearRings: result.nearRings.map(sectionGroup),
    source: 'twin network: maximal cliques (Bron–Kerbosch with pivoting) around the Norwegian places; each link with the file:line of its statements',
    reproduce: reproduce.rings(result.options, choice),
  };
}
