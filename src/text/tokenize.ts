/**
 * The words around the quotes. Splits the text outside top-level quotes into
 * word and punctuation tokens (each top-level quote is one opaque token),
 * and marks paragraphs and sentences. Struct-of-arrays, one pass.
 * @internal
 * @module
 */

import type { QuoteTable } from '../scan/quote-table.js';
import { endsInApostropheS, isApostrophe, isBlank, isLineBreak, isUpper, isWordChar, isLetter, isDigit, pictographsAt } from './chars.js';
import { MarkupFinder } from './markup.js';
import { AddedHashFilter, HASH_SEED, HashFilter, HashSet, foldCode, hashStep, hashesOf } from './word-hash.js';
import { lowerWordSlot, sharedWord } from './lower-words.js';
import { ScratchInt32List, scratchBuffer } from './scratch.js';
import { COMMON_WORDS } from '../lexicon/common-words.js';
import { CUE_WORDS, PHRASE_CUES } from '../lexicon/cues.js';

/** Token kinds. */
export const enum Kind {
  Word = 1,
  Punct = 2,
  Quote = 3,
}

/** Token flags (bits). */
export const enum Flag {
  /** First letter upper case. */
  Cap = 1,
  /** Every letter upper case (and at least two letters). */
  AllCaps = 2,
  /** Ends with a period that belongs to it (Mr., U.S., J.). */
  Abbrev = 4,
  /** Possessive: ends in ’s / 's, or is followed by a bare apostrophe. */
  Possessive = 8,
  /** First token of its sentence. */
  SentenceStart = 16,
  /** Starts with a digit. */
  Number = 32,
  /** The sentence reads like a title-case headline (most words capitalised). */
  TitleCase = 64,
}

/** The token stream. Parallel typed arrays indexed by token. @internal */
export interface Tokens {
  readonly text: string;
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly flags: Uint8Array;
  /** Paragraph index. */
  readonly para: Int32Array;
  /** Sentence index. */
  readonly sent: Int32Array;
  /** For quote tokens, the index of the quote in the scan result; else -1. */
  readonly quote: Int32Array;
  /** For words, {@link hashWord} of the word (abbreviation period left out); else 0. */
  readonly hash: Int32Array;
  /** First token of each sentence. */
  readonly sentStart: Int32Array;
  /** First token of each paragraph (paragraphs with no tokens are skipped). */
  readonly paraStart: Int32Array;
  /**
   * The words, in order, whose hash may be a cue word's or the first word of
   * a phrase cue's (src/lexicon/cues.ts): every word the cue search may stop
   * at, and few others.
   */
  readonly cueCandidates: Int32Array;
  /**
   * Does a lower-case word whose {@link hashWord} is `hash` occur in lower
   * case somewhere outside quotes? (The hash of a word of the shared table is
   * kept with it: `sharedWordHash` in src/text/lower-words.ts.)
   */
  seenLower(hash: number): boolean;
  /** Lower-case form of token `i` without a trailing abbreviation period (cached). */
  lower(i: number): string;
  /**
   * The slot of {@link lower}`(i)` in the shared table of lower-case words
   * (src/text/lower-words.ts), or -1 when the word is not kept there.
   * A slot never changes its word, so a stage may remember facts about a word
   * by slot.
   */
  wordSlot(i: number): number;
  /** Number of tokens. */
  readonly count: number;
}

/** Abbreviations whose period never ends a sentence (titles and initials). */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm',
  'cmdr', 'maj', 'cpl', 'pvt', 'rev', 'fr', 'hon', 'st', 'mt', 'ft', 'pres', 'supt', 'atty', 'del', 'messrs', 'mme', 'mlle',
  'sr', 'jr', 'no', 'nos', 'vs', 'v', 'etc', 'approx', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'inc', 'corp', 'co',
  'ltd', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e',
  'a.m', 'p.m', 'ph.d', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'l.a', 'n.y',
]);
/** Of those, the ones that never end a sentence, whatever follows. */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm',
  'cmdr', 'maj', 'cpl', 'pvt', 'rev', 'fr', 'hon', 'st', 'mt', 'ft', 'pres', 'supt', 'atty', 'messrs', 'mme', 'mlle',
  'no', 'nos', 'vs', 'v', 'e.g', 'i.e', 'approx',
]);

