import { afterEach, describe, expect, it } from 'vitest';
import { scanQuotes } from '../src/scan/scan-quotes.js';
import { Flag, Kind, tokenize } from '../src/text/tokenize.js';
import { releaseScratch } from '../src/text/scratch.js';
import { hashWord } from '../src/text/word-hash.js';

/** The first token of each sentence the tokenizer finds in `text`. */
function sentenceStarts(text: string): string[] {
  const tokens = tokenize(text, scanQuotes(text).quotes);
  return Array.from(tokens.sentStart, (t) => text.slice(tokens.start[t]!, tokens.end[t]!));
}

afterEach(() => releaseScratch());

describe('sentences', () => {
  // Only . ? ! … (or a closing bracket after one) may end a sentence before a capitalised word, a number or a
  // quote; commas, colons, semicolons and dashes never do, and titles, initials and dotted acronyms keep their
  // sentence going.
  it.each([
    ['The pier closed. Reyes left early.', ['The', 'Reyes']],
    ['Is it over? Yes. It is over!', ['Is', 'Yes', 'It']],
    ['Prices rose 3.5 percent… Reyes blamed the port — Okafor did not.', ['Prices', 'Reyes']],
    ['The council voted (after a long debate.) Reyes abstained.', ['The', 'Reyes']],
    ['Reyes, Okafor and Diaz met on Monday.', ['Reyes']],
    ['The vote was close: Reyes won by 12 to 11; Okafor lost.', ['The']],
    ['The mayor’s aide, Sam Okafor, spoke. Then Reyes did.', ['The', 'Then']],
    ['Dr. Reyes said the pier would close.', ['Dr.']],
    ['U.S. officials met Harbour Authority staff.', ['U.S.']],
    ['It closed in Jan. 2024. Reyes said so. J. R. Okafor agreed.', ['It', 'Reyes', 'J.']],
    ['“We will not reopen the pier.” Reyes said so on Monday.', ['“We will not reopen the pier.”', 'Reyes']],
    // a question or exclamation in quotes followed by its attribution is one sentence with it
    ['“Will it reopen?” Okafor asked. Reyes did not answer.', ['“Will it reopen?”', 'Reyes']],
  ])('%s', (text, starts) => {
    expect(sentenceStarts(text)).toEqual(starts);
  });

  it('numbers every token with its sentence, in order', () => {
    const text = 'The pier closed. Reyes left, and Okafor stayed. “Why?” she asked. Nobody knew.';
    const tokens = tokenize(text, scanQuotes(text).quotes);
    for (let t = 1; t < tokens.count; t++) {
      const step = tokens.sent[t]! - tokens.sent[t - 1]!;
      expect(step === 0 || step === 1).toBe(true);
    }
    for (let s = 0; s < tokens.sentStart.length; s++) expect(tokens.sent[tokens.sentStart[s]!]).toBe(s);
    expect(tokens.sentStart.length).toBe(4);
  });
});

describe('words in capitals', () => {
  /** Each word of `text` and whether the tokenizer finds it in capitals (two letters or more, none lower-case). */
  function inCapitals(text: string): [string, boolean][] {
    const tokens = tokenize(text, scanQuotes(text).quotes);
    const out: [string, boolean][] = [];
    for (let t = 0; t < tokens.count; t++) {
      if (tokens.kind[t] !== Kind.Word) continue;
      out.push([text.slice(tokens.start[t]!, tokens.end[t]!), (tokens.flags[t]! & Flag.AllCaps) !== 0]);
    }
    return out;
  }

  // an acronym's possessive is still the acronym in capitals (one organisation with the bare CNN), while a name that
  // only starts with capitals, a capitalised word and an initial are not
  it.each([
    ['CNN’s anchor met NASA\'s chief and the FBI.', [['CNN’s', true], ['anchor', false], ['met', false], ['NASA\'s', true], ['chief', false], ['and', false], ['the', false], ['FBI', true]]],
    ['McDonald’s and Macy’s sued A. Reyes of the U.S. Navy.', [['McDonald’s', false], ['and', false], ['Macy’s', false], ['sued', false], ['A.', false], ['Reyes', false], ['of', false], ['the', false], ['U.S.', true], ['Navy', false]]],
  ] as [string, [string, boolean][]][])('%s', (text, words) => {
    expect(inCapitals(text)).toEqual(words);
  });
});

describe('words seen in lower case', () => {
  // a lower-case word counts by itself, a lower-case possessive by its word without ’s; capitalised words, numbers
  // and the words of a quote do not count
  const text = 'Harbour officials met. The harbour’s pier closed in 2024, and Reyes said “reopen soon”. Trump’s aide left.';
  const seen = ['officials', 'met', 'harbour', 'pier', 'closed', 'in', 'and', 'said', 'aide', 'left'];
  const unseen = ['harbour’s', 'the', 'reyes', '2024', 'reopen', 'soon', 'trump', 'trump’s', 'nowhere'];

  it('answers from the tokens, and the same once many questions have been asked', () => {
    const tokens = tokenize(text, scanQuotes(text).quotes);
    // (enough rounds to use up the scanning budget: the later ones are answered from a set)
    for (let round = 0; round < 40; round++) {
      for (const w of seen) expect(tokens.seenLower(hashWord(w)), w).toBe(true);
      for (const w of unseen) expect(tokens.seenLower(hashWord(w)), w).toBe(false);
    }
  });
});
