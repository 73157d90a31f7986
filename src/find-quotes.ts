/**
 * The public entry point of the scanner stage.
 * @module
 */

import { resolveFindOptions, type FindQuotesOptions } from './options.js';
import { scanQuotes } from './scan/scan-quotes.js';
import type { QuoteSpan } from './types.js';
import { requireText } from './text/require-text.js';

/**
 * Finds every quoted span in `text`, in document order, whatever the copy
 * desk did to the quotation marks: curly, straight, doubled wire-style
 * (` ``…'' `, `''…''`), guillemets, low-9 marks, single quotes nested in
 * doubles (or doubles in singles), apostrophes told apart from quotes, marks
 * typed the wrong way round, and closing marks that went missing. A quote
 * never runs past the end of its paragraph unless the next paragraph reopens
 * it. Time is linear in the length of the text.
 *
 * @param text - The article text. Offsets in the result are UTF-16 indexes into it.
 * @param options - See {@link FindQuotesOptions}.
 * @returns The quoted spans; nested quotes follow their parent and point to it.
 * @throws `TypeError` when `text` is not a string.
 * @throws {@link InvalidOptionsError} when `options` is not a valid options object.
 * @example
 * ```ts
 * import { findQuotes } from 'quote-attribution';
 *
 * const spans = findQuotes('“It’s a ‘rules-based order,’ not a wish,” Reyes said.');
 * spans.map((s) => [s.text, s.depth]);
 * // [['It’s a ‘rules-based order,’ not a wish,', 0], ['rules-based order,', 1]]
 * ```
 */
export function findQuotes(text: string, options?: FindQuotesOptions): QuoteSpan[] {
  requireText(text, 'findQuotes');
  const settings = resolveFindOptions(options);
  return scanQuotes(text, settings).quotes;
}