function isInnerJoiner(c: number): boolean {
  // apostrophes, hyphens, periods and ampersands inside a word: O’Brien, co-founder, U.S, AT&T, 3.5
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2e || c === 0x26;
}

/** Classes of code units for the tokenizer (bits): a word character, a letter, lower case, upper case, a digit. */
const A_WORD = 1;
const A_LETTER = 2;
const A_LOWER = 4;
const A_UPPER = 8;
const A_DIGIT = 16;
const ASCII_CLASS = new Uint8Array(128);
/** {@link foldCode} of the ASCII word characters, 0 for the other ASCII code units. */
const ASCII_WORD_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 0x30 && c <= 0x39) ASCII_CLASS[c] = A_WORD | A_DIGIT;
  else if (c >= 0x41 && c <= 0x5a) ASCII_CLASS[c] = A_WORD | A_LETTER | A_UPPER;
  else if (c >= 0x61 && c <= 0x7a) ASCII_CLASS[c] = A_WORD | A_LETTER | A_LOWER;
  if ((ASCII_CLASS[c]! & A_WORD) !== 0) ASCII_WORD_FOLD[c] = foldCode(c);
}

/** The class bits of any code unit (above ASCII from the Unicode tables of text/chars). */
function classOf(c: number): number {
  if (c < 128) return ASCII_CLASS[c]!;
  if (isDigit(c)) return A_WORD | A_DIGIT;
  if (!isLetter(c)) return 0;
  return A_WORD | A_LETTER | (isUpper(c) ? A_UPPER : A_LOWER);
}

/** The sentence starts of a token stream before {@link splitSentences} has found them. */
const EMPTY = new Int32Array(0);

/** How many times {@link Tokens.seenLower} may read the hash column before it keeps the lower-case words in a set. */
const SCAN_BUDGET = 8;

/** In the 16-bit cache of {@link Tokens.lower}: the word is cached in a map, not by slot. */
const IN_MAP = 0xffff;

/** Bytes per token: six 32-bit columns, one 16-bit one and two 8-bit ones. */
const BYTES_PER_TOKEN = 6 * 4 + 2 + 2;

/**
 * Growable typed columns of the token stream, all views of one scratch
 * buffer (one allocation instead of nine, and none when the last call's
 * buffer is free). `sent` is filled after tokenizing; `lower` is scratch for
 * {@link Tokens.lower}.
 */
class Columns {
  count = 0;
  capacity = 0;
  private buffer!: ArrayBuffer;
  start!: Int32Array;
  end!: Int32Array;
  para!: Int32Array;
  quote!: Int32Array;
  hash!: Int32Array;
  sent!: Int32Array;
  lower!: Uint16Array;
  kind!: Uint8Array;
  flags!: Uint8Array;

  constructor(capacity: number) {
    // (every column is written before it is read: a reused buffer needs no clearing)
    const buffer = scratchBuffer(capacity * BYTES_PER_TOKEN);
    this.carve(buffer, Math.floor(buffer.byteLength / BYTES_PER_TOKEN));
  }

  /** Cuts every column to the tokens pushed, for the token stream (new views of the same memory: a typed array's constructor costs less than its `subarray`). */
  cut(): void {
    this.carve(this.buffer, this.capacity, this.count);
  }

  /** Makes the columns views of `length` entries into `buffer`, laid out for `capacity` tokens. */
  private carve(buffer: ArrayBuffer, capacity: number, length = capacity): void {
    this.buffer = buffer;
    this.capacity = capacity;
    this.start = new Int32Array(buffer, 0, length);
    this.end = new Int32Array(buffer, capacity * 4, length);
    this.para = new Int32Array(buffer, capacity * 8, length);
    this.quote = new Int32Array(buffer, capacity * 12, length);
    this.hash = new Int32Array(buffer, capacity * 16, length);
    this.sent = new Int32Array(buffer, capacity * 20, length);
    this.lower = new Uint16Array(buffer, capacity * 24, length);
    this.kind = new Uint8Array(buffer, capacity * 26, length);
    this.flags = new Uint8Array(buffer, capacity * 27, length);
  }

