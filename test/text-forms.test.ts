/**
 * Issue 7: text forms that occur in the wild. Line endings of every kind,
 * odd spaces, a byte-order mark, HTML entities left in scraped text, very
 * long lines, emoji. For each: the quotes are found with the right text and
 * UTF-16 offsets, and `“…,” Dana Reyes said.` is still attributed.
 */
import { describe, expect, test } from 'vitest';
import { attributeQuotes, findQuotes, type AttributeOptions, type Attribution } from '../src/index.js';
import { checkAll } from './helpers/invariants.js';

/** Each expected quote's text appears in `text` at its offsets, in order, with the expected speaker. */
function expectQuotes(text: string, expected: [quote: string, speaker: string | null][], options?: AttributeOptions): Attribution {
  const result = checkAll(text, options);
  expect(result.quotes.map((q) => [q.text, q.speaker])).toEqual(expected);
  let from = 0;
  for (const q of result.quotes) {
    if (q.parent !== null) continue;
    const at = text.indexOf(q.text, from);
    expect(at, `"${q.text}" at its offset`).toBe(q.start);
    expect(q.end).toBe(q.start + q.text.length);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    from = q.end;
  }
  return result;
}

const SAID = 'We will not reopen the pier this year,';
const SIMPLE = `“${SAID}” Dana Reyes said.`;

describe('line endings', () => {
  const breaks: [string, string][] = [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR (classic Mac)', '\r'],
    ['U+2028 LINE SEPARATOR', '\u2028'],
    ['U+2029 PARAGRAPH SEPARATOR', '\u2029'],
    ['U+0085 NEXT LINE', '\u0085'],
  ];
  for (const [name, br] of breaks) {
    test(`${name} between paragraphs`, () => {
      const text = `The harbor board voted on Thursday.${br}${br}${SIMPLE}${br}${br}“It is over,” Reyes added.${br}`;
      expectQuotes(text, [
        [SAID, 'Dana Reyes'],
        ['It is over,', 'Dana Reyes'],
      ]);
    });
    test(`${name} ends a quote that lost its closing mark (default paragraphs: 'line')`, () => {
      const text = `He called it “a farce.${br}The council meets on Friday, “as planned,” Dana Reyes said.`;
      const result = expectQuotes(text, [
        ['a farce.', null],
        ['as planned,', 'Dana Reyes'],
      ]);
      expect(result.warnings.filter((w) => w.code === 'unclosed-quote').map((w) => w.start)).toEqual([13]);
    });
  }

  test("CRLF hard wraps inside a quote with paragraphs: 'blank-line'", () => {
    const text = '“We will not reopen\r\nthe pier this year,” Dana Reyes said.\r\n\r\n“It is over,” she added.';
    expectQuotes(
      text,
      [
        ['We will not reopen\r\nthe pier this year,', 'Dana Reyes'],
        ['It is over,', 'Dana Reyes'],
      ],
      { paragraphs: 'blank-line' },
    );
  });

  test("CR hard wraps inside a quote with paragraphs: 'blank-line'", () => {
    const text = '“We will not reopen\rthe pier this year,” Dana Reyes said.\r\r“It is over,” she added.';
    expectQuotes(
      text,
      [
        ['We will not reopen\rthe pier this year,', 'Dana Reyes'],
        ['It is over,', 'Dana Reyes'],
      ],
      { paragraphs: 'blank-line' },
    );
  });

  test("U+2028 is a line break, U+2029 a paragraph break, with paragraphs: 'blank-line'", () => {
    expectQuotes('“We will not reopen\u2028the pier this year,” Dana Reyes said.', [['We will not reopen\u2028the pier this year,', 'Dana Reyes']], {
      paragraphs: 'blank-line',
    });
    const result = expectQuotes('He said “We will not reopen\u2029the pier” on Friday.', [['We will not reopen', null]], { paragraphs: 'blank-line' });
    expect(result.warnings.map((w) => w.code)).toContain('unclosed-quote');
  });

  test('a quote over several paragraphs with CRLF', () => {
    const text = '“The first part runs on.\r\n\r\n“The second part too.\r\n\r\n“And the last part ends,” Dana Reyes said.';
    const spans = findQuotes(text);
    expect(spans.map((q) => [q.text, q.previous, q.next])).toEqual([
      ['The first part runs on.', null, 1],
      ['The second part too.', 0, 2],
      ['And the last part ends,', 1, null],
    ]);
    checkAll(text);
  });
});

