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

import type { AttributionRule } from '../types.js';
import type { QuoteTable } from '../scan/quote-table.js';
import { Flag, Kind, type Tokens } from '../text/tokenize.js';
import { isBlank, isUpper, lastCharIndex, sameChars } from '../text/chars.js';
import type { Cue, Cues } from '../cues/find-cues.js';
import { RunKind, isBareName, lastRunBefore, type Names } from './names.js';
import type { Entities, Entity } from './entities.js';
import { Mark, MentionKind, MentionReader, NO_TITLES, isDash, isMark, isShortQuote, wordsOfTitle, type Mention } from './mentions.js';
import { PronounResolver } from './pronouns.js';
import { SUBJECT_PRONOUNS } from '../lexicon/common-words.js';
import { CUE_WORDS } from '../lexicon/cues.js';
import { NAME_PARTICLES, ROLE_NOUNS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { scratchInt32, scratchUint8 } from '../text/scratch.js';
import { HashFilter, hashesOf } from '../text/word-hash.js';
import { WordClasses, isTheWord, knownWord } from '../text/word-classes.js';
import { AttributionTable, type QuoteAttribution, type SpeakerRef } from './attribution-table.js';

/** Prepositions that put a title in a phrase: author of “Going Viral”, on “Meet the Press”. */
const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'on', 'in', 'for', 'from', 'at', 'by', 'with']);

/** Verbs that, right after “said X”, make X the subject of what was said (“said the senators were”). */
const FINITE_AFTER_SUBJECT: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do']);

/** Words that open a possessed description (“his niece”, “the mayor”). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'the']);

/** Prepositions that open a phrase after a cue (“said of the swirl”, “said at a rally”). */
const CUE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'about', 'at', 'in', 'on', 'during', 'after', 'before', 'from', 'outside', 'inside', 'while']);

/** How far into a sentence an introductory phrase may run before its comma (“With Democratic leaders increasingly worried about …, President Obama …”). */
const INTRO_REACH = 28;

