import { describe, expect, it } from 'vitest';
import { AddedHashFilter, hashWord } from '../src/text/word-hash.js';
import { releaseScratch } from '../src/text/scratch.js';
import { lowerWordSlot, sharedWord } from '../src/text/lower-words.js';

/** Distinct made-up words: w0, w1, …. */
const words = (n: number, prefix = 'w'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('AddedHashFilter', () => {
  it('has every hash added, 0 among them, and refuses most others', () => {
    releaseScratch();
    const filter = new AddedHashFilter(1000);
    const added = words(1000);
    for (const w of added) filter.add(hashWord(w));
    filter.add(0);
    for (const w of added) expect(filter.mayHave(hashWord(w))).toBe(true);
    expect(filter.mayHave(0)).toBe(true);
    expect(words(1000, 'x').filter((w) => filter.mayHave(hashWord(w))).length).toBeLessThan(100);
    releaseScratch();
  });
});

describe('shared lower-case words', () => {
  it('gives a word the same slot however the table grows, and the slot its word', () => {
    const first = 'Lowerwordstest';
    const slot = lowerWordSlot(first, 0, first.length, hashWord(first));
    expect(sharedWord(slot)).toBe('lowerwordstest');
    // (enough new words to make the index grow several times)
    for (const w of words(5000, 'lowerwordstest')) lowerWordSlot(w, 0, w.length, hashWord(w));
    expect(lowerWordSlot('LOWERWORDSTEST', 0, 14, hashWord('LOWERWORDSTEST'))).toBe(slot);
    expect(sharedWord(slot)).toBe('lowerwordstest');
  });

  it('keeps a word with letters beyond ASCII in one slot whatever its case and hash, and refuses a word it cannot lower-case letter by letter', () => {
    const slotOf = (w: string): number => lowerWordSlot(w, 0, w.length, hashWord(w));
    const slot = slotOf('Lowerwordstestmüller');
    expect(sharedWord(slot)).toBe('lowerwordstestmüller');
    // (Ü and ü hash apart: the tokenizer's hash folds ASCII letters only)
    expect(hashWord('LOWERWORDSTESTMÜLLER')).not.toBe(hashWord('Lowerwordstestmüller'));
    expect(slotOf('LOWERWORDSTESTMÜLLER')).toBe(slot);
    expect(slotOf('lowerwordstestMÜller')).toBe(slot);
    // (a final capital sigma lower-cases to ς, İ to two code units)
    expect(slotOf('ΟΔΟΣ')).toBe(-1);
    expect(slotOf('İstanbul')).toBe(-1);
    expect(sharedWord(slotOf('Οδοσ'))).toBe('οδοσ');
    expect(slotOf('ΟΔΟΣ')).toBe(-1);
  });
});
