import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataDir } from '../helpers/repository.ts';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of data/ to run `vennskap data` against, so the test never writes the repository. */
function copyOfData(name: string): string {
  const dir = join(scratch, name);
  cpSync(dataDir, dir, { recursive: true });
  return dir;
}

describe('vennskap data', () => {
  // `vennskap data` geocodes 16,658 world places against three gazetteers: ~10 s idle, over 100 s on a loaded shared machine.
  it('rebuilds the dataset files and the viewer bundle byte for byte as committed', { timeout: 400_000 }, () => {
    const dir = copyOfData('rebuild');
    for (const f of ['places.csv', 'links.csv', 'network-bundle.json', 'network-bundle-world.json']) rmSync(join(dir, f));
    const result = runCli(['data'], { env: { VENNSKAP_DATA_DIR: dir }, timeoutMs: 360_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('data/links.csv (937 rows)');
    for (const f of ['places.csv', 'mentions.csv', 'links.csv', 'diagnostics.csv', 'resolutions.csv', 'network-bundle.json', 'network-bundle-world.json']) {
      expect(readFileSync(join(dir, f), 'utf8'), f).toBe(readFileSync(join(dataDir, f), 'utf8'));
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names a missing input file in one line and exits 1', () => {
    const dir = copyOfData('missing');
    rmSync(join(dir, 'raw', 'norway-china-friendship.txt'));
    const result = runCli(['data'], { env: { VENNSKAP_DATA_DIR: dir } });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`vennskap: ${join(dir, 'raw', 'norway-china-friendship.txt')}: no such file\n`);
  });

  it('names the file and line of a malformed resolution table, with no stack trace', () => {
    const dir = copyOfData('malformed');
    const aliases = join(dir, 'resolution', 'aliases.csv');
    const text = readFileSync(aliases, 'utf8') + 'NO,Broken,"unterminated\n';
    writeFileSync(aliases, text);
    const lines = text.trimEnd().split('\n').length;
    const result = runCli(['data'], { env: { VENNSKAP_DATA_DIR: dir } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^vennskap: resolution/aliases\\.csv:${lines}: a quoted field is never closed\\n$`));
  });

  it('rejects an unknown option in one line', () => {
    const result = runCli(['data', '--frobnicate']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^vennskap: data: unknown option '--frobnicate'/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('vennskap start', () => {
  it('prints the dataset summary with as-written and resolved rankings side by side', () => {
    const result = runCli(['start', '--no-serve']);
    expect(result.status).toBe(0);
    // Four documents: 449 links from the seed documents, plus Wikipedia's Norwegian links and the context links between partners
    expect(result.stdout).toContain('683 places (160 Norwegian, 523 foreign)');
    expect(result.stdout).toContain('937 links (934 active, 3 ended) from 1231 source statements');
    // all sources, seed page, Wikipedia (one row: "Lempäälä,Finland,Øvre Eiker,Norway")
    expect(result.stdout).toMatch(/1 {2}Øvre Eiker +20 {2}Øvre Eiker +20 +20 +1\n/);
    expect(result.stdout).toMatch(/no-partner +7/);
  });
});
