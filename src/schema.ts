/**
 * zod schemas of the result types, for consumers that receive an
 * {@link Attribution} as JSON from elsewhere (a CLI, a worker, a queue) and
 * want to validate it. Built with zod/mini; each has `.parse()` (returns the
 * value, throws a zod `$ZodError` listing its `issues` when it does not
 * match) and `.safeParse()` (never throws; returns `{ success, data }` or
 * `{ success, error }`). Keys the schema does not know are dropped from the
 * parsed value. zod/mini loads no messages: each issue's `message` is
 * `'Invalid input'` unless a zod locale is configured; its `code` and `path`
 * say what is wrong.
 * @module
 */

import * as z from 'zod/mini';

const offset = z.int().check(z.minimum(0));

/**
 * Schema of a {@link Span}: a string and two non-negative integer offsets.
 * `.parse(value)` returns the span and throws a zod `$ZodError` when `value`
 * is not one; `.safeParse(value)` never throws.
 *
 * @example
 * ```ts
 * import { SpanSchema } from 'quote-attribution';
 *
 * SpanSchema.parse({ text: 'Reyes', start: 31, end: 36 }); // { text: 'Reyes', start: 31, end: 36 }
 * SpanSchema.safeParse({ text: 'Reyes', start: -1, end: 36 }).error?.issues;
 * // [{ origin: 'number', code: 'too_small', minimum: 0, inclusive: true, path: ['start'], message: 'Invalid input' }]
 * ```
 */
export const SpanSchema = z.object({ text: z.string(), start: offset, end: offset });

/**
 * Schema of an {@link AttributionRule}: one of its ten strings.
 * `.parse(value)` returns the rule and throws a zod `$ZodError` for any
 * other value; `.safeParse(value)` never throws.
 *
 * @example
 * ```ts
 * import { AttributionRuleSchema } from 'quote-attribution';
 *
 * AttributionRuleSchema.parse('trailing-cue'); // 'trailing-cue'
 * AttributionRuleSchema.safeParse('trailing').success; // false
 * ```
 */
export const AttributionRuleSchema = z.enum([
  'trailing-cue',
  'leading-cue',
  'according-to',
  'speaker-label',
  'split-quote',
  'same-paragraph',
  'paragraph-continuation',
  'multi-paragraph',
  'nested',
  'none',
]);

/**
 * Schema of a {@link Quote}: every field, with offsets non-negative integers
 * and `confidence` between 0 and 1. `.parse(value)` returns the quote and
 * throws a zod `$ZodError` when `value` is not one; `.safeParse(value)` never
 * throws.
 *
 * @example
 * ```ts
 * import { attributeQuotes, QuoteSchema } from 'quote-attribution';
 *
 * const json = JSON.stringify(attributeQuotes('“We will not reopen the pier,” Reyes said.').quotes[0]);
 * const quote = QuoteSchema.parse(JSON.parse(json));
 * [quote.speaker, quote.rule]; // ['Reyes', 'trailing-cue']
 * QuoteSchema.safeParse({ ...quote, confidence: 1.5 }).error?.issues.map((i) => [i.code, i.path]);
 * // [['too_big', ['confidence']]]
 * ```
 */
export const QuoteSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  outerStart: offset,
  outerEnd: offset,
  speaker: z.nullable(z.string()),
  speakerId: z.nullable(offset),
  mention: z.nullable(SpanSchema),
  cue: z.nullable(SpanSchema),
  rule: AttributionRuleSchema,
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  parent: z.nullable(offset),
  unclosed: z.boolean(),
  continued: z.boolean(),
});

