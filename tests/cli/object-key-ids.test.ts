/**
 * Node ids that are JavaScript object keys ("__proto__", "constructor",
 * "toString", "hasOwnProperty") are ordinary ids along the whole pipeline
 * the CLI uses: readers, metrics, communities, layout, every writer, the
 * report. Each command runs twice through the real CLI, once on a network
 * with those ids and once on the same network with plain ids (same sort
 * order, same file name in another folder); the outputs must be the same
 * after renaming back. One value is also checked by hand.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-object-keys-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Each risky id and a plain stand-in that sorts the same way against the others. */
const RENAMES: [string, string][] = [
  ['__proto__', '__prot0__'],
  ['constructor', 'constructo0'],
  ['hasOwnProperty', 'hasOwnPropert0'],
  ['toString', 'toStrin0'],
];
const toPlain = (text: string) => RENAMES.reduce((t, [risky, plain]) => t.split(risky).join(plain), text);

/**
 * A 4-cycle a – __proto__ – constructor – toString – a with hasOwnProperty
 * hanging off toString. By hand: __proto__ lies on one of the two shortest
 * paths between a and constructor, so its normalised betweenness is
 * 0.5 / ((5-1)(5-2)/2) = 1/12.
 */
const FILES: Record<string, string> = {
  'net.csv': 'source,target\n__proto__,constructor\nconstructor,toString\ntoString,hasOwnProperty\na,__proto__\na,toString\n',
  'net.json': JSON.stringify({
    nodes: ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a'].map((key) => ({ key, attributes: { label: key } })),
    edges: [['__proto__', 'constructor'], ['constructor', 'toString'], ['toString', 'hasOwnProperty'], ['a', '__proto__'], ['a', 'toString']].map(([source, target]) => ({ source, target })),
  }),
  'net.gexf': `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes>${['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a'].map((k) => `<node id="${k}" label="${k}"/>`).join('')}</nodes><edges><edge id="0" source="__proto__" target="constructor"/><edge id="1" source="constructor" target="toString"/><edge id="2" source="toString" target="hasOwnProperty"/><edge id="3" source="a" target="__proto__"/><edge id="4" source="a" target="toString"/></edges></graph></gexf>`,
  'net.graphml': `<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">${['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a'].map((k) => `<node id="${k}"/>`).join('')}<edge source="__proto__" target="constructor"/><edge source="constructor" target="toString"/><edge source="toString" target="hasOwnProperty"/><edge source="a" target="__proto__"/><edge source="a" target="toString"/></graph></graphml>`,
};
const NODE_TABLE = 'id,label,country\n__proto__,__proto__,NO\nconstructor,constructor,SE\ntoString,toString,NO\nhasOwnProperty,hasOwnProperty,DK\na,a,SE\n';

const riskyDir = join(scratch, 'risky');
const plainDir = join(scratch, 'plain');
for (const [dir, map] of [[riskyDir, (t: string) => t], [plainDir, toPlain]] as const) {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), map(text));
  writeFileSync(join(dir, 'nodes.csv'), map(NODE_TABLE));
}

/** Runs the same arguments in both folders; returns the risky run's stdout and checks it equals the plain run's. */
function runBoth(args: string[]): string {
  const risky = runCli(args, { cwd: riskyDir });
  const plain = runCli(toPlain(args.join('\u0000')).split('\u0000'), { cwd: plainDir });
  expect(risky.status, risky.stderr).toBe(0);
  expect(plain.status, plain.stderr).toBe(0);
  expect(toPlain(risky.stdout)).toBe(plain.stdout);
  expect(toPlain(risky.stderr)).toBe(plain.stderr);
  return risky.stdout;
}

describe('ids that are JavaScript object keys', () => {
  for (const file of Object.keys(FILES)) {
    it(`rank, stats, clusters and town read ${file} like any other file`, () => {
      const rank = JSON.parse(runBoth(['rank', '--input', file, '--by', 'betweenness', '--top', '0', '--json']));
      const proto = rank.rows.find((r: { id: string }) => r.id === '__proto__');
      expect(proto, JSON.stringify(rank)).toBeDefined();
      expect(proto.betweenness).toBeCloseTo(1 / 12, 12);
      runBoth(['stats', '--input', file, '--json']);
      runBoth(['clusters', '--input', file, '--json']);
      const town = JSON.parse(runBoth(['town', '__proto__', '--input', file, '--json']));
      expect(town.place.id).toBe('__proto__');
      expect(town.partners.map((p: { id: string }) => p.id).sort()).toEqual(['a', 'constructor']);
    });
  }

  it('a node table with such ids keeps its attributes', () => {
    const town = JSON.parse(runBoth(['town', 'hasOwnProperty', '--input', 'net.csv', '--nodes', 'nodes.csv', '--json']));
    expect(town.place.country).toBe('DK');
  });

  for (const format of ['json', 'csv', 'gexf', 'graphml']) {
    it(`export --format ${format} writes them and their metrics`, () => {
      const text = runBoth(['export', '--format', format, '--input', 'net.json']);
      for (const [risky] of RENAMES) expect(text).toContain(risky);
    });
  }

  it('report names them', () => {
    runBoth(['report', '--input', 'net.csv', '--out', 'report']);
    const risky = readFileSync(join(riskyDir, 'report', 'report.md'), 'utf8');
    const plain = readFileSync(join(plainDir, 'report', 'report.md'), 'utf8');
    const withoutHashes = (t: string) => t.replace(/[0-9a-f]{64}/g, 'HASH');
    // Markdown escapes "_" (\_\_proto\_\_), so map back through the escaped spelling too.
    expect(withoutHashes(toPlain(risky.replace(/\\_\\_proto\\_\\_/g, '__proto__').replace(/\\_\\_prot0\\_\\_/g, '__prot0__')))).toBe(
      withoutHashes(plain.replace(/\\_\\_prot0\\_\\_/g, '__prot0__')),
    );
    expect(risky).toContain('\\_\\_proto\\_\\_');
  });
});