  push(k: Kind, s: number, e: number, f: number, q: number, h: number, p: number): void {
    if (this.count === this.capacity) this.grow();
    const t = this.count++;
    this.kind[t] = k;
    this.start[t] = s;
    this.end[t] = e;
    this.flags[t] = f;
    this.quote[t] = q;
    this.hash[t] = h;
    this.para[t] = p;
  }

  private grow(): void {
    const { start, end, para, quote, hash, kind, flags } = this;
    const capacity = this.capacity * 2 + 16;
    this.carve(new ArrayBuffer(capacity * BYTES_PER_TOKEN), capacity);
    this.start.set(start);
    this.end.set(end);
    this.para.set(para);
    this.quote.set(quote);
    this.hash.set(hash);
    this.kind.set(kind);
    this.flags.set(flags);
  }
}

const ABBREVIATION_FILTER = new HashFilter(hashesOf(TITLE_ABBREVIATIONS));
/** A filter over the hashes of every cue word and of the first words of phrase cues, for {@link Tokens.cueCandidates}. */
const CUE_FILTER = new HashFilter(hashesOf([...CUE_WORDS.keys(), ...PHRASE_CUES.keys()]));

/**
 * Tokenizes `text` around the top-level quotes in `quotes`.
 * @internal
 */
export function tokenize(text: string, quotes: QuoteTable): Tokens {
  const n = text.length;
  // (a quote and the word after it are two tokens however short: quote-dense text needs more than text length says;
  // room never written to costs no memory)
  const cols = new Columns(Math.min(n, 1024) + (n >> 3) + 2 * quotes.count);
  // (news has a paragraph every 100 characters or so, and fewer candidates than twice that: room to start with)
  const paraStart = new ScratchInt32List(64 + (n >> 7));
  // (tokens where a sentence may start inside a paragraph: a capitalised word, a number or a quote after
  // . ? ! … or a closing bracket, a quote or an abbreviation; splitSentences decides on these alone)
  const breakCandidates = new ScratchInt32List(64 + (n >> 6));
  let mayEnd = false;
  // (news has a word that may start a cue every 90 to 140 characters: room to start with)
  const cueCandidates = new ScratchInt32List(16 + (n >> 6));
  // (the hashes of lower-case words ending in ’s without it, which the hash column does not hold: few)
  const possessiveCores = new ScratchInt32List(16);
  // (prose has a lower-case word every 7 to 15 characters, real news at most every 6.4: n / 6 leaves room)
  const lowerFilter = new AddedHashFilter(Math.floor(n / 6));
  const markup = new MarkupFinder(text);

  // top-level quotes in order of outerStart (the quotes are in document order: skip the nested ones)
  let nextTop = 0;
  while (nextTop < quotes.count && quotes.parent(nextTop) >= 0) nextTop++;
  let nextQuoteAt = nextTop < quotes.count ? quotes.outerStart(nextTop) : -1;

  let paraHasTokens = false;
  let lineEnd = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (i === nextQuoteAt) {
      const outerEnd = quotes.outerEnd(nextTop);
      if (!paraHasTokens) {
        paraStart.push(cols.count);
        paraHasTokens = true;
      } else if (mayEnd) breakCandidates.push(cols.count);
      mayEnd = true;
      cols.push(Kind.Quote, i, outerEnd, 0, nextTop, 0, paraStart.length - 1);
      nextTop++;
      while (nextTop < quotes.count && quotes.parent(nextTop) >= 0) nextTop++;
      nextQuoteAt = nextTop < quotes.count ? quotes.outerStart(nextTop) : -1;
      i = outerEnd;
      continue;
    }
    if (c === 0x20) {
      i++;
      continue;
    }
    // (a word character is never a break, a blank or `<`: a word, the most common start, skips those tests)
    const cls = classOf(c);
    const wordStart = (cls & A_WORD) !== 0;
    if (!wordStart) {
      if (isLineBreak(c)) {
        paraHasTokens = false;
        i++;
        continue;
      }
      if (isBlank(c)) {
        i++;
        continue;
      }
      // an emoji or a pictograph is no word and no punctuation: “…” 🚫 Dana Reyes said reads as “…” Dana Reyes said
      const pictograph = c >= 0x2600 ? pictographsAt(text, i) : 0;
      if (pictograph > 0) {
        i += pictograph;
        continue;
      }
      // Markdown's emphasis asterisks: “**Rana Qadir:** “…”” reads as “Rana Qadir: “…””
      if (c === 0x2a) {
        i++;
        continue;
      }
      if (c === 0x3c /* < */) {
        if (lineEnd < i) lineEnd = findLineEnd(text, i);
        const after = markup.tagEnd(i, lineEnd);
        if (after > 0) {
          i = after;
          continue;
        }
      }
    }
    // a word or a punctuation mark, from i to j (one push for both: the push is inlined once)
    let k = Kind.Punct;
    let j = i + 1;
    let f = 0;
    let wordHash = 0;
    // (the code unit a word stops at, -1 at the end of the text: most often a space)
    let stop = -1;
    if (wordStart) {
      k = Kind.Word;
      let h = hashStep(HASH_SEED, foldCode(c));
      let dotted = false;
      let joined = false;
      // (the hash of the word up to its last inner apostrophe: a possessive's core, Trump in Trump’s)
      let beforeApostrophe = 0;
      while (j < n) {
        const d = text.charCodeAt(j);
        // (lower-case ASCII letters, most of the text, are their own folded code)
        if (d >= 0x61 && d <= 0x7a) {
          h = hashStep(h, d);
          j++;
          continue;
        }
        if (d < 128) {
          // (one table read per ASCII character: its folded code, or 0 when it is no word character)
          const folded = ASCII_WORD_FOLD[d]!;
          if (folded !== 0) {
            h = hashStep(h, folded);
            j++;
            continue;
          }
          // (most words end at a space)
          if (d === 0x20) {
            stop = d;
            break;
          }
        } else if (isWordChar(d)) {
          h = hashStep(h, foldCode(d));
          j++;
          continue;
        }
        // (a thousands separator inside a number: 4,000 is one word)
        if (d === 0x2c && isDigit(c) && j + 1 < n && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j - 1))) {
          h = hashStep(h, foldCode(d));
          j++;
          continue;
        }
        if (isInnerJoiner(d) && j + 1 < n && isWordChar(text.charCodeAt(j + 1)) && j !== nextQuoteAt && !(d === 0x2e && sentenceGlue(text, i, j))) {
          if (d === 0x2e) dotted = true;
          else joined = true;
          if (isApostrophe(d)) beforeApostrophe = h;
          h = hashStep(h, foldCode(d));
          j++;
        } else {
          stop = d;
          break;
        }
      }
      if ((cls & A_UPPER) !== 0 || (joined && c >= 0x61 && c <= 0x7a && particleName(text, i, j))) f |= Flag.Cap;
      if ((cls & A_DIGIT) !== 0) f |= Flag.Number;
      wordHash = h;
      // (the word is pushed below as token cols.count: the cue search then reads a short list, not every token)
      if (CUE_FILTER.mayHave(h)) cueCandidates.push(cols.count);
      // (where the letters that may be in capitals end: before a possessive ’s, so CNN’s is in capitals)
      let capsEnd = j;
      // (the hash the word counts by among the lower-case words: without a possessive ’s)
      let core = h;
      // (a word that stops at no period or apostrophe and has no inner apostrophe, the common case, is neither
      // an abbreviation nor a possessive)
      if (joined || stop === 0x2e || isApostrophe(stop)) {
        // an abbreviation's period: a single letter (initial), a dotted acronym, or a known abbreviation
        if (text.charCodeAt(j) === 0x2e && j !== nextQuoteAt) {
          const len = j - i;
          if (
            (len === 1 && (cls & A_LETTER) !== 0) ||
            dotted ||
            (ABBREVIATION_FILTER.mayHave(h) && TITLE_ABBREVIATIONS.has(text.slice(i, j).toLowerCase()))
          ) {
            j++;
            f |= Flag.Abbrev;
          }
        }
        // possessive: ’s inside the token, or a bare apostrophe after an s
        if (endsInApostropheS(text, i, j)) {
          f |= Flag.Possessive;
          capsEnd = j - 2;
          core = beforeApostrophe;
          if ((f & (Flag.Cap | Flag.Number)) === 0) possessiveCores.push(core);
        } else if (isApostrophe(text.charCodeAt(j)) && j !== nextQuoteAt && !isWordChar(text.charCodeAt(j + 1))) {
          f |= Flag.Possessive;
          j++;
        }
      }
      // (a word with a lower-case letter before its possessive is not in capitals: only the others are read again)
      if (((cls & A_LOWER) === 0 || capsEnd < j) && inCapitals(text, i, capsEnd)) f |= Flag.AllCaps;
      if ((f & (Flag.Cap | Flag.Number)) === 0) lowerFilter.add(core);
    } else if (c === 0x2d || c === 0x2e) {
      // punctuation: runs of the same dash or period character are one token (--, ...)
      while (j < n && text.charCodeAt(j) === c && j !== nextQuoteAt) j++;
    }
    if (!paraHasTokens) {
      paraStart.push(cols.count);
      paraHasTokens = true;
    } else if (mayEnd && (f & (Flag.Cap | Flag.Number)) !== 0) breakCandidates.push(cols.count);
    // (after punctuation only what breaksBefore can accept: a sentence's end, or a closing bracket after one)
    mayEnd = k === Kind.Word ? (f & Flag.Abbrev) !== 0 : isTerminal(text, i, j) || isClosingBracket(text, i, j);
    cols.push(k, i, j, f, -1, wordHash, paraStart.length - 1);
    // (the space after a word is skipped here, not read again at the top of the loop)
    i = stop === 0x20 && j !== nextQuoteAt ? j + 1 : j;
  }

  const stream = new TokenStream(text, cols, paraStart.view(), cueCandidates.view(), lowerFilter, possessiveCores.view());
  stream.sentStart = splitSentences(stream, breakCandidates.view(), quotes);
  markTitleCase(stream);
  return stream;
}

