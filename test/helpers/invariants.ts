/**
 * The invariants every result must satisfy, for any input string. Each check
 * throws an Error naming the broken invariant, so a shrunk fast-check
 * counterexample says what went wrong.
 */
import {
  AttributionSchema,
  QuoteSpanSchema,
  attributeQuotes,
  findQuotes,
  type AttributeOptions,
  type Attribution,
  type QuoteSpan,
  type Warning,
} from '../../src/index.js';
import { countedMarks, type CountedMark } from './marks.js';

/** Warning codes that account for a quotation mark. */
export const MARK_WARNING_CODES: ReadonlySet<Warning['code']> = new Set(['unmatched-open', 'unmatched-close', 'empty-quote', 'unclosed-quote']);

const BLANK = /^[\s\u0085\u200B]*$/u;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/u;

function fail(message: string, detail?: unknown): never {
  throw new Error(detail === undefined ? message : `${message}: ${JSON.stringify(detail)}`);
}

function inBounds(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
}

/** Offsets in bounds, text equal to the slice, marks where they say, links consistent. */
export function checkSpans(text: string, spans: readonly QuoteSpan[], options: AttributeOptions = {}): void {
  spans.forEach((q, k) => {
    if (!QuoteSpanSchema.safeParse(q).success) fail('span does not match QuoteSpanSchema', q);
    if (!inBounds(text, q.outerStart, q.outerEnd) || !(q.outerStart <= q.start && q.start <= q.end && q.end <= q.outerEnd))
      fail('span offsets out of bounds or out of order', q);
    if (q.text !== text.slice(q.start, q.end)) fail('span text is not input.slice(start, end)', q);
    if (q.text.length === 0 || BLANK.test(q.text[0]!) || BLANK.test(q.text[q.text.length - 1]!)) fail('span text empty or not trimmed', q);
    if (text.slice(q.outerStart, q.outerStart + q.openMark.length) !== q.openMark) fail('openMark is not at outerStart', q);
    if (!BLANK.test(text.slice(q.outerStart + q.openMark.length, q.start))) fail('non-blank text between the opening mark and start', q);
    if (q.closeMark === null) {
      if (!q.unclosed || q.outerEnd !== q.end) fail('unclosed span must end at its content', q);
    } else {
      if (q.unclosed) fail('closed span flagged unclosed', q);
      if (text.slice(q.outerEnd - q.closeMark.length, q.outerEnd) !== q.closeMark) fail('closeMark is not before outerEnd', q);
      if (!BLANK.test(text.slice(q.end, q.outerEnd - q.closeMark.length))) fail('non-blank text between end and the closing mark', q);
    }
    if ((options.paragraphs ?? 'line') === 'line' && LINE_BREAK.test(text.slice(q.outerStart, q.outerEnd))) fail('span runs over a line break', q);
    if (q.continued !== (q.previous !== null)) fail('continued must equal previous !== null', q);
    if (q.previous !== null && spans[q.previous]?.next !== k) fail('previous/next links disagree', { k, q });
    if (q.next !== null && spans[q.next]?.previous !== k) fail('next/previous links disagree', { k, q });
    if (q.parent !== null) {
      const p = spans[q.parent];
      if (p === undefined || q.parent >= k) fail('parent must come before its child', { k, q });
      if (!(p.outerStart <= q.outerStart && q.outerEnd <= p.outerEnd)) fail('nested span outside its parent', { q, p });
      if (q.depth !== p.depth + 1) fail('depth must be parent depth + 1', { q, p });
    } else if (q.depth !== 0) fail('top-level span with depth > 0', q);
  });
  checkOrderAndNesting(spans);
}

/**
 * Sorted by start; any two quotes are disjoint or one is nested in the other,
 * and then `parent` points to the innermost quote around it. One sweep with a
 * stack of the quotes still open.
 */
export function checkOrderAndNesting(quotes: readonly { start: number; outerStart: number; outerEnd: number; parent: number | null }[]): void {
  const open: number[] = [];
  for (let k = 0; k < quotes.length; k++) {
    const b = quotes[k]!;
    if (k > 0 && quotes[k - 1]!.start > b.start) fail('quotes not sorted by start', { k });
    if (k > 0 && quotes[k - 1]!.outerStart > b.outerStart) fail('quotes not sorted by outerStart', { k });
    while (open.length > 0 && quotes[open[open.length - 1]!]!.outerEnd <= b.outerStart) open.pop();
    const around = open.length > 0 ? open[open.length - 1]! : null;
    if (around !== null && b.outerEnd > quotes[around]!.outerEnd) fail('quotes overlap without nesting', { a: quotes[around], b });
    if (b.parent !== around) fail('parent is not the innermost quote around it', { k, parent: b.parent, around });
    open.push(k);
  }
}

