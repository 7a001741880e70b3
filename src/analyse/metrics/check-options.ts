/**
 * Option handling shared by every metric: unknown keys are an error that
 * names the key (graphology silently ignores them, so a typo such as
 * `normalised` quietly gives the default), and `undefined` means "use the
 * default" so callers can forward optional values without filtering them.
 */
export function checkOptions<T extends object>(metric: string, options: object | undefined, defaults: T): T {
  if (options === undefined || options === null) return { ...defaults };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(`${metric}: options must be an object`);
  }
  const resolved = { ...defaults } as Record<string, unknown>;
  for (const [key, value] of Object.entries(options)) {
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
      throw new Error(`${metric}: unknown option "${key}"`);
    }
    if (value !== undefined) resolved[key] = value;
  }
  return resolved as T;
}
