import { describe, expect, test } from 'vitest';
import { attributeQuotes, findQuotes, type FindQuotesOptions, type QuoteSpan } from '../src/index.js';

/** The quoted words of every span, nested ones prefixed with '>' per level. */
function spans(text: string, options?: FindQuotesOptions): string[] {
  return findQuotes(text, options).map((q) => '>'.repeat(q.depth) + q.text);
}

describe('marks: every kind of quotation mark pairs up', () => {
  const cases: [string, string, string[]][] = [
    ['curly double', 'The mayor called it “a disgrace” on Monday.', ['a disgrace']],
    ['straight double', 'He said "we are done" and left.', ['we are done']],
    ['straight double, two quotes', '"Yes," she said. "No," he said.', ['Yes,', 'No,']],
    ['wire-style ``…\'\'', "``We are done,'' he said.", ['We are done,']],
    ["archive-style ''…''", "''We are done,'' he said.", ['We are done,']],
    ["archive-style, single nested at the end (''…'…''')", "''He called it 'a lost cause,''' she said.", ["He called it 'a lost cause,'", '>a lost cause,']],
    ["archive-style, single nested at the start (''' …)", "'''Never,' he told me,'' she said.", ["'Never,' he told me,", '>Never,']],
    ['curly single standalone', 'Trump: ‘I will win’ in November', ['I will win']],
    ['straight single standalone', "The slogan 'Build it here' stuck.", ['Build it here']],
    ['single nested in double', '“He told me ‘never again,’ and meant it,” she said.', ['He told me ‘never again,’ and meant it,', '>never again,']],
    ['double nested in single (British)', '‘He told me “never again”,’ she said.', ['He told me “never again”,', '>never again']],
    ['guillemets «…»', 'Le ministre a dit «nous partons» hier.', ['nous partons']],
    ['guillemets with spaces', 'Il a dit « nous partons » hier.', ['nous partons']],
    ['reversed guillemets »…«', 'Er sagte »wir gehen« gestern.', ['wir gehen']],
    ['single guillemets ‹…›', 'Sie nannte es ‹Unsinn›.', ['Unsinn']],
    ['low-9 „…“ (German)', 'Er sagte: „Wir gehen“, und ging.', ['Wir gehen']],
    ['low-9 „…” (Polish)', 'Powiedział: „Idziemy” wczoraj.', ['Idziemy']],
    ['CJK corner brackets', '他说「我们走」。', ['我们走']],
    ['HTML entities', 'He said &quot;enough&quot; and &#8220;no more&#8221; twice.', ['enough', 'no more']],
    ['hex entity and named curly entity', 'She said &#x201C;fine&#x201D; and &ldquo;good&rdquo;.', ['fine', 'good']],
    ['straight outer with curly inner', '"He said “no” twice," she said.', ['He said “no” twice,', '>no']],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => {
      expect(spans(input)).toEqual(expected);
    });
  }
});

describe('apostrophes are not quotes', () => {
  const cases: [string, string, string[]][] = [
    ['contractions, curly', 'They don’t know, and she can’t say.', []],
    ['contractions, straight', "They don't know, and she can't say.", []],
    ['Irish surname', 'Siobhán O’Brien and Liam O\'Neill spoke.', []],
    ['decade, curly', 'a hit of the ’80s and the ’90s', []],
    ['decade, straight', "a hit of the '80s and early '90s", []],
    ['year', "since the class of '08 graduated", []],
    ['elided word at start', '’Tis the season, and ’twas ever thus.', []],
    ['possessive plural, curly', 'the Joneses’ dog and the students’ union', []],
    ['possessive plural, straight', "the Joneses' dog and the students' union", []],
    ['possessive after s-name', "Jones' dog barked at Chris' car.", []],
    ['rock and roll', "rock ’n’ roll and rock 'n' roll", []],
    ['dropped g', 'He was talkin’ about nothin’ in particular.', []],
    ['possessive inside a single quote', '‘The students’ union is closed,’ she said.', ['The students’ union is closed,']],
    ['possessive ending a single quote', 'They called him ‘the Joneses’ and laughed.', ['the Joneses']],
    ['dropped g inside a single quote', "'Lyin' Ted' was the nickname.", ["Lyin' Ted"]],
    ['apostrophes inside double quotes', '“I don’t think it’s O’Brien’s fault,” he said.', ['I don’t think it’s O’Brien’s fault,']],
    ['feet and inches', 'He is 6\'3" tall.', []],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => {
      expect(spans(input)).toEqual(expected);
    });
  }
});

