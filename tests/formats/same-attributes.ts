import { expect } from 'vitest';

/**
 * "Equal" after a trip through a file format: the same attribute names; the
 * same numbers within 1e-9; strings equal; arrays compared as the string
 * joined with "|" (GEXF, GraphML and CSV hold scalars only, see
 * attribute-values.ts); booleans equal.
 */
export function expectSameAttributes(actual: Record<string, unknown>, expected: Record<string, unknown>, where: string): void {
  expect(Object.keys(actual).sort(), where).toEqual(Object.keys(expected).sort());
  for (const [name, value] of Object.entries(expected)) {
    const got = actual[name];
    if (typeof value === 'number') {
      expect(typeof got, `${where}.${name}`).toBe('number');
      expect(Math.abs((got as number) - value), `${where}.${name}: ${got} vs ${value}`).toBeLessThanOrEqual(1e-9);
    } else if (Array.isArray(value)) {
      expect(got, `${where}.${name}`).toBe(value.join('|'));
    } else {
      expect(got, `${where}.${name}`).toBe(value);
    }
  }
}
