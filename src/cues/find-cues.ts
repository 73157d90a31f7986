/**
 * Stage 2: the reporting cues outside quotes (said, told reporters,
 * according to, called it …), read from the cue lexicon.
 * @internal
 * @module
 */

import { Flag, Kind, type Tokens } from '../text/tokenize.js';
import { AUDIENCES, CUE_BLOCKERS, CUE_WORDS, PHRASE_CUES, type CueKind, type CueWord } from '../lexicon/cues.js';
import { isSourceNoun } from '../lexicon/titles.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { markEntryOf } from '../scan/quote-marks.js';
import { endsInApostropheS } from '../text/chars.js';
import { ScratchInt32List, scratchInt32 } from '../text/scratch.js';
import { WordClasses } from '../text/word-classes.js';

/** The cue words' entries, by the index their classes hold (bits from {@link ENTRY_SHIFT} up). */
const CUE_ENTRIES: readonly CueWord[] = [...CUE_WORDS.values()];
const ENTRY_INDEX = new Map([...CUE_WORDS.keys()].map((w, i) => [w, i]));

/** Words after “asked” that make it the question put to the speaker. */
const QUESTION_FOLLOWERS = new Set(['about', 'whether', 'if', 'what', 'how', 'why', 'when', 'where', 'who', 'by', 'for', 'during', 'on', 'to', 'later']);

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being', "'s", '’s']);
const PREPOSITIONS = new Set(['for', 'of', 'with', 'without', 'about', 'on', 'in', 'at', 'by', 'from', 'into', 'upon', 'under', 'over']);

/** Cue forms that are also common nouns. */
const NOUN_LIKE = new Set(
  ('post posts report reports comment comments tweet tweets text texts message messages email emails blog blogs note notes ' +
    'answer answers question questions claim claims charge charges reply replies share shares echo echoes counter counters ' +
    'protest protests plea pleas promise promises vow vows pledge pledges laugh laughs sigh sighs cry cries demand demands ' +
    'appeal appeals rant rants boast boasts call calls name names label labels brand brands term terms attack attacks ' +
    'blast blasts slam slams praise praises mock voice voices quote quotes cast casts frame frames blame blames lecture ' +
    'lectures remark remarks estimate estimates forecast forecasts order orders object objects whisper whispers ' +
    'shout shouts yell yells scream screams groan groans roar roars nod nods shrug shrugs smile smiles grin grins offer offers bark barks ' +
    'states').split(' '),
);
const SUBJECT_LIKE = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who']);

/** Verbs that report speech only when punctuation or the quote follows them at once. */
const DIRECT_ONLY = new Set(['pressed', 'cracked', 'beam', 'offer', 'bark', 'growl', 'snarl', 'chime', 'smile', 'nod', 'shrug', 'grin', 'chuckle', 'continue', 'begin', 'start', 'interrupt', 'conclude', 'finish', 'react', 'read', 'laugh', 'sigh', 'cry', 'sob', 'sing', 'chant', 'pray']);

/** A reporting cue in the token stream. */
export interface Cue {
  /** The verb's token. */
  readonly token: number;
  /** Last token of the cue's words (`to` of “according to”, `reporters` of “told reporters”). */
  readonly last: number;
  /** The verb's base form (`according` for “according to”). */
  readonly lemma: string;
  /** `speech`, `frame`, or `according` (the speaker follows the cue). */
  readonly kind: CueKind | 'according';
  /** An -ing form hanging from another clause. */
  readonly participle: boolean;
}

/**
 * What a {@link Cue} says apart from where it is: its verb, kind and
 * participle, and how many words follow the verb (`last` − `token`). A long
 * text has a cue every few sentences but only a few hundred forms of them,
 * so the cues of one form share it ({@link formOf}).
 */
interface CueForm extends Omit<Cue, 'token' | 'last'> {
  readonly span: number;
  /** Where it is in {@link FORM_LIST}. */
  readonly index: number;
}

/** A {@link Cue}: its verb's token, and the form it shares (two fields a cue, not five). */
class FoundCue implements Cue {
  constructor(
    readonly token: number,
    private readonly form: CueForm,
  ) {}

  get last(): number {
    return this.token + this.form.span;
  }

  get lemma(): string {
    return this.form.lemma;
  }

