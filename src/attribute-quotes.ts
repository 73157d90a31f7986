/**
 * The public entry point: validate, run the pipeline, return plain data.
 * @module
 */

import { resolveAttributeOptions, type AttributeOptions } from './options.js';
import { runPipeline } from './pipeline.js';
import { requireText } from './text/require-text.js';
import type { Attribution } from './types.js';

/**
 * Finds every quotation in a news article and says who said it.
 *
 * Each quote comes with its speaker's canonical name (the fullest form the
 * article gives), the words that name the speaker for this quote (`mention`),
 * the reporting words (`cue`), the rule that made the attribution and a
 * confidence, so every attribution can be checked. Runs in time linear in
 * the length of the text and never throws on any string.
 *
 * @param text - The article text: paragraphs on separate lines. Offsets in the result are UTF-16 indexes into it.
 * @param options - See {@link AttributeOptions}.
 * @returns The quotes in document order, the speakers, and warnings about the text.
 * @throws `TypeError` when `text` is not a string.
 * @throws {@link InvalidOptionsError} when `options` is not a valid options object.
 * @example
 * ```ts
 * import { attributeQuotes } from 'quote-attribution';
 *
 * const article = 'The pier will stay shut, said Port Authority director Dana Reyes.\n\n' +
 *   '“We will not reopen the pier this year,” Reyes said.';
 * const { quotes, speakers } = attributeQuotes(article);
 * quotes[0].speaker;      // 'Dana Reyes'
 * quotes[0].mention?.text; // 'Reyes'
 * quotes[0].cue?.text;     // 'said'
 * quotes[0].rule;          // 'trailing-cue'
 * speakers[0].titles;      // ['Port Authority director']
 * ```
 */
export function attributeQuotes(text: string, options?: AttributeOptions): Attribution {
  requireText(text, 'attributeQuotes');
  const settings = resolveAttributeOptions(options);
  return runPipeline(text, settings);
}