/**
 * The token stream of one text: the columns cut to the token count, and the
 * lower-case forms of its words, found when first asked for. A class, not an
 * object of closures: its methods are made once, not for every text.
 */
class TokenStream implements Tokens {
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly flags: Uint8Array;
  readonly para: Int32Array;
  readonly sent: Int32Array;
  readonly quote: Int32Array;
  readonly hash: Int32Array;
  /** Set by {@link splitSentences} once the stream is made. */
  sentStart: Int32Array = EMPTY;
  readonly count: number;
  /**
   * For each token, 1 + the slot of its lower-case form in the shared table of
   * lower-case words, IN_MAP for a word not kept in the table (its form is in
   * {@link lowerCache}), 0 before it is asked for (the table keeps at most
   * LOWER_WORD_SLOTS = 32,768 words, so 1 + a slot always fits below IN_MAP).
   */
  private readonly lowerSlot: Uint16Array;
  /** (made on first use: most words are in the shared table) */
  private lowerCache: Map<number, string> | null = null;
  /** How many entries {@link seenLower} has read so far. */
  private scanned = 0;
  /** The hashes {@link seenLower} answers from, once its scans have read enough. */
  private lowerSet: HashSet | null = null;

  constructor(
    readonly text: string,
    cols: Columns,
    readonly paraStart: Int32Array,
    readonly cueCandidates: Int32Array,
    /** A filter over the hashes of the lower-case words, which answers most questions “no” at once. */
    private readonly lowerFilter: AddedHashFilter,
    /** The hashes of the lower-case words that end in ’s, without it (the other lower-case words are in the hash column as they are). */
    private readonly possessiveCores: Int32Array,
  ) {
    cols.cut();
    this.count = cols.count;
    this.kind = cols.kind;
    this.start = cols.start;
    this.end = cols.end;
    this.flags = cols.flags;
    this.para = cols.para;
    this.sent = cols.sent;
    this.quote = cols.quote;
    this.hash = cols.hash;
    this.lowerSlot = cols.lower.fill(0);
  }