  get kind(): CueKind | 'according' {
    return this.form.kind;
  }

  get participle(): boolean {
    return this.form.participle;
  }
}

/** Where a form's words come from: a cue word (its index in {@link CUE_ENTRIES}) or a phrase (after them, by its first word). */
const PHRASE_SOURCE = new Map([...PHRASE_CUES.keys()].map((w, i) => [w, CUE_ENTRIES.length + i]));

/**
 * The forms made so far: by source and participle ({@link formOf}), each by
 * span. (Every list is made up front: an empty array first written far past
 * its end keeps its elements in a dictionary, slow to read.)
 */
const FORMS: CueForm[][] = Array.from({ length: (CUE_ENTRIES.length + PHRASE_SOURCE.size) * 2 }, () => []);
/** The forms made so far, in the order they were made. */
const FORM_LIST: CueForm[] = [];

/** The index in {@link FORM_LIST} of the shared form of the cues from `source` ({@link PHRASE_SOURCE}) with these facts. */
function formOf(source: number, lemma: string, kind: Cue['kind'], participle: boolean, span: number): number {
  const bySpan = FORMS[source * 2 + (participle ? 1 : 0)]!;
  let form = bySpan[span];
  if (form === undefined) {
    form = { lemma, kind, participle, span, index: FORM_LIST.length };
    bySpan[span] = form;
    FORM_LIST.push(form);
  }
  return form.index;
}

/**
 * The cues found so far, as their verbs' tokens and forms in scratch lists,
 * so that the list of cues is made at its full length once they are all
 * known.
 */
class FoundCues {
  private readonly token: ScratchInt32List;
  private readonly form: ScratchInt32List;

  /**
   * Room to start with for the cues of `tokens` tokens: news has a cue every dozen tokens or so, and a text with
   * fewer is better off growing a list than taking more scratch memory than it needs.
   */
  constructor(tokens: number) {
    this.token = new ScratchInt32List(16 + (tokens >> 5));
    this.form = new ScratchInt32List(16 + (tokens >> 5));
  }

  /** Adds the cue of verb token `t` and form `form` ({@link formOf}); gives its index. */
  add(t: number, form: number): number {
    this.token.push(t);
    this.form.push(form);
    return this.token.length - 1;
  }

  /** The cues, in the order they were added. */
  list(): Cue[] {
    const { token, form } = this;
    const list = new Array<Cue>(token.length);
    for (let c = 0; c < token.length; c++) list[c] = new FoundCue(token.get(c), FORM_LIST[form.get(c)]!);
    return list;
  }
}

/** Cues in token order, and the cue index of each verb token (or -1). */
export interface Cues {
  list: Cue[];
  at: Int32Array;
}

/** What the cue search asks about a word (bits): of the word itself and of the word before it. */
const enum Cls {
  Phrase = 1,
  Cue = 2,
  NounLike = 4,
  /** A cue whose verb reports speech only before punctuation or the quote ({@link DIRECT_ONLY}). */
  DirectOnly = 8,
  Be = 16,
  Blocker = 32,
  Preposition = 64,
  /** A subject for a noun-like form: a subject pronoun or a source noun. */
  Subject = 128,
}

/** Where a cue word's index in {@link CUE_ENTRIES} lies in its classes: 14 bits from bit 8. */
const ENTRY_SHIFT = 8;
const ENTRY_MASK = 0x3fff;
if (CUE_ENTRIES.length > ENTRY_MASK + 1) throw new Error('find-cues: more cue words than the class bits can index');

const CLASSES = new WordClasses((w) => {
  const entry = CUE_WORDS.get(w);
  let b = 0;
  if (PHRASE_CUES.has(w)) b |= Cls.Phrase;
  if (entry !== undefined) b |= Cls.Cue | (ENTRY_INDEX.get(w)! << ENTRY_SHIFT);
  if (entry !== undefined && DIRECT_ONLY.has(entry.lemma)) b |= Cls.DirectOnly;
  if (NOUN_LIKE.has(w)) b |= Cls.NounLike;
  if (BE.has(w)) b |= Cls.Be;
  if (CUE_BLOCKERS.has(w)) b |= Cls.Blocker;
  if (PREPOSITIONS.has(w)) b |= Cls.Preposition;
  if (SUBJECT_LIKE.has(w) || isSourceNoun(w)) b |= Cls.Subject;
  return b;
});

