/**
 * The architecture in README.md: every stage in src/ is pure and
 * browser-safe, and only the command-line layer (src/cli) touches files,
 * processes, threads and servers. A Node built-in imported anywhere else
 * would break the viewer (which imports src/) or hide I/O inside a stage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
function importedModules(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

describe('layering', () => {
  it('finds the imports it checks (the check itself works)', () => {
    const cli = readFileSync(join(src, 'cli', 'repository-files.ts'), 'utf8');
    expect(importedModules(cli)).toContain('node:fs');
    expect(importedModules("const x = await import('node:os');")).toEqual(['node:os']);
  });

  it('imports Node built-ins only in src/cli', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(src)) {
      const path = relative(src, file);
      if (path.startsWith(`cli/`)) continue;
      for (const module of importedModules(readFileSync(file, 'utf8'))) {
        if (builtins.has(module)) offenders.push(`${path} imports ${module}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('never imports the command-line layer from a stage', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(src)) {
      const path = relative(src, file);
      if (path.startsWith('cli/')) continue;
      for (const module of importedModules(readFileSync(file, 'utf8'))) {
        if (/(^|\/)cli\//.test(module)) offenders.push(`${path} imports ${module}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
