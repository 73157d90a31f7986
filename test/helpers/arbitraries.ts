/**
 * fast-check arbitraries for article-like text: quotation marks of every
 * kind, names, cue words, punctuation, odd spaces, line breaks of every kind,
 * emoji and lone surrogates, HTML entities and markup; and mutations of the
 * fixture articles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fc } from '@fast-check/vitest';
import type { AttributeOptions } from '../../src/index.js';

/** Runs per property: `FC_RUNS=2000 npx vitest run test/properties.test.ts` for a longer search. */
export function runs(base: number): number {
  const env = Number(process.env['FC_RUNS']);
  return Number.isFinite(env) && env > 0 ? env : base;
}

/** Per-test timeout: generous by default, unbounded in practice when FC_RUNS asks for a long search. */
export const TIMEOUT = process.env['FC_RUNS'] ? 3_600_000 : 30_000;

export const QUOTE_MARKS = ['"', '\u201C', '\u201D', "'", '\u2018', '\u2019', '\u00AB', '\u00BB', '\u201E', '\u2039', '\u203A', '``', "''", '\u201A', '\u201B', '\u201F', '\uFF02', '\u300C', '\u300D', '\u300E', '\u300F', '`', '\u2033', '\u301D', '\u301E'] as const;
export const ENTITIES = ['&quot;', '&#8220;', '&#8221;', '&ldquo;', '&rdquo;', '&#x201C;', '&#x201d;', '&lsquo;', '&rsquo;', '&apos;', '&#39;', '&QUOT;', '&laquo;', '&raquo;', '&amp;', '&#8220', '&#', '&#x;', '&#\n8220;', '&# 8220;', '&#8220x;'] as const;
export const NAMES = ['Dana Reyes', 'Reyes', 'O’Brien', "O'Neill", 'Mr. Tully', 'Sen. Mark Tully', 'Nguyễn Thị Mai', 'she', 'he', 'they', 'the mayor', 'a spokeswoman', 'officials', 'the Joneses’', "Chris'", 'Port Authority director Dana Reyes', 'the State Department'] as const;
export const CUES = ['said', 'says', 'told reporters', 'according to', 'added', 'asked', 'said in a statement', 'wrote', 'told', 'insisted', 'called it'] as const;
export const PUNCTUATION = ['.', ',', ':', ';', '!', '?', '\u2014', '-', '(', ')', '\u2026', '<', '>', '&', '/', '*', '[', ']'] as const;
export const SPACES = [' ', ' ', ' ', '  ', '\t', '\u00A0', '\u2009', '\u200B', '\u202F', '\uFEFF', '\u3000'] as const;
export const BREAKS = ['\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\r\n\r\n', '\n \n'] as const;
export const EMOJI = ['\u{1F98A}', '\u{1F44D}\u{1F3FD}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F1FA}\u{1F1F8}', '\uD83D', '\uDE00', 'e\u0301', '\u{1D400}', '\u{20BB7}'] as const;
export const ELISIONS = ["'tis", '\u201980s', "rock 'n' roll", 'rock \u2019n\u2019 roll', "don't", '\u2019em', "'08", 'nothin\u2019', 'students\u2019'] as const;
export const MARKUP = ['<a href="x">', '</a>', '<tweet id="1">', '<!-- "x" -->', '<br/>', '<p class=\u201Cx\u201D>', '< "', '<b'] as const;
export const WORDS = ['the', 'pier', 'We', 'will', 'not', 'reopen', 'It', 'is', 'over', 'never', 'again', 'rules-based', 'order', 'a', 'farce', '12', '6\'3"', '1990s', 'U.S.', 'Ltd'] as const;

const pick = <T extends string>(xs: readonly T[]): fc.Arbitrary<string> => fc.constantFrom(...xs);
const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéßø'), minLength: 1, maxLength: 8 });

/** One piece of article-like text, weighted towards marks and words. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(QUOTE_MARKS), weight: 6 },
  { arbitrary: letters, weight: 3 },
  { arbitrary: pick(WORDS), weight: 3 },
  { arbitrary: pick(NAMES), weight: 2 },
  { arbitrary: pick(CUES), weight: 2 },
  { arbitrary: pick(PUNCTUATION), weight: 3 },
  { arbitrary: pick(SPACES), weight: 5 },
  { arbitrary: pick(BREAKS), weight: 1 },
  { arbitrary: pick(EMOJI), weight: 1 },
  { arbitrary: pick(ENTITIES), weight: 1 },
  { arbitrary: pick(ELISIONS), weight: 1 },
  { arbitrary: pick(MARKUP), weight: 1 },
);

/** Strings built from {@link piece}s. */
export const articleLike: fc.Arbitrary<string> = fc.array(piece, { maxLength: 80 }).map((xs) => xs.join(''));

