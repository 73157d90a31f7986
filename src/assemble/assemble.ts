/**
 * Stage 4: turn the stages' findings into the public result: quotes with
 * speaker names and spans, the speakers with their mentions, and warnings.
 * @internal
 * @module
 */

import type { ResolvedOptions } from '../options.js';
import type { ScanResult } from '../scan/scan-quotes.js';
import type { QuoteTable } from '../scan/quote-table.js';
import type { Tokens } from '../text/tokenize.js';
import type { Names } from '../resolve/names.js';
import type { Entities } from '../resolve/entities.js';
import type { AttributionTable } from '../resolve/attribution-table.js';
import type { Attribution, Quote, Span, Speaker, Warning } from '../types.js';
import { scratchInt32, scratchInt32Unfilled } from '../text/scratch.js';
import { sameChars } from '../text/chars.js';
import { groupIndexes } from '../text/group-indexes.js';
import { HASH_SEED, hashStep } from '../text/word-hash.js';

/** What assemble reads. @internal */
export interface AssembleInput {
  text: string;
  scan: ScanResult;
  tokens: Tokens;
  names: Names;
  entities: Entities;
  attributions: AttributionTable;
}

const NO_SPEAKER = 'No speaker found for this quote (a scare quote, title or term, or an unattributed quotation).';

/** A speaker's quote ids until all quotes are read (a holey array, as those are: one kind of array in that field). */
const UNLISTED: number[] = new Array<number>(0);

/** Confidence below which an attribution is flagged. */
const LOW_CONFIDENCE = 0.5;

/**
 * Builds the {@link Attribution}.
 * @internal
 */
