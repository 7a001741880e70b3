/**
 * Option handling shared by every module that takes an options object.
 * graphology silently ignores unknown option keys, so a typo such as
 * `{ resolutoin: 2 }` runs with the default and nobody notices; here an
 * unknown key is an Error that names the key and the function. An explicit
 * `undefined` means "use the default", as with destructuring.
 */
export function resolveOptions<T extends object>(caller: string, defaults: T, options: Partial<T> | undefined | null): T {
  if (options === undefined || options === null) return { ...defaults };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(`${caller}: options must be an object, got ${Array.isArray(options) ? 'an array' : typeof options}`);
  }
  for (const key of Object.keys(options)) {
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
      throw new Error(`${caller}: unknown option "${key}" (known: ${Object.keys(defaults).join(', ')})`);
    }
  }
  const resolved: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) resolved[key] = value;
  return resolved as T;
}