/**
 * Finds the cues.
 * @internal
 */
export function findCues(tokens: Tokens): Cues {
  const { kind, flags, count, cueCandidates } = tokens;
  const found = new FoundCues(count);
  const at = scratchInt32(count, -1);
  // (the last token of the phrase cue found last: the words up to it are not read again)
  let phraseEnd = -1;
  // most tokens are not cues: the tokenizer has listed the words whose hash may be one's
  for (let c = 0; c < cueCandidates.length; c++) {
    const t = cueCandidates[c]!;
    if (t <= phraseEnd) continue;
    // (a title-case headline capitalises its verb too: “Hollande Says Trump ‘Makes You Want To Retch’”)
    if ((flags[t]! & Flag.Cap) !== 0 && (flags[t]! & (Flag.SentenceStart | Flag.TitleCase)) === 0) continue;
    const cls = CLASSES.of(tokens, t);
    if ((cls & (Cls.Phrase | Cls.Cue)) === 0) continue;
    const w = tokens.lower(t);
    const phrase = (cls & Cls.Phrase) !== 0 ? PHRASE_CUES.get(w) : undefined;
    if (phrase !== undefined) {
      const last = matchPhrase(tokens, t, phrase);
      // “went on”, “goes on” report only next to a quote or punctuation (not “once the Senate goes on recess”)
      // (but “went on to say”, “went on to call it”, “went on about …”)
      const toCue = last + 2 < count && tokens.lower(last + 1) === 'to' && kind[last + 2] === Kind.Word && CUE_WORDS.has(tokens.lower(last + 2));
      const openEnded = (w === 'went' || w === 'goes') && last + 1 < count && kind[last + 1] === Kind.Word && !toCue && tokens.lower(last + 1) !== 'about' && !afterQuote(tokens, t);
      if (last > t && !openEnded) {
        at[t] = found.add(t, formOf(PHRASE_SOURCE.get(w)!, w, w === 'according' ? 'according' : 'speech', false, last - t));
        phraseEnd = last;
        continue;
      }
      if (w === 'according') continue;
    }
    if ((cls & Cls.Cue) === 0) continue;
    const source = (cls >>> ENTRY_SHIFT) & ENTRY_MASK;
    const entry = CUE_ENTRIES[source]!;
    // “the post”, “a statement”, “his claims”, “was told”, “Sanders’ comments”, “for comment”: not a reporting verb
    let participle = entry.participle;
    if (t > 0 && kind[t - 1] === Kind.Word) {
      const prevCls = CLASSES.of(tokens, t - 1);
      const progressive = entry.participle && (prevCls & Cls.Be) !== 0;
      if ((prevCls & Cls.Blocker) !== 0 && !progressive) continue;
      if ((flags[t - 1]! & Flag.Possessive) !== 0 && !nameBeforeVerb(tokens, t - 1, entry)) continue;
      if (!entry.participle && (prevCls & Cls.Preposition) !== 0) continue;
      // “is saying”, “was labeling”: a finite verb, not a participle
      if (progressive) participle = false;
    }
    // a form that is also a noun (“a blog post”, “the reports”): a verb only after a fitting subject
    const nounLike = (cls & Cls.NounLike) !== 0;
    if (nounLike && t > 0 && kind[t - 1] === Kind.Word && (flags[t - 1]! & Flag.Cap) === 0) {
      const prev = tokens.lower(t - 1);
      const plural = prev.endsWith('s') && !prev.endsWith('ss');
      const ok = w.endsWith('s') ? prev === 'he' || prev === 'she' || prev === 'it' || !plural : prev === 'they' || prev === 'we' || prev === 'i' || prev === 'you' || plural;
      if (!ok || (CLASSES.of(tokens, t - 1) & Cls.Subject) === 0) continue;
    }
    // “Mr. Trump's Twitter attacks”, “her State Department emails”: a noun after a possessive and names
    // “a Twitter comment”, “after the Paris attacks,”: a noun after an article and names
    if (nounLike && t > 0 && kind[t - 1] === Kind.Word && (flags[t - 1]! & Flag.Cap) !== 0 && (possessedNoun(tokens, t) || articleNoun(tokens, t) || demonymNoun(tokens, t))) continue;
    // a plural noun before a verb: “Gulf states agree”, “the reports were”
    if (nounLike && w.endsWith('s') && t + 1 < count && kind[t + 1] === Kind.Word && (flags[t + 1]! & Flag.Cap) === 0 && isPluralVerb(tokens.lower(t + 1))) continue;
    // two verbs in a row: the second is not a cue (“told state television”)
    if (t > 0 && at[t - 1]! >= 0 && !participle) continue;
    // “Asked about the pier, Reyes said …”: the question, not the answer
    if ((w === 'asked' || w === 'asking') && t + 1 < count && kind[t + 1] === Kind.Word && QUESTION_FOLLOWERS.has(tokens.lower(t + 1))) {
      const prev = t > 0 ? tokens.lower(t - 1) : '';
      if ((flags[t]! & Flag.SentenceStart) !== 0 || prev === 'when' || prev === 'if' || prev === 'after' || prev === 'once' || kind[t - 1] === Kind.Punct) continue;
    }
    // “agreed to link the plants”, “agrees to pay”: a deal, not a statement
    if (entry.lemma === 'agree' && t + 2 < count && kind[t + 1] === Kind.Word && tokens.lower(t + 1) === 'to' && kind[t + 2] === Kind.Word && !CUE_WORDS.has(tokens.lower(t + 2)) && !NOT_VERBS_AFTER_TO.has(tokens.lower(t + 2))) continue;
    // “ruled out a deal”, “ruled the country”: a ruling reports only “that …”, a colon or the quote itself
    if (entry.lemma === 'rule' && t + 1 < count && kind[t + 1] === Kind.Word && tokens.lower(t + 1) !== 'that' && !afterQuote(tokens, t)) continue;
    // “will continue to be …” is not “Reyes continued: …”
    if ((cls & Cls.DirectOnly) !== 0 && t + 1 < count && kind[t + 1] === Kind.Word && !afterQuote(tokens, t)) continue;
    let last = t;
    if (entry.lemma === 'tell' && t + 1 < count && kind[t + 1] === Kind.Word) {
      const one = tokens.lower(t + 1);
      const two = t + 2 < count && kind[t + 2] === Kind.Word ? `${one} ${tokens.lower(t + 2)}` : '';
      if (AUDIENCES.has(two)) last = t + 2;
      else if (AUDIENCES.has(one)) last = t + 1;
    }
    at[t] = found.add(t, formOf(source, entry.lemma, entry.kind, participle, last - t));
  }
  return { list: found.list(), at };
}

