/**
 * Input that used to crash, hang or change silently, through the real CLI:
 * one line naming the file (and line), exit 1, never a stack trace or
 * exit 2; or a warning on stderr when the data was read but changed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-bad-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** The error line, checked for the exit code and the one-line shape. */
function fails(args: string[]): string {
  const result = runCli(args);
  expect(result.status, result.stderr).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/internal error|    at /);
  return result.stderr.trimEnd();
}

const HEADER = Buffer.from('source,target\n');
/** Enough rows for a file above 8 MB, which load-network streams. */
const BIG_LINES = 600_000;
const BIG_ROWS = Buffer.from(Array.from({ length: BIG_LINES }, (_, i) => `n${i},n${i + 1}`).join('\n'));
const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('encodings other than UTF-8 are named, not altered', () => {
  it('a Latin-1 CSV: the line, the byte, what it looks like and the iconv command', () => {
    const path = file('latin1.csv', Buffer.concat([HEADER, Buffer.from('Oslo,Bergen\nK\xf8benhavn,Oslo\n', 'latin1')]));
    expect(fails(['rank', '--input', path])).toBe(
      `vennskap: ${path}:3: not UTF-8: byte 0xF8 in "K\\xf8benhavn,Oslo"; the file looks like Latin-1/Windows-1252 (where it reads "København,Oslo"); convert it first: iconv -f WINDOWS-1252 -t UTF-8 '${path}' > '${join(scratch, 'latin1.utf8.csv')}'`,
    );
  });

  it('a file that mixes UTF-8 and Latin-1 lines says so', () => {
    const path = file('mixed.csv', Buffer.concat([HEADER, utf8('København,Oslo\n'), Buffer.from('Malm\xf6,Oslo\n', 'latin1')]));
    expect(fails(['stats', '--input', path])).toMatch(new RegExp(`^vennskap: ${path}:3: not UTF-8: byte 0xF6 in "Malm\\\\xf6,Oslo", while other lines are UTF-8`));
  });

  it('the node table is checked too', () => {
    const edges = file('edges.csv', 'source,target\na,b\n');
    const nodes = file('nodes-latin1.csv', Buffer.from('id,label\na,Troms\xf8\nb,B\n', 'latin1'));
    expect(fails(['stats', '--input', edges, '--nodes', nodes])).toMatch(new RegExp(`^vennskap: ${nodes}:2: not UTF-8: byte 0xF8`));
  });

  for (const [name, bytes, order, by] of [
    ['bom-le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('source,target\nTromsø,Oslo\n', 'utf16le')]), 'LE', 'its byte-order mark'],
    ['bare-le.csv', Buffer.from('source,target\nTromsø,Oslo\n', 'utf16le'), 'LE', 'its NUL bytes'],
    ['bare-be.csv', Buffer.from('source,target\nTromsø,Oslo\n', 'utf16le').swap16(), 'BE', 'its NUL bytes'],
  ] as const) {
    it(`UTF-16 ${order} recognised by ${by} (${name})`, () => {
      const path = file(name, bytes);
      expect(fails(['rank', '--input', path])).toMatch(new RegExp(`^vennskap: ${path}: is UTF-16 ${order} \\(${by}\\), not UTF-8; convert it first: iconv -f UTF-16`));
    });
  }

  it('UTF-16 GEXF and JSON files get the same message', () => {
    const gexf = file('g.gexf', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0"?><gexf/>', 'utf16le')]));
    expect(fails(['stats', '--input', gexf])).toContain('is UTF-16 LE');
    const json = file('g.json', Buffer.from('{"nodes":[]}', 'utf16le').swap16());
    expect(fails(['stats', '--input', json])).toContain('is UTF-16 BE');
  });

  it('a streamed (large) edge list is checked as it is read, with the line', () => {
    const path = file('big-latin1.csv', Buffer.concat([HEADER, BIG_ROWS, Buffer.from('\nK\xf8benhavn,Oslo\n', 'latin1')]));
    expect(statSync(path).size).toBeGreaterThan(8 * 1024 * 1024); // above load-network's streaming threshold
    expect(fails(['stats', '--input', path])).toMatch(new RegExp(`^vennskap: ${path}:${BIG_LINES + 2}: not UTF-8: byte 0xF8`));
  });
});

describe('Unicode normalisation (NFC)', () => {
  // "Malmö" composed (U+00F6) on line 3, decomposed (o + U+0308) on line 4.
  const path = file('nfc.csv', 'source,target\nOslo,Bergen\nMalm\u00f6,Oslo\nMalmo\u0308,Bergen\nTromso\u0308,Oslo\n');

  it('two spellings of one name are one node, and the merge is a warning naming the lines', () => {
    const result = runCli(['rank', '--input', path, '--json', '--top', '0']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe(
      `vennskap: warning: ${path}: "Malm\u00f6" is written in 2 Unicode forms (composed (NFC) on line 3, decomposed (NFD) on line 4) that print alike; they were read as one node, in NFC.\n` +
        `vennskap: ${path}: 1 node id written in decomposed Unicode was normalised to NFC (composed), which prints the same.\n`,
    );
    const rows = JSON.parse(result.stdout).rows as { id: string; partners: number }[];
    expect(rows.map((r) => r.id).sort()).toEqual(['Bergen', 'Malm\u00f6', 'Oslo', 'Troms\u00f6'].sort());
    expect(rows.find((r) => r.id === 'Malm\u00f6')!.partners).toBe(2);
  });

  it('a streamed (large) edge list merges and warns the same way', () => {
    const path = file('big-nfc.csv', Buffer.concat([HEADER, BIG_ROWS, utf8('\nMalmo\u0308,Oslo\nMalm\u00f6,Bergen\n')]));
    expect(statSync(path).size).toBeGreaterThan(8 * 1024 * 1024);
    const result = runCli(['stats', '--input', path, '--json']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe(
      `vennskap: warning: ${path}: "Malm\u00f6" is written in 2 Unicode forms (decomposed (NFD) on line ${BIG_LINES + 2}, composed (NFC) on line ${BIG_LINES + 3}) that print alike; they were read as one node, in NFC.\n`,
    );
    // 600,001 chain nodes n0…n600000, plus Malmö, Oslo and Bergen.
    expect(JSON.parse(result.stdout).networks.input.nodes).toBe(BIG_LINES + 1 + 3);
  });

  it("the report's notes on how the file was read say both the merge and the re-encoding", () => {
    const out = join(scratch, 'nfc-report');
    expect(runCli(['report', '--input', path, '--out', out]).status).toBe(0);
    const markdown = readFileSync(join(out, 'report.md'), 'utf8');
    expect(markdown).toContain(`"Malm\u00f6" is written in 2 Unicode forms (composed (NFC) on line 3, decomposed (NFD) on line 4)`);
    expect(markdown).toContain('1 node id written in decomposed Unicode was normalised to NFC');
  });
});

describe('numeric options', () => {
  for (const [args, message] of [
    [['rank', '--top', '-1'], '--top: expected a whole number ≥ 0, got -1'],
    [['rank', '--top', '2.5'], '--top: expected a whole number ≥ 0, got 2.5'],
    [['rank', '--seed', '-1'], '--seed: expected a whole number ≥ 0, got -1'],
    [['stats', '--seed', '-7'], '--seed: expected a whole number ≥ 0, got -7'],
    [['town', 'tromso', '--seed', '-1'], '--seed: expected a whole number ≥ 0, got -1'],
    [['export', '--seed', '-1'], '--seed: expected a whole number ≥ 0, got -1'],
    [['clusters', '--resolution', '-1'], '--resolution: expected a number > 0, got -1'],
    [['clusters', '--resolution', '-0.5'], '--resolution: expected a number > 0, got -0.5'],
    [['clusters', '--stability-seeds', '-2'], '--stability-seeds: expected a whole number ≥ 1, got -2'],
    [['report', '--resolution', '-1'], '--resolution: expected a number > 0, got -1'],
    [['report', '--top', '-1'], '--top: expected a whole number ≥ 1, got -1'],
    [['report', '--stability-seeds', '0'], '--stability-seeds: expected a whole number ≥ 1, got 0'],
    [['distances', '--draws', '-5'], '--draws: expected a whole number ≥ 1, got -5'],
    [['distances', '--top', '-1'], '--top: expected a whole number ≥ 0, got -1'],
    [['start', '--port', '-1'], '--port: expected a whole number from 0 to 65535, got -1'],
    [['start', '--port', '99999'], '--port: expected a whole number from 0 to 65535, got 99999'],
  ] as const) {
    it(`${args.join(' ')}`, () => {
      expect(fails([...args])).toBe(`vennskap: ${message}`);
    });
  }
});

describe('special files are refused instead of waited on', () => {
  it('a FIFO given as --input or --nodes', () => {
    const fifo = join(scratch, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    expect(fails(['stats', '--input', fifo])).toBe(`vennskap: --input ${fifo}: is a FIFO (named pipe), expected a regular file (save the data to a file first)`);
    const edges = file('e.csv', 'source,target\na,b\n');
    expect(fails(['stats', '--input', edges, '--nodes', fifo])).toBe(`vennskap: --nodes ${fifo}: is a FIFO (named pipe), expected a regular file (save the data to a file first)`);
  });

  it('a device such as /dev/zero or /dev/null', () => {
    expect(fails(['rank', '--input', '/dev/zero'])).toBe('vennskap: --input /dev/zero: is a device, expected a regular file (save the data to a file first)');
    expect(fails(['rank', '--input', '/dev/null', '--format', 'csv'])).toBe('vennskap: --input /dev/null: is a device, expected a regular file (save the data to a file first)');
  });

  it('/dev/stdin, whatever it is connected to', () => {
    expect(fails(['rank', '--input', '/dev/stdin'])).toMatch(/^vennskap: --input \/dev\/stdin: is a (FIFO \(named pipe\)|device|socket), expected a regular file/);
  });
});
