import { describe, expect, it } from 'vitest';
import { COMMUNITY_PALETTE } from '../../src/formats/community-palette.ts';
import { niceTicks, renderBarChart, renderHistogram, renderStackedBarChart, textColourOn } from '../../src/report/svg-charts.ts';
import { parseXmlStrict } from './xml-check.ts';

type El = { getAttribute(name: string): string | null; textContent: string | null; getElementsByTagName(name: string): ArrayLike<El> };
const all = (root: El, tag: string): El[] => Array.from(root.getElementsByTagName(tag));
const num = (el: El, attribute: string) => Number(el.getAttribute(attribute));
/** A rect's own tooltip: its <title> child. */
const tip = (rect: El) => all(rect, 'title')[0]?.textContent;

describe('parseXmlStrict (the check the chart tests rely on)', () => {
  it('rejects unbalanced tags, raw ampersands and markup in attributes', () => {
    expect(() => parseXmlStrict('<svg><g></svg>')).toThrow(/closes <g>/);
    expect(() => parseXmlStrict('<svg><g>')).toThrow(/never closed/);
    expect(() => parseXmlStrict('<svg><text>a & b</text></svg>')).toThrow(/raw "&"/);
    expect(() => parseXmlStrict('<svg><text x="<b>">a</text></svg>')).toThrow(/"<" in an attribute/);
    expect(() => parseXmlStrict('<svg x="1" x="2"/>')).toThrow(/duplicate attribute/);
    expect(() => parseXmlStrict('<svg/><svg/>')).toThrow(/second root/);
    expect(parseXmlStrict('<svg a="&amp;&#39;"><!-- c --><text>&lt;b&gt;&#x41;</text></svg>').documentElement!.textContent).toBe('<b>A');
  });
});

