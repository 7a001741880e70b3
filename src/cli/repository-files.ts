/**
 * Node-only: where the built-in data lives, and safe file reading/writing.
 * The CLI runs as dist/cli.js (bundled) or from src/ in tests, so the data
 * folder is found by walking up from this module to the folder with data/raw/.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText } from '../formats/decode-text.ts';
import { InputError } from '../formats/input-error.ts';

export function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'data', 'raw')) && existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the vennskap repository (a folder with data/raw/ and package.json) above the CLI');
    dir = parent;
  }
}

/** The data folder: $VENNSKAP_DATA_DIR when set (for custom data and tests), else the repository's data/. */
export const dataDirectory = () => process.env.VENNSKAP_DATA_DIR ?? join(repositoryRoot(), 'data');

/**
 * What a path that is not a regular file is, for the error that refuses it
 * (a FIFO or a device would block or never end), or undefined for a regular
 * file or a missing one (reading it then reports that).
 */
export function notARegularFile(path: string): string | undefined {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined || stat.isFile()) return undefined;
  const kind = stat.isDirectory() ? 'a directory' : stat.isFIFO() ? 'a FIFO (named pipe)' : stat.isSocket() ? 'a socket' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'not a regular file';
  return `is ${kind}, expected a regular file${stat.isDirectory() ? '' : ' (save the data to a file first)'}`;
}

/**
 * Read a user's UTF-8 text file; a missing, unreadable or special file, or
 * one that is not UTF-8 (see decode-text.ts), is the user's problem,
 * reported in one line.
 */
export function readTextFile(path: string): string {
  const special = notARegularFile(path);
  if (special !== undefined) throw new InputError(path, undefined, special);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, expected a file' : `cannot read (${code ?? String(error)})`;
    throw new InputError(path, undefined, reason);
  }
  return decodeText(bytes, path);
}

/**
 * Write a file so that it is never left half-written: write a temporary file
 * beside it, then rename it over the target (atomic on one filesystem).
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, undefined, `cannot write (${code ?? String(error)})`);
  }
}
