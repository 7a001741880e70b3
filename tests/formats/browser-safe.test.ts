/**
 * The readers and writers (all but the streaming reader) are loaded by the
 * viewer, so they must bundle for the browser and run without Node's
 * globals. Bundle them with esbuild for the browser and run the bundle in a
 * bare V8 context (no require, process or Buffer).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const formats = fileURLToPath(new URL('../../src/formats/', import.meta.url));

const ENTRY = `
export { readNetworkFile } from './read-network-file.ts';
export { writeGexf } from './write-gexf.ts';
export { writeGraphml } from './write-graphml.ts';
export { writeCsvTables } from './write-csv-tables.ts';
export { writeGraphJson } from './write-graph-json.ts';
`;

describe('browser safety', () => {
  it('bundles for the browser and reads and writes every format in a context without Node globals', async () => {
    const result = await build({
      stdin: { contents: ENTRY, resolveDir: formats, sourcefile: 'entry.ts', loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'formats',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["']node:/);

    const context = createContext({});
    runInContext(code, context);
    const check = runInContext(
      `(() => {
        const read = (text, file) => formats.readNetworkFile(text, { file }).graph;
        const g = read('source,target,weight\\na,b,2\\nb,c,1\\n', 'e.csv');
        const fromGexf = read(formats.writeGexf(g), 'g.gexf');
        const fromGraphml = read(formats.writeGraphml(g), 'g.graphml');
        const fromJson = read(formats.writeGraphJson(g), 'g.json');
        const tables = formats.writeCsvTables(g);
        const fromCsv = formats.readNetworkFile(tables.edges, { file: 'e.csv', nodesText: tables.nodes }).graph;
        return [fromGexf, fromGraphml, fromJson, fromCsv].map((x) => x.order + ':' + x.size + ':' + x.getEdgeAttribute(x.edge('a', 'b'), 'weight'));
      })()`,
      context,
    );
    expect(check).toEqual(['3:2:2', '3:2:2', '3:2:2', '3:2:2']);
  });
});
