/**
 * Stage 1 of the pipeline: find every quoted span.
 *
 * One pass over the text, one paragraph at a time. In each paragraph the
 * marks are read one by one, each is given a role from its neighbours (an
 * opener is glued to the word after it, a closer to the word before it; the
 * glyph only breaks ties), apostrophes are set aside, and the marks are paired
 * as they come with a small stack per family (reading ahead only to tell a
 * possessive from a closing mark). Whatever is still open at the end of a
 * paragraph is closed there, unless the next paragraph reopens it (a quotation
 * running over several paragraphs). No mark can swallow more than its own
 * paragraph.
 *
 * Time is linear in the length of the text: every character is read a bounded
 * number of times and the stack never holds more than one mark per family.
 * @internal
 * @module
 */

import type { Warning } from '../types.js';
import { QuoteTable } from './quote-table.js';
import { isBlank, isLineBreak, isWordChar, isSpace } from '../text/chars.js';
import { MarkupFinder } from '../text/markup.js';
import { DOUBLED_MARKS, MARK_ENTITIES, QUOTE_MARKS, markTextAt, type MarkEntry, type MarkFamily } from './quote-marks.js';
import { elisionAfter, isApostropheLike, isInnerApostrophe, mayBeTrailingApostrophe } from './apostrophes.js';

/** Scanner settings (already validated). */
export interface ScanSettings {
  /** Read top-level single-quoted spans as quotes. */
  singleQuotes: boolean;
  /** Ignore marks inside `<…>` markup and embed placeholders. */
  skipMarkup: boolean;
  /** What ends a paragraph: every line break, or only a blank line. */
  paragraphs: 'line' | 'blank-line';
}

/** The defaults of {@link ScanSettings}. */
export const DEFAULT_SCAN_SETTINGS: ScanSettings = { singleQuotes: true, skipMarkup: true, paragraphs: 'line' };

/** What the scanner returns: the quotes and the marks it could not pair. */
export interface ScanResult {
  quotes: QuoteTable;
  /** In order of their offsets (start, then end). */
  warnings: Warning[];
}

const enum Role {
  Open = 1,
  Close = 2,
  /** A straight mark glued to words on both sides, or to none: the stack decides. */
  Either = 3,
}

/** Bits of {@link MarkList.bits} besides the role (bits 0–1). */
const enum MarkBit {
  /** Typewriter style (`"`, `'`, ` `` `) rather than typographic. */
  Straight = 4,
  /** A mark after s/z/x or -in that may be a possessive apostrophe. */
  TrailingApostrophe = 8,
  /** Blank on both sides (or at a paragraph edge): a weak mark. */
  Isolated = 16,
  /** Right before punctuation that follows a quotation ({@link closesAfter}): it cannot open one. */
  BeforeCloser = 32,
}

/**
 * The marks of a paragraph still needed, as parallel arrays indexed by mark
 * (no object per mark). The scanner pairs marks as it reads them, so the
 * list holds the open marks, the mark being paired and any read ahead; once
 * full it drops the marks done with ({@link Scanner.compactMarks}) and grows
 * only when a paragraph must be read far ahead. Shared by every scan (a scan
 * is synchronous and a paragraph's marks are dropped when the next paragraph
 * starts); after a scan that needed a large list it shrinks back, so no huge
 * text stays in memory.
 */
class MarkList {
  /** Marks committed to the list; a mark just read sits at index `count` until committed. */
  count = 0;
  start: Int32Array = new Int32Array(SMALL_MARK_LIST);
  end: Int32Array = new Int32Array(SMALL_MARK_LIST);
  /** The role (bits 0–1) and the {@link MarkBit} flags. */
  bits: Uint8Array = new Uint8Array(SMALL_MARK_LIST);
  /** The family of each mark, as a {@link familyCode}. */
  family: Uint8Array = new Uint8Array(SMALL_MARK_LIST);

  /** Makes room for a mark at index `count`. */
  reserve(): void {
    if (this.count < this.start.length) return;
    const size = this.start.length * 2;
    const grow32 = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.start = grow32(this.start);
    this.end = grow32(this.end);
    const bits = new Uint8Array(size);
    bits.set(this.bits);
    this.bits = bits;
    const family = new Uint8Array(size);
    family.set(this.family);
    this.family = family;
  }

  /** Whether the list is full (the next mark read would grow it). */
  full(): boolean {
    return this.count >= this.start.length;
  }

  /** Copies mark `from` to index `to`. */
  move(from: number, to: number): void {
    this.start[to] = this.start[from]!;
    this.end[to] = this.end[from]!;
    this.bits[to] = this.bits[from]!;
    this.family[to] = this.family[from]!;
  }

