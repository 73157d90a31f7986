/**
 * Markup and embed placeholders left in article text (`<tweet id="1">`,
 * `<a href="…">`, `</p>`, `<!-- … -->`): the scanner ignores quotation marks
 * inside them and the tokenizer skips them.
 * @internal
 * @module
 */

import { isLetter } from './chars.js';

/**
 * Finds where a tag that starts at a given `<` ends. It remembers the next
 * `<` and `>` it has seen, so a text full of unmatched `<` costs one pass.
 * Offsets must be asked in increasing order.
 * @internal
 */
export class MarkupFinder {
  private nextGt = -1;
  private nextLt = -1;

  constructor(private readonly text: string) {}

  /**
   * The offset just past the tag starting at `i`, or 0 when `i` does not
   * start a tag that closes before `limit` (the end of the paragraph).
   */
  tagEnd(i: number, limit: number): number {
    const { text } = this;
    const c = text.charCodeAt(i + 1);
    if (!(isLetter(c) || c === 0x2f /* / */ || c === 0x21 /* ! */ || c === 0x3f) /* ? */) return 0;
    if (this.nextGt <= i) {
      const g = text.indexOf('>', i + 1);
      this.nextGt = g < 0 ? text.length + 1 : g;
    }
    if (this.nextLt <= i) {
      const l = text.indexOf('<', i + 1);
      this.nextLt = l < 0 ? text.length + 1 : l;
    }
    if (this.nextGt >= limit || this.nextLt < this.nextGt) return 0;
    return this.nextGt + 1;
  }
}
