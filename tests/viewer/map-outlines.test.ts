/**
 * The outline layer's path tracing, against hand-computed viewport
 * coordinates, and on the real world-atlas outlines: nothing may be stroked
 * across the whole map where a line leaves one edge and comes back at the other.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { countryOutlines } from '../../src/geo/map-projection.ts';
import { indexOutlines, traceOutlines, type Affine, type PathSink } from '../../viewer/src/map/outline-layer.ts';

type Call = [kind: 'M' | 'L', x: number, y: number];

function recorder(): PathSink & { calls: Call[] } {
  const calls: Call[] = [];
  return { calls, moveTo: (x, y) => calls.push(['M', x, y]), lineTo: (x, y) => calls.push(['L', x, y]) };
}

const set = (...lines: number[][]) => indexOutlines(lines.map((line) => Float32Array.from(line)));
/** Scale 2, y flipped (graph y is north, viewport y is down), origin at (10, 100). */
const DOUBLE: Affine = { a: 2, b: 0, c: 0, d: -2, e: 10, f: 100 };

describe('indexOutlines', () => {
  it('boxes each line by its extreme coordinates', () => {
    expect([...set([3, 4, -1, 7, 2, -5]).boxes]).toEqual([-1, -5, 3, 7]);
  });
});

describe('traceOutlines', () => {
  it('maps every vertex through the affine transform', () => {
    const sink = recorder();
    const count = traceOutlines(set([0, 0, 10, 0, 10, 10]), DOUBLE, 200, 200, sink);
    expect(sink.calls).toEqual([['M', 10, 100], ['L', 30, 100], ['L', 30, 80]]);
    expect(count).toEqual({ lines: 1, points: 3 });
  });

  it('skips lines whose box is outside the viewport, and tests the box after rotation', () => {
    const sink = recorder();
    // (1000, 1000) lands at (2010, -1900).
    expect(traceOutlines(set([1000, 1000, 1010, 1000]), DOUBLE, 200, 200, sink)).toEqual({ lines: 0, points: 0 });
    expect(sink.calls).toEqual([]);
    // A quarter turn (x ↔ y): the line at graph x 250..260, y 50 is at viewport x 50, y 250..260: below a 200-high view.
    const quarter: Affine = { a: 0, b: 1, c: 1, d: 0, e: 0, f: 0 };
    expect(traceOutlines(set([250, 50, 260, 50]), quarter, 300, 200, recorder()).lines).toBe(0);
    expect(traceOutlines(set([150, 50, 160, 50]), quarter, 300, 200, recorder()).lines).toBe(1);
  });

  it('drops sub-pixel steps but always ends a line on its last vertex', () => {
    const sink = recorder();
    // Steps of 0.2 px and 0.4 px from the start are dropped; the end (20 px away) is drawn.
    traceOutlines(set([0, 0, 0.1, 0, 0.2, 0, 5, 0]), DOUBLE, 200, 200, sink);
    expect(sink.calls).toEqual([['M', 10, 100], ['L', 20, 100]]);
    const short = recorder();
    traceOutlines(set([0, 0, 0.25, 0]), DOUBLE, 200, 200, short);
    expect(short.calls).toEqual([['M', 10, 100], ['L', 10.5, 100]]);
  });

  it('lifts the pen where a line jumps across the antimeridian', () => {
    const sink = recorder();
    const unit: Affine = { a: 1, b: 0, c: 0, d: -1, e: 600, f: 100 };
    traceOutlines(set([490, 0, 495, 0, -495, 0, -490, 0]), unit, 1200, 200, sink);
    expect(sink.calls).toEqual([['M', 1090, 100], ['L', 1095, 100], ['M', 105, 100], ['L', 110, 100]]);
  });

  it('draws the real 1:110m outlines with no stroke across the map', () => {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
    const outlines = indexOutlines(countryOutlines(topology));
    // The projected world is 1000 units wide and about 487 high: a 1:1 view centred on it shows all of it.
    const sink = recorder();
    const count = traceOutlines(outlines, { a: 1, b: 0, c: 0, d: -1, e: 500, f: 250 }, 1000, 500, sink);
    expect(count.lines).toBe(outlines.lines.length);
    expect(count.lines).toBeGreaterThan(100);
    let longest = 0;
    sink.calls.forEach((call, i) => {
      const previous = sink.calls[i - 1];
      if (call[0] === 'L' && previous) longest = Math.max(longest, Math.hypot(call[1] - previous[1], call[2] - previous[2]));
    });
    // The longest straight piece of border in 1:110m (the 49th parallel, Alaska's 141st meridian) is far below half the map.
    expect(longest).toBeLessThan(200);
  });
});