  /** After a scan: back to the small arrays when a large paragraph grew them. */
  shrink(): void {
    this.count = 0;
    if (this.start.length <= MAX_KEPT_MARKS) return;
    this.start = new Int32Array(SMALL_MARK_LIST);
    this.end = new Int32Array(SMALL_MARK_LIST);
    this.bits = new Uint8Array(SMALL_MARK_LIST);
    this.family = new Uint8Array(SMALL_MARK_LIST);
  }
}

/** The family of single quotation marks, as a {@link familyCode}. */
const SINGLE = 1;

/** A small number for each family, so the mark list keeps bytes. */
function familyCode(family: MarkFamily): number {
  switch (family) {
    case 'double':
      return 0;
    case 'single':
      return SINGLE;
    case 'guillemet':
      return 2;
    case 'single-guillemet':
      return 3;
    case 'corner':
      return 4;
    case 'white-corner':
      return 5;
  }
}

/** Initial size of the mark list. */
const SMALL_MARK_LIST = 256;
/** A paragraph with this many quotes makes room in the quote table for those still to come at once ({@link Scanner.roomFor}). */
const MANY_QUOTES = 1024;
/** The largest mark list kept after a scan. */
const MAX_KEPT_MARKS = 1 << 14;
const MARKS = new MarkList();

/** Bits of a mark's {@link factsOf facts} besides the role its glyph suggests (bits 0–1, a {@link Role}). */
const enum Fact {
  /** The same bit as {@link MarkBit.Straight}. */
  Straight = 4,
  /** The glyph alone decides the role (`fixed` in the table). */
  Fixed = 8,
}
/** The bit a mark's family code starts at in its facts. */
const FAMILY_SHIFT = 4;

/**
 * What the mark table says of an entry, in one number: the role its glyph
 * suggests, {@link Fact.Straight}, {@link Fact.Fixed} and its family code.
 * Never 0 (every glyph suggests a role), so 0 can stand for "no mark".
 */
function factsOf(entry: MarkEntry): number {
  const glyph = entry.glyph === 'open' ? Role.Open : entry.glyph === 'close' ? Role.Close : Role.Either;
  return glyph | (entry.straight === true ? Fact.Straight : 0) | (entry.fixed === true ? Fact.Fixed : 0) | (familyCode(entry.family) << FAMILY_SHIFT);
}

/** The {@link factsOf facts} of each single-character mark by code unit, 0 for none (read for every candidate character). */
const SINGLE_FACTS = new Uint8Array(0x10000);
for (const entry of QUOTE_MARKS) SINGLE_FACTS[entry.mark.charCodeAt(0)] = factsOf(entry);

/** The facts of the mark with code `code` (any number, as an entity may decode to), or 0 when it is none. */
function singleFacts(code: number): number {
  return code >= 0 && code <= 0xffff ? SINGLE_FACTS[code]! : 0;
}

/** The {@link factsOf facts} of each doubled mark, by its two code units as `first * 0x10000 + second`. */
const DOUBLED_FACTS = new Map<number, number>();
for (const d of DOUBLED_MARKS) {
  const key = d.mark.charCodeAt(0) * 0x10000 + d.mark.charCodeAt(1);
  // (the first entry of a pair wins)
  if (!DOUBLED_FACTS.has(key)) DOUBLED_FACTS.set(key, factsOf(d));
}
/** Is every doubled mark one character twice (``, '', ‘‘, ’’)? */
const DOUBLED_SAME = DOUBLED_MARKS.every((d) => d.mark.charCodeAt(0) === d.mark.charCodeAt(1));

/** What flanks a mark: blank, part of a word, or punctuation (anything else, as text/chars' isPunctuation). */
const enum Flank {
  Blank = 0,
  Word = 1,
  Punct = 2,
}

function classifyFlank(c: number): Flank {
  return isBlank(c) ? Flank.Blank : isWordChar(c) ? Flank.Word : Flank.Punct;
}

/** The {@link Flank} of each ASCII character (the commonest neighbours of a mark), from the shared tests. */
const ASCII_FLANKS = Uint8Array.from({ length: 128 }, (_, c) => classifyFlank(c));

/**
 * The {@link Flank} plus one of every other code unit, 0 until first asked:
 * filled from the shared tests as the text shows them, so a mark among
 * other marks or non-ASCII letters costs a look-up, not the tests, each time.
 */
const WIDE_FLANKS = new Uint8Array(0x10000);

/** The {@link Flank} of the code unit `c`. */
function flankOf(c: number): Flank {
  if (c < 128) return ASCII_FLANKS[c]!;
  let known = WIDE_FLANKS[c]!;
  if (known === 0) WIDE_FLANKS[c] = known = classifyFlank(c) + 1;
  return known - 1;
}

/** Punctuation that ends a quoted clause: a mark glued after it closes rather than opens. */
function endsClause(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x3f || c === 0x21 || c === 0x3b || c === 0x2026;
}

