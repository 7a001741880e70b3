/**
 * Bookkeeping shared by the parsers: every line of a document gets a role,
 * so a test can prove that nothing in the list part was silently dropped.
 */
import type { LineAccount, LineRole } from '../dataset/types.ts';

/** Split text into lines; "\r\n", "\r" and "\n" all end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const PRIORITY: Record<LineRole, number> = { prose: 0, blank: 1, header: 2, diagnostic: 3, mention: 4 };

/** Collects the strongest role seen for each line: mention > diagnostic > header > blank > prose. */
export class LineLedger {
  private readonly roles: LineRole[];

  constructor(lines: readonly string[]) {
    this.roles = lines.map((l) => (l.trim() === '' ? 'blank' : 'prose'));
  }

  mark(line: number, role: LineRole): void {
    const index = line - 1;
    const current = this.roles[index];
    if (current !== undefined && PRIORITY[role] > PRIORITY[current]) this.roles[index] = role;
  }

  markRange(from: number, to: number, role: LineRole): void {
    for (let line = from; line <= to; line++) this.mark(line, role);
  }

  role(line: number): LineRole | undefined {
    return this.roles[line - 1];
  }

  accounts(): LineAccount[] {
    return this.roles.map((role, i) => ({ line: i + 1, role }));
  }
}
