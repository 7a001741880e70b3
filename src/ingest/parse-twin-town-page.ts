/**
 * Parser for the twin-town page (data/raw/norway-twin-towns.txt).
 *
 * The list part is a stream of tokens that ignores line breaks:
 *   "Norway has links with <Country>"      a section header
 *   "🇳🇴 <Norwegian place>,"               the Norwegian side of a pair
 *   "<flag> <partner>[ , until|since YYYY]" the foreign side
 * A line usually holds the partner of one pair and the Norwegian side of the
 * next, so pairs are read from the token stream, not line by line.
 *
 * Pure: text in, mentions + diagnostics + an account of every line out.
 * It accepts any text and never throws.
 */
import type { LinkStatus, ParseResult } from '../dataset/types.ts';
import { countryCodeFromName, countryName } from './country-names.ts';
import { FLAG_PATTERN, readFlag } from './flags.ts';
import { ParseRecorder } from './line-accounting.ts';

export const TWIN_TOWN_FILE = 'norway-twin-towns.txt';

const SECTION_PATTERN = /Norway has links with\b/u;
const TOKEN_PATTERN = new RegExp(`${FLAG_PATTERN.source}|${SECTION_PATTERN.source}`, 'gu');
/** ", until 2016" / ", since 2001" at the end of an entry; the comma is optional. */
const ANNOTATION_PATTERN = /\s*,?\s*\b(until|since)\s+(\d{4})\s*,?\s*$/iu;

interface Token {
  line: number;
  /** Exact source text of the token, trimmed. */
  raw: string;
}
interface SectionToken extends Token {
  type: 'section';
  countryText: string;
}
interface EntryToken extends Token {
  type: 'entry';
  flag: string;
  body: string;
}

/** Split one line of the list into section and entry tokens, plus any text before the first token. */
function tokenizeLine(text: string, line: number): { tokens: (SectionToken | EntryToken)[]; leading: string } {
  const tokens: (SectionToken | EntryToken)[] = [];
  const starts = [...text.matchAll(TOKEN_PATTERN)];
  const leading = starts.length > 0 ? text.slice(0, starts[0]!.index) : text;
  starts.forEach((match, k) => {
    const start = match.index!;
    const end = k + 1 < starts.length ? starts[k + 1]!.index! : text.length;
    const raw = text.slice(start, end).trim();
    if (match[0].startsWith('Norway has links with')) {
      tokens.push({ type: 'section', line, raw, countryText: raw.slice('Norway has links with'.length).trim() });
    } else {
      tokens.push({ type: 'entry', line, raw, flag: match[0], body: text.slice(start + match[0].length, end).trim() });
    }
  });
  return { tokens, leading };
}

interface EntryText {
  name: string;
  status: LinkStatus;
  since?: number;
  until?: number;
  /** Text left over after the name and annotation (reported, never dropped). */
  rest?: string;
}

/** "Karkkila , until 2016" → name Karkkila, ended, until 2016. "Bergen," → Bergen. */
export function readEntryText(body: string): EntryText {
  let text = body.trim();
  const result: EntryText = { name: '', status: 'active' };
  const annotation = ANNOTATION_PATTERN.exec(text);
  if (annotation) {
    const year = Number(annotation[2]);
    if (annotation[1]!.toLowerCase() === 'until') {
      result.status = 'ended';
      result.until = year;
    } else {
      result.since = year;
    }
    text = text.slice(0, annotation.index);
  }
  // Names are read with plain single spaces (the exact text stays in the mention's `text`).
  text = text.replace(/[\s,]+$/u, '').replace(/\s+/gu, ' ').trim();
  const comma = text.indexOf(',');
  if (comma >= 0) {
    const rest = text.slice(comma + 1).trim();
    if (rest) result.rest = rest;
    text = text.slice(0, comma).trim();
  }
  result.name = text;
  return result;
}

