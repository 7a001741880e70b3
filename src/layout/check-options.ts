/**
 * Options are checked against the module's DEFAULTS so that a misspelt key
 * fails loudly instead of being silently ignored (graphology's weak spot).
 */
export function checkOptionKeys(
  moduleName: string,
  defaults: object,
  options: object | undefined,
): void {
  if (!options) return;
  for (const key of Object.keys(options)) {
    if (!(key in defaults)) throw new Error(`${moduleName}: unknown option "${key}"`);
  }
}
