/**
 * A 32-bit hash of a word, case-folded for ASCII letters and with ’ read as
 * ', so the hot loops can ask “is this token a cue word?” without building a
 * string for every token. A hit is always confirmed on the real string.
 * @internal
 * @module
 */

import { scratchInt32 } from './scratch.js';

/** FNV-1a offset basis. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** Folds one code unit: ASCII upper case to lower case, ’ to '. */
export function foldCode(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return c === 0x2019 ? 0x27 : c;
}

/** Adds one (already folded) code unit to a running hash. */
export function hashStep(h: number, folded: number): number {
  return Math.imul(h ^ folded, 0x01000193);
}

/** The hash of a whole string, as the tokenizer computes it for a word. */
export function hashWord(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, foldCode(word.charCodeAt(i)));
  return h;
}

/** The hashes of a set of words, for a quick membership pre-check. */
export function hashesOf(words: Iterable<string>): Set<number> {
  const out = new Set<number>();
  for (const w of words) out.add(hashWord(w));
  return out;
}

/**
 * A set of word hashes in a typed array (open addressing, linear probing):
 * adding a few hundred thousand words costs no allocation per word. Its
 * first slots are scratch of the current call ({@link scratchInt32}): a set
 * lives no longer than the pipeline call that made it.
 * @internal
 */
export class HashSet {
  /** The hashes; 0 marks a free slot (the hash 0 itself is kept in {@link zero}). */
  private slots: Int32Array;
  private zero = false;
  private size = 0;

  constructor(expected: number) {
    let capacity = 64;
    while (capacity < expected * 2) capacity <<= 1;
    this.slots = scratchInt32(capacity, 0);
  }

  add(h: number): void {
    if (h === 0) {
      this.zero = true;
      return;
    }
    const { slots } = this;
    const mask = slots.length - 1;
    let i = mix(h) & mask;
    for (let s = slots[i]!; s !== 0; s = slots[i]!) {
      if (s === h) return;
      i = (i + 1) & mask;
    }
    slots[i] = h;
    // (at most half full: a word already there, the common case, skips this test)
    if (++this.size * 2 > slots.length) this.grow();
  }

  has(h: number): boolean {
    if (h === 0) return this.zero;
    const { slots } = this;
    const mask = slots.length - 1;
    let i = mix(h) & mask;
    for (let s = slots[i]!; s !== 0; s = slots[i]!) {
      if (s === h) return true;
      i = (i + 1) & mask;
    }
    return false;
  }

  private grow(): void {
    const { slots } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.size = 0;
    for (let i = 0; i < slots.length; i++) if (slots[i] !== 0) this.add(slots[i]!);
  }
}

/**
 * A filter over word hashes added one at a time, for many adds and few
 * questions (the tokenizer adds every lower-case word, a later stage asks
 * about a few): a clear bit means “certainly not added”. An add sets a bit,
 * with no probing and no list. Scratch of the current call, like HashSet.
 * @internal
 */
export class AddedHashFilter {
  private readonly bits: Int32Array;
  /** Of {@link mix}`(h)`, the high bits that pick the bit. */
  private readonly shift: number;

  /** `expected`: about how many adds there will be. */
  constructor(expected: number) {
    // (some 16 bits per add: most words repeat, and few of those asked about were added; at most 128 KB, which
    // still leaves most bits clear for the distinct words of the longest text)
    let bits = 1 << 12;
    while (bits < expected * 16 && bits < 1 << 20) bits <<= 1;
    this.bits = scratchInt32(bits >>> 5, 0);
    this.shift = Math.clz32(bits) + 1;
  }

  add(h: number): void {
    const k = mix(h) >>> this.shift;
    this.bits[k >>> 5]! |= 1 << (k & 31);
  }

  mayHave(h: number): boolean {
    const k = mix(h) >>> this.shift;
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}

/** Spreads the bits of a hash before masking (FNV's low bits are weak). @internal */
export function mix(h: number): number {
  return Math.imul(h ^ (h >>> 16), 0x45d9f3b);
}

/**
 * A 65,536-bit filter over a set of word hashes: a clear bit means “certainly
 * not in the set”, so the hot loop skips the real set for almost every word.
 * @internal
 */
export class HashFilter {
  private readonly bits = new Int32Array(2048);

  constructor(hashes: Iterable<number>) {
    for (const h of hashes) {
      const k = mix(h) >>> 16;
      this.bits[k >>> 5]! |= 1 << (k & 31);
    }
  }

  mayHave(h: number): boolean {
    const k = mix(h) >>> 16;
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}
