/**
 * Loads the BUILT package by its own name (self-reference through `exports`),
 * once with `import` and once with `require`, in a plain Node process, and
 * pins the public surface. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

const PUBLIC_API = [
  'AttributionRuleSchema',
  'AttributionSchema',
  'InvalidOptionsError',
  'QuoteAttributionError',
  'QuoteSchema',
  'QuoteSpanSchema',
  'SpanSchema',
  'SpeakerSchema',
  'WarningSchema',
  'attributeQuotes',
  'findQuotes',
  'isInvalidOptionsError',
  'isQuoteAttributionError',
  'renderHtml',
];

const PROBE = `
const keys = Object.keys(m).sort();
const r = m.attributeQuotes('“We will not reopen the pier this year,” Reyes said.');
const parsed = m.AttributionSchema.safeParse(r);
let error = null;
try { m.attributeQuotes('x', { nope: 1 }); } catch (e) { error = [e.name, m.isInvalidOptionsError(e), e instanceof m.QuoteAttributionError]; }
console.log(JSON.stringify({ keys, quote: r.quotes[0].text, valid: parsed.success, error, spans: m.findQuotes('a “b” c').length }));
`;

function run(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
}

describe('the built package', () => {
  test('has been built', () => {
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) expect(existsSync(`${root}/${f}`), f).toBe(true);
  });

  const expected = {
    keys: PUBLIC_API,
    quote: 'We will not reopen the pier this year,',
    valid: true,
    error: ['InvalidOptionsError', true, true],
    spans: 1,
  };

  test('import by name (ESM) exposes exactly the public API and works', () => {
    expect(run(['--input-type=module', '-e', `import * as m from 'quote-attribution';${PROBE}`])).toEqual(expected);
  });

  test('require by name (CJS) exposes exactly the public API and works', () => {
    expect(run(['-e', `const m = require('quote-attribution');${PROBE}`])).toEqual(expected);
  });

  test('has no default export', () => {
    expect(run(['--input-type=module', '-e', `import * as m from 'quote-attribution'; console.log(JSON.stringify('default' in m))`])).toBe(false);
  });
});
