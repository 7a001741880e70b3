/**
 * Write a graph as GEXF 1.3, which both Gephi (0.9.3 and later) and Gephi
 * Lite open.
 *
 * - Node `label` → the label; `x`/`y` → `viz:position`; the `community`
 *   attribute → `viz:color` from the shared palette (community-palette.ts),
 *   else a CSS colour in `color` → `viz:color`; `size` → `viz:size`. Edge
 *   `weight` → the edge's weight, edge `label` → its label.
 * - Every other attribute is declared once with a type: integer, long,
 *   double, boolean or string, the narrowest that holds its values, or wider
 *   when the caller declares it (a metric that is 0 everywhere is a double). Arrays are written as strings joined with "|"
 *   (GEXF 1.3 has list types, but Gephi and graphology-gexf disagree on their
 *   syntax, so a plain string is what both read the same way).
 * - Deterministic: attribute declarations sorted by name, values written in
 *   declaration order, nodes and edges in graph order, no timestamp. Edges
 *   whose key graphology generated (random per process) get "e<index>".
 *
 * This is our own writer rather than graphology-gexf's `write`: that one
 * declares attributes in the order it first meets them (so the output
 * depends on which node happens to carry which attribute), infers list types
 * for arrays, and in 1.2 mode writes a malformed viz namespace.
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { flattenValue, inferAttributeTypes, type DeclaredTypes, type ScalarType } from './attribute-values.ts';
import { colorForCommunity, hexToRgb } from './community-palette.ts';
import { isGeneratedEdgeKey } from './network-graph.ts';
import { resolveOptions } from '../options/resolve-options.ts';
import { escapeXmlText, xmlAttributes } from './xml-text.ts';

export interface WriteGexfOptions {
  /** Node attribute holding the community id that picks the colour; null for no community colours. */
  communityAttribute: string | null;
  /** Numeric node attribute written as `viz:size`; null for none. */
  sizeAttribute: string | null;
  /** Written as `<meta><creator>`. */
  creator: string;
  /** Attribute types the caller knows (e.g. metrics), widened with what the values need; others are inferred. */
  declaredTypes: { node?: DeclaredTypes; edge?: DeclaredTypes };
}

const DEFAULTS: WriteGexfOptions = { communityAttribute: 'community', sizeAttribute: 'size', creator: 'vennskap', declaredTypes: {} };

type Rgba = { r: number; g: number; b: number; a?: number };

interface Model {
  names: string[];
  types: Map<string, ScalarType>;
}

