/**
 * The plain data types the library returns. Every offset is a UTF-16 code-unit
 * index into the original input, as a half-open range `[start, end)`, so
 * `input.slice(start, end)` gives the text back.
 * @module
 */

/**
 * A stretch of the input: its text and where it is. The type of
 * {@link Quote.mention}, {@link Quote.cue} and {@link Speaker.mentions}.
 *
 * @example
 * ```ts
 * import { attributeQuotes } from 'quote-attribution';
 *
 * const input = '“We will not reopen the pier,” Reyes said.';
 * const span = attributeQuotes(input).quotes[0].mention;
 * span; // { text: 'Reyes', start: 31, end: 36 }
 * input.slice(span.start, span.end) === span.text; // true
 * ```
 */
export interface Span {
  /** The text of the span, equal to `input.slice(start, end)`. */
  text: string;
  /** Offset of the first code unit. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
}

/**
 * A quoted span found by the scanner ({@link findQuotes}): where the quoted
 * words are, which marks enclose them, and how they relate to other quotes.
 *
 * @example
 * ```ts
 * import { findQuotes } from 'quote-attribution';
 *
 * findQuotes('He called it “candid,” she said.')[0];
 * // { text: 'candid,', start: 14, end: 21, outerStart: 13, outerEnd: 22, openMark: '“', closeMark: '”',
 * //   unclosed: false, continued: false, previous: null, next: null, parent: null, depth: 0 }
 * ```
 */
export interface QuoteSpan {
  /** The quoted words, marks excluded: `input.slice(start, end)`. */
  text: string;
  /** Offset of the first quoted code unit (just after the opening mark). */
  start: number;
  /** Offset just past the last quoted code unit (the closing mark's offset, or the end of the paragraph's text when unclosed). */
  end: number;
  /** Offset of the opening mark. */
  outerStart: number;
  /** Offset just past the closing mark (equal to `end` when there is none). */
  outerEnd: number;
  /** The opening mark as written: `“`, `"`, `‘`, ` `` `, `«`, `&quot;` … */
  openMark: string;
  /** The closing mark as written, or `null` when the quote runs to the end of its paragraph. */
  closeMark: string | null;
  /** True when no closing mark was found before the end of the paragraph. */
  unclosed: boolean;
  /**
   * True when this paragraph reopens a quotation that the previous paragraph
   * left open (the convention for quotes that run over several paragraphs).
   */
  continued: boolean;
  /** Index (in the same result array) of the previous part of a multi-paragraph quote, or `null`. */
  previous: number | null;
  /** Index of the next part of a multi-paragraph quote, or `null`. */
  next: number | null;
  /** Index of the quote this one is nested inside, or `null` for a top-level quote. */
  parent: number | null;
  /** Nesting depth: 0 for a top-level quote, 1 for a quote inside a quote, and so on. */
  depth: number;
}

/**
 * How a quote was attributed. Stable identifiers: code may branch on them.
 *
 * - `trailing-cue`: a cue after the quote names the speaker (`“…,” Reyes said.` / `“…,” said Reyes.`).
 * - `leading-cue`: a cue before the quote in the same sentence (`Reyes said: “…”`, `Reyes called it “…”`).
 * - `according-to`: `according to Reyes` next to the quote.
 * - `speaker-label`: a transcript label opening the quote (`"PENCE: Well, look …"`).
 * - `split-quote`: the second half of `“A,” Reyes said, “B.”`.
 * - `same-paragraph`: a further quote in the paragraph of an attributed quote, with no cue of its own.
 * - `paragraph-continuation`: a paragraph that is only a quote, after a paragraph in which the speaker spoke.
 * - `multi-paragraph`: a later paragraph of a quotation that runs over several paragraphs.
 * - `nested`: a quote inside another quote; its speaker is not the outer speaker.
 * - `none`: no rule applied; the speaker is `null`.
 *
 * @example
 * ```ts
 * import { attributeQuotes } from 'quote-attribution';
 *
 * const text = '“We will not reopen the pier,” Reyes said, “not this year.”\n\n“The pilings are cracked.”';
 * attributeQuotes(text).quotes.map((q) => q.rule);
 * // ['trailing-cue', 'split-quote', 'paragraph-continuation']
 * ```
 */
export type AttributionRule =
  | 'trailing-cue'
  | 'leading-cue'
  | 'according-to'
  | 'speaker-label'
  | 'split-quote'
  | 'same-paragraph'
  | 'paragraph-continuation'
  | 'multi-paragraph'
  | 'nested'
  | 'none';

/**
 * The kind of speaker: a person, an organisation or place speaking as one
 * (the State Department, Beijing, the campaign), or `unknown` for a nominal
 * source that names no one ("a spokeswoman", "officials").
 *
 * @example
 * ```ts
 * import { attributeQuotes } from 'quote-attribution';
 *
 * const text =
 *   '“We remain hopeful,” the State Department said in a statement.\n\n' +
 *   '“It is a mess,” a spokeswoman said.\n\n' +
 *   '“We will reopen,” Dana Reyes said.';
 * attributeQuotes(text).speakers.map((s) => [s.name, s.kind]);
 * // [['State Department', 'organization'], ['spokeswoman', 'unknown'], ['Dana Reyes', 'person']]
 * ```
 */
export type SpeakerKind = 'person' | 'organization' | 'unknown';

/**
 * One quotation in an article and who said it: the items of
 * {@link Attribution.quotes}.
 *
 * @example
 * ```ts
 * import { attributeQuotes } from 'quote-attribution';
 *
 * attributeQuotes('“We will not reopen the pier,” Reyes said.').quotes[0];
 * // { text: 'We will not reopen the pier,', start: 1, end: 29, outerStart: 0, outerEnd: 30,
 * //   speaker: 'Reyes', speakerId: 0, mention: { text: 'Reyes', start: 31, end: 36 },
 * //   cue: { text: 'said', start: 37, end: 41 }, rule: 'trailing-cue', confidence: 0.95,
 * //   parent: null, unclosed: false, continued: false }
 * ```
 */
export interface Quote {
  /** The quoted words, marks excluded: `input.slice(start, end)`. */
  text: string;
  /** Offset of the first quoted code unit. */
  start: number;
  /** Offset just past the last quoted code unit. */
  end: number;
  /** Offset of the opening mark. */
  outerStart: number;
  /** Offset just past the closing mark (equal to `end` when unclosed). */
  outerEnd: number;
  /** The speaker's canonical name (the fullest form the article gives), or `null` when unattributed. */
  speaker: string | null;
  /** Index of the speaker in {@link Attribution.speakers}, or `null`. */
  speakerId: number | null;
  /** The words that name the speaker for this quote ("he", "Reyes", "Port Authority director Dana Reyes"), or `null`. */
  mention: Span | null;
  /** The reporting words that attribute the quote ("said", "told reporters", "according to"), or `null`. */
  cue: Span | null;
  /** Which rule attributed the quote. */
  rule: AttributionRule;
  /** How sure the rule is, from 0 to 1. */
  confidence: number;
  /** Index of the quote this one is nested inside, or `null`. */
  parent: number | null;
  /** True when no closing mark was found before the end of the paragraph. */
  unclosed: boolean;
  /** True when this paragraph reopens a quotation left open by the previous paragraph. */
  continued: boolean;
}

/**
 * A person or organisation quoted in the article, with every mention of
 * them: the items of {@link Attribution.speakers}.
 *
 * @example
 * ```ts
 * import { attributeQuotes } from 'quote-attribution';
 *
 * const article =
 *   'The pier will stay shut, Port Authority director Dana Reyes said on Monday.\n\n' +
 *   '“We will not reopen the pier this year,” Reyes said.';
 * attributeQuotes(article).speakers[0];
 * // { id: 0, name: 'Dana Reyes', kind: 'person', titles: ['Port Authority director'],
 * //   mentions: [{ text: 'Dana Reyes', start: 49, end: 59 }, { text: 'Reyes', start: 118, end: 123 }],
 * //   quoteIds: [0] }
 * ```
 */
export interface Speaker {
  /** Position in {@link Attribution.speakers}; quotes refer to it as `speakerId`. */
  id: number;
  /** Canonical name: the fullest form the article gives, without titles or honorifics. */
  name: string;
  /** Person, organisation, or unknown (a nominal source). */
  kind: SpeakerKind;
  /** Titles and roles the article gives the speaker ("Port Authority director", "Sen."). */
  titles: string[];
  /** Every mention of the speaker outside quotations, in document order. */
  mentions: Span[];
  /** Indexes into {@link Attribution.quotes} of the speaker's quotes. */
  quoteIds: number[];
}

/**
 * Stable codes of the findings reported in {@link Attribution.warnings}.
 *
 * - `unmatched-open`: an opening mark with no closing mark, not read as a quote.
 * - `unmatched-close`: a closing mark with no opening mark.
 * - `unclosed-quote`: a quote that ran to the end of its paragraph without a closing mark.
 * - `empty-quote`: a pair of marks with nothing between them.
 * - `no-speaker`: a quote left without a speaker (scare quotes and titles included).
 * - `low-confidence`: an attribution whose confidence is below 0.5.
 *
 * @example
 * ```ts
 * import { attributeQuotes } from 'quote-attribution';
 *
 * attributeQuotes('The 12” pizza was “cold. She said “”.').warnings.map((w) => w.code);
 * // ['unmatched-close', 'unclosed-quote', 'no-speaker', 'empty-quote']
 * ```
 */
export type WarningCode =
  | 'unmatched-open'
  | 'unmatched-close'
  | 'unclosed-quote'
  | 'empty-quote'
  | 'no-speaker'
  | 'low-confidence';

/**
 * A finding about the input that is not an error: a mark that matched
 * nothing, a quote without a speaker. Located by its offsets. The items of
 * {@link Attribution.warnings}.
 *
 * @example
 * ```ts
 * import { attributeQuotes } from 'quote-attribution';
 *
 * attributeQuotes('The 12” pizza was cold.').warnings;
 * // [{ code: 'unmatched-close', message: 'Quotation mark "”" read as closing mark has no partner.', start: 6, end: 7 }]
 * ```
 */
export interface Warning {
  /** What was found. */
  code: WarningCode;
  /** A sentence describing it. */
  message: string;
  /** Offset where the finding starts (the mark, or the quote's opening mark). */
  start: number;
  /** Offset just past its end. */
  end: number;
  /** Index into {@link Attribution.quotes} when the warning is about a quote. */
  quoteId?: number;
}

/**
 * The result of {@link attributeQuotes}: the quotes in document order, the
 * speakers they are attributed to, and warnings about the text. Plain data:
 * it survives `JSON.stringify`, `structuredClone` and `postMessage`, and
 * {@link AttributionSchema} validates it on the other side.
 *
 * @example
 * ```ts
 * import { attributeQuotes } from 'quote-attribution';
 *
 * const { quotes, speakers, warnings } = attributeQuotes('“We will not reopen the pier,” Reyes said. The mayor called it “a disgrace.”');
 * quotes.map((q) => [q.speaker, q.text]); // [['Reyes', 'We will not reopen the pier,'], [null, 'a disgrace.']]
 * speakers.map((s) => [s.name, s.quoteIds]); // [['Reyes', [0]]]
 * warnings.map((w) => [w.code, w.quoteId]); // [['no-speaker', 1]]
 * ```
 */
export interface Attribution {
  /** Every quotation, in document order (nested quotes follow their parent). */
  quotes: Quote[];
  /** Everyone quoted, in order of their first quote. */
  speakers: Speaker[];
  /** Unmatched marks, unclosed quotes, unattributed and low-confidence quotes. */
  warnings: Warning[];
}
