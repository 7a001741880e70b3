/**
 * The source documents vennskap is built from, as data: one entry per
 * document, naming its raw file (under data/raw/), its parser, the relation
 * it states, its licence and attribution, and its role (what it is the
 * authority on). The dataset builder and the command line iterate this list,
 * so adding a source means one new entry here and one parser, nothing else.
 *
 * Order matters: it is the order of documents in every output (source
 * references are sorted by document, then line), and a link's status comes
 * from its most specific source, which is the earliest in this list that
 * states it (see merge-mentions.ts).
 */
import type { ParseResult, RelationKind } from '../dataset/types.ts';
import { parseChinaFriendshipPage, CHINA_FRIENDSHIP_FILE } from './parse-china-friendship-page.ts';
import { parseOsloRegionPage, OSLO_REGION_FILE } from './parse-oslo-region-page.ts';
import { parseTwinTownPage, TWIN_TOWN_FILE } from './parse-twin-town-page.ts';
import { parseWorldTwinTowns, WORLD_TWIN_TOWN_FILE, type CountryLookup } from './parse-world-twin-towns.ts';

/** What a parser may ask of the pipeline; the same for every parser. */
export interface ParserContext {
  /** True when a name is a Norwegian place (municipality or county, any period), by the gazetteer and alias table. */
  isNorwegian(name: string): boolean;
  /** A country string of a world list → its id and region (data/resolution/world-countries.csv); undefined when unknown. */
  countryOf: CountryLookup;
}

export interface SourceDescriptor {
  /** Short id for command lines and reports. */
  id: string;
  /** File name under data/raw/ (also the `file` of every source reference). */
  file: string;
  title: string;
  /** The relation its statements state. */
  relation: RelationKind;
  /** What this document is the authority on, and how far it is trusted. */
  role: string;
  licence: string;
  /** Credit to show wherever the data is shown. */
  attribution: string;
  /** True when every statement has a Norwegian end (the Norwegian documents); false for world lists. */
  norwegian: boolean;
  parse(text: string, context: ParserContext): ParseResult;
}

export const SOURCES: readonly SourceDescriptor[] = [
  {
    id: 'twin-towns',
    file: TWIN_TOWN_FILE,
    title: 'Twin towns of Norway (second half of a web page on the SME market in Norway)',
    relation: 'twin',
    role: 'the seed page: the authority on Norwegian twin-town partnerships, including ended ones and their years',
    licence: 'not stated by the page; quoted as received, for research',
    attribution: 'Web page "The SME Market in Norway", section on twin towns (shared/seeds/norway-twin-towns.txt)',
    norwegian: true,
    parse: (text) => parseTwinTownPage(text),
  },
  {
    id: 'china-friendship',
    file: CHINA_FRIENDSHIP_FILE,
    title: 'Norwegian and Chinese friendship cities and provinces',
    relation: 'friendship',
    role: 'the authority on Norwegian–Chinese friendship agreements: signing dates, levels and fields of cooperation',
    licence: 'not stated by the page; quoted as received, for research',
    attribution: 'Web page "Friendship Cities and Provinces" (shared/seeds/norway-china-friendship.txt)',
    norwegian: true,
    parse: (text, context) => parseChinaFriendshipPage(text, { isNorwegian: context.isNorwegian }),
  },
  {
    id: 'oslo-region',
    file: OSLO_REGION_FILE,
    title: 'Members of the Oslo Region European Office',
    relation: 'membership',
    role: 'the authority on membership of the Oslo Region European Office, with members’ population and focus areas',
    licence: 'not stated by the page; quoted as received, for research',
    attribution: 'Oslo Region European Office, "Our members" (shared/seeds/oslo-region-members.txt)',
    norwegian: true,
    parse: (text) => parseOsloRegionPage(text),
  },
  {
    id: 'wikipedia',
    file: WORLD_TWIN_TOWN_FILE,
    title: 'Lists of twin towns and sister cities (English Wikipedia), 26,114 pairs from 79 countries',
    relation: 'twin',
    role: 'the partner side: links between any two places; confirms or adds Norwegian partnerships, but has no dates, so it never decides whether one has ended',
    licence: 'CC BY-SA 4.0 (Wikipedia text); the scraper’s code is MIT',
    attribution: 'English Wikipedia, Lists of twin towns and sister cities, via Hekman/twincities',
    norwegian: false,
    parse: (text, context) => parseWorldTwinTowns(text, { countryOf: context.countryOf }),
  },
];

export const SOURCE_FILES: readonly string[] = SOURCES.map((s) => s.file);

/** The source whose raw file this is, or undefined. */
export const sourceByFile = (file: string): SourceDescriptor | undefined => SOURCES.find((s) => s.file === file);

/** The raw documents' texts, by file name under data/raw/. A registry source missing here is left out of the build. */
export type SourceTexts = Readonly<Record<string, string>>;
