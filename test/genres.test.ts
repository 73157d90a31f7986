/**
 * Layouts from news outside politics (business, sport, courts, science, local
 * news, international wires, obituaries, reviews, bullets, transcripts, press
 * releases, Q&As, British, Irish, Indian, Australian, Canadian and South
 * African house styles): 449 short snippets written for the project
 * (test/fixtures/genres.json, invented names), each with the source a source-counting reader would credit, or
 * `null` when nobody is quoted. PolNeAR, the accuracy benchmark, is US
 * election news only; this table is how the rest of the news is checked.
 * The speaker must be right for at least the floor; the misses are printed
 * so that a change that moves them shows in the test log.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { attributeQuotes } from '../src/index.js';

interface Snippet {
  genre: string;
  text: string;
  /** The first words of the quote (after any opening mark), or `__none__`: no quote of the text may have a speaker. */
  quote: string;
  speaker: string | null;
}

const snippets = JSON.parse(readFileSync(new URL('./fixtures/genres.json', import.meta.url), 'utf8')) as Snippet[];

/** Floor for the share of snippets whose speaker is right: raise it when the figure rises; never lower it to make a change pass. */
const FLOOR = 0.9;

/** A name as compared: lower case, without a leading article, straight apostrophes, no final period. */
function norm(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:the|a|an) /u, '')
    .replace(/[’']/gu, "'")
    .replace(/\.$/u, '')
    .trim();
}

/** Does `got` name the source `want`? The same name, or one that holds the other as whole words (Reyes / Dana Reyes, the bank / Halvorsen Bank's spokesman). */
function names(want: string | null, got: string | null): boolean {
  if (want === null || got === null) return want === got;
  const w = norm(want);
  const g = norm(got);
  return w === g || g.endsWith(` ${w}`) || w.endsWith(` ${g}`) || g.includes(w);
}

/** Why `s` is not right, or null when it is. */
function miss(s: Snippet): string | null {
  const { quotes } = attributeQuotes(s.text);
  if (s.quote === '__none__') {
    const named = quotes.filter((q) => q.speaker !== null);
    return named.length === 0 ? null : `no speaker expected, got ${named.map((q) => q.speaker).join(', ')}`;
  }
  const q = quotes.find((x) => x.text.replace(/^[\s"“‘']+/u, '').startsWith(s.quote));
  if (q === undefined) return `quote not found: ${s.quote}`;
  return names(s.speaker, q.speaker) ? null : `want ${JSON.stringify(s.speaker)}, got ${JSON.stringify(q.speaker)} (mention ${JSON.stringify(q.mention?.text ?? null)}, rule ${q.rule})`;
}

describe('news outside politics', () => {
  const misses = snippets.map((s) => ({ s, why: miss(s) })).filter((m) => m.why !== null);
  const right = 1 - misses.length / snippets.length;

  test('has at least 400 snippets in at least 20 genres', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(400);
    expect(new Set(snippets.map((s) => s.genre)).size).toBeGreaterThanOrEqual(20);
  });

  test(`names the right source for ${(100 * right).toFixed(1)}% of the snippets (${misses.length} misses)`, () => {
    expect(right, misses.map((m) => `[${m.s.genre}] ${m.s.text}\n    ${m.why}`).join('\n')).toBeGreaterThanOrEqual(FLOOR);
  });

  test('the matching of names is neither too loose nor too strict', () => {
    expect(names('Reyes', 'Dana Reyes')).toBe(true);
    expect(names('the bank', 'Halvorsen Bank')).toBe(true);
    expect(names('Dana Reyes', 'Sam Okafor')).toBe(false);
    expect(names('Reyes', null)).toBe(false);
    expect(names(null, null)).toBe(true);
  });
});