  // (asked again and again for the same tokens: cached per token, and most words come from the shared table)
  lower(t: number): string {
    const slot = this.lowerSlot[t]!;
    if (slot === IN_MAP) return this.lowerCache!.get(t)!;
    if (slot > 0) return sharedWord(slot - 1);
    return this.findLower(t);
  }

  wordSlot(t: number): number {
    if (this.lowerSlot[t] === 0) this.findLower(t);
    const slot = this.lowerSlot[t]!;
    return slot !== IN_MAP ? slot - 1 : -1;
  }

  // (a stage asks about a few words a text, the tokenizer meets hundreds: it only sets a filter bit for each, and a
  // question the filter cannot refuse reads the hash column; once the questions have read the column SCAN_BUDGET
  // times, a set answers the rest)
  seenLower(hash: number): boolean {
    if (!this.lowerFilter.mayHave(hash)) return false;
    if (this.lowerSet === null && this.scanned > SCAN_BUDGET * this.count) this.lowerSet = this.lowerWordHashes();
    if (this.lowerSet !== null) return this.lowerSet.has(hash);
    this.scanned += this.count + this.possessiveCores.length;
    const column = this.hash;
    for (let t = column.indexOf(hash); t >= 0; t = column.indexOf(hash, t + 1)) if (this.lowerByHash(t)) return true;
    return this.possessiveCores.includes(hash);
  }

