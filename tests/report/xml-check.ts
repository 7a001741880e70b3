/**
 * Test helpers for XML well-formedness. xmldom 0.8 is lenient (it accepts a
 * raw "&" in text), so a small scanner checks the rules a browser's XML
 * parser enforces first: one root, balanced tags, quoted attributes without
 * "<", no duplicate attributes, and "&" only as an entity reference. Then
 * xmldom builds the DOM the tests query.
 */
import { DOMParser } from '@xmldom/xmldom';

const NAME_CHAR = /[A-Za-z0-9_:.\-]/;

function entityLength(text: string, at: number): number {
  const end = text.indexOf(';', at);
  if (end < 0) return 0;
  const body = text.slice(at + 1, end);
  const ok = ['amp', 'lt', 'gt', 'quot', 'apos'].includes(body) || /^#\d+$/.test(body) || /^#x[0-9a-fA-F]+$/.test(body);
  return ok ? end - at + 1 : 0;
}

/** Throws with the offset of the first well-formedness error. */
export function checkWellFormed(xml: string): void {
  const fail = (at: number, why: string): never => {
    throw new Error(`not well-formed XML at offset ${at}: ${why} (…${xml.slice(Math.max(0, at - 30), at + 30)}…)`);
  };
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const readName = () => {
    const start = i;
    while (i < xml.length && NAME_CHAR.test(xml[i]!)) i++;
    if (i === start) fail(i, 'expected a name');
    return xml.slice(start, i);
  };
  const skipSpace = () => {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
  };
  while (i < xml.length) {
    const c = xml[i]!;
    if (c === '&') {
      const n = entityLength(xml, i);
      if (n === 0) fail(i, 'raw "&"');
      i += n;
    } else if (c !== '<') {
      if (stack.length === 0 && !/\s/.test(c)) fail(i, 'text outside the root element');
      i++;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) fail(i, 'unclosed comment');
      i = end + 3;
    } else if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end < 0) fail(i, 'unclosed processing instruction');
      i = end + 2;
    } else if (xml[i + 1] === '/') {
      i += 2;
      const name = readName();
      skipSpace();
      if (xml[i] !== '>') fail(i, 'expected ">"');
      const open = stack.pop();
      if (open !== name) fail(i, `</${name}> closes <${open ?? 'nothing'}>`);
      i++;
    } else {
      i++;
      const name = readName();
      if (stack.length === 0 && ++roots > 1) fail(i, 'a second root element');
      const seen = new Set<string>();
      for (;;) {
        skipSpace();
        if (xml.startsWith('/>', i)) {
          i += 2;
          break;
        }
        if (xml[i] === '>') {
          stack.push(name);
          i++;
          break;
        }
        const attribute = readName();
        if (seen.has(attribute)) fail(i, `duplicate attribute ${attribute}`);
        seen.add(attribute);
        if (xml[i] !== '=') fail(i, 'expected "="');
        i++;
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") fail(i, 'unquoted attribute value');
        i++;
        while (xml[i] !== quote) {
          if (i >= xml.length) fail(i, 'unclosed attribute value');
          if (xml[i] === '<') fail(i, '"<" in an attribute value');
          if (xml[i] === '&') {
            const n = entityLength(xml, i);
            if (n === 0) fail(i, 'raw "&" in an attribute value');
            i += n;
          } else i++;
        }
        i++;
      }
    }
  }
  if (stack.length > 0) fail(i, `<${stack[stack.length - 1]}> is never closed`);
  if (roots !== 1) fail(0, 'no root element');
}

/** Check well-formedness strictly, then parse with xmldom (whose warnings and errors also fail). */
export function parseXmlStrict(text: string) {
  checkWellFormed(text);
  const fail = (message: string) => {
    throw new Error(`not well-formed XML: ${message}`);
  };
  return new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(text, 'application/xml');
}

/** Every <svg>…</svg> element in a page, in order. */
export function svgElements(html: string): string[] {
  return html.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
}
