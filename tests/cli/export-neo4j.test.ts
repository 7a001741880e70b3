/**
 * `vennskap export --format neo4j` against Neo4j's documented import header
 * format (Operations Manual, "Import header format", neo4j-admin database
 * import): a small validator below checks the header grammar, that every
 * relationship's :START_ID and :END_ID is a node id, and that each typed
 * value parses as its type. Values are checked by hand against the raw
 * document and against the graphology JSON export of the same network.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/formats/csv.ts';
import { writeNeo4jCsv } from '../../src/formats/write-neo4j-csv.ts';
import { runCli } from '../helpers/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vennskap-neo4j-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// ---- A validator for Neo4j's CSV header format -------------------------------------------
// Field: <name>:<field_type>. Special types: ID (optionally ID(<group>)), LABEL, START_ID,
// END_ID, TYPE, IGNORE. Property types: int, long, float, double, boolean, byte, short,
// char, string, point, date, localtime, time, localdatetime, datetime, duration; a
// trailing [] makes an array whose elements are split by the array delimiter (default ;).
// A field without a type is a string property. Quoting: RFC 4180 with ".

const PROPERTY_TYPES = ['int', 'long', 'float', 'double', 'boolean', 'byte', 'short', 'char', 'string', 'point', 'date', 'localtime', 'time', 'localdatetime', 'datetime', 'duration'];
const FIELD = new RegExp(`^([^:]*)(?::(ID(?:\\([^)]*\\))?|LABEL|START_ID(?:\\([^)]*\\))?|END_ID(?:\\([^)]*\\))?|TYPE|IGNORE|(?:${PROPERTY_TYPES.join('|')})(\\[\\])?))?$`);

interface Field {
  name: string;
  kind: string;
  array: boolean;
}

function parseHeader(fields: string[]): Field[] {
  return fields.map((field) => {
    const match = FIELD.exec(field);
    if (!match) throw new Error(`header field "${field}" does not follow <name>:<type>`);
    const kind = (match[2] ?? 'string').replace(/\[\]$/, '').replace(/\(.*\)$/, '');
    return { name: match[1]!, kind, array: match[3] === '[]' };
  });
}

function checkValue(value: string, field: Field, arrayDelimiter: string, where: string): void {
  if (value === '') return; // no property
  const items = field.array ? value.split(arrayDelimiter) : [value];
  for (const item of items) {
    const ok =
      field.kind === 'int' ? /^-?\d+$/.test(item) && Math.abs(Number(item)) <= 2 ** 31 :
      field.kind === 'long' ? /^-?\d+$/.test(item) :
      field.kind === 'double' || field.kind === 'float' ? /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(item) && Number.isFinite(Number(item)) :
      field.kind === 'boolean' ? item === 'true' || item === 'false' :
      true;
    if (!ok) throw new Error(`${where}: "${item}" is not a ${field.kind}`);
  }
}

interface ImportFiles {
  nodes: Map<string, { labels: string[]; properties: Record<string, string> }>;
  relationships: { start: string; end: string; type: string; properties: Record<string, string> }[];
}

/** Validates the two files the way neo4j-admin reads them; returns what it would import. */
function validateImport(nodesText: string, relationshipsText: string, arrayDelimiter = ';'): ImportFiles {
  const nodeRecords = parseCsvRecords(nodesText, { file: 'nodes.csv' });
  const nodeHeader = parseHeader(nodeRecords[0]!.fields);
  expect(nodeHeader.filter((f) => f.kind === 'ID'), 'one :ID field').toHaveLength(1);
  const nodes: ImportFiles['nodes'] = new Map();
  for (const record of nodeRecords.slice(1)) {
    expect(record.fields.length, `nodes.csv:${record.line}`).toBe(nodeHeader.length);
    let id = '';
    const labels: string[] = [];
    const properties: Record<string, string> = Object.create(null);
    nodeHeader.forEach((field, k) => {
      const value = record.fields[k]!;
      if (field.kind === 'ID') id = value;
      else if (field.kind === 'LABEL') labels.push(...value.split(arrayDelimiter).filter(Boolean));
      else {
        checkValue(value, field, arrayDelimiter, `nodes.csv:${record.line} ${field.name}`);
        if (value !== '') properties[field.name] = value;
      }
    });
    expect(id, `nodes.csv:${record.line} has an id`).not.toBe('');
    expect(nodes.has(id), `nodes.csv:${record.line}: id ${id} is unique`).toBe(false);
    for (const label of labels) expect(label).toMatch(/^\p{L}[\p{L}\p{N}_]*$/u);
    nodes.set(id, { labels, properties });
  }
  const relRecords = parseCsvRecords(relationshipsText, { file: 'relationships.csv' });
  const relHeader = parseHeader(relRecords[0]!.fields);
  for (const kind of ['START_ID', 'END_ID', 'TYPE']) expect(relHeader.filter((f) => f.kind === kind), `one :${kind}`).toHaveLength(1);
  const relationships: ImportFiles['relationships'] = [];
  for (const record of relRecords.slice(1)) {
    expect(record.fields.length, `relationships.csv:${record.line}`).toBe(relHeader.length);
    const r = { start: '', end: '', type: '', properties: Object.create(null) as Record<string, string> };
    relHeader.forEach((field, k) => {
      const value = record.fields[k]!;
      if (field.kind === 'START_ID') r.start = value;
      else if (field.kind === 'END_ID') r.end = value;
      else if (field.kind === 'TYPE') r.type = value;
      else {
        checkValue(value, field, arrayDelimiter, `relationships.csv:${record.line} ${field.name}`);
        if (value !== '') r.properties[field.name] = value;
      }
    });
    expect(nodes.has(r.start), `relationships.csv:${record.line}: start ${r.start} is a node`).toBe(true);
    expect(nodes.has(r.end), `relationships.csv:${record.line}: end ${r.end} is a node`).toBe(true);
    expect(r.type).toMatch(/^[A-Z][A-Z0-9_]*$/);
    relationships.push(r);
  }
  return { nodes, relationships };
}

