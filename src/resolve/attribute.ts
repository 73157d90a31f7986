/**
 * Stage 3: for each quote, who said it, by which rule, through which words.
 *
 * Rules, tried in this order for a top-level quote:
 * 1. trailing cue: “…,” Reyes said. / “…,” said Reyes. / “…,” she said.
 * 2. leading cue in the same sentence: Reyes said: “…” / Reyes called it “…” /
 *    According to Reyes, “…” (the second half of a split quote comes here).
 * 3. a later part of a multi-paragraph quote: the earlier part's speaker.
 * 4. a quote that starts its sentence, with no cue: the last speaker of its
 *    paragraph, or, when it opens the paragraph, of the paragraph before.
 * Anything else (scare quotes, titles, terms) stays unattributed.
 * @internal
 * @module
 */

import type { AttributionRule, QuoteSpan } from '../types.js';
import { Flag, Kind, type Tokens } from '../text/tokenize.js';
import type { Cue, Cues } from '../cues/find-cues.js';
import type { Names } from './names.js';
import { RunKind } from './names.js';
import type { Entities } from './entities.js';
import { MentionKind, MentionReader, type Mention } from './mentions.js';
import { PronounResolver } from './pronouns.js';

/** Who a quote is attributed to: an entity, or a nominal source named only by its description. */
export interface SpeakerRef {
  /** Entity id, or -1 for a nominal source. */
  entity: number;
  /** For a nominal source (entity -1): its description. */
  nominal: string | null;
}

/** The attribution of one quote (token-level; assemble turns it into the public shape). */
export interface QuoteAttribution {
  speaker: SpeakerRef | null;
  mention: Mention | null;
  /** The cue's first and last token, or a single punctuation token for “Reyes: “…””. */
  cue: { first: number; last: number } | null;
  rule: AttributionRule;
  confidence: number;
}

/** Everything the resolver reads. */
export interface ResolveInput {
  tokens: Tokens;
  quotes: readonly QuoteSpan[];
  names: Names;
  entities: Entities;
  cues: Cues;
}

interface Found {
  mention: Mention;
  cue: Cue | null;
  cueFirst: number;
  cueLast: number;
  immediate: boolean;
  rule: AttributionRule;
}

/** A speech event: someone spoke (a quote or reported speech) at a token. */
interface Event {
  token: number;
  speaker: SpeakerRef;
}

const OPEN_END = new Set([',', '?', '!', '—', '–', '-', '…', ':', ';']);
const DASHES = new Set(['—', '–', '-', '--']);
/** How many tokens after a quote a trailing cue may be. */
const TRAILING_WINDOW = 45;
/** How many tokens before a quote a leading cue may be. */
const LEADING_WINDOW = 60;

/**
 * Attributes every quote. Returns one entry per scanned quote (nested quotes
 * get rule `nested`).
 * @internal
 */
export function attribute(input: ResolveInput): QuoteAttribution[] {
  return new Resolver(input).run();
}

class Resolver {
  private readonly reader: MentionReader;
  private readonly pronouns: PronounResolver;
  private readonly out: QuoteAttribution[];
  /** Last speech event of each paragraph, as the walk reaches it. */
  private readonly lastEventOfPara = new Map<number, Event>();
  /** Quote index → token index of its quote token (top-level quotes only). */
  private readonly tokenOfQuote: Int32Array;
  /** Cue tokens already used by a quote. */
  private readonly usedCue = new Set<number>();

  constructor(private readonly input: ResolveInput) {
    this.reader = new MentionReader(input.tokens, input.names);
    this.pronouns = new PronounResolver(input.tokens, input.names, input.entities);
    this.out = input.quotes.map(() => ({ speaker: null, mention: null, cue: null, rule: 'none' as AttributionRule, confidence: 0 }));
    this.tokenOfQuote = new Int32Array(input.quotes.length).fill(-1);
    const { tokens } = input;
    for (let t = 0; t < tokens.count; t++) if (tokens.kind[t] === Kind.Quote) this.tokenOfQuote[tokens.quote[t]!] = t;
  }

