/**
 * A user's mistake in an input file or argument: the command line prints the
 * message on one line and exits 1, with no stack trace. `file` and `line`
 * are part of the message so that it names where the problem is.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'InputError';
  }
}