/**
 * Schema of a {@link Speaker}, with `kind` one of the {@link SpeakerKind}
 * strings. `.parse(value)` returns the speaker and throws a zod `$ZodError`
 * when `value` is not one; `.safeParse(value)` never throws.
 *
 * @example
 * ```ts
 * import { SpeakerSchema } from 'quote-attribution';
 *
 * SpeakerSchema.parse({ id: 0, name: 'Dana Reyes', kind: 'person', titles: [], mentions: [], quoteIds: [0] });
 * // { id: 0, name: 'Dana Reyes', kind: 'person', titles: [], mentions: [], quoteIds: [0] }
 * SpeakerSchema.safeParse({ id: 0, name: 'Dana Reyes', kind: 'robot', titles: [], mentions: [], quoteIds: [0] }).success;
 * // false
 * ```
 */
export const SpeakerSchema = z.object({
  id: offset,
  name: z.string(),
  kind: z.enum(['person', 'organization', 'unknown']),
  titles: z.array(z.string()),
  mentions: z.array(SpanSchema),
  quoteIds: z.array(offset),
});

/**
 * Schema of a {@link Warning}, with `code` one of the {@link WarningCode}
 * strings and `quoteId` optional. `.parse(value)` returns the warning and
 * throws a zod `$ZodError` when `value` is not one; `.safeParse(value)` never
 * throws.
 *
 * @example
 * ```ts
 * import { WarningSchema } from 'quote-attribution';
 *
 * WarningSchema.parse({ code: 'unmatched-close', message: 'Quotation mark "”" read as closing mark has no partner.', start: 6, end: 7 });
 * // { code: 'unmatched-close', message: 'Quotation mark "”" read as closing mark has no partner.', start: 6, end: 7 }
 * WarningSchema.safeParse({ code: 'stray-mark', message: '', start: 6, end: 7 }).success; // false
 * ```
 */
export const WarningSchema = z.object({
  code: z.enum(['unmatched-open', 'unmatched-close', 'unclosed-quote', 'empty-quote', 'no-speaker', 'low-confidence']),
  message: z.string(),
  start: offset,
  end: offset,
  quoteId: z.optional(offset),
});

/**
 * Schema of an {@link Attribution}, the result of {@link attributeQuotes}:
 * its quotes, speakers and warnings. It checks each item's shape, not that
 * the offsets fit a text. `.parse(value)` returns the attribution and throws
 * a zod `$ZodError` when `value` is not one; `.safeParse(value)` never throws.
 *
 * @example
 * ```ts
 * import { attributeQuotes, AttributionSchema } from 'quote-attribution';
 *
 * const json = JSON.stringify(attributeQuotes('“We will not reopen the pier,” Reyes said.'));
 * const result = AttributionSchema.safeParse(JSON.parse(json));
 * result.success; // true
 * result.data?.quotes[0].speaker; // 'Reyes'
 * AttributionSchema.safeParse({ quotes: [], speakers: [] }).error?.issues.map((i) => [i.code, i.path]);
 * // [['invalid_type', ['warnings']]]
 * ```
 */
export const AttributionSchema = z.object({
  quotes: z.array(QuoteSchema),
  speakers: z.array(SpeakerSchema),
  warnings: z.array(WarningSchema),
});

/**
 * Schema of a {@link QuoteSpan}, the result items of {@link findQuotes}.
 * `.parse(value)` returns the span and throws a zod `$ZodError` when `value`
 * is not one; `.safeParse(value)` never throws.
 *
 * @example
 * ```ts
 * import { findQuotes, QuoteSpanSchema } from 'quote-attribution';
 *
 * const spans = findQuotes('He called it “candid,” she said.');
 * spans.every((s) => QuoteSpanSchema.safeParse(s).success); // true
 * QuoteSpanSchema.safeParse({ ...spans[0], depth: 0.5 }).error?.issues.map((i) => [i.code, i.path]);
 * // [['invalid_type', ['depth']]]
 * ```
 */
export const QuoteSpanSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  outerStart: offset,
  outerEnd: offset,
  openMark: z.string(),
  closeMark: z.nullable(z.string()),
  unclosed: z.boolean(),
  continued: z.boolean(),
  previous: z.nullable(offset),
  next: z.nullable(offset),
  parent: z.nullable(offset),
  depth: offset,
});
