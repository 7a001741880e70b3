/**
 * Parse XML text for the GEXF and GraphML readers, turning every problem
 * into one InputError with the parser's line.
 *
 * @xmldom/xmldom is used in the browser too (it is what graphology-gexf and
 * graphology-graphml use under Node): the command line and the viewer then
 * accept and reject the same files with the same messages. Left to itself,
 * graphology's Node entry point logs parser complaints to the console and
 * carries on with a half-built document, or fails later with "Cannot read
 * properties of undefined"; here any warning or error is fatal, since a GEXF
 * file that is not well-formed would not open in Gephi either.
 */
import { DOMParser } from '@xmldom/xmldom';
import { InputError } from './input-error.ts';

export type XmlDocument = ReturnType<DOMParser['parseFromString']>;

/** The Document class of the xmldom build we parse with (graphology's parsers check `instanceof`). */
export const XmlDocumentClass = new DOMParser().parseFromString('<t/>', 'application/xml').constructor as new () => XmlDocument;

export function parseXmlDocument(text: string, options: { file: string; formatName: string; rootElement: string }): XmlDocument {
  const { file, formatName, rootElement } = options;
  const fail = (line: number | undefined, reason: string): never => {
    throw new InputError(file, line, `expected a ${formatName} document: ${reason}`);
  };
  if (text.trim() === '') fail(undefined, 'the file is empty');

  const locator: { lineNumber?: number } = {};
  let first: { line: number | undefined; message: string } | undefined;
  const record = (message: string) => {
    if (first) return;
    const line = locator.lineNumber !== undefined && locator.lineNumber > 0 ? locator.lineNumber : undefined;
    first = { line, message: cleanMessage(message) };
  };
  let document: XmlDocument | undefined;
  try {
    document = new DOMParser({
      locator,
      errorHandler: { warning: record, error: record, fatalError: record },
    }).parseFromString(text, 'application/xml');
  } catch (error) {
    // xmldom throws on some fatal errors even with a handler.
    record(error instanceof Error ? error.message : String(error));
  }
  const root = document?.documentElement;
  // A truncated file is the commonest malformed XML; say so rather than
  // repeat xmldom's complaint about the first element left open.
  if (root && !endsWithClosingTag(text, root.tagName)) {
    fail(countLines(text), `the file ends before </${root.tagName}> (was it cut short?)`);
  }
  if (first) fail(first.line, `the XML is not well-formed (${first.message})`);
  if (!root) fail(1, 'no XML element found (is this the right file?)');
  const rootName = root!.localName ?? root!.tagName;
  if (rootName !== rootElement) fail(lineOf(root), `the root element is <${root!.tagName}>, not <${rootElement}>`);
  if (root!.getElementsByTagName('graph').length === 0) fail(lineOf(root), `no <graph> element inside <${root!.tagName}>`);
  return document!;
}

/**
 * xmldom messages carry a "[xmldom warning]" prefix and a locator suffix;
 * keep the words, and reword the one that misleads: "unclosed xml attribute"
 * is what xmldom says about an element that is never closed.
 */
function cleanMessage(message: string): string {
  const words = message
    .replace(/^\[xmldom \w+\]\s*/, '')
    .replace(/\s*@[^\n]*#\[line:[^\]]*\]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return words === 'unclosed xml attribute' ? 'an element opened on this line is never closed' : words;
}

function lineOf(node: unknown): number | undefined {
  const line = (node as { lineNumber?: unknown }).lineNumber;
  return typeof line === 'number' && line > 0 ? line : undefined;
}

function countLines(text: string): number {
  return (text.trimEnd().match(/\n/g)?.length ?? 0) + 1;
}

/**
 * xmldom does not complain when the end of the document is missing, which is
 * how a truncated download looks; check that the last tag closes the root.
 */
function endsWithClosingTag(text: string, tagName: string): boolean {
  const tail = text.trimEnd().replace(/(?:<!--[\s\S]*?-->\s*)+$/, '').trimEnd();
  if (tail.endsWith('/>')) {
    // A self-closing root element, such as <gexf/>.
    return new RegExp(`<${escapeRegExp(tagName)}\\b[^<]*/>$`).test(tail);
  }
  return new RegExp(`</${escapeRegExp(tagName)}\\s*>$`).test(tail);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
