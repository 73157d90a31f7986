/**
 * Character classes on UTF-16 code units, answered from precomputed tables for
 * ASCII and from small range checks above it. Every function here is O(1) and
 * allocation-free: they sit on the scanner's per-character hot path.
 * @internal
 * @module
 */

const enum Cls {
  Other = 0,
  Space = 1,
  Break = 2,
  Punct = 3,
  Letter = 4,
  Digit = 5,
  Upper = 6,
}

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c) ASCII[c] = Cls.Space;
  else if (c === 0x0a || c === 0x0d) ASCII[c] = Cls.Break;
  else if (c >= 0x30 && c <= 0x39) ASCII[c] = Cls.Digit;
  else if (c >= 0x41 && c <= 0x5a) ASCII[c] = Cls.Upper;
  else if (c >= 0x61 && c <= 0x7a) ASCII[c] = Cls.Letter;
  else if (c > 0x20 && c < 0x7f && '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'.includes(ch)) ASCII[c] = Cls.Punct;
}

const LETTER_RE = /[\p{L}\p{M}]/u;
const UPPER_RE = /[\p{Lu}\p{Lt}]/u;
const DIGIT_RE = /\p{N}/u;

/** Bits of the answers cached for characters above ASCII (0 = not computed yet). */
const enum Wide {
  Known = 1,
  Letter = 2,
  Upper = 4,
  Digit = 8,
}

/** Cache of the Unicode property tests for the Basic Multilingual Plane, filled on first use. */
let wide: Uint8Array | null = null;

function wideClass(c: number): number {
  wide ??= new Uint8Array(0x10000);
  let k = wide[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = Wide.Known;
    if (LETTER_RE.test(ch)) k |= Wide.Letter;
    if (UPPER_RE.test(ch)) k |= Wide.Upper;
    if (DIGIT_RE.test(ch)) k |= Wide.Digit;
    wide[c] = k;
  }
  return k;
}

/** Line and paragraph separators: LF, CR, NEL, LS, PS. */
export function isLineBreak(c: number): boolean {
  return c < 128 ? ASCII[c] === Cls.Break : c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * Horizontal white space, including no-break, thin and zero-width spaces and the
 * byte-order mark (which copy-paste leaves in text and which never binds a mark
 * to a word).
 */
export function isSpace(c: number): boolean {
  if (c < 128) return ASCII[c] === Cls.Space;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** White space or a line break. */
export function isBlank(c: number): boolean {
  return isSpace(c) || isLineBreak(c);
}

/**
 * Does the word `text[s, e)` end in ’s or 's after at least one character
 * (Trump’s, McDonald’s, it's)? Not a bare apostrophe (the Joneses’).
 */
export function endsInApostropheS(text: string, s: number, e: number): boolean {
  const last = text.charCodeAt(e - 1);
  return (last === 0x73 || last === 0x53) && e - s > 2 && isApostrophe(text.charCodeAt(e - 2));
}

/**
 * How many code units of pictographs start at `i`: an emoji or a symbol
 * such as ☀ ✔ ❤, with what builds emoji sequences after it (the zero-width
 * joiner, the emoji variation selector, skin tones and the emoji joined on);
 * 0 when none starts there. Emoji from the supplementary planes are
 * surrogate pairs from U+1F000 (high surrogates D83C to D83E).
 */
export function pictographsAt(text: string, i: number): number {
  let j = i;
  for (;;) {
    const unit = pictographUnit(text, j);
    if (unit === 0) break;
    j += unit;
    // (the selector and the joiner only after a pictograph)
    while (text.charCodeAt(j) === 0xfe0f || text.charCodeAt(j) === 0x200d) j++;
  }
  return j - i;
}

/** The code units (1 or 2) of one pictograph at `i`, or 0. */
function pictographUnit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd83c && c <= 0xd83e) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff ? 2 : 0;
  }
  return (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) ? 1 : 0;
}

/** A letter (any script, with combining marks) or an ASCII letter. */
export function isLetter(c: number): boolean {
  if (c < 128) {
    const k = ASCII[c];
    return k === Cls.Letter || k === Cls.Upper;
  }
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return (wideClass(c) & Wide.Letter) !== 0;
}

/** An upper-case or title-case letter. */
export function isUpper(c: number): boolean {
  if (c < 128) return ASCII[c] === Cls.Upper;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return (wideClass(c) & Wide.Upper) !== 0;
}

/** A decimal digit or other numeric character. */
export function isDigit(c: number): boolean {
  if (c < 128) return ASCII[c] === Cls.Digit;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return (wideClass(c) & Wide.Digit) !== 0;
}

/** A letter or a digit: a character that is part of a word. */
export function isWordChar(c: number): boolean {
  if (c < 128) {
    const k = ASCII[c];
    return k === Cls.Letter || k === Cls.Upper || k === Cls.Digit;
  }
  return isLetter(c) || isDigit(c);
}

/** An apostrophe as words use it: ' or ’ (O’Brien, Trump's, the Joneses’). */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** Are `text[a, b)` and `text[c, d)` the same characters? */
export function sameChars(text: string, a: number, b: number, c: number, d: number): boolean {
  if (b - a !== d - c) return false;
  for (let k = 0; k < b - a; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(c + k)) return false;
  return true;
}

/**
 * Punctuation or symbol for the purpose of flanking: anything that is neither
 * blank nor part of a word. Emoji and other astral characters (surrogate
 * halves) count as symbols.
 */
export function isPunctuation(c: number): boolean {
  return !isBlank(c) && !isWordChar(c);
}

/** A closing quotation mark (or an opening one a quote may be closed with): " ' ’ ” » › “ ‘. */
function isClosingMark(c: number): boolean {
  switch (c) {
    case 0x22:
    case 0x27:
    case 0xbb:
    case 0x2018:
    case 0x2019:
    case 0x201c:
    case 0x201d:
    case 0x203a:
      return true;
    default:
      return false;
  }
}

/** Where the last character of `text[s, e)` before trailing blanks and closing marks is, or -1. @internal */
export function lastCharIndex(text: string, s: number, e: number): number {
  let k = e - 1;
  for (; k >= s; k--) {
    const c = text.charCodeAt(k);
    if (!isBlank(c) && !isClosingMark(c)) return k;
  }
  return -1;
}
