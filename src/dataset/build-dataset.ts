/**
 * Build the clean dataset from the source texts (every document of the
 * source registry whose text is given) and the resolution tables: parse →
 * resolve each end of every mention by its own country's rules → merge
 * mentions that are the same partnership into one link → collect places →
 * cut the norway or world dataset (scope-dataset.ts). Pure.
 *
 * Both views are kept: every mention row carries the ends as written and
 * their resolved ids, so the as-written network and the resolved network are
 * both built from the same rows.
 */
import type { Diagnostic, Link, Mention, MentionEnd, Place, RelationKind } from './types.ts';
import { SOURCES, SOURCE_FILES, sourceByFile, type ParserContext, type SourceTexts } from '../ingest/source-registry.ts';
import { createForeignResolver, nameParts } from '../resolve/resolve-foreign-place.ts';
import { createNorwegianResolver, type NorwegianResolution, type NorwegianResolver } from '../resolve/resolve-norwegian-place.ts';
import type { ResolutionTables } from '../resolve/resolution-tables.ts';
import { foldName, slugName } from '../text/fold-name.ts';
import { mergeMentionsIntoLinks } from './merge-mentions.ts';
import { scopeDataset, type DatasetName } from './scope-dataset.ts';

export type { SourceTexts };

export interface BuildOptions {
  /** Raw file names of the documents to build from (default: every registry source whose text is given). */
  sources?: readonly string[];
  /** Which dataset to cut (scope-dataset.ts): 'norway' (default) or 'world'. */
  dataset?: DatasetName;
}

/** A mention with both ends resolved, and ids for the as-written view. */
export interface MentionRecord extends Mention {
  /** Resolved place id of end a and of end b. */
  aId: string;
  bId: string;
  /** How a Norwegian end was resolved (see NorwegianResolution.method); absent for a foreign end. */
  aResolution?: NorwegianResolution['method'];
  bResolution?: NorwegianResolution['method'];
  /** Ids of the ends as written (the as-written view): country plus the name exactly as the source spells it. */
  asWrittenAId: string;
  asWrittenBId: string;
}

export interface DocumentSummary {
  file: string;
  /** Lines in the document. */
  lines: number;
  /** Statements the parser found in it (before the dataset was cut to norway or world). */
  mentions: number;
}

export interface Dataset {
  places: Place[];
  mentions: MentionRecord[];
  links: Link[];
  diagnostics: Diagnostic[];
  /** Each document read: its size in lines and statements (the full line accounts stay with the parsers, so a cached world dataset stays small). */
  documents: DocumentSummary[];
  /** One resolution per distinct Norwegian name as written (and kind hint), sorted by name. */
  resolutions: NorwegianResolution[];
}

const fileOrder = (file: string) => {
  const i = SOURCE_FILES.indexOf(file);
  return i < 0 ? SOURCE_FILES.length : i;
};
/** Order of source references: by document, then line. */
export function compareSourceRefs(a: { file: string; line: number }, b: { file: string; line: number }): number {
  return fileOrder(a.file) - fileOrder(b.file) || a.line - b.line;
}
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const RESOLUTION_DIAGNOSTIC: Partial<Record<NorwegianResolution['method'], Diagnostic['kind']>> = {
  'former-municipality': 'resolved-former-municipality',
  'former-county': 'resolved-former-county',
  ambiguous: 'ambiguous-name',
  unresolved: 'unresolved-name',
  district: 'district-merged',
};

/** Merge "Årstad (Bergen)" or "Åndalsnes" in region Rauma into the municipality, when the name itself does not resolve. */
function resolveNorwegianDistrict(resolver: NorwegianResolver, end: MentionEnd, resolution: NorwegianResolution): NorwegianResolution {
  if (resolution.method !== 'unresolved') return resolution;
  const parts = nameParts(end.name);
  const within = (parts.qualified?.[1] ?? parts.dash?.[0] ?? end.region)?.replace(/ (municipality|kommune)$/iu, '');
  if (!within) return resolution;
  const parent = resolver.resolve(within);
  if (parent.method === 'unresolved' || parent.method === 'ambiguous' || parent.kind !== 'municipality') return resolution;
  return { ...parent, asWritten: end.name, method: 'district', confidence: 'medium', reason: `a district or town of ${parent.name}, written with it ("${within}"); merged into the municipality` };
}

