/**
 * The project's own hand-annotated corpus (test/fixtures, see its README):
 * detection and speaker accuracy must not fall below these floors. The
 * figures are printed so a change that moves them shows in the test log.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { attributeQuotes } from '../src/index.js';
import { score, type GoldArticle } from './helpers/score.js';

const dir = fileURLToPath(new URL('./fixtures/gold/', import.meta.url));
const articles: GoldArticle[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as GoldArticle);

/** Floors: raise them when the figures rise; never lower them to make a change pass. */
const FLOORS = { detectionPrecision: 0.99, detectionRecall: 0.99, speakerPrecision: 0.965, speakerRecall: 0.96, speakerF1: 0.965 };

describe('hand-annotated corpus', () => {
  const results = articles.map((gold) => ({ gold, result: attributeQuotes(gold.text) }));
  const s = score(results);
  const pct = (x: number): string => (100 * x).toFixed(1);

  test('has at least 30 articles and 400 quotes', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(articles.reduce((n, a) => n + a.quotes.length, 0)).toBeGreaterThanOrEqual(400);
  });

  test(`finds the quoted spans (P ${pct(s.detection.precision)}%, R ${pct(s.detection.recall)}%)`, () => {
    expect(s.detection.precision).toBeGreaterThanOrEqual(FLOORS.detectionPrecision);
    expect(s.detection.recall).toBeGreaterThanOrEqual(FLOORS.detectionRecall);
  });

  test(`names the speakers (P ${pct(s.speaker.precision)}%, R ${pct(s.speaker.recall)}%, F1 ${pct(s.speaker.f1)}%)`, () => {
    expect(s.speaker.precision, s.misses.join('\n')).toBeGreaterThanOrEqual(FLOORS.speakerPrecision);
    expect(s.speaker.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(FLOORS.speakerRecall);
    expect(s.speaker.f1).toBeGreaterThanOrEqual(FLOORS.speakerF1);
  });

  test('the gold files are built from the annotated sources (scripts/build-fixtures.mjs --check)', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    expect(() => execFileSync(process.execPath, ['scripts/build-fixtures.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });

  test('every quote’s text is the input slice, and the gold files agree with their sources', () => {
    for (const { gold, result } of results) {
      for (const q of result.quotes) expect(gold.text.slice(q.start, q.end)).toBe(q.text);
      for (const q of gold.quotes) expect(gold.text.slice(q.start, q.end)).toBe(q.text);
    }
  });
});
