/**
 * Node-only: the SHA-256 of input files' bytes, remembered in the cache
 * folder by each file's stamp (device, inode, size, modification and change
 * times in nanoseconds), so an unchanged checkout keys its cache entries
 * without reading and hashing its inputs again.
 *
 * Why (measured on a cached `vennskap rank --dataset world`, 2026-12-04):
 * reading the world's 2 MB of inputs and hashing them was ~10 % of the run's
 * CPU time; a stat of each file costs well under a millisecond.
 *
 * Correctness comes first, as git's index does it:
 *  - The change time (ctime) is part of the stamp. No ordinary tool sets it:
 *    any write, and even resetting the modification time with utimes, moves
 *    it to now, so a file edited in place to the same size and modification
 *    time still gets a new stamp and is read again.
 *  - A stamp is remembered only when the file had not changed for 2 s before
 *    it was read (a file system's clock ticks at most that coarsely), and its
 *    stamp was the same before and after reading. So a later edit can never
 *    fall in the same clock tick as the remembered stamp, and a file edited
 *    while it was read is never remembered.
 *  - A stamp that does not match, or a memo that cannot be read, means the
 *    file is read and hashed, as without the memo.
 * What is left: a file system whose clock runs more than 2 s behind this
 * machine's, where two same-size edits less than a clock tick apart, with a
 * vennskap run between them, would leave the second unseen (git's racy-clean
 * problem). Delete the cache folder or set VENNSKAP_NO_CACHE=1 if that ever
 * matters.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const FORMAT = 'vennskap-file-digests/1';
/** Files remembered at most (the most recently read); tests and scratch checkouts add paths. */
const KEEP_FILES = 200;
/** How long a file must have been unchanged before its stamp is remembered. */
const SETTLED_NS = 2_000_000_000n;

interface Memo {
  format: string;
  /** Absolute path → [stamp, sha-256 hex]. */
  files: Record<string, [string, string]>;
}

const stampOf = (s: BigIntStats) => `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;

function readMemo(path: string): Memo {
  try {
    const memo = JSON.parse(readFileSync(path, 'utf8')) as Memo;
    if (memo.format === FORMAT && typeof memo.files === 'object' && memo.files !== null) return memo;
  } catch {
    // absent or unreadable: start afresh
  }
  return { format: FORMAT, files: {} };
}

/**
 * The SHA-256 (hex) of each file's bytes, undefined for a file that does
 * not exist; throws when one exists but cannot be read. With `memoDirectory`
 * null nothing is remembered and every file is read.
 */
export function fileDigests(paths: readonly string[], memoDirectory: string | null): (string | undefined)[] {
  const memoPath = memoDirectory === null ? null : join(memoDirectory, 'file-digests.json');
  const memo = memoPath === null ? null : readMemo(memoPath);
  let changed = false;
  const digests = paths.map((path) => {
    const absolute = resolve(path);
    const before = statSync(absolute, { bigint: true, throwIfNoEntry: false });
    if (!before) return undefined;
    const stamp = stampOf(before);
    const known = memo?.files[absolute];
    if (known && known[0] === stamp) return known[1];
    const digest = createHash('sha256').update(readFileSync(absolute)).digest('hex');
    const after = statSync(absolute, { bigint: true, throwIfNoEntry: false });
    const lastChange = before.mtimeNs > before.ctimeNs ? before.mtimeNs : before.ctimeNs;
    const settled = lastChange < BigInt(Date.now()) * 1_000_000n - SETTLED_NS;
    if (memo && after && stampOf(after) === stamp && settled) {
      // Re-inserted, so the object's order is the order of use and pruning drops the longest unused.
      delete memo.files[absolute];
      memo.files[absolute] = [stamp, digest];
      changed = true;
    }
    return digest;
  });
  if (changed && memoPath && memo) writeMemo(memoPath, memo);
  return digests;
}

/** Temporary file, then rename; a memo that cannot be written is only a slower next run. */
function writeMemo(path: string, memo: Memo): void {
  const names = Object.keys(memo.files);
  for (const name of names.slice(0, Math.max(0, names.length - KEEP_FILES))) delete memo.files[name];
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, JSON.stringify(memo));
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
  }
}
