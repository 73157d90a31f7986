/**
 * The scanner's quotes as one table of numbers: a row per quote, in document
 * order, read through methods by index. The pipeline reads quotes this way;
 * only {@link QuoteTable.toSpans} (for `findQuotes`) builds the public
 * {@link QuoteSpan} objects. A text of a million quotes then costs one array
 * of 24 bytes a quote, not a million objects with strings. The array is
 * scratch ({@link scratchInt32Unfilled}): a table lives until the call that
 * made it hands its scratch back.
 * @internal
 * @module
 */

import type { QuoteSpan } from '../types.js';
import { scratchInt32Unfilled } from '../text/scratch.js';
import { markTextAt } from './quote-marks.js';

/** Offsets of the cells in a row. */
const enum Cell {
  Start = 0,
  End = 1,
  OuterStart = 2,
  OuterEnd = 3,
  /** The lengths of the marks, the {@link Shape} flags and the depth. */
  Shape = 4,
  /** A nested quote's parent; a top-level quote's previous part, or -1. */
  Link = 5,
}

/**
 * The fields of a row's {@link Cell.Shape} cell. The marks' lengths are
 * stored rather than their offsets: a mark is a few code units (at most an
 * entity as long as `&#x0201C;`), and a row of six cells rather than ten is
 * that much less fresh memory to fill in a text of a million quotes.
 */
const enum Shape {
  /** The opening mark's length (bits 0–7). */
  OpenLength = 0xff,
  /** The closing mark's length, 0 when there is none (bits 8–15). */
  CloseShift = 8,
  /** A later part of the quotation follows (the next top-level row: {@link QuoteTable.next}). */
  Continued = 1 << 16,
  /** The nesting depth starts at this bit. */
  DepthShift = 17,
}

/** Cells per row. */
const ROW = 6;

/** Rows of a new table. */
const FIRST_ROWS = 32;

/** Scratch cells for at least `rows` rows (contents unspecified). */
function scratchCells(rows: number): Int32Array {
  return scratchInt32Unfilled(rows * ROW);
}

/**
 * The quotes found in a text. Every link (`previous`, `next`, `parent`) is a
 * row index, or -1 for none.
 * @internal
 */
export class QuoteTable {
  /** Number of quotes. */
  count = 0;
  private cells = scratchCells(FIRST_ROWS);

  /** `text` is the text that was scanned. */
  constructor(readonly text: string) {}

  /** Offset of the first quoted code unit of quote `q`. */
  start(q: number): number {
    return this.cells[q * ROW + Cell.Start]!;
  }

  /** Offset just past the last quoted code unit of quote `q`. */
  end(q: number): number {
    return this.cells[q * ROW + Cell.End]!;
  }

  /** Offset of the opening mark of quote `q`. */
  outerStart(q: number): number {
    return this.cells[q * ROW + Cell.OuterStart]!;
  }

  /** Offset just past the closing mark of quote `q` (its `end` when it has none). */
  outerEnd(q: number): number {
    return this.cells[q * ROW + Cell.OuterEnd]!;
  }

  /** Offset just past the opening mark of quote `q`. */
  openEnd(q: number): number {
    return this.outerStart(q) + (this.shape(q) & Shape.OpenLength);
  }

  /** Offset of the closing mark of quote `q`, or -1 when it runs to the end of its paragraph. */
  closeStart(q: number): number {
    const length = this.closeLength(q);
    return length > 0 ? this.outerEnd(q) - length : -1;
  }

  /** The opening mark of quote `q` when it is one code unit (`“`, `"`, `‘` …), or -1 (`&quot;`, ` `` `). */
  openMarkCode(q: number): number {
    return (this.shape(q) & Shape.OpenLength) === 1 ? this.text.charCodeAt(this.outerStart(q)) : -1;
  }

  /** Whether quote `q` has no closing mark. */
  unclosed(q: number): boolean {
    return this.closeLength(q) === 0;
  }

  /** The previous part of a multi-paragraph quote, or -1. */
  previous(q: number): number {
    return this.depth(q) === 0 ? this.cells[q * ROW + Cell.Link]! : -1;
  }

  /**
   * The next part of a multi-paragraph quote, or -1. It is the next top-level
   * row: a part runs to the end of its paragraph and the next part opens the
   * next one, so only the quotes nested in this part come between.
   */
  next(q: number): number {
    if ((this.shape(q) & Shape.Continued) === 0) return -1;
    let next = q + 1;
    while (this.depth(next) > 0) next++;
    return next;
  }

