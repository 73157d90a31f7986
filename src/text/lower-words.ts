/**
 * Lower-case forms of words, shared across calls so the hot loops do not
 * build a new string every time they ask for a token's lower-case word. A
 * bounded table of strings keyed by the tokenizer's word hash and the
 * length; a hit is confirmed character by character against the text, so a
 * hash collision only costs a miss. A word is kept when each of its
 * characters lower-cases to one code unit whatever stands around it: ASCII
 * letters are folded here, other letters (García, MÜLLER) by their own
 * lower case, which the table asks for only where the text has a capital.
 *
 * The words are numbered in the order they are first met (their slots), and
 * a separate open-addressing index finds a word's slot from its hash: the
 * common words of any text get small numbers, so the arrays the stages keep
 * by slot are read in a few hot cache lines, not all over 64K entries. One
 * word has one slot: the tokenizer's hash folds only ASCII letters, so a
 * word with other letters may come with several hashes (Müller, MÜLLER),
 * and each further hash is filed in the index as another way to the slot.
 * @internal
 * @module
 */

import { hashWord } from './word-hash.js';

/** How many words the table keeps at most (slots run from 0 to this, exclusive), and how many entries its index holds at most. */
const SLOTS = 1 << 15;
/** How many slots the table has. @internal */
export const LOWER_WORD_SLOTS = SLOTS;
/** The word of each slot. */
const words: string[] = [];
/**
 * The characters of the slots' words one after the other, slot by slot:
 * confirming a hit reads a few cache lines of this array (the common words
 * come first), not a string object somewhere in the heap.
 */
let chars = new Uint16Array(1 << 14);
/** Where each slot's word starts in {@link chars}; it ends where the next slot's starts. */
const charsStart = new Int32Array(SLOTS + 1);
/** The {@link hashWord} of each slot's word. */
const wordHashes = new Int32Array(SLOTS);
/**
 * The index: 1 + the slot of a word at its hash's place (linear probing), 0
 * when free, and the hash it is filed under; at most half full.
 */
let index = new Uint16Array(1 << 12);
let indexHashes = new Int32Array(index.length);
/** How many entries the index holds (a slot for each word, and the further hashes of words with letters beyond ASCII). */
let entries = 0;
/** The slot of each word with a character beyond ASCII, to find it from its other hashes. */
const slotsBeyondAscii = new Map<string, number>();

function placeOf(h: number, len: number): number {
  const k = Math.imul(h ^ (h >>> 16) ^ Math.imul(len, 0x9e3779b1), 0x45d9f3b);
  return (k ^ (k >>> 15)) & (index.length - 1);
}

/** Files `slot` under the hash `h` at the free place `i` of the index, which grows when half full. */
function file(i: number, h: number, slot: number): void {
  index[i] = slot + 1;
  indexHashes[i] = h;
  if (++entries * 2 > index.length) growIndex();
}

/** Doubles the index (the slots do not change). */
function growIndex(): void {
  const oldIndex = index;
  const oldHashes = indexHashes;
  index = new Uint16Array(oldIndex.length * 2);
  indexHashes = new Int32Array(index.length);
  const mask = index.length - 1;
  for (let j = 0; j < oldIndex.length; j++) {
    const id = oldIndex[j]!;
    if (id === 0) continue;
    let i = placeOf(oldHashes[j]!, words[id - 1]!.length);
    while (index[i] !== 0) i = (i + 1) & mask;
    index[i] = id;
    indexHashes[i] = oldHashes[j]!;
  }
}

/**
 * The lower case of the code unit `c` when it is one code unit whatever
 * stands around it, else -1: not the capital sigma (σ, or ς at a word's
 * end), a surrogate (half a character), or İ (i and a combining dot).
 */
function lowerCode(c: number): number {
  if (c < 128) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff)) return -1;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : -1;
}

/** Does the word in `slot` equal `text[s, e)` lower-cased? (Read from {@link chars}.) */
function sameLower(slot: number, text: string, s: number, e: number): boolean {
  const from = charsStart[slot]!;
  const len = e - s;
  if (charsStart[slot + 1]! - from !== len) return false;
  for (let k = 0; k < len; k++) {
    let c = text.charCodeAt(s + k);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (chars[from + k] !== c) return c >= 128 && sameLowerFrom(words[slot]!, text, s, k);
  }
  return true;
}