  run(): QuoteAttribution[] {
    const { tokens, quotes, cues } = this.input;
    for (let t = 0; t < tokens.count; t++) {
      if (tokens.kind[t] === Kind.Quote) this.quote(t);
      else {
        const c = cues.at[t]!;
        if (c >= 0 && !this.usedCue.has(t)) this.reportedSpeech(cues.list[c]!);
      }
    }
    // nested quotes; then later parts of multi-paragraph quotes inherit backwards too
    for (let q = 0; q < quotes.length; q++) {
      if (quotes[q]!.parent !== null) this.out[q] = { speaker: null, mention: null, cue: null, rule: 'nested', confidence: 0 };
    }
    for (let q = quotes.length - 1; q >= 0; q--) {
      const next = quotes[q]!.next;
      if (next !== null && this.out[q]!.speaker === null && this.out[next]!.speaker !== null) {
        const from = this.out[next]!;
        this.out[q] = { speaker: from.speaker, mention: from.mention, cue: from.cue, rule: 'multi-paragraph', confidence: Math.min(from.confidence, 0.8) };
      }
    }
    return this.out;
  }

  /** A cue outside any quote's attribution: reported speech, remembered as the paragraph's last speaker. */
  private reportedSpeech(cue: Cue): void {
    const { tokens } = this.input;
    if (cue.kind === 'frame') return;
    const floor = this.clauseFloor(cue.token);
    let mention: Mention | null = null;
    if (cue.kind === 'according') mention = this.reader.mentionAfter(cue.last, this.sentenceEnd(cue.token) - 1);
    else if (!cue.participle) mention = this.reader.subjectBefore(cue.token, floor);
    if (mention === null) return;
    const speaker = this.speakerOf(mention);
    if (speaker !== null) this.lastEventOfPara.set(tokens.para[cue.token]!, { token: cue.token, speaker });
  }

  private quote(t: number): void {
    const { tokens, quotes } = this.input;
    const q = tokens.quote[t]!;
    const span = quotes[q]!;
    const para = tokens.para[t]!;
    let found = this.trailing(t);
    const leading = this.leading(t);
    if (found === null || (!found.immediate && leading !== null)) found = leading ?? found;

    let result: QuoteAttribution | null = null;
    if (found !== null) {
      const speaker = this.speakerOf(found.mention);
      if (speaker !== null || found.mention.kind !== MentionKind.Pronoun) {
        result = {
          speaker,
          mention: found.mention,
          cue: { first: found.cueFirst, last: found.cueLast },
          rule: found.rule,
          confidence: confidenceOf(found, speaker),
        };
        if (found.cue !== null) this.usedCue.add(found.cue.token);
      } else {
        // a pronoun we could not resolve: keep the words, leave the speaker open
        result = { speaker: null, mention: found.mention, cue: { first: found.cueFirst, last: found.cueLast }, rule: found.rule, confidence: 0.3 };
        if (found.cue !== null) this.usedCue.add(found.cue.token);
      }
    }
    if (result === null || result.speaker === null) {
      const inherited = this.continuation(t, span);
      if (inherited !== null && (result === null || result.mention === null || result.mention.kind === MentionKind.Pronoun)) result = inherited;
    }
    if (result === null) return;
    this.out[q] = result;
    if (result.speaker !== null) this.lastEventOfPara.set(para, { token: t, speaker: result.speaker });
  }

  /** Rules 3 and 4: the speaker carried over from the previous part, sentence or paragraph. */
  private continuation(t: number, span: QuoteSpan): QuoteAttribution | null {
    const { tokens } = this.input;
    if (span.previous !== null) {
      const prev = this.out[span.previous]!;
      if (prev.speaker !== null) return { speaker: prev.speaker, mention: prev.mention, cue: prev.cue, rule: 'multi-paragraph', confidence: Math.min(prev.confidence, 0.85) };
    }
    if (!this.startsSentence(t)) return null;
    const para = tokens.para[t]!;
    const same = this.lastEventOfPara.get(para);
    if (same !== undefined) return { speaker: same.speaker, mention: null, cue: null, rule: 'same-paragraph', confidence: 0.8 };
    const paraFirst = tokens.paraStart[para];
    if (paraFirst !== t || para === 0) return null;
    const before = this.lastEventOfPara.get(para - 1);
    if (before === undefined) return null;
    return { speaker: before.speaker, mention: null, cue: null, rule: 'paragraph-continuation', confidence: 0.7 };
  }