export function assemble(input: AssembleInput, options: ResolvedOptions): Attribution {
  const { text, scan, tokens, names, entities, attributions } = input;
  const texts = new TextCache(text, scan.quotes.count);
  const span = (first: number, last: number): Span => {
    const start = tokens.start[first]!;
    const end = tokens.end[last]!;
    // (a single word comes with its hash from the tokenizer)
    return { text: texts.slice(start, end, first === last ? tokens.hash[first]! : 0), start, end };
  };

  const speakers: Speaker[] = [];
  /** The speaker of each entity (-1 for none yet), and the entity of each speaker (-1 for a nominal source). */
  const speakerOfEntity = scratchInt32(entities.list.length, -1);
  const entityOfSpeaker: number[] = [];
  const speakerOfNominal = new Map<string, number>();
  const scanned = scan.quotes;
  // (made at their full length: a text of a million quotes then copies no growing array of them)
  const quotes = new Array<Quote>(countShown(scanned, options.nested));
  let shown = 0;
  /** The warnings about the quotes (no speaker, low confidence), made with them, and whether in order of offsets. */
  const fromQuotes: Warning[] = [];
  let quoteWarningsInOrder = true;
  const indexOfScan = scratchInt32(scanned.count, -1);
  /**
   * The speaker of each quote shown (or -1), and how many quotes each speaker has (there are never more speakers
   * than quotes): the speakers' quote ids are listed from them once all are known.
   */
  const speakerOfQuote = scratchInt32(quotes.length, -1);
  const quotesOfSpeaker = scratchInt32(quotes.length, 0);
  /**
   * Start offsets already in each speaker's `mentions` (a Set, so a speaker with thousands of quotes stays
   * linear), made only once a mention comes that starts before the speaker's last one: until then the list
   * is in order, a later start is new and the last start again is the last mention again (a quote that goes
   * on from the one before has its mention).
   */
  const mentionStarts: (Set<number> | undefined)[] = [];

  const raw = (r: { start: number; end: number }): Span => ({ text: texts.slice(r.start, r.end), start: r.start, end: r.end });
  for (let k = 0; k < scanned.count; k++) {
    if (!options.nested && scanned.depth(k) > 0) continue;
    let speakerId: number | null = null;
    if (attributions.hasSpeaker(k)) {
      const nominal = attributions.nominal(k);
      if (nominal === null) {
        const id = attributions.entity(k);
        let sid = speakerOfEntity[id]!;
        if (sid < 0) {
          const e = entities.list[id]!;
          sid = speakers.length;
          speakers.push({ id: sid, name: e.name, kind: e.kind === 'organization' ? 'organization' : 'person', titles: e.titles, mentions: [], quoteIds: UNLISTED });
          speakerOfEntity[id] = sid;
          entityOfSpeaker.push(id);
        }
        speakerId = sid;
      } else {
        let sid = speakerOfNominal.get(nominal);
        if (sid === undefined) {
          sid = speakers.length;
          speakers.push({ id: sid, name: nominal, kind: 'unknown', titles: [], mentions: [], quoteIds: UNLISTED });
          speakerOfNominal.set(nominal, sid);
          entityOfSpeaker.push(-1);
        }
        speakerId = sid;
      }
    }
    const label = attributions.label(k);
    const mention = attributions.mentionFirst(k) >= 0 ? span(attributions.mentionFirst(k), attributions.mentionLast(k)) : label !== undefined ? raw(label.label) : null;
    const cue = attributions.cueFirst(k) >= 0 ? span(attributions.cueFirst(k), attributions.cueLast(k)) : label !== undefined ? raw(label.cue) : null;
    // (kept in hundredths)
    const confidence = attributions.confidence(k) / 100;
    const rule = attributions.rule(k);
    const id = shown++;
    indexOfScan[k] = id;
    if (speakerId !== null) {
      speakerOfQuote[id] = speakerId;
      quotesOfSpeaker[speakerId]!++;
    }
    if (speakerId !== null && mention !== null) {
      const list = speakers[speakerId]!.mentions;
      let starts = mentionStarts[speakerId];
      const lastStart = list.length > 0 ? list[list.length - 1]!.start : -1;
      if (starts === undefined && mention.start >= lastStart) {
        if (mention.start > lastStart) list.push(mention);
      } else {
        if (starts === undefined) {
          starts = new Set();
          for (const m of list) starts.add(m.start);
          mentionStarts[speakerId] = starts;
        }
        if (!starts.has(mention.start)) {
          starts.add(mention.start);
          list.push(mention);
        }
      }
    }
    const start = scanned.start(k);
    const end = scanned.end(k);
    const outerStart = scanned.outerStart(k);
    const outerEnd = scanned.outerEnd(k);
    const parent = scanned.parent(k);
    quotes[id] = {
      text: texts.slice(start, end),
      start,
      end,
      outerStart,
      outerEnd,
      speaker: speakerId !== null ? speakers[speakerId]!.name : null,
      speakerId,
      mention,
      cue,
      rule,
      confidence,
      // (scan order puts a parent before its nested quotes: its index here is known already)
      parent: parent >= 0 && indexOfScan[parent]! >= 0 ? indexOfScan[parent]! : null,
      unclosed: scanned.unclosed(k),
      continued: scanned.previous(k) >= 0,
    };
    if (rule === 'nested') continue;
    let warning: Warning;
    if (speakerId === null) {
      warning = { code: 'no-speaker', message: NO_SPEAKER, start: outerStart, end: outerEnd, quoteId: id };
    } else if (confidence < LOW_CONFIDENCE) {
      const speaker = speakers[speakerId]!.name;
      warning = { code: 'low-confidence', message: `Attributed to ${speaker} by rule ${rule} with low confidence (${confidence}).`, start: outerStart, end: outerEnd, quoteId: id };
    } else continue;
    if (fromQuotes.length > 0 && after(fromQuotes[fromQuotes.length - 1]!, warning)) quoteWarningsInOrder = false;
    fromQuotes.push(warning);
  }

  const quoteIds = groupIndexes(speakerOfQuote, quotesOfSpeaker, speakers.length);
  for (let sid = 0; sid < speakers.length; sid++) speakers[sid]!.quoteIds = quoteIds[sid]!;

  // every mention of each entity speaker, outside quotes
  const kept = new KeptRuns(names.runs.length);
  for (let sid = 0; sid < speakers.length; sid++) {
    const entity = entityOfSpeaker[sid]!;
    if (entity < 0) continue;
    const list = speakers[sid]!.mentions;
    const runs = entities.list[entity]!.runs;
    if (!kept.find(runs, names, tokens, list)) {
      // (runs out of order: never, today)
      for (const m of pairwise(runs.map((r) => span(names.runs[r]!.first, names.runs[r]!.last)), list)) list.push(m);
    } else if (mentionStarts[sid] === undefined) {
      // (both in order, as they mostly are (the quotes' mentions came in order when no Set was needed): merged,
      // as a stable sort of the two would have them)
      speakers[sid]!.mentions = kept.mergeInto(list, tokens, span);
      continue;
    } else for (let i = 0; i < kept.count; i++) list.push(kept.span(i, span));
    // (a stable sort leaves sorted spans as they are: skip it then)
    if (!startsSorted(list)) list.sort((a, b) => a.start - b.start);
  }

  // the scanner's warnings are this call's own objects, read by nothing else: kept, with quote ids remapped
  // (copied, with the same fields in the same order, only when a quote left out takes its id away)
  const fromScan: Warning[] = scan.warnings;
  for (let i = 0; i < fromScan.length; i++) {
    const w = fromScan[i]!;
    if (w.quoteId === undefined) continue;
    if (indexOfScan[w.quoteId]! >= 0) w.quoteId = indexOfScan[w.quoteId]!;
    else fromScan[i] = { code: w.code, message: w.message, start: w.start, end: w.end };
  }
  const warnings = mergeByOffsets(fromScan, fromQuotes, quoteWarningsInOrder);
  return { quotes, speakers, warnings };
}