/** Parse the twin-town page. */
export function parseTwinTownPage(text: string, file: string = TWIN_TOWN_FILE): ParseResult {
  const recorder = new ParseRecorder(file, text);
  const { lines, ledger, mentions } = recorder;
  const report = recorder.report.bind(recorder);

  // The list starts at the first section header or flag; everything before it is marketing text.
  let listStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!.trimStart();
    if (first.startsWith('Norway has links with') || first.search(FLAG_PATTERN) === 0) {
      listStart = i + 1;
      break;
    }
  }
  if (listStart === 0) {
    return recorder.result();
  }
  let listEnd = lines.length;
  while (listEnd > listStart && lines[listEnd - 1]!.trim() === '') listEnd--;

  let section: { code?: string; name: string; line: number } | undefined;
  let pending: { token: EntryToken; entry: EntryText } | undefined;

  const closePendingWithoutPartner = (reason: string) => {
    if (!pending) return;
    report(
      pending.token.line,
      'no-partner',
      `Norwegian place "${pending.entry.name}" has no partner (${reason}); it is not a link`,
    );
    pending = undefined;
  };

  for (let line = listStart; line <= listEnd; line++) {
    const { tokens, leading } = tokenizeLine(lines[line - 1]!, line);
    if (leading.trim() !== '') {
      report(line, 'unparsed-text', `text outside any entry is not data: "${leading.trim().slice(0, 80)}"`);
    }
    for (const token of tokens) {
      if (token.type === 'section') {
        closePendingWithoutPartner(`the section "${token.countryText}" starts next`);
        const code = countryCodeFromName(token.countryText);
        section = { name: token.countryText, line, ...(code ? { code } : {}) };
        if (code) ledger.mark(line, 'header');
        else report(line, 'unknown-section', `unknown country in section header "${token.raw}"; partners take their flag's country`);
        continue;
      }
      const entry = readEntryText(token.body);
      const flag = readFlag(token.flag);
      if (flag.kind === 'country' && flag.code === 'NO') {
        closePendingWithoutPartner(`another Norwegian entry follows on line ${line}`);
        if (!entry.name) {
          report(line, 'unparsed-text', `a Norwegian flag with no place name: "${token.raw}"`);
          continue;
        }
        if (entry.rest) report(line, 'unparsed-text', `unrecognised text after "${entry.name}": "${entry.rest}"`);
        pending = { token, entry };
        continue;
      }
      // A foreign partner: decide its country from the flag and the section.
      let country: string | undefined;
      if (flag.kind === 'country') {
        country = flag.code;
        if (section?.code && section.code !== flag.code && !(section.code.startsWith('GB') && flag.code.startsWith('GB'))) {
          report(
            line,
            'flag-mismatch',
            `flag of ${countryName(flag.code)} (${flag.code}) in the section for ${section.name}; the flag is kept`,
          );
        }
      } else if (flag.kind === 'bare-black-flag') {
        if (section?.code?.startsWith('GB-')) country = section.code;
        else {
          country = section?.code;
          report(line, 'unknown-flag', `a bare black flag outside the England and Scotland sections (section: ${section?.name ?? 'none'})`);
        }
      } else {
        country = section?.code;
        report(
          line,
          'unknown-flag',
          `unknown flag "${flag.letters}" before "${entry.name}"${country ? `; the section's country ${country} is used` : ''}`,
        );
      }
      if (!entry.name) {
        report(line, 'unparsed-text', `a flag with no place name: "${token.raw}"`);
        continue;
      }
      if (!pending) {
        report(line, 'no-norwegian-side', `partner "${entry.name}" has no Norwegian side before it; it is not a link`);
        continue;
      }
      if (!country) {
        report(line, 'unknown-flag', `cannot tell the country of partner "${entry.name}"; it is not a link`);
        closePendingWithoutPartner('its partner has no known country');
        continue;
      }
      if (entry.rest) report(line, 'unparsed-text', `unrecognised text after "${entry.name}": "${entry.rest}"`);
      const norwegian = pending;
      pending = undefined;
      const status = entry.status === 'ended' || norwegian.entry.status === 'ended' ? 'ended' : 'active';
      const since = entry.since ?? norwegian.entry.since;
      const until = entry.until ?? norwegian.entry.until;
      mentions.push({
        file,
        line: norwegian.token.line,
        endLine: line,
        relation: 'twin',
        a: { name: norwegian.entry.name, country: 'NO' },
        b: { name: entry.name, country, kind: 'city' },
        status,
        ...(since !== undefined ? { since } : {}),
        ...(until !== undefined ? { until } : {}),
        tags: [],
        text: norwegian.token.line === line ? `${norwegian.token.raw} ${token.raw}` : `${norwegian.token.raw}\n${token.raw}`,
      });
      ledger.markRange(norwegian.token.line, line, 'mention');
    }
  }
  closePendingWithoutPartner('the list ends');
  return recorder.result(listStart, listEnd);
}