/** The result of attributeQuotes is well formed and consistent with itself. */
export function checkAttribution(text: string, result: Attribution, options: AttributeOptions = {}): void {
  const parsed = AttributionSchema.safeParse(result);
  if (!parsed.success) fail('result does not match AttributionSchema', parsed.error.issues.slice(0, 3));
  const { quotes, speakers, warnings } = result;
  const quoteIdsOf = speakers.map((sp) => new Set(sp.quoteIds));
  quotes.forEach((q, k) => {
    if (!inBounds(text, q.outerStart, q.outerEnd) || !(q.outerStart <= q.start && q.start <= q.end && q.end <= q.outerEnd))
      fail('quote offsets out of bounds or out of order', q);
    if (q.text !== text.slice(q.start, q.end)) fail('quote text is not input.slice(start, end)', q);
    for (const span of [q.mention, q.cue]) {
      if (span === null) continue;
      if (!inBounds(text, span.start, span.end) || span.text !== text.slice(span.start, span.end)) fail('mention/cue span is not input.slice(start, end)', { k, span });
    }
    if ((q.speaker === null) !== (q.speakerId === null)) fail('speaker and speakerId disagree', q);
    if (q.speakerId !== null) {
      const s = speakers[q.speakerId];
      if (s === undefined || s.name !== q.speaker || !quoteIdsOf[q.speakerId]!.has(k)) fail('quote and speaker disagree', { k, q, s });
    }
    if (q.parent !== null && (q.parent >= k || quotes[q.parent] === undefined)) fail('quote parent must come before it', { k, q });
    if (options.nested === false && q.parent !== null) fail('nested: false returned a nested quote', q);
    if (q.confidence < 0 || q.confidence > 1 || Number.isNaN(q.confidence)) fail('confidence outside [0, 1]', q);
  });
  checkOrderAndNesting(quotes);
  speakers.forEach((s, id) => {
    if (s.id !== id) fail('speaker id is not its index', s);
    for (const m of s.mentions) if (!inBounds(text, m.start, m.end) || m.text !== text.slice(m.start, m.end)) fail('speaker mention is not input.slice(start, end)', m);
    for (const qid of s.quoteIds) if (quotes[qid]?.speakerId !== id) fail('speaker.quoteIds points to a quote of someone else', { s, qid });
  });
  for (let k = 0; k < warnings.length; k++) {
    const w = warnings[k]!;
    if (!inBounds(text, w.start, w.end) || w.end <= w.start) fail('warning span out of bounds or empty', w);
    if (k > 0 && warnings[k - 1]!.start > w.start) fail('warnings not sorted by start', { k });
    if (w.quoteId !== undefined && quotes[w.quoteId] === undefined) fail('warning points to a missing quote', w);
    if (w.message.length === 0) fail('warning without a message', w);
  }
  // no-speaker / low-confidence: exactly one per top-level or continued quote that needs it, with the quote's span
  const quoteWarnings = new Map<number, Warning[]>();
  for (const w of warnings) {
    if (w.quoteId === undefined || (w.code !== 'no-speaker' && w.code !== 'low-confidence')) continue;
    quoteWarnings.set(w.quoteId, [...(quoteWarnings.get(w.quoteId) ?? []), w]);
  }
  quotes.forEach((q, k) => {
    const mine = quoteWarnings.get(k) ?? [];
    const expected = q.rule === 'nested' ? null : q.speaker === null ? 'no-speaker' : q.confidence < 0.5 ? 'low-confidence' : null;
    if (expected === null ? mine.length !== 0 : mine.length !== 1 || mine[0]!.code !== expected) fail('no-speaker/low-confidence warnings disagree with the quote', { k, q, mine });
    for (const w of mine) if (w.start !== q.outerStart || w.end !== q.outerEnd) fail('quote warning span is not the quote outer span', { q, w });
  });
  const seen = new Set<string>();
  for (const w of warnings) {
    const key = `${w.code}:${w.start}:${w.end}`;
    if (seen.has(key)) fail('the same warning twice', w);
    seen.add(key);
    if ((w.code === 'no-speaker' || w.code === 'low-confidence') && w.quoteId === undefined) fail('quote warning without quoteId', w);
    if ((w.code === 'unmatched-open' || w.code === 'unmatched-close') && !isMark(text.slice(w.start, w.end))) fail('unmatched warning not on a quotation mark', { w, mark: text.slice(w.start, w.end) });
    if (w.code === 'unclosed-quote' && w.quoteId !== undefined) {
      const q = quotes[w.quoteId]!;
      if (!q.unclosed || q.outerStart !== w.start) fail('unclosed-quote warning does not match its quote', { w, q });
    }
  }
}