/** Punctuation that follows a quotation, never the words it quotes: a mark just before it is not an opener. */
function closesAfter(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d;
}

/** Line and paragraph separators. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/gu;

/** What a {@link CANDIDATES candidate} character is, so that {@link Scanner.readMark} tells them apart with one look-up. */
const enum Candidate {
  None = 0,
  /** A line break, which may end the paragraph. */
  Break = 1,
  /** `<`, which may start a tag. */
  Tag = 2,
  /** A single mark that may be an apostrophe (', ’, ‘, ‛). */
  Apostrophe = 3,
  /** Any other mark, or `&`, which may start a character reference for one. */
  Mark = 4,
}

/**
 * The {@link Candidate} kind of every code unit that can start a quotation
 * mark (one of the table's, or the first of a doubled mark), an HTML
 * character reference or a tag, and of the line breaks that may end a
 * paragraph (so one search finds both); {@link Candidate.None} for the rest.
 */
const CANDIDATES = new Uint8Array(0x10000);
for (const entry of [...QUOTE_MARKS, ...DOUBLED_MARKS]) {
  const code = entry.mark.charCodeAt(0);
  CANDIDATES[code] = isApostropheLike(code) ? Candidate.Apostrophe : Candidate.Mark;
}
CANDIDATES[0x26 /* & */] = Candidate.Mark;
CANDIDATES[0x3c /* < */] = Candidate.Tag;
for (const c of '\n\r\u0085\u2028\u2029') CANDIDATES[c.charCodeAt(0)] = Candidate.Break;

/**
 * The {@link CANDIDATES} as a regex class, for the native search over longer
 * stretches (a literal, so the regex-safety test can read it; the test that
 * every mark of the table makes a quote keeps the two in step).
 */
