/**
 * NODE-ONLY helper of read-edge-list-stream.ts: node ids → dense indices,
 * looked up by their UTF-8 bytes, so that a row's ids never become strings
 * unless they are new. Hand-written: on the 100k-node / 500k-edge bench file
 * a Map<string, number> lookup of freshly decoded strings took 700 of the
 * reader's 1,200 ms (V8 hashes every new string); hashing the bytes in place
 * (FNV-1a) into an open-addressing table of indices takes a fraction of
 * that, and the table (ids' bytes once, plus two Int32Arrays) is smaller
 * than the Map (~40 bytes an entry besides the key) at a million ids.
 */
import { Buffer } from 'node:buffer';

export class NodeIdTable {
  /** Node ids by index (the string of each id, made once). */
  readonly keys: string[] = [];
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private starts = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 12);
  /** Slot → node index + 1 (0: empty). */
  private slots = new Int32Array(1 << 13);
  private mask = (1 << 13) - 1;

  get size(): number {
    return this.keys.length;
  }

  /** The index of the id in bytes [start, end) of `source`, adding it when new. */
  indexOf(source: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5 | 0;
    for (let p = start; p < end; p++) h = Math.imul(h ^ source[p]!, 0x01000193);
    const length = end - start;
    let slot = h & this.mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const i = entry - 1;
      if (this.hashes[i] === h) {
        const from = this.starts[i]!;
        if (this.starts[i + 1]! - from === length) {
          let same = true;
          for (let k = 0; k < length; k++) {
            if (this.bytes[from + k] !== source[start + k]) {
              same = false;
              break;
            }
          }
          if (same) return i;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(source, start, end, h, slot);
  }

  /** The index of a string id (node-table ids, quoted fields), adding it when new. */
  indexOfString(id: string): number {
    const bytes = Buffer.from(id, 'utf8');
    return this.indexOf(bytes, 0, bytes.length);
  }

  private add(source: Uint8Array, start: number, end: number, h: number, slot: number): number {
    const i = this.keys.length;
    const length = end - start;
    if (this.used + length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.used + length));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.bytes.set(source.subarray(start, end), this.used);
    if (i + 2 > this.starts.length) {
      this.starts = growInt32(this.starts, this.starts.length * 2);
      this.hashes = growInt32(this.hashes, this.hashes.length * 2);
    }
    this.starts[i] = this.used;
    this.used += length;
    this.starts[i + 1] = this.used;
    this.hashes[i] = h;
    this.keys.push(Buffer.from(source.buffer, source.byteOffset + start, length).toString('utf8'));
    this.slots[slot] = i + 1;
    // Keep the table at most half full.
    if (2 * this.keys.length > this.slots.length) this.rehash();
    return i;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.keys.length; i++) {
      let slot = this.hashes[i]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function growInt32(from: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const to = new Int32Array(length);
  to.set(from);
  return to;
}
