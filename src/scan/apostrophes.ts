/**
 * Apostrophes that look like single quotation marks, as data plus the small
 * tests that read them. The scanner asks these before treating a `'`, `’` or
 * `‘` as a quotation mark.
 * @internal
 * @module
 */

import { isLetter, isWordChar, isDigit } from '../text/chars.js';

/**
 * Words that begin with an elided letter: ’tis, ’twas, ’em, ’cause, ’til, the
 * ’n’ of rock ’n’ roll. A mark directly before one of these (followed by a
 * non-letter) is an apostrophe, not an opening quote. Lower case.
 */
export const ELISIONS: ReadonlySet<string> = new Set([
  'tis',
  'twas',
  'twere',
  'twill',
  'em',
  'cause',
  'cos',
  'coz',
  'til',
  'till',
  'bout',
  'round',
  'nuff',
  'n',
  'neath',
  'fraid',
  'kay',
  'cept',
  'gainst',
  'ere',
  'burbs',
  'roids',
  'ol',
  'ole',
]);

/** The longest entry in {@link ELISIONS}, which bounds the look-ahead. */
const MAX_ELISION = 6;

/**
 * `text[from, end)` as a number, five bits a letter, when it is all ASCII
 * letters (either case); else -1. Distinct words of up to six letters get
 * distinct numbers.
 */
function packAsciiWord(text: string, from: number, end: number): number {
  let packed = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) return -1;
    packed = packed * 32 + (c - 0x60);
  }
  return packed;
}

/** {@link ELISIONS} packed, so a word of the text is looked up without making its string. */
const PACKED_ELISIONS: ReadonlySet<number> = new Set(Array.from(ELISIONS, (w) => packAsciiWord(w, 0, w.length)));

/** Single-family marks that can also be apostrophes: ', ’, ‘ and ‛. */
export function isApostropheLike(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x201b;
}

/**
 * An apostrophe inside a word: the mark sits between two word characters
 * (don't, O’Brien, 1990’s, rock’n’roll).
 */
export function isInnerApostrophe(prev: number, next: number): boolean {
  return isWordChar(prev) && isWordChar(next);
}

/**
 * Length of an elided word starting right after the mark at `i` (’tis, ’80s,
 * ’em), or 0 when the following word is not an elision. A decade or year
 * (’80s, ’08) counts when the mark is followed by exactly two digits and then
 * an optional `s` and a non-word character.
 */
export function elisionAfter(text: string, i: number): number {
  const from = i + 1;
  if (from >= text.length) return 0;
  if (isDigit(text.charCodeAt(from))) {
    if (!isDigit(text.charCodeAt(from + 1))) return 0;
    let end = from + 2;
    if (text.charCodeAt(end) === 0x73 /* s */) end++;
    return end < text.length && isWordChar(text.charCodeAt(end)) ? 0 : end - from;
  }
  let end = from;
  while (end < text.length && end - from <= MAX_ELISION && isLetter(text.charCodeAt(end))) end++;
  if (end === from || end - from > MAX_ELISION) return 0;
  if (end < text.length && isDigit(text.charCodeAt(end))) return 0;
  const packed = packAsciiWord(text, from, end);
  if (packed >= 0) return PACKED_ELISIONS.has(packed) ? end - from : 0;
  // a letter beyond ASCII: its lower case may still be one (the Kelvin sign’s is k)
  return ELISIONS.has(text.slice(from, end).toLowerCase()) ? end - from : 0;
}

/**
 * A mark after a word ending in s, z or x (the Joneses’ house, students’
 * union) or in the dropped g of `nothin’`: it may be a possessive or elision
 * apostrophe, or it may close a single quotation. The scanner resolves it with
 * the marks around it.
 */
export function mayBeTrailingApostrophe(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  if (p === 0x73 || p === 0x53 || p === 0x7a || p === 0x5a || p === 0x78 || p === 0x58) return i >= 2 && isLetter(text.charCodeAt(i - 2));
  return (p === 0x6e /* n */ && text.charCodeAt(i - 2) === 0x69) /* i */ && i >= 3 && isLetter(text.charCodeAt(i - 3));
}