describe('non-breaking, thin and zero-width spaces', () => {
  const cases: [string, string, [string, string | null][]][] = [
    ['NBSP between the names', `“${SAID}” Dana\u00A0Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['NBSP after the closing mark', `“${SAID}”\u00A0Dana Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['NBSP just inside the marks', `“\u00A0${SAID}\u00A0” Dana Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['thin spaces (U+2009)', `“\u2009${SAID}\u2009” Dana\u2009Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['narrow NBSP (U+202F) after the closing mark', `“${SAID}”\u202FDana Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['ideographic space (U+3000)', `“${SAID}”\u3000Dana Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['tab', `“${SAID}”\tDana Reyes\tsaid.`, [[SAID, 'Dana Reyes']]],
    ['zero-width spaces around both marks', `\u200B“\u200B${SAID}\u200B”\u200B Dana Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['French guillemets with NBSP', 'Dana Reyes said:\u00A0«\u00A0Nous ne rouvrirons pas la jetée\u00A0».', [['Nous ne rouvrirons pas la jetée', 'Dana Reyes']]],
    ['French guillemets with narrow NBSP and a comma after', '«\u202FNous partons\u202F», said Dana Reyes.', [['Nous partons', 'Dana Reyes']]],
    ['spaces inside curly marks before a period', 'Dana Reyes said “ no ”.', [['no', 'Dana Reyes']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => expectQuotes(text, expected));

  test('a stray straight mark with spaces before a comma is reported, not a quote', () => {
    const { quotes, warnings } = attributeQuotes('He said " no ", and left.');
    expect(quotes).toEqual([]);
    expect(warnings.map((w) => [w.code, w.start])).toEqual([
      ['unmatched-close', 8],
      ['unmatched-close', 13],
    ]);
  });
});

describe('byte-order mark', () => {
  test('at the start: offsets count it, the quote and speaker are found', () => {
    const result = expectQuotes(`\uFEFF${SIMPLE}`, [[SAID, 'Dana Reyes']]);
    expect(result.quotes[0]!.outerStart).toBe(1);
    expect(result.quotes[0]!.start).toBe(2);
    expect(result.quotes[0]!.mention).toEqual({ text: 'Dana Reyes', start: 42, end: 52 });
  });
  test('two BOMs, and one in the middle (concatenated files)', () => {
    expectQuotes(`\uFEFF\uFEFF${SIMPLE}`, [[SAID, 'Dana Reyes']]);
    expectQuotes(`The board voted.\n\uFEFF${SIMPLE}`, [[SAID, 'Dana Reyes']]);
  });
});

describe('HTML entities left in text', () => {
  const cases: [string, string, [string, string | null][]][] = [
    ['&quot;', `&quot;${SAID}&quot; Dana Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['&QUOT; (upper case)', `&QUOT;${SAID}&QUOT; Dana Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['&#8220; / &#8221;', `&#8220;${SAID}&#8221; Dana Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['&#x201C; / &#x201D;', `&#x201C;${SAID}&#x201D; Dana Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['&#34; (decimal straight quote)', `&#34;${SAID}&#34; Dana Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['&ldquo; / &rdquo;', `&ldquo;${SAID}&rdquo; Dana Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['&laquo; / &raquo;', '&laquo;Nous partons,&raquo; Dana Reyes said.', [['Nous partons,', 'Dana Reyes']]],
    ['an entity and a literal mark mixed', `&ldquo;${SAID}” Dana Reyes said.`, [[SAID, 'Dana Reyes']]],
    ['&amp; inside a quote', '&ldquo;Salt &amp; pepper,&rdquo; Dana Reyes said.', [['Salt &amp; pepper,', 'Dana Reyes']]],
    [
      'nested &lsquo;…&rsquo;',
      '&ldquo;He said &lsquo;no&rsquo; twice,&rdquo; Dana Reyes said.',
      [
        ['He said &lsquo;no&rsquo; twice,', 'Dana Reyes'],
        ['no', null],
      ],
    ],
  ];
  for (const [name, text, expected] of cases) test(name, () => expectQuotes(text, expected));

  test('the marks are reported as written', () => {
    const [q] = findQuotes(`&#8220;${SAID}&#8221; Dana Reyes said.`);
    expect(q!.openMark).toBe('&#8220;');
    expect(q!.closeMark).toBe('&#8221;');
    expect(q!.outerStart).toBe(0);
    expect(q!.start).toBe(7);
  });

  test('only well-formed character references are marks', () => {
    for (const bad of ['&#\n8220;', '&# 8220;', '&#8220x;', '&#x;', '&#;', '&#8220', '&ldquo', '&lquot;', '&#+8220;']) {
      const text = `He typed ${bad}hello${bad.replace('8220', '8221')} twice.`;
      expect(findQuotes(text), bad).toEqual([]);
      checkAll(text);
    }
  });
});

describe('very long lines', () => {
  test('a 2 MB single line of quoted paragraphs: every quote found and attributed, in linear time', () => {
    const sentence = `${SIMPLE} The board met on Thursday, and officials said the vote was close. `;
    const times = Math.ceil(2_000_000 / sentence.length);
    const text = sentence.repeat(times);
    const t0 = performance.now();
    const { quotes, warnings } = attributeQuotes(text);
    const ms = performance.now() - t0;
    expect(quotes).toHaveLength(times);
    expect(quotes.every((q) => q.speaker === 'Dana Reyes' && q.text === SAID)).toBe(true);
    expect(quotes[times - 1]!.start).toBe((times - 1) * sentence.length + 1);
    expect(warnings).toEqual([]);
    expect(ms).toBeLessThan(20_000);
  }, 60_000);

  test('one quote of 1 MB on a single line', () => {
    const words = 'the pier will stay shut '.repeat(Math.ceil(1_000_000 / 24)).trimEnd();
    const text = `“${words},” Dana Reyes said.`;
    const { quotes } = attributeQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe(`${words},`);
    expect(quotes[0]!.end).toBe(words.length + 2);
    expect(quotes[0]!.speaker).toBe('Dana Reyes');
  }, 60_000);

  test('2 MB with no line break, no mark and no sentence end', () => {
    const text = 'the pier will stay shut and nobody knows why '.repeat(Math.ceil(2_000_000 / 45));
    expect(attributeQuotes(text)).toEqual({ quotes: [], speakers: [], warnings: [] });
  }, 60_000);
});

describe('emoji and other astral characters (UTF-16 offsets)', () => {
  const cases: [string, string, [string, string | null][]][] = [
    ['emoji inside a quote', `“We will not reopen the pier 🚫🎣,” Dana Reyes said.`, [['We will not reopen the pier 🚫🎣,', 'Dana Reyes']]],
    ['ZWJ family at the start of a quote', '“👨‍👩‍👧 We will not reopen,” Dana Reyes said.', [['👨‍👩‍👧 We will not reopen,', 'Dana Reyes']]],
    ['flag and skin tone', '“🇺🇸 We will not reopen 👍🏽,” Dana Reyes said.', [['🇺🇸 We will not reopen 👍🏽,', 'Dana Reyes']]],
    ['emoji before the opening mark', `🎣 ${SIMPLE}`, [[SAID, 'Dana Reyes']]],
    ['emoji glued to the opening mark', `🎣${SIMPLE}`, [[SAID, 'Dana Reyes']]],
    ['emoji at the end of a leading-cue quote', 'Port director Dana Reyes said: “We will not reopen 🚫.”', [['We will not reopen 🚫.', 'Dana Reyes']]],
    ['astral CJK inside corner brackets', '他说「𠮷野家今天关门」。', [['𠮷野家今天关门', null]]],
    ['a lone surrogate inside a quote', '“We will \uD83D not reopen,” Dana Reyes said.', [['We will \uD83D not reopen,', 'Dana Reyes']]],
  ];
  for (const [name, text, expected] of cases) test(name, () => expectQuotes(text, expected));

  test('offsets are UTF-16 code units', () => {
    const text = '🦊🦊 “🙂 ok,” Dana Reyes said.';
    const [q] = attributeQuotes(text).quotes;
    expect(q!.outerStart).toBe(5);
    expect(q!.start).toBe(6);
    expect(q!.text).toBe('🙂 ok,');
    expect(q!.end).toBe(12);
    expect(q!.mention).toEqual({ text: 'Dana Reyes', start: 14, end: 24 });
  });

  // an emoji is read past like a space: it stops no cue and splits no name
  test('emoji between the closing mark and the speaker', () => {
    expectQuotes(`“${SAID}” 🚫 Dana Reyes said.`, [[SAID, 'Dana Reyes']]);
  });
  test('Markdown emphasis around a label is read past (**Rana Qadir:**)', () => {
    expectQuotes(`**Dana Reyes:** “${SAID}”`, [[SAID, 'Dana Reyes']]);
  });
  test('an emoji sequence (joiner, skin tone, selector) or a dingbat before the verb', () => {
    const text = `“${SAID}” Dana Reyes 👩🏽‍⚕️ said. “Again,” Reyes ✔ added.`;
    const { quotes } = attributeQuotes(text);
    expect(quotes.map((q) => [q.speaker, q.mention?.text, q.cue?.text])).toEqual([
      ['Dana Reyes', 'Dana Reyes', 'said'],
      ['Dana Reyes', 'Reyes', 'added'],
    ]);
    expect(text.slice(quotes[0]!.mention!.start, quotes[0]!.mention!.end)).toBe('Dana Reyes');
  });
  test('emoji between the closing mark and the speaker: the quote is still found', () => {
    const text = `“${SAID}” 🚫 Dana Reyes said.`;
    expect(findQuotes(text).map((q) => [q.text, q.start])).toEqual([[SAID, 1]]);
  });
});
