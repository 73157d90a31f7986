/**
 * The options, written out by hand for the docs, and their validation with
 * zod/mini (kept internal so the main entry stays small).
 * @module
 */

import * as z from 'zod/mini';
import { InvalidOptionsError, type OptionIssue } from './errors.js';

/**
 * Options of {@link findQuotes} (and, with `nested`, of
 * {@link attributeQuotes}: see {@link AttributeOptions}). Every field is
 * optional and has a default; a field set to `undefined` takes its default.
 * An unknown field, or a value of the wrong type, is an
 * {@link InvalidOptionsError}.
 *
 * @example
 * ```ts
 * import { findQuotes, type FindQuotesOptions } from 'quote-attribution';
 *
 * const text = 'Reyes called it ‘a setback’ and said: “We will reopen in ‘the spring.’”';
 * findQuotes(text).map((s) => s.text);
 * // ['a setback', 'We will reopen in ‘the spring.’', 'the spring.']
 * const options: FindQuotesOptions = { singleQuotes: false };
 * findQuotes(text, options).map((s) => s.text);
 * // ['We will reopen in ‘the spring.’', 'the spring.']
 * ```
 */
export interface FindQuotesOptions {
  /**
   * Read spans in single quotation marks (‘…’, '…') as quotes when they are
   * not inside another quote. British copy uses them for every quotation;
   * American copy for headlines. Set `false` to keep only double-quoted spans
   * (and guillemets) at the top level; single-quoted spans inside a quote are
   * still found.
   * @defaultValue `true`
   */
  singleQuotes?: boolean;
  /**
   * Ignore quotation marks inside markup and embed placeholders such as
   * `<a href="…">` or `<tweet id="123">`. Set `false` for text that is not
   * HTML-like, where `<` and `>` are just characters: then the quoted
   * attribute value in `<a href="https://example.com/pier">` is a quote.
   * @defaultValue `true`
   */
  skipMarkup?: boolean;
  /**
   * What ends a paragraph. A quote left open never runs past the end of its
   * paragraph. `'line'`: every line break (one paragraph per line, as news
   * text and most exports have it). `'blank-line'`: only an empty line, for
   * hard-wrapped text where a sentence can continue on the next line.
   * @defaultValue `'line'`
   */
  paragraphs?: 'line' | 'blank-line';
}

/**
 * Options of {@link attributeQuotes}: those of {@link FindQuotesOptions}
 * (`singleQuotes`, `skipMarkup`, `paragraphs`) plus `nested`. Every field is
 * optional and has a default; a field set to `undefined` takes its default.
 * An unknown field, or a value of the wrong type, is an
 * {@link InvalidOptionsError}.
 *
 * @example
 * ```ts
 * import { attributeQuotes, type AttributeOptions } from 'quote-attribution';
 *
 * const text = '“They told me ‘the pier is safe,’ and it was not,” Reyes said.';
 * attributeQuotes(text).quotes.map((q) => [q.text, q.speaker, q.rule]);
 * // [['They told me ‘the pier is safe,’ and it was not,', 'Reyes', 'trailing-cue'], ['the pier is safe,', null, 'nested']]
 * const options: AttributeOptions = { nested: false };
 * attributeQuotes(text, options).quotes.map((q) => [q.text, q.speaker, q.rule]);
 * // [['They told me ‘the pier is safe,’ and it was not,', 'Reyes', 'trailing-cue']]
 * ```
 */
export interface AttributeOptions extends FindQuotesOptions {
  /**
   * Report quotes nested inside other quotes (the outer speaker quoting
   * someone else). They get `rule: 'nested'` and no speaker. Set `false` to
   * return top-level quotes only.
   * @defaultValue `true`
   */
  nested?: boolean;
}

/** Options with every default filled in. @internal */
export type ResolvedOptions = Required<AttributeOptions>;

/** The defaults. @internal */
export const DEFAULT_OPTIONS: Readonly<ResolvedOptions> = Object.freeze({
  singleQuotes: true,
  skipMarkup: true,
  paragraphs: 'line',
  nested: true,
});

const PARAGRAPHS = ['line', 'blank-line'] as const;

const findShape = {
  singleQuotes: z.optional(z.boolean()),
  skipMarkup: z.optional(z.boolean()),
  paragraphs: z.optional(z.enum(PARAGRAPHS)),
};

/** @internal */
export const FindQuotesOptionsSchema = z.strictObject(findShape);

/** @internal */
export const AttributeOptionsSchema = z.strictObject({ ...findShape, nested: z.optional(z.boolean()) });

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object' && !isPlainRecord(value)) return Object.prototype.toString.call(value).slice(8, -1);
  return typeof value;
}

/** An object literal (or a class instance), not a Map, Date, RegExp or other built-in. Works across realms. */
function isPlainRecord(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object Object]';
}

function issuesOf(error: z.core.$ZodError, input: Record<string, unknown>): OptionIssue[] {
  const out: OptionIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ path: key, message: 'is not a known option' });
        break;
      case 'invalid_type':
        out.push({ path, message: `expected ${issue.expected}, received ${describe(input[path])}` });
        break;
      case 'invalid_value':
        out.push({
          path,
          message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}, received ${JSON.stringify(input[path])}`,
        });
        break;
      default:
        out.push({ path, message: issue.message });
    }
  }
  return out;
}

function validate<T extends object>(schema: z.ZodMiniType<T>, options: unknown, known: readonly string[]): T {
  if (typeof options !== 'object' || options === null || Array.isArray(options) || !isPlainRecord(options)) {
    throw new InvalidOptionsError([
      { path: '', message: `options must be a plain object (or undefined), received ${describe(options)}; known options: ${known.join(', ')}` },
    ]);
  }
  const result = schema.safeParse(options);
  if (!result.success) {
    const issues = issuesOf(result.error, options as Record<string, unknown>);
    for (const issue of issues) if (issue.message === 'is not a known option') issue.message += ` (known: ${known.join(', ')})`;
    throw new InvalidOptionsError(issues);
  }
  return result.data;
}

/**
 * Validates `options` for {@link attributeQuotes} and fills in the defaults.
 * @throws {@link InvalidOptionsError} when they are not valid.
 * @internal
 */
export function resolveAttributeOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return DEFAULT_OPTIONS;
  const valid = validate(AttributeOptionsSchema, options, Object.keys(DEFAULT_OPTIONS));
  return { ...DEFAULT_OPTIONS, ...stripUndefined(valid) };
}

/**
 * Validates `options` for {@link findQuotes} and fills in the defaults.
 * @throws {@link InvalidOptionsError} when they are not valid.
 * @internal
 */
export function resolveFindOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return DEFAULT_OPTIONS;
  const valid = validate(FindQuotesOptionsSchema, options, Object.keys(findShape));
  return { ...DEFAULT_OPTIONS, ...stripUndefined(valid) };
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: { [K in keyof T]?: Exclude<T[K], undefined> } = {};
  for (const key of Object.keys(o) as (keyof T)[]) {
    const value = o[key];
    if (value !== undefined) out[key] = value as Exclude<T[typeof key], undefined>;
  }
  return out;
}