export function writeGexf(graph: Graph, options?: Partial<WriteGexfOptions>): string {
  const o = resolveOptions('writeGexf', DEFAULTS, options);
  const nodeReserved = new Set(['label', 'x', 'y', 'color']);
  if (o.sizeAttribute === 'size') nodeReserved.add('size');
  const edgeReserved = new Set(['label', 'weight']);

  const nodeModel = inferModel(nodeAttributeObjects(graph), nodeReserved, o.declaredTypes.node ?? {});
  const edgeModel = inferModel(edgeAttributeObjects(graph), edgeReserved, o.declaredTypes.edge ?? {});
  const defaultEdgeType = graph.type === 'mixed' ? 'directed' : graph.type;

  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<gexf${xmlAttributes([
      ['xmlns', 'http://gexf.net/1.3'],
      ['xmlns:viz', 'http://gexf.net/1.3/viz'],
      ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
      ['xsi:schemaLocation', 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd'],
      ['version', '1.3'],
    ])}>`,
  );
  out.push('  <meta>', `    <creator>${escapeXmlText(o.creator)}</creator>`);
  for (const field of ['description', 'keywords'] as const) {
    const value = flattenValue(graph.getAttribute(field));
    if (value !== undefined) out.push(`    <${field}>${escapeXmlText(String(value))}</${field}>`);
  }
  out.push('  </meta>');
  out.push(`  <graph${xmlAttributes([['defaultedgetype', defaultEdgeType], ['mode', 'static']])}>`);
  writeModel(out, 'node', nodeModel);
  writeModel(out, 'edge', edgeModel);

  out.push('    <nodes>');
  graph.forEachNode((key, attributes) => {
    const label = flattenValue(attributes.label) ?? key;
    const children: string[] = [];
    writeAttvalues(children, nodeModel, attributes);
    const color = nodeColor(attributes, o.communityAttribute);
    if (color) children.push(`        <viz:color${xmlAttributes(Object.entries(color))}/>`);
    const size = o.sizeAttribute === null ? undefined : finite(attributes[o.sizeAttribute]);
    if (size !== undefined) children.push(`        <viz:size${xmlAttributes([['value', size]])}/>`);
    const x = finite(attributes.x);
    const y = finite(attributes.y);
    if (x !== undefined && y !== undefined) children.push(`        <viz:position${xmlAttributes([['x', x], ['y', y]])}/>`);
    const start = `      <node${xmlAttributes([['id', key], ['label', String(label)]])}`;
    if (children.length === 0) out.push(`${start}/>`);
    else out.push(`${start}>`, ...children, '      </node>');
  });
  out.push('    </nodes>');

  out.push('    <edges>');
  let index = 0;
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    const pairs: [string, string | number][] = [['id', isGeneratedEdgeKey(key) ? `e${index}` : key]];
    index++;
    const type = undirected ? 'undirected' : 'directed';
    if (type !== defaultEdgeType) pairs.push(['type', type]);
    pairs.push(['source', source], ['target', target]);
    const weight = finite(attributes.weight);
    if (weight !== undefined) pairs.push(['weight', weight]);
    const label = flattenValue(attributes.label);
    if (label !== undefined) pairs.push(['label', String(label)]);
    const children: string[] = [];
    writeAttvalues(children, edgeModel, attributes);
    const start = `      <edge${xmlAttributes(pairs)}`;
    if (children.length === 0) out.push(`${start}/>`);
    else out.push(`${start}>`, ...children, '      </edge>');
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return out.join('\n') + '\n';
}

function* nodeAttributeObjects(graph: Graph): Generator<Attributes> {
  for (const { attributes } of graph.nodeEntries()) yield attributes;
}

function* edgeAttributeObjects(graph: Graph): Generator<Attributes> {
  for (const { attributes } of graph.edgeEntries()) yield attributes;
}

function inferModel(objects: Iterable<Attributes>, reserved: ReadonlySet<string>, declared: DeclaredTypes): Model {
  const types = new Map(inferAttributeTypes(objects, { skip: reserved, declared }));
  return { names: [...types.keys()], types };
}

function writeModel(out: string[], elementClass: 'node' | 'edge', model: Model): void {
  if (model.names.length === 0) return;
  out.push(`    <attributes${xmlAttributes([['class', elementClass], ['mode', 'static']])}>`);
  for (const name of model.names) {
    out.push(`      <attribute${xmlAttributes([['id', name], ['title', name], ['type', model.types.get(name)!]])}/>`);
  }
  out.push('    </attributes>');
}

function writeAttvalues(out: string[], model: Model, attributes: Attributes): void {
  const lines: string[] = [];
  for (const name of model.names) {
    if (!(name in attributes)) continue;
    const value = flattenValue(attributes[name]);
    if (value === undefined) continue;
    lines.push(`          <attvalue${xmlAttributes([['for', name], ['value', String(value)]])}/>`);
  }
  if (lines.length > 0) out.push('        <attvalues>', ...lines, '        </attvalues>');
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function nodeColor(attributes: Attributes, communityAttribute: string | null): Rgba | undefined {
  if (communityAttribute !== null) {
    const community = attributes[communityAttribute];
    if (typeof community === 'number' && Number.isInteger(community)) return hexToRgb(colorForCommunity(community));
  }
  return typeof attributes.color === 'string' ? parseCssColor(attributes.color) : undefined;
}

/** "#rgb", "#rrggbb", "rgb(r, g, b)" or "rgba(r, g, b, a)"; anything else is not written. */
export function parseCssColor(text: string): Rgba | undefined {
  const value = text.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  if (short) return hexToRgb(`#${short[1]!.repeat(2)}${short[2]!.repeat(2)}${short[3]!.repeat(2)}`);
  if (/^#[0-9a-f]{6}$/i.test(value)) return hexToRgb(value);
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9.]+)\s*)?\)$/i.exec(value);
  if (!rgb) return undefined;
  const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((c) => Math.min(255, Number(c))) as [number, number, number];
  const color: Rgba = { r, g, b };
  if (rgb[4] !== undefined) color.a = Math.min(1, Number(rgb[4]));
  return color;
}
