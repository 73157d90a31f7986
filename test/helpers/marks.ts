/**
 * What the property tests count as a quotation mark, written independently of
 * the scanner so that "every quotation mark is accounted for" means something.
 *
 * A *counted mark* is, in each paragraph, read greedily from left to right:
 *
 * - every double-family mark: `" “ ” „ ‟ ″ 〝 〞 〟 ＂`, the doubled marks
 *   ` `` `, `''`, `‘‘`, `’’`, and an HTML character reference for one of them
 *   (`&quot;`, `&ldquo;`, `&#8220;`, `&#x201D;` …, at most 11 code units);
 * - every guillemet and corner bracket: `« » ‹ › 「 」 『 』`;
 * - the single marks `‚`, `` ` `` and an entity for a single mark (`&lsquo;`,
 *   `&apos;` …), which are never apostrophes;
 * - the single marks `' ‘ ’ ‛` unless they are apostrophes, where an
 *   apostrophe is such a mark (1) preceded by a letter or digit (don't,
 *   O’Brien, the Joneses’, nothin’ — and also a closing single quote glued to
 *   its last word, which is ambiguous and left out), or (2) followed by an
 *   elided word or a decade the scanner's {@link ELISIONS} list knows (’tis,
 *   ’80s, the ’n’ of rock ’n’ roll, whose second mark is skipped with it).
 *
 * With `singleQuotes: false`, single-family marks are not counted (a
 * top-level single-quoted span is dropped on purpose). With `skipMarkup`
 * (the default), marks inside `<tag …>` are not counted.
 */
import { elisionAfter } from '../../src/scan/apostrophes.js';

/** A counted quotation mark. */
export interface CountedMark {
  start: number;
  end: number;
  mark: string;
  family: 'double' | 'single' | 'other';
}

const DOUBLE = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u301D', '\u301E', '\u301F', '\uFF02']);
const OTHER = new Set(['\u00AB', '\u00BB', '\u2039', '\u203A', '\u300C', '\u300D', '\u300E', '\u300F']);
const SINGLE_NEVER_APOSTROPHE = new Set(['\u201A', '`']);
const APOSTROPHE_LIKE = new Set(["'", '\u2018', '\u2019', '\u201B']);
const DOUBLED = new Set(['``', "''", '\u2018\u2018', '\u2019\u2019']);
const NAMED: Record<string, string> = {
  quot: '"',
  apos: "'",
  ldquo: '\u201C',
  rdquo: '\u201D',
  bdquo: '\u201E',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201A',
  laquo: '\u00AB',
  raquo: '\u00BB',
  lsaquo: '\u2039',
  rsaquo: '\u203A',
};

function familyOf(ch: string): CountedMark['family'] | null {
  if (DOUBLE.has(ch)) return 'double';
  if (OTHER.has(ch)) return 'other';
  if (SINGLE_NEVER_APOSTROPHE.has(ch) || APOSTROPHE_LIKE.has(ch)) return 'single';
  return null;
}

const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
const LINE_BREAK = /^[\n\r\u0085\u2028\u2029]$/u;
/** Blank as the scanner reads it: white space, and the zero-width space. */
const BLANK = /^[\s\u200b]$/u;

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && !(ch >= '\uD800' && ch <= '\uDFFF') && WORD.test(ch);
}

/** The mark an HTML character reference at `i` stands for, with its length. */
function entityAt(text: string, i: number): { ch: string; length: number } | null {
  const window = text.slice(i, i + 11).indexOf(';');
  if (window < 1) return null;
  const semi = i + window;
  const body = text.slice(i + 1, semi).toLowerCase();
  let ch: string | undefined;
  if (/^#\d+$/u.test(body)) ch = String.fromCodePoint(Math.min(Number(body.slice(1)), 0x10ffff));
  else if (/^#x[0-9a-f]+$/u.test(body)) ch = String.fromCodePoint(Math.min(Number.parseInt(body.slice(2), 16), 0x10ffff));
  else ch = NAMED[body];
  if (ch === undefined || familyOf(ch) === null) return null;
  return { ch, length: semi + 1 - i };
}

/** Offsets `[start, end)` of `<tag …>` runs whose marks the scanner skips. */
export function markupRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let gt = -1;
  for (let i = text.indexOf('<'); i >= 0; ) {
    const lt = text.indexOf('<', i + 1);
    if (gt <= i) gt = text.indexOf('>', i + 1);
    if (gt < 0) break;
    const c = text[i + 1];
    if (c !== undefined && (LETTER.test(c) || c === '/' || c === '!' || c === '?') && (lt < 0 || gt < lt)) out.push([i, gt + 1]);
    i = lt;
  }
  return out;
}

/** Three identical marks after a non-blank character (`us,'''`): a single closing mark, then a doubled one. */
function closingTriple(text: string, i: number): boolean {
  return text[i + 2] === text[i] && text[i + 1] === text[i] && i > 0 && !BLANK.test(text[i - 1]!);
}

/** Every counted quotation mark in `text` (see the module comment). */
export function countedMarks(text: string, options: { singleQuotes?: boolean; skipMarkup?: boolean } = {}): CountedMark[] {
  const singles = options.singleQuotes !== false;
  const tags = options.skipMarkup === false ? [] : markupRanges(text);
  let tag = 0;
  const out: CountedMark[] = [];
  let i = 0;
  while (i < text.length) {
    while (tag < tags.length && tags[tag]![1] <= i) tag++;
    if (tag < tags.length && tags[tag]![0] <= i) {
      i = tags[tag]![1];
      continue;
    }
    const ch = text[i]!;
    let mark: string | null = null;
    let family: CountedMark['family'] | null = null;
    let apostropheCandidate = false;
    if (ch === '&') {
      const e = entityAt(text, i);
      if (e !== null) {
        mark = text.slice(i, i + e.length);
        family = familyOf(e.ch);
      }
    } else if (DOUBLED.has(text.slice(i, i + 2)) && !closingTriple(text, i)) {
      mark = text.slice(i, i + 2);
      family = 'double';
    } else if (familyOf(ch) !== null) {
      mark = ch;
      family = familyOf(ch);
      apostropheCandidate = APOSTROPHE_LIKE.has(ch);
    }
    if (mark === null || family === null) {
      i++;
      continue;
    }
    const prev = i > 0 && !LINE_BREAK.test(text[i - 1]!) ? text[i - 1] : undefined;
    if (apostropheCandidate) {
      if (isWord(prev)) {
        i++;
        continue;
      }
      const elided = elisionAfter(text, i);
      if (elided > 0) {
        let after = i + 1 + elided;
        if (elided === 1 && (text[i + 1] === 'n' || text[i + 1] === 'N') && APOSTROPHE_LIKE.has(text[after] ?? '')) after++;
        i = after;
        continue;
      }
    }
    if (family !== 'single' || singles) out.push({ start: i, end: i + mark.length, mark, family });
    i += mark.length;
  }
  return out;
}
