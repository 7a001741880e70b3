/**
 * Parser for the Oslo Region European Office members page (data/raw/oslo-region-members.txt).
 *
 * The list part is a sequence of members: a header line ("Municipality of
 * Asker", "City of Oslo", "Innlandet County", "OsloMet - Oslo Metropolitan
 * University") and the paragraphs below it, which state the county, the
 * population and the international focus areas. Each member's membership of
 * the Oslo Region European Office (in Brussels) is itself a relation, kept as
 * a mention with relation "membership".
 *
 * Pure: text in, mentions + diagnostics + an account of every line out. Never throws.
 */
import type { ParseResult, PlaceKind } from '../dataset/types.ts';
import { tagsInText } from './cooperation-tags.ts';
import { ParseRecorder } from './line-accounting.ts';

export const OSLO_REGION_FILE = 'oslo-region-members.txt';
export const OSLO_REGION_OFFICE = 'Oslo Region European Office';
/** The office sits in Brussels (Nordic House, Rue du Luxembourg 3). */
export const OSLO_REGION_OFFICE_COUNTRY = 'BE';

const WORD = String.raw`\p{Lu}[\p{L}\-]*`;
const HEADERS: readonly { pattern: RegExp; kind: PlaceKind }[] = [
  { pattern: new RegExp(`^(?:Municipality|City) of (${WORD}(?: ${WORD}){0,2})$`, 'u'), kind: 'municipality' },
  { pattern: new RegExp(`^(${WORD}(?: (?:and|og) ${WORD})?) County$`, 'u'), kind: 'county' },
  { pattern: /^(.{2,60}? - .{2,80}University)$/u, kind: 'university' },
];
/** Where the list ends: the page's footer. */
const FOOTER_PATTERN = /^(Sign up for our newsletter|Director\b|©)/u;
/** Lines inside the list that are page furniture, not statements. */
const FURNITURE_PATTERN = /^(Foto|Photo|Image)\s*:/iu;

/** A member header: the member's name and kind, or undefined. */
export function readMemberHeader(line: string): { name: string; kind: PlaceKind } | undefined {
  const trimmed = line.trim();
  for (const { pattern, kind } of HEADERS) {
    const match = pattern.exec(trimmed);
    if (match) return { name: match[1]!, kind };
  }
  return undefined;
}

/** "122.000 inhabitants", "2,700 people live" → 122000, 2700. */
export function readPopulation(text: string): number | undefined {
  const match = /(\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)\s+(?:inhabitants|people|residents)\b/u.exec(text);
  return match ? Number(match[1]!.replace(/[.,\u00a0 ]/g, '')) : undefined;
}

/** The county a member paragraph places it in: "in Viken County", "Innlandet County´s administrative centre". */
export function readStatedCounty(text: string, memberName: string): string | undefined {
  for (const match of text.matchAll(/(\p{Lu}[\p{L}\-]+(?: and \p{Lu}[\p{L}\-]+)?) [Cc]ounty/gu)) {
    const name = match[1]!;
    if (name !== memberName) return name;
  }
  return undefined;
}

/** The count the intro announces ("our 17 members"), if any. */
function announcedCount(lines: readonly string[]): { count: number; line: number } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const match = /\bour (\d+) members\b/iu.exec(lines[i]!);
    if (match) return { count: Number(match[1]), line: i + 1 };
  }
  return undefined;
}

/** Parse the Oslo Region European Office members page. */
export function parseOsloRegionPage(text: string, file: string = OSLO_REGION_FILE): ParseResult {
  const recorder = new ParseRecorder(file, text);
  const { lines, ledger, mentions } = recorder;
  const report = recorder.report.bind(recorder);

  interface Member {
    line: number;
    name: string;
    kind: PlaceKind;
    paragraph: { line: number; text: string }[];
  }
  const members: Member[] = [];
  let footer = lines.length + 1;
  for (let i = 0; i < lines.length; i++) {
    // Non-breaking spaces are common in pasted web text; statements are read with plain spaces.
    const lineText = lines[i]!.replace(/\s+/gu, ' ').trim();
    if (members.length > 0 && FOOTER_PATTERN.test(lineText)) {
      footer = i + 1;
      break;
    }
    const header = readMemberHeader(lineText);
    if (header) members.push({ line: i + 1, ...header, paragraph: [] });
    else if (lineText !== '' && members.length > 0) members.at(-1)!.paragraph.push({ line: i + 1, text: lineText });
  }
  if (members.length === 0) return recorder.result();
  const listStart = members[0]!.line;
  let listEnd = footer - 1;
  while (listEnd > listStart && lines[listEnd - 1]!.trim() === '') listEnd--;

  for (const member of members) {
    const statements = member.paragraph.filter((p) => !FURNITURE_PATTERN.test(p.text));
    for (const p of member.paragraph) {
      if (FURNITURE_PATTERN.test(p.text)) report(p.line, 'unparsed-text', `page furniture, not data: "${p.text.slice(0, 80)}"`);
    }
    const paragraph = statements.map((p) => p.text).join(' ');
    const endLine = statements.at(-1)?.line ?? member.line;
    if (statements.length === 0) {
      report(member.line, 'missing-detail', `member "${member.name}" has no description: no county, population or focus areas`);
    }
    const population = readPopulation(paragraph);
    const statedCounty = member.kind === 'county' ? undefined : readStatedCounty(paragraph, member.name);
    const since = /\bmember from\b[^.]*?\b(\d{4})\b/iu.exec(paragraph)?.[1];
    mentions.push({
      file,
      line: member.line,
      endLine,
      relation: 'membership',
      a: { name: member.name, country: 'NO', kind: member.kind },
      b: { name: OSLO_REGION_OFFICE, country: OSLO_REGION_OFFICE_COUNTRY, kind: 'organisation' },
      status: 'active',
      ...(since ? { since: Number(since) } : {}),
      tags: tagsInText(paragraph),
      text: lines[member.line - 1]!.trim(),
      ...(population !== undefined ? { population } : {}),
      ...(statedCounty ? { statedCounty } : {}),
    });
    ledger.mark(member.line, 'mention');
    for (const p of statements) ledger.mark(p.line, 'mention');
  }
  const announced = announcedCount(lines);
  if (announced && announced.count !== members.length) {
    report(announced.line, 'count-mismatch', `the page announces ${announced.count} members but lists ${members.length}`);
  }
  return recorder.result(listStart, listEnd);
}