/** Words that open a phrase of time or place after a verb (“said during a rally”, “said on Friday”). */
const SETTING_WORDS: ReadonlySet<string> = new Set(['during', 'at', 'in', 'on', 'after', 'before', 'while', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Cues of going on (“He added:”): the speaker spoke just before. */
const GOING_ON: ReadonlySet<string> = new Set(['add', 'continue']);

/** An attribution through `mention` (if any) and the cue tokens `cueFirst` to `cueLast` (-1 for none). */
function attribution(speaker: SpeakerRef | null, mention: Mention | null, cueFirst: number, cueLast: number, rule: AttributionRule, confidence: number): QuoteAttribution {
  return mention === null
    ? { speaker, mentionKind: 0, mentionFirst: -1, mentionLast: -1, cueFirst, cueLast, rule, confidence }
    : { speaker, mentionKind: mention.kind, mentionFirst: mention.first, mentionLast: mention.last, cueFirst, cueLast, rule, confidence };
}

/** The speaker, mention and cue of `from` (another part of the quote), by `rule`, with at most `confidence`. */
function inherited(from: QuoteAttribution, rule: AttributionRule, confidence: number): QuoteAttribution {
  return { speaker: from.speaker, mentionKind: from.mentionKind, mentionFirst: from.mentionFirst, mentionLast: from.mentionLast, cueFirst: from.cueFirst, cueLast: from.cueLast, rule, confidence: Math.min(from.confidence, confidence) };
}

const NESTED: QuoteAttribution = Object.freeze(attribution(null, null, -1, -1, 'nested', 0));

/** Everything the resolver reads. */
export interface ResolveInput {
  tokens: Tokens;
  quotes: QuoteTable;
  names: Names;
  entities: Entities;
  cues: Cues;
}

/**
 * What rule 1 or 2 found for a quote: the mention, the cue (if a word is the
 * cue), the cue's tokens, whether it is right at the quote, and the rule. The
 * resolver keeps one record per rule and fills it anew on each search
 * ({@link Found.set}): a quote reads both rules' answers and keeps neither,
 * so a text of many quotes makes no record per quote.
 */
class Found {
  mention!: Mention;
  cue: Cue | null = null;
  cueFirst = -1;
  cueLast = -1;
  immediate = false;
  rule: AttributionRule = 'none';

  /** Fills the record and returns it. */
  set(mention: Mention, cue: Cue | null, cueFirst: number, cueLast: number, immediate: boolean, rule: AttributionRule): Found {
    this.mention = mention;
    this.cue = cue;
    this.cueFirst = cueFirst;
    this.cueLast = cueLast;
    this.immediate = immediate;
    this.rule = rule;
    return this;
  }
}

/** How a quote's words end, by their last character before the closing marks (bits; read once per quote: {@link Resolver.endingOf}). */
const enum Ending {
  /** Set once read, so that 0 means “not read yet”. */
  Known = 1,
  /** A comma. */
  Comma = 2,
  /** One of , ? ! — – - … : ; (the sentence may go on past the quote: “…,” Reyes said). */
  Open = 4,
  /** . ? !: the quote closed its sentence. */
  Closed = 8,
}

/** The {@link Ending} bits of a last character by its code unit (-1 for none; a switch: a set of strings costs more). */
function endingBits(last: number): number {
  switch (last) {
    // ,
    case 0x2c:
      return Ending.Known | Ending.Comma | Ending.Open;
    // ? !
    case 0x3f:
    case 0x21:
      return Ending.Known | Ending.Open | Ending.Closed;
    // .
    case 0x2e:
      return Ending.Known | Ending.Closed;
    // — – - … : ;
    case 0x2014:
    case 0x2013:
    case 0x2d:
    case 0x2026:
    case 0x3a:
    case 0x3b:
      return Ending.Known | Ending.Open;
    default:
      return Ending.Known;
  }
}
/** Prepositions whose object is spoken to or about, not the speaker (“a message to Trump:”). */
const ADDRESS_PREPOSITIONS = new Set(['to', 'on', 'about', 'at', 'with', 'against', 'toward', 'towards', 'into', 'over', 'for']);
/** Conjunctions and adverbs that may open a sentence before its subject. */
/** Nouns for what someone said, owned by the speaker: “Reyes’s response: …”. */
const SPEECH_NOUNS = new Set(['response', 'reply', 'answer', 'retort', 'words', 'message', 'statement', 'verdict', 'comment', 'comments', 'reaction', 'advice', 'warning', 'explanation', 'take', 'tweet', 'post', 'remarks', 'motto', 'mantra', 'pitch', 'plea']);

/** Words the resolver looks for ({@link isTheWord}). */
const AS = knownWord('as');
const THE = knownWord('the');
const ON = knownWord('on');
const THAT = knownWord('that');
const WHO = knownWord('who');
const QUOTED = knownWord('quoted');

/** Forms of “be” that make a past participle passive. */
const PASSIVE_BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);

/** Words that open an adverbial clause: its speech sets the scene for the main clause. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'since', 'because', 'while', 'although', 'though', 'once', 'until', 'unless', 'whereas']);

const SENTENCE_OPENERS = new Set(['and', 'but', 'so', 'then', 'yet', 'or', 'still', 'meanwhile', 'later', 'now', 'also', 'instead', 'finally']);
/** How many tokens after a quote a trailing cue may be. */
const TRAILING_WINDOW = 45;
/** How far back (in characters) “the senator” looks for the senator. */
const BY_TITLE_REACH = 6000;
/** …and at most this many names back. */
const BY_TITLE_RUNS = 80;
/** A transcript label: one to three words in capitals, then a colon (`PENCE:`, `SEN. WARREN:`). */
const LABEL = /^((?:[A-Z][A-Z'’.-]+ ){0,2}[A-Z][A-Z'’.-]+):\s/u;
/** How far into a quote (in characters) a {@link LABEL} is looked for. */
const LABEL_REACH = 40;
/** A bracketed stage direction in capitals and nothing else: “(CROSSTALK.)”, “[APPLAUSE]”. */
const STAGE_DIRECTION = /^\s*[([][A-Z][A-Z .,'’-]{0,30}[)\]][.,]?\s*$/u;

/** Can a {@link STAGE_DIRECTION} start with this code unit (a bracket, or white space before it)? A cheap refusal before slicing. */
function mayOpenStageDirection(c: number): boolean {
  return c === 0x28 || c === 0x5b || c <= 0x20 || c >= 0x80;
}

function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** A character of `[A-Z'’.-]`, the letters of a {@link LABEL} word after its first. */
function isLabelChar(c: number): boolean {
  return isAsciiUpper(c) || c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;
}

/**
 * Can a {@link LABEL} open `text[start, end)`: a capital, a label character,
 * then only label characters and spaces up to a colon within its reach? A
 * cheap refusal before slicing (“I’m …” passes the first two characters).
 */
function mayOpenLabel(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isAsciiUpper(text.charCodeAt(start)) || !isLabelChar(text.charCodeAt(start + 1))) return false;
  for (let i = start + 2, stop = Math.min(end, start + LABEL_REACH); i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) return true;
    if (c !== 0x20 && !isLabelChar(c)) return false;
  }
  return false;
}

function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

/** Words right before a quote that make it a name or a title: the so-called “…”, a film titled “…”. */
const TERM_MARKERS = new Set(['so-called', 'titled', 'entitled', 'dubbed', 'nicknamed', 'branded', 'named', 'hashtag', 'slogan', 'headlined']);

/** Verbs with which “it” can be an organisation speaking (It said in a statement …). */
const IT_SPEAKS = new Set(['say', 'state', 'states', 'tell', 'add', 'announce', 'write', 'report', 'warn', 'confirm', 'deny', 'claim', 'note', 'insist', 'post', 'tweet', 'respond', 'reply', 'acknowledge', 'explain', 'argue']);

const MODALS = new Set(['will', 'would', 'should', 'could', 'might', 'may', 'must', 'to', "won't", 'won’t', "wouldn't", 'wouldn’t', "can't", 'can’t']);

/** Common verbs (besides -ed forms and cues) that can follow a subject. */
const VERBISH = new Set([
  'was', 'is', 'were', 'are', 'had', 'has', 'have', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'should', 'may',
  'might', 'must', 'seemed', 'seems', 'got', 'gets', 'went', 'goes', 'took', 'takes', 'kept', 'keeps', 'stood', 'sat',
  'made', 'makes', 'gave', 'gives', 'put', 'puts', 'came', 'comes', 'became', 'becomes', 'grew', 'spoke', 'speaks',
  'wrote', 'writes', 'told', 'tells', 'said', 'says', 'began', 'begins', 'ran', 'runs', 'left', 'leaves', 'felt', 'feels',
  'thought', 'thinks', 'knew', 'knows', 'saw', 'sees', 'let', 'lets', 'sent', 'sends', 'brought', 'brings', 'struck', 'strikes',
  'found', 'finds', 'held', 'holds', 'met', 'meets', 'led', 'leads', 'set', 'sets', 'summed', 'sums', 'hit', 'hits',
  'shook', 'threw', 'wore', 'drove', 'rose', 'won', 'lost', 'paid', 'bought', 'broke', 'chose', 'fell', 'fought', 'heard',
  'kept', 'knew', 'meant', 'rode', 'sang', 'sold', 'shot', 'spent', 'stole', 'swore', 'taught', 'tore', 'understood', 'woke',
  'quit', 'quits', 'withdrew', 'withdraws', 'cut', 'cuts', 'shut', 'shuts', 'fled', 'flees', 'sought', 'seeks', 'struck',
  'also', 'then', 'later', 'again', "didn't", "wasn't",
  'didn’t', 'wasn’t', "isn't", 'isn’t', "doesn't", 'doesn’t', "won't", 'won’t', "hasn't", 'hasn’t', "hadn't", 'hadn’t',
]);

/** Words that stand for an organisation named before: “the company said”, “the agency warned”. */
const ORG_STAND_INS = new Set([
  'company', 'firm', 'agency', 'club', 'team', 'group', 'organisation', 'organization', 'organiser', 'organizer',
  'bank', 'carrier', 'airline', 'retailer', 'maker', 'carmaker', 'automaker', 'manufacturer', 'developer', 'startup',
  'insurer', 'lender', 'utility',
  'university', 'college', 'school', 'hospital', 'charity', 'force', 'department', 'ministry', 'council', 'board',
  'commission', 'committee', 'authority', 'regulator', 'union', 'party', 'campaign', 'network', 'newspaper', 'paper',
  'outlet', 'publisher', 'studio', 'museum', 'band', 'league', 'federation', 'association', 'institute', 'foundation',
]);

/** Abbreviated and gendered forms of a role word. */
const TITLE_VARIANTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['senator', ['sen']],
  ['governor', ['gov']],
  ['representative', ['rep']],
  ['congressman', ['rep', 'representative']],
  ['congresswoman', ['rep', 'representative']],
  ['general', ['gen']],
  ['president', ['pres']],
  ['professor', ['prof']],
  ['doctor', ['dr']],
  ['reverend', ['rev']],
  ['detective', ['det']],
  ['lieutenant', ['lt']],
  ['captain', ['capt']],
  ['sergeant', ['sgt']],
  ['spokeswoman', ['spokesperson']],
  ['spokesman', ['spokesperson']],
  ['chairwoman', ['chair', 'chairperson']],
  ['chairman', ['chair', 'chairperson']],
]);
/**
 * How many paragraphs' last speakers the resolver keeps: {@link Resolver.continuation}
 * reads a quote's own and the two before it (four slots: a power of two, so a
 * paragraph's slot is a mask rather than a division, on every quote and report).
 */
const PARAS_KEPT = 4;
/** How many tokens before a quote a leading cue may be. */
const LEADING_WINDOW = 60;

/** What the resolver asks about a word (bits of {@link WORDS}). */
const enum W {
  /** who, which: a relative pronoun. */
  Relative = 1,
  /** A subject pronoun, “you” or “that”: a clause of its own opens. */
  OpensClause = 2,
  /** {@link NAME_PARTICLES}. */
  Particle = 4,
  /** the, a. */
  Article = 8,
  /** {@link SUBORDINATORS} and “as”: a clause that sets the scene. */
  SetsScene = 16,
  /** a, an, {@link TITLE_MODIFIERS}: a word of a description. */
  Describes = 32,
  /** {@link MODALS}. */
  Modal = 64,
  /** {@link TERM_MARKERS}. */
  TermMarker = 128,
  /** {@link TITLE_PREPOSITIONS}. */
  TitlePreposition = 256,
  /** {@link POSSESSIVE_DETERMINERS}. */
  PossessiveDeterminer = 512,
  /** {@link FINITE_AFTER_SUBJECT}. */
  Finite = 1024,
  /** A word in -ly, also, then, later: an adverb between a subject or “and” and the verb. */
  Adverb = 2048,
  /** again. */
  Again = 4096,
  /** and, but. */
  Coordinator = 8192,
  /** {@link CUE_PREPOSITIONS}. */
  CuePreposition = 16384,
  /** {@link SENTENCE_OPENERS}. */
  Opener = 32768,
  /** {@link SUBORDINATORS}. */
  Subordinator = 65536,
  /** {@link VERBISH}. */
  Verb = 131072,
  /** A word in -ed (a verb's past form, likely). */
  EdForm = 262144,
}

/** Relative pronouns ({@link W.Relative}). */
const RELATIVE_PRONOUNS: readonly string[] = ['who', 'which'];
/** Words that open a clause of their own ({@link W.OpensClause}). */
const OPENS_CLAUSE: readonly string[] = [...SUBJECT_PRONOUNS.keys(), 'you', 'that'];
/** The hashes of both: {@link Resolver.relativeBefore} refuses other words without looking them up. */
const RELATIVE_OR_CLAUSE = new HashFilter(hashesOf([...RELATIVE_PRONOUNS, ...OPENS_CLAUSE]));

const WORDS = new WordClasses((w) => {
  let b = 0;
  if (RELATIVE_PRONOUNS.includes(w)) b |= W.Relative;
  if (OPENS_CLAUSE.includes(w)) b |= W.OpensClause;
  if (NAME_PARTICLES.has(w)) b |= W.Particle;
  if (w === 'the' || w === 'a') b |= W.Article;
  if (SUBORDINATORS.has(w) || w === 'as') b |= W.SetsScene;
  if (w === 'a' || w === 'an' || TITLE_MODIFIERS.has(w)) b |= W.Describes;
  if (MODALS.has(w)) b |= W.Modal;
  if (TERM_MARKERS.has(w)) b |= W.TermMarker;
  if (TITLE_PREPOSITIONS.has(w)) b |= W.TitlePreposition;
  if (POSSESSIVE_DETERMINERS.has(w)) b |= W.PossessiveDeterminer;
  if (FINITE_AFTER_SUBJECT.has(w)) b |= W.Finite;
  if (w.endsWith('ly') || w === 'also' || w === 'then' || w === 'later') b |= W.Adverb;
  if (w === 'again') b |= W.Again;
  if (w === 'and' || w === 'but') b |= W.Coordinator;
  if (CUE_PREPOSITIONS.has(w)) b |= W.CuePreposition;
  if (SENTENCE_OPENERS.has(w)) b |= W.Opener;
  if (SUBORDINATORS.has(w)) b |= W.Subordinator;
  if (VERBISH.has(w)) b |= W.Verb;
  if (w.endsWith('ed')) b |= W.EdForm;
  return b;
});

/**
 * Attributes every quote. Returns one entry per scanned quote (nested quotes
 * get rule `nested`).
 * @internal
 */
export function attribute(input: ResolveInput): AttributionTable {
  return new Resolver(input).run();
}

class Resolver {
  private readonly reader: MentionReader;
  private readonly pronouns: PronounResolver;
  private readonly out: AttributionTable;
  /**
   * Who spoke last (in a quote or reported speech) in each of the last
   * {@link PARAS_KEPT} paragraphs the walk reached ({@link lastSpeakerOfPara}),
   * in slots by paragraph modulo that: the paragraph each slot is of (-1 for
   * none), and its speaker. (The walk goes forward and reads no further back,
   * so a text of many paragraphs keeps no array of them.)
   */
  private readonly speakerParas = scratchInt32(PARAS_KEPT, -1);
  /** (a slot is read only once {@link speakerParas} says it was written) */
  private readonly paraSpeakers = new Array<SpeakerRef | undefined>(PARAS_KEPT);
  /** Every word of the names' titles, the words besides role nouns a role set can hold ({@link mayBeRole}); gathered on first use. */
  private titleWords: Set<string> | null = null;
  /** Entities whose roles are filled in (on first use: few entities are ever asked for). */
  private readonly rolesReady: Uint8Array;
  /** Whether each quote is a short quoted term (1) or not (2), once asked (0 before). */
  private readonly shortQuote: Uint8Array;
  /** How each quote's words end ({@link Ending} bits), once asked (0 before). */
  private readonly endings: Uint8Array;
  /** For the i-th quote token, the index (among quote tokens) of the first one from it on that is not a short term; built on first use. */
  private nextLongQuote: Int32Array | null = null;
  /** For each cue, the index of the first cue from it on that {@link firstCueAfter} takes (its length if none); built on first use. */
  private nextTrailingCue: Int32Array | null = null;
  /** For each cue, the index of the last cue up to it that {@link clauseSubject} reads (-1 if none); built on first use. */
  private lastFiniteCue: Int32Array | null = null;
  /** Whether each entity has spoken so far (1). */
  private readonly spokeAlready: Uint8Array;
  /** Who spoke most recently anywhere, and at which token (for pronouns); -1 before anyone has. */
  private lastSpeaker: SpeakerRef | null = null;
  private lastSpokeAt = -1;
  /** The quote tokens, and the cues' tokens, in order. */
  private readonly quoteTokens: Int32Array;
  private readonly cueTokens: Int32Array;
  /** The last answers of {@link firstQuoteFrom} and {@link firstCueFrom}, where their next searches start. */
  private quoteHint = 0;
  private cueHint = 0;
  /** {@link refOf}'s references, by entity. */
  private readonly refs: (SpeakerRef | undefined)[] = [];
  /** Whether each cue is already used by a quote (1), by its index in the cue list. */
  private readonly usedCue: Uint8Array;
  /** {@link subjectBefore}'s and {@link clauseSubject}'s answers by cue; made on first use (“…,” said B. reads neither). */
  private answers: CueAnswers | null = null;
  /** How many times an entity's kind has changed (a proper name that spoke is a person; “the company” makes one an organisation): reading a mention depends on who is a person. */
  private kindChanges = 0;
  /** The records {@link trailing} and {@link leading} return, each valid until that rule's next search. */
  private readonly trailingFound = new Found();
  private readonly leadingFound = new Found();

  constructor(private readonly input: ResolveInput) {
    this.reader = new MentionReader(input.tokens, input.names, input.entities);
    this.pronouns = new PronounResolver(input.tokens, input.names, input.entities);
    this.out = new AttributionTable(input.quotes.count);
    this.rolesReady = scratchUint8(input.entities.list.length);
    this.spokeAlready = scratchUint8(input.entities.list.length);
    this.shortQuote = scratchUint8(input.quotes.count);
    this.endings = scratchUint8(input.quotes.count);
    this.usedCue = scratchUint8(input.cues.list.length);
    const { tokens, cues } = input;
    // (one pass: each quote token stands for a different quote, so there are no more of them than quotes)
    // (the column and the count in locals: read through `tokens` in the loop, they take twice as long)
    const quoteTokens = scratchInt32(input.quotes.count, 0);
    const { kind, count } = tokens;
    let k = 0;
    for (let t = 0; t < count; t++) if (kind[t] === Kind.Quote) quoteTokens[k++] = t;
    this.quoteTokens = quoteTokens.subarray(0, k);
    const { list } = cues;
    const cueTokens = scratchInt32(list.length, 0);
    for (let i = 0; i < list.length; i++) cueTokens[i] = list[i]!.token;
    this.cueTokens = cueTokens;
  }

  /**
   * {@link MentionReader.subjectBefore} of the cue at token `c`, remembered
   * per cue: a cue before a quote is read as reported speech and then again,
   * to the same floor, as the quote's leading cue (or a trailing cue as the
   * next cue's clause subject). The answer depends only on the tokens, the
   * names and which entities are people, so it stands until an entity's kind
   * changes. (Nothing changes a mention once read.)
   */
  private subjectBefore(c: number, floor: number): Mention | null {
    const i = this.input.cues.at[c]!;
    const answers = this.cueAnswers();
    if (answers.has(i, Reading.Subject, floor, this.kindChanges)) return answers.answer(i, Reading.Subject);
    return answers.keep(i, Reading.Subject, floor, this.kindChanges, this.reader.subjectBefore(c, floor));
  }

  /** {@link answers}, made on first use. */
  private cueAnswers(): CueAnswers {
    return (this.answers ??= new CueAnswers(this.input.cues.list.length));
  }

  /** The last quote token at or before token `t` (from -1 on), or -1. */
  private lastQuoteAtOrBefore(t: number): number {
    const i = this.firstQuoteFrom(t + 1);
    return i > 0 ? this.quoteTokens[i - 1]! : -1;
  }

  /**
   * The titles of everyone who speaks, from every mention of them: the
   * title inside the name (Sen. Ruth Okafor) and the description before it
   * (Port Authority director Dana Reyes), not only those of the mentions that
   * attributed a quote. (One sweep over the names in document order, which
   * gives each speaker its titles in the order of its runs as a walk over
   * its own runs would, but reads the runs and tokens front to back.)
   */
  private collectTitles(): void {
    const { names, entities } = this.input;
    const { ofRun } = entities;
    for (let r = 0; r < names.runs.length; r++) {
      const id = ofRun[r]!;
      if (id < 0 || this.spokeAlready[id] === 0) continue;
      const e = entities.list[id]!;
      if (e.kind === 'organization' || !this.reader.mayHaveTitles(r)) continue;
      const run = names.runs[r]!;
      const m = this.reader.mentionEndingAt(run.last, Math.max(0, run.first - 12));
      if (m === null || m.kind !== MentionKind.Name || m.titles === NO_TITLES) continue;
      for (const title of m.titles) if (title !== '' && !e.titles.includes(title)) e.titles.push(title);
    }
  }

  /**
   * Can `word` be among anyone's roles ({@link rolesOf}): a role noun, or a
   * word of a name's title? The titles' words are gathered on first use.
   */
  private mayBeRole(word: string): boolean {
    if (ROLE_NOUNS.has(word)) return true;
    if (this.titleWords === null) {
      this.titleWords = new Set();
      for (const run of this.input.names.runs) if (run.title !== '') for (const w of wordsOfTitle(run.title)) this.titleWords.add(w);
    }
    return this.titleWords.has(word);
  }

  /** The roles of entity `id`, filled from all its names the first time a role is asked for (“the senator said”). */
  private rolesOf(id: number): Set<string> {
    const { names, entities } = this.input;
    const e = entities.list[id]!;
    if (this.rolesReady[id] === 1) return e.roles;
    this.rolesReady[id] = 1;
    for (const r of e.runs) {
      const run = names.runs[r]!;
      if (run.kind !== RunKind.Person && run.kind !== RunKind.Proper) continue;
      this.reader.addRolesAround(run.first, run.last, run.title, e.roles);
    }
    return e.roles;
  }

  /** {@link isShortQuote} of the quote token `t`, remembered per quote. */
  private isShort(t: number): boolean {
    const q = this.input.tokens.quote[t]!;
    let k = this.shortQuote[q]!;
    if (k === 0) {
      k = isShortQuote(this.input.tokens, t) ? 1 : 2;
      this.shortQuote[q] = k;
    }
    return k === 1;
  }

  /** The {@link Ending} bits of quote `q` (the scanner's index), remembered per quote: most quotes are asked twice or more. */
  private endingOf(q: number): number {
    let b = this.endings[q]!;
    if (b === 0) {
      const { text } = this.input.tokens;
      const k = lastCharIndex(text, this.input.quotes.start(q), this.input.quotes.end(q));
      b = endingBits(k >= 0 ? text.charCodeAt(k) : -1);
      this.endings[q] = b;
    }
    return b;
  }

  run(): AttributionTable {
    const { tokens, quotes, cues } = this.input;
    // the quote tokens and the cues, in token order (a cue a quote has used is no report of its own)
    const { quoteTokens, cueTokens, usedCue } = this;
    // (whether some quote goes on in a next part, noted as each is read: its row is at hand then)
    let parts = false;
    let c = 0;
    for (let i = 0; i <= quoteTokens.length; i++) {
      const t = i < quoteTokens.length ? quoteTokens[i]! : tokens.count;
      for (; c < cueTokens.length && cueTokens[c]! < t; c++) if (usedCue[c] === 0) this.reportedSpeech(cues.list[c]!);
      if (t >= tokens.count) break;
      this.quote(t, c);
      if (quotes.next(tokens.quote[t]!) >= 0) parts = true;
    }
    this.collectTitles();
    // nested quotes; and later parts of multi-paragraph quotes inherit backwards too
    // (a text whose quotes are all top-level, each a token, and none in parts, has nothing to do here:
    // no pass over the whole quote table then, which a text of a million quotes reads from memory again)
    if (parts || quoteTokens.length < quotes.count) this.settleParts();
    return this.out;
  }

  /**
   * Nested quotes get rule `nested`; a multi-paragraph quote's part without a
   * speaker of its own takes its next part's. (One backward pass: a quote's
   * next part comes after it, so it is settled first.)
   */
  private settleParts(): void {
    const { quotes } = this.input;
    const { out } = this;
    // (whether each part's speaker was only guessed from context: by its own paragraph or the one before, or
    // taken in the walk from a previous part that guessed; one pass forward, as a part's previous part comes first)
    const guessed = scratchUint8(quotes.count);
    for (let q = 0; q < quotes.count; q++) {
      const rule = out.rule(q);
      const previous = quotes.previous(q);
      if (rule === 'same-paragraph' || rule === 'paragraph-continuation' || (rule === 'multi-paragraph' && previous >= 0 && guessed[previous] === 1)) guessed[q] = 1;
    }
    // (and whether it comes from a cue: its own, or a later part's it took: in a chain of three parts the first
    // yields to the cue of the third)
    const cued = scratchUint8(quotes.count);
    for (let q = quotes.count - 1; q >= 0; q--) {
      if (quotes.parent(q) >= 0) out.set(q, NESTED);
      if (out.rule(q) === 'trailing-cue' || out.rule(q) === 'leading-cue') cued[q] = 1;
      const next = quotes.next(q);
      if (next < 0) continue;
      // (and a part that only guessed from context yields to a later part's own cue: “…¶ “…,” added Clyburn)
      if ((!out.hasSpeaker(q) || (guessed[q] === 1 && cued[next] === 1)) && !out.isStageNote(q) && out.hasSpeaker(next)) {
        out.inherit(q, next, 'multi-paragraph', 80);
        cued[q] = cued[next]!;
      }
    }
  }

  /** A cue outside any quote's attribution: reported speech, remembered as the paragraph's last speaker. */
  private reportedSpeech(cue: Cue): void {
    const { tokens } = this.input;
    if (cue.kind === 'frame') return;
    // “…, who has advised Mrs. Clinton” / “who, like all respondents, responded”: a relative clause
    // says something of someone already named; it does not take the paragraph over
    const rel = this.relativeBefore(cue.token);
    if (rel >= 0) {
      // “Trump, who spoke for 45 minutes, …”: right after a person's name and a comma, the person
      if (!this.isMark(rel - 1, Mark.Comma)) return;
      const named = this.reader.mentionEndingAt(rel - 2, tokens.sentStart[tokens.sent[rel]!]!);
      const person = named !== null && named.kind === MentionKind.Name ? this.speakerOf(named) : null;
      if (person !== null && person.entity >= 0 && this.input.entities.list[person.entity]!.kind === 'person') this.remember(cue.token, person, MentionKind.Name);
      return;
    }
    let mention: Mention | null = null;
    if (cue.kind === 'according') mention = this.reader.mentionAfter(cue.last, this.sentenceEnd(cue.token) - 1);
    else if (!cue.participle) {
      // (the clause's floor only for a finite verb: a participle reports nobody here, “… and saying”)
      const floor = this.clauseFloor(cue.token);
      mention = this.subjectBefore(cue.token, floor);
      // “Okoro joined the majority and wrote a concurrence”
      if (mention === null && this.isCoordinated(cue.token)) mention = this.clauseSubject(cue.token, floor);
      // inverted at the end of the sentence: “… not likely to alter the campaign, noted NBC’s Dante Chinni.”
      if (mention === null && cue.kind === 'speech' && this.isMark(cue.token - 1, Mark.Comma)) {
        const after = this.reader.mentionAfter(cue.last, this.sentenceEnd(cue.token) - 1);
        const next = after === null ? null : this.punct(after.last + 1);
        if (after !== null && after.kind === MentionKind.Name && (next === '.' || next === ',')) mention = after;
      }
    }
    if (mention === null) return;
    // “…, after de Blasio stated an interest …”: a clause that only sets the scene does not take the paragraph over
    let o = mention.first - 1;
    // (past a name particle the name left out: “after de Blasio stated”)
    if (o > 0 && this.isWord(o, W.Particle)) o--;
    // (and past an article: “… as the crowd roared”)
    if (o > 0 && this.isWord(o, W.Article)) o--;
    if (o >= 0 && this.isWord(o, W.SetsScene)) return;
    // “a senior Trump advise[r] who …”: a name inside a description is no subject
    const b = mention.first - 1;
    if (mention.kind === MentionKind.Name && b >= 0 && (tokens.flags[b]! & Flag.Cap) === 0 && this.isWord(b, W.Describes)) return;
    const speaker = this.speakerOf(mention);
    if (speaker !== null) this.remember(cue.token, speaker, mention.kind);
  }

  /**
   * The relative pronoun (who, which) that opens the clause of the cue at
   * `c` a few words before it, or -1: “…, who has advised Mrs. Clinton”,
   * “who, like all respondents, responded”.
   */
  private relativeBefore(c: number): number {
    const { tokens } = this.input;
    const floor = tokens.sentStart[tokens.sent[c]!]!;
    for (let k = c - 1, n = 0; k >= floor && n < 10; k--, n++) {
      if (tokens.kind[k] === Kind.Quote) return -1;
      if (tokens.kind[k] !== Kind.Word) {
        if (!this.isMark(k, Mark.Comma)) return -1;
        continue;
      }
      const w = RELATIVE_OR_CLAUSE.mayHave(tokens.hash[k]!) ? WORDS.of(tokens, k) : 0;
      if ((w & W.Relative) !== 0) return k;
      // (a subject pronoun opens a clause of its own)
      if ((tokens.flags[k]! & Flag.Cap) !== 0 || this.input.cues.at[k]! >= 0 || (w & W.OpensClause) !== 0) return -1;
    }
    return -1;
  }

  /** `speaker` spoke (through a mention of kind `mentionKind`, 0 for none) at token `t`, a quote or a cue. */
  private remember(t: number, speaker: SpeakerRef, mentionKind: MentionKind | 0 = 0): void {
    const para = this.input.tokens.para[t]!;
    const at = para & (PARAS_KEPT - 1);
    this.speakerParas[at] = para;
    this.paraSpeakers[at] = speaker;
    this.lastSpeaker = speaker;
    this.lastSpokeAt = t;
    const id = speaker.entity;
    if (id < 0) return;
    this.spokeAlready[id] = 1;
    // a proper name that speaks is a person (unless it names a place or an organisation)
    const e = this.input.entities.list[id]!;
    if (e.kind === 'proper' && mentionKind === MentionKind.Name && !e.place) {
      e.kind = 'person';
      this.kindChanges++;
      // (a guess: “Lumenfold said” may yet be “the company”)
      e.guessed = true;
    }
  }

  /** Who spoke last in paragraph `p`, one of the last {@link PARAS_KEPT} the walk reached (undefined for nobody). */
  private lastSpeakerOfPara(p: number): SpeakerRef | undefined {
    const at = p & (PARAS_KEPT - 1);
    return this.speakerParas[at] === p ? this.paraSpeakers[at] : undefined;
  }

  /** The entity that spoke last, if it spoke within the last few sentences before token `t`. */
  private recentSpeaker(t: number): number {
    const last = this.lastSpeaker;
    if (last === null || last.entity < 0) return -1;
    const { tokens } = this.input;
    return tokens.sent[t]! - tokens.sent[this.lastSpokeAt]! <= 6 ? last.entity : -1;
  }

  /** Attributes the quote token `t`; `nextCue` is the index of the first cue after it (the cues' length if none). */
  private quote(t: number, nextCue: number): void {
    const { tokens, quotes } = this.input;
    const q = tokens.quote[t]!;
    const start = quotes.start(q);
    const end = quotes.end(q);
    // a transcript's stage direction, “(CROSSTALK.)”, “[APPLAUSE]”: nobody's words
    if (end - start <= 40 && mayOpenStageDirection(tokens.text.charCodeAt(start)) && STAGE_DIRECTION.test(tokens.text.slice(start, end))) {
      this.out.setStageNote(q);
      return;
    }
    const labelled = this.speakerLabel(q);
    if (labelled !== null) {
      this.out.set(q, labelled);
      if (labelled.speaker !== null) this.remember(t, labelled.speaker);
      return;
    }
    // (a quote in running text with no cue in reach of either rule: neither finds anything, so neither looks)
    const cued = this.cueRulesMayApply(t, nextCue);
    let found = cued ? this.trailing(t) : null;
    // (an immediate trailing cue in the quote's sentence after a comma wins whatever leads: no leading search then)
    const settled = found !== null && found.immediate && this.endsWithComma(t) && tokens.sent[found.cueFirst] === tokens.sent[t];
    const leading = settled || !cued ? null : this.leading(t);
    // a trailing cue wins when it follows at once and the quote ends open (“…,” Reyes said);
    // after “…?” or “…!” an immediate leading cue (X shouted, “…!”) wins
    // and a cue in the quote's own sentence wins over one in the next sentence (Platt said it was “finished.” Okafor agreed …)
    if (found === null || leading !== null && (!found.immediate || (leading.immediate && !this.endsWithComma(t)) || tokens.sent[found.cueFirst] !== tokens.sent[t])) found = leading ?? found;

    // the so-called “pier plan”; a title in title case (“The Salt Orchard”): terms, not quotations
    // (a headline capitalises its quote too: “Ted Cruz: ‘Physically Assaulting A Reporter Is A Fireable Offense’”)
    // (only when the name opens the headline: not “Warren Hammers Wells Fargo CEO: ‘…’”)
    const headlineQuote = tokens.para[t] === 0 && found !== null && found.immediate && t > 0 && this.isMark(t - 1, Mark.Colon) && found.mention !== null && found.mention.first === tokens.sentStart[tokens.sent[found.mention.first]!];
    // (a verb of a title-case headline speaks only for a name: not “Retired General Reveals ‘…’”)
    if (found !== null && found.cue !== null && (tokens.flags[found.cue.token]! & Flag.TitleCase) !== 0 && found.mention.kind !== MentionKind.Name) found = null;
    // (what {@link looksLikeTerm} asks besides the quote's words, markedAsTerm and isNickname have asked already)
    if (found !== null && (this.isNickname(t) || this.markedAsTerm(t) || (!(found.rule === 'trailing-cue' && found.immediate) && !headlineQuote && this.termInWords(t)))) found = null;

    let result: QuoteAttribution | null = null;
    if (found !== null) {
      const { mention } = found;
      const speaker = this.speakerOf(mention);
      if (found.cue !== null) this.usedCue[this.input.cues.at[found.cue.token]!] = 1;
      if (speaker !== null) {
        // (the usual end: written as found, with no attribution made for it)
        this.out.write(q, speaker, mention.kind, mention.first, mention.last, found.cueFirst, found.cueLast, found.rule, confidenceOf(found, speaker));
        this.remember(t, speaker, mention.kind);
        return;
      }
      // no speaker: keep the words, leave the speaker open (a pronoun we could not resolve at 0.3)
      result = attribution(null, mention, found.cueFirst, found.cueLast, found.rule, mention.kind === MentionKind.Pronoun ? 30 : confidenceOf(found, null));
    }
    // (so the quote has no speaker yet: the one it carries on from, if any, rather than an unresolved pronoun)
    const carried = this.continuation(t, q);
    if (carried !== null && (result === null || result.mentionKind === MentionKind.Pronoun)) result = carried;
    if (result === null) return;
    this.out.set(q, result);
    if (result.speaker !== null) this.remember(t, result.speaker, result.mentionKind);
  }

  /**
   * A transcript label that opens the quote: `"PENCE: Well, look …"`,
   * `"SEN. WARREN: …"`. The label names the speaker, resolved to the person of
   * that surname when the article names one.
   */
  private speakerLabel(q: number): QuoteAttribution | null {
    const { text } = this.input.tokens;
    const start = this.input.quotes.start(q);
    const end = this.input.quotes.end(q);
    // (most quotes are refused before any slicing)
    if (!mayOpenLabel(text, start, end)) return null;
    const m = LABEL.exec(text.slice(start, Math.min(end, start + LABEL_REACH)));
    if (m === null) return null;
    const label = m[1]!;
    const words = label.toLowerCase().replace(/\./gu, '').split(/\s+/u);
    const surname = words[words.length - 1]!;
    let entity = -1;
    for (const e of this.input.entities.list) {
      if (e.kind !== 'organization' && e.words[e.words.length - 1] === surname) entity = e.id;
    }
    const mention = { text: label, start: start, end: start + label.length };
    const colon = start + m[0].length - 1;
    const speaker: SpeakerRef = entity >= 0 ? { entity, nominal: null } : { entity: -1, nominal: titleCase(label) };
    return { ...attribution(speaker, null, -1, -1, 'speaker-label', 85), labelSpan: mention, cueSpan: { start: colon, end: colon + 1 } };
  }

  /** The attribution written for quote `q`, read back from the table (its speaker's reference made again). */
  private written(q: number): QuoteAttribution {
    const { out } = this;
    const nominal = out.nominal(q);
    const speaker = nominal !== null ? { entity: -1, nominal } : out.entity(q) >= 0 ? this.refOf(out.entity(q)) : null;
    return { speaker, mentionKind: out.mentionKind(q), mentionFirst: out.mentionFirst(q), mentionLast: out.mentionLast(q), cueFirst: out.cueFirst(q), cueLast: out.cueLast(q), rule: out.rule(q), confidence: out.confidence(q) };
  }

  /** Rules 3 and 4: the speaker carried over from the previous part, sentence or paragraph. */
  private continuation(t: number, q: number): QuoteAttribution | null {
    const { tokens } = this.input;
    const previous = this.input.quotes.previous(q);
    if (previous >= 0 && this.out.hasSpeaker(previous)) return inherited(this.written(previous), 'multi-paragraph', 85);
    if (!this.startsSentence(t) || !this.standsAlone(t) || this.looksLikeTerm(t) || this.subheading(t, q)) return null;
    const para = tokens.para[t]!;
    const same = this.lastSpeakerOfPara(para);
    if (same !== undefined) return attribution(same, null, -1, -1, 'same-paragraph', 80);
    const paraFirst = tokens.paraStart[para];
    if (paraFirst !== t || para === 0) return null;
    // the paragraph before; or one further back when the one between names nobody and quotes nothing
    for (let p = para - 1, back = 0; p >= 0 && back < 2; p--, back++) {
      const before = this.lastSpeakerOfPara(p);
      if (before !== undefined) return attribution(before, null, -1, -1, 'paragraph-continuation', back === 0 ? 70 : 60);
      if (!this.quietParagraph(p)) return null;
    }
    return null;
  }

  /** The quote is not part of a longer phrase: what follows it is punctuation, another quote, or a new sentence or paragraph. */
  private standsAlone(t: number): boolean {
    const { tokens } = this.input;
    const n = t + 1;
    if (n >= tokens.count || tokens.kind[n] !== Kind.Word || tokens.sent[n] !== tokens.sent[t]) return true;
    // (a relative clause on the quote's last words: “… all the way through California,” which votes June 7.)
    return tokens.lower(n) === 'which' && this.endsWithComma(t);
  }

  /** A person's name that ends its paragraph or is followed only by punctuation (a byline after a dash). */
  private byline(k: number): Mention | null {
    const { tokens, names } = this.input;
    const r = names.runOf[k]!;
    if (r < 0) return null;
    const run = names.runs[r]!;
    if (run.first !== k || (run.kind !== RunKind.Person && run.kind !== RunKind.Proper)) return null;
    const after = run.last + 1;
    // (or by the next quote of a list: “…” ― Ana Ruiz “…” ― Li Wei)
    if (after < tokens.count && tokens.para[after] === tokens.para[k] && tokens.kind[after] !== Kind.Punct && tokens.kind[after] !== Kind.Quote) return null;
    return this.reader.mentionEndingAt(run.last, k);
  }

  /** A word before the quote that makes it a name or title (“titled”, “so-called”), or a title-cased quote right after a comma (“In his book, ‘Make Your Kid a Millionaire,’ Mr. McKinley …”). */
  private markedAsTerm(t: number): boolean {
    const { tokens, quotes } = this.input;
    if (t === 0) return false;
    // (the word before the quote, if any, looked up once for both questions)
    const word = tokens.kind[t - 1] === Kind.Word;
    const before = word ? WORDS.of(tokens, t - 1) : 0;
    if ((before & W.TermMarker) !== 0) return true;
    const id = tokens.quote[t]!;
    // (or after a preposition or a possessive: “on Wednesday’s ‘MSNBC Live,’ Lehel stated”, “author of ‘Going Viral,’”)
    const inPhrase = word && tokens.sent[t - 1] === tokens.sent[t] && ((tokens.flags[t - 1]! & Flag.Possessive) !== 0 || (before & W.TitlePreposition) !== 0);
    return (inPhrase || (this.isMark(t - 1, Mark.Comma) && tokens.kind[t - 2] === Kind.Word)) && isTitleCased(tokens.text, quotes.start(id), quotes.end(id));
  }

  /** A quote between the parts of a name: Gary ‘The Quiff’ Hollings. */
  private isNickname(t: number): boolean {
    const { tokens, names } = this.input;
    if (t === 0 || t + 1 >= tokens.count || names.runOf[t - 1]! < 0 || names.runOf[t + 1]! < 0) return false;
    return tokens.sent[t - 1] === tokens.sent[t] && tokens.sent[t + 1] === tokens.sent[t] && (tokens.flags[t]! & Flag.SentenceStart) === 0;
  }

  /** A quote that names a term or a title rather than quoting anyone. */
  private looksLikeTerm(t: number): boolean {
    if (t > 0 && this.isWord(t - 1, W.TermMarker)) return true;
    return this.isNickname(t) || this.termInWords(t);
  }

  /** The quote token `t` reads as a term by its words alone: a title in title case, or shouted. */
  private termInWords(t: number): boolean {
    const { tokens, quotes } = this.input;
    const id = tokens.quote[t]!;
    return isTitleCased(tokens.text, quotes.start(id), quotes.end(id)) || isShouted(tokens.text, quotes.start(id), quotes.end(id));
  }

  /** The quote token `q` is a short title in title case after a lower-case word (“author of “The Long Bench,””). */
  private titleInClause(q: number): boolean {
    const { tokens, quotes } = this.input;
    if (tokens.kind[q - 1] !== Kind.Word || (tokens.flags[q - 1]! & Flag.Cap) !== 0) return false;
    const id = tokens.quote[q]!;
    // (a title starts with a capital: most quotes are refused on their first letter)
    if (!isUpper(tokens.text.charCodeAt(quotes.start(id))) || !this.isShort(q)) return false;
    return isTitleCased(tokens.text, quotes.start(id), quotes.end(id));
  }

  /** A quote right before the cue (after optional commas and the speaker's name): the first half of a split quote. */
  private quoteBefore(c: number): boolean {
    const { tokens } = this.input;
    const floor = tokens.sentStart[tokens.sent[c]!]!;
    for (let k = c - 1; k >= floor && k >= c - 12; k--) if (tokens.kind[k] === Kind.Quote) return true;
    return false;
  }

  /** A cue after a modal or “to” (will say, would call, refused to comment). */
  private hypothetical(c: number): boolean {
    return c > 0 && this.isWord(c - 1, W.Modal);
  }

  /** Another cue earlier in the sentence. */
  private hasEarlierCue(c: number, floor: number): boolean {
    for (let k = c - 1; k >= floor && k >= c - LEADING_WINDOW; k--) if (this.input.cues.at[k]! >= 0) return true;
    return false;
  }

  /** A verb right after “and” / “but” (after optional adverbs). */
  private isCoordinated(c: number): boolean {
    const { tokens } = this.input;
    for (let k = c - 1; k >= 0 && k >= c - 3; k--) {
      if (tokens.kind[k] !== Kind.Word) return false;
      const w = WORDS.of(tokens, k);
      if ((w & W.Coordinator) !== 0) return true;
      if ((w & W.Adverb) === 0) return false;
    }
    return false;
  }

  /** A cue that can take its subject after it: right after a quote (and a comma), or opening the sentence. */
  private invertible(c: number, floor: number): boolean {
    const { tokens } = this.input;
    if (c === floor) return true;
    const p = c - 1;
    if (tokens.kind[p] === Kind.Quote) return true;
    return this.isMark(p, Mark.Comma) && p - 1 >= floor && tokens.kind[p - 1] === Kind.Quote;
  }

  /** The quote's words end with a comma, or a comma follows the closing mark. */
  private endsWithComma(t: number): boolean {
    return (this.endingOf(this.input.tokens.quote[t]!) & Ending.Comma) !== 0 || this.isMark(t + 1, Mark.Comma);
  }

  /**
   * A section heading set in single quotes (‘A really tough decision.’) in an
   * article that quotes people in double quotes: a short single-quoted quote
   * that is its paragraph's only content.
   */
  private subheading(t: number, q: number): boolean {
    const { tokens, quotes } = this.input;
    const mark = quotes.openMarkCode(q);
    if (mark !== 0x27 && mark !== 0x2018) return false;
    const para = tokens.para[t]!;
    if (tokens.paraStart[para] !== t) return false;
    const next = t + 1 < tokens.count ? t + 1 : t;
    if (next !== t && tokens.para[next] === para && !(tokens.kind[next] === Kind.Punct && (next + 1 >= tokens.count || tokens.para[next + 1] !== para))) return false;
    let words = 1;
    for (let i = quotes.start(q), end = quotes.end(q); i < end; i++) if (tokens.text.charCodeAt(i) === 0x20 && ++words > 10) return false;
    this.quoteStyle ??= this.countQuoteStyle();
    return this.quoteStyle.double >= 3 * Math.max(1, this.quoteStyle.single);
  }

  /** How many top-level quotes open with a double mark and with a single one (built on first use). */
  private quoteStyle: { double: number; single: number } | null = null;

  private countQuoteStyle(): { double: number; single: number } {
    let double = 0;
    let single = 0;
    const { quotes } = this.input;
    for (let q = 0; q < quotes.count; q++) {
      if (quotes.parent(q) >= 0) continue;
      const mark = quotes.openMarkCode(q);
      // (' ‘ ‚ ‹)
      if (mark === 0x27 || mark === 0x2018 || mark === 0x201a || mark === 0x2039) single++;
      else double++;
    }
    return { double, single };
  }

  /** A paragraph with no quote and no name in it (“He was one of dozens of students …”). */
  private quietParagraph(p: number): boolean {
    const { tokens, names } = this.input;
    const from = tokens.paraStart[p];
    if (from === undefined) return false;
    const to = p + 1 < tokens.paraStart.length ? tokens.paraStart[p + 1]! : tokens.count;
    for (let k = from; k < to; k++) if (tokens.kind[k] === Kind.Quote || names.runOf[k]! >= 0) return false;
    return true;
  }

  /** The quote token opens its sentence (or follows only a dash or bracket there). */
  private startsSentence(t: number): boolean {
    const { tokens } = this.input;
    if ((tokens.flags[t]! & Flag.SentenceStart) !== 0) return true;
    const s = tokens.sentStart[tokens.sent[t]!]!;
    if (t - s > 4) return false;
    for (let k = s; k < t; k++) {
      if (tokens.kind[k] !== Kind.Punct) return false;
    }
    return true;
  }

  /**
   * May rule 1 or 2 attribute the quote token `t`? Not when it sits between
   * two words of its paragraph (no mark before it to lead in, none after it
   * to leave it open, no byline under it) and no cue is within either's reach
   * ({@link LEADING_WINDOW} before it, {@link TRAILING_WINDOW} after it): both
   * would search for a cue and find none (“"a"a"a…”). `nextCue` is the
   * index of the first cue after it.
   */
  private cueRulesMayApply(t: number, nextCue: number): boolean {
    const { tokens } = this.input;
    if (t > 0 && tokens.kind[t - 1] !== Kind.Word) return true;
    const n = t + 1;
    if (n < tokens.count && (tokens.kind[n] !== Kind.Word || tokens.para[n] !== tokens.para[t])) return true;
    const { cueTokens } = this;
    return (nextCue < cueTokens.length && cueTokens[nextCue]! <= n + TRAILING_WINDOW) || (nextCue > 0 && cueTokens[nextCue - 1]! >= t - LEADING_WINDOW);
  }

  /** Rule 1: a cue after the quote. */
  private trailing(t: number): Found | null {
    const { tokens, cues } = this.input;
    const id = tokens.quote[t]!;
    let k = t + 1;
    // a byline on its own line under the quote: “…” ¶ — Clinton
    if (k + 1 < tokens.count && tokens.para[k] === tokens.para[t]! + 1 && tokens.paraStart[tokens.para[k]!] === k) {
      const byline = isDash(tokens, k, true) ? this.byline(k + 1) : null;
      if (byline !== null) return this.trailingFound.set(byline, null, k, k, true, 'trailing-cue');
    }
    if (k >= tokens.count || tokens.para[k] !== tokens.para[t]) return null;
    const dash = isDash(tokens, k, true);
    // a dash that closes an aside the quote sits in (“— a pattern researchers call “social jet lag” — earn …”)
    if (dash && this.asideOpensBefore(t, k)) return null;
    // (a comma or a dash after the quote leaves it open, as its own last mark may)
    const openAfter = dash || this.isMark(k, Mark.Comma);
    if (openAfter) k++;
    else if (tokens.kind[k] === Kind.Punct) return null;
    if (k >= tokens.count || tokens.para[k] !== tokens.para[t]) return null;
    // a byline under a quote: “…” — Sonya Herridge
    if (dash) {
      const byline = this.byline(k);
      if (byline !== null) return this.trailingFound.set(byline, null, k - 1, k - 1, true, 'trailing-cue');
    }
    // the first cue after the quote in its sentence decides; a later one belongs to another clause
    const reach = Math.min(this.sentenceEnd(k), k + TRAILING_WINDOW);
    const taken = this.firstCueAfter(k, reach);
    if (taken < 0) return null;
    const c = this.cueTokens[taken]!;
    // after a quote that ended its sentence, a short attribution (a cue past it can only close the sentence:
    // {@link sentenceFinal}); an appositive may lengthen it: Miller, a retired nurse, said
    const openEnd = openAfter || (this.endingOf(id) & Ending.Open) !== 0;
    const strict = !openEnd || tokens.sent[k] !== tokens.sent[t];
    const end = strict ? Math.min(reach, k + (this.setOffAt(k) ? 20 : 8)) : reach;
    const cue = cues.list[taken]!;
    if (c >= end) return this.sentenceFinal(k, end, cue);
    if (cue.kind === 'according') {
      const mention = this.reader.mentionAfter(cue.last, end - 1);
      if (mention === null) return null;
      return this.trailingFound.set(mention, cue, cue.token, cue.last, c === k, 'according-to');
    }
    // “…,” Braynard is quoted as saying.
    if (cue.participle) {
      const quoted = this.quotedAs(c - 1, k);
      if (quoted === null || quoted.first < k || (strict && !this.endsSoon(cue.last + 1))) return null;
      return this.trailingFound.set(quoted, cue, quoted.last + 1, cue.last, quoted.first === k, 'trailing-cue');
    }
    if (this.onlyAdverbsBetween(k, c)) {
      const mention = this.reader.mentionAfter(cue.last, end - 1);
      // “said the senators were …”: the start of what was said, not an inverted speaker
      if (mention !== null && !(mention.last + 1 < tokens.count && this.isWord(mention.last + 1, W.Finite))) {
        if (strict && (!this.endsSoon(mention.last + 1) || this.introducesNext(t, cue, mention.last + 1))) return null;
        return this.trailingFound.set(mention, cue, cue.token, cue.last, true, 'trailing-cue');
      }
    }
    const subject = this.subjectBefore(c, k);
    if (subject !== null && subject.first >= k) {
      // (or a description set off before the name: “…!” Scott’s niece, Marcia Price, shouted)
      const described = subject.first > k + 1 && subject.first - k <= 7 && this.isMark(subject.first - 1, Mark.Comma) && subject.kind === MentionKind.Name && !isShortQuote(tokens, t);
      if (strict && ((subject.first !== k && !described) || !(this.endsSoon(cue.last + 1) || this.prepositionAfter(cue.last + 1)) || this.introducesNext(t, cue, cue.last + 1))) return null;
      return this.trailingFound.set(subject, cue, cue.token, cue.last, subject.first === k, 'trailing-cue');
    }
    return null;
  }

  /** A description set off by a comma after a word or two at `k` (“Scott’s niece, state Del. Marcia Price (D-Newport News), shouted”). */
  private setOffAt(k: number): boolean {
    const { tokens } = this.input;
    return this.isMark(k + 1, Mark.Comma) || (this.isMark(k + 2, Mark.Comma) && tokens.kind[k] === Kind.Word && ((tokens.flags[k]! & Flag.Possessive) !== 0 || this.isWord(k, W.PossessiveDeterminer)));
  }

  /**
   * The first speech or “according to” cue in `[k, stop)`, the words after a
   * quote from `k` on, by its index in the cue list; -1 when there is none,
   * or when another quote comes first (a short quoted term, “wearing ‘Ted Cruz’ pins, said”,
   * does not block).
   */
  private firstCueAfter(k: number, stop: number): number {
    // (cues are in token order: the first one it takes from `k` on is the answer if it comes before `stop`)
    const { cueTokens, quoteTokens } = this;
    const i = this.firstCueFrom(k);
    const taken = i < cueTokens.length ? this.trailingCues()[i]! : i;
    if (taken >= cueTokens.length || cueTokens[taken]! >= stop) return -1;
    const c = cueTokens[taken]!;
    // a quote before it blocks: the one at `k` itself, or a later one that is not a short term
    const q = this.firstQuoteFrom(k);
    if (q < quoteTokens.length && quoteTokens[q]! < c) {
      const blocking = quoteTokens[q] === k ? q : this.longQuotes()[q]!;
      if (blocking < quoteTokens.length && quoteTokens[blocking]! < c) return -1;
    }
    return taken;
  }

  /** The dash at token `dash` (after the quote `t`) opens an aside a few words before the quote too, in its sentence. */
  private asideOpensBefore(t: number, dash: number): boolean {
    const { tokens } = this.input;
    const floor = tokens.sentStart[tokens.sent[t]!]!;
    for (let k = t - 1; k >= floor && k >= t - 16; k--) {
      if (tokens.kind[k] === Kind.Quote) return false;
      if (this.samePunct(k, dash)) return true;
    }
    return false;
  }

  /** The last cue token in `[stop, c]` (`c` from -1 on), or -1. */
  private cueAtOrBefore(c: number, stop: number): number {
    const i = this.firstCueFrom(c + 1) - 1;
    return i >= 0 && this.cueTokens[i]! >= stop ? this.cueTokens[i]! : -1;
  }

  /** Index (among quote tokens) of the first quote token at or after token `t`. */
  private firstQuoteFrom(t: number): number {
    return (this.quoteHint = firstAtOrAfter(this.quoteTokens, t, this.quoteHint));
  }

  /** Index of the first cue at or after token `t`. */
  private firstCueFrom(t: number): number {
    return (this.cueHint = firstAtOrAfter(this.cueTokens, t, this.cueHint));
  }

  /**
   * {@link nextTrailingCue}, built on first use (one backward pass over the
   * cues): a cue that may follow a quote as its attribution is a speech or
   * “according to” cue, and a participle only as “quoted as saying”. (A long
   * sentence of participles is not read cue by cue once per quote.)
   */
  private trailingCues(): Int32Array {
    if (this.nextTrailingCue !== null) return this.nextTrailingCue;
    const { list } = this.input.cues;
    const next = scratchInt32(list.length, 0);
    let taken = list.length;
    for (let i = list.length - 1; i >= 0; i--) {
      const cue = list[i]!;
      if (cue.kind !== 'frame' && (!cue.participle || this.quotedAsAt(cue.token))) taken = i;
      next[i] = taken;
    }
    this.nextTrailingCue = next;
    return next;
  }

  /**
   * {@link lastFiniteCue}, built on first use (one pass over the cues): the
   * cues a participle's clause may hang from are those of a finite verb,
   * neither participles nor “according to”.
   */
  private finiteCues(): Int32Array {
    if (this.lastFiniteCue !== null) return this.lastFiniteCue;
    const { list } = this.input.cues;
    const last = scratchInt32(list.length, 0);
    let finite = -1;
    for (let i = 0; i < list.length; i++) {
      if (!list[i]!.participle && list[i]!.kind !== 'according') finite = i;
      last[i] = finite;
    }
    this.lastFiniteCue = last;
    return last;
  }

  /** {@link nextLongQuote}, built on first use (one backward pass over the quote tokens). */
  private longQuotes(): Int32Array {
    if (this.nextLongQuote !== null) return this.nextLongQuote;
    const q = this.quoteTokens;
    const next = scratchInt32(q.length, 0);
    let long = q.length;
    for (let i = q.length - 1; i >= 0; i--) {
      if (!this.isShort(q[i]!)) long = i;
      next[i] = long;
    }
    this.nextLongQuote = next;
    return next;
  }

  /**
   * A quote the sentence goes on from, closed by a bare attribution at its
   * end: “…” about fixing schools, said Marla Kilfoyle, a teacher. / …, Reyes
   * said. The attribution must follow a comma and end the sentence (or lead
   * into an appositive); the words before it are the speaker's paraphrase.
   * `cue` is the first cue after the quote, at `from` or later.
   */
  private sentenceFinal(k: number, from: number, cue: Cue): Found | null {
    const end = this.sentenceEnd(k);
    const c = cue.token;
    if (cue.kind === 'according') return null;
    if (this.isMark(c - 1, Mark.Comma)) {
      const mention = this.reader.mentionAfter(cue.last, end - 1);
      if (mention === null) return null;
      const next = mention.last + 1;
      if (next < end - 1 && !this.isMark(next, Mark.Comma)) return null;
      return this.trailingFound.set(mention, cue, cue.token, cue.last, false, 'trailing-cue');
    }
    const subject = this.subjectBefore(c, from);
    if (subject === null || !this.isMark(subject.first - 1, Mark.Comma) || !this.endsSoon(cue.last + 1)) return null;
    return this.trailingFound.set(subject, cue, cue.token, cue.last, false, 'trailing-cue');
  }

  /**
   * “Here’s Clinton in December 1992: “…””: a sentence that opens with
   * “Here’s” or “Here is” and a name, and ends in a colon just before the
   * quote (the caller has seen the colon). The “Here’s” is the cue.
   */
  private presented(before: number, floor: number): Found | null {
    const { tokens } = this.input;
    if (tokens.kind[floor] !== Kind.Word) return null;
    const w = tokens.lower(floor);
    let k = floor + 1;
    if (w === 'here' && tokens.kind[k] === Kind.Word && tokens.lower(k) === 'is') k++;
    else if (w !== 'here’s' && w !== "here's") return null;
    const r = this.input.names.runOf[k]!;
    if (r < 0 || k >= before - 1) return null;
    const run = this.input.names.runs[r]!;
    if (run.first !== k || (run.kind !== RunKind.Person && run.kind !== RunKind.Proper && run.kind !== RunKind.Organization)) return null;
    const mention = this.reader.mentionEndingAt(run.last, k);
    if (mention === null || mention.kind !== MentionKind.Name) return null;
    return this.leadingFound.set(mention, null, floor, k - 1, false, 'leading-cue');
  }

  /**
   * Rule 2: a cue before the quote in its sentence; or, for a quote that opens
   * its paragraph, in a sentence ending with a colon just before it
   * (“Cruz continued:” ¶ “…”).
   */
  private leading(t: number): Found | null {
    const { tokens } = this.input;
    const own = this.leadingFrom(t, tokens.sentStart[tokens.sent[t]!]!);
    if (own !== null || t === 0 || tokens.paraStart[tokens.para[t]!] !== t || !this.isMark(t - 1, Mark.Colon)) return own;
    return this.leadingFrom(t, tokens.sentStart[tokens.sent[t - 1]!]!);
  }

  /** {@link leading} with the words from `floor` up to the quote token `t`. */
  private leadingFrom(t: number, floor: number): Found | null {
    const { tokens, cues } = this.input;
    // (the look-back starts at the quote, whichever sentence `floor` opens)
    const before = t;
    // the punctuation right before the quote, if any: a colon or a dash
    const colon = this.isMark(before - 1, Mark.Colon);
    const dash = isDash(tokens, before - 1, true);
    const stop = Math.max(floor, t - LEADING_WINDOW);
    // the nearest cue before the quote; with none in reach, only a colon or a dash right before it can lead into it
    const nearest = this.cueAtOrBefore(before - 1, stop);
    if (nearest < 0 && !colon && !dash) return null;
    const presented = colon ? this.presented(before, floor) : null;
    if (presented !== null) return presented;
    // “in what is being criticized as a “use it or lose it” approach”: the complement of a passive
    // report has no speaker here, and an earlier cue is not its attribution
    if (this.passiveJustBefore(before, floor)) return null;
    // “including Mitt Romney -- ‘It is disqualifying …’ --”: a name, a dash, the quote
    if (dash && before - 2 >= floor) {
      const named = this.reader.mentionEndingAt(before - 2, floor);
      if (named !== null && named.kind === MentionKind.Name && this.input.names.runs[named.run]!.kind === RunKind.Person) {
        return this.leadingFound.set(named, null, before - 1, before - 1, true, 'leading-cue');
      }
    }
    let hops = 0;
    // the cues from `before - 1` back to `stop`, nearest first
    // a dashed aside that closes right before the quote: its cues are not the quote's
    // (“— as researchers believe, but Moscow strongly denies — “why wouldn’t you …?” asked Dunn”)
    let asideOpens = -1;
    if (isDash(tokens, before - 1, false)) {
      for (let k = before - 2; k >= stop; k--) {
        if (this.samePunct(k, before - 1)) {
          asideOpens = k;
          break;
        }
      }
    }
    for (let c = nearest; c >= 0; c = this.cueAtOrBefore(c - 1, stop)) {
      const cue = cues.list[cues.at[c]!]!;
      if (c > asideOpens && asideOpens >= 0) continue;
      // “Obama said Americans will say ‘no’”: a speech only imagined is not the report
      if (this.hypothetical(c) && this.hasEarlierCue(c, floor)) continue;
      let mention: Mention | null;
      if (cue.kind === 'according') {
        mention = this.reader.mentionAfter(cue.last, before - 1);
        // According to Reyes, “…” — the quote follows the source at once (after “of Counter Jihad”, perhaps),
        // or, opening the sentence, the source's phrase ends in a comma and the sentence goes on to the quote
        // with no other cue (According to two people familiar with the talks, the deal is “basically done.”)
        if (mention !== null && before - this.pastAffiliation(mention.last + 1, before) > 2 && !(c === floor && this.accordingClause(mention.last + 1, before))) mention = null;
      } else {
        if (cue.participle && isTheWord(tokens, c - 1, AS)) mention = this.quotedAs(c - 1, floor);
        else if (cue.participle) mention = this.clauseSubject(c, floor);
        else mention = this.subjectBefore(c, this.clauseFloorFrom(c, floor));
        // “… and said …” / “… but told …”: the subject of the first verb
        if (mention === null && !cue.participle && this.isCoordinated(c)) mention = this.clauseSubject(c, floor);
        // inverted: “…,” said Miller, “…” / Said Miller: “…”
        if (mention === null && cue.kind === 'speech' && !cue.participle && this.invertible(c, floor)) mention = this.reader.mentionAfter(cue.last, before - 1);
      }
      if (mention === null) {
        // a noun that looks like a verb (“a conference call”): look further left, a little
        if (++hops >= 3) return null;
        continue;
      }
      // “a pattern researchers call ‘social jet lag’”: a term, not a quotation (but “the mayor called it ‘a disgrace’”)
      // (a present tense names a term: “the company calls ‘Recall Mode’”)
      if (cue.kind === 'frame' && mention.kind === MentionKind.Nominal && !(isTheWord(tokens, mention.first, THE) && tokens.lower(cue.token).endsWith('ed'))) return null;
      // “it underscores that …”: a thing, not a speaker; the report is further out
      if (mention.kind === MentionKind.Pronoun && mention.pronoun === 'it' && !IT_SPEAKS.has(cue.lemma)) {
        if (++hops >= 3) return null;
        continue;
      }
      // “Meeks said Clinton reassured them that Democrats “were not …””: the words come through the outer speaker
      if (cue.kind !== 'according' && !cue.participle) {
        const outer = this.reporterOf(mention, floor);
        if (outer !== null) {
          const outerCue = cues.list[cues.at[outer.cue]!]!;
          return this.leadingFound.set(outer.mention, outerCue, outerCue.token, outerCue.last, false, 'leading-cue');
        }
      }
      // the cue of the first half of “A,” Reyes said, “B.” attributes the second half too
      const previousUsed = this.usedCue[cues.at[c]!] === 1 && c > 0 && this.quoteBefore(c);
      const rule: AttributionRule = cue.kind === 'according' ? 'according-to' : previousUsed ? 'split-quote' : 'leading-cue';
      let cueLast = cue.last;
      if (cue.kind === 'frame' && before - 1 - cue.last <= 4 && before - 1 > cue.last) cueLast = before - 1;
      if (tokens.kind[cueLast] === Kind.Punct) cueLast--;
      return this.leadingFound.set(mention, cue, cue.token, cueLast, before - cue.last <= 3, rule);
    }
    // Reyes: “…” / Vance was blunter: “…” — a clause ending in a colon, with no cue: its subject
    if (before - 2 >= floor && colon) {
      const last = this.reader.mentionEndingAt(before - 2, floor);
      const direct = last === null ? null : this.reader.firstOfPair(last, floor);
      // (not the one spoken to or about: “a blunt message to Trump:”, “CNN President On Trump:”)
      if (direct !== null && direct.kind === MentionKind.Name && !this.addressee(direct.first)) {
        return this.leadingFound.set(direct, null, before - 1, before - 1, true, 'leading-cue');
      }
      // “Reyes’s response: “…””: whose words the noun names
      const owner = this.ownerOfWords(before - 2, floor);
      if (owner !== null) return this.leadingFound.set(owner, null, before - 2, before - 1, true, 'leading-cue');
      const subject = this.sentenceSubject(floor, before - 1);
      if (subject !== null) return this.leadingFound.set(subject, null, before - 1, before - 1, false, 'leading-cue');
      const topical = this.topicLabel(floor, before - 1);
      if (topical !== null) return this.leadingFound.set(topical, null, before - 1, before - 1, true, 'leading-cue');
    }
    return null;
  }

  /**
   * A name, “on” and a topic, then the colon at `colon` that leads into a
   * quote: “Santander on the referee:”, “Coach Santander on his team’s
   * form:” (a layout of sports and roundup pages). The name, which opens
   * the sentence at `floor`, or null.
   */
  private topicLabel(floor: number, colon: number): Mention | null {
    const { tokens, names } = this.input;
    const r = names.runOf[floor]!;
    if (r < 0) return null;
    const run = names.runs[r]!;
    // (“on” in lower case: not a title-case headline, “CNN President On Trump:”)
    const on = run.last + 1;
    if (run.first !== floor || !isTheWord(tokens, on, ON) || (tokens.flags[on]! & Flag.Cap) !== 0 || colon - run.last > 8) return null;
    for (let k = run.last + 2; k < colon; k++) if (tokens.kind[k] === Kind.Quote || this.input.cues.at[k]! >= 0) return null;
    const m = this.reader.mentionEndingAt(run.last, floor);
    return m !== null && m.kind === MentionKind.Name && (run.kind === RunKind.Person || run.kind === RunKind.Proper) ? m : null;
  }

  /** A speech noun at `k` owned by the name before it: “Reyes’s response”, “the mayor’s reply”. */
  private ownerOfWords(k: number, floor: number): Mention | null {
    const { tokens, names } = this.input;
    if (k - 1 < floor || tokens.kind[k] !== Kind.Word || !SPEECH_NOUNS.has(tokens.lower(k))) return null;
    const r = names.runOf[k - 1]!;
    if (r < 0 || !names.runs[r]!.possessive || names.runs[r]!.last !== k - 1) return null;
    const run = names.runs[r]!;
    if (run.kind !== RunKind.Person && run.kind !== RunKind.Proper && run.kind !== RunKind.Organization) return null;
    const m = this.reader.mentionEndingAt(run.last, floor) ?? { kind: MentionKind.Name, first: run.first, last: run.last, run: r, pronoun: null, titles: NO_TITLES };
    return m.kind === MentionKind.Name ? m : null;
  }

  /**
   * The speaker who reports a clause whose subject is `inner`: “Meeks said
   * (that) Clinton …” — a speech cue right before the subject, with a subject
   * of its own.
   */
  private reporterOf(inner: Mention, floor: number): { mention: Mention; cue: number } | null {
    const { tokens, cues } = this.input;
    let k = inner.first - 1;
    if (k >= floor && isTheWord(tokens, k, THAT)) {
      k--;
      // (past a phrase of time or place between the verb and “that”: “Trump said during a rally in Michigan that …”)
      let j = k;
      while (j >= floor && j > k - 10 && cues.at[j]! < 0 && tokens.kind[j] === Kind.Word) j--;
      if (j >= floor && j < k && cues.at[j]! >= 0 && (this.input.cues.list[cues.at[j]!]!.last === j) && tokens.kind[j + 1] === Kind.Word && SETTING_WORDS.has(tokens.lower(j + 1))) k = j;
    }
    if (k < floor) return null;
    const ci = cues.at[k]!;
    if (ci < 0) return null;
    const cue = cues.list[ci]!;
    if (cue.kind !== 'speech' || cue.participle || cue.last !== k) return null;
    const outer = this.subjectBefore(cue.token, floor);
    if (outer === null || outer.kind === MentionKind.Nominal) return null;
    return { mention: outer, cue: cue.token };
  }

  /** After “According to X”, a comma at `k` and no cue or quote before `before`. */
  private accordingClause(k: number, before: number): boolean {
    const { tokens, cues } = this.input;
    let j = k;
    // (the tail of a nominal source: “two people familiar with the talks”)
    while (j < before && j < k + 6 && tokens.kind[j] === Kind.Word && (tokens.flags[j]! & Flag.Cap) === 0) j++;
    if (!this.isMark(j, Mark.Comma)) return false;
    for (let i = j + 1; i < before; i++) if (cues.at[i]! >= 0 || tokens.kind[i] === Kind.Quote) return false;
    return before - j <= LEADING_WINDOW;
  }

  /** Past “of the Sierra Club” / “at Harvard” starting at `k` (before `limit`): the token after it, or `k`. */
  private pastAffiliation(k: number, limit: number): number {
    const { tokens, names } = this.input;
    if (k >= limit || tokens.kind[k] !== Kind.Word) return k;
    const w = tokens.lower(k);
    if (w !== 'of' && w !== 'at' && w !== 'from' && w !== 'with') return k;
    let j = k + 1;
    if (j < limit && isTheWord(tokens, j, THE)) j++;
    const r = j < limit ? names.runOf[j]! : -1;
    if (r < 0 || names.runs[r]!.first !== j || names.runs[r]!.last >= limit) return k;
    return names.runs[r]!.last + 1;
  }

  /** Is the mention starting at `first` the object of “to”, “on”, “about” …, so the one spoken to or about? */
  private addressee(first: number): boolean {
    const { tokens } = this.input;
    // over a short description: “to the Dutch newspaper NRC Handelsblad:”
    for (let k = first - 1; k >= 0 && k >= first - 5 && tokens.kind[k] === Kind.Word; k--) {
      const w = tokens.lower(k);
      if (ADDRESS_PREPOSITIONS.has(w)) return true;
      if (this.input.cues.at[k]! >= 0 || w === 'and' || w === 'or' || w === 'by' || w === 'from' || w === 'of') return false;
    }
    return false;
  }

  /** The name or pronoun that opens a clause (after an introductory phrase ending in a comma). */
  private sentenceSubject(floor: number, end: number): Mention | null {
    // (“When Wallace died, President Clinton released the following statement:”: not the subordinate clause's subject)
    // (a verb still inside that clause has its subject: “When Mr. Trump tried to defend his remarks calling …”)
    let subordinate = this.isWord(floor, W.Subordinator);
    if (subordinate) {
      let k = floor + 1;
      while (k < end && k < floor + 16 && !this.isMark(k, Mark.Comma)) k++;
      subordinate = k < end && this.isMark(k, Mark.Comma);
    }
    const direct = subordinate ? null : this.subjectAt(floor, end);
    if (direct !== null) return direct;
    // after an introductory phrase: “Asked about Ferro’s criticism, Vance …”, “On July 6, 2015, Sanders …”
    let commas = 0;
    for (let k = floor; k < end && k < floor + INTRO_REACH; k++) {
      if (this.input.tokens.kind[k] === Kind.Quote) return null;
      if (!this.isMark(k, Mark.Comma)) continue;
      const found = this.subjectAt(k + 1, end);
      if (found !== null || ++commas >= 2) return found;
    }
    return null;
  }

  /** A name or pronoun starting exactly at `from` (after an article), followed by a lower-case word. */
  private subjectAt(from: number, end: number): Mention | null {
    const { tokens } = this.input;
    // “And then Trump went on the attack, saying …”
    for (let n = 0; n < 3 && from + 1 < end && this.isWord(from, W.Opener); n++) from++;
    // “A Nimbus spokesperson declined to comment but said …”: an unnamed source, to its verb (its “A” is no
    // capitalised word a name left out)
    const unnamed = this.unnamedSourceEnd(from, end);
    if (unnamed < 0 && from + 1 < end) {
      if (isTheWord(tokens, from, THE) && this.input.names.runOf[from + 1]! >= 0) from++;
      // a capitalised word the name left out may open the sentence: “Senate Majority Leader Mitch McConnell …”
      else if (tokens.kind[from] === Kind.Word && (tokens.flags[from]! & Flag.Cap) !== 0 && this.input.names.runOf[from]! < 0 && this.input.names.runOf[from + 1]! >= 0) from++;
    }
    // “The club sacked its manager, saying …”: an organisation named by its kind, the one named before
    const byKind = unnamed < 0 && from + 1 < end && isTheWord(tokens, from, THE) && tokens.kind[from + 1] === Kind.Word && ORG_STAND_INS.has(tokens.lower(from + 1));
    let k = byKind ? from + 1 : unnamed >= 0 ? unnamed : this.mentionEndFrom(from);
    // “Republican presidential candidate Donald Trump took …”: a party or place, a title, then the person
    const lead = this.input.names.runOf[from]!;
    if (lead >= 0 ? this.input.names.runs[lead]!.kind !== RunKind.Person : tokens.kind[from] === Kind.Word && (tokens.flags[from]! & Flag.Cap) !== 0) {
      let j = k + 1;
      while (j < end && j <= k + 4 && tokens.kind[j] === Kind.Word && (tokens.flags[j]! & Flag.Cap) === 0 && !this.isWord(j, W.Verb)) j++;
      const r = j > k + 1 && j < end && ROLE_NOUNS.has(tokens.lower(j - 1)) ? this.input.names.runOf[j]! : -1;
      if (r >= 0 && this.input.names.runs[r]!.first === j && this.input.names.runs[r]!.kind === RunKind.Person) k = this.input.names.runs[r]!.last;
    }
    if (k >= end) return null;
    const m = this.reader.mentionEndingAt(k, from);
    // (a capitalised adjective the title left out may open it: “Republican presidential candidate Donald Trump”)
    // (a lone title word that is someone's surname counts: “Dean, a medical doctor, …”)
    const surnameTitle = m !== null && m.kind === MentionKind.Nominal && m.run >= 0 && this.input.entities.ofRun[m.run]! >= 0;
    // (“a spokesperson for Quellon Motors”: a spokesperson for an organisation speaks for it)
    const forOrganization = unnamed >= 0 && m !== null && m.kind === MentionKind.Name && m.first > from + 1 && this.input.names.runs[m.run]!.kind === RunKind.Organization && this.isWord(m.first - 1, W.TitlePreposition);
    if (m === null || (m.kind === MentionKind.Nominal && !surnameTitle && !byKind && unnamed < 0) || (m.first !== from && !(lead < 0 && m.first === from + 1) && !forOrganization)) return null;
    m.first = from;
    if (m.kind === MentionKind.Pronoun && m.pronoun !== 'm' && m.pronoun !== 'f' && m.pronoun !== 'plural') return null;
    // the subject must be followed by something verb-like, not by more of a noun phrase
    // (after an appositive: “Howard Dean, former DNC chairman, poked at …”)
    let next = k + 1;
    // a party and state: “Rep. Hakeem Jeffries (D-N.Y.) reacted …”
    if (this.isMark(next, Mark.LeftParen)) {
      let j = next + 1;
      while (j < end && j < next + 12 && !this.isMark(j, Mark.RightParen)) j++;
      if (this.isMark(j, Mark.RightParen)) next = j + 1;
    }
    // up to three appositives: “Rep. Yusuf al-Haddad, D-Mich., whose district includes the airport, attended …”
    const verbish = (t: number): boolean => {
      if (t >= end || tokens.kind[t] !== Kind.Word || (tokens.flags[t]! & Flag.Cap) !== 0) return false;
      return (WORDS.of(tokens, t) & (W.Verb | W.EdForm)) !== 0 || this.input.cues.at[t]! >= 0;
    };
    for (let hop = 0; hop < 3 && this.isMark(next, Mark.Comma); hop++) {
      let j = next + 1;
      while (j < end && j < next + 16 && !this.isMark(j, Mark.Comma) && tokens.kind[j] !== Kind.Quote) j++;
      if (!this.isMark(j, Mark.Comma)) break;
      // (the comma that closes one appositive may open the next: “…, D-Mich., whose district …,”)
      next = verbish(j + 1) || hop === 2 ? j + 1 : j;
    }
    if (this.isMark(next, Mark.Comma) && verbish(next + 1)) next++;
    // the name closing an appositive of a description: “A spokesman for the mayor, Ian Ruiz, declined …”
    if (this.isMark(next, Mark.Comma) && from > 0 && this.isMark(from - 1, Mark.Comma)) next++;
    while (next < end && tokens.kind[next] === Kind.Word && (tokens.flags[next]! & Flag.Cap) === 0 && tokens.lower(next).endsWith('ly')) next++;
    return verbish(next) ? m : null;
  }

  /**
   * The last token of “a” or “an” and a source noun, with what it is of or
   * for, that opens a clause at `from` (“A spokesperson for Quellon Motors”,
   * “an official”): the token before the first lower-case verb within eight
   * tokens; -1 when the clause opens otherwise.
   */
  private unnamedSourceEnd(from: number, end: number): number {
    const { tokens } = this.input;
    if (tokens.kind[from] !== Kind.Word || tokens.end[from]! - tokens.start[from]! > 2) return -1;
    const article = tokens.lower(from);
    if (article !== 'a' && article !== 'an') return -1;
    for (let j = from + 2; j < end && j <= from + 8; j++) {
      if (tokens.kind[j] !== Kind.Word) return -1;
      if ((tokens.flags[j]! & Flag.Cap) === 0 && (this.isWord(j, W.Verb) || this.isWord(j, W.EdForm) || this.input.cues.at[j]! >= 0)) {
        // (someone: a role, “a spokesperson”, “an official”, or the one a role serves; not a memo or a lawsuit)
        const head = j - 1;
        return this.input.names.runOf[head]! >= 0 || ROLE_NOUNS.has(tokens.lower(head)) ? head : -1;
      }
    }
    return -1;
  }

  /** A passive reporting verb and “as” a few words before the quote: “is being criticized as”, “was described as”. */
  private passiveJustBefore(before: number, floor: number): boolean {
    const { tokens } = this.input;
    for (let k = before - 1; k > floor && k >= before - 5; k--) {
      // (the rare “as” after it first, by its hash, before the word is looked up)
      if (!isTheWord(tokens, k + 1, AS) || tokens.kind[k] !== Kind.Word) continue;
      const cue = CUE_WORDS.get(tokens.lower(k));
      if (cue === undefined || !tokens.lower(k).endsWith('ed')) continue;
      if (tokens.kind[k - 1] === Kind.Word && PASSIVE_BE.has(tokens.lower(k - 1))) return true;
    }
    return false;
  }

  /** Is the participle cue at `c` the “saying” of “was quoted as saying”? */
  private quotedAsAt(c: number): boolean {
    const { tokens } = this.input;
    return c >= 2 && isTheWord(tokens, c - 1, AS) && isTheWord(tokens, c - 2, QUOTED);
  }

  /**
   * “Reyes was quoted as saying”, “The Post quoted Reyes as saying”, and
   * with the outlet in between, “Kazemi was quoted by the IRNA news agency
   * as saying”, “Durand was quoted in Le Monde as saying”: the one quoted.
   */
  private quotedAs(as: number, floor: number): Mention | null {
    const { tokens } = this.input;
    // (“quoted by” or “quoted in” a few words before “as”: the outlet is between, the speaker before)
    let quoted = -1;
    for (let k = as - 2; k > floor && k >= as - 9; k--) {
      if (isTheWord(tokens, k, QUOTED) && (tokens.lower(k + 1) === 'by' || tokens.lower(k + 1) === 'in')) {
        quoted = k;
        break;
      }
    }
    const direct = quoted < 0 ? this.reader.mentionEndingAt(as - 1, floor) : null;
    if (direct !== null) return direct;
    let k = quoted < 0 ? as - 1 : quoted;
    while (k >= floor && tokens.kind[k] === Kind.Word && ['quoted', 'was', 'is', 'been', 'has', 'being', 'were', 'also', 'later'].includes(tokens.lower(k))) k--;
    return k < as - 1 ? this.reader.mentionEndingAt(k, floor) : null;
  }

  /**
   * The subject of the clause a participle (or a second, coordinated verb)
   * hangs from: “Reyes defended the plan, saying …”, “Reyes said …, adding
   * …”, “Carson did not name them, but told supporters …”.
   */
  private clauseSubject(c: number, floor: number): Mention | null {
    // (remembered per cue, as {@link subjectBefore} is, on which it builds: a quote after a run of participles
    // reads the nearest few, and the next quote most of the same ones)
    const i = this.input.cues.at[c]!;
    const answers = this.cueAnswers();
    if (answers.has(i, Reading.Clause, floor, this.kindChanges)) return answers.answer(i, Reading.Clause);
    return answers.keep(i, Reading.Clause, floor, this.kindChanges, this.readClauseSubject(c, floor));
  }

  /** {@link clauseSubject}, read. */
  private readClauseSubject(c: number, floor: number): Mention | null {
    const { tokens, cues } = this.input;
    // an absolute construction: “… and Moscow calling the rules …”
    const right = this.subjectBefore(c, floor);
    if (right !== null && right.kind === MentionKind.Name && right.first > floor) {
      const before = tokens.kind[right.first - 1] === Kind.Word ? tokens.lower(right.first - 1) : this.punct(right.first - 1);
      const person = right.kind === MentionKind.Name && this.input.names.runs[right.run]!.kind === RunKind.Person;
      if ((before === 'and' || before === 'with' || before === 'of' || person) && this.punct(c - 1) === null) return right;
    }
    // the nearest earlier cue in the sentence gives it (“Reyes said …, adding …”), within reach
    // (a sentence of a million words must not be read back once per participle)
    // (read over the cue list, in token order, rather than token by token: c is a cue, the one before it is the next to read)
    const lowest = Math.max(floor, c - LEADING_WINDOW);
    // (and over the finite verbs' cues only, skipping a run of participles at once)
    const finite = this.finiteCues();
    const nearest = this.firstCueFrom(c) - 1;
    for (let ci = nearest >= 0 ? finite[nearest]! : -1; ci >= 0 && cues.list[ci]!.token >= lowest; ci = ci > 0 ? finite[ci - 1]! : -1) {
      const k = cues.list[ci]!.token;
      // a cue inside a relative clause (“an architect who said …”) is not the clause's
      if (k > 0 && isTheWord(tokens, k - 1, WHO)) continue;
      const m = this.subjectBefore(k, floor);
      if (m !== null) return m;
      if (tokens.kind[k - 1] === Kind.Quote || this.isMark(k - 1, Mark.Comma)) {
        const after = this.reader.mentionAfter(cues.list[ci]!.last, c - 1);
        if (after !== null) return after;
      }
      break;
    }
    return this.sentenceSubject(floor, c);
  }

  private mentionEndFrom(k: number): number {
    const r = this.input.names.runOf[k]!;
    return r >= 0 ? this.input.names.runs[r]!.last : k;
  }

  /** The speaker reference of entity `id`: one per entity, shared (nothing changes a reference once made). */
  private refOf(id: number): SpeakerRef {
    let ref = this.refs[id];
    if (ref === undefined) {
      ref = { entity: id, nominal: null };
      this.refs[id] = ref;
    }
    return ref;
  }

  /** The speaker a mention stands for. */
  private speakerOf(m: Mention): SpeakerRef | null {
    const { entities, names, tokens } = this.input;
    switch (m.kind) {
      case MentionKind.Name: {
        let id = entities.ofRun[m.run]!;
        if (id >= 0) {
          // a bare surname two people share (Bill and Hillary Clinton): the one of them who spoke last, if recently
          // (asked only when someone else spoke last: most often it is the same one again)
          const last = this.lastSpeaker === null ? -1 : this.lastSpeaker.entity;
          const run = names.runs[m.run]!;
          const recent = last >= 0 && last !== id && isBareName(run) && m.first === run.first ? this.recentSpeaker(m.first) : -1;
          if (recent >= 0) {
            const other = entities.list[recent]!;
            const mine = entities.list[id]!;
            if (other.kind === 'person' && mine.kind === 'person' && other.words.length >= 2 && other.words[other.words.length - 1] === run.words[0] && mine.words[mine.words.length - 1] === run.words[0]) id = recent;
          }
          const e = entities.list[id]!;
          if (run.possessive && m.last === run.last) this.nameEndingInS(e, run.name, m.last);
          // (most mentions have none: the shared, frozen NO_TITLES, not worth an iterator)
          if (m.titles !== NO_TITLES) for (const title of m.titles) if (!e.titles.includes(title)) e.titles.push(title);
          return this.refOf(id);
        }
        return null;
      }
      case MentionKind.Pronoun: {
        if (m.pronoun === 'm' || m.pronoun === 'f' || m.pronoun === 'plural' || m.pronoun === 'it') {
          const id = this.pronouns.resolve(m.first, m.pronoun === 'it' ? 'plural' : m.pronoun, this.recentSpeaker(m.first), this.spokeAlready, this.lastSpokeAt);
          if (id < 0) return null;
          // a pronoun tells the person's gender when nothing else did
          const e = entities.list[id]!;
          if (e.gender === null && (m.pronoun === 'm' || m.pronoun === 'f')) e.gender = m.pronoun;
          return this.refOf(id);
        }
        return null;
      }
      case MentionKind.Nominal: {
        // a lone title word that is someone's surname (“Dean, a medical doctor, …” after Howard Dean)
        if (m.run >= 0 && m.first === names.runs[m.run]!.first && entities.ofRun[m.run]! >= 0) return { entity: entities.ofRun[m.run]!, nominal: null };
        const byTitle = this.byTitle(m);
        if (byTitle >= 0) return this.refOf(byTitle);
        const first = tokens.lower(m.first);
        const from = first === 'the' || first === 'a' || first === 'an' ? m.first + 1 : m.first;
        if (from > m.last) return null;
        const nominal = oneSpaced(tokens.text, tokens.start[from]!, tokens.end[m.last]!);
        // (a capital that only opens the sentence is no part of the source's name: “Police said” is police)
        const opening = (tokens.flags[from]! & (Flag.SentenceStart | Flag.Cap | Flag.AllCaps)) === (Flag.SentenceStart | Flag.Cap) && names.runOf[from]! < 0;
        return { entity: -1, nominal: opening ? nominal[0]!.toLowerCase() + nominal.slice(1) : nominal };
      }
    }
  }

  /**
   * “McDonald’s said”, “Moody’s told”: a name that speaks in the possessive
   * (a cue right after it, or after one word) and that the article never
   * gives without the ’s is a name that ends in it, a company's: the entity
   * `e`, named `bare` without it, takes the ’s of its mention ending at
   * token `last` into its name. (Named elsewhere without it, “Okafor’s
   * said” is Okafor with “has” run in, and stays so.)
   */
  private nameEndingInS(e: Entity, bare: string, last: number): void {
    const { tokens, names, cues } = this.input;
    // (named so already, or by a fuller name)
    if (e.name !== bare) return;
    const cueNext = (k: number): boolean => k < tokens.count && cues.at[k]! >= 0;
    if (!cueNext(last + 1) && !(cueNext(last + 2) && (tokens.flags[last + 1]! & Flag.Cap) === 0)) return;
    for (const r of e.runs) if (!names.runs[r]!.possessive) return;
    const end = tokens.end[last]!;
    e.name = bare + tokens.text.slice(end - 2, end);
    e.kind = 'organization';
  }

  /**
   * “the senator”, “the coach”, “the President”: the most recently named
   * person with that title or role; “the company”, “the university”: the most
   * recently named organisation with that word in its name.
   */
  private byTitle(m: Mention): number {
    const { tokens, names, entities } = this.input;
    if (!isTheWord(tokens, m.first, THE)) return -1;
    if (m.last - m.first > 3) return -1;
    // “the Kettering campaign”: a body named in the phrase itself (but “the Florida senator” is a senator,
    // the one whose title names Florida)
    let place: string[] = [];
    for (let k = m.first + 1; k < m.last; k++) {
      const r = names.runOf[k]!;
      if (r < 0) continue;
      if (names.runs[r]!.kind !== RunKind.Place) return -1;
      place = names.runs[r]!.words;
    }
    const word = tokens.lower(m.last);
    const head = word.endsWith('.') ? word.slice(0, -1) : word;
    const variants = TITLE_VARIANTS.get(head);
    const limit = tokens.start[m.first]! - BY_TITLE_REACH;
    const bodyLike = ORG_STAND_INS.has(head) || (head.endsWith('s') && ORG_STAND_INS.has(head.slice(0, -1)));
    // (a word no one's roles can hold, “the parents”: only an organisation may answer, and nobody's roles need reading)
    const personLike = this.mayBeRole(head) || (variants !== undefined && variants.some((v) => this.mayBeRole(v)));
    let nearestBody = -1;
    // (a person with the role but not the place, if nobody has both)
    let fallback = -1;
    const from = lastRunBefore(names, m.first);
    for (let r = from; r >= 0 && r > from - BY_TITLE_RUNS; r--) {
      const run = names.runs[r]!;
      if (tokens.start[run.first]! < limit) break;
      const id = entities.ofRun[r]!;
      if (id < 0) continue;
      const e = entities.list[id]!;
      // (a lone proper name may stand for a body, even one that was taken for a person because it spoke)
      if (e.kind === 'organization' || (bodyLike && e.words.length === 1 && (e.kind === 'proper' || e.guessed === true))) {
        if (e.words.includes(head)) return id;
        // “the company”, “the agency”, “the club”: the organisation named last
        if (bodyLike && nearestBody < 0 && run.kind !== RunKind.Place && run.kind !== RunKind.Group && !run.possessive) nearestBody = id;
        continue;
      }
      if (!personLike) continue;
      const roles = this.rolesOf(id);
      if (!hasAny(roles, head, variants)) continue;
      if (place.every((w) => roles.has(w))) return id;
      if (fallback < 0) fallback = id;
    }
    if (fallback >= 0) return fallback;
    // (a lone proper name that spoke, and that “the company” stands for, is an organisation, and later an “it”)
    if (nearestBody >= 0 && entities.list[nearestBody]!.guessed === true && !entities.list[nearestBody]!.place) {
      entities.list[nearestBody]!.kind = 'organization';
      entities.list[nearestBody]!.guessed = false;
      this.kindChanges++;
    }
    return nearestBody;
  }

  /** Is token `t` a word of any of the {@link W} classes `bits`? */
  private isWord(t: number, bits: number): boolean {
    const { tokens } = this.input;
    return tokens.kind[t] === Kind.Word && (WORDS.of(tokens, t) & bits) !== 0;
  }

  /** {@link isMark} in the input's tokens. */
  private isMark(t: number, mark: Mark): boolean {
    return isMark(this.input.tokens, t, mark);
  }

  /** Is token `t` the same punctuation as the punctuation token `other` (what `punct(t) === punct(other)` asks, read in place)? */
  private samePunct(t: number, other: number): boolean {
    const { tokens } = this.input;
    return t >= 0 && t < tokens.count && tokens.kind[t] === Kind.Punct && sameChars(tokens.text, tokens.start[t]!, tokens.end[t]!, tokens.start[other]!, tokens.end[other]!);
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

  /**
   * After quote `q` that closed its own sentence (“…terrorists.”), “Zahed
   * said:” (or “said,”) at `t`, right before another quote, introduces that
   * one: it is not the earlier quote's cue. A cue of going on (“He added:”)
   * says the same person spoke before, so it stays.
   */
  private introducesNext(q: number, cue: Cue, t: number): boolean {
    const { tokens } = this.input;
    if ((!this.isMark(t, Mark.Colon) && !this.isMark(t, Mark.Comma)) || t + 1 >= tokens.count || tokens.kind[t + 1] !== Kind.Quote) return false;
    // (the next quote a sentence of its own, however short, or a long one)
    return this.closesSentence(q) && (this.closesSentence(t + 1) || !this.isShort(t + 1)) && !GOING_ON.has(cue.lemma);
  }

  /** Does the quote token `t` close its sentence (its words end in . ? !)? */
  private closesSentence(t: number): boolean {
    return (this.endingOf(this.input.tokens.quote[t]!) & Ending.Closed) !== 0;
  }

  /** A prepositional phrase, not a clause of what was said, follows the cue: “said of the swirl …”, “said at a rally in …”. */
  private prepositionAfter(t: number): boolean {
    const { tokens } = this.input;
    return t < tokens.count && (tokens.flags[t]! & Flag.Cap) === 0 && this.isWord(t, W.CuePreposition);
  }

  /** Does the sentence end within a few tokens of `t` (a bare attribution: “Reyes said on Monday.”)? */
  private endsSoon(t: number): boolean {
    return this.sentenceEnd(Math.min(t, this.input.tokens.count - 1)) - t <= 6;
  }

  private onlyAdverbsBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!this.isWord(k, W.Adverb | W.Again)) return false;
    return true;
  }

  /** Where the clause of token `t` starts: after the last quote or sentence start before it. */
  private clauseFloor(t: number): number {
    const { tokens } = this.input;
    return this.clauseFloorFrom(t, tokens.sentStart[tokens.sent[t]!]!);
  }

  private clauseFloorFrom(t: number, floor: number): number {
    // the last quote token before t (a binary search, so a sentence of a million words costs nothing here)
    let q = t > 0 ? this.lastQuoteAtOrBefore(t - 1) : -1;
    // (a short quoted title or term inside the clause does not end it: “Ruiz, author of “The Long Bench,” said”)
    // (only a title in title case after a lower-case word: a quotation is not passed over)
    for (let hops = 0; hops < 3 && q > floor && this.titleInClause(q); hops++) q = this.lastQuoteAtOrBefore(q - 1);
    return q >= floor ? q + 1 : floor;
  }
}

