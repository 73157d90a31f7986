/**
 * Issue 7: bad arguments throw at once with a clear message; odd text never
 * throws. TypeError for a non-string text, InvalidOptionsError for bad
 * options, guards that work across realms.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import {
  InvalidOptionsError,
  QuoteAttributionError,
  attributeQuotes,
  findQuotes,
  isInvalidOptionsError,
  isQuoteAttributionError,
  type AttributeOptions,
} from '../src/index.js';

/** The error `fn` throws (fails the test when it does not throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

const ENTRY_POINTS = [
  ['attributeQuotes', (text: unknown, options?: unknown) => attributeQuotes(text as string, options as AttributeOptions)],
  ['findQuotes', (text: unknown, options?: unknown) => findQuotes(text as string, options as AttributeOptions)],
] as const;

describe('a text that is not a string: TypeError', () => {
  const cases: [string, unknown, string][] = [
    ['a number', 42, 'number'],
    ['NaN', Number.NaN, 'number'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an object', { text: 'hi' }, 'object'],
    ['an array', ['“Hi,” she said.'], 'an array'],
    ['a Buffer', Buffer.from('“Hi,” she said.'), 'object'],
    ['a String object', new String('“Hi,” she said.'), 'object'],
    ['a symbol', Symbol('text'), 'symbol'],
    ['a bigint', 10n, 'bigint'],
    ['a function', () => 'text', 'function'],
    ['a boolean', true, 'boolean'],
  ];
  for (const [fnName, fn] of ENTRY_POINTS) {
    for (const [what, value, received] of cases) {
      test(`${fnName}(${what})`, () => {
        const error = thrown(() => fn(value));
        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toBe(`${fnName}: text must be a string, received ${received}.`);
        expect(isQuoteAttributionError(error)).toBe(false);
      });
    }
  }
  test('the text is checked before the options', () => {
    expect(thrown(() => attributeQuotes(1 as never, { bogus: true } as never))).toBeInstanceOf(TypeError);
  });
});

describe('invalid options: InvalidOptionsError naming the option and what is allowed', () => {
  const known = 'known: singleQuotes, skipMarkup, paragraphs, nested';
  const cases: [string, unknown, { path: string; message: string }[]][] = [
    ['an unknown option', { nestedQuotes: true }, [{ path: 'nestedQuotes', message: `is not a known option (${known})` }]],
    ['a misspelt option', { singleQuote: false }, [{ path: 'singleQuote', message: `is not a known option (${known})` }]],
    ['a boolean given a string', { singleQuotes: 'yes' }, [{ path: 'singleQuotes', message: 'expected boolean, received string' }]],
    ['a boolean given null', { nested: null }, [{ path: 'nested', message: 'expected boolean, received null' }]],
    ['a boolean given 1', { skipMarkup: 1 }, [{ path: 'skipMarkup', message: 'expected boolean, received number' }]],
    ['an enum given another word', { paragraphs: 'pages' }, [{ path: 'paragraphs', message: 'expected one of "line" | "blank-line", received "pages"' }]],
    ['an enum given a number', { paragraphs: 2 }, [{ path: 'paragraphs', message: 'expected one of "line" | "blank-line", received 2' }]],
    [
      'two problems at once',
      { paragraphs: 'Line', colour: 'red' },
      [
        { path: 'colour', message: `is not a known option (${known})` },
        { path: 'paragraphs', message: 'expected one of "line" | "blank-line", received "Line"' },
      ],
    ],
  ];
  for (const [what, options, issues] of cases) {
    test(what, () => {
      const error = thrown(() => attributeQuotes('“Hi,” she said.', options as never));
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect(error).toBeInstanceOf(QuoteAttributionError);
      expect(error).toBeInstanceOf(Error);
      const e = error as InvalidOptionsError;
      expect(e.name).toBe('InvalidOptionsError');
      expect([...e.issues].sort((a, b) => a.path.localeCompare(b.path))).toEqual(issues);
      for (const issue of issues) {
        expect(e.message).toContain(`option "${issue.path}"`);
        expect(e.message).toContain(issue.message);
      }
      expect(e.message.startsWith('Invalid quote-attribution options: ')).toBe(true);
      expect(e.stack?.startsWith('InvalidOptionsError: Invalid quote-attribution options')).toBe(true);
      expect(isInvalidOptionsError(e)).toBe(true);
      expect(isQuoteAttributionError(e)).toBe(true);
    });
  }

  test('findQuotes knows only its own options (nested belongs to attributeQuotes)', () => {
    const e = thrown(() => findQuotes('x', { nested: false } as never)) as InvalidOptionsError;
    expect(e).toBeInstanceOf(InvalidOptionsError);
    expect(e.issues).toEqual([{ path: 'nested', message: 'is not a known option (known: singleQuotes, skipMarkup, paragraphs)' }]);
  });

  const notObjects: [string, unknown, string][] = [
    ['null', null, 'null'],
    ['an array', [], 'array'],
    ['a string', 'line', 'string'],
    ['a number', 3, 'number'],
    ['a boolean', true, 'boolean'],
    ['a function', () => ({}), 'function'],
    ['a Map', new Map([['nested', false]]), 'Map'],
    ['a Date', new Date(0), 'Date'],
    ['a RegExp', /x/u, 'RegExp'],
  ];
  for (const [fnName, fn] of ENTRY_POINTS) {
    for (const [what, options, received] of notObjects) {
      test(`${fnName} with options that are ${what}`, () => {
        const e = thrown(() => fn('“Hi,” she said.', options)) as InvalidOptionsError;
        expect(e).toBeInstanceOf(InvalidOptionsError);
        expect(e.issues).toHaveLength(1);
        expect(e.issues[0]!.path).toBe('');
        expect(e.message).toContain(`options must be a plain object (or undefined), received ${received}`);
        expect(e.message).toContain('known options: singleQuotes, skipMarkup, paragraphs');
      });
    }
  }

  test('valid options, an empty object, undefined values and null-prototype objects are accepted', () => {
    const text = '“Hi,” she said.';
    expect(() => attributeQuotes(text, {})).not.toThrow();
    expect(() => attributeQuotes(text, undefined)).not.toThrow();
    expect(() => attributeQuotes(text, { singleQuotes: false, skipMarkup: false, paragraphs: 'blank-line', nested: false })).not.toThrow();
    expect(() => attributeQuotes(text, { nested: undefined } as unknown as AttributeOptions)).not.toThrow();
    expect(() => attributeQuotes(text, Object.assign(Object.create(null) as object, { nested: false }))).not.toThrow();
    expect(() => attributeQuotes(text, Object.freeze({ paragraphs: 'line' as const }))).not.toThrow();
    expect(() => findQuotes(text, { paragraphs: 'blank-line' })).not.toThrow();
  });

  test('options from another realm are accepted', () => {
    const options = runInNewContext('({ singleQuotes: false, paragraphs: "blank-line" })') as AttributeOptions;
    expect(() => attributeQuotes('“Hi,” she said.', options)).not.toThrow();
  });
});

describe('isQuoteAttributionError and isInvalidOptionsError', () => {
  test('true for the library’s own errors', () => {
    const e = new InvalidOptionsError([{ path: 'x', message: 'is not a known option' }]);
    expect(isQuoteAttributionError(e)).toBe(true);
    expect(isInvalidOptionsError(e)).toBe(true);
    const base = new QuoteAttributionError('something');
    expect(isQuoteAttributionError(base)).toBe(true);
    expect(isInvalidOptionsError(base)).toBe(false);
    expect(base.name).toBe('QuoteAttributionError');
    expect(base.isQuoteAttributionError).toBe(true);
  });

  test('true for errors from another realm (a node:vm context), by name and brand', () => {
    const foreign = runInNewContext(`
      class QuoteAttributionError extends Error { name = 'QuoteAttributionError'; isQuoteAttributionError = true; }
      class InvalidOptionsError extends QuoteAttributionError { name = 'InvalidOptionsError'; issues = []; }
      ({ base: new QuoteAttributionError('x'), invalid: new InvalidOptionsError('y'), branded: Object.assign(new Error('z'), { isQuoteAttributionError: true }) });
    `) as Record<'base' | 'invalid' | 'branded', unknown>;
    expect(foreign.invalid instanceof Error).toBe(false); // a different realm's Error
    expect(isQuoteAttributionError(foreign.base)).toBe(true);
    expect(isQuoteAttributionError(foreign.invalid)).toBe(true);
    expect(isInvalidOptionsError(foreign.invalid)).toBe(true);
    expect(isInvalidOptionsError(foreign.base)).toBe(false);
    expect(isQuoteAttributionError(foreign.branded)).toBe(true);
    expect(isInvalidOptionsError(foreign.branded)).toBe(false);
  });

  test('true for a plain object with the name (errors serialised across a worker boundary)', () => {
    expect(isQuoteAttributionError({ name: 'InvalidOptionsError', message: 'm' })).toBe(true);
    expect(isInvalidOptionsError({ name: 'InvalidOptionsError', message: 'm' })).toBe(true);
    expect(isQuoteAttributionError({ name: 'QuoteAttributionError' })).toBe(true);
    // structuredClone / postMessage keep only standard error names: send `{ name, message, issues }` instead
    const e = new InvalidOptionsError([]);
    expect(isInvalidOptionsError(JSON.parse(JSON.stringify({ name: e.name, message: e.message, issues: e.issues })))).toBe(true);
  });

  test('false for everything else, and never throws', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = {
      get name(): string {
        throw new Error('getter');
      },
    };
    const others: unknown[] = [
      undefined,
      null,
      0,
      'InvalidOptionsError',
      Symbol('InvalidOptionsError'),
      {},
      [],
      Object.create(null),
      new Error('x'),
      new TypeError('attributeQuotes: text must be a string, received number.'),
      { name: 'TypeError' },
      { isQuoteAttributionError: 'yes' },
      runInNewContext('new Error("x")'),
      revoked.proxy,
      throwing,
    ];
    for (const value of others) {
      expect(isQuoteAttributionError(value)).toBe(false);
      expect(isInvalidOptionsError(value)).toBe(false);
    }
  });
});

describe('empty and trivial text never throws', () => {
  test('an empty string gives an empty result', () => {
    expect(attributeQuotes('')).toEqual({ quotes: [], speakers: [], warnings: [] });
    expect(findQuotes('')).toEqual([]);
    expect(attributeQuotes('', { nested: false, paragraphs: 'blank-line' })).toEqual({ quotes: [], speakers: [], warnings: [] });
  });
  test('blank text and a lone mark', () => {
    for (const text of [' ', '\n', '\r\n', '\u2028', '\uFEFF', '\u200B', '\t \n ']) expect(attributeQuotes(text)).toEqual({ quotes: [], speakers: [], warnings: [] });
    for (const mark of ['"', '“', '”', '«', "''", '``', '&quot;']) {
      const { quotes, warnings } = attributeQuotes(mark);
      expect(quotes).toEqual([]);
      expect(warnings.map((w) => [w.code, w.start, w.end])).toEqual([[expect.stringMatching(/^unmatched-/u), 0, mark.length]]);
    }
  });
});