/** Verbs that follow a plural subject (“Gulf states agree”, “the reports were”). */
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do', "don't", 'don’t', 'remain', 'show', 'suggest']);

/** A verb in the plural present (“agree”, “are”), not a participle (“claims affirmed”) or a modal (“estimates would”). */
function isPluralVerb(w: string): boolean {
  return PLURAL_VERBS.has(w) || (CUE_WORDS.has(w) && !w.endsWith('ed') && !w.endsWith('s') && !w.endsWith('ing'));
}

/** Words after “agree to” that make it “agree to a sit-down”, not “agree to pay”. */
const NOT_VERBS_AFTER_TO = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'any', 'some', 'no', 'it', 'them', 'him', 'me', 'us', 'terms', 'demands', 'conditions']);

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);

/** Words with “is” or “has” run into them that open a sentence (It’s said, That’s told): no one's name. */
const CONTRACTED_OPENERS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'let', 'this']);

/**
 * Is the possessive-looking word `p` before a cue word of `entry` a name that
 * ends in ’s, or one with “has” run into it, rather than a possessive? A
 * finite form of “say” or “tell” follows it, which no noun or adjective
 * shares (“McDonald’s said”, “Macy’s told”; not “Sanders’ comments”,
 * “Trump’s repeated calls”), it is capitalised and it ends in ’s (not a bare
 * apostrophe: “the Joneses’ said” is no English).
 */
function nameBeforeVerb(tokens: Tokens, p: number, entry: CueWord): boolean {
  if ((entry.lemma !== 'say' && entry.lemma !== 'tell') || entry.participle || (tokens.flags[p]! & Flag.Cap) === 0) return false;
  return endsInApostropheS(tokens.text, tokens.start[p]!, tokens.end[p]!) && !CONTRACTED_OPENERS.has(tokens.lower(p).slice(0, -2));
}