/** The readings of a cue that {@link CueAnswers} remembers. */
const enum Reading {
  /** {@link MentionReader.subjectBefore}. */
  Subject = 0,
  /** The subject of the clause a participle hangs from. */
  Clause = 1,
}

/**
 * How many cues' answers {@link CueAnswers} keeps. A cue is read again only
 * while the walk is near it (a quote reads the cues within its leading and
 * trailing windows of tokens, so never more than this many cues apart). A
 * power of two, as every count of slots there is.
 */
const KEPT_CUES = 256;

/** Cells of a {@link CueAnswers} slot's key. */
const KEY = 3;

/**
 * The last answer of each {@link Reading} of the last {@link KEPT_CUES}
 * cues read: readings that depend only on the tokens, the names, the floor
 * they read back to, and which entities are people. An answer stands for the
 * same floor while no entity's kind has changed (the resolver's count of
 * changes). (Nothing changes a mention once read.) A cue's answers take the
 * slots of those of the cue {@link KEPT_CUES} before it: a long text keeps no
 * answer per cue to the end of the call, and the mentions in them die young
 * (a slot taken over would only cost a reading again).
 */
class CueAnswers {
  /** Slots per reading, less one: their count is a power of two, so that a cue's slot is a mask rather than a division. */
  private readonly mask: number;
  /** The answer in each slot (read only once {@link has} has found the slot holds one). */
  private readonly answers: (Mention | null)[];
  /**
   * Per slot, {@link KEY} cells: the cue whose answer it holds (-1 for none),
   * the floor it was read to, and the count of kind changes then (one
   * scratch array instead of three).
   */
  private readonly keys: Int32Array;

