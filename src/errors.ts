/**
 * The errors the library throws. It throws only for programmer errors (a
 * wrong argument); odd text is never an error, it gets a result and warnings.
 * @module
 */

/**
 * Base class of the errors the library throws on purpose (today: its
 * subclass {@link InvalidOptionsError}; a `text` that is not a string gets a
 * plain `TypeError`). Catch this to tell the library's errors from others;
 * across realms (workers, iframes, duplicated installs) use
 * {@link isQuoteAttributionError}, which also checks the brand and the `name`.
 * Constructed like `Error`: `new QuoteAttributionError(message?, options?)`.
 *
 * @example
 * ```ts
 * import { attributeQuotes, QuoteAttributionError } from 'quote-attribution';
 *
 * try {
 *   attributeQuotes('“Hi,” she said.', { paragraphs: 'pages' } as never);
 * } catch (error) {
 *   if (!(error instanceof QuoteAttributionError)) throw error;
 *   error.name;    // 'InvalidOptionsError'
 *   error.message; // 'Invalid quote-attribution options: option "paragraphs": expected one of "line" | "blank-line", received "pages".'
 * }
 * ```
 */
export class QuoteAttributionError extends Error {
  /** The error's name: `'QuoteAttributionError'`, or the subclass's name (`'InvalidOptionsError'`). */
  override name: string = 'QuoteAttributionError';
  /** Always `true`: a structural brand that survives realms and bundling. */
  readonly isQuoteAttributionError = true as const;
}

/**
 * One problem with an option: which option, and what is wrong with it. The
 * items of {@link InvalidOptionsError.issues}.
 *
 * @example
 * ```ts
 * import { findQuotes, isInvalidOptionsError, type OptionIssue } from 'quote-attribution';
 *
 * let issues: readonly OptionIssue[] = [];
 * try {
 *   findQuotes('“Hi,” she said.', { paragraphs: 'pages' } as never);
 * } catch (error) {
 *   if (isInvalidOptionsError(error)) issues = error.issues;
 * }
 * issues; // [{ path: 'paragraphs', message: 'expected one of "line" | "blank-line", received "pages"' }]
 * ```
 */
export interface OptionIssue {
  /** The option's name (dotted for nested options); empty for the options object itself. */
  path: string;
  /** What is wrong and what is allowed. */
  message: string;
}

/**
 * Thrown when the options passed to {@link attributeQuotes},
 * {@link findQuotes} or {@link renderHtml} are not a plain object, name an
 * unknown option, or give an option a value it does not allow. Thrown at
 * once, before the text is read. The message names every bad option and
 * what it allows; `issues` has them one by one.
 *
 * @example
 * ```ts
 * import { attributeQuotes, isInvalidOptionsError } from 'quote-attribution';
 *
 * try {
 *   attributeQuotes('“Hi,” she said.', { singleQuote: false, nested: 1 } as never);
 * } catch (error) {
 *   if (!isInvalidOptionsError(error)) throw error;
 *   error.issues;
 *   // [{ path: 'nested', message: 'expected boolean, received number' },
 *   //  { path: 'singleQuote', message: 'is not a known option (known: singleQuotes, skipMarkup, paragraphs, nested)' }]
 *   error.message;
 *   // 'Invalid quote-attribution options: option "nested": expected boolean, received number; option "singleQuote": is not a known option (known: singleQuotes, skipMarkup, paragraphs, nested).'
 * }
 * ```
 */
export class InvalidOptionsError extends QuoteAttributionError {
  /** Always `'InvalidOptionsError'`. */
  override name = 'InvalidOptionsError' as const;
  /** Every problem found, one per bad option (never empty when the library throws it). */
  readonly issues: readonly OptionIssue[];

  /**
   * Builds the error and its message from the problems found. The library
   * constructs it; there is little reason to do so yourself.
   *
   * @param issues - The problems found; the message is built from them.
   * @example
   * ```ts
   * import { InvalidOptionsError } from 'quote-attribution';
   *
   * new InvalidOptionsError([{ path: 'nested', message: 'expected boolean, received number' }]).message;
   * // 'Invalid quote-attribution options: option "nested": expected boolean, received number.'
   * ```
   */
  constructor(issues: readonly OptionIssue[]) {
    super(
      `Invalid quote-attribution options: ${issues
        .map((i) => (i.path ? `option "${i.path}": ${i.message}` : i.message))
        .join('; ')}.`,
    );
    this.issues = issues;
  }
}

function hasName(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

/** Runs a check that reads properties of a caught value; a value whose getters or proxy traps throw is not ours. */
function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

/**
 * True for any error thrown by this library, including one from another realm
 * or another copy of the package (it checks the brand and the `name`, not only
 * `instanceof`). Never throws, whatever it is given (a revoked proxy, a
 * throwing getter). The `TypeError` for a `text` that is not a string is not
 * one of the library's errors.
 *
 * @param error - Anything caught.
 * @returns Whether it is a {@link QuoteAttributionError} (an
 *   {@link InvalidOptionsError} included).
 * @example
 * ```ts
 * import { attributeQuotes, isQuoteAttributionError } from 'quote-attribution';
 *
 * try {
 *   attributeQuotes('“Hi,” she said.', { nested: 'yes' } as never);
 * } catch (error) {
 *   isQuoteAttributionError(error); // true
 * }
 * isQuoteAttributionError(new TypeError('text must be a string')); // false
 * isQuoteAttributionError({ name: 'InvalidOptionsError', message: 'sent from a worker' }); // true
 * isQuoteAttributionError(null); // false
 * ```
 */
export function isQuoteAttributionError(error: unknown): error is QuoteAttributionError {
  return safely(() => {
    if (error instanceof QuoteAttributionError) return true;
    if (typeof error !== 'object' || error === null) return false;
    if ((error as { isQuoteAttributionError?: unknown }).isQuoteAttributionError === true) return true;
    return hasName(error, 'QuoteAttributionError') || hasName(error, 'InvalidOptionsError');
  });
}

/**
 * True for an {@link InvalidOptionsError}, also one from another realm or
 * another copy of the package (it checks the `name`, not only `instanceof`).
 * Never throws, whatever it is given.
 *
 * @param error - Anything caught.
 * @returns Whether it is an {@link InvalidOptionsError}, so that its
 *   `issues` can be read.
 * @example
 * ```ts
 * import { findQuotes, isInvalidOptionsError, QuoteAttributionError } from 'quote-attribution';
 *
 * try {
 *   findQuotes('“Hi,” she said.', { paragraphs: 'pages' } as never);
 * } catch (error) {
 *   isInvalidOptionsError(error); // true
 * }
 * isInvalidOptionsError(new QuoteAttributionError('another error of the library')); // false
 * isInvalidOptionsError(new RangeError('not ours')); // false
 * ```
 */
export function isInvalidOptionsError(error: unknown): error is InvalidOptionsError {
  return safely(() => error instanceof InvalidOptionsError || hasName(error, 'InvalidOptionsError'));
}