describe('malformed marks are read the way a reader reads them', () => {
  test('a closing mark typed the wrong way round', () => {
    expect(spans('a “constructive“ five-hour meeting')).toEqual(['constructive']);
    expect(spans('“It’s unusual,“ said the lawyer.')).toEqual(['It’s unusual,']);
  });
  test('an opening mark typed the wrong way round', () => {
    expect(spans('Fans wrote: ”We love you” on the wall.')).toEqual(['We love you']);
  });
  test('a closing mark glued to the next word', () => {
    expect(spans('“We will win,”Clinton said. “And soon.”')).toEqual(['We will win,', 'And soon.']);
    expect(spans('"It is over,"Katie Packer said.')).toEqual(['It is over,']);
  });
  test('a missing closing mark ends the quote at its paragraph', () => {
    const text = '“We will fight this, Reyes said.\n\nThe council meets on Friday. Nothing else is quoted.';
    const found = findQuotes(text);
    expect(found.map((q) => q.text)).toEqual(['We will fight this, Reyes said.']);
    expect(found[0]!.unclosed).toBe(true);
    expect(found[0]!.closeMark).toBeNull();
    expect(found[0]!.outerEnd).toBe(found[0]!.end);
  });
  test('a missing closing mark before the next opening mark ends the quote there', () => {
    expect(spans('“We will fight, Reyes said. “And we will win.”')).toEqual(['We will fight, Reyes said.', 'And we will win.']);
  });
  test('a stray closing mark is reported, not paired', () => {
    const result = attributeQuotes('The 12” pizza was cold.');
    expect(result.quotes).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.start])).toEqual([['unmatched-close', 6]]);
  });
  test('a stray single opening mark mid-paragraph is not a quote', () => {
    const result = attributeQuotes('Prices fell ‘sharply on Monday, traders said.');
    expect(result.quotes).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['unmatched-open']);
  });
  test('one bad mark never swallows the rest of the article', () => {
    const paragraphs = ['He called it “a farce.', ...Array.from({ length: 50 }, (_, k) => `Paragraph ${k} has no quotes.`)];
    const found = findQuotes(paragraphs.join('\n\n'));
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe('a farce.');
  });
  test('empty marks are reported, not returned', () => {
    const result = attributeQuotes('He said “” and left.');
    expect(result.quotes).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['empty-quote']);
  });
});

describe('paragraphs', () => {
  test('a quote over several paragraphs gives one linked record per paragraph', () => {
    const text = '“The first part runs on.\n\n“The second part too.\n\n“And the last part ends,” she said.';
    const found = findQuotes(text);
    expect(found.map((q) => [q.text, q.unclosed, q.continued, q.previous, q.next])).toEqual([
      ['The first part runs on.', true, false, null, 1],
      ['The second part too.', true, true, 0, 2],
      ['And the last part ends,', false, true, 1, null],
    ]);
    // the open marks at the paragraph ends are not errors: nothing about the marks is reported
    expect(attributeQuotes(text).warnings.filter((w) => w.code !== 'no-speaker')).toEqual([]);
  });
  test('links, depths and marks survive nesting: the next part skips the quotes nested in this one', () => {
    const text =
      '“We will rebuild the ‘old pier’ first, and the ‘sea wall’ after that.\n\n“Then the harbour,” Reyes said.\n\n' +
      '«Il a dit “c’est ‘fini’ maintenant” hier», a-t-il écrit, &ldquo;vraiment&rdquo;.';
    const found = findQuotes(text);
    expect(found.map((q) => [q.text, q.depth, q.parent, q.previous, q.next, q.unclosed, q.openMark, q.closeMark])).toEqual([
      ['We will rebuild the ‘old pier’ first, and the ‘sea wall’ after that.', 0, null, null, 3, true, '“', null],
      ['old pier', 1, 0, null, null, false, '‘', '’'],
      ['sea wall', 1, 0, null, null, false, '‘', '’'],
      ['Then the harbour,', 0, null, 0, null, false, '“', '”'],
      ['Il a dit “c’est ‘fini’ maintenant” hier', 0, null, null, null, false, '«', '»'],
      ['c’est ‘fini’ maintenant', 1, 4, null, null, false, '“', '”'],
      ['fini', 2, 5, null, null, false, '‘', '’'],
      ['vraiment', 0, null, null, null, false, '&ldquo;', '&rdquo;'],
    ]);
    for (const q of found) {
      expect(text.slice(q.outerStart, q.outerStart + q.openMark.length)).toBe(q.openMark);
      if (q.closeMark !== null) expect(text.slice(q.outerEnd - q.closeMark.length, q.outerEnd)).toBe(q.closeMark);
    }
  });
  test('CRLF, CR, and Unicode separators end paragraphs', () => {
    for (const br of ['\r\n', '\r', '\u2028', '\u2029', '\u0085']) {
      expect(spans(`He said “one${br}Then “two” came.`)).toEqual(['one', 'two']);
    }
  });
  test('a paragraph of thousands of quotes: every pair found once, in order, with exact offsets', () => {
    // (past 1,024 quotes in a paragraph the scanner sizes its table by the paragraph's density so far)
    for (const [unit, open, close] of [['"a', 0, 2], ['“a” and ', 0, 2], ['x “y, z” ', 2, 7]] as const) {
      const text = unit.repeat(3_000);
      const found = findQuotes(text);
      const step = unit === '"a' ? 4 : unit.length;
      expect(found, unit).toHaveLength(unit === '"a' ? 1_500 : 3_000);
      expect(found.map((q) => [q.outerStart, q.outerEnd]), unit).toEqual(found.map((_, i) => [i * step + open, i * step + close + 1]));
      expect(found.every((q) => q.text === text.slice(q.start, q.end))).toBe(true);
      expect(attributeQuotes(text).quotes.map((q) => q.outerStart)).toEqual(found.map((q) => q.outerStart));
    }
  });
  test("'blank-line' paragraphs let a quote run over a hard line break", () => {
    const text = '“We will not reopen\nthe pier,” Reyes said.\n\nNext.';
    expect(spans(text, { paragraphs: 'blank-line' })).toEqual(['We will not reopen\nthe pier,']);
    expect(spans(text)).toEqual(['We will not reopen']);
  });
});

