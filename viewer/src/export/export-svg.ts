/**
 * The current view as SVG, written from what sigma is drawing (reducer output
 * via getNodeDisplayData/getEdgeDisplayData, positions via graphToViewport),
 * so filters, colours, sizes, dimming, curved links and the shown labels
 * carry over.
 * Everything from the data is XML-escaped.
 */
import type Sigma from 'sigma';

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Colours come from our palette or a user's file: keep only forms SVG understands, never raw text. */
function safeColour(colour: string | undefined, fallback: string): string {
  if (!colour) return fallback;
  if (/^#[0-9a-f]{3,8}$/i.test(colour) || /^rgba?\([\d.,\s%]+\)$/i.test(colour) || /^[a-z]+$/i.test(colour)) return colour;
  return fallback;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** @sigma/edge-curve's default curvature (DEFAULT_EDGE_CURVATURE), used when an edge has no `curvature`. */
const DEFAULT_CURVATURE = 0.25;

/**
 * The control point of a curved edge as @sigma/edge-curve draws it: a
 * quadratic Bézier whose control point sits off the middle of the link by
 * curvature × its length, to the left of source → target on screen (the
 * shader's normal, with y pointing down as in SVG).
 */
export function curveControlPoint(a: { x: number; y: number }, b: { x: number; y: number }, curvature: number): { x: number; y: number } {
  return { x: (a.x + b.x) / 2 + (b.y - a.y) * curvature, y: (a.y + b.y) / 2 - (b.x - a.x) * curvature };
}

export interface SvgExportOptions {
  background: string;
  /** Items further than this outside the viewport are left out. */
  margin: number;
}

export function exportSvg(renderer: Sigma, options: Partial<SvgExportOptions> = {}): string {
  const { background = '#ffffff', margin = 50 } = options;
  const graph = renderer.getGraph();
  const { width, height } = renderer.getDimensions();
  const settings = renderer.getSettings();
  const inside = (p: { x: number; y: number }) => p.x > -margin && p.y > -margin && p.x < width + margin && p.y < height + margin;

  const positions = new Map<string, { x: number; y: number; r: number }>();
  graph.forEachNode((node, attributes) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const p = renderer.graphToViewport({ x: attributes.x, y: attributes.y });
    positions.set(node, { x: p.x, y: p.y, r: renderer.scaleSize(data.size) });
  });

  const edges: string[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = renderer.getEdgeDisplayData(edge);
    const a = positions.get(source);
    const b = positions.get(target);
    if (!data || data.hidden || !a || !b || (!inside(a) && !inside(b))) return;
    const thickness = Math.max(settings.minEdgeThickness, renderer.scaleSize(data.size));
    const paint = `stroke="${escapeXml(safeColour(data.color, settings.defaultEdgeColor))}" stroke-width="${round(thickness)}"`;
    if ((data.type ?? settings.defaultEdgeType) === 'curved') {
      const raw = (data as { curvature?: unknown }).curvature;
      const c = curveControlPoint(a, b, typeof raw === 'number' && Number.isFinite(raw) ? raw : DEFAULT_CURVATURE);
      edges.push(`<path d="M${round(a.x)} ${round(a.y)}Q${round(c.x)} ${round(c.y)} ${round(b.x)} ${round(b.y)}" fill="none" ${paint}/>`);
    } else {
      edges.push(`<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}" ${paint}/>`);
    }
  });

  // Draw in sigma's order: lower zIndex first, so highlighted nodes end up on top.
  const nodes = [...positions.entries()]
    .filter(([, p]) => inside(p))
    .sort((a, b) => (renderer.getNodeDisplayData(a[0])?.zIndex ?? 0) - (renderer.getNodeDisplayData(b[0])?.zIndex ?? 0));
  const circles = nodes.map(([node, p]) => {
    const data = renderer.getNodeDisplayData(node)!;
    return `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${round(p.r)}" fill="${escapeXml(safeColour(data.color, settings.defaultNodeColor))}"/>`;
  });

  const labels: string[] = [];
  for (const node of renderer.getNodeDisplayedLabels()) {
    const data = renderer.getNodeDisplayData(node);
    const p = positions.get(node);
    if (!data || !p || data.label === null || data.label === undefined || data.label === '') continue;
    labels.push(
      `<text x="${round(p.x + p.r + 3)}" y="${round(p.y + settings.labelSize / 3)}">${escapeXml(String(data.label))}</text>`,
    );
  }

  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${escapeXml(background)}"/>`,
    `<g class="edges" stroke-linecap="round">${edges.join('')}</g>`,
    `<g class="nodes">${circles.join('')}</g>`,
    `<g class="labels" font-family="${escapeXml(settings.labelFont)}" font-size="${settings.labelSize}" font-weight="${escapeXml(settings.labelWeight)}" fill="#000">${labels.join('')}</g>`,
    `</svg>`,
  ].join('\n');
}

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
