/**
 * Parser for the Norway–China friendship page (data/raw/norway-china-friendship.txt).
 *
 * The list part is a sequence of entries: a header line naming one or more
 * pairs ("Guangdong and Rogaland", "Telemark and Hubei; Sør-Trøndelag and
 * Chongqing"), then a paragraph saying when the agreement was signed, at what
 * level, and on what. Which side is Norwegian is decided by the caller's
 * `isNorwegian` (the gazetteer), since the page writes pairs in either order.
 *
 * Pure: text in, mentions + diagnostics + an account of every line out. Never throws.
 */
import type { ParseResult } from '../dataset/types.ts';
import { foldName } from '../text/fold-name.ts';
import { tagsInText } from './cooperation-tags.ts';
import { ParseRecorder } from './line-accounting.ts';

export const CHINA_FRIENDSHIP_FILE = 'norway-china-friendship.txt';

const NAME = String.raw`\p{Lu}[\p{L}\-]*(?: \p{Lu}[\p{L}\-]*){0,3}`;
const PAIR_PATTERN = new RegExp(`^(${NAME}) and (${NAME})$`, 'u');
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;

/** The pairs a header line names, or undefined when the line is not a pair header. */
export function readPairHeader(line: string): [string, string][] | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > 120) return undefined;
  const pairs: [string, string][] = [];
  for (const part of trimmed.split(';')) {
    const match = PAIR_PATTERN.exec(part.trim());
    if (!match) return undefined;
    pairs.push([match[1]!, match[2]!]);
  }
  return pairs;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

/** The date an agreement was signed, as ISO YYYY-MM-DD, YYYY-MM or YYYY, from one sentence. */
export function readSignedDate(sentence: string): string | undefined {
  const afterSigned = /\bsigned\b/i.exec(sentence);
  const texts = afterSigned ? [sentence.slice(afterSigned.index), sentence] : [sentence];
  for (const text of texts) {
    let m = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i').exec(text);
    if (m) return `${m[3]}-${pad(monthNumber(m[1]!))}-${pad(Number(m[2]))}`;
    m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH},? (\\d{4})\\b`, 'i').exec(text);
    if (m) return `${m[3]}-${pad(monthNumber(m[2]!))}-${pad(Number(m[1]))}`;
    m = new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'i').exec(text);
    if (m) return `${m[2]}-${pad(monthNumber(m[1]!))}`;
    m = /\b(1[89]\d\d|20\d\d)\b/.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
}

export interface ChinaParseOptions {
  file?: string;
  /** True when a name is a Norwegian place (municipality or county, any period). */
  isNorwegian: (name: string) => boolean;
}

/** Parse the Norway–China friendship page. */
export function parseChinaFriendshipPage(text: string, options: ChinaParseOptions): ParseResult {
  const file = options.file ?? CHINA_FRIENDSHIP_FILE;
  const recorder = new ParseRecorder(file, text);
  const { lines, ledger, mentions } = recorder;
  const report = recorder.report.bind(recorder);

  // Entries: a header line followed by its paragraph lines (up to the next header).
  interface Entry {
    line: number;
    pairs: [string, string][];
    paragraph: { line: number; text: string }[];
  }
  const entries: Entry[] = [];
  lines.forEach((lineText, i) => {
    // Non-breaking spaces are common in pasted web text; statements are read with plain spaces.
    const plain = lineText.replace(/\s+/gu, ' ').trim();
    const pairs = readPairHeader(plain);
    if (pairs) entries.push({ line: i + 1, pairs, paragraph: [] });
    else if (plain !== '' && entries.length > 0) entries.at(-1)!.paragraph.push({ line: i + 1, text: plain });
  });
  // Page furniture looks like a header too: the title before the list ("Friendship Cities and
  // Provinces") names no Norwegian place, and a trailing line ("Bookmark and Share") has nothing after it.
  const namesNorway = (e: Entry) => e.pairs.some(([a, b]) => options.isNorwegian(a) || options.isNorwegian(b));
  while (entries.length > 0 && !namesNorway(entries[0]!)) entries.shift();
  while (entries.length > 0 && entries.at(-1)!.paragraph.length === 0) entries.pop();
  if (entries.length === 0) return recorder.result();
  const listStart = entries[0]!.line;
  const last = entries.at(-1)!;
  const listEnd = last.paragraph.at(-1)!.line;

  for (const entry of entries) {
    const paragraph = entry.paragraph.map((p) => p.text).join(' ');
    const endLine = entry.paragraph.at(-1)?.line ?? entry.line;
    if (entry.paragraph.length === 0) {
      report(entry.line, 'missing-detail', `"${lines[entry.line - 1]!.trim()}" has no paragraph: no date, level or fields of cooperation`);
    }
    const tags = tagsInText(paragraph);
    const sentences = sentencesOf(paragraph);
    let previousSigned: string | undefined;
    const before = mentions.length;
    for (const [a, b] of entry.pairs) {
      const aNorwegian = options.isNorwegian(a);
      const bNorwegian = options.isNorwegian(b);
      if (aNorwegian === bNorwegian) {
        report(
          entry.line,
          aNorwegian ? 'ambiguous-name' : 'no-norwegian-side',
          aNorwegian
            ? `both "${a}" and "${b}" are Norwegian names; cannot tell the Chinese side`
            : `neither "${a}" nor "${b}" is a Norwegian place; it is not a link`,
        );
        continue;
      }
      const [norwegian, partner] = aNorwegian ? [a, b] : [b, a];
      const mentionsBoth = (s: string) => foldName(s).includes(foldName(norwegian)) && foldName(s).includes(foldName(partner));
      const mentionsEither = (s: string) => foldName(s).includes(foldName(norwegian)) || foldName(s).includes(foldName(partner));
      const sentence = sentences.find(mentionsBoth) ?? sentences.find(mentionsEither) ?? paragraph;
      let signed = /\bthe same year\b/i.test(sentence) ? previousSigned?.slice(0, 4) : readSignedDate(sentence);
      if (signed === undefined) signed = readSignedDate(paragraph);
      previousSigned = signed;
      const county = new RegExp(`${escapeRegExp(norwegian)} County`, 'iu').test(paragraph);
      const province = new RegExp(`${escapeRegExp(partner)} Province`, 'iu').test(paragraph);
      const municipal = new RegExp(`municipality of ${escapeRegExp(norwegian)}`, 'iu').test(paragraph);
      const level = county || province ? 'county–province' : municipal ? 'municipality–municipality' : 'city–city';
      if (entry.paragraph.length > 0 && signed === undefined) {
        report(entry.line, 'missing-detail', `no signing date found for ${norwegian}–${partner}`);
      }
      mentions.push({
        file,
        line: entry.line,
        endLine,
        relation: 'friendship',
        a: { name: norwegian, country: 'NO', kind: level === 'county–province' ? 'county' : 'municipality' },
        b: { name: partner, country: 'CN', kind: level === 'county–province' ? 'province' : 'city' },
        status: 'active',
        ...(signed ? { signed, since: Number(signed.slice(0, 4)) } : {}),
        level,
        tags,
        text: `${a} and ${b}`,
      });
    }
    // The header and its paragraph belong to the entry's mentions, or to its diagnostics when none came of it.
    if (mentions.length > before) {
      for (const line of [entry.line, ...entry.paragraph.map((p) => p.line)]) ledger.mark(line, 'mention');
    } else {
      for (const p of entry.paragraph) {
        report(p.line, 'unparsed-text', `paragraph of "${lines[entry.line - 1]!.trim()}" (line ${entry.line}), which gave no link; not used`);
      }
    }
  }
  return recorder.result(listStart, listEnd);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
