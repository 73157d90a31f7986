/**
 * The plain data types the library returns. Every offset is a UTF-16 code-unit
 * index into the original input, as a half-open range `[start, end)`, so
 * `input.slice(start, end)` gives the text back.
 * @module
 */

/**
 * A stretch of the input: its text and where it is.
 *
 * @example
 * ```ts
 * const span: Span = { text: 'Reyes', start: 48, end: 53 };
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
 * const [q] = findQuotes('He called it “candid,” she said.');
 * // q.text === 'candid,'; q.openMark === '“'; q.closeMark === '”'
 * // q.outerStart === 13; q.start === 14; q.end === 21; q.outerEnd === 22
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
 */
export type SpeakerKind = 'person' | 'organization' | 'unknown';

/**
 * One quotation in an article and who said it.
 *
 * @example
 * ```ts
 * const { quotes } = attributeQuotes('“We will not reopen the pier,” Reyes said.');
 * // quotes[0].text === 'We will not reopen the pier,'
 * // quotes[0].speaker === 'Reyes'; quotes[0].rule === 'trailing-cue'
 * // quotes[0].cue?.text === 'said'; quotes[0].mention?.text === 'Reyes'
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
 * A person or organisation quoted in the article, with every mention of them.
 *
 * @example
 * ```ts
 * const { speakers } = attributeQuotes(article);
 * // speakers[0] -> { id: 0, name: 'Dana Reyes', kind: 'person',
 * //                  titles: ['Port Authority director'], mentions: [...], quoteIds: [0, 2] }
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
 * nothing, a quote without a speaker. Located by its offsets.
 *
 * @example
 * ```ts
 * const { warnings } = attributeQuotes('The 12" pizza.');
 * // [{ code: 'unmatched-close', message: '…', start: 6, end: 7 }]
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
 * speakers they are attributed to, and warnings about the text.
 *
 * @example
 * ```ts
 * const { quotes, speakers, warnings } = attributeQuotes(article);
 * for (const q of quotes) console.log(q.speaker ?? '(unattributed)', q.text);
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