describe('niceTicks', () => {
  it('covers the maximum in 1, 2, 5 × 10^k steps', () => {
    expect(niceTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(246)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(niceTicks(0.37, 5, false)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(2)).toEqual([0, 1, 2]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('textColourOn', () => {
  it('puts black on light palette colours and white on dark ones', () => {
    expect(textColourOn('#f0e442')).toBe('#000000');
    expect(textColourOn('#56b4e9')).toBe('#000000');
    expect(textColourOn('#332288')).toBe('#ffffff');
    expect(textColourOn('#882255')).toBe('#ffffff');
  });
});

describe('renderHistogram', () => {
  const bins = [
    { label: '1', count: 3 },
    { label: '2', count: 0 },
    { label: '<b>&', count: 5 },
  ];
  const svg = renderHistogram({ title: 'Partners <per> place', xLabel: 'partners', yLabel: 'places', bins });
  const root = parseXmlStrict(svg).documentElement as unknown as El;

  it('is well-formed SVG with an accessible title, and escapes every text', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(all(root, 'title')[0]!.textContent).toBe('Partners <per> place');
    expect(all(root, 'text').map((t) => t.textContent)).toContain('<b>&');
    expect(svg).not.toContain('<b>');
  });

  it('draws one bar per bin with heights proportional to the counts and a tooltip each', () => {
    const rects = all(root, 'rect');
    expect(rects).toHaveLength(3);
    // The axis runs to 5 (niceTicks(5)), so the bar of 5 fills the plot and the bar of 3 is 3/5 of it.
    expect(num(rects[0]!, 'height') / num(rects[2]!, 'height')).toBeCloseTo(3 / 5, 2);
    expect(num(rects[1]!, 'height')).toBe(0);
    expect(rects.map(tip)).toEqual(['1: 3', '2: 0', '<b>&: 5']);
    // Bars share one baseline.
    expect(new Set(rects.map((r) => num(r, 'y') + num(r, 'height'))).size).toBe(1);
  });

  it('is deterministic, with at most two decimals in coordinates', () => {
    expect(renderHistogram({ title: 'Partners <per> place', xLabel: 'partners', yLabel: 'places', bins })).toBe(svg);
    for (const [, value] of svg.matchAll(/\s(?:x|y|x1|x2|y1|y2|width|height)="([^"]*)"/g)) expect(value).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });

  it('rejects negative counts', () => {
    expect(() => renderHistogram({ title: 't', xLabel: 'x', yLabel: 'y', bins: [{ label: 'a', count: -1 }] })).toThrow(/non-negative/);
  });
});

describe('renderBarChart', () => {
  const long = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch, Wales';
  const svg = renderBarChart({ title: 'By country', xLabel: 'links', bars: [{ label: 'Sweden', value: 70 }, { label: long, value: 35 }, { label: '"quoted"', value: 0 }] });
  const root = parseXmlStrict(svg).documentElement as unknown as El;

  it('draws bars in the given order with widths proportional to the values', () => {
    const rects = all(root, 'rect');
    expect(rects).toHaveLength(3);
    expect(num(rects[1]!, 'width') / num(rects[0]!, 'width')).toBeCloseTo(0.5, 2);
    expect(num(rects[0]!, 'y')).toBeLessThan(num(rects[1]!, 'y'));
    expect(num(rects[2]!, 'width')).toBe(0);
  });

  it('shortens a long label on the axis but keeps it whole in the tooltip', () => {
    const labels = all(root, 'text').map((t) => t.textContent ?? '');
    expect(labels.some((l) => l.startsWith('Llanfair') && l.endsWith('…') && l.length < long.length)).toBe(true);
    expect(tip(all(root, 'rect')[1]!)).toBe(`${long}: 35`);
    expect(labels).toContain('"quoted"');
  });

  it('keeps a label whole when the column is sized to it (12 characters: 12 × 6.6 px, which rounding once cut)', () => {
    const svg = renderBarChart({ title: 'Sizes', xLabel: 'nodes', bars: [{ label: 'Community 10', value: 3 }, { label: 'Community 9', value: 2 }] });
    const labels = all(parseXmlStrict(svg).documentElement as unknown as El, 'text').map((t) => t.textContent);
    expect(labels).toContain('Community 10');
    expect(labels).toContain('Community 9');
  });
});

describe('renderStackedBarChart', () => {
  const bars = [
    { label: 'Cluster 0', segments: [{ label: 'SE', value: 70 }, { label: 'DK', value: 54 }, { label: 'LV', value: 1 }] },
    { label: 'Cluster 1', segments: [{ label: 'FI', value: 69 }] },
  ];
  const svg = renderStackedBarChart({ title: 'Countries per cluster', xLabel: 'links', bars });
  const root = parseXmlStrict(svg).documentElement as unknown as El;
  const rects = all(root, 'rect');

  it('stacks the segments of a bar end to end, coloured in palette order', () => {
    expect(rects).toHaveLength(4);
    const [se, dk, lv] = rects;
    expect(num(dk!, 'x')).toBeCloseTo(num(se!, 'x') + num(se!, 'width'), 1);
    expect(num(lv!, 'x')).toBeCloseTo(num(dk!, 'x') + num(dk!, 'width'), 1);
    expect(num(dk!, 'width') / num(se!, 'width')).toBeCloseTo(54 / 70, 2);
    expect(rects.map((r) => r.getAttribute('fill'))).toEqual([COMMUNITY_PALETTE[0], COMMUNITY_PALETTE[1], COMMUNITY_PALETTE[2], COMMUNITY_PALETTE[0]]);
    expect(rects.map(tip)).toEqual(['Cluster 0 — SE: 70', 'Cluster 0 — DK: 54', 'Cluster 0 — LV: 1', 'Cluster 1 — FI: 69']);
  });

  it('labels a segment only when the label fits, and writes each bar total', () => {
    const texts = all(root, 'text').map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['SE', 'DK', 'FI', '125', '69']));
    expect(texts).not.toContain('LV');
  });

  it('rejects an empty palette', () => {
    expect(() => renderStackedBarChart({ title: 't', xLabel: 'x', bars, palette: [] })).toThrow(/palette is empty/);
  });
});