const CANDIDATE = /[\n\r\u0085\u2028\u2029"&'<`\u00AB\u00BB\u2018-\u201F\u2033\u2039\u203A\u300C-\u300F\u301D-\u301F\uFF02]/gu;

/** Longest HTML character reference we decode (`&#x0201C;`). */
const MAX_ENTITY = 10;

/** The number written in `body` from `from` on in `radix` (10 or 16), or NaN unless every character is a digit. */
function parseDigits(body: string, from: number, radix: 10 | 16): number {
  if (from >= body.length) return Number.NaN;
  let value = 0;
  for (let i = from; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : radix === 16 && c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (d < 0) return Number.NaN;
    value = value * radix + d;
  }
  return value;
}

/**
 * Scans `text` for quoted spans. Pure; never throws on any string.
 * @internal
 */
export function scanQuotes(text: string, settings: ScanSettings = DEFAULT_SCAN_SETTINGS): ScanResult {
  return new Scanner(text, settings).run();
}

class Scanner {
  private readonly quotes: QuoteTable;
  private readonly warnings: Warning[] = [];
  /** Whether the warnings were made in order of their offsets (as they mostly are), and the last one's offsets. */
  private warningsInOrder = true;
  private lastWarningStart = -1;
  private lastWarningEnd = -1;
  /** The quotes carried into the next paragraph, in the order recorded (each spared its `unclosed-quote` warning). */
  private readonly carried: number[] = [];
  /**
   * The warnings that name a quote made while a mark was still open around
   * it, in the order made (renumbered when a quote recorded later goes before
   * theirs). Only such a quote can move: any quote recorded later opens at
   * one of the marks open then, or after it.
   */
  private readonly quoteWarnings: Warning[] = [];
  private readonly marks = MARKS;
  /** The opened marks waiting for their closers (indexes in {@link marks}), innermost last. */
  private readonly stack: number[] = [];
  private readonly markup: MarkupFinder;
  /** Warning messages by mark, one map per code. */
  private readonly openMessages = new Map<string, string>();
  private readonly closeMessages = new Map<string, string>();
  /** Offset of the next candidate character found by the last search (it only moves forward). */
  private nextCandidate = -1;
  /** The end of the paragraph last asked for by {@link paragraphEndAt} (it only moves forward). */
  private knownEnd = -1;
  /** A quote left open by the previous paragraph that the next one reopens (its index, or -1), and its family. */
  private carryQuote = -1;
  private carryFamily = -1;
  /** The opener of this paragraph that continues {@link continuedQuote} (a mark index, or -1). */
  private continuingMark = -1;
  private continuedQuote = -1;
  /** Where the paragraph being read starts, where its reading goes on, and where it ends (-1 until reached). */
  private paraStart = 0;
  private readAt = 0;
  private paraEnd = -1;
  /** The number of quotes recorded before the paragraph being read. */
  private quotesBefore = 0;
  /** The next mark of {@link marks} to pair (those from it to `marks.count` were read ahead). */
  private nextToPair = 0;
  /**
   * What {@link laterSingleCloser} found last: its answer holds for every
   * mark before `laterUntil` (the mark that decided it) from the one asked on.
   */
  private laterUntil = -1;
  private laterAnswer = false;

  constructor(
    private readonly text: string,
    private readonly settings: ScanSettings,
  ) {
    this.markup = new MarkupFinder(text);
    this.quotes = new QuoteTable(text);
  }

  run(): ScanResult {
    const { text } = this;
    const n = text.length;
    let p = 0;
    while (p < n) p = this.skipBreak(this.paragraph(p));
    this.marks.shrink();
    this.warnUnclosedTails();
    // (a stable sort, only when needed)
    const warnings = this.warningsInOrder ? this.warnings : this.warnings.sort((x, y) => x.start - y.start || x.end - y.end);
    return { quotes: this.quotes, warnings };
  }

  /**
   * Offset of the line break that ends the paragraph holding `i` (or the
   * text's length). Only markup asks for it before the scan reaches the
   * break; found once per paragraph.
   */
  private paragraphEndAt(i: number): number {
    if (this.knownEnd >= i) return this.knownEnd;
    const { text } = this;
    const n = text.length;
    this.knownEnd = n;
    while (i < n) {
      // (test, not exec: no match object; every break is one code unit, so it ends just before lastIndex)
      LINE_BREAK.lastIndex = i;
      if (!LINE_BREAK.test(text)) break;
      i = LINE_BREAK.lastIndex - 1;
      const next = this.pastInnerBreak(i);
      if (next < 0) {
        this.knownEnd = i;
        break;
      }
      i = next;
    }
    return this.knownEnd;
  }

  /** Where the paragraph goes on after the line break at `i`, or -1 when the break ends it. */
  private pastInnerBreak(i: number): number {
    const { text } = this;
    const c = text.charCodeAt(i);
    // U+2029 PARAGRAPH SEPARATOR ends a paragraph in either mode
    if (this.settings.paragraphs === 'line' || c === 0x2029) return -1;
    // blank-line mode: a break followed by optional spaces and another break
    const n = text.length;
    let j = i + 1;
    if (c === 0x0d && text.charCodeAt(j) === 0x0a) j++;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    return j >= n || isLineBreak(text.charCodeAt(j)) ? -1 : j;
  }

  /** Offset after the line break (or run of breaks and blanks) at `i`. */
  private skipBreak(i: number): number {
    const { text } = this;
    const n = text.length;
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    return i;
  }

  /** Reads the paragraph that starts at `start`; returns its end (the offset of the break that ends it, or the text's length). */
  private paragraph(start: number): number {
    const marks = this.marks;
    marks.count = 0;
    this.paraStart = start;
    this.quotesBefore = this.quotes.count;
    this.readAt = start;
    this.paraEnd = -1;
    this.nextToPair = 0;
    this.laterUntil = -1;
    const stack = this.stack;
    if (stack.length !== 0) stack.length = 0;
    this.continuingMark = -1;
    let first = true;
    for (let m = this.nextMark(); m >= 0; m = this.nextMark()) {
      const mStart = marks.start[m]!;
      const bits = marks.bits[m]!;
      const at = this.findOpen(m);
      let role = bits & 3;
      if (role === Role.Either) role = at >= 0 || (bits & (MarkBit.Isolated | MarkBit.BeforeCloser)) !== 0 ? Role.Close : Role.Open;
      // `…win,"Katie Packer said` / `…voters!”After`: a closer with its space lost after it.
      else if (role === Role.Open && at >= 0 && mStart > start && endsClause(this.text.charCodeAt(mStart - 1))) role = Role.Close;
      if (role === Role.Close && (bits & MarkBit.TrailingApostrophe) !== 0 && (at < 0 || this.laterSingleCloser(m))) continue;
      if (role === Role.Open) {
        if (first && this.carryQuote >= 0 && this.carryFamily === marks.family[m] && this.onlyBlanks(start, mStart)) {
          this.continuingMark = m;
          this.continuedQuote = this.carryQuote;
          this.carryQuote = -1;
        }
        // an open mark of the same family and style (then the one `findOpen` found) lost its closer: marks
        // of one family and style do not nest
        if (at >= 0 && this.sameStyle(stack[at]!, m)) this.closeUnclosedAt(at, mStart);
        stack.push(m);
      } else if (at >= 0) {
        for (let s = stack.length - 1; s > at; s--) this.unmatched(stack[s]!, 'unmatched-open');
        const open = stack[at]!;
        if (at === stack.length - 1) stack.pop();
        else stack.length = at;
        this.emit(open, mStart, m);
      } else if (!(marks.family[m] === SINGLE && isWordChar(this.text.charCodeAt(mStart - 1)) && isApostropheLike(this.text.charCodeAt(mStart)))) {
        this.unmatched(m, 'unmatched-close');
      }
      first = false;
    }
    this.dropCarry();
    this.endParagraph(start, this.paraEnd);
    return this.paraEnd;
  }

  /**
   * Index in {@link marks} of the paragraph's next mark to pair (read ahead
   * already, or read now), or -1 at the paragraph's end.
   */
  private nextMark(): number {
    const marks = this.marks;
    if (this.nextToPair === marks.count) {
      if (marks.full()) this.compactMarks();
      if (!this.readMark()) return -1;
    }
    return this.nextToPair++;
  }

  /**
   * Drops the marks paired and done with, when none was read ahead: the open
   * ones (the stack's, a few at most) move to the front of the list.
   */
  private compactMarks(): void {
    const { marks, stack } = this;
    let continuing = -1;
    for (let s = 0; s < stack.length; s++) {
      const o = stack[s]!;
      if (o === this.continuingMark) continuing = s;
      marks.move(o, s);
      stack[s] = s;
    }
    // (an opener that continued a quote and was closed is not asked about again)
    this.continuingMark = continuing;
    marks.count = stack.length;
    this.nextToPair = marks.count;
    this.laterUntil = -1;
  }

  /**
   * Does a definite single-family closer follow mark `m` in its paragraph
   * before any single opener? Lets a possessive (the Joneses’ house) stand
   * aside when the real closer is still to come. Reads ahead as far as it
   * must; the answer holds for the marks up to the one that decided it, so
   * no mark is read ahead over twice.
   */
  private laterSingleCloser(m: number): boolean {
    if (m < this.laterUntil) return this.laterAnswer;
    const marks = this.marks;
    for (let k = m + 1; ; k++) {
      if (k === marks.count && !this.readMark()) {
        this.laterUntil = Number.MAX_SAFE_INTEGER;
        this.laterAnswer = false;
        return false;
      }
      if (marks.family[k] !== SINGLE) continue;
      const bits = marks.bits[k]!;
      const role = bits & 3;
      if (role === Role.Open || (role === Role.Close && (bits & MarkBit.TrailingApostrophe) === 0)) {
        this.laterUntil = k;
        this.laterAnswer = role === Role.Close;
        return this.laterAnswer;
      }
    }
  }

  /** A quote carried from the previous paragraph that this one did not reopen: it stays a single part. */
  private dropCarry(): void {
    this.carryQuote = -1;
  }

  /** The quote that the opener `m` continues (left open by the previous paragraph), or -1. */
  private previousOf(m: number): number {
    return m === this.continuingMark ? this.continuedQuote : -1;
  }

  /**
   * A quote that ran to the end of its paragraph because the next one seemed
   * to reopen it, when the reopening mark then came to nothing (it closed, or
   * was left empty or unmatched): it is the last part after all, and gets the
   * `unclosed-quote` warning it was spared.
   */
  private warnUnclosedTails(): void {
    const quotes = this.quotes;
    for (const k of this.carried) {
      if (quotes.next(k) < 0) this.warn('unclosed-quote', quotes.outerStart(k), quotes.end(k), 'Quotation runs to the end of its paragraph without a closing mark.', k);
    }
  }

  /**
   * Index in the stack of the open mark that `m` would close, or -1: the
   * innermost open mark of its family, unless a deeper one of the same family
   * also matches its style (a straight `"` closing a straight passage whose
   * inner curly quote lost its closer).
   */
  private findOpen(m: number): number {
    const { stack, marks } = this;
    const family = marks.family[m];
    const straight = marks.bits[m]! & MarkBit.Straight;
    let found = -1;
    for (let s = stack.length - 1; s >= 0; s--) {
      const o = stack[s]!;
      if (marks.family[o] !== family) continue;
      if ((marks.bits[o]! & MarkBit.Straight) === straight) return s;
      if (found < 0) found = s;
    }
    return found;
  }

  /** Are marks `a` and `b` of the same style (both straight, or both typographic)? */
  private sameStyle(a: number, b: number): boolean {
    const bits = this.marks.bits;
    return (bits[a]! & MarkBit.Straight) === (bits[b]! & MarkBit.Straight);
  }

  private onlyBlanks(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!isBlank(this.text.charCodeAt(i))) return false;
    return true;
  }

  /**
   * A second opener of a family that is already open: the first one lost its
   * closing mark. It ends, unclosed, before the new opener (marks of one
   * family do not nest).
   */
  private closeUnclosedAt(at: number, before: number): void {
    const stack = this.stack;
    for (let s = stack.length - 1; s > at; s--) this.unmatched(stack[s]!, 'unmatched-open');
    const open = stack[at]!;
    if (at === stack.length - 1) stack.pop();
    else stack.length = at;
    let end = before;
    const markEnd = this.marks.end[open]!;
    while (end > markEnd && isBlank(this.text.charCodeAt(end - 1))) end--;
    if (!this.acceptUnclosed(open, end)) return;
    const index = this.emit(open, end, -1);
    if (index >= 0) this.warn('unclosed-quote', this.marks.start[open]!, end, 'Quotation has no closing mark before the next opening mark of its kind.', index);
  }

  private endParagraph(start: number, end: number): void {
    const stack = this.stack;
    if (stack.length === 0) return;
    let contentEnd = end;
    while (contentEnd > start && isBlank(this.text.charCodeAt(contentEnd - 1))) contentEnd--;
    for (let s = stack.length - 1; s > 0; s--) this.unmatched(stack[s]!, 'unmatched-open');
    const open = stack[0]!;
    stack.length = 0;
    const family = this.marks.family[open]!;
    const reopened = this.nextParagraphReopens(end, family);
    if (!reopened && !this.acceptUnclosed(open, contentEnd)) return;
    const index = this.emit(open, contentEnd, -1);
    if (index < 0) return;
    if (reopened) {
      this.carryQuote = index;
      this.carryFamily = family;
      this.carried.push(index);
    } else this.warn('unclosed-quote', this.marks.start[open]!, contentEnd, 'Quotation runs to the end of its paragraph without a closing mark.', index);
  }

  /**
   * Whether an opener that never closed still makes a quote. A double mark
   * does (the closer was lost); a lone single mark only at the start of its
   * paragraph, since elsewhere it is far more often a stray apostrophe.
   */
  private acceptUnclosed(open: number, end: number): boolean {
    if (end <= this.marks.end[open]!) {
      this.unmatched(open, 'unmatched-open');
      return false;
    }
    if (this.marks.family[open] === SINGLE && this.previousOf(open) < 0) {
      let p = this.marks.start[open]!;
      while (p > 0 && isSpace(this.text.charCodeAt(p - 1))) p--;
      if (p > 0 && !isLineBreak(this.text.charCodeAt(p - 1))) {
        this.unmatched(open, 'unmatched-open');
        return false;
      }
    }
    return true;
  }

  /**
   * Does the paragraph after the break at `end` start with an opening mark of
   * `family`? It must be read as {@link paragraph} will read a first mark: an
   * opener, or a straight mark glued to the word after it (a straight mark with
   * blanks on both sides, or before `,` `.` and the like, closes).
   */
  private nextParagraphReopens(end: number, family: number): boolean {
    const i = this.skipBreak(end);
    if (i >= this.text.length) return false;
    // (read into the slot after the paragraph's marks, never committed)
    const m = this.markAt(i);
    const { marks } = this;
    if (m < 0 || marks.family[m] !== family || this.apostropheSkip(i, i) !== 0) return false;
    const role = marks.bits[m]! & 3;
    return role === Role.Open || (role === Role.Either && (marks.bits[m]! & (MarkBit.Isolated | MarkBit.BeforeCloser)) === 0);
  }

  /**
   * Records a quote from the opening mark `open` to `end` and returns its
   * index, or -1 when empty. `close` is the index of the closing mark, or -1
   * for none.
   */
  private emit(open: number, end: number, close: number): number {
    const { text, marks } = this;
    const openStart = marks.start[open]!;
    const openEnd = marks.end[open]!;
    let start = openEnd;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end <= start) {
      this.warn('empty-quote', openStart, close >= 0 ? marks.end[close]! : end, 'A pair of quotation marks with nothing between them.');
      return -1;
    }
    if (!this.settings.singleQuotes && marks.family[open] === SINGLE && this.stack.length === 0) {
      return -1;
    }
    const previous = this.previousOf(open);
    const outerEnd = close >= 0 ? marks.end[close]! : end;
    if (this.quotes.full()) this.quotes.reserve(this.roomFor(openStart));
    const index = this.quotes.add(start, end, openStart, outerEnd, openEnd, close >= 0 ? marks.start[close]! : -1, previous);
    if (index < this.quotes.count - 1) this.renumberWarnings(index);
    return index;
  }

  /**
   * How many more quotes to make room for when the quote table is full at
   * offset `at`: when the paragraph already holds many, as many as the rest
   * of it would at the same density (the table grows at least twofold in any
   * case). A paragraph dense with quotes, as a hostile `"a"a"a…` of a
   * million, then costs a copy or two of the table rather than twenty, and
   * never more room than a paragraph that dense throughout would need.
   */
  private roomFor(at: number): number {
    const quotes = this.quotes.count - this.quotesBefore;
    const read = at - this.paraStart;
    if (quotes < MANY_QUOTES || read <= 0) return 1;
    return Math.ceil((quotes * (this.paragraphEndAt(at) - at)) / read);
  }

  /**
   * The quotes from row `q` on moved down a row (they are nested in the quote
   * just recorded there): so do the warnings that name them. Those are the
   * last warnings made, as the quotes are the last recorded.
   */
  private renumberWarnings(q: number): void {
    const list = this.quoteWarnings;
    for (let k = list.length - 1; k >= 0 && list[k]!.quoteId! >= q; k--) list[k]!.quoteId!++;
  }

  private unmatched(m: number, code: 'unmatched-open' | 'unmatched-close'): void {
    // one message string per mark and code, however many stray marks the text has
    const mStart = this.marks.start[m]!;
    const mEnd = this.marks.end[m]!;
    const mark = markTextAt(this.text, mStart, mEnd);
    // (keyed by the mark's string alone, which markTextAt shares: no key is built per mark)
    const messages = code === 'unmatched-open' ? this.openMessages : this.closeMessages;
    let message = messages.get(mark);
    if (message === undefined) {
      const what = code === 'unmatched-open' ? 'opening' : 'closing';
      message = `Quotation mark ${JSON.stringify(mark)} read as ${what} mark has no partner.`;
      messages.set(mark, message);
    }
    this.warn(code, mStart, mEnd, message);
  }

  private warn(code: Warning['code'], start: number, end: number, message: string, quoteId?: number): void {
    if (this.lastWarningStart > start || (this.lastWarningStart === start && this.lastWarningEnd > end)) this.warningsInOrder = false;
    this.lastWarningStart = start;
    this.lastWarningEnd = end;
    // (each shape in one literal: a property added later would cost a second allocation)
    if (quoteId === undefined) this.warnings.push({ code, message, start, end });
    else {
      const warning = { code, message, start, end, quoteId };
      this.warnings.push(warning);
      if (this.stack.length > 0) this.quoteWarnings.push(warning);
    }
  }

  /**
   * Reads the paragraph's next mark into {@link marks} (at index
   * `marks.count`, then committed), skipping markup and apostrophes; returns
   * false instead when the paragraph ends, its end then in {@link paraEnd}.
   */
  private readMark(): boolean {
    if (this.paraEnd >= 0) return false;
    const { text } = this;
    const n = text.length;
    const marks = this.marks;
    const start = this.paraStart;
    let i = this.readAt;
    for (;;) {
      // jump to the next character that can start a mark, an entity or a tag, or end the paragraph
      // (the native regex engine reads as fast as a plain pass over the text)
      if (this.nextCandidate < i) this.nextCandidate = this.candidateFrom(i);
      i = this.nextCandidate;
      if (i >= n) {
        this.paraEnd = n;
        return false;
      }
      const kind = CANDIDATES[text.charCodeAt(i)];
      if (kind === Candidate.Break) {
        const next = this.pastInnerBreak(i);
        if (next < 0) {
          this.paraEnd = i;
          return false;
        }
        i = next;
        continue;
      }
      if (kind === Candidate.Tag) {
        const after = this.settings.skipMarkup ? this.markup.tagEnd(i, this.paragraphEndAt(i)) : 0;
        i = after > 0 ? after : i + 1;
        continue;
      }
      if (kind === Candidate.Apostrophe) {
        // (an apostrophe is known from its neighbours alone: the mark is not read)
        const skip = this.apostropheSkip(i, start);
        if (skip > 0) {
          i = skip;
          continue;
        }
      }
      const m = this.markAt(i, start);
      if (m < 0) {
        i++;
        continue;
      }
      marks.count++;
      this.readAt = marks.end[m]!;
      return true;
    }
  }

  /** Offset of the first {@link CANDIDATES candidate} character from `i` on, or the text's length. */
  private candidateFrom(i: number): number {
    const { text } = this;
    const n = text.length;
    // the next four characters by hand: in dense text the next mark is near, and a regex call costs more than reading
    // them (written out: four reads without a loop cost less, and in news most searches end at the first)
    if (i + 4 <= n) {
      if (CANDIDATES[text.charCodeAt(i)] !== Candidate.None) return i;
      if (CANDIDATES[text.charCodeAt(i + 1)] !== Candidate.None) return i + 1;
      if (CANDIDATES[text.charCodeAt(i + 2)] !== Candidate.None) return i + 2;
      if (CANDIDATES[text.charCodeAt(i + 3)] !== Candidate.None) return i + 3;
      i += 4;
    } else {
      for (; i < n; i++) if (CANDIDATES[text.charCodeAt(i)] !== Candidate.None) return i;
      return n;
    }
    // (test, not exec: no match object; every candidate is one code unit, just before lastIndex)
    CANDIDATE.lastIndex = i;
    return CANDIDATE.test(text) ? CANDIDATE.lastIndex - 1 : n;
  }

  /**
   * If the character at `i` is an apostrophe rather than a quotation mark,
   * the offset to resume scanning at; else 0. (Only a single mark can be one:
   * the second character of a doubled mark, or of three in a row, is no word
   * character, so neither test below holds for it.)
   */
  private apostropheSkip(start: number, paraStart: number): number {
    const { text } = this;
    const code = text.charCodeAt(start);
    if (!isApostropheLike(code)) return 0;
    const end = start + 1;
    const prev = start > paraStart ? text.charCodeAt(start - 1) : 0x20;
    const next = text.charCodeAt(end);
    if (isInnerApostrophe(prev, next)) return end;
    if (!isWordChar(prev)) {
      const len = elisionAfter(text, start);
      if (len > 0) {
        // rock ’n’ roll: the mark after the n is an apostrophe too
        const after = end + len;
        if (len === 1 && (text.charCodeAt(end) | 0x20) === 0x6e && isApostropheLike(text.charCodeAt(after))) return after + 1;
        return after;
      }
    }
    return 0;
  }

  /**
   * Reads the mark starting at `i`, if any, with its role from its
   * neighbours, into the slot after the paragraph's marks (index
   * `marks.count`, which {@link readMark} then commits); returns that index,
   * or -1 when there is no mark.
   */
  private markAt(i: number, paraStart = i): number {
    const { text } = this;
    const c = text.charCodeAt(i);
    let facts = 0;
    let len = 1;
    if (c === 0x26 /* & */) {
      const decoded = this.entityAt(i);
      if (decoded === null) return -1;
      facts = singleFacts(decoded.code);
      len = decoded.length;
    } else {
      const c2 = text.charCodeAt(i + 1);
      // (every doubled mark is one character twice: most marks are refused without the look-up)
      // three in a row after a word (“us,'''”) close a single quote, then the double one
      const closingTriple = c2 === c && text.charCodeAt(i + 2) === c && i > paraStart && !isBlank(text.charCodeAt(i - 1));
      if ((c2 === c || !DOUBLED_SAME) && !closingTriple) {
        facts = DOUBLED_FACTS.get(c * 0x10000 + c2) ?? 0;
        if (facts !== 0) len = 2;
      }
      if (facts === 0) facts = SINGLE_FACTS[c]!;
    }
    if (facts === 0) return -1;
    const end = i + len;
    const prev = i > paraStart ? text.charCodeAt(i - 1) : 0x20;
    // (a mark never holds a line break: the character after a paragraph's last mark is its break, as blank as a space)
    const next = end < text.length ? text.charCodeAt(end) : 0x20;
    const prevFlank = flankOf(prev);
    const nextFlank = flankOf(next);
    const prevBlank = prevFlank === Flank.Blank;
    const nextBlank = nextFlank === Flank.Blank;
    const prevPunct = prevFlank === Flank.Punct;
    const nextPunct = nextFlank === Flank.Punct;
    // A mark right before `,` `.` `;` `:` `!` `?` `)` never opens (“ no ”. / « non », / " no ",): it is not glued to a word after it.
    const beforeCloser = nextPunct && closesAfter(next);
    const left = !nextBlank && !beforeCloser && (!nextPunct || prevBlank || prevPunct);
    const right = !prevBlank && (!prevPunct || nextBlank || nextPunct);
    const glyph: Role = facts & 3;
    const family = facts >> FAMILY_SHIFT;
    let role: Role;
    if ((facts & Fact.Fixed) !== 0) role = glyph === Role.Open ? Role.Open : Role.Close;
    else if (left && !right) role = Role.Open;
    else if (right && !left) role = Role.Close;
    else role = glyph;
    const trailingApostrophe = family === SINGLE && len === 1 && isApostropheLike(c) && role !== Role.Open && mayBeTrailingApostrophe(text, i);
    const marks = this.marks;
    marks.reserve();
    const m = marks.count;
    marks.start[m] = i;
    marks.end[m] = end;
    marks.family[m] = family;
    marks.bits[m] = role | (facts & Fact.Straight) | (trailingApostrophe ? MarkBit.TrailingApostrophe : 0) | (prevBlank && nextBlank ? MarkBit.Isolated : 0) | (beforeCloser ? MarkBit.BeforeCloser : 0);
    return m;
  }

  /** Decodes an HTML character reference for a quotation mark at `i`. */
  private entityAt(i: number): { code: number; length: number } | null {
    const { text } = this;
    const limit = Math.min(text.length, i + MAX_ENTITY + 1);
    let j = i + 1;
    while (j < limit && text.charCodeAt(j) !== 0x3b /* ; */) j++;
    if (j >= limit) return null;
    const body = text.slice(i + 1, j).toLowerCase();
    let code: number;
    // digits only: parseInt alone would also take `&#\n8220;`, `&# 8220;` or `&#8220x;`
    if (body.startsWith('#x')) code = parseDigits(body, 2, 16);
    else if (body.startsWith('#')) code = parseDigits(body, 1, 10);
    else {
      const ch = MARK_ENTITIES.get(body);
      if (ch === undefined) return null;
      code = ch.charCodeAt(0);
    }
    if (singleFacts(code) === 0) return null;
    return { code, length: j + 1 - i };
  }
}
