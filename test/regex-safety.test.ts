/**
 * Issue 7: every regular expression is linear-time on hostile input.
 *
 * The patterns are collected from src/ by parsing the source (so a new regex
 * is covered the day it is written) and each is fed its worst cases: 100 KB of
 * each character it mentions and of letters, spaces, quotes, punctuation,
 * accents and emoji, repeated, with and without a tail that makes it fail,
 * pairs, and a mix. Each runs both as written (`exec`) and as a global
 * pattern over the whole input (`replace`), which tries every start position.
 * Runs happen in a `node:vm` context with a timeout, so a catastrophic pattern
 * fails the test instead of hanging it.
 *
 * The static side of the same promise is eslint-plugin-regexp's
 * `no-super-linear-move` / `no-super-linear-backtracking` in `npm run lint`.
 */
import { createContext, Script } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { findPatterns, hostileInputs, likedChars } from './helpers/regex-literals.js';

const BIG = 100_000;
const SMALL = 10_000;
/** Longest a single run may take on 100 KB. Linear patterns take a few milliseconds. */
const BUDGET_MS = 50;
/** Largest allowed growth from 10 KB to 100 KB (linear: about 10; quadratic: about 100). */
const MAX_RATIO = 20;
/** Timings below this are noise; the ratio is taken against it. */
const FLOOR_MS = 0.5;
/** A run that takes longer is stopped and reported as super-linear (screening: a few times the budget). */
const HARD_TIMEOUT_MS = 2_000;
const SCREEN_TIMEOUT_MS = 4 * BUDGET_MS;

/**
 * Patterns known to be super-linear, keyed by `file source`, each with the
 * report entry. They are run as `test.fails` so that a fix shows up.
 */
const KNOWN_SUPERLINEAR: ReadonlyMap<string, string> = new Map([
  // issue-7 report: lexicon list cleanup, quadratic on a long run of spaces without a line break (lead's file)
  ['src/lexicon/places.ts \\s*\\n\\s*', 'report: src/lexicon/places.ts no-super-linear-move'],
]);

const context = createContext({ source: '', flags: '', input: '', mode: 'exec' });
const runner = new Script(`{
  const re = new RegExp(source, mode === 'all' && !flags.includes('g') ? flags + 'g' : flags);
  if (mode === 'all') input.replace(re, '');
  else re.exec(input);
}`);

/** Milliseconds one run takes (the fastest of `tries`), or Infinity when it hits the hard timeout. */
function time(source: string, flags: string, mode: 'exec' | 'all', input: string, tries: number, timeout = HARD_TIMEOUT_MS): number {
  Object.assign(context, { source, flags, mode, input });
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < tries; k++) {
    const t0 = performance.now();
    try {
      runner.runInContext(context, { timeout });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return Number.POSITIVE_INFINITY;
      throw error;
    }
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

interface Finding {
  input: string;
  mode: 'exec' | 'all';
  smallMs: number;
  bigMs: number;
}

/**
 * Feeds a pattern every hostile input at 100 KB once (stopping at the first
 * that blows the budget several times over); the slowest inputs, and any over
 * budget, are timed again, best of three, at 10 KB and 100 KB. Returns the
 * inputs that break the budget or the ratio.
 */
function worstCases(source: string, flags: string): { bad: Finding[] } {
  const screened: { input: string; mode: 'exec' | 'all'; make: (n: number) => string; ms: number }[] = [];
  screen: for (const { name, make } of hostileInputs(source)) {
    const big = make(BIG);
    for (const mode of ['exec', 'all'] as const) {
      const ms = time(source, flags, mode, big, 1, SCREEN_TIMEOUT_MS);
      if (ms === Number.POSITIVE_INFINITY) return { bad: [{ input: name, mode, smallMs: time(source, flags, mode, make(SMALL), 1, SCREEN_TIMEOUT_MS), bigMs: ms }] };
      screened.push({ input: name, mode, make, ms });
      if (ms > BUDGET_MS) break screen;
    }
  }
  screened.sort((a, b) => b.ms - a.ms);
  const check = screened.filter((s, k) => k < 3 || s.ms > BUDGET_MS / 2);
  const findings = check.map(({ input, mode, make }) => {
    const smallMs = time(source, flags, mode, make(SMALL), 3);
    const bigMs = smallMs === Number.POSITIVE_INFINITY ? smallMs : time(source, flags, mode, make(BIG), 3);
    return { input, mode, smallMs, bigMs };
  });
  const isBad = (f: Finding): boolean => !(f.bigMs < BUDGET_MS) || f.bigMs / Math.max(f.smallMs, FLOOR_MS) >= MAX_RATIO;
  // (a linear pattern is 10× slower on 10× the input: a busy machine can stretch one of its timings past 20×,
  // so a suspect is timed again, best of more tries, and must fail twice; a super-linear one fails by far)
  const bad = findings.filter(isBad).flatMap(({ input, mode }) => {
    const { make } = check.find((c) => c.input === input && c.mode === mode)!;
    const smallMs = time(source, flags, mode, make(SMALL), 7);
    const bigMs = smallMs === Number.POSITIVE_INFINITY ? smallMs : time(source, flags, mode, make(BIG), 7);
    const again = { input, mode, smallMs, bigMs };
    return isBad(again) ? [again] : [];
  });
  return { bad };
}

const { patterns, dynamic } = findPatterns();

describe('regular expressions in src/ are linear-time on hostile input', () => {
  test('the source scan finds the patterns (and no RegExp built from a variable)', () => {
    expect(patterns.length).toBeGreaterThan(5);
    expect(patterns.map((p) => p.where)).toContain('src/text/chars.ts:30');
    expect(dynamic, 'RegExp built at run time cannot be checked: use a literal').toEqual([]);
  });

  for (const p of patterns) {
    const key = `${p.file} ${p.source}`;
    const known = KNOWN_SUPERLINEAR.get(key);
    const run = known === undefined ? test : test.fails;
    run(`${p.where} /${p.source}/${p.flags}${known ? ` (known super-linear, ${known})` : ''}`, () => {
      const { bad } = worstCases(p.source, p.flags);
      expect(bad.map((f) => `${f.mode} on ${f.input}: 10 KB ${f.smallMs.toFixed(2)} ms, 100 KB ${f.bigMs.toFixed(2)} ms`)).toEqual([]);
    }, 60_000);
  }
});

describe('the harness itself', () => {
  test('it catches super-linear patterns (so a pass means something)', () => {
    // quadratic move: every start position scans the whole run of spaces
    expect(worstCases('\\s*\\n\\s*', 'g').bad.length).toBeGreaterThan(0);
    // quadratic backtracking: a run of a's with no b
    expect(worstCases('a*a*b', '').bad.length).toBeGreaterThan(0);
    // exponential: stopped by the timeout, not hung
    expect(worstCases('^(a|a)*$', '').bad.length).toBeGreaterThan(0);
  }, 60_000);
  test('and passes linear ones', () => {
    expect(worstCases('[\\p{L}\\p{M}]', 'u').bad).toEqual([]);
    expect(worstCases('^\\s+', 'u').bad).toEqual([]);
  }, 60_000);
  test('liked characters come from literals, escapes, classes and properties', () => {
    expect(likedChars('^(?:the|a)\\s+\\p{Lu}[.?!]\\u2019\\d')).toEqual(
      expect.arrayContaining(['t', 'h', 'e', 'a', ' ', '\u00A0', 'A', '\u00C9', '.', '?', '!', '\u2019', '1']),
    );
  });
});
