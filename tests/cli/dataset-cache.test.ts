/**
 * The dataset cache (src/cli/dataset-cache.ts): a run that reads it prints
 * exactly what a run that parses the documents prints, the cache is really
 * read, and any change to an input is seen on the next run.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeColumns, encodeColumns } from '../../src/cli/columnar-entry.ts';
import { dataDir } from '../helpers/repository.ts';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-cache-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The entries of a kind: the dataset as JSON, the network table as columns of bytes (src/cli/columnar-entry.ts). */
const cacheEntries = (dir: string, kind = 'dataset') => readdirSync(dir).filter((f) => f.startsWith(`${kind}-`) && f.endsWith(kind === 'network' ? '.bin' : '.json'));

/** The header of a network entry: [u32 header length][20-byte digest][header JSON]. */
function networkHeader(path: string): { format: string; key: string; ints: [string, number][]; values: [string, number][] } {
  const bytes = readFileSync(path);
  return JSON.parse(bytes.toString('utf8', 24, 24 + bytes.readUInt32LE(0)));
}

/** Rewrite a network entry with every value equal to `from` replaced by `to` (a valid entry, checksum and all). */
function editNetworkEntry(path: string, from: string, to: string) {
  const { format, key, ints, values } = networkHeader(path);
  const read = decodeColumns(readFileSync(path), format, key)!;
  const rows = (name: string, length: number) => Array.from({ length }, (_, row) => read.value(name)(row));
  writeFileSync(
    path,
    encodeColumns(format, key, {
      ints: Object.fromEntries(ints.map(([name]) => [name, read.int(name)])),
      values: Object.fromEntries(values.map(([name, length]) => [name, rows(name, length).map((v) => (v === from ? to : v))])),
    }),
  );
}

