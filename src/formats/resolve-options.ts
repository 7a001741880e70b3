/**
 * Option handling shared by the readers and writers. graphology silently
 * ignores unknown option keys, so a typo such as `{ delimeter: '\t' }` would
 * quietly do nothing; here it throws an Error that names the key.
 */
export function resolveOptions<T extends object>(caller: string, defaults: T, options: Partial<T> | undefined): T {
  const given = (options ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
      const known = Object.keys(defaults).join(', ');
      throw new Error(`${caller}: unknown option "${key}" (known: ${known})`);
    }
  }
  const resolved: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(given)) if (value !== undefined) resolved[key] = value;
  return resolved as T;
}
