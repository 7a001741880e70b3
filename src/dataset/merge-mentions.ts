/**
 * Merge mentions that state the same partnership (the same two resolved
 * places) into one link whose `sources` lists every mention. Each merge is
 * reported, so nothing disappears silently:
 *  - the same pair written the same way twice in one document: duplicate;
 *  - the same pair with a different spelling of the partner: spelling variant merged;
 *  - two Norwegian names that resolve to one municipality: duplicate after resolution;
 *  - the same pair in two documents: merged across sources (the link gains
 *    the other document's signing date, level and tags).
 */
import type { Diagnostic, Link, Place, RelationKind } from './types.ts';
import type { MentionRecord } from './build-dataset.ts';
import { SOURCE_FILES } from '../ingest/source-registry.ts';
import { foldName } from '../text/fold-name.ts';

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The more precise of two ISO dates (YYYY-MM-DD beats YYYY-MM beats YYYY); on a tie, the earlier. */
function preciserDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a <= b ? a : b;
}

/** A mention read from one end to the other: `home` is the Norwegian end when there is one. */
interface Oriented {
  mention: MentionRecord;
  homeId: string;
  awayId: string;
  home: string;
  away: string;
}

function orient(m: MentionRecord): Oriented {
  const flip = m.a.country !== 'NO' && m.b.country === 'NO';
  return flip
    ? { mention: m, homeId: m.bId, awayId: m.aId, home: m.b.name, away: m.a.name }
    : { mention: m, homeId: m.aId, awayId: m.bId, home: m.a.name, away: m.b.name };
}

/** Rank of a document in the source registry (unknown files last). */
const documentRank = (file: string) => {
  const i = SOURCE_FILES.indexOf(file);
  return i < 0 ? SOURCE_FILES.length : i;
};

export function mergeMentionsIntoLinks(
  mentions: readonly MentionRecord[],
  places: ReadonlyMap<string, Place>,
): { links: Link[]; diagnostics: Diagnostic[] } {
  const groups = new Map<string, Oriented[]>();
  for (const mention of mentions) {
    let oriented = orient(mention);
    // One pair, whichever end a statement names first: the group's first statement sets the reading order.
    const key = oriented.homeId < oriented.awayId ? `${oriented.homeId}\u0000${oriented.awayId}` : `${oriented.awayId}\u0000${oriented.homeId}`;
    const group = groups.get(key);
    if (group) {
      if (group[0]!.homeId !== oriented.homeId) oriented = { mention, homeId: oriented.awayId, awayId: oriented.homeId, home: oriented.away, away: oriented.home };
      group.push(oriented);
    } else groups.set(key, [oriented]);
  }
  const diagnostics: Diagnostic[] = [];
  const links: Link[] = [];
  const nameOf = (id: string) => places.get(id)?.name ?? id;
  const isNorwegian = (id: string) => places.get(id)?.country === 'NO';

  for (const oriented of groups.values()) {
    const first = oriented[0]!;
    const group = oriented.map((o) => o.mention);
    for (const later of oriented.slice(1)) {
      const m = later.mention;
      const at = first.mention.file === m.file ? `line ${first.mention.line}` : `${first.mention.file}:${first.mention.line}`;
      const pair = `${nameOf(later.homeId)} – ${nameOf(later.awayId)}`;
      let kind: Diagnostic['kind'];
      let message: string;
      if (m.file !== first.mention.file) {
        kind = 'merged-across-sources';
        message = `${pair} is also stated at ${first.mention.file}:${first.mention.line}; merged into one link with both sources`;
      } else if (foldName(later.away) !== foldName(first.away)) {
        kind = 'spelling-variant-merged';
        message = `"${later.away}" and "${first.away}" (${at}) both name ${nameOf(later.awayId)} (resolution/aliases.csv); merged into one link ${pair}`;
      } else if (foldName(later.home) !== foldName(first.home)) {
        kind = 'duplicate';
        message = `"${later.home}" and "${first.home}" (${at}) are both ${nameOf(later.homeId)}, so ${pair} is listed twice; merged`;
      } else {
        kind = 'duplicate';
        message = `${later.home} – ${later.away} repeats ${at}; merged`;
      }
      diagnostics.push({ file: m.file, line: m.line, kind, message });
    }
    const relations = [...new Set(group.map((m) => m.relation))].sort(compareText) as RelationKind[];
    const sinces = group.map((m) => m.since).filter((y): y is number => y !== undefined);
    const untils = group.map((m) => m.until).filter((y): y is number => y !== undefined);
    const signed = group.reduce<string | undefined>((best, m) => preciserDate(best, m.signed), undefined);
    const level = group.find((m) => m.level)?.level;
    const documents = [...new Set(group.map((m) => m.file))].sort((x, y) => documentRank(x) - documentRank(y));
    // The status comes from the most specific document: a world list without dates never overrides the seed page's "ended".
    const authority = group.filter((m) => m.file === documents[0]);
    links.push({
      sourceId: first.homeId,
      targetId: first.awayId,
      relations,
      status: authority.some((m) => m.status === 'ended') ? 'ended' : 'active',
      ...(sinces.length ? { since: Math.min(...sinces) } : {}),
      ...(untils.length ? { until: Math.max(...untils) } : {}),
      ...(signed ? { signed } : {}),
      ...(level ? { level } : {}),
      tags: [...new Set(group.flatMap((m) => m.tags))].sort(compareText),
      sources: group.map((m) => `${m.file}:${m.line}`),
      documents,
      scope: isNorwegian(first.homeId) || isNorwegian(first.awayId) ? 'norwegian' : 'world',
    });
  }
  links.sort(
    (a, b) =>
      compareText(foldName(nameOf(a.sourceId)), foldName(nameOf(b.sourceId))) ||
      compareText(a.sourceId, b.sourceId) ||
      compareText(places.get(a.targetId)?.country ?? '', places.get(b.targetId)?.country ?? '') ||
      compareText(foldName(nameOf(a.targetId)), foldName(nameOf(b.targetId))) ||
      compareText(a.targetId, b.targetId),
  );
  return { links, diagnostics };
}