/** How many of the scanned quotes the result shows: all, or with `nested` off those at the top level. */
function countShown(scanned: QuoteTable, nested: boolean): number {
  if (nested) return scanned.count;
  let count = 0;
  for (let k = 0; k < scanned.count; k++) if (scanned.depth(k) === 0) count++;
  return count;
}

/** Texts of at most this many code units go through a {@link TextCache}: a longer slice is a view of the text, not a copy. */
const SHORT_TEXT = 12;
/** A text with fewer quotes than this slices every time: the strings saved would not pay for the cache. */
const CACHED_FROM = 64;
const NO_SLOTS = new Int32Array(0);

/**
 * Slices of the text, a short one given back as the same string when the
 * same characters came before: a cue's “said” or a speaker's name comes
 * again with every quote, and in a text dense with quotes a new string for
 * each is a good part of what building the result costs. (Strings are
 * values: that two results share one cannot be seen.) Direct-mapped by a
 * hash of the characters: a slot keeps the last text that fell in it.
 */
class TextCache {
  private readonly mask: number;
  /** For each slot, where in the text its string was sliced from, and the string. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly strings: (string | undefined)[];

  /** A cache for `text` with `quotes` quotes (none for fewer than {@link CACHED_FROM}; at most 1,024 slots). */
  constructor(
    private readonly text: string,
    quotes: number,
  ) {
    if (quotes < CACHED_FROM) {
      this.mask = -1;
      this.starts = this.ends = NO_SLOTS;
      this.strings = [];
      return;
    }
    let size = 128;
    while (size < 1024 && size < quotes * 2) size <<= 1;
    this.mask = size - 1;
    this.starts = scratchInt32(size, 0);
    this.ends = scratchInt32(size, 0);
    this.strings = new Array<string | undefined>(size);
  }

  /**
   * `text.slice(start, end)`. `hash`, unless 0, is a hash of those
   * characters to file the string by (a word's, which the tokenizer made);
   * else one is computed.
   */
  slice(start: number, end: number, hash = 0): string {
    const { text } = this;
    // (one code unit: V8 hands out a shared string for it already)
    if (end - start > SHORT_TEXT || end - start <= 1 || this.mask < 0) return text.slice(start, end);
    let h = hash;
    if (h === 0) {
      h = HASH_SEED;
      for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
    }
    const slot = (h ^ (h >>> 16)) & this.mask;
    const known = this.strings[slot];
    if (known !== undefined && sameChars(text, this.starts[slot]!, this.ends[slot]!, start, end)) return known;
    const s = text.slice(start, end);
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.strings[slot] = s;
    return s;
  }
}

