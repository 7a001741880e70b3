/**
 * Escaping for the XML writers (GEXF, GraphML). Names and labels from the
 * web contain &, <, quotes and newlines; attribute values also escape tab,
 * newline and carriage return, which an XML parser would otherwise normalise
 * to spaces. Characters XML 1.0 cannot hold at all (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) are dropped: there is no escape for them, and
 * one such character makes the whole file unreadable in Gephi.
 */

const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text for an attribute value in double quotes. */
export function escapeXmlAttribute(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** Text for element content: newlines and tabs are kept, a carriage return is escaped (parsers turn a raw one into a newline). */
export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** `name="value" …` for a start tag, in the given order. */
export function xmlAttributes(pairs: readonly (readonly [string, string | number])[]): string {
  return pairs.map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`).join('');
}