  /** The quote token opens its sentence (or follows only a dash or bracket there). */
  private startsSentence(t: number): boolean {
    const { tokens } = this.input;
    if ((tokens.flags[t]! & Flag.SentenceStart) !== 0) return true;
    const s = tokens.sentStart[tokens.sent[t]!]!;
    for (let k = s; k < t; k++) {
      if (tokens.kind[k] !== Kind.Punct) return false;
    }
    return true;
  }

  /** Rule 1: a cue after the quote. */
  private trailing(t: number): Found | null {
    const { tokens, cues, quotes } = this.input;
    const span = quotes[tokens.quote[t]!]!;
    let k = t + 1;
    if (k >= tokens.count || tokens.para[k] !== tokens.para[t]) return null;
    const last = lastChar(tokens.text, span.start, span.end);
    let openEnd = OPEN_END.has(last);
    const p = this.punct(k);
    if (p === ',' || (p !== null && DASHES.has(p))) {
      openEnd = true;
      k++;
    } else if (p !== null) return null;
    if (k >= tokens.count || tokens.para[k] !== tokens.para[t]) return null;
    // the same sentence (or, after a quote that ended it, a short attribution sentence)
    const sentence = tokens.sent[k]!;
    const strict = !openEnd || sentence !== tokens.sent[t];
    const end = Math.min(this.sentenceEnd(k), k + (strict ? 8 : TRAILING_WINDOW));
    for (let c = k; c < end; c++) {
      if (tokens.kind[c] === Kind.Quote) return null;
      const ci = cues.at[c]!;
      if (ci < 0) continue;
      const cue = cues.list[ci]!;
      if (cue.kind === 'frame' || cue.participle) continue;
      if (cue.kind === 'according') {
        const mention = this.reader.mentionAfter(cue.last, end - 1);
        if (mention === null) return null;
        return { mention, cue, cueFirst: cue.token, cueLast: cue.last, immediate: c === k, rule: 'according-to' };
      }
      if (this.onlyAdverbsBetween(k, c)) {
        const mention = this.reader.mentionAfter(cue.last, end - 1);
        if (mention !== null) {
          if (strict && !this.endsSoon(mention.last + 1)) return null;
          return { mention, cue, cueFirst: cue.token, cueLast: cue.last, immediate: true, rule: 'trailing-cue' };
        }
      }
      const subject = this.reader.subjectBefore(c, k);
      if (subject !== null && subject.first >= k) {
        if (strict && (subject.first !== k || !this.endsSoon(cue.last + 1))) return null;
        return { mention: subject, cue, cueFirst: cue.token, cueLast: cue.last, immediate: subject.first === k, rule: 'trailing-cue' };
      }
      // the first cue after the quote decides; a later one belongs to another clause
      return null;
    }
    return null;
  }

