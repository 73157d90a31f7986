/**
 * Lexicon classes of a token's lower-case word, as bits, remembered by the
 * word's slot in the shared table of lower-case words: a stage that asks
 * several sets about the same words (is it a preposition? a determiner? a
 * cue?) computes the answers once per word and then tests a bit. A slot
 * keeps its word for good, so the answers never go stale; words the table
 * does not keep are remembered in a bounded map.
 * @internal
 * @module
 */

import { Kind, type Tokens } from './tokenize.js';
import { LOWER_WORD_SLOTS, ownCopy } from './lower-words.js';
import { hashWord } from './word-hash.js';

/** Set on every computed value, so that 0 means “not computed yet”. */
const KNOWN = 1 << 30;
/** How many words outside the shared table are remembered. */
const MAX_OTHER_WORDS = 20_000;

/**
 * The classes one stage asks about. `classify` gives the bits of a
 * lower-case word (bits 0 to 29).
 * @internal
 */
export class WordClasses {
  private bySlot: Int32Array | null = null;
  private readonly byWord = new Map<string, number>();

  constructor(private readonly classify: (word: string) => number) {}

  /** The classes of any lower-case word. */
  ofWord(word: string): number {
    let b = this.byWord.get(word);
    if (b === undefined) {
      b = this.classify(word) | KNOWN;
      if (this.byWord.size < MAX_OTHER_WORDS) this.byWord.set(ownCopy(word), b);
    }
    return b;
  }

  /** The classes of `tokens.lower(t)`. */
  of(tokens: Tokens, t: number): number {
    const slot = tokens.wordSlot(t);
    if (slot < 0) return this.ofWord(tokens.lower(t));
    this.bySlot ??= new Int32Array(LOWER_WORD_SLOTS);
    let b = this.bySlot[slot]!;
    if (b === 0) {
      b = this.classify(tokens.lower(t)) | KNOWN;
      this.bySlot[slot] = b;
    }
    return b;
  }
}

/**
 * One lower-case word a stage looks for among the tokens (“who”, “the”),
 * with its {@link hashWord}: {@link isTheWord} refuses almost every other
 * token by its hash, without looking its word up.
 * @internal
 */
export interface KnownWord {
  readonly word: string;
  readonly hash: number;
}

/** The {@link KnownWord} of a lower-case word. @internal */
export function knownWord(word: string): KnownWord {
  return { word, hash: hashWord(word) };
}

/** Is token `t` the word `w` (what `kind[t] === Kind.Word && tokens.lower(t) === w.word` asks)? @internal */
export function isTheWord(tokens: Tokens, t: number, w: KnownWord): boolean {
  // (the hash first: the column a word's hash is kept in holds 0 for other tokens and reads undefined out of range)
  return tokens.hash[t] === w.hash && tokens.kind[t] === Kind.Word && tokens.lower(t) === w.word;
}
