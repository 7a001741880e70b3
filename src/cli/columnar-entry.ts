/**
 * Node-only: a cache entry as bytes, column by column, so reading it back
 * costs neither a JSON parse nor a heap of objects to collect.
 *
 * Why (measured with --cpu-prof and /usr/bin/time on a cached `vennskap rank
 * --dataset world`, 2026-12-04): the JSON entry of the world's place table
 * (2.6 MB) cost ~0.1 s of CPU to parse and collect, a third of the run. As
 * columns it is 1.2 MB, its integers are read in place (an Int32Array over
 * the file's bytes) and each string is decoded on first use, so a ranking that
 * shows ten places decodes little more than those ten names.
 *
 * Layout: u32 (little-endian) header length; the SHA-1 digest (20 bytes) of
 * everything after it; the header (JSON: format, key, byte order, column
 * names and lengths); zero padding to a multiple of 4; the body as 32-bit
 * words: each integer column, each value column's codes (an
 * index into the value pool, -1 for absent), the pool's offsets, its kinds
 * (one byte each: 0 a string, 1 any other JSON value, as JSON text) and its
 * UTF-8 text. Values are pooled: equal strings (or equal JSON texts) are
 * stored once. An entry whose length, digest, key or byte order does not
 * match reads as absent, so a truncated or corrupt file is rebuilt.
 */
import { createHash } from 'node:crypto';

/** What to store: integer columns (int32 each) and value columns (any JSON value or undefined per row). */
export interface ColumnsToWrite {
  ints: Readonly<Record<string, ArrayLike<number>>>;
  values: Readonly<Record<string, ArrayLike<unknown>>>;
}

/** An entry read back: integer columns as views over its bytes, value columns decoded on first use. */
export interface ColumnsRead {
  /** Whether the entry has this column (of either sort). */
  has(name: string): boolean;
  int(name: string): Int32Array;
  /** The value column `name`: row → value (undefined when absent). */
  value(name: string): (row: number) => unknown;
  /** The value column `name` as codes (equal values, equal codes; -1 absent), for work done once per distinct value. */
  codes(name: string): Int32Array;
  /** The value a code stands for. */
  pooled(code: number): unknown;
  length(name: string): number;
}

