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
 * {@link isQuoteAttributionError}, which also checks the `name`.
 *
 * @example
 * ```ts
 * try {
 *   attributeQuotes(text, { paragraphs: 'pages' } as never);
 * } catch (error) {
 *   if (error instanceof QuoteAttributionError) console.error(error.message);
 * }
 * ```
 */
export class QuoteAttributionError extends Error {
  override name: string = 'QuoteAttributionError';
  /** Always `true`: a structural brand that survives realms and bundling. */
  readonly isQuoteAttributionError = true as const;
}

/**
 * One problem with an option: where it is and what was expected.
 *
 * @example
 * ```ts
 * const issue: OptionIssue = { path: 'paragraphs', message: 'expected one of "line" | "blank-line"' };
 * ```
 */
export interface OptionIssue {
  /** The option's name (dotted for nested options); empty for the options object itself. */
  path: string;
  /** What is wrong and what is allowed. */
  message: string;
}

/**
 * Thrown when the options passed to {@link attributeQuotes} or
 * {@link findQuotes} are not an object, name an unknown option, or give an
 * option a value it does not allow. The message names every bad option and
 * what it allows; `issues` has them one by one.
 *
 * @example
 * ```ts
 * try {
 *   findQuotes('“Hi,” she said.', { singleQuotes: 'yes' } as never);
 * } catch (error) {
 *   if (isInvalidOptionsError(error)) {
 *     error.issues; // [{ path: 'singleQuotes', message: 'expected boolean, received string' }]
 *   }
 * }
 * ```
 */
export class InvalidOptionsError extends QuoteAttributionError {
  override name = 'InvalidOptionsError' as const;
  /** Every problem found, in the order of the options. */
  readonly issues: readonly OptionIssue[];

  /**
   * @param issues - The problems found; the message is built from them.
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
 * throwing getter).
 *
 * @param error - Anything caught.
 * @returns Whether it is a {@link QuoteAttributionError}.
 * @example
 * ```ts
 * try { attributeQuotes(text, options); }
 * catch (error) { if (isQuoteAttributionError(error)) report(error.message); else throw error; }
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
 * True for an {@link InvalidOptionsError}, also across realms.
 *
 * @param error - Anything caught.
 * @returns Whether it is an {@link InvalidOptionsError}.
 * @example
 * ```ts
 * try { findQuotes(text, { paragraphs: 'pages' } as never); }
 * catch (error) { if (isInvalidOptionsError(error)) console.error(error.issues); }
 * ```
 */
export function isInvalidOptionsError(error: unknown): error is InvalidOptionsError {
  return safely(() => error instanceof InvalidOptionsError || hasName(error, 'InvalidOptionsError'));
}