/**
 * The name runs of one entity that make mentions of their own, as first and
 * last tokens in scratch arrays (sized for every run of the text, reused from
 * one entity to the next): the spans are made only when they go into the
 * speaker's list, which is made at its full length.
 */
class KeptRuns {
  count = 0;
  private readonly first: Int32Array;
  private readonly last: Int32Array;

  constructor(runs: number) {
    // (written before read: no need to clear)
    this.first = scratchInt32Unfilled(runs);
    this.last = scratchInt32Unfilled(runs);
  }

  /**
   * Finds the runs (`runs`, of an entity) not contained in any of `existing`
   * (its mentions from quotes) or in an earlier kept run. Runs come in
   * document order, so one sweep with a running maximum end does it in
   * O(n log n); false when they do not (never, today), for pairwise checks.
   */
  find(runs: readonly number[], names: Names, tokens: Tokens, existing: readonly Span[]): boolean {
    const sorted = startsSorted(existing) ? existing : [...existing].sort((a, b) => a.start - b.start);
    this.count = 0;
    let k = 0;
    let maxEnd = -1;
    let lastStart = -1;
    for (const r of runs) {
      const run = names.runs[r]!;
      // (the span's offsets, read without building it: most runs are dropped)
      const start = tokens.start[run.first]!;
      const end = tokens.end[run.last]!;
      if (start < lastStart) return false;
      lastStart = start;
      while (k < sorted.length && sorted[k]!.start <= start) maxEnd = Math.max(maxEnd, sorted[k++]!.end);
      if (maxEnd >= end) continue;
      this.first[this.count] = run.first;
      this.last[this.count++] = run.last;
      maxEnd = Math.max(maxEnd, end);
    }
    return true;
  }

  /** The span of the `i`th kept run. */
  span(i: number, span: (first: number, last: number) => Span): Span {
    return span(this.first[i]!, this.last[i]!);
  }

  /** `spans` (in order of their starts) and the spans of the kept runs, merged as a stable sort by start would order them. */
  mergeInto(spans: Span[], tokens: Tokens, span: (first: number, last: number) => Span): Span[] {
    const n = this.count;
    if (n === 0) return spans;
    const out = new Array<Span>(spans.length + n);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < spans.length && j < n) out[k++] = tokens.start[this.first[j]!]! < spans[i]!.start ? this.span(j++, span) : spans[i++]!;
    while (i < spans.length) out[k++] = spans[i++]!;
    while (j < n) out[k++] = this.span(j++, span);
    return out;
  }
}

/** Is `a` after `b` in the order of warnings (start, then end)? */
function after(a: Warning, b: Warning): boolean {
  return a.start > b.start || (a.start === b.start && a.end > b.end);
}

/**
 * `first` then `second`, stably sorted by start and end. `first` (the
 * scanner's) is in that order already, and so is `second` when
 * `secondInOrder` (as it is): then they are merged, else sorted.
 */
function mergeByOffsets(first: Warning[], second: Warning[], secondInOrder: boolean): Warning[] {
  if (!secondInOrder) return [...first, ...second].sort((a, b) => a.start - b.start || a.end - b.end);
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  // (made at its full length, not grown warning by warning)
  const out = new Array<Warning>(first.length + second.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < first.length && j < second.length) out[k++] = after(first[i]!, second[j]!) ? second[j++]! : first[i++]!;
  while (i < first.length) out[k++] = first[i++]!;
  while (j < second.length) out[k++] = second[j++]!;
  return out;
}

/** Are the spans in order of their starts? */
function startsSorted(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1]!.start > spans[i]!.start) return false;
  return true;
}

function pairwise(candidates: readonly Span[], existing: readonly Span[]): Span[] {
  const all = [...existing];
  const kept: Span[] = [];
  for (const m of candidates) {
    if (all.some((x) => x.start <= m.start && m.end <= x.end)) continue;
    all.push(m);
    kept.push(m);
  }
  return kept;
}