  constructor(cues: number) {
    // (the least power of two that holds every cue, up to KEPT_CUES)
    const size = 1 << (32 - Math.clz32(Math.min(Math.max(cues, 1), KEPT_CUES) - 1));
    this.mask = size - 1;
    this.answers = new Array<Mention | null>(size * 2);
    this.keys = scratchInt32(size * 2 * KEY, -1);
  }

  /** Where the answer of `reading` of the `i`-th cue is kept. */
  private slot(i: number, reading: Reading): number {
    return (i & this.mask) * 2 + reading;
  }

  /** Is there an answer of `reading` of the `i`-th cue, read to `floor` when the count of kind changes was `kindChanges`? */
  has(i: number, reading: Reading, floor: number, kindChanges: number): boolean {
    const at = this.slot(i, reading) * KEY;
    const { keys } = this;
    return keys[at] === i && keys[at + 1] === floor && keys[at + 2] === kindChanges;
  }

  /** The answer of `reading` of the `i`-th cue (after {@link has}). */
  answer(i: number, reading: Reading): Mention | null {
    return this.answers[this.slot(i, reading)]!;
  }

  /** Keeps `m` as the answer of `reading` of the `i`-th cue and returns it. */
  keep(i: number, reading: Reading, floor: number, kindChanges: number, m: Mention | null): Mention | null {
    const s = this.slot(i, reading);
    this.answers[s] = m;
    const { keys } = this;
    keys[s * KEY] = i;
    keys[s * KEY + 1] = floor;
    keys[s * KEY + 2] = kindChanges;
    return m;
  }
}