// ---- The export --------------------------------------------------------------------------

describe('export --format neo4j on the built-in Norway data', () => {
  const out = join(scratch, 'norway');
  const result = runCli(['export', '--format', 'neo4j', '--out', out]);
  const nodesText = readFileSync(join(out, 'nodes.csv'), 'utf8');
  const relationshipsText = readFileSync(join(out, 'relationships.csv'), 'utf8');

  it('says what it wrote and the exact import command', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe(
      `wrote ${out}/nodes.csv and ${out}/relationships.csv (675 nodes, 917 edges)\n` +
        `import with: neo4j-admin database import full --nodes=${out}/nodes.csv --relationships=${out}/relationships.csv neo4j\n`,
    );
  });

  it('has the typed headers Neo4j reads', () => {
    expect(nodesText.split('\n')[0]).toBe(
      'id:ID,:LABEL,name:string,betweenness:double,closeness:double,clustering:double,community:int,core:int,country:string,county:string,degree:int,eigenvector:double,harmonic:double,kind:string,lat:double,lon:double,municipalityNumber:string,pagerank:double,strength:double,triangles:int,x:double,y:double',
    );
    expect(relationshipsText.split('\n')[0]).toBe(
      ':START_ID,:END_ID,:TYPE,documents:string[],level:string,relations:string[],scope:string,signed:string,since:int,sources:string[],status:string,tags:string[],weight:int',
    );
  });

  const imported = validateImport(nodesText, relationshipsText);

  it('passes the header-format validator: every relationship joins two nodes, every value parses', () => {
    // data/links.csv: 937 rows; 917 active with relation twin or friendship (17 memberships and 3 ended links left out),
    // between 675 distinct ids.
    expect(imported.nodes.size).toBe(675);
    expect(imported.relationships).toHaveLength(917);
  });

  it('Tromsø: its labels, name and metrics as in the JSON export; its partnership with Kemi from line 172', () => {
    const tromso = imported.nodes.get('NO:5501')!;
    expect(tromso.labels).toEqual(['Place', 'Municipality']);
    expect(tromso.properties.name).toBe('Tromsø');
    expect(tromso.properties.municipalityNumber).toBe('5501');
    const json = runCli(['export', '--format', 'json', '--no-layout']);
    const reference = Graph.from(JSON.parse(json.stdout)).getNodeAttributes('NO:5501');
    for (const metric of ['degree', 'betweenness', 'closeness', 'pagerank', 'community', 'core']) {
      expect(Number(tromso.properties[metric]), metric).toBe(reference[metric]);
    }
    // data/raw/norway-twin-towns.txt:172 is "🇳🇴 Tromsø," with "🇫🇮 Kemi" opening line 173;
    // data/raw/wikipedia-twin-towns.csv:7995 is "Kemi,Finland,Tromsø,Norway".
    const kemi = imported.relationships.find((r) => r.start === 'NO:5501' && r.end === 'FI:kemi')!;
    expect(kemi).toMatchObject({
      type: 'LINKED_TO',
      properties: {
        sources: 'norway-twin-towns.txt:172;wikipedia-twin-towns.csv:7995',
        documents: 'norway-twin-towns.txt;wikipedia-twin-towns.csv',
        scope: 'norwegian',
        relations: 'twin',
        status: 'active',
        weight: '1',
      },
    });
    // A context link (between two partners of Norwegian places, from the world list only): Kemi–Luleå, line 7992.
    const context = imported.relationships.find((r) => [r.start, r.end].includes('FI:kemi') && [r.start, r.end].includes('SE:lulea'))!;
    expect(context.properties).toMatchObject({ sources: 'wikipedia-twin-towns.csv:7992', documents: 'wikipedia-twin-towns.csv', scope: 'context' });
    // Tromsø–Murmansk ended in 2022: the networks leave ended links out by default.
    expect(imported.relationships.some((r) => [r.start, r.end].includes('NO:5501') && [r.start, r.end].includes('RU:murmansk'))).toBe(false);
  });

  it('refuses to run without --out, since it writes two files', () => {
    const missing = runCli(['export', '--format', 'neo4j']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('vennskap: --format neo4j writes two files: give a folder with --out DIR\n');
  });
});

