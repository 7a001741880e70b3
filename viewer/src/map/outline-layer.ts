/**
 * Country outlines under the graph: a 2D canvas that sigma places before its
 * edge layer and that is redrawn after every sigma render, through the same
 * graph → viewport mapping sigma uses, so the outlines pan, zoom and rotate
 * with the nodes. The mapping is affine (normalisation, then the camera), so
 * it is read once per frame from three points instead of per vertex.
 */
import type Sigma from 'sigma';

/** viewport = (a·x + c·y + e, b·x + d·y + f), x and y in graph coordinates. */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
}

export interface OutlineSet {
  lines: Float32Array[];
  /** minX, minY, maxX, maxY of each line, in graph coordinates. */
  boxes: Float64Array;
}

export interface TraceCount {
  /** Lines at least partly in view. */
  lines: number;
  /** Vertices passed to the canvas after dropping sub-pixel steps. */
  points: number;
}

/**
 * The projected world is 1000 graph units wide. A step longer than this is a
 * line running off one edge of the map and on at the other (the antimeridian),
 * which must not be drawn as a stroke across the world.
 */
const WRAP_JUMP = 400;
const OUTLINE_COLOUR = '#c3c8cf';

export function indexOutlines(lines: Float32Array[]): OutlineSet {
  const boxes = new Float64Array(lines.length * 4);
  lines.forEach((line, i) => {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let j = 0; j < line.length; j += 2) {
      const x = line[j]!, y = line[j + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    boxes.set([minX, minY, maxX, maxY], i * 4);
  });
  return { lines, boxes };
}

/** The affine map sigma applies to graph coordinates right now. */
export function readAffine(renderer: Sigma): Affine {
  // 1000 units apart: sigma's matrices are Float32, and a long baseline keeps the derivative precise.
  const o = renderer.graphToViewport({ x: 0, y: 0 });
  const u = renderer.graphToViewport({ x: 1000, y: 0 });
  const v = renderer.graphToViewport({ x: 0, y: 1000 });
  return { a: (u.x - o.x) / 1000, b: (u.y - o.y) / 1000, c: (v.x - o.x) / 1000, d: (v.y - o.y) / 1000, e: o.x, f: o.y };
}

function boxInView(m: Affine, box: Float64Array, i: number, width: number, height: number): boolean {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const gx of [box[i]!, box[i + 2]!]) {
    for (const gy of [box[i + 1]!, box[i + 3]!]) {
      const x = m.a * gx + m.c * gy + m.e;
      const y = m.b * gx + m.d * gy + m.f;
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
  }
  return maxX >= 0 && minX <= width && maxY >= 0 && minY <= height;
}

/**
 * Sends the visible outlines to `sink` in viewport pixels: lines whose box
 * misses the viewport are skipped, and vertices closer than `minStep` pixels
 * (on both axes) to the last one drawn are dropped: at world zoom most of the
 * 50m atlas's 80,000 vertices fall within a pixel of their neighbour, and
 * 1.5 px halved the stroke time of 0.75 px (measured in Chromium) with no
 * visible change.
 */
export function traceOutlines(set: OutlineSet, m: Affine, width: number, height: number, sink: PathSink, minStep = 1.5): TraceCount {
  let lines = 0;
  let points = 0;
  set.lines.forEach((line, i) => {
    if (line.length < 4 || !boxInView(m, set.boxes, i * 4, width, height)) return;
    lines++;
    let lastX = 0, lastY = 0, lastGx = 0;
    for (let j = 0; j < line.length; j += 2) {
      const gx = line[j]!, gy = line[j + 1]!;
      const x = m.a * gx + m.c * gy + m.e;
      const y = m.b * gx + m.d * gy + m.f;
      const last = j === line.length - 2;
      if (j === 0 || Math.abs(gx - lastGx) > WRAP_JUMP) {
        sink.moveTo(x, y);
      } else if (last || Math.abs(x - lastX) >= minStep || Math.abs(y - lastY) >= minStep) {
        sink.lineTo(x, y);
      } else {
        lastGx = gx;
        continue;
      }
      points++;
      lastX = x;
      lastY = y;
      lastGx = gx;
    }
  });
  return { lines, points };
}

/** The visible outlines as one SVG path (for the SVG export), coordinates to 0.1 px. */
export function outlinesSvg(set: OutlineSet, m: Affine, width: number, height: number): string {
  const d: string[] = [];
  const r = (v: number) => Math.round(v * 10) / 10;
  traceOutlines(set, m, width, height, {
    moveTo: (x, y) => d.push(`M${r(x)} ${r(y)}`),
    lineTo: (x, y) => d.push(`L${r(x)} ${r(y)}`),
  });
  if (d.length === 0) return '';
  return `<g class="map-outlines" fill="none" stroke="${OUTLINE_COLOUR}" stroke-width="0.8" stroke-linejoin="round"><path d="${d.join('')}"/></g>`;
}

export class OutlineLayer {
  readonly canvas: HTMLCanvasElement;
  private outlines: OutlineSet | null = null;
  private visible = false;

  constructor(private readonly renderer: Sigma) {
    // Before sigma's first canvas, so edges, nodes and labels are drawn over the map.
    this.canvas = renderer.createCanvas('map-outlines', { beforeLayer: 'edges', style: { pointerEvents: 'none' } });
    this.canvas.dataset.lines = '0';
    renderer.on('afterRender', () => this.draw());
  }

  show(outlines: OutlineSet | null): void {
    this.outlines = outlines;
    this.visible = true;
    this.draw();
  }

  /** The outlines being drawn, or null when the layer is hidden or they have not arrived. */
  shown(): OutlineSet | null {
    return this.visible ? this.outlines : null;
  }

  hide(): void {
    this.visible = false;
    this.draw();
  }

  draw(): void {
    const started = performance.now();
    const { width, height } = this.renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const canvas = this.canvas;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    let count: TraceCount = { lines: 0, points: 0 };
    if (this.visible && this.outlines) {
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.beginPath();
      count = traceOutlines(this.outlines, readAffine(this.renderer), width, height, context);
      context.strokeStyle = OUTLINE_COLOUR;
      context.lineWidth = 0.8;
      context.lineJoin = 'round';
      context.stroke();
    }
    // Read by the browser tests (and handy when profiling): what the last frame drew, and its cost.
    canvas.dataset.lines = String(count.lines);
    canvas.dataset.points = String(count.points);
    canvas.dataset.ms = (performance.now() - started).toFixed(1);
  }
}
