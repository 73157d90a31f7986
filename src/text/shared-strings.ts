/**
 * Short strings cut from the text, shared when the same characters come
 * again: a long article says “said” or “Clinton” thousands of times, and the
 * result need not hold a string for each.
 * @internal
 * @module
 */

import { sameChars } from './chars.js';

/** Entries of the cache (a power of two). */
const ENTRIES = 512;
/** Longer spans are cut afresh: they rarely repeat, and hashing them costs as much as the copy. */
const MAX_SHARED = 32;

/**
 * `text.slice(start, end)`, given out again for the same characters. A
 * direct-mapped cache by a hash of the characters: a collision only replaces
 * an entry, so it costs a fresh string, never a wrong one (every hit is
 * compared in full). One per call, since offsets refer to its text.
 * @internal
 */
export class SharedStrings {
  /** Where each cached string was cut from (its offsets in the text). */
  private readonly from = new Int32Array(ENTRIES);
  private readonly to = new Int32Array(ENTRIES);
  private readonly strings: (string | undefined)[] = new Array<string | undefined>(ENTRIES).fill(undefined);

  constructor(private readonly text: string) {}

  /** The characters `[start, end)` of the text, as a string shared with earlier equal ones. */
  slice(start: number, end: number): string {
    const { text } = this;
    if (end - start > MAX_SHARED) return text.slice(start, end);
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const k = (h ^ (h >>> 15)) & (ENTRIES - 1);
    const cached = this.strings[k];
    if (cached !== undefined && sameChars(text, this.from[k]!, this.to[k]!, start, end)) return cached;
    const fresh = text.slice(start, end);
    this.strings[k] = fresh;
    this.from[k] = start;
    this.to[k] = end;
    return fresh;
  }
}
