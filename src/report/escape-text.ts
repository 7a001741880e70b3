/**
 * Escaping for the two report formats. Every piece of data (place names,
 * messages, reasons, file names) passes through one of these before it is
 * written, because names come from web pages and user files and may hold
 * markup (`<script>`), entities (`&amp;`) or spreadsheet formulas (`=HYPERLINK(…)`).
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML and SVG (XML) element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Text for a Markdown paragraph or table cell (GitHub-flavoured Markdown).
 *
 * - Line breaks become spaces: a newline would end a table row.
 * - `<` and `>` become entities, so no HTML tag or autolink survives.
 * - `&` becomes `&amp;` where it would start an entity, so "&lt;" in data stays as written.
 * - Markdown punctuation is backslash-escaped (CommonMark allows it before any
 *   ASCII punctuation): emphasis `*` `_` `~`, code `` ` ``, links `[ ]`, the
 *   cell separator `|`, math `$`, and the backslash itself.
 * - A leading `=`, `+`, `-`, `@` or `#` is escaped too: it would start a
 *   formula when the table is pasted into a spreadsheet, a list or a heading.
 */
export function escapeMarkdown(text: string): string {
  let s = text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
  s = s.replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;');
  s = s.replace(/[\\`*_[\]|~$]/g, '\\$&');
  s = s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (/^[=+\-@#]/.test(s)) s = `\\${s}`;
  return s;
}
