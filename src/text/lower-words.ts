/**
 * Lower-case forms of words, shared across calls so the hot loops do not
 * build a new string every time they ask for a token's lower-case word. A
 * bounded table of strings keyed by the tokenizer's word hash and the
 * length; a hit is confirmed character by character against the text, so a
 * hash collision only costs a miss. Only words of ASCII characters and ’
 * (whose lower case is one code unit, found without Unicode tables) are kept.
 *
 * The words are numbered in the order they are first met (their slots), and
 * a separate open-addressing index finds a word's slot from its hash: the
 * common words of any text get small numbers, so the arrays the stages keep
 * by slot are read in a few hot cache lines, not all over 64K entries.
 * @internal
 * @module
 */

/** How many words the table keeps at most (slots run from 0 to this, exclusive). */
const SLOTS = 1 << 15;
/** How many slots the table has. @internal */
export const LOWER_WORD_SLOTS = SLOTS;
/** The hash of each slot's word, and the word. */
const keys = new Int32Array(SLOTS);
const words: string[] = [];
/** The index: 1 + the slot of a word at its hash's place (linear probing), 0 when free; at most half full. */
let index = new Uint16Array(1 << 12);

function placeOf(h: number, len: number): number {
  const k = Math.imul(h ^ (h >>> 16) ^ Math.imul(len, 0x9e3779b1), 0x45d9f3b);
  return (k ^ (k >>> 15)) & (index.length - 1);
}

/** Doubles the index (the slots do not change). */
function growIndex(): void {
  index = new Uint16Array(index.length * 2);
  const mask = index.length - 1;
  for (let slot = 0; slot < words.length; slot++) {
    let i = placeOf(keys[slot]!, words[slot]!.length);
    while (index[i] !== 0) i = (i + 1) & mask;
    index[i] = slot + 1;
  }
}

/** Does `word` equal `text[s, e)` with ASCII letters lower-cased? */
function sameLower(word: string, text: string, s: number, e: number): boolean {
  if (word.length !== e - s) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(s + k);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (word.charCodeAt(k) !== c) return false;
  }
  return true;
}

/** Can `text[s, e)` be lower-cased by folding ASCII letters only? */
function asciiFoldable(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 && c !== 0x2019) return false;
  }
  return true;
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
 * be kept there (too long, a character other than ASCII and ’, or the table
 * is full), for the caller to lower-case itself. `h` is the tokenizer's hash
 * of the word; it only places the word in the table (a word met with another
 * `h` is kept twice).
 * @internal
 */
export function lowerWordSlot(text: string, s: number, e: number, h: number): number {
  const len = e - s;
  if (len > MAX_LENGTH) return -1;
  const mask = index.length - 1;
  let i = placeOf(h, len);
  for (let id = index[i]!; id !== 0; id = index[i]!) {
    if (keys[id - 1] === h && sameLower(words[id - 1]!, text, s, e)) return id - 1;
    i = (i + 1) & mask;
  }
  // (i is the free place that ends the probe: the word goes there)
  if (words.length === SLOTS || !asciiFoldable(text, s, e)) return -1;
  const slot = words.length;
  keys[slot] = h;
  words.push(ownCopy(text.slice(s, e).toLowerCase()));
  index[i] = slot + 1;
  if (words.length * 2 > index.length) growIndex();
  return slot;
}

/** The word in `slot` of the shared table (a slot {@link lowerWordSlot} gave). @internal */
export function sharedWord(slot: number): string {
  return words[slot]!;
}