  /** Rule 2: a cue before the quote in its sentence. */
  private leading(t: number): Found | null {
    const { tokens, cues } = this.input;
    const floor = tokens.sentStart[tokens.sent[t]!]!;
    const stop = Math.max(floor, t - LEADING_WINDOW);
    // Reyes: “…” — a name and a colon right before the quote
    if (t - 2 >= floor && this.punct(t - 1) === ':') {
      const mention = this.reader.mentionEndingAt(t - 2, floor);
      if (mention !== null && mention.kind === MentionKind.Name && cues.at[t - 2]! < 0) {
        return { mention, cue: null, cueFirst: t - 1, cueLast: t - 1, immediate: true, rule: 'leading-cue' };
      }
    }
    let sawQuote = false;
    for (let c = t - 1; c >= stop; c--) {
      if (tokens.kind[c] === Kind.Quote) {
        sawQuote = true;
        continue;
      }
      const ci = cues.at[c]!;
      if (ci < 0) continue;
      const cue = cues.list[ci]!;
      const innerFloor = this.clauseFloorFrom(c, floor);
      let mention: Mention | null = null;
      if (cue.kind === 'according') mention = this.reader.mentionAfter(cue.last, t - 1);
      else {
        if (tokens.kind[c - 1] === Kind.Word && tokens.lower(c - 1) === 'as' && cue.participle) mention = this.quotedAs(c - 1, floor);
        else if (cue.participle) mention = this.clauseSubject(c, floor);
        else mention = this.reader.subjectBefore(c, innerFloor);
        if (mention === null && cue.kind === 'speech') mention = this.reader.mentionAfter(cue.last, t - 1);
      }
      if (mention === null) {
        if (cue.participle) continue;
        return null;
      }
      const previousUsed = sawQuote && this.usedCue.has(cue.token);
      const rule: AttributionRule = cue.kind === 'according' ? 'according-to' : previousUsed ? 'split-quote' : 'leading-cue';
      let cueLast = cue.last;
      if (cue.kind === 'frame' && t - 1 - cue.last <= 4 && t - 1 > cue.last) cueLast = t - 1;
      if (this.punct(cueLast) !== null) cueLast--;
      return { mention, cue, cueFirst: cue.token, cueLast, immediate: t - cue.last <= 3, rule };
    }
    return null;
  }

  /** “Reyes was quoted as saying”, “The Post quoted Reyes as saying”. */
  private quotedAs(as: number, floor: number): Mention | null {
    const { tokens } = this.input;
    const direct = this.reader.mentionEndingAt(as - 1, floor);
    if (direct !== null) return direct;
    let k = as - 1;
    while (k >= floor && tokens.kind[k] === Kind.Word && ['quoted', 'was', 'is', 'been', 'has', 'being', 'were', 'also', 'later'].includes(tokens.lower(k))) k--;
    return k < as - 1 ? this.reader.mentionEndingAt(k, floor) : null;
  }

  /** The subject of the clause a participle hangs from: the first name or pronoun of the sentence before it. */
  private clauseSubject(c: number, floor: number): Mention | null {
    const { tokens, cues } = this.input;
    // the nearest earlier cue in the sentence gives it (“Reyes said …, adding …”)
    for (let k = c - 1; k >= floor; k--) {
      const ci = cues.at[k]!;
      if (ci >= 0 && !cues.list[ci]!.participle && cues.list[ci]!.kind !== 'according') {
        const m = this.reader.subjectBefore(k, floor);
        if (m !== null) return m;
        if (tokens.kind[k - 1] === Kind.Quote || this.punct(k - 1) === ',') {
          const after = this.reader.mentionAfter(cues.list[ci]!.last, c - 1);
          if (after !== null) return after;
        }
        break;
      }
    }
    for (let k = floor; k < c; k++) {
      if (tokens.kind[k] === Kind.Quote) continue;
      const m = this.reader.mentionEndingAt(this.mentionEndFrom(k), floor);
      if (m !== null && m.kind !== MentionKind.Nominal) return m;
      if (tokens.kind[k] === Kind.Word && (tokens.flags[k]! & Flag.Cap) === 0) {
        // past the first lower-case word that is not part of a subject, give up
        if (m === null && tokens.lower(k) !== 'the' && tokens.lower(k) !== 'a') return null;
      }
    }
    return null;
  }

  private mentionEndFrom(k: number): number {
    const r = this.input.names.runOf[k]!;
    return r >= 0 ? this.input.names.runs[r]!.last : k;
  }

  /** The speaker a mention stands for. */
  private speakerOf(m: Mention): SpeakerRef | null {
    const { entities, names, tokens } = this.input;
    switch (m.kind) {
      case MentionKind.Name: {
        const id = entities.ofRun[m.run]!;
        if (id >= 0) {
          const e = entities.list[id]!;
          for (const title of m.titles) if (!e.titles.includes(title)) e.titles.push(title);
          return { entity: id, nominal: null };
        }
        return null;
      }
      case MentionKind.Pronoun: {
        if (m.pronoun === 'm' || m.pronoun === 'f' || m.pronoun === 'plural') {
          const id = this.pronouns.resolve(m.first, m.pronoun);
          return id >= 0 ? { entity: id, nominal: null } : null;
        }
        return null;
      }
      case MentionKind.Nominal: {
        const byTitle = this.byTitle(m);
        if (byTitle >= 0) return { entity: byTitle, nominal: null };
        const first = tokens.lower(m.first);
        const from = first === 'the' || first === 'a' || first === 'an' ? m.first + 1 : m.first;
        if (from > m.last) return null;
        const text = tokens.text.slice(tokens.start[from], tokens.end[m.last]).replace(/\s+/gu, ' ');
        void names;
        return { entity: -1, nominal: text };
      }
    }
  }

