/**
 * quote-attribution: find every quotation in a news article and say who said it.
 *
 * The public API, listed by hand. Everything else in `src/` is internal and
 * may change in any release.
 * @module
 */

export { attributeQuotes } from './attribute-quotes.js';
export { findQuotes } from './find-quotes.js';
export { renderHtml } from './render/render-html.js';
export {
  QuoteAttributionError,
  InvalidOptionsError,
  isQuoteAttributionError,
  isInvalidOptionsError,
} from './errors.js';
export {
  AttributionSchema,
  QuoteSchema,
  SpeakerSchema,
  SpanSchema,
  WarningSchema,
  QuoteSpanSchema,
  AttributionRuleSchema,
} from './schema.js';

export type { OptionIssue } from './errors.js';
export type { AttributeOptions, FindQuotesOptions } from './options.js';
export type { RenderHtmlOptions } from './render/render-html.js';
export type {
  Attribution,
  AttributionRule,
  Quote,
  QuoteSpan,
  Span,
  Speaker,
  SpeakerKind,
  Warning,
  WarningCode,
} from './types.js';
