/**
 * Bytes of a user's file to text, UTF-8 only. Anything else is refused with
 * one line naming the file, the line, the encoding it looks like and the
 * iconv command that converts it: replacing the bytes with "�" would change
 * names silently ("K\xf8benhavn" → "K�benhavn", a new node), and guessing
 * Latin-1 would be wrong for the many single-byte encodings that look alike.
 * Browser-safe (TextDecoder only).
 */
import { InputError } from './input-error.ts';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** How to convert a file to UTF-8, as a shell command. */
const convertHint = (file: string, from: string) => `convert it first: iconv -f ${from} -t UTF-8 '${file}' > '${file.replace(/(\.[^./\\]+)?$/, '.utf8$1')}'`;

/** UTF-16 from a byte-order mark or, without one, from NUL bytes on every other position. */
export function detectUtf16(bytes: Uint8Array): { order: 'LE' | 'BE'; by: string } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { order: 'LE', by: 'its byte-order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { order: 'BE', by: 'its byte-order mark' };
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Mostly-ASCII text in UTF-16 has a NUL in nearly every pair, on one side.
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.1) return { order: 'LE', by: 'its NUL bytes' };
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.1) return { order: 'BE', by: 'its NUL bytes' };
  return undefined;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > n) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/** Whether the bytes hold at least one valid multi-byte UTF-8 sequence (then the file mixes encodings). */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0xc2 && b <= 0xf4 && (bytes[i + 1]! & 0xc0) === 0x80 && firstInvalidUtf8(bytes.subarray(i, i + 4)) !== 0) return true;
  }
  return false;
}

function lineAt(bytes: Uint8Array, offset: number, firstLine: number): { line: number; start: number; end: number } {
  let line = firstLine;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  let end = bytes.indexOf(0x0a, offset);
  if (end < 0) end = bytes.length;
  return { line, start, end };
}

/** The error for bytes that are not UTF-8 at `offset` (`firstLine` is the line number of bytes[0]). */
export function notUtf8Error(file: string, bytes: Uint8Array, offset: number, firstLine = 1): InputError {
  const { line, start, end } = lineAt(bytes, offset, firstLine);
  const byte = `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`;
  const lineBytes = bytes.subarray(start, Math.min(end, start + 200));
  const shown = [...lineBytes].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('').trim().slice(0, 60);
  if (hasUtf8Sequence(bytes)) {
    return new InputError(file, line, `not UTF-8: byte ${byte} in "${shown}", while other lines are UTF-8 (the file mixes two encodings); fix that line or re-save the file as UTF-8`);
  }
  const latin = new TextDecoder('windows-1252').decode(lineBytes).trim().slice(0, 40);
  return new InputError(file, line, `not UTF-8: byte ${byte} in "${shown}"; the file looks like Latin-1/Windows-1252 (where it reads "${latin}"); ${convertHint(file, 'WINDOWS-1252')}`);
}

/** The error for a UTF-16 file. */
export function utf16Error(file: string, utf16: { order: 'LE' | 'BE'; by: string }): InputError {
  return new InputError(file, undefined, `is UTF-16 ${utf16.order} (${utf16.by}), not UTF-8; ${convertHint(file, utf16.by === 'its byte-order mark' ? 'UTF-16' : `UTF-16${utf16.order}`)}`);
}

/**
 * The text of a UTF-8 file (a UTF-8 byte-order mark is kept for the readers
 * to skip). Throws InputError for UTF-16, for bytes that are not UTF-8 (with
 * the line and the likely encoding) and for NUL bytes (a binary file).
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const utf16 = detectUtf16(bytes);
  if (utf16) throw utf16Error(file, utf16);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw notUtf8Error(file, bytes, Math.max(0, firstInvalidUtf8(bytes)));
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = 1 + (text.slice(0, nul).match(/\n/g)?.length ?? 0);
    throw new InputError(file, line, 'contains a NUL byte: this is a binary file, not text');
  }
  return text;
}

/**
 * The same rules for a file read in chunks (the streaming edge-list reader):
 * call with each chunk, then once with no chunk at the end.
 */
export function utf8ChunkDecoder(file: string): (chunk?: Uint8Array) => string {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let lines = 1;
  let first = true;
  return (chunk) => {
    if (first && chunk !== undefined) {
      first = false;
      const utf16 = detectUtf16(chunk);
      if (utf16) throw utf16Error(file, utf16);
    }
    let text: string;
    try {
      text = chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      // The invalid byte is in this chunk (or a sequence cut at its end).
      const bytes = chunk ?? new Uint8Array([0xff]);
      const at = firstInvalidUtf8(bytes);
      throw notUtf8Error(file, bytes, at < 0 ? Math.max(0, bytes.length - 1) : at, lines);
    }
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    return text;
  };
}