  /** “the senator”, “the President”: the most recently named person with that title. */
  private byTitle(m: Mention): number {
    const { tokens, names, entities } = this.input;
    if (tokens.lower(m.first) !== 'the') return -1;
    const head = tokens.lower(m.last).replace(/\.$/u, '');
    const headVariants = new Set([head]);
    if (head === 'senator') headVariants.add('sen');
    if (head === 'governor') headVariants.add('gov');
    if (head === 'representative' || head === 'congressman' || head === 'congresswoman') headVariants.add('rep');
    if (head === 'general') headVariants.add('gen');
    if (head === 'president') headVariants.add('pres');
    for (let r = names.runs.length - 1; r >= 0; r--) {
      const run = names.runs[r]!;
      if (run.first >= m.first) continue;
      if (run.kind !== RunKind.Person || run.title === '') continue;
      const words = run.title.toLowerCase().replace(/\./gu, '').split(/\s+/u);
      if (words.some((w) => headVariants.has(w))) {
        const id = entities.ofRun[r]!;
        if (id >= 0) return id;
      }
      if (m.first - run.first > 4000) break;
    }
    return -1;
  }

  private punct(t: number): string | null {
    const { tokens } = this.input;
    if (t < 0 || t >= tokens.count || tokens.kind[t] !== Kind.Punct) return null;
    return tokens.text.slice(tokens.start[t], tokens.end[t]);
  }

  private sentenceEnd(t: number): number {
    const { tokens } = this.input;
    const s = tokens.sent[t]!;
    return s + 1 < tokens.sentStart.length ? tokens.sentStart[s + 1]! : tokens.count;
  }

  /** Does the sentence end within a few tokens of `t` (a bare attribution: “Reyes said on Monday.”)? */
  private endsSoon(t: number): boolean {
    return this.sentenceEnd(Math.min(t, this.input.tokens.count - 1)) - t <= 6;
  }

  private onlyAdverbsBetween(from: number, to: number): boolean {
    const { tokens } = this.input;
    for (let k = from; k < to; k++) {
      if (tokens.kind[k] !== Kind.Word) return false;
      const w = tokens.lower(k);
      if (!(w.endsWith('ly') || w === 'also' || w === 'later' || w === 'then' || w === 'again')) return false;
    }
    return true;
  }

  /** Where the clause of token `t` starts: after the last quote or sentence start before it. */
  private clauseFloor(t: number): number {
    const { tokens } = this.input;
    return this.clauseFloorFrom(t, tokens.sentStart[tokens.sent[t]!]!);
  }

  private clauseFloorFrom(t: number, floor: number): number {
    const { tokens } = this.input;
    for (let k = t - 1; k >= floor; k--) if (tokens.kind[k] === Kind.Quote) return k + 1;
    return floor;
  }
}

function lastChar(text: string, s: number, e: number): string {
  let k = e - 1;
  while (k >= s && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0)) k--;
  return k >= s ? text[k]! : '';
}

function confidenceOf(found: Found, speaker: SpeakerRef | null): number {
  let c = found.rule === 'trailing-cue' ? 0.95 : found.rule === 'according-to' ? 0.9 : found.rule === 'split-quote' ? 0.9 : 0.85;
  if (!found.immediate) c -= 0.15;
  if (found.mention.kind === MentionKind.Pronoun) c -= 0.1;
  if (found.mention.kind === MentionKind.Nominal) c -= 0.05;
  if (speaker === null) c = Math.min(c, 0.3);
  return Math.round(c * 100) / 100;
}