/** Does `set` hold `word`, or one of `more`? */
function hasAny(set: ReadonlySet<string>, word: string, more: readonly string[] | undefined): boolean {
  if (set.has(word)) return true;
  if (more !== undefined) for (const w of more) if (set.has(w)) return true;
  return false;
}

/**
 * `text[s, e)` with each run of white space made one space (what
 * `.replace(/\s+/gu, ' ')` gives), sliced as it is when it has nothing to change.
 */
function oneSpaced(text: string, s: number, e: number): string {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    // (a space before another blank, or a blank other than a space: the regular expression decides)
    if (c === 0x20 ? i + 1 < e && isBlank(text.charCodeAt(i + 1)) : isBlank(c)) return text.slice(s, e).replace(/\s+/gu, ' ');
  }
  return text.slice(s, e);
}

/**
 * The index of the first entry of `sorted` that is `t` or more (its length if
 * none), searched for outwards from `hint` in steps that double, then by
 * halves: O(log d) for an answer `d` entries from the hint, so the searches
 * of a walk through the text, each near the last, cost next to nothing.
 */
function firstAtOrAfter(sorted: Int32Array, t: number, hint: number): number {
  const n = sorted.length;
  // the answer lies in (lo, hi]: sorted[lo] < t (or lo = -1), sorted[hi] >= t (or hi = n)
  let lo: number;
  let hi: number;
  const h = Math.min(hint, n);
  if (h < n && sorted[h]! < t) {
    lo = h;
    hi = h + 1;
    for (let step = 1; hi < n && sorted[hi]! < t; step *= 2) {
      lo = hi;
      hi = Math.min(n, lo + 2 * step);
    }
  } else {
    hi = h;
    lo = h - 1;
    for (let step = 1; lo >= 0 && sorted[lo]! >= t; step *= 2) {
      hi = lo;
      lo = Math.max(-1, hi - 2 * step);
    }
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < t) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Title case: two to eight words, each word of four letters or more
 * capitalised, and no sentence punctuation inside (“The Salt Orchard”,
 * “Make America Great Again”).
 */
function isTitleCased(text: string, s: number, e: number): boolean {
  // a cheap refusal first: a title is short
  if (e - s > 120) return false;
  // text of ASCII, Latin-1 letters, curly quotes, dashes and ellipses (almost every quote) is read code
  // by code; any other character sends the whole span to the Unicode reading (a refusal made before that
  // point stands: such a character can only split words further, never change the words already read)
  let words = 0;
  let capitalised = 0;
  let i = s;
  for (;;) {
    while (i < e && isAsciiSpace(text.charCodeAt(i))) i++;
    if (i >= e) break;
    const from = i;
    let first = 0;
    let letters = 0;
    // (the letters of a word short enough to be a small word, seven bits each)
    let code = 0;
    for (; i < e; i++) {
      const c = text.charCodeAt(i);
      if (isAsciiSpace(c)) break;
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
        if (letters === 0) first = c;
        if (++letters <= SMALL_WORD_MAX) code = code * 128 + c;
      } else if (isLatin1Letter(c)) {
        // (“Valparaíso”: a letter no small word holds, so the word is none of them)
        if (letters === 0) first = c;
        letters += SMALL_WORD_MAX + 1;
      } else if (c >= 128 && !isPlainMark(c)) return isTitleCasedUnicode(text, s, e);
    }
    if (++words > 8) return false;
    // (only the last word may end in sentence punctuation, or a word spelt the same)
    if (isSentencePunct(text.charCodeAt(i - 1))) {
      const lastEnd = lastWordEnd(text, s, e);
      const lastStart = lastWordStart(text, s, lastEnd);
      if (lastStart < 0) return isTitleCasedUnicode(text, s, e);
      if (!sameChars(text, from, i, lastStart, lastEnd)) return false;
    }
    if (letters === 0) continue;
    if (first <= 0x5a || (first >= 0xc0 && first <= 0xde)) capitalised++;
    else if (letters > SMALL_WORD_MAX || !SMALL_WORD_CODES.has(code)) return false;
  }
  return words >= 2 && capitalised >= 2;
}

