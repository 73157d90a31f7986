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
 * the length of the text. Any string gets a result (an empty one, binary
 * junk, a 2 MB line): what is odd about the text is reported in `warnings`,
 * never thrown.
 *
 * @param text - The article text, one paragraph per line (or per blank
 *   line, see {@link AttributeOptions.paragraphs}). Offsets in the result are
 *   UTF-16 code-unit indexes into it.
 * @param options - Optional settings, each with a default; see
 *   {@link AttributeOptions}. Omit for the defaults.
 * @returns The {@link Attribution}: the quotes in document order, the
 *   speakers in order of their first quote, and warnings about the text.
 * @throws `TypeError` when `text` is not a string (a `Buffer`, `null`,
 *   `undefined`, a number …), before reading it.
 * @throws {@link InvalidOptionsError} when `options` is not a plain object,
 *   names an unknown option, or gives an option a value it does not allow.
 * @example
 * ```ts
 * import { attributeQuotes } from 'quote-attribution';
 *
 * const article =
 *   'The pier will stay shut, Port Authority director Dana Reyes said on Monday.\n\n' +
 *   '“We will not reopen the pier this year,” Reyes said.';
 * const { quotes, speakers, warnings } = attributeQuotes(article);
 * quotes[0].text;          // 'We will not reopen the pier this year,'
 * quotes[0].speaker;       // 'Dana Reyes'
 * quotes[0].mention?.text; // 'Reyes'
 * quotes[0].cue?.text;     // 'said'
 * quotes[0].rule;          // 'trailing-cue'
 * quotes[0].confidence;    // 0.95
 * speakers[0].titles;      // ['Port Authority director']
 * warnings;                // []
 * ```
 */
export function attributeQuotes(text: string, options?: AttributeOptions): Attribution {
  requireText(text, 'attributeQuotes');
  const settings = resolveAttributeOptions(options);
  return runPipeline(text, settings);
}
