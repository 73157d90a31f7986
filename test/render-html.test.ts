/**
 * renderHtml: the article with each quote highlighted in place. Every
 * sentence here was written for these tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { attributeQuotes, InvalidOptionsError, renderHtml, type Attribution, type Quote } from '../src/index.js';
import { escapeHtml, PALETTE, TEXT_COLOUR, UNATTRIBUTED_COLOUR } from '../src/render/render-html.js';

const ARTICLE = [
  'Pier to stay shut',
  '',
  'The pier will stay closed, Port Authority director Dana Reyes said on Monday.',
  '',
  '“We will not reopen the pier this year,” Reyes said. “The pilings are cracked.”',
  '',
  'Tom Okafor, a fisherman, called the decision “a gut punch.”',
  '',
  '“She told us ‘next spring,’ and we believed her,” Okafor said.',
  '',
  'The plan was labelled “temporary” in the documents.',
].join('\n');

function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#10);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#10': '\n' })[e] as string);
}

/** The text inside the article fragment, tags removed and entities decoded. */
function articleText(fragment: string): string {
  const inner = /^<div class="qa-article"[^>]*>([\s\S]*)<\/div>$/.exec(fragment)?.[1];
  if (inner === undefined) throw new Error('not an article fragment');
  return unescapeHtml(inner.replace(/<mark [^>]*>|<\/mark>/g, ''));
}

interface MarkInfo {
  quote: number;
  speaker: string;
  rule: string;
  title: string;
  style: string;
  className: string;
  /** Indexes of the enclosing marks' quotes, outermost first. */
  ancestors: number[];
  /** The text inside the mark, tags removed. */
  text: string;
}

/** Parses the marks of an article fragment, checking they nest properly. */
function marks(fragment: string): MarkInfo[] {
  const out: MarkInfo[] = [];
  const stack: { info: MarkInfo; from: number }[] = [];
  const tag = /<mark ([^>]*)>|<\/mark>/g;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(fragment)) !== null) {
    if (m[1] !== undefined) {
      const attrs = Object.fromEntries([...m[1].matchAll(/(?<![\w-])([\w-]+)="([^"]*)"/g)].map((a) => [a[1], unescapeHtml(a[2] as string)]));
      const info: MarkInfo = {
        quote: Number(attrs['data-quote']),
        speaker: attrs['data-speaker'] as string,
        rule: attrs['data-rule'] as string,
        title: attrs['title'] as string,
        style: attrs['style'] as string,
        className: attrs['class'] as string,
        ancestors: stack.map((s) => s.info.quote),
        text: '',
      };
      stack.push({ info, from: tag.lastIndex });
      out.push(info);
    } else {
      const top = stack.pop();
      if (!top) throw new Error('</mark> without <mark>');
      top.info.text = unescapeHtml(fragment.slice(top.from, m.index).replace(/<mark [^>]*>|<\/mark>/g, ''));
    }
  }
  if (stack.length > 0) throw new Error('unclosed <mark>');
  return out;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the highlighted article', () => {
  const attribution = attributeQuotes(ARTICLE);
  const fragment = renderHtml(ARTICLE, attribution, { standalone: false, include: 'article' });
  const found = marks(fragment);

  test('keeps the text exactly, line breaks included', () => {
    expect(articleText(fragment)).toBe(ARTICLE);
    expect(fragment).toContain('white-space:pre-wrap');
  });

  test('has one mark per quote, around the quote and its marks', () => {
    expect(found.map((m) => m.quote).sort((a, b) => a - b)).toEqual(attribution.quotes.map((_, i) => i));
    for (const m of found) {
      const q = attribution.quotes[m.quote] as Quote;
      expect(m.text).toBe(ARTICLE.slice(q.outerStart, q.outerEnd));
    }
  });

  test('marks carry the speaker, the rule and a title with speaker, rule, cue and confidence', () => {
    const m = found.find((x) => x.text.startsWith('“We will not'))!;
    expect(m.speaker).toBe('Dana Reyes');
    expect(m.rule).toBe('trailing-cue');
    expect(m.title).toContain('Speaker: Dana Reyes (Port Authority director)');
    expect(m.title).toContain('Rule: trailing-cue');
    expect(m.title).toContain('Cue: said');
    expect(m.title).toContain('Mention: Reyes');
    expect(m.title).toMatch(/Confidence: \d\.\d\d/);
    expect(m.title.split('\n').length).toBeGreaterThanOrEqual(4);
  });

  test('a nested quote is a mark inside its parent’s mark, with the parent’s fill and a dotted outline', () => {
    const inner = found.find((x) => x.text === '‘next spring,’')!;
    const outer = found.find((x) => x.text.startsWith('“She told us'))!;
    expect(inner.ancestors).toEqual([outer.quote]);
    expect(attribution.quotes[inner.quote]!.parent).toBe(outer.quote);
    expect(inner.rule).toBe('nested');
    expect(inner.speaker).toBe('null');
    expect(inner.className).toContain('qa-nested');
    expect(inner.style).toContain('background:transparent');
    expect(inner.style).toContain('dotted');
    expect(inner.title).toContain('Speaker: none (a quote inside a quote)');
  });

  test('unattributed quotes say null and are styled apart: no fill, a dashed outline', () => {
    const none = found.filter((x) => attribution.quotes[x.quote]!.speaker === null && x.rule !== 'nested');
    expect(none.length).toBeGreaterThan(0);
    for (const m of none) {
      expect(m.speaker).toBe('null');
      expect(m.className).toContain('qa-unattributed');
      expect(m.style).toContain(`dashed ${UNATTRIBUTED_COLOUR}`);
      expect(m.title).toContain('Speaker: unattributed');
    }
    for (const m of found.filter((x) => attribution.quotes[x.quote]!.speaker !== null)) {
      expect(m.className).toContain('qa-attributed');
      expect(m.style).not.toContain('dashed');
    }
  });

  test('each speaker has one colour, from the palette by speaker index', () => {
    for (const m of found) {
      const q = attribution.quotes[m.quote]!;
      if (q.speakerId === null) continue;
      expect(m.style).toContain(`background:${PALETTE[q.speakerId % PALETTE.length]}`);
      expect(m.style).toContain(`color:${TEXT_COLOUR}`);
    }
  });
});