interface Header {
  format: string;
  key: string;
  littleEndian: boolean;
  ints: [string, number][];
  values: [string, number][];
  pool: number;
  poolText: number;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const STRING = 0;
const JSON_VALUE = 1;

const padded = (bytes: number) => (bytes + 3) & ~3;

/** Where the header starts: after its length and the digest (SHA-1: native, ~1 ms for the world's entry; a JS checksum loop took ~10). */
const PREFIX = 4 + 20;
const digest = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest();

export function encodeColumns(format: string, key: string, columns: ColumnsToWrite): Buffer {
  const pool: unknown[] = [];
  const kinds: number[] = [];
  const poolIndex = new Map<string, number>();
  const codeOf = (value: unknown): number => {
    if (value === undefined) return -1;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const id = (typeof value === 'string' ? 's' : 'j') + text;
    let code = poolIndex.get(id);
    if (code === undefined) {
      code = pool.length;
      pool.push(text);
      kinds.push(typeof value === 'string' ? STRING : JSON_VALUE);
      poolIndex.set(id, code);
    }
    return code;
  };
  const sections: Int32Array[] = [];
  const ints = Object.entries(columns.ints).map(([name, column]): [string, number] => {
    sections.push(Int32Array.from(column));
    return [name, column.length];
  });
  const values = Object.entries(columns.values).map(([name, column]): [string, number] => {
    const codes = new Int32Array(column.length);
    for (let row = 0; row < column.length; row++) codes[row] = codeOf(column[row]);
    sections.push(codes);
    return [name, column.length];
  });
  const texts = pool.map((text) => Buffer.from(text as string, 'utf8'));
  const offsets = new Int32Array(pool.length + 1);
  texts.forEach((text, i) => (offsets[i + 1] = offsets[i]! + text.length));
  const poolText = offsets[pool.length]!;
  const kindBytes = new Uint8Array(padded(pool.length));
  kindBytes.set(kinds);
  const textBytes = new Uint8Array(padded(poolText));
  texts.forEach((text, i) => textBytes.set(text, offsets[i]!));
  sections.push(offsets, new Int32Array(kindBytes.buffer), new Int32Array(textBytes.buffer));
  const body = new Int32Array(sections.reduce((sum, s) => sum + s.length, 0));
  let at = 0;
  for (const section of sections) {
    body.set(section, at);
    at += section.length;
  }
  const header: Header = { format, key, littleEndian: LITTLE_ENDIAN, ints, values, pool: pool.length, poolText };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = padded(PREFIX + headerBytes.length);
  const bytes = Buffer.alloc(start + body.byteLength);
  bytes.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(bytes, PREFIX);
  Buffer.from(body.buffer).copy(bytes, start);
  digest(bytes.subarray(PREFIX)).copy(bytes, 4);
  return bytes;
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isColumnList = (value: unknown) => Array.isArray(value) && value.every((c) => Array.isArray(c) && c.length === 2 && typeof c[0] === 'string' && isCount(c[1]));

/** The header has the shape encodeColumns writes (a damaged one may be any JSON). */
function isHeader(value: unknown): value is Header {
  const h = value as Partial<Header> | null;
  return (
    typeof h === 'object' && h !== null && typeof h.format === 'string' && typeof h.key === 'string' && typeof h.littleEndian === 'boolean' &&
    isColumnList(h.ints) && isColumnList(h.values) && isCount(h.pool) && isCount(h.poolText)
  );
}

/** The entry in these bytes, or null when they are not a whole, undamaged entry of this format and key. */
export function decodeColumns(bytes: Buffer, format: string, key: string): ColumnsRead | null {
  if (bytes.length < PREFIX || !digest(bytes.subarray(PREFIX)).equals(bytes.subarray(4, PREFIX))) return null;
  const headerLength = bytes.readUInt32LE(0);
  if (PREFIX + headerLength > bytes.length) return null;
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', PREFIX, PREFIX + headerLength)) as Header;
  } catch {
    return null;
  }
  if (!isHeader(header) || header.format !== format || header.key !== key || header.littleEndian !== LITTLE_ENDIAN) return null;
  const start = padded(PREFIX + headerLength);
  const columnWords = [...header.ints, ...header.values].reduce((sum, [, length]) => sum + length, 0);
  const words = columnWords + header.pool + 1 + padded(header.pool) / 4 + padded(header.poolText) / 4;
  if (bytes.length !== start + 4 * words) return null;
  // Int32Array needs an offset that is a multiple of 4: readFileSync's buffers start at 0, but a pooled one may not.
  const aligned = (bytes.byteOffset + start) % 4 === 0 ? bytes : Buffer.from(bytes);
  const body = new Int32Array(aligned.buffer, aligned.byteOffset + start, words);
  const columns = new Map<string, Int32Array>();
  let at = 0;
  for (const [name, length] of [...header.ints, ...header.values]) {
    columns.set(name, body.subarray(at, at + length));
    at += length;
  }
  const offsets = body.subarray(at, at + header.pool + 1);
  at += header.pool + 1;
  const kindsStart = aligned.byteOffset + start + 4 * at;
  const textStart = kindsStart + padded(header.pool);
  const text = Buffer.from(aligned.buffer, textStart, header.poolText);
  const kinds = new Uint8Array(aligned.buffer, kindsStart, header.pool);
  // The digest vouches for every code and offset being as encodeColumns wrote them: no pass over them here (it cost ~10 ms).
  if (offsets[0] !== 0 || offsets[header.pool] !== header.poolText) return null;
  const decoded: unknown[] = new Array(header.pool);
  const decodedYet = new Uint8Array(header.pool);
  // Values other than strings (lists, numbers) are few: parsed now, so damage shows here and not mid-run.
  for (let i = 0; i < header.pool; i++) {
    if (kinds[i] !== JSON_VALUE) continue;
    try {
      decoded[i] = JSON.parse(text.toString('utf8', offsets[i]!, offsets[i + 1]!));
    } catch {
      return null;
    }
    decodedYet[i] = 1;
  }
  const valueAt = (code: number): unknown => {
    if (code < 0) return undefined;
    if (decodedYet[code]) return decoded[code];
    decoded[code] = text.toString('utf8', offsets[code]!, offsets[code + 1]!);
    decodedYet[code] = 1;
    return decoded[code];
  };
  const valueColumns = new Set(header.values.map(([name]) => name));
  const column = (name: string) => {
    const found = columns.get(name);
    if (!found) throw new Error(`cache entry: no column "${name}"`);
    return found;
  };
  return {
    has: (name) => columns.has(name),
    int: (name) => {
      if (valueColumns.has(name)) throw new Error(`cache entry: "${name}" is a value column`);
      return column(name);
    },
    value: (name) => {
      if (!valueColumns.has(name)) throw new Error(`cache entry: no value column "${name}"`);
      const codes = column(name);
      return (row) => valueAt(codes[row]!);
    },
    codes: (name) => {
      if (!valueColumns.has(name)) throw new Error(`cache entry: no value column "${name}"`);
      return column(name);
    },
    pooled: valueAt,
    length: (name) => column(name).length,
  };
}