export function buildDataset(texts: SourceTexts, tables: ResolutionTables, options: BuildOptions = {}): Dataset {
  const norwegian = createNorwegianResolver(tables);
  const countries = new Map(tables.worldCountries.map((c) => [c.asWritten, c]));
  const context: ParserContext = {
    isNorwegian: (name) => norwegian.resolve(name).method !== 'unresolved',
    countryOf: (asWritten) => countries.get(asWritten),
  };
  const parses = SOURCES.filter((s) => texts[s.file] !== undefined && (!options.sources || options.sources.includes(s.file))).map((s) =>
    s.parse(texts[s.file]!, context),
  );
  const diagnostics: Diagnostic[] = parses.flatMap((p) => p.diagnostics);
  // Names written plainly as places, by country: a qualifier naming one of them is the city a district belongs to.
  const plainNames = new Set<string>();
  for (const m of parses.flatMap((p) => p.mentions)) {
    for (const end of [m.a, m.b]) if (!nameParts(end.name).dash && !nameParts(end.name).qualified) plainNames.add(`${end.country}\u0000${foldName(end.name)}`);
  }
  const foreign = createForeignResolver(tables.aliases, (country, folded) => plainNames.has(`${country}\u0000${folded}`));
  /** Name forms already reported as merged, so each merge is reported once, at its first line. */
  const reportedForms = new Set<string>();
  const reportOnce = (form: string, diagnostic: Diagnostic) => {
    if (reportedForms.has(form)) return;
    reportedForms.add(form);
    diagnostics.push(diagnostic);
  };
  const resolutions = new Map<string, NorwegianResolution>();
  const mentions: MentionRecord[] = [];
  const places = new Map<string, Place>();
  const addSource = (place: Place, ref: string) => {
    if (!place.sources.includes(ref)) place.sources.push(ref);
  };

  /** Resolve one end by its own country's rules, record its place, and return its id and (Norwegian) method. */
  const resolveEnd = (mention: Mention, end: MentionEnd, ref: string, isA: boolean): { id: string; method?: NorwegianResolution['method'] } => {
    if (end.country === 'NO') {
      const resolution = resolveNorwegianDistrict(norwegian, end, norwegian.resolve(end.name, end.kind));
      resolutions.set(`${end.name}\u0000${resolution.id}`, resolution);
      const kind = resolution.method === 'alias' ? (resolution.decided ? 'ambiguous-name-decided' : 'resolved-locality') : RESOLUTION_DIAGNOSTIC[resolution.method];
      if (kind) {
        diagnostics.push({ file: mention.file, line: mention.line, kind, message: `"${end.name}" → ${resolution.id === resolution.name ? resolution.id : `${resolution.name} (${resolution.id})`}: ${resolution.reason}` });
      }
      if (isA && mention.statedCounty && resolution.countyName && foldName(mention.statedCounty) !== foldName(resolution.countyName)) {
        diagnostics.push({
          file: mention.file,
          line: mention.line,
          kind: 'county-changed',
          message: `the source places ${end.name} in ${mention.statedCounty} County; since 2024 it is in ${resolution.countyName}`,
        });
      }
      let home = places.get(resolution.id);
      if (!home) {
        home = {
          id: resolution.id,
          name: resolution.name,
          country: 'NO',
          kind: resolution.kind,
          ...(resolution.municipalityNumber ? { municipalityNumber: resolution.municipalityNumber } : {}),
          ...(resolution.countyName ? { county: resolution.countyName } : {}),
          ...(resolution.countyNumber ? { countyNumber: resolution.countyNumber } : {}),
          aliases: [],
          sources: [],
        };
        places.set(home.id, home);
      }
      if (end.name !== home.name && !home.aliases.includes(end.name)) home.aliases.push(end.name);
      if (isA && mention.population !== undefined) home.population = mention.population;
      addSource(home, ref);
      return { id: resolution.id, method: resolution.method };
    }
    let partner = foreign(end.name, end.country);
    const other = isA ? mention.b : mention.a;
    if (!isA && other.country === end.country && foldName(other.name) === foldName(end.name)) {
      // Two towns of one name in one country twinned with each other (Nienburg–Nienburg): not a loop.
      partner = { ...partner, id: `${partner.id}~namesake`, name: `${partner.name} (namesake)` };
      diagnostics.push({
        file: mention.file,
        line: mention.line,
        kind: 'namesakes-kept-apart',
        message: `${end.name} (${end.country}) is paired with a town of the same name in the same country: two towns share the name, so the second end is kept apart as ${partner.id}`,
      });
    }
    const form = `${end.country}\u0000${end.name}`;
    if (partner.merged) reportOnce(form, { file: mention.file, line: mention.line, kind: 'district-merged', message: `${partner.merged} (${partner.id})` });
    if (partner.country !== end.country && partner.alias) {
      reportOnce(form, {
        file: mention.file,
        line: mention.line,
        kind: 'spelling-variant-merged',
        message: `"${end.name}" is written in ${end.country}, but the place is in ${partner.country} (${partner.id}): ${partner.alias.reason} (${partner.alias.file}:${partner.alias.line})`,
      });
    }
    let away = places.get(partner.id);
    if (!away) {
      away = { id: partner.id, name: partner.name, country: partner.country, kind: end.kind ?? 'city', aliases: [], sources: [] };
      places.set(away.id, away);
    }
    if (end.kind === 'province') away.kind = 'province';
    if (end.name !== away.name && !away.aliases.includes(end.name)) {
      away.aliases.push(end.name);
      // In the Norwegian documents a variant is reported where its link merges; a world list writes one place in many pairs, so each form is reported here.
      if (!sourceByFile(mention.file)?.norwegian && !partner.merged) {
        reportOnce(form, { file: mention.file, line: mention.line, kind: 'spelling-variant-merged', message: `"${end.name}" is written "${away.name}" elsewhere; one place (${away.id})` });
      }
    }
    addSource(away, ref);
    return { id: partner.id };
  };

  for (const mention of parses.flatMap((p) => p.mentions)) {
    const a = resolveEnd(mention, mention.a, `${mention.file}:${mention.line}`, true);
    const b = resolveEnd(mention, mention.b, `${mention.file}:${mention.endLine}`, false);
    mentions.push({
      ...mention,
      aId: a.id,
      bId: b.id,
      ...(a.method ? { aResolution: a.method } : {}),
      ...(b.method ? { bResolution: b.method } : {}),
      asWrittenAId: `${mention.a.country}:${slugName(mention.a.name)}`,
      // Namesakes stay apart as written too: the same spelling names two towns there.
      asWrittenBId: `${mention.b.country}:${slugName(mention.b.name)}${b.id.endsWith('~namesake') ? '~namesake' : ''}`,
    });
  }

  const merged = mergeMentionsIntoLinks(mentions, places);
  diagnostics.push(...merged.diagnostics);
  diagnostics.sort((a, b) => compareSourceRefs(a, b) || compareText(a.kind, b.kind) || compareText(a.message, b.message));

  const placeList = [...places.values()];
  for (const place of placeList) {
    place.aliases.sort(compareText);
    place.sources.sort((a, b) => compareSourceRefs(splitRef(a), splitRef(b)));
  }
  placeList.sort((a, b) => compareText(a.country, b.country) || compareText(foldName(a.name), foldName(b.name)) || compareText(a.id, b.id));
  const whole: Dataset = {
    places: placeList,
    mentions,
    links: merged.links,
    diagnostics,
    documents: parses.map((p) => ({ file: p.file, lines: p.lines.length, mentions: p.mentions.length })),
    resolutions: [...resolutions.values()].sort((a, b) => compareText(foldName(a.asWritten), foldName(b.asWritten)) || compareText(a.id, b.id)),
  };
  return scopeDataset(whole, options.dataset ?? 'norway');
}

/** "norway-twin-towns.txt:42" → { file, line }. */
export function splitRef(ref: string): { file: string; line: number } {
  const colon = ref.lastIndexOf(':');
  return { file: ref.slice(0, colon), line: Number(ref.slice(colon + 1)) };
}

export type { RelationKind };
