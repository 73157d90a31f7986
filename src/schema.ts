/**
 * zod schemas of the result types, for consumers that receive an
 * {@link Attribution} as JSON from elsewhere (a CLI, a worker, a queue) and
 * want to validate it. Built with zod/mini; each has `.parse()` and
 * `.safeParse()`.
 * @module
 */

import * as z from 'zod/mini';

const offset = z.int().check(z.minimum(0));

/**
 * Schema of a {@link Span}.
 *
 * @example
 * ```ts
 * SpanSchema.parse({ text: 'Reyes', start: 48, end: 53 });
 * ```
 */
export const SpanSchema = z.object({ text: z.string(), start: offset, end: offset });

/**
 * Schema of an {@link AttributionRule}.
 *
 * @example
 * ```ts
 * AttributionRuleSchema.parse('trailing-cue'); // 'trailing-cue'
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
 * Schema of a {@link Quote}.
 *
 * @example
 * ```ts
 * const quote = QuoteSchema.parse(JSON.parse(line));
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
 * Schema of a {@link Speaker}.
 *
 * @example
 * ```ts
 * SpeakerSchema.parse({ id: 0, name: 'Dana Reyes', kind: 'person', titles: [], mentions: [], quoteIds: [0] });
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
 * Schema of a {@link Warning}.
 *
 * @example
 * ```ts
 * WarningSchema.parse({ code: 'unmatched-close', message: 'Stray mark.', start: 6, end: 7 });
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
 * Schema of an {@link Attribution}, the result of {@link attributeQuotes}.
 *
 * @example
 * ```ts
 * const result = AttributionSchema.safeParse(JSON.parse(json));
 * if (!result.success) console.error(result.error.issues);
 * ```
 */
export const AttributionSchema = z.object({
  quotes: z.array(QuoteSchema),
  speakers: z.array(SpeakerSchema),
  warnings: z.array(WarningSchema),
});

/**
 * Schema of a {@link QuoteSpan}, the result items of {@link findQuotes}.
 *
 * @example
 * ```ts
 * z.array(QuoteSpanSchema).parse(findQuotes(text));
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