  /**
   * Is token `t` a lower-case word (no capital, no number) seen by its own
   * hash? Not one ending in ’s: that one is seen by its core, in
   * {@link possessiveCores}.
   */
  private lowerByHash(t: number): boolean {
    if (this.kind[t] !== Kind.Word || (this.flags[t]! & (Flag.Cap | Flag.Number)) !== 0) return false;
    return (this.flags[t]! & Flag.Possessive) === 0 || !endsInApostropheS(this.text, this.start[t]!, this.end[t]!);
  }

  /** Every hash {@link seenLower} says yes to, in a set. */
  private lowerWordHashes(): HashSet {
    // (room for the distinct words of an article to start with: a long text's set grows to its words)
    const set = new HashSet(Math.min(this.count >>> 3, 1 << 14));
    for (let t = 0; t < this.count; t++) if (this.lowerByHash(t)) set.add(this.hash[t]!);
    for (const core of this.possessiveCores) set.add(core);
    return set;
  }

  /** Finds and caches the lower-case form of token `t`, asked for the first time. */
  private findLower(t: number): string {
    const s = this.start[t]!;
    let e = this.end[t]!;
    if ((this.flags[t]! & Flag.Abbrev) !== 0) e--;
    const shared = lowerWordSlot(this.text, s, e, this.hash[t]!);
    if (shared >= 0) {
      this.lowerSlot[t] = shared + 1;
      return sharedWord(shared);
    }
    const form = this.text.slice(s, e).toLowerCase();
    this.lowerSlot[t] = IN_MAP;
    (this.lowerCache ??= new Map()).set(t, form);
    return form;
  }
}

/** Has `text[s, e)` two letters or more, and none in lower case (NASA, U.S, 4WD)? */
function inCapitals(text: string, s: number, e: number): boolean {
  let letters = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      const cls = ASCII_CLASS[c]!;
      if ((cls & A_LOWER) !== 0) return false;
      if ((cls & A_LETTER) !== 0) letters++;
    } else if (isLetter(c)) {
      if (!isUpper(c)) return false;
      letters++;
    }
  }
  return letters >= 2;
}

/**
 * A period between a word and a capitalised word with no space (“said.Trump”):
 * a lost space, not an abbreviation (U.S.) or a number (3.5).
 */
function sentenceGlue(text: string, wordStart: number, dot: number): boolean {
  let segment = dot - wordStart;
  for (let k = dot - 1; k > wordStart; k--) {
    if (text.charCodeAt(k) === 0x2e) {
      segment = dot - k - 1;
      break;
    }
  }
  return segment > 1 && isUpper(text.charCodeAt(dot + 1)) && !isDigit(text.charCodeAt(dot - 1));
}

