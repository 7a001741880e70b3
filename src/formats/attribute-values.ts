/**
 * Attribute values across formats: which text is a number when reading a
 * table, and how a JavaScript value becomes a typed scalar when writing
 * formats that only hold scalars (GEXF, GraphML, CSV).
 */

/**
 * Plain decimal numbers only. A leading zero ("0301", Oslo's municipality
 * number) or a plus sign marks an identifier or a formula, not a quantity, so
 * such a column stays text.
 */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

export function isPlainNumber(text: string): boolean {
  return PLAIN_NUMBER.test(text);
}

/**
 * Column-wise typing for table readers: a column is numeric when every
 * non-empty cell is a plain number. Deciding per column rather than per cell
 * keeps one type per attribute, which GEXF and GraphML need.
 */
export function findNumericColumns(columns: readonly string[], rows: readonly Record<string, string>[]): Set<string> {
  const numeric = new Set<string>();
  for (const column of columns) {
    let seen = false;
    let allNumbers = true;
    for (const row of rows) {
      const cell = (row[column] ?? '').trim();
      if (cell === '') continue;
      seen = true;
      if (!isPlainNumber(cell)) {
        allNumbers = false;
        break;
      }
    }
    if (seen && allNumbers) numeric.add(column);
  }
  return numeric;
}

export type ScalarValue = string | number | boolean;

/** Separator for arrays in formats that hold scalars only (CSV, GEXF, GraphML). */
export const ARRAY_SEPARATOR = '|';

/**
 * A value as one scalar: arrays and sets joined with "|", other objects as
 * JSON, missing values (undefined, null, NaN, "") as undefined so writers
 * leave the cell out.
 */
export function flattenValue(value: unknown): ScalarValue | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Set) value = [...value];
  if (Array.isArray(value)) {
    const parts = value.filter((v) => v !== undefined && v !== null).map((v) => String(v));
    return parts.length === 0 ? undefined : parts.join(ARRAY_SEPARATOR);
  }
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value);
}

export type ScalarType = 'boolean' | 'integer' | 'long' | 'double' | 'string';

const INT32_MAX = 2 ** 31 - 1;

/**
 * The narrowest type that holds every value: integers within 32 bits →
 * integer, larger safe integers → long, other finite or infinite numbers →
 * double, only booleans → boolean, anything mixed → string.
 */
export function inferScalarType(values: Iterable<ScalarValue>): ScalarType | undefined {
  let type: ScalarType | undefined;
  for (const value of values) {
    let t: ScalarType;
    if (typeof value === 'boolean') t = 'boolean';
    else if (typeof value === 'string') t = 'string';
    else if (Number.isInteger(value) && Math.abs(value) <= INT32_MAX) t = 'integer';
    else if (Number.isSafeInteger(value)) t = 'long';
    else t = 'double';
    type = type === undefined ? t : widenType(type, t);
    if (type === 'string') break;
  }
  return type;
}

const NUMERIC_RANK: Partial<Record<ScalarType, number>> = { integer: 0, long: 1, double: 2 };

export function widenType(a: ScalarType, b: ScalarType): ScalarType {
  if (a === b) return a;
  const ra = NUMERIC_RANK[a];
  const rb = NUMERIC_RANK[b];
  if (ra !== undefined && rb !== undefined) return ra > rb ? a : b;
  return 'string';
}

/**
 * Names of all attributes over a set of attribute objects, sorted (by UTF-16
 * code unit, which does not depend on the locale) so that output is stable.
 */
export function collectAttributeNames(
  attributeObjects: Iterable<Record<string, unknown>>,
  exclude: ReadonlySet<string> = new Set(),
): string[] {
  const names = new Set<string>();
  for (const attributes of attributeObjects) {
    for (const name of Object.keys(attributes)) if (!exclude.has(name)) names.add(name);
  }
  return [...names].sort(compareCodeUnits);
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Types a caller knows better than the values show (a metric that happens to be all whole numbers is still a double). */
export type DeclaredTypes = Readonly<Record<string, ScalarType>>;

/**
 * One type per attribute name over these attribute objects, sorted by name:
 * the narrowest type holding every value (inferScalarType), widened to the
 * declared type when there is one. Names in `skip` are left out; so are
 * attributes that never have a value.
 */
export function inferAttributeTypes(objects: Iterable<Record<string, unknown>>, options: { skip?: ReadonlySet<string>; declared?: DeclaredTypes } = {}): [string, ScalarType][] {
  const values = new Map<string, ScalarValue[]>();
  for (const attributes of objects) {
    for (const [name, raw] of Object.entries(attributes)) {
      if (options.skip?.has(name)) continue;
      const value = flattenValue(raw);
      if (value === undefined) continue;
      let list = values.get(name);
      if (!list) values.set(name, (list = []));
      list.push(value);
    }
  }
  return [...values.keys()].sort(compareCodeUnits).map((name) => {
    const inferred = inferScalarType(values.get(name)!) ?? 'string';
    const declared = options.declared && Object.hasOwn(options.declared, name) ? options.declared[name]! : undefined;
    return [name, declared ? widenType(declared, inferred) : inferred];
  });
}