/** The end of the last word of `text[s, e)` (before trailing ASCII white space). */
function lastWordEnd(text: string, s: number, e: number): number {
  let end = e;
  while (end > s && isAsciiSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The start of the word of `text[s, end)` that ends at `end`, or -1 when it holds a character for the Unicode reading. */
function lastWordStart(text: string, s: number, end: number): number {
  let start = end;
  while (start > s) {
    const c = text.charCodeAt(start - 1);
    if (isAsciiSpace(c)) break;
    if (c >= 128 && !isPlainMark(c) && !isLatin1Letter(c)) return -1;
    start--;
  }
  return start;
}

/** A letter of Latin-1 (À to ÿ but × and ÷): upper case up to Þ, lower case from ß. */
function isLatin1Letter(c: number): boolean {
  return c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7;
}

/** Curly quotation marks, dashes and the ellipsis: neither letters nor white space. */
function isPlainMark(c: number): boolean {
  return (c >= 0x2018 && c <= 0x201f) || c === 0x2013 || c === 0x2014 || c === 0x2026;
}

/** {@link isTitleCased} for any text: words split at Unicode white space, letters of any script. */
function isTitleCasedUnicode(text: string, s: number, e: number): boolean {
  const words = text.slice(s, e).split(/\s+/u).filter((w) => w !== '');
  if (words.length < 2 || words.length > 8) return false;
  let capitalised = 0;
  for (const w of words) {
    if (/[.?!,;:]$/u.test(w) && w !== words[words.length - 1]) return false;
    const letters = w.replace(/\P{L}/gu, '');
    if (letters === '') continue;
    if (/^\p{Lu}/u.test(letters)) capitalised++;
    else if (!TITLE_SMALL_WORDS.has(letters)) return false;
  }
  return capitalised >= 2;
}

/** ASCII white space (what `\s` matches below U+0080). */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Punctuation that ends a sentence or a clause: . ? ! , ; : */
function isSentencePunct(c: number): boolean {
  return c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2c || c === 0x3b || c === 0x3a;
}

/** Words a title leaves in lower case (“Fox and Friends”, “The Lord of the Rings”). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'from', 'vs', 'nor', 'but']);
/** The longest of them. */
const SMALL_WORD_MAX = 4;
/** The same words, each as its letters' codes in base 128 (as {@link isTitleCased} reads them). */
const SMALL_WORD_CODES: ReadonlySet<number> = new Set([...TITLE_SMALL_WORDS].map((w) => [...w].reduce((code, ch) => code * 128 + ch.charCodeAt(0), 0)));

/** All capitals, two words or more: a heading, a sign or a chant (“HAVERTY FOR MAYOR”). */
function isShouted(text: string, s: number, e: number): boolean {
  let upper = 0;
  let spaces = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) spaces++;
    else if (c >= 0x61 && c <= 0x7a) return false;
    else if (c >= 0x41 && c <= 0x5a) upper++;
  }
  return spaces >= 1 && upper >= 4;
}

/** The confidence of an attribution, in hundredths: by its rule, less when the cue is not right at the quote or the mention is a pronoun or a description, at most 0.3 without a speaker. */
function confidenceOf(found: Found, speaker: SpeakerRef | null): number {
  // (counted in hundredths: whole numbers, no rounding)
  let c = found.rule === 'trailing-cue' ? 95 : found.rule === 'according-to' ? 90 : found.rule === 'split-quote' ? 90 : 85;
  if (!found.immediate) c -= 15;
  if (found.mention.kind === MentionKind.Pronoun) c -= 10;
  if (found.mention.kind === MentionKind.Nominal) c -= 5;
  if (speaker === null) c = Math.min(c, 30);
  return c;
}
