/**
 * The one argument check shared by the entry points.
 * @internal
 * @module
 */

/**
 * Throws a `TypeError` unless `text` is a string.
 * @internal
 */
export function requireText(text: unknown, fn: string): asserts text is string {
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
    throw new TypeError(`${fn}: text must be a string, received ${got}.`);
  }
}
