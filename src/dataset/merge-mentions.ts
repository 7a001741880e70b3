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
import { foldName } from '../text/fold-name.ts';

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The more precise of two ISO dates (YYYY-MM-DD beats YYYY-MM beats YYYY); on a tie, the earlier. */
function preciserDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a <= b ? a : b;
}

export function mergeMentionsIntoLinks(
  mentions: readonly MentionRecord[],
  places: ReadonlyMap<string, Place>,
): { links: Link[]; diagnostics: Diagnostic[] } {
  const groups = new Map<string, MentionRecord[]>();
  for (const mention of mentions) {
    const key = `${mention.norwegianId}\u0000${mention.partnerId}`;
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  const diagnostics: Diagnostic[] = [];
  const links: Link[] = [];
  const nameOf = (id: string) => places.get(id)?.name ?? id;

  for (const group of groups.values()) {
    const first = group[0]!;
    for (const later of group.slice(1)) {
      const at = first.file === later.file ? `line ${first.line}` : `${first.file}:${first.line}`;
      const pair = `${nameOf(later.norwegianId)} – ${nameOf(later.partnerId)}`;
      let kind: Diagnostic['kind'];
      let message: string;
      if (later.file !== first.file) {
        kind = 'merged-across-sources';
        message = `${pair} is also stated at ${first.file}:${first.line}; merged into one link with both sources`;
      } else if (foldName(later.partner) !== foldName(first.partner)) {
        kind = 'spelling-variant-merged';
        message = `"${later.partner}" and "${first.partner}" (${at}) both name ${nameOf(later.partnerId)} (resolution/aliases.csv); merged into one link ${pair}`;
      } else if (foldName(later.norwegian) !== foldName(first.norwegian)) {
        kind = 'duplicate';
        message = `"${later.norwegian}" and "${first.norwegian}" (${at}) are both ${nameOf(later.norwegianId)}, so ${pair} is listed twice; merged`;
      } else {
        kind = 'duplicate';
        message = `${later.norwegian} – ${later.partner} repeats ${at}; merged`;
      }
      diagnostics.push({ file: later.file, line: later.line, kind, message });
    }
    const relations = [...new Set(group.map((m) => m.relation))].sort(compareText) as RelationKind[];
    const sinces = group.map((m) => m.since).filter((y): y is number => y !== undefined);
    const untils = group.map((m) => m.until).filter((y): y is number => y !== undefined);
    const signed = group.reduce<string | undefined>((best, m) => preciserDate(best, m.signed), undefined);
    const level = group.find((m) => m.level)?.level;
    links.push({
      sourceId: first.norwegianId,
      targetId: first.partnerId,
      relations,
      status: group.some((m) => m.status === 'ended') ? 'ended' : 'active',
      ...(sinces.length ? { since: Math.min(...sinces) } : {}),
      ...(untils.length ? { until: Math.max(...untils) } : {}),
      ...(signed ? { signed } : {}),
      ...(level ? { level } : {}),
      tags: [...new Set(group.flatMap((m) => m.tags))].sort(compareText),
      sources: group.map((m) => `${m.file}:${m.line}`),
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