describe('escaping', () => {
  const text = 'The <b>board</b> & "Smith & Sons" met.\n\n“Tell them <script>alert(1)</script> & ‘more’,” Kim O’Hara said. x="y" \'z\'';
  const html = renderHtml(text, attributeQuotes(text));

  test('no markup from the text gets through', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(articleText(renderHtml(text, attributeQuotes(text), { standalone: false, include: 'article' }))).toBe(text);
  });

  test('attribute values are escaped (speaker names, titles, cues)', () => {
    const crafted = attributeQuotes('“Hi,” Kim said.');
    const q = crafted.quotes[0]!;
    const evil: Attribution = {
      ...crafted,
      quotes: [{ ...q, speaker: 'A "B" <C> & \'D\'', speakerId: null, cue: q.cue && { ...q.cue } }],
      speakers: [],
    };
    const out = renderHtml('“Hi,” Kim said.', evil, { standalone: false });
    expect(out).toContain('data-speaker="A &quot;B&quot; &lt;C&gt; &amp; &#39;D&#39;"');
    expect(out).not.toMatch(/data-speaker="A "/);
  });

  test('escapeHtml covers the five characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  test('the page title is escaped', () => {
    expect(renderHtml('', attributeQuotes(''), { title: '<i>x</i> & y' })).toContain('<title>&lt;i&gt;x&lt;/i&gt; &amp; y</title>');
  });
});

