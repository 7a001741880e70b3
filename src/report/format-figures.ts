/**
 * Number formatting for the report. Fixed digits through toFixed (its output
 * is specified exactly by ECMAScript), never toLocaleString, whose output
 * depends on the ICU build: the same dataset must give byte-identical files
 * in Node and in every browser.
 */

/** `value` with `digits` decimals; "–" when it is not a finite number; never "-0.00". */
export function formatDecimal(value: number | null | undefined, digits: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = value.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** A share (0..1) as a percentage with one decimal: 0.1234 → "12.3%". */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return `${formatDecimal(share * 100, digits)}%`;
}

/** Integers as they are, other numbers with up to `digits` decimals and no trailing zeros (axis ticks, chart values). */
export function formatCompact(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return String(value);
  const text = formatDecimal(value, digits);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/**
 * A metric value with `digits` decimals, switching to two significant digits
 * ("4.7e-7") when the value is not zero but would round to it: a table that
 * shows "0.0000" for a ranked value hides why it is ranked at all.
 */
export function formatMetricValue(value: number, digits: number): string {
  if (Number.isFinite(value) && value !== 0 && Math.abs(value) < 0.5 * 10 ** -digits) return value.toExponential(1);
  return formatDecimal(value, digits);
}
