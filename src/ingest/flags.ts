/**
 * Emoji flags. A country flag is a pair of Unicode regional-indicator symbols
 * (U+1F1E6..U+1F1FF) spelling its ISO 3166-1 alpha-2 code: 🇳🇴 = N + O.
 * Subdivision flags (England, Scotland) are a black flag U+1F3F4 followed by
 * tag characters; the twin-town page lost the tags, leaving a bare black flag.
 */
import { COUNTRY_NAMES } from './country-names.ts';

const REGIONAL_A = 0x1f1e6;
export const BLACK_FLAG = '\u{1F3F4}';

/** Matches one flag: a regional-indicator pair, or a black flag with optional tag characters. */
export const FLAG_PATTERN = /(?:[\u{1F1E6}-\u{1F1FF}]{2}|\u{1F3F4}[\u{E0020}-\u{E007F}]*)/u;

/** The two letters a regional-indicator pair spells ("🇳🇴" → "NO"), or undefined if it is not such a pair. */
export function lettersOfFlag(flag: string): string | undefined {
  const points = [...flag].map((c) => c.codePointAt(0)!);
  if (points.length !== 2 || points.some((p) => p < REGIONAL_A || p > REGIONAL_A + 25)) return undefined;
  return points.map((p) => String.fromCharCode(65 + p - REGIONAL_A)).join('');
}

/** Tagged subdivision flags, when the tags survive: 🏴 + "gbeng" + cancel tag. */
const SUBDIVISION_TAGS: Readonly<Record<string, string>> = { gbeng: 'GB-ENG', gbsct: 'GB-SCT', gbwls: 'GB-WLS' };

export type FlagReading =
  | { kind: 'country'; code: string }
  | { kind: 'bare-black-flag' }
  | { kind: 'unknown'; letters: string };

/** Read a flag: a known country code, a bare black flag (caller decides from context), or unknown letters. */
export function readFlag(flag: string): FlagReading {
  if (flag.startsWith(BLACK_FLAG)) {
    const tags = [...flag.slice(BLACK_FLAG.length)]
      .map((c) => c.codePointAt(0)! - 0xe0000)
      .filter((p) => p >= 0x20 && p < 0x7f)
      .map((p) => String.fromCharCode(p))
      .join('');
    const code = SUBDIVISION_TAGS[tags];
    return code ? { kind: 'country', code } : { kind: 'bare-black-flag' };
  }
  const letters = lettersOfFlag(flag);
  if (letters && COUNTRY_NAMES[letters]) return { kind: 'country', code: letters };
  return { kind: 'unknown', letters: letters ?? flag };
}