describe('the legend', () => {
  const attribution = attributeQuotes(ARTICLE);
  const legend = renderHtml(ARTICLE, attribution, { standalone: false, include: 'legend' });

  test('lists every speaker with colour, titles and quote count, in speaker order', () => {
    expect(legend.startsWith('<ul class="qa-legend"')).toBe(true);
    const items = [...legend.matchAll(/<li class="qa-legend-item[^"]*" data-speaker="([^"]*)">([\s\S]*?)<\/li>/g)];
    const speakers = items.filter((i) => i[1] !== 'null');
    expect(speakers.map((i) => unescapeHtml(i[1] as string))).toEqual(attribution.speakers.map((s) => s.name));
    attribution.speakers.forEach((s, k) => {
      const body = speakers[k]![2] as string;
      expect(body).toContain(`background:${PALETTE[k % PALETTE.length]}`);
      const n = s.quoteIds.length;
      expect(body).toContain(`${n} ${n === 1 ? 'quote' : 'quotes'}`);
      for (const t of s.titles) expect(body).toContain(escapeHtml(t));
    });
  });

  test('counts the unattributed quotes and the quotes inside quotes', () => {
    const n = attribution.quotes.filter((q) => q.speaker === null && q.rule !== 'nested').length;
    expect(n).toBeGreaterThan(0);
    expect(legend).toMatch(new RegExp(`qa-legend-unattributed" data-speaker="null">.*?Unattributed.*?${n} quotes?<`));
    const nested = attribution.quotes.filter((q) => q.speaker === null && q.rule === 'nested').length;
    expect(nested).toBe(1);
    expect(legend).toMatch(/qa-legend-nested" data-speaker="null">.*?Inside another quote.*?1 quote</);
  });

  test('says so when there are no quotes', () => {
    expect(renderHtml('No quotes here.', attributeQuotes('No quotes here.'), { standalone: false, include: 'legend' })).toContain('No quotes found.');
  });
});

describe('page or fragment', () => {
  const attribution = attributeQuotes(ARTICLE);

  test('standalone by default: a whole document with a stylesheet, heading, summary, legend and article', () => {
    const page = renderHtml(ARTICLE, attribution, { title: 'Pier' });
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>Pier</title>');
    expect(page).toContain('<h1>Pier</h1>');
    expect(page).toContain('<style>');
    expect(page).toMatch(/<p class="qa-summary">\d+ quotes · \d+ speakers · \d+ unattributed · 1 inside another quote/);
    expect(page).toContain('<ul class="qa-legend"');
    expect(page).toContain('<div class="qa-article"');
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  test('a fragment has the legend and the article, no document', () => {
    const fragment = renderHtml(ARTICLE, attribution, { standalone: false });
    expect(fragment.startsWith('<div class="qa-view">')).toBe(true);
    expect(fragment).not.toContain('<html');
    expect(fragment).not.toContain('<style');
    expect(fragment).toContain('<ul class="qa-legend"');
    expect(fragment).toContain('<div class="qa-article"');
  });

  test('include picks one part', () => {
    const article = renderHtml(ARTICLE, attribution, { standalone: false, include: 'article' });
    expect(article).not.toContain('qa-legend');
    const legend = renderHtml(ARTICLE, attribution, { standalone: false, include: 'legend' });
    expect(legend).not.toContain('<mark');
  });

  test('deterministic: the same input renders the same, also from JSON', () => {
    const again = renderHtml(ARTICLE, attributeQuotes(ARTICLE));
    expect(renderHtml(ARTICLE, attribution)).toBe(again);
    expect(renderHtml(ARTICLE, JSON.parse(JSON.stringify(attribution)) as Attribution)).toBe(again);
  });
});

describe('the palette', () => {
  test('has twelve distinct colours, each with contrast over 7:1 against the text colour', () => {
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
    expect(PALETTE.length).toBe(12);
    for (const colour of PALETTE) expect(contrast(colour, TEXT_COLOUR), colour).toBeGreaterThan(7);
    expect(contrast('#ffffff', UNATTRIBUTED_COLOUR)).toBeGreaterThan(4.5);
  });

  test('colours repeat after twelve speakers', () => {
    const names = ['Anna Berg', 'Ben Cole', 'Cara Diaz', 'Dev Patel', 'Eva Ruiz', 'Finn Hale', 'Gita Rao', 'Hugo Brandt', 'Iris Wong', 'Jon Falk', 'Kira Moss', 'Leo Grant', 'Mia Soto', 'Ned Park'];
    const text = names.map((name, i) => `“Point number ${i + 1} stands,” said ${name}.`).join('\n\n');
    const a = attributeQuotes(text);
    expect(a.speakers.length).toBeGreaterThan(12);
    const html = renderHtml(text, a, { standalone: false, include: 'legend' });
    a.speakers.forEach((s, i) => expect(html).toContain(`background:${PALETTE[i % 12]}`));
  });
});

describe('bad arguments', () => {
  const attribution = attributeQuotes(ARTICLE);

  test('text must be a string', () => {
    expect(() => renderHtml(42 as never, attribution)).toThrow(TypeError);
  });

  test('attribution must be an attribution', () => {
    expect(() => renderHtml(ARTICLE, null as never)).toThrow(TypeError);
    expect(() => renderHtml(ARTICLE, { quotes: 'x' } as never)).toThrow(/result of attributeQuotes/);
  });

  test('an attribution of another text is refused', () => {
    expect(() => renderHtml('Short.', attribution)).toThrow(RangeError);
    expect(() => renderHtml(ARTICLE.replace('We will', 'We shall'), attribution)).toThrow(/does not match the text/);
  });

  test('options are checked like the other entry points', () => {
    expect(() => renderHtml(ARTICLE, attribution, { nope: true } as never)).toThrow(InvalidOptionsError);
    expect(() => renderHtml(ARTICLE, attribution, { include: 'everything' } as never)).toThrow(/option "include": expected one of "all" \| "article" \| "legend"/);
    expect(() => renderHtml(ARTICLE, attribution, { standalone: 'no' } as never)).toThrow(/option "standalone": expected boolean, received string/);
    expect(() => renderHtml(ARTICLE, attribution, { title: 3 } as never)).toThrow(/option "title": expected string/);
    expect(() => renderHtml(ARTICLE, attribution, 'page' as never)).toThrow(/options must be a plain object \(or undefined\), received string/);
    expect(() => renderHtml(ARTICLE, attribution, new Map() as never)).toThrow(/received Map/);
    expect(() => renderHtml(ARTICLE, attribution, { standalone: undefined } as never)).not.toThrow();
  });

  test('spans that overlap without nesting are left plain, and the text is kept', () => {
    const text = 'a “bc” d “ef” g';
    const base = attributeQuotes(text);
    const [q0, q1] = base.quotes as [Quote, Quote];
    const overlapping: Attribution = { ...base, quotes: [q0, { ...q1, outerStart: q0.outerStart + 1, start: q1.start, text: q1.text }] };
    const fragment = renderHtml(text, overlapping, { standalone: false, include: 'article' });
    expect(marks(fragment).map((m) => m.quote)).toEqual([0]);
    expect(articleText(fragment)).toBe(text);
  });
});

describe('any text', () => {
  const pieces = ['“', '”', '"', '‘', '’', "'", '«', '»', ' ', '\n', '\n\n', 'said', 'Reyes', 'she', '<', '>', '&', 'we', ',', '.', 'a', 'Ü', '😀'];
  test('rendering keeps the text and nests marks properly', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const attribution = attributeQuotes(text);
        const fragment = renderHtml(text, attribution, { standalone: false, include: 'article' });
        expect(articleText(fragment)).toBe(text);
        const found = marks(fragment);
        expect(found.length).toBe(attribution.quotes.filter((q) => q.outerEnd > q.outerStart).length);
      }),
      { numRuns: 300 },
    );
  });

  test('the fixture articles render with their text intact', () => {
    const dir = new URL('./fixtures/articles/', import.meta.url);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      const fragment = renderHtml(text, attributeQuotes(text), { standalone: false, include: 'article' });
      expect(articleText(fragment), name).toBe(text);
      marks(fragment);
    }
  });
});
