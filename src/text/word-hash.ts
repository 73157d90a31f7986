/**
 * A 32-bit hash of a word, case-folded for ASCII letters and with ’ read as
 * ', so the hot loops can ask “is this token a cue word?” without building a
 * string for every token. A hit is always confirmed on the real string.
 * @internal
 * @module
 */

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