/** Lower-case prefixes joined to a capitalised name: al-Harthy, el-Sayed, d’Estaing, ibn-Saud. */
const NAME_PREFIXES = new Set(['al', 'el', 'ad', 'ash', 'as', 'at', 'az', 'ibn', 'abu', 'bin', 'ben', 'd', 'l', 'da', 'de', 'di', 'du', 'van', 'von', 'le', 'la', 'mac', 'mc']);

/** A word like al-Harthy: a lower-case name prefix, a hyphen or apostrophe, then a capital. */
function particleName(text: string, s: number, e: number): boolean {
  for (let k = s + 1; k < e - 1 && k < s + 5; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2d || c === 0x27 || c === 0x2019) {
      return isUpper(text.charCodeAt(k + 1)) && NAME_PREFIXES.has(text.slice(s, k).toLowerCase());
    }
    if (!isLetter(c)) return false;
  }
  return false;
}

function findLineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}

/** A closing bracket token: ) or ], which may end a sentence when it follows a {@link isTerminal} one. */
function isClosingBracket(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  return e - s === 1 && (c === 0x29 || c === 0x5d);
}

/** A sentence-ending punctuation token: . ? ! … or a run of periods. */
function isTerminal(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (c === 0x2e) return true; // . and ...
  return e - s === 1 && (c === 0x3f || c === 0x21 || c === 0x2026);
}

/**
 * Sentence boundaries: a paragraph start; after . ? ! (and quotes ending in
 * them) when a capitalised word or a quote follows; never after a title
 * abbreviation or an initial. Only the paragraph starts and the
 * `candidates` (tokens where a sentence may start inside a paragraph, in
 * order) are looked at. Gives each sentence's first token (a view of
 * scratch memory), marks it, and writes each token's sentence index into
 * `tokens.sent`.
 */
function splitSentences(tokens: TokenStream, candidates: Int32Array, quotes: QuoteTable): Int32Array {
  const { count: n, paraStart, flags, sent } = tokens;
  // (room for every paragraph and a quarter of the candidates: most candidates of news break, few of a hostile text)
  const starts = new ScratchInt32List(16 + paraStart.length + (candidates.length >> 2));
  let c = 0;
  for (let p = 0; p < paraStart.length; p++) {
    starts.push(paraStart[p]!);
    const to = p + 1 < paraStart.length ? paraStart[p + 1]! : n;
    for (; c < candidates.length && candidates[c]! < to; c++) {
      const t = candidates[c]!;
      if (breaksBefore(tokens, quotes, t)) starts.push(t);
    }
  }
  const sentStart = starts.view();
  for (let s = 0; s < sentStart.length; s++) {
    const from = sentStart[s]!;
    const to = s + 1 < sentStart.length ? sentStart[s + 1]! : n;
    flags[from]! |= Flag.SentenceStart;
    // (a loop, not `sent.fill`: a sentence has a few dozen tokens, fewer than make the builtin's call worth it)
    for (let t = from; t < to; t++) sent[t] = s;
  }
  return sentStart;
}

/**
 * Does a sentence end before token `t`, a capitalised word or a quote that
 * follows punctuation, a quote or an abbreviation in the same paragraph?
 */
function breaksBefore(tokens: TokenStream, quotes: QuoteTable, t: number): boolean {
  const { text, kind, start, end } = tokens;
  const p = t - 1;
  if (kind[p] === Kind.Punct) {
    // (not inside an abbreviation split by a hyphen: “(D-N.Y.)”, “D-S.C.”)
    if (isTerminal(text, start[p]!, end[p]!)) return !(start[t] === end[p] && end[t]! - start[t]! <= 2 && kind[t] === Kind.Word);
    return isClosingBracket(text, start[p]!, end[p]!) && p > 0 && kind[p - 1] === Kind.Punct && isTerminal(text, start[p - 1]!, end[p - 1]!);
  }
  if (kind[p] === Kind.Quote) {
    const q = tokens.quote[p]!;
    const last = lastNonBlank(text, quotes.start(q), quotes.end(q));
    if (last === 0x2e || last === 0x2026) return true;
    if (last !== 0x3f && last !== 0x21) return false;
    return kind[t] === Kind.Quote || !looksLikeAttribution(tokens, t);
  }
  // an abbreviation's period
  const word = tokens.lower(p);
  const single = end[p]! - start[p]! === 2;
  return !NEVER_FINAL.has(word) && !single && (kind[t] === Kind.Quote || COMMON_WORDS.has(tokens.lower(t)));
}

