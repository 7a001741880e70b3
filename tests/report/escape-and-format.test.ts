import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown } from '../../src/report/escape-text.ts';
import { formatCompact, formatDecimal, formatMetricValue, formatPercent } from '../../src/report/format-figures.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('Bø i Telemark – Ålesund')).toBe('Bø i Telemark – Ålesund');
  });
});

describe('escapeMarkdown', () => {
  it('neutralises HTML, table separators and emphasis', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('|pipe|')).toBe('\\|pipe\\|');
    expect(escapeMarkdown('a*b_c`d~e$f')).toBe('a\\*b\\_c\\`d\\~e\\$f');
    expect(escapeMarkdown('[x](javascript:y)')).toBe('\\[x\\](javascript:y)');
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
  });

  it('escapes a leading formula or list character, and only a leading one', () => {
    expect(escapeMarkdown('=HYPERLINK("x")')).toBe('\\=HYPERLINK("x")');
    expect(escapeMarkdown('+47')).toBe('\\+47');
    expect(escapeMarkdown('-0.45')).toBe('\\-0.45');
    expect(escapeMarkdown('@user')).toBe('\\@user');
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('a=b-c')).toBe('a=b-c');
  });

  it('keeps entity-like text literal and plain ampersands as they are', () => {
    expect(escapeMarkdown('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
    expect(escapeMarkdown('Møre & Romsdal')).toBe('Møre & Romsdal');
  });

  it('puts a multi-line value on one line, so it cannot end a table row', () => {
    expect(escapeMarkdown('line\nbreak\r\nand\rmore')).toBe('line break and more');
  });
});

describe('number formats', () => {
  it('formatDecimal uses fixed digits and never writes -0', () => {
    expect(formatDecimal(0.3702952, 3)).toBe('0.370');
    expect(formatDecimal(-0.00001, 3)).toBe('0.000');
    expect(formatDecimal(-0.4465, 2)).toBe('-0.45');
    expect(formatDecimal(NaN, 2)).toBe('–');
    expect(formatDecimal(null, 2)).toBe('–');
  });

  it('formatPercent and formatCompact', () => {
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatPercent(2 / 3, 0)).toBe('67%');
    expect(formatCompact(2.5)).toBe('2.5');
    expect(formatCompact(2.004)).toBe('2');
    expect(formatCompact(120)).toBe('120');
    expect(formatCompact(0.125, 2)).toBe('0.13');
  });

  it('formatMetricValue shows a tiny non-zero value in exponent form instead of 0.0000', () => {
    expect(formatMetricValue(4.6734649456842375e-7, 4)).toBe('4.7e-7');
    expect(formatMetricValue(0, 4)).toBe('0.0000');
    expect(formatMetricValue(0.0184, 4)).toBe('0.0184');
    expect(formatMetricValue(15, 0)).toBe('15');
  });
});
