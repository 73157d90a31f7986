import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SharedStrings } from '../src/text/shared-strings.js';

describe('shared span strings', () => {
  it('gives the same string object for the same characters, and the right characters always', () => {
    const text = 'Reyes said it. Okafor said no. Reyes said so. “said” Said SAID';
    const strings = new SharedStrings(text);
    const at = (word: string, from = 0): [number, number] => {
      const i = text.indexOf(word, from);
      return [i, i + word.length];
    };
    const first = strings.slice(...at('said'));
    const second = strings.slice(...at('said', 12));
    expect(second).toBe('said');
    expect(second).toBe(first);
    // case matters: `Said` is not `said`
    expect(strings.slice(...at('Said'))).toBe('Said');
    expect(strings.slice(...at('SAID'))).toBe('SAID');
    expect(strings.slice(...at('Reyes', 5))).toBe('Reyes');
  });

  it('is text.slice for any spans in any order (collisions cost a copy, never a wrong string)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'A', ' ', '’', '\u{1F600}'), maxLength: 200 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 })), { maxLength: 300 }),
        (text, spans) => {
          const strings = new SharedStrings(text);
          for (const [from, length] of spans) {
            const start = text.length === 0 ? 0 : from % text.length;
            const end = Math.min(text.length, start + length);
            expect(strings.slice(start, end)).toBe(text.slice(start, end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