/** A quotation mark as the scanner reads it: one character, a doubled mark or an entity. */
function isMark(s: string): boolean {
  return countedMarks(s, { skipMarkup: false }).length > 0 || /^(?:['\u2018\u2019\u201B]|&[#a-z0-9]+;)$/iu.test(s);
}

/** Every quote that ends unclosed and is not continued in the next paragraph has an `unclosed-quote` warning, and no other does. */
export function checkUnclosedWarnings(spans: readonly QuoteSpan[], result: Attribution, options: AttributeOptions = {}): void {
  const warnedAt = new Set(result.warnings.filter((w) => w.code === 'unclosed-quote').map((w) => w.start));
  for (const q of spans) {
    if (options.nested === false && q.depth > 0) continue;
    const warned = warnedAt.has(q.outerStart);
    const expected = q.unclosed && q.next === null;
    if (warned !== expected) fail(expected ? 'unclosed quote without an unclosed-quote warning' : 'unclosed-quote warning on a quote that is closed or continued', q);
  }
}

/** The findQuotes spans and the attributeQuotes quotes describe the same quotes. */
export function checkSameQuotes(spans: readonly QuoteSpan[], result: Attribution, options: AttributeOptions = {}): void {
  const expected = spans.filter((s) => options.nested !== false || s.depth === 0);
  const got = result.quotes.map((q) => [q.start, q.end, q.outerStart, q.outerEnd, q.unclosed, q.continued]);
  const want = expected.map((q) => [q.start, q.end, q.outerStart, q.outerEnd, q.unclosed, q.continued]);
  if (JSON.stringify(got) !== JSON.stringify(want)) fail('attributeQuotes and findQuotes disagree', { got, want });
}

/** Where each counted mark went: an index over the spans and warnings, built once. */
export function markIndex(spans: readonly QuoteSpan[], warnings: readonly Warning[]): (mark: CountedMark) => string | null {
  const opens = new Map<number, string>();
  const closes = new Map<number, string>();
  for (const q of spans) {
    opens.set(q.outerStart, q.openMark);
    if (q.closeMark !== null) closes.set(q.outerEnd - q.closeMark.length, q.closeMark);
  }
  const unmatched = new Map<number, string>();
  const emptyStarts = new Set<number>();
  const emptyEnds = new Set<number>();
  for (const w of warnings) {
    if (w.code === 'unmatched-open' || w.code === 'unmatched-close') unmatched.set(w.start, w.code);
    if (w.code === 'empty-quote') {
      emptyStarts.add(w.start);
      emptyEnds.add(w.end);
    }
  }
  return (mark) => {
    const open = opens.get(mark.start);
    if (open !== undefined) return open === mark.mark ? 'open' : `open as ${JSON.stringify(open)}`;
    const close = closes.get(mark.start);
    if (close !== undefined) return close === mark.mark ? 'close' : `close as ${JSON.stringify(close)}`;
    const code = unmatched.get(mark.start);
    if (code !== undefined) return code;
    if (emptyStarts.has(mark.start) || emptyEnds.has(mark.end)) return 'empty-quote';
    return null;
  };
}

/** Whether each sorted offset lies inside one of the `[start, end)` ranges. */
function covered(offsets: readonly number[], ranges: readonly (readonly [number, number])[]): boolean[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: boolean[] = [];
  let k = 0;
  let maxEnd = -1;
  for (const at of offsets) {
    while (k < sorted.length && sorted[k]![0] <= at) maxEnd = Math.max(maxEnd, sorted[k++]![1]);
    out.push(at < maxEnd);
  }
  return out;
}

/**
 * Every counted quotation mark is an opening or closing mark of a span, or
 * the start of an unmatched/empty warning (the strong form); and, for the
 * public result, each lies inside a quote's outer span or a mark warning's
 * span (the form the result alone can show, nested quotes dropped included).
 */
export function checkMarksAccounted(text: string, spans: readonly QuoteSpan[], result: Attribution, options: AttributeOptions = {}): void {
  const marks = countedMarks(text, options);
  const where = markIndex(spans, result.warnings);
  for (const m of marks) {
    const how = where(m);
    if (how === null) fail('quotation mark lost (neither a quote mark nor warned)', { mark: m.mark, start: m.start });
    if (how.includes(' as ')) fail(`quotation mark read differently (${how})`, { mark: m.mark, start: m.start });
  }
  const starts = marks.map((m) => m.start);
  const inQuote = covered(starts, result.quotes.map((q) => [q.outerStart, q.outerEnd] as const));
  const inWarning = covered(starts, result.warnings.filter((w) => MARK_WARNING_CODES.has(w.code)).map((w) => [w.start, w.end] as const));
  marks.forEach((m, k) => {
    if (!inQuote[k] && !inWarning[k]) fail('quotation mark outside every quote and mark warning', { mark: m.mark, start: m.start });
  });
}

/** Runs both entry points on `text` and checks every invariant; returns the result. */
export function checkAll(text: string, options: AttributeOptions = {}): Attribution {
  const { nested: _nested, ...findOptions } = options;
  const spans = findQuotes(text, findOptions);
  const result = attributeQuotes(text, options);
  checkSpans(text, spans, options);
  checkAttribution(text, result, options);
  checkSameQuotes(spans, result, options);
  checkMarksAccounted(text, spans, result, options);
  checkUnclosedWarnings(spans, result, options);
  return result;
}