/** Opening and closing marks that belong together, as copy desks write them. */
export const PAIRS: readonly (readonly [string, string])[] = [
  ['\u201C', '\u201D'],
  ['"', '"'],
  ['\u2018', '\u2019'],
  ["'", "'"],
  ['\u00AB', '\u00BB'],
  ['\u00AB ', ' \u00BB'],
  ['\u00BB', '\u00AB'],
  ['\u201E', '\u201C'],
  ['\u201E', '\u201D'],
  ['``', "''"],
  ["''", "''"],
  ['\u300C', '\u300D'],
  ['&quot;', '&quot;'],
  ['&#8220;', '&#8221;'],
  ['&ldquo;', '&rdquo;'],
  ['\u2039', '\u203A'],
];

/** A pair of marks: mostly matching, sometimes any two marks. */
const markPair: fc.Arbitrary<readonly [string, string]> = fc.oneof(
  { arbitrary: fc.constantFrom(...PAIRS), weight: 3 },
  { arbitrary: fc.tuple(pick(QUOTE_MARKS), pick(QUOTE_MARKS)), weight: 1 },
);

/** Quoted words, sometimes with a quote nested inside. */
const quotedWords: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof(pick(WORDS), letters, pick(EMOJI), pick(ELISIONS)), { minLength: 1, maxLength: 6 }),
    fc.option(fc.tuple(markPair, fc.array(fc.oneof(pick(WORDS), letters), { minLength: 1, maxLength: 3 }), fc.nat()), { freq: 3 }),
  )
  .map(([words, inner]) => {
    if (inner === null) return words.join(' ');
    const [[open, close], innerWords, at] = inner;
    const out = [...words];
    out.splice(at % (out.length + 1), 0, `${open}${innerWords.join(' ')}${close}`);
    return out.join(' ');
  });

/** A sentence shaped like news copy, with marks that mostly match. */
export const quoteSentence: fc.Arbitrary<string> = fc
  .tuple(
    markPair,
    quotedWords,
    fc.constantFrom(',', '.', '?', '!', ''),
    fc.constantFrom(' ', '', '\u00A0'),
    pick(NAMES),
    pick(CUES),
    fc.boolean(),
  )
  .map(([[open, close], words, punct, space, name, cue, cueFirst]) =>
    cueFirst ? `${name} ${cue}: ${open}${words}${punct}${close}` : `${open}${words}${punct}${close}${space}${name} ${cue}.`,
  );

/** Several sentences and paragraphs of {@link quoteSentence}s and {@link piece}s. */
export const quoteArticle: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: quoteSentence, weight: 3 }, { arbitrary: piece, weight: 2 }, { arbitrary: pick(BREAKS), weight: 1 }), { maxLength: 25 })
  .map((xs) => xs.join(' '));

/** Strings of arbitrary UTF-16 code units, lone surrogates included. */
export const utf16: fc.Arbitrary<string> = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 });

/** Any valid options object. */
export const optionsArb: fc.Arbitrary<AttributeOptions> = fc.record(
  {
    singleQuotes: fc.boolean(),
    skipMarkup: fc.boolean(),
    paragraphs: fc.constantFrom('line' as const, 'blank-line' as const),
    nested: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** The `text` of every fixture article in test/fixtures/gold. */
export function fixtureTexts(): string[] {
  const dir = new URL('../fixtures/gold/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { text: string }).text);
}

const FLIP: Record<string, string> = {
  '\u201C': '\u201D',
  '\u201D': '\u201C',
  '\u2018': '\u2019',
  '\u2019': '\u2018',
  '\u00AB': '\u00BB',
  '\u00BB': '\u00AB',
  '"': "'",
  "'": '"',
  '\u201E': '\u201C',
  '\u2039': '\u203A',
  '\u203A': '\u2039',
};
const MARK_CHARS = new Set([...QUOTE_MARKS.filter((m) => m.length === 1), ...Object.keys(FLIP)]);

/** One edit to an article: insert a mark, delete a mark, flip a mark the wrong way, or replace it with another. */
export type Mutation =
  | { kind: 'insert'; at: number; mark: string }
  | { kind: 'delete'; at: number }
  | { kind: 'flip'; at: number }
  | { kind: 'replace'; at: number; mark: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), mark: fc.oneof(pick(QUOTE_MARKS), pick(ENTITIES), pick(BREAKS)) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), mark: pick(QUOTE_MARKS) }),
);

/** Applies the mutations in order. Deletes, flips and replaces pick the (at mod n)-th quotation mark. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    if (m.kind === 'insert') {
      const at = m.at % (t.length + 1);
      t = t.slice(0, at) + m.mark + t.slice(at);
      continue;
    }
    const positions: number[] = [];
    for (let i = 0; i < t.length; i++) if (MARK_CHARS.has(t[i]!)) positions.push(i);
    if (positions.length === 0) continue;
    const at = positions[m.at % positions.length]!;
    const ch = t[at]!;
    const by = m.kind === 'delete' ? '' : m.kind === 'flip' ? (FLIP[ch] ?? ch) : m.mark;
    t = t.slice(0, at) + by + t.slice(at + 1);
  }
  return t;
}
