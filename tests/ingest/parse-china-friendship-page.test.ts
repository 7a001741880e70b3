import { describe, expect, it } from 'vitest';
import { parseChinaFriendshipPage, readSignedDate } from '../../src/ingest/parse-china-friendship-page.ts';
import { rawText } from '../helpers/repository.ts';

// A stand-in for the gazetteer that knows only the Norwegian names on this page.
const NORWEGIAN = new Set(['Rogaland', 'Telemark', 'Sør-Trøndelag', 'Stavanger', 'Oslo', 'Sandefjord', 'Fredrikstad', 'Bergen']);
const page = parseChinaFriendshipPage(rawText('norway-china-friendship.txt'), { isNorwegian: (n) => NORWEGIAN.has(n) });
const pair = (partner: string) => page.mentions.find((m) => m.b.name === partner)!;

describe('parseChinaFriendshipPage on the real page', () => {
  it('finds the eight pairs, Norwegian side first whatever the order on the page', () => {
    expect(page.mentions.map((m) => `${m.a.name}–${m.b.name}`)).toEqual([
      'Rogaland–Guangdong', // "Guangdong and Rogaland"
      'Telemark–Hubei',
      'Sør-Trøndelag–Chongqing',
      'Stavanger–Ningbo', // "Ningbo and Stavanger"
      'Oslo–Shanghai',
      'Sandefjord–Jiaxing', // "Jiaxing and Sandefjord"
      'Fredrikstad–Zhuzhou',
      'Bergen–Dalian',
    ]);
    expect(page.diagnostics).toEqual([]);
  });

  it('keeps the full date where the page gives one, else month or year', () => {
    expect(pair('Guangdong').signed).toBe('2010-04-12'); // "signed April 12 2010"
    expect(pair('Shanghai').signed).toBe('2001-11-08'); // "in Shanghai 8 November 2001"
    expect(pair('Dalian').signed).toBe('2010-05-23'); // "on the 23rd of May 2010"
    expect(pair('Jiaxing').signed).toBe('2001-05'); // "in May 2001"
    expect(pair('Ningbo').signed).toBe('2004'); // "in the summer of 2004"
    expect(pair('Zhuzhou').signed).toBe('1999'); // "signed ... in 1999 after establishing contact in 1995"
    expect(pair('Hubei').signed).toBe('2005');
    expect(pair('Chongqing').signed).toBe('2005'); // "also signed an agreement the same year"
  });

  it('reads the level of each agreement', () => {
    expect(pair('Guangdong')).toMatchObject({ level: 'county–province', a: { kind: 'county' }, b: { kind: 'province' } });
    expect(pair('Chongqing').level).toBe('county–province');
    expect(pair('Shanghai').level).toBe('city–city');
    expect(pair('Dalian').level).toBe('municipality–municipality'); // "the Norwegian municipality of Bergen and the Chinese municipality of Dalian"
  });

  it('turns the fields of cooperation into tags', () => {
    // "technology, energy, innovation and food culture"
    expect(pair('Guangdong').tags).toEqual(expect.arrayContaining(['technology', 'energy', 'innovation', 'food']));
    // "Both agreements focus on trade cooperation within energy and environment."
    expect(pair('Hubei').tags).toEqual(['energy', 'environment', 'trade']);
    expect(pair('Chongqing').tags).toEqual(['energy', 'environment', 'trade']);
  });

  it('gives mentions the line of their header and the end of their paragraph', () => {
    expect(pair('Guangdong')).toMatchObject({ line: 5, endLine: 7, text: 'Guangdong and Rogaland' });
    expect(pair('Chongqing')).toMatchObject({ line: 9, endLine: 11, text: 'Sør-Trøndelag and Chongqing' });
  });

  it('treats the title and "Bookmark and Share" as page furniture, not pairs', () => {
    expect(page.lines[0]!.role).toBe('prose');
    expect(page.lines.at(-1)!.role).toBe('prose');
  });
});

describe('parseChinaFriendshipPage on odd input', () => {
  it('reports a pair with no Norwegian side and a header without a paragraph', () => {
    const text = 'Paris and Rome\n\nA text about them.\n\nOslo and Shanghai\n\nBergen and Dalian\n\nSigned in 2010.';
    const result = parseChinaFriendshipPage(text, { isNorwegian: (n) => NORWEGIAN.has(n) });
    // Paris and Rome precedes any Norwegian pair, so it is furniture before the list.
    expect(result.listStart).toBe(5);
    expect(result.diagnostics.map((d) => [d.line, d.kind])).toEqual([[5, 'missing-detail']]);
    expect(result.mentions.map((m) => m.b.name)).toEqual(['Shanghai', 'Dalian']);
  });
});

describe('readSignedDate', () => {
  it.each([
    ['signed April 12 2010 on cooperation', '2010-04-12'],
    ['signed a friendship agreement in Shanghai 8 November 2001.', '2001-11-08'],
    ['was signed on the 23rd of May 2010, marking', '2010-05-23'],
    ['signed a friendship agreement in May 2001.', '2001-05'],
    ['after contact in 1995 they signed in 1999', '1999'],
    ['no date here', undefined],
  ])('%s → %s', (sentence, expected) => {
    expect(readSignedDate(sentence)).toBe(expected);
  });
});