describe('writeNeo4jCsv on awkward values', () => {
  const graph = new Graph({ type: 'undirected' });
  graph.addNode('a,1', { name: 'Comma, "quoted"', kind: 'municipality', score: 1.5, big: 2 ** 40, flag: true, formula: '=1+1', list: ['x;y', 'z'] });
  graph.addNode('line\nbreak', { label: 'Two\nlines', kind: 'sister city', score: 2, big: 1, flag: false, list: ['w'] });
  graph.addNode('__proto__', { kind: '3rd kind' });
  graph.addEdgeWithKey('e', 'a,1', 'line\nbreak', { weight: 2.5, sources: ['s1', 's2'] });
  graph.addEdgeWithKey('f', '__proto__', 'a,1', { weight: 1 });
  const files = writeNeo4jCsv(graph, { nodeLabel: 'Node' });

  it('picks types, quotes per RFC 4180, and changes the array delimiter when ";" occurs in a list', () => {
    expect(files.arrayDelimiter).toBe('|');
    expect(files.multiline).toBe(true);
    expect(files.nodes).toBe(
      'id:ID,:LABEL,name:string,big:long,flag:boolean,formula:string,kind:string,list:string[],score:double\n' +
        '"a,1",Node|Municipality,"Comma, ""quoted""",1099511627776,true,=1+1,municipality,x;y|z,1.5\n' +
        '"line\nbreak",Node|SisterCity,"Two\nlines",1,false,,sister city,w,2\n' +
        '__proto__,Node|K3rdKind,__proto__,,,,3rd kind,,\n',
    );
    expect(files.relationships).toBe(':START_ID,:END_ID,:TYPE,sources:string[],weight:double\n"a,1","line\nbreak",LINKED_TO,s1|s2,2.5\n__proto__,"a,1",LINKED_TO,,1\n');
    const imported = validateImport(files.nodes, files.relationships, files.arrayDelimiter);
    expect(imported.nodes.get('a,1')!.properties.formula).toBe('=1+1'); // not neutralised: Neo4j is not a spreadsheet
  });

  it('the command prints the extra import flags these files need', () => {
    const input = join(scratch, 'awkward.json');
    writeFileSync(input, JSON.stringify(graph.export()));
    const out = join(scratch, 'awkward');
    const result = runCli(['export', '--format', 'neo4j', '--input', input, '--out', out, '--no-layout']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr.split('\n')[1]).toBe(
      `import with: neo4j-admin database import full --array-delimiter='|' --multiline-fields=true --nodes=${out}/nodes.csv --relationships=${out}/relationships.csv neo4j`,
    );
    validateImport(readFileSync(join(out, 'nodes.csv'), 'utf8'), readFileSync(join(out, 'relationships.csv'), 'utf8'), '|');
  });
});
