/**
 * The public entry point of the scanner stage.
 * @module
 */

import { resolveFindOptions, type FindQuotesOptions } from './options.js';
import { scanQuotes } from './scan/scan-quotes.js';
import { releaseScratch } from './text/scratch.js';
import type { QuoteSpan } from './types.js';
import { requireText } from './text/require-text.js';

/**
 * Finds every quoted span in `text`, in document order, whatever the copy
 * desk did to the quotation marks: curly, straight, doubled wire-style
 * (` ``…'' `, `''…''`), guillemets, low-9 marks, single quotes nested in
 * doubles (or doubles in singles), apostrophes told apart from quotes, marks
 * typed the wrong way round, and closing marks that went missing. A quote
 * never runs past the end of its paragraph unless the next paragraph reopens
 * it. Time is linear in the length of the text. This is the first stage of
 * {@link attributeQuotes}, without the speakers: use it when only the quoted
 * words are needed.
 *
 * @param text - The article text. Offsets in the result are UTF-16
 *   code-unit indexes into it.
 * @param options - Optional settings, each with a default; see
 *   {@link FindQuotesOptions}. Omit for the defaults.
 * @returns The quoted spans in document order ({@link QuoteSpan}); a nested
 *   quote follows its parent and points to it with `parent`. An empty array
 *   when there are none.
 * @throws `TypeError` when `text` is not a string, before reading it.
 * @throws {@link InvalidOptionsError} when `options` is not a plain object,
 *   names an unknown option (`nested` is an option of
 *   {@link attributeQuotes} only), or gives an option a value it does not
 *   allow.
 * @example
 * ```ts
 * import { findQuotes } from 'quote-attribution';
 *
 * const spans = findQuotes('“It’s a ‘rules-based order,’ not a wish,” Reyes said.');
 * spans.map((s) => [s.text, s.depth, s.parent]);
 * // [['It’s a ‘rules-based order,’ not a wish,', 0, null], ['rules-based order,', 1, 0]]
 *
 * findQuotes('He said: “The pier will reopen\nin the spring.”').map((s) => [s.text, s.unclosed]);
 * // [['The pier will reopen', true]]
 * findQuotes('He said: “The pier will reopen\nin the spring.”', { paragraphs: 'blank-line' }).map((s) => [s.text, s.unclosed]);
 * // [['The pier will reopen\nin the spring.', false]]
 * ```
 */
export function findQuotes(text: string, options?: FindQuotesOptions): QuoteSpan[] {
  requireText(text, 'findQuotes');
  const settings = resolveFindOptions(options);
  try {
    return scanQuotes(text, settings).quotes.toSpans();
  } finally {
    // (the scanner's table is scratch: handed back for the next call)
    releaseScratch();
  }
}