  /** The quote that `q` is nested in, or -1 for a top-level quote. */
  parent(q: number): number {
    return this.depth(q) > 0 ? this.cells[q * ROW + Cell.Link]! : -1;
  }

  /** Nesting depth of quote `q`: 0 at the top level. */
  depth(q: number): number {
    return this.shape(q) >>> Shape.DepthShift;
  }

  private shape(q: number): number {
    return this.cells[q * ROW + Cell.Shape]!;
  }

  /** The length of quote `q`'s closing mark, 0 when it has none. */
  private closeLength(q: number): number {
    return (this.shape(q) >>> Shape.CloseShift) & 0xff;
  }

  /**
   * Adds a quote (`closeStart` -1 when unclosed, `previous` -1 when it
   * continues none) at its place in document order and returns its row. The
   * scanner records a quote when it closes, so the quotes nested in it are
   * already in the table, last: they move down a row and go inside it.
   */
  add(start: number, end: number, outerStart: number, outerEnd: number, openEnd: number, closeStart: number, previous: number): number {
    if (this.full()) this.reserve(1);
    const last = this.count++;
    let q = last;
    while (q > 0 && this.outerStart(q - 1) > outerStart) q--;
    if (q < last) this.nestIn(q, last);
    const r = q * ROW;
    const cells = this.cells;
    cells[r + Cell.Start] = start;
    cells[r + Cell.End] = end;
    cells[r + Cell.OuterStart] = outerStart;
    cells[r + Cell.OuterEnd] = outerEnd;
    cells[r + Cell.Shape] = (openEnd - outerStart) | (closeStart >= 0 ? (outerEnd - closeStart) << Shape.CloseShift : 0);
    cells[r + Cell.Link] = previous;
    if (previous >= 0) cells[previous * ROW + Cell.Shape]! |= Shape.Continued;
    return q;
  }

  /** Whether the next quote added would grow the table. */
  full(): boolean {
    return (this.count + 1) * ROW > this.cells.length;
  }

  /** Makes room for `more` quotes after the present ones (at least doubling the table when it grows). */
  reserve(more: number): void {
    const rows = this.count + more;
    if (rows * ROW <= this.cells.length) return;
    const cells = scratchCells(Math.max(rows, 2 * this.count + FIRST_ROWS));
    cells.set(this.cells.subarray(0, this.count * ROW));
    this.cells = cells;
  }

  /**
   * Moves rows `q` to `last - 1` down a row and puts them inside the quote
   * about to be written at row `q`. (They have no previous or next parts to
   * renumber: only a top-level quote runs over paragraphs, and no quote
   * recorded later holds one.) Each row moves once per quote around it, so
   * the moves stay linear in the text.
   */
  private nestIn(q: number, last: number): void {
    const cells = this.cells;
    cells.copyWithin((q + 1) * ROW, q * ROW, last * ROW);
    for (let r = (q + 1) * ROW; r <= last * ROW; r += ROW) {
      const topLevel = cells[r + Cell.Shape]! >>> Shape.DepthShift === 0;
      cells[r + Cell.Link] = topLevel ? q : cells[r + Cell.Link]! + 1;
      cells[r + Cell.Shape]! += 1 << Shape.DepthShift;
    }
  }

  /** The public {@link QuoteSpan} of every quote, in order. */
  toSpans(): QuoteSpan[] {
    const { text } = this;
    const spans = new Array<QuoteSpan>(this.count);
    for (let q = 0; q < this.count; q++) {
      const start = this.start(q);
      const end = this.end(q);
      const outerStart = this.outerStart(q);
      const closeStart = this.closeStart(q);
      const previous = this.previous(q);
      const next = this.next(q);
      const parent = this.parent(q);
      spans[q] = {
        text: text.slice(start, end),
        start,
        end,
        outerStart,
        outerEnd: this.outerEnd(q),
        openMark: markTextAt(text, outerStart, this.openEnd(q)),
        closeMark: closeStart >= 0 ? markTextAt(text, closeStart, this.outerEnd(q)) : null,
        unclosed: closeStart < 0,
        continued: previous >= 0,
        previous: previous >= 0 ? previous : null,
        next: next >= 0 ? next : null,
        parent: parent >= 0 ? parent : null,
        depth: this.depth(q),
      };
    }
    return spans;
  }
}