describe('markup and embeds', () => {
  test('marks inside tags are not quotes', () => {
    const text = '<tweet id="123" author="@reyes"><tweet/> “Pier closed,” she wrote. See <a href="https://example.org/x">this</a>.';
    expect(spans(text)).toEqual(['Pier closed,']);
  });
  test('skipMarkup: false reads them', () => {
    expect(spans('<a href="x">link</a>', { skipMarkup: false })).toEqual(['x']);
  });
  test('a lone < is just a character', () => {
    expect(spans('if a < b then “yes” else “no”')).toEqual(['yes', 'no']);
  });
});

describe('options', () => {
  test('singleQuotes: false drops top-level single-quoted spans but keeps nested ones', () => {
    const text = 'The ‘Big Dig’ cost more. “He said ‘no,’ twice,” she said.';
    expect(spans(text, { singleQuotes: false })).toEqual(['He said ‘no,’ twice,', '>no,']);
  });
});

describe('offsets', () => {
  test('text, start, end and outer offsets agree with the input', () => {
    const text = 'A 🦊 said: “We 🙂 won,” and ‘left’. ``Done,\'\' he said.';
    const found: QuoteSpan[] = findQuotes(text);
    expect(found.length).toBe(3);
    for (const q of found) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(text.slice(q.outerStart, q.start)).toBe(q.openMark);
      expect(text.slice(q.end, q.outerEnd)).toBe(q.closeMark ?? '');
    }
  });
  test('whitespace just inside the marks is not part of the quote', () => {
    expect(spans('He said “ no ” twice.')).toEqual(['no']);
  });
});

describe('the mark table and the scanner agree', () => {
  test('every mark in the table opens or closes a quote', async () => {
    const { QUOTE_MARKS } = await import('../src/scan/quote-marks.js');
    for (const entry of QUOTE_MARKS) {
      const partner = QUOTE_MARKS.find(
        (o) => o.family === entry.family && o !== entry && (entry.glyph === 'open' ? o.glyph !== 'open' : o.glyph !== 'close'),
      ) ?? entry;
      const [open, close] = entry.glyph === 'close' ? [partner.mark, entry.mark] : [entry.mark, partner.mark];
      const text = entry.fixed ? `他说${open}我们走${close}。` : `He said ${open}never again${close} today.`;
      expect(findQuotes(text).map((q) => q.text), `${entry.name} (${open}…${close})`).toEqual([entry.fixed ? '我们走' : 'never again']);
    }
  });
});