function rankJson(env: Record<string, string>, args: string[] = []) {
  const result = runCli(['rank', '--top', '3', '--json', ...args], { env });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('dataset cache', () => {
  it('gives byte-identical output whether it parses the documents or reads the cache', () => {
    const cache = join(scratch, 'identical');
    const uncached = rankJson({ VENNSKAP_NO_CACHE: '1', VENNSKAP_CACHE_DIR: cache });
    expect(readdirSync(scratch)).not.toContain('identical');
    const filling = rankJson({ VENNSKAP_CACHE_DIR: cache });
    expect(cacheEntries(cache)).toHaveLength(1);
    const reading = rankJson({ VENNSKAP_CACHE_DIR: cache });
    expect(filling).toBe(uncached);
    expect(reading).toBe(uncached);
    // The report uses every part of the dataset (diagnostics, mentions, parses).
    const report = (name: string, env: Record<string, string>) => {
      const out = join(scratch, name);
      expect(runCli(['report', '--out', out, '--stability-seeds', '3'], { env }).status).toBe(0);
      return readFileSync(join(out, 'report.md'), 'utf8');
    };
    expect(report('report-cached', { VENNSKAP_CACHE_DIR: cache })).toBe(report('report-uncached', { VENNSKAP_NO_CACHE: '1' }));
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('gives byte-identical output for the world dataset whether it builds, fills or reads the cache', () => {
    const cache = join(scratch, 'identical-world');
    // Every place, as CSV (the JSON of 16,000 rows is past spawnSync's 1 MB output buffer).
    const rankCsv = (env: Record<string, string>, args: string[] = []) => {
      const result = runCli(['rank', '--dataset', 'world', '--top', '0', '--csv', ...args], { env });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return result.stdout;
    };
    const uncached = rankCsv({ VENNSKAP_NO_CACHE: '1', VENNSKAP_CACHE_DIR: cache });
    const filling = rankCsv({ VENNSKAP_CACHE_DIR: cache });
    expect([cacheEntries(cache), cacheEntries(cache, 'network')].map((e) => e.length)).toEqual([1, 1]);
    const reading = rankCsv({ VENNSKAP_CACHE_DIR: cache });
    expect(uncached.split('\n').length).toBeGreaterThan(16000);
    expect(filling).toBe(uncached);
    expect(reading).toBe(uncached);
    // --status reads each link's status from the entry.
    expect(rankCsv({ VENNSKAP_CACHE_DIR: cache }, ['--status', 'ended'])).toBe(rankCsv({ VENNSKAP_NO_CACHE: '1' }, ['--status', 'ended']));
  });

  it('is really read: an entry edited in place shows in the output', () => {
    const cache = join(scratch, 'edited');
    rankJson({ VENNSKAP_CACHE_DIR: cache });
    // Ranking by partners reads the compact network entry (load-place-table.ts); other metrics read the dataset entry.
    const [dataset] = cacheEntries(cache, 'dataset');
    writeFileSync(join(cache, dataset!), readFileSync(join(cache, dataset!), 'utf8').replaceAll('"Øvre Eiker"', '"Edited In dataset"'));
    const [network] = cacheEntries(cache, 'network');
    editNetworkEntry(join(cache, network!), 'Øvre Eiker', 'Edited In network');
    expect(rankJson({ VENNSKAP_CACHE_DIR: cache })).toContain('"place": "Edited In network"');
    expect(rankJson({ VENNSKAP_CACHE_DIR: cache }, ['--by', 'pagerank'])).toContain('"place": "Edited In dataset"');
  });

  it('ignores an unreadable entry and rebuilds it', () => {
    const cache = join(scratch, 'corrupt');
    const expected = rankJson({ VENNSKAP_CACHE_DIR: cache });
    const [entry] = cacheEntries(cache);
    const [network] = cacheEntries(cache, 'network');
    const networkBytes = readFileSync(join(cache, network!));
    writeFileSync(join(cache, entry!), '{"format": "vennskap-dataset-cache/1", "key": ');
    writeFileSync(join(cache, network!), networkBytes.subarray(0, networkBytes.length >> 1));
    expect(rankJson({ VENNSKAP_CACHE_DIR: cache })).toBe(expected);
    // The network entry was rebuilt from the dataset, and so was the dataset entry.
    expect(readFileSync(join(cache, network!))).toEqual(networkBytes);
    // A damaged byte (the checksum sees it) is rebuilt the same way.
    const damaged = Buffer.from(networkBytes);
    damaged[damaged.length >> 1] = damaged[damaged.length >> 1]! ^ 0x10;
    writeFileSync(join(cache, network!), damaged);
    expect(rankJson({ VENNSKAP_CACHE_DIR: cache })).toBe(expected);
    expect(readFileSync(join(cache, network!))).toEqual(networkBytes);
    expect(JSON.parse(readFileSync(join(cache, entry!), 'utf8')).format).toBe('vennskap-dataset-cache/1');
  });

  it('sees a changed document on the next run', () => {
    const cache = join(scratch, 'changed');
    const data = join(scratch, 'data-changed');
    cpSync(dataDir, data, { recursive: true });
    const env = { VENNSKAP_CACHE_DIR: cache, VENNSKAP_DATA_DIR: data };
    const before = JSON.parse(rankJson(env, ['--country', 'NO'])).rows as { place: string; partners: number }[];
    expect(before.slice(0, 3).map((r) => `${r.place} ${r.partners}`)).toEqual(['Øvre Eiker 20', 'Stavanger 15', 'Trondheim 15']);
    // The page is a stream of flag-name pairs: line 18's 🇳🇴 Trondheim pairs with line 19's 🇦🇹 Graz.
    // Make that Stavanger: Stavanger gains Graz, Trondheim loses it (neither has it elsewhere).
    const page = join(data, 'raw', 'norway-twin-towns.txt');
    const text = readFileSync(page, 'utf8');
    expect(text.split('\n')[17]).toBe('🇦🇹 Bad Hall 🇳🇴 Trondheim,');
    writeFileSync(page, text.replace('🇦🇹 Bad Hall 🇳🇴 Trondheim,', '🇦🇹 Bad Hall 🇳🇴 Stavanger,'));
    const after = JSON.parse(rankJson(env, ['--country', 'NO', '--top', '0'])).rows as { place: string; partners: number }[];
    const partners = (place: string) => after.find((r) => r.place === place)?.partners;
    // Trondheim keeps 15: the seed page no longer states Trondheim–Graz, but the world list does (line 746 "Graz,Austria,Trondheim,Norway")
    expect([partners('Øvre Eiker'), partners('Stavanger'), partners('Trondheim')]).toEqual([20, 16, 15]);
    const seedPage = (place: string) => (after.find((r) => r.place === place) as unknown as { partners_seed_page: number }).partners_seed_page;
    expect([seedPage('Stavanger'), seedPage('Trondheim')]).toEqual([16, 14]);
    expect(cacheEntries(cache)).toHaveLength(2);
  });

  it('sees a document edited in place to the same size and modification time after its digest was remembered', async () => {
    const cache = join(scratch, 'same-stamp');
    const data = join(scratch, 'data-same-stamp');
    cpSync(dataDir, data, { recursive: true });
    const env = { VENNSKAP_CACHE_DIR: cache, VENNSKAP_DATA_DIR: data };
    const page = join(data, 'raw', 'norway-twin-towns.txt');
    const oldTime = new Date('2024-01-01T00:00:00Z');
    utimesSync(page, oldTime, oldTime);
    // file-digests.ts remembers a file's digest only once it has been unchanged for 2 s.
    await new Promise((done) => setTimeout(done, 2100));
    type Row = { place: string; partners: number };
    const partners = (place: string) => (JSON.parse(rankJson(env, ['--country', 'NO', '--top', '0'])).rows as Row[]).find((r) => r.place === place)!.partners;
    expect(partners('Stavanger')).toBe(15);
    const memo = JSON.parse(readFileSync(join(cache, 'file-digests.json'), 'utf8')) as { files: Record<string, [string, string]> };
    expect(Object.keys(memo.files)).toContain(page);
    // Same edit as above (Trondheim → Stavanger: both 9 letters), then the old modification time put back.
    const size = statSync(page).size;
    writeFileSync(page, readFileSync(page, 'utf8').replace('🇦🇹 Bad Hall 🇳🇴 Trondheim,', '🇦🇹 Bad Hall 🇳🇴 Stavanger,'));
    utimesSync(page, oldTime, oldTime);
    expect([statSync(page).size, statSync(page).mtimeMs]).toEqual([size, oldTime.getTime()]);
    expect(partners('Stavanger')).toBe(16);
  });

  it('sees a changed world list on the next run', () => {
    const cache = join(scratch, 'changed-world');
    const data = join(scratch, 'data-changed-world');
    cpSync(dataDir, data, { recursive: true });
    const env = { VENNSKAP_CACHE_DIR: cache, VENNSKAP_DATA_DIR: data };
    type Row = { place: string; partners: number; partners_wikipedia: number };
    const stavanger = () => (JSON.parse(rankJson(env, ['--country', 'NO', '--top', '0'])).rows as Row[]).find((r) => r.place === 'Stavanger')!;
    expect([stavanger().partners, stavanger().partners_wikipedia]).toEqual([15, 11]);
    // A new row in the world list: Stavanger gains Graz, stated by Wikipedia only
    const list = join(data, 'raw', 'wikipedia-twin-towns.csv');
    writeFileSync(list, `${readFileSync(list, 'utf8')}Stavanger,Norway,Graz,Austria\n`);
    expect([stavanger().partners, stavanger().partners_wikipedia]).toEqual([16, 12]);
    expect(cacheEntries(cache)).toHaveLength(2);
  });
});