/**
 * Capitalised words before `t` (at most three) that follow a possessive:
 * `Trump's Twitter …`, `her State Department …`. A plural possessive inside
 * the run is part of a name (`the Students’ Union calls`).
 */
function possessedNoun(tokens: Tokens, t: number): boolean {
  const { kind, flags } = tokens;
  let p = t - 1;
  for (let n = 0; n < 3 && p >= 0 && kind[p] === Kind.Word && (flags[p]! & Flag.Cap) !== 0; n++) {
    if (n > 0 && (flags[p]! & Flag.Possessive) !== 0) return (tokens.text.charCodeAt(tokens.end[p]! - 1) | 0x20) === 0x73;
    p--;
  }
  return p >= 0 && kind[p] === Kind.Word && ((flags[p]! & Flag.Possessive) !== 0 || POSSESSIVE_PRONOUNS.has(tokens.lower(p)));
}

/** Tokens after a noun that a reporting verb would not take at once. */
const NOUN_FOLLOWERS = new Set([',', '.', ';', ')', 'were', 'was', 'are', 'is', 'had', 'have', 'has', 'of', 'and']);

/**
 * Capitalised words before `t` (at most three) after an article: `a Twitter
 * comment` is always a noun; after `the`, only when the word is followed by
 * what ends or continues a noun phrase (`the Paris attacks,`, not `the White
 * House calls it`).
 */
function articleNoun(tokens: Tokens, t: number): boolean {
  const { kind, flags } = tokens;
  let p = t - 1;
  for (let n = 0; n < 3 && p >= 0 && kind[p] === Kind.Word && (flags[p]! & Flag.Cap) !== 0; n++) p--;
  if (p < 0 || kind[p] !== Kind.Word || ((flags[p]! & Flag.Cap) !== 0 && (flags[p]! & Flag.Number) === 0)) return false;
  const article = tokens.lower(p);
  if (article === 'a' || article === 'an' || (flags[p]! & Flag.Number) !== 0) return true;
  if (article !== 'the' || t + 1 >= tokens.count || kind[t + 1] === Kind.Quote) return false;
  const next = kind[t + 1] === Kind.Word ? tokens.lower(t + 1) : tokens.text.slice(tokens.start[t + 1], tokens.end[t + 1]);
  return NOUN_FOLLOWERS.has(next);
}

/**
 * A nationality or party adjective with no article before it: `of
 * Republican claims`, `Democratic attacks` (not `the Republican calls it`).
 */
function demonymNoun(tokens: Tokens, t: number): boolean {
  if (!DEMONYMS.has(tokens.lower(t - 1))) return false;
  const p = t - 2;
  return p < 0 || tokens.kind[p] !== Kind.Word || !ARTICLES.has(tokens.lower(p));
}

const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'one', 'each', 'every', 'another']);

/**
 * A quote that leaves its sentence open just before: “…,” continued Lind /
 * “…,” Blige sings to Clinton (not “… since 9/11.” Santilli started his channel).
 */
function afterQuote(tokens: Tokens, t: number): boolean {
  for (let p = t - 1; p >= 0 && p >= t - 4; p--) {
    if (tokens.kind[p] === Kind.Quote) {
      // the last character inside the closing mark, which may be doubled ('' …), or a comma after it (‘…’, Lind continued)
      let e = tokens.end[p]! - 1;
      while (e > tokens.start[p]! && markEntryOf(tokens.text.charCodeAt(e)) !== undefined) e--;
      return tokens.text.charCodeAt(e) !== 0x2e || (p + 1 < t && tokens.kind[p + 1] === Kind.Punct && tokens.text.charCodeAt(tokens.start[p + 1]!) === 0x2c);
    }
    if (tokens.sent[p] !== tokens.sent[t]) return false;
  }
  return false;
}

function matchPhrase(tokens: Tokens, t: number, options: readonly (readonly string[])[]): number {
  for (const rest of options) {
    let ok = true;
    for (let k = 0; k < rest.length; k++) {
      const j = t + 1 + k;
      if (j >= tokens.count || tokens.kind[j] !== Kind.Word || tokens.lower(j) !== rest[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return t + rest.length;
  }
  return t;
}
