/**
 * Option handling shared by the community and agreement modules.
 * graphology silently ignores unknown option keys, so a typo such as
 * `{ resolutoin: 2 }` runs with the default and nobody notices; here an
 * unknown key is an error that names the key and the function.
 */
export function resolveOptions<T extends object>(
  caller: string,
  defaults: T,
  options: Partial<T> | undefined,
): T {
  if (options === undefined || options === null) return { ...defaults };
  if (typeof options !== 'object') {
    throw new Error(`${caller}: options must be an object, got ${typeof options}`);
  }
  for (const key of Object.keys(options)) {
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
      const known = Object.keys(defaults).join(', ');
      throw new Error(`${caller}: unknown option "${key}" (known: ${known})`);
    }
  }
  const resolved = { ...defaults };
  for (const [key, value] of Object.entries(options)) {
    // An explicit `undefined` means "use the default", as with destructuring.
    if (value !== undefined) (resolved as Record<string, unknown>)[key] = value;
  }
  return resolved;
}