/** After “Why?” a capitalised name followed by a cue still belongs to the quote's sentence. */
function looksLikeAttribution(tokens: TokenStream, t: number): boolean {
  const { kind, flags } = tokens;
  // “Why?” Reyes asked. / “Why?” asked Reyes. — a short name run then a lower-case word, or a cue word
  let k = t;
  while (k < kind.length && k < t + 5 && kind[k] === Kind.Word && (flags[k]! & Flag.Cap) !== 0) k++;
  if (k === t || k >= kind.length || kind[k] !== Kind.Word) return false;
  const cue = CUE_WORDS.get(tokens.lower(k));
  return cue !== undefined && cue.kind === 'speech' && !cue.participle;
}

/** The last code unit of `text[s, e)` that is not blank, or -1. */
function lastNonBlank(text: string, s: number, e: number): number {
  let k = e - 1;
  while (k >= s && isBlank(text.charCodeAt(k))) k--;
  return k >= s ? text.charCodeAt(k) : -1;
}

/** Short words a title-case headline leaves in lower case. */
const TITLE_CASE_LOWER = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'at', 'by', 'with', 'as', 'but', 'from', 'vs', 'via', 'nor',
  'per', 'is', 'be', 'if', 'than', 'that', 'into', 'onto', 'over', 'off', 'out', 'up', 'so', 'not', 'are', 'was', 'its',
]);

const TITLE_CASE_LOWER_FILTER = new HashFilter(hashesOf(TITLE_CASE_LOWER));

/** A comma or a colon, punctuation that leads into a quote. */
function leadsIn(c: number): boolean {
  return c === 0x2c || c === 0x3a;
}

/**
 * Marks title-case headlines: sentences of three or more words where every
 * lower-case word is a short function word.
 */
function markTitleCase(tokens: TokenStream): void {
  const { text, kind, start, flags, hash, sentStart, count: n } = tokens;
  for (let s = 0; s < sentStart.length; s++) {
    const from = sentStart[s]!;
    const to = s + 1 < sentStart.length ? sentStart[s + 1]! : n;
    // a quote with its byline (“…” ― Julie A. Diaz Martinez) is not a headline
    if (kind[from] !== Kind.Word) continue;
    let caps = 0;
    let shouted = 0;
    let ok = true;
    for (let t = from; t < to && ok; t++) {
      // a comma or colon that leads into a quote is prose (According to Paul Sperry of Counter Jihad, “…”;
      // Here’s Clinton in December 1992: “…”), except in the article's first line, its headline
      if (s > 0 && kind[t] === Kind.Quote && t > from && kind[t - 1] === Kind.Punct && leadsIn(text.charCodeAt(start[t - 1]!))) ok = false;
      if (kind[t] !== Kind.Word || (flags[t]! & Flag.Number) !== 0) continue;
      if ((flags[t]! & Flag.AllCaps) !== 0) shouted++;
      else if ((flags[t]! & Flag.Cap) !== 0) caps++;
      // (most lower-case words are not among the short ones: their hash says so without reading the word)
      else if (!TITLE_CASE_LOWER_FILTER.mayHave(hash[t]!) || !TITLE_CASE_LOWER.has(tokens.lower(t))) ok = false;
    }
    // (a heading in capitals followed by a name in normal case is not title case: the name is a name)
    if (ok && caps + shouted >= 3 && shouted * 2 < caps + shouted) for (let t = from; t < to; t++) flags[t]! |= Flag.TitleCase;
  }
}