/** {@link sameLower} from the `k`th character on, for a word with letters beyond ASCII. */
function sameLowerFrom(word: string, text: string, s: number, k: number): boolean {
  for (; k < word.length; k++) if (lowerCode(text.charCodeAt(s + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** Is `text[s, e)` made of ASCII characters and ’ only? */
function asciiOnly(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 && c !== 0x2019) return false;
  }
  return true;
}

/** Is `lower` the lower case of `text[s, e)` character by character ({@link lowerCode}), so that {@link sameLower} can confirm it? */
function lowerByCharacter(lower: string, text: string, s: number, e: number): boolean {
  return lower.length === e - s && sameLowerFrom(lower, text, s, 0);
}

/**
 * A copy of `word` that shares no memory with the text it was cut from: a
 * slice may be a view of the whole text, and a cache that outlives the call
 * must not keep the caller's article alive. Only for words stored in such a
 * cache (rare: once per new word). @internal
 */
export function ownCopy(word: string): string {
  return word.length < 2 ? word : word.split('').join('');
}

/** Longest word the table keeps. */
const MAX_LENGTH = 40;

/**
 * The slot of `text.slice(s, e).toLowerCase()` in the shared table (the
 * word is added on a miss), for {@link sharedWord}; -1 when the word cannot
 * be kept there (too long, a character that does not lower-case to one code
 * unit on its own, or the table is full), for the caller to lower-case
 * itself. `h` is the tokenizer's hash of the word; it only places the word
 * in the index (an ASCII word met with another `h` is kept twice; one with
 * other letters is found by its string, so it keeps its one slot).
 * @internal
 */
export function lowerWordSlot(text: string, s: number, e: number, h: number): number {
  const len = e - s;
  if (len > MAX_LENGTH) return -1;
  const mask = index.length - 1;
  let i = placeOf(h, len);
  for (let id = index[i]!; id !== 0; id = index[i]!) {
    if (indexHashes[i] === h && sameLower(id - 1, text, s, e)) return id - 1;
    i = (i + 1) & mask;
  }
  // (i is the free place that ends the probe: the word, or its new way in, is filed there)
  return entries === SLOTS ? -1 : add(text, s, e, h, i);
}

/** The slot of a word {@link lowerWordSlot} did not find under `h`, filed at the free place `i` of the index; -1 when the word cannot be kept. */
function add(text: string, s: number, e: number, h: number, i: number): number {
  const lower = text.slice(s, e).toLowerCase();
  const ascii = asciiOnly(text, s, e);
  if (!ascii && !lowerByCharacter(lower, text, s, e)) return -1;
  let slot = ascii ? undefined : slotsBeyondAscii.get(lower);
  if (slot === undefined) {
    slot = words.length;
    const word = ownCopy(lower);
    words.push(word);
    keepChars(slot, word);
    wordHashes[slot] = hashWord(word);
    if (!ascii) slotsBeyondAscii.set(word, slot);
  }
  file(i, h, slot);
  return slot;
}

/** Appends the characters of `word`, the word of the new `slot`, to {@link chars}. */
function keepChars(slot: number, word: string): void {
  const from = charsStart[slot]!;
  if (from + word.length > chars.length) {
    const more = new Uint16Array(chars.length * 2);
    more.set(chars);
    chars = more;
  }
  for (let k = 0; k < word.length; k++) chars[from + k] = word.charCodeAt(k);
  charsStart[slot + 1] = from + word.length;
}

/** The word in `slot` of the shared table (a slot {@link lowerWordSlot} gave). @internal */
export function sharedWord(slot: number): string {
  return words[slot]!;
}

/** The {@link hashWord} of the word in `slot` (a slot {@link lowerWordSlot} gave), kept with it: not hashed again. @internal */
export function sharedWordHash(slot: number): number {
  return wordHashes[slot]!;
}
