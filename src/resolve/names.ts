/**
 * Proper-name runs outside quotes, and what each names: a person (with the
 * titles in front and the name itself), an organisation, a place, a group.
 * Recognised from capitalisation, title and honorific words, first-name
 * lexicons and position; no list of famous people.
 * @internal
 * @module
 */

import { Flag, Kind, type Tokens } from '../text/tokenize.js';
import { isApostrophe, isLetter, isUpper, sameChars } from '../text/chars.js';
import { COMMON_WORDS } from '../lexicon/common-words.js';
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, ROLE_NOUNS, TITLE_MODIFIERS, TITLE_WORDS, type Gender } from '../lexicon/titles.js';
import { FACILITY_WORDS, GROUP_WORDS, ORG_WORDS } from '../lexicon/organizations.js';
import { PLACES, PLACE_FIRST_WORDS } from '../lexicon/places.js';
import { DEMONYMS } from '../lexicon/demonyms.js';
import { ENGLISH_WORDS } from '../lexicon/english-words.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, UNISEX_FIRST_NAMES } from '../lexicon/first-names.js';
import { scratchInt32, scratchInt32Unfilled, scratchUint8 } from '../text/scratch.js';
import { WordClasses, isTheWord, knownWord } from '../text/word-classes.js';
import { LOWER_WORD_SLOTS, lowerWordSlot, sharedWord, sharedWordHash } from '../text/lower-words.js';
import { HASH_SEED, HashFilter, hashStep, hashWord, hashesOf, mix } from '../text/word-hash.js';

/** What a name run names. */
export const enum RunKind {
  Person = 1,
  Organization = 2,
  Place = 3,
  Group = 4,
  Facility = 5,
  /** Only a title (“President”, “the Senator”). */
  Title = 6,
  /** A proper name with no sign of being a person or an organisation. */
  Proper = 7,
}

/** A run of capitalised words naming someone or something. */
export interface NameRun {
  /** First and last token of the whole run (inclusive). */
  readonly first: number;
  readonly last: number;
  /** First and last token of the name proper (titles and honorifics excluded). */
  readonly coreFirst: number;
  readonly coreLast: number;
  readonly kind: RunKind;
  readonly gender: Gender | null;
  readonly possessive: boolean;
  /** Title and honorific text in front of the name (“Sen.”, “Secretary of State”). */
  readonly title: string;
  /** The name, words joined by single spaces, possessive removed. */
  readonly name: string;
  /** Lower-case words of the name (for matching). */
  readonly words: string[];
  /** True when the run starts with an honorific (Mr., Ms., Dr.). */
  readonly honorific: boolean;
}

/**
 * What the words of a run say: everything of a {@link NameRun} but where it
 * is. An article names the same people again and again, so the runs of one
 * text share one reading ({@link ClassifyCache}).
 */
interface RunReading extends Omit<NameRun, 'first' | 'last' | 'coreFirst' | 'coreLast'> {
  /** The run's last token, and the name proper's first and last, counted from the run's first token. */
  readonly span: number;
  readonly coreFrom: number;
  readonly coreTo: number;
}

/** A {@link NameRun}: its first token, and the reading it shares, which says where it ends (two fields a run, not twelve). */
class Run implements NameRun {
  constructor(
    readonly first: number,
    readonly reading: RunReading,
  ) {}

  get last(): number {
    return this.first + this.reading.span;
  }

  get coreFirst(): number {
    return this.first + this.reading.coreFrom;
  }

  get coreLast(): number {
    return this.first + this.reading.coreTo;
  }

  get kind(): RunKind {
    return this.reading.kind;
  }

  get gender(): Gender | null {
    return this.reading.gender;
  }

  get possessive(): boolean {
    return this.reading.possessive;
  }

  get title(): string {
    return this.reading.title;
  }

  get name(): string {
    return this.reading.name;
  }

  get words(): string[] {
    return this.reading.words;
  }

  get honorific(): boolean {
    return this.reading.honorific;
  }
}

/** Name runs in token order, and the run each token belongs to. */
export interface Names {
  runs: NameRun[];
  /** Run index for each token, or -1. */
  runOf: Int32Array;
}

/** What {@link findNames} knows of a capitalised word while runs grow. */
const enum Known {
  /** (what a new scratch array holds) */
  NotAsked = 0,
  /** It can be part of a name. */
  Capable = 1,
  NotCapable = 2,
  /** Not asked yet, and not at the opening of a sentence or clause. */
  MidSentence = 3,
}

/** Punctuation after which a capital may only mark the start of a clause. */
const OPENING_PUNCT_CODES = new Set([...':—–-([•*|>…'].map((c) => c.charCodeAt(0)));

/** Pronouns and their contractions (We’re, I’ll, It’s) are never part of a name. */
const PRONOUN_LIKE = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'her', 'them', 'let', 'that', 'there', 'here', 'what', 'who']);

function baseOfContraction(w: string): string {
  if (!w.includes("'") && !w.includes('’')) return w;
  const m = /^([a-z]+)(?:['’](?:re|[dms]|ll|ve)|n['’]t)$/u.exec(w);
  return m === null ? w : m[1]!;
}

const NEVER_NAME = new Set([
  'i', 'no', 'nos', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'july', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m',
]);

/** Gender a first name implies, or null. */
export function firstNameGender(word: string): Gender | null | undefined {
  const w = fold(word);
  if (FEMALE_FIRST_NAMES.has(w)) return 'f';
  if (MALE_FIRST_NAMES.has(w)) return 'm';
  if (UNISEX_FIRST_NAMES.has(w)) return null;
  return undefined;
}

/** Is `word` (lower case) a known given name? (Read from its lexicon classes, remembered by word.) */
export function isFirstName(word: string): boolean {
  return (LEX.ofWord(word) & Lex.GivenName) !== 0;
}

const ACCENTS = /[\u0300-\u036f]/gu;
function fold(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) {
      let out = word.normalize('NFD').replace(ACCENTS, '');
      // letters that do not decompose: Małgorzata, Søren, Đorđe, Ægir
      for (const [from, to] of UNDECOMPOSED) if (out.includes(from)) out = out.split(from).join(to);
      return out;
    }
  }
  return word;
}

const UNDECOMPOSED: readonly (readonly [string, string])[] = [
  ['ł', 'l'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ß', 'ss'],
  ['ı', 'i'],
  ['ð', 'd'],
  ['þ', 'th'],
];

/** The lexicon classes of a lower-case word, as bits: the hot loops test a bit instead of asking several sets. */
const enum Lex {
  Never = 1,
  /** Its base (We’re → we) is pronoun-like. */
  PronounLike = 2,
  Honorific = 4,
  Title = 8,
  Common = 16,
  Org = 32,
  Facility = 64,
  Group = 128,
  Demonym = 256,
  Particle = 512,
  Suffix = 1024,
  TitleModifier = 2048,
  Place = 4096,
  GivenName = 8192,
  /** It, or its base, is an ordinary English word. */
  English = 16384,
  /** A role noun (adviser, comedian, spokesman). */
  Role = 32768,
  /** A given name of women, or of men (a unisex one has neither bit). */
  Female = 65536,
  Male = 131072,
  /** The first word of a place name of two or more words (new of New York). */
  PlaceFirst = 262144,
  /** “of” or “the”: a name proper never runs back across it (read by its bit, so the word's string is not fetched). */
  OfOrThe = 524288,
  /** A month that is also a woman's name (June, April). */
  MonthName = 1048576,
}

function lexOf(w: string): number {
  let b = 0;
  if (NEVER_NAME.has(w)) b |= Lex.Never;
  if (PRONOUN_LIKE.has(baseOfContraction(w))) b |= Lex.PronounLike;
  if (HONORIFICS.has(w)) b |= Lex.Honorific;
  if (TITLE_WORDS.has(w)) b |= Lex.Title;
  if (COMMON_WORDS.has(w)) b |= Lex.Common;
  if (ORG_WORDS.has(w)) b |= Lex.Org;
  if (FACILITY_WORDS.has(w)) b |= Lex.Facility;
  if (GROUP_WORDS.has(w)) b |= Lex.Group;
  if (isDemonym(w)) b |= Lex.Demonym;
  if (NAME_PARTICLES.has(w)) b |= Lex.Particle;
  if (NAME_SUFFIXES.has(w)) b |= Lex.Suffix;
  if (TITLE_MODIFIERS.has(w)) b |= Lex.TitleModifier;
  if (PLACES.has(w)) b |= Lex.Place;
  if (PLACE_FIRST_WORDS.has(w)) b |= Lex.PlaceFirst;
  const gender = firstNameGender(w);
  if (gender !== undefined) b |= Lex.GivenName | (gender === 'f' ? Lex.Female : gender === 'm' ? Lex.Male : 0);
  if (ENGLISH_WORDS.has(w) || ENGLISH_WORDS.has(baseOfContraction(w))) b |= Lex.English;
  if (ROLE_NOUNS.has(w)) b |= Lex.Role;
  if (w === 'of' || w === 'the') b |= Lex.OfOrThe;
  if (w === 'june' || w === 'april') b |= Lex.MonthName;
  return b;
}

/** The gender of a given name from its {@link lexOf} bits, as {@link firstNameGender} gives it. */
function genderOfLex(lex: number): Gender | null | undefined {
  if ((lex & Lex.GivenName) === 0) return undefined;
  return (lex & Lex.Female) !== 0 ? 'f' : (lex & Lex.Male) !== 0 ? 'm' : null;
}

/** {@link lexOf} by word, remembered. */
const LEX = new WordClasses(lexOf);
/** {@link lexOf} of a word with any possessive ending removed (Trump's → trump), remembered by the word with it. */
const LEX_BARE = new WordClasses((w) => lexOf(stripPossessive(w)));

/** {@link lexOf} of `tokens.lower(t)`. */
function lexOfLower(tokens: Tokens, t: number): number {
  return LEX.of(tokens, t);
}

/** {@link lexOf} of token `t`'s word with its possessive removed (of {@link wordOf}). */
function lexOfWord(tokens: Tokens, t: number): number {
  return (tokens.flags[t]! & Flag.Possessive) !== 0 ? LEX_BARE.of(tokens, t) : LEX.of(tokens, t);
}

/**
 * The hashes of the name particles: most tokens after a run are refused by
 * their hash, without their word (a particle's hash is its word's, as the
 * tokenizer computes it: its letters are ASCII).
 */
const PARTICLE_FILTER = new HashFilter(hashesOf(NAME_PARTICLES));

/** Is token `t` a name particle (de, van, bin)? */
function isParticle(tokens: Tokens, t: number): boolean {
  return PARTICLE_FILTER.mayHave(tokens.hash[t]!) && tokens.kind[t] === Kind.Word && (lexOfLower(tokens, t) & Lex.Particle) !== 0;
}

/** The words that join an organisation's or a title's name (Department of Justice, Institute for Science, Council on Foreign Relations). */
const OF = knownWord('of');
const THE = knownWord('the');
const FOR = knownWord('for');
const ON = knownWord('on');
const AND = knownWord('and');

/** Organisation, title or facility words. */
const ORG_OR_TITLE = Lex.Org | Lex.Title | Lex.Facility;

/** Plurals whose possessive ends in ’s and names organisations: Children's Hospital, Women's Institute. */
const PLURAL_POSSESSIVES = new Set(['children', 'women', 'men', 'people']);

/** `word` without a possessive ending (’s, 's, or a bare apostrophe). */
function stripPossessive(word: string): string {
  return word.slice(0, bareEnd(word, 0, word.length));
}

/** Where `text[s, e)` ends without a possessive ending (’s, 's, or a bare apostrophe). */
function bareEnd(text: string, s: number, e: number): number {
  const c = text.charCodeAt(e - 1);
  if (c === 0x73 && e - s >= 2 && isApostrophe(text.charCodeAt(e - 2))) return e - 2;
  return e > s && isApostrophe(c) ? e - 1 : e;
}

/**
 * For each slot of the shared table of lower-case words: 1 + the slot of its
 * word without the possessive ending (trump's → trump), -1 when that word is
 * not kept there, 0 when not asked yet.
 */
const BARE_SLOTS = new Int32Array(LOWER_WORD_SLOTS);

/** The slot of {@link wordOf}`(tokens, t)` in the shared table of lower-case words, or -1 when it is not kept there. */
function wordSlotOf(tokens: Tokens, t: number): number {
  const slot = tokens.wordSlot(t);
  if (slot < 0 || (tokens.flags[t]! & Flag.Possessive) === 0) return slot;
  let bare = BARE_SLOTS[slot]!;
  if (bare === 0) {
    const word = stripPossessive(sharedWord(slot));
    const found = lowerWordSlot(word, 0, word.length, hashWord(word));
    bare = found >= 0 ? found + 1 : -1;
    BARE_SLOTS[slot] = bare;
  }
  return bare > 0 ? bare - 1 : -1;
}

/**
 * Token `t`'s lower-case word without its possessive ending (Trump's →
 * trump), from the shared table when it is kept there, so no string is cut
 * each time.
 */
function wordOf(tokens: Tokens, t: number): string {
  if ((tokens.flags[t]! & Flag.Possessive) === 0) return tokens.lower(t);
  const slot = wordSlotOf(tokens, t);
  return slot >= 0 ? sharedWord(slot) : stripPossessive(tokens.lower(t));
}

/** Does token `t`'s word ({@link wordOf}) occur in lower case outside quotes? (By the hash its slot keeps, when it has one.) */
function seenInLowerCase(tokens: Tokens, t: number): boolean {
  const slot = wordSlotOf(tokens, t);
  return tokens.seenLower(slot >= 0 ? sharedWordHash(slot) : hashWord(wordOf(tokens, t)));
}

/**
 * A set of the words of tokens ({@link wordOf}): a stamp for each slot of
 * the shared word table, and a `Set` for the words the table does not keep.
 * The stamps are shared, so a new set starts empty without clearing, and
 * empties the one made before it: one set at a time.
 */
class WordSet {
  private static readonly stamps = new Int32Array(LOWER_WORD_SLOTS);
  private static lastStamp = 0;
  private readonly stamp: number;
  /** (made when the first such word comes: most texts have none) */
  private others: Set<string> | null = null;

  constructor() {
    if (WordSet.lastStamp === 0x7fffffff) {
      WordSet.stamps.fill(0);
      WordSet.lastStamp = 0;
    }
    this.stamp = ++WordSet.lastStamp;
  }

  /** Adds token `t`'s word. */
  add(tokens: Tokens, t: number): void {
    const slot = wordSlotOf(tokens, t);
    if (slot >= 0) WordSet.stamps[slot] = this.stamp;
    else (this.others ??= new Set()).add(wordOf(tokens, t));
  }

  /** Is token `t`'s word in the set? */
  has(tokens: Tokens, t: number): boolean {
    const slot = wordSlotOf(tokens, t);
    return slot >= 0 ? WordSet.stamps[slot] === this.stamp : this.others !== null && this.others.has(wordOf(tokens, t));
  }
}

/**
 * Finds the name runs of the token stream.
 * @internal
 */
export function findNames(tokens: Tokens): Names {
  const { kind, flags, count } = tokens;
  const runOf = scratchInt32(count, -1);

  // capitalised words seen away from a sentence start: names even when they open a sentence
  const isOpener = (t: number): boolean => {
    if ((flags[t]! & (Flag.SentenceStart | Flag.TitleCase)) !== 0) return true;
    if (t === 0) return true;
    if (kind[t - 1] === Kind.Quote) return true;
    return kind[t - 1] === Kind.Punct && OPENING_PUNCT_CODES.has(tokens.text.charCodeAt(tokens.start[t - 1]!));
  };
  const capSeenMid = new WordSet();
  // (and the capitalised words, where runs may start: a list written before it is read, so not cleared,
  // and on a long text only the pages it fills take memory)
  const capitals = scratchInt32Unfilled(count);
  // (collected by a loop of its own, as small as can be; their openers are read after)
  let capitalCount = 0;
  // (every token is written and only a capital moves the end on: no branch to mispredict on the ragged pattern of capitals)
  for (let t = 0; t < count; t++) {
    capitals[capitalCount] = t;
    capitalCount += flags[t]! & Flag.Cap;
  }
  // each token is asked several times while runs grow: remember the answers (and which capitals are no openers)
  const known = scratchUint8(count);
  for (let i = 0; i < capitalCount; i++) {
    const t = capitals[i]!;
    if (kind[t] !== Kind.Word || isOpener(t)) continue;
    capSeenMid.add(tokens, t);
    known[t] = Known.MidSentence;
  }
  const capable = (t: number): boolean => {
    // (most tokens are not capitalised words: refused at once)
    if (kind[t] !== Kind.Word || (flags[t]! & Flag.Cap) === 0) return false;
    const k = known[t]!;
    if (k === Known.Capable || k === Known.NotCapable) return k === Known.Capable;
    const answer = decide(t, k !== Known.MidSentence);
    known[t] = answer ? Known.Capable : Known.NotCapable;
    return answer;
  };
  /** Can the capitalised word `t` be part of a name? `opener`: it is at a sentence's or clause's opening ({@link isOpener}). */
  const decide = (t: number, opener: boolean): boolean => {
    // a party and state after a lawmaker's name (“Sen. Ruth Okafor, D-Ohio, said”) names no one
    if (isPartyLabel(tokens, t)) return false;
    const f = flags[t]!;
    const lex = lexOfWord(tokens, t);
    if ((lex & (Lex.Never | Lex.PronounLike)) !== 0) return false;
    if (opener) {
      // a capital that only says “sentence starts here”: a name only if it is one elsewhere too
      if ((lex & (Lex.Honorific | Lex.Title)) !== 0) return true;
      // (a month that is also a woman's name, before a surname the article gives mid-sentence: “June Eckhardt, who …”)
      if ((lex & Lex.Common) !== 0) return (lex & Lex.MonthName) !== 0 && surnameAfter(t);
      if (capSeenMid.has(tokens, t)) return !((f & Flag.TitleCase) !== 0 && seenInLowerCase(tokens, t));
      // a title-case headline capitalises every word: only names known from the body count
      if ((f & Flag.TitleCase) !== 0) return false;
      // an ordinary word that starts an organisation's name: Port Authority, Supreme Court, White House
      if (startsOrgName(t)) return true;
      // an ordinary English word (“Hours later”, “Critics say”) is not a name, nor a word the text has in lower case;
      // anything else is (the lexicon first: the text's lower-case words are a slower question)
      if ((lex & (Lex.English | Lex.GivenName)) === Lex.English) return false;
      return !seenInLowerCase(tokens, t);
    }
    return true;
  };

  /** The word after `t` is a capitalised name word seen mid-sentence, and no month or common word (Eckhardt, not 5 or Is). */
  const surnameAfter = (t: number): boolean => {
    const n = t + 1;
    if (n >= count || kind[n] !== Kind.Word || (flags[n]! & Flag.Cap) === 0 || (flags[n]! & Flag.SentenceStart) !== 0) return false;
    return (lexOfWord(tokens, n) & (Lex.Common | Lex.English | Lex.Org | Lex.Title | Lex.Place)) === 0 && capSeenMid.has(tokens, n);
  };
  /** The capitalised word after `t` is an organisation word (Authority, Court, Department, House). */
  const startsOrgName = (t: number): boolean => {
    const n = t + 1;
    if (n >= count || kind[n] !== Kind.Word || (flags[n]! & Flag.Cap) === 0 || (flags[n]! & Flag.SentenceStart) !== 0) return false;
    return (lexOfWord(tokens, n) & Lex.Org) !== 0 && (lexOfWord(tokens, t) & Lex.Common) === 0;
  };
  const surnameAt = (from: number, k: number): boolean => {
    if (k === from || (lexOfLower(tokens, k) & Lex.Org) !== 0) return false;
    const prev = stripPossessive(tokens.lower(k - 1));
    return firstNameGender(prev) !== undefined || prev.length === 1;
  };
  /** Have the tokens `from`…`to` (a few: the end of a run) a given name, an honorific or a title (Dana Reyes, Sen. Okafor)? */
  const personLike = (from: number, to: number): boolean => {
    for (let k = from; k <= to; k++) if (kind[k] === Kind.Word && (lexOfWord(tokens, k) & (Lex.GivenName | Lex.Honorific | Lex.Title)) !== 0) return true;
    return false;
  };
  /** The last of the capitalised words from `k` (at most four) when the last of them is an organisation word (Drug Administration), else -1. */
  const orgNameEnd = (k: number): number => {
    let j = k;
    while (j < count && j < k + 4 && capable(j) && tokens.sent[j] === tokens.sent[k - 1]) j++;
    return j > k && (lexOfWord(tokens, j - 1) & Lex.Org) !== 0 ? j - 1 : -1;
  };
  // a plural possessive inside an organisation's name: Students’ Union, Children's Hospital
  const possessiveInName = (t: number): boolean => {
    const n = t + 1;
    if (n >= count || kind[n] !== Kind.Word || (flags[n]! & Flag.Cap) === 0 || (lexOfWord(tokens, n) & Lex.Org) === 0) return false;
    const w = tokens.lower(t);
    return w.endsWith("'s") || w.endsWith('’s') ? PLURAL_POSSESSIVES.has(stripPossessive(w)) : true;
  };
  // a capitalised word that can continue an organisation's name: not a title, honorific or first name
  const plainNameWord = (k: number): boolean => (lexOfWord(tokens, k) & (Lex.Honorific | Lex.Title | Lex.GivenName)) === 0;
  const cache = new ClassifyCache(tokens, capitalCount);
  // (each run starts at its own capital: made for as many, and cut to the runs found, not grown run by run)
  const runs = new Array<NameRun>(capitalCount);
  let runCount = 0;
  // (the token after the last run)
  let after = 0;
  for (let i = 0; i < capitalCount; i++) {
    const first = capitals[i]!;
    if (first < after || !capable(first)) continue;
    let last = first;
    let hasOrgOrTitle = (lexOfLower(tokens, first) & ORG_OR_TITLE) !== 0;
    // the run is an organisation's name joined by “of”, “for” or “on”; and whether an “and” joined it (one may)
    let joined = false;
    let anded = false;
    while (last + 1 < count && ((flags[last]! & Flag.Possessive) === 0 || possessiveInName(last)) && tokens.sent[last + 1] === tokens.sent[first]) {
      const next = last + 1;
      if (capable(next)) {
        last = next;
        hasOrgOrTitle ||= (lexOfLower(tokens, next) & ORG_OR_TITLE) !== 0;
        continue;
      }
      // particles inside a name: Bill de Blasio, Ursula von der Leyen
      if (isParticle(tokens, next)) {
        let k = next;
        while (k < count && k < next + 3 && isParticle(tokens, k)) k++;
        if (k < count && capable(k)) {
          last = k;
          continue;
        }
      }
      // “of” / “of the” inside an organisation or title: Department of Justice, Secretary of State
      // (right after the organisation or title word, not after a person's name: “Rep. Lee Zeldin of New York”)
      // (a title word after a first name or an initial is a surname: Peter T. King of New York)
      // (the joining word first: it refuses most tokens by their hash)
      if (hasOrgOrTitle && isTheWord(tokens, next, OF) && (LEX_BARE.of(tokens, last) & ORG_OR_TITLE) !== 0 && !surnameAt(first, last)) {
        let k = next + 1;
        if (isTheWord(tokens, k, THE)) k++;
        if (k < count && capable(k)) {
          last = k;
          joined = true;
          continue;
        }
      }
      // “for” / “on” after an organisation word: Institute for Science, Council on Foreign Relations
      if ((isTheWord(tokens, next, FOR) || isTheWord(tokens, next, ON)) && (LEX_BARE.of(tokens, last) & Lex.Org) !== 0 && next + 1 < count && capable(next + 1) && plainNameWord(next + 1)) {
        last = next + 1;
        joined = true;
        continue;
      }
      // … and “and” inside such a name: Institute for Science and International Security
      // (once: “American Congress of Obstetricians and Gynecologists and Easter Seals” is two)
      if (joined && isTheWord(tokens, next, AND) && next + 1 < count && capable(next + 1) && plainNameWord(next + 1)) {
        last = next + 1;
        joined = false;
        anded = true;
        continue;
      }
      // “and” inside an organisation's name that ends in an organisation word, after no person's name and no
      // whole organisation's: Food and Drug Administration, National Oceanic and Atmospheric Administration
      // (not “NBC News and The Wall Street Journal”, nor after an acronym: “the FBI and Justice Department”)
      if (!anded && isTheWord(tokens, next, AND) && (flags[last]! & Flag.AllCaps) === 0 && (LEX_BARE.of(tokens, last) & Lex.Org) === 0 && !isTheWord(tokens, next + 1, THE) && !personLike(Math.max(first, last - 3), last)) {
        const end = orgNameEnd(next + 1);
        if (end > 0) {
          last = end;
          anded = true;
          continue;
        }
      }
      // a nickname in quotes inside a person's name: Marcia “Cia” Price, Juan “Chico” Manriquez
      if (kind[next] === Kind.Quote && (lexOfWord(tokens, last) & Lex.GivenName) !== 0 && next + 1 < count && tokens.sent[next + 1] === tokens.sent[first] && capable(next + 1) && isNicknameQuote(tokens, next)) {
        last = next + 1;
        continue;
      }
      // Johnson & Johnson, Procter & Gamble
      if (isPunct(tokens, next, '&') && next + 1 < count && capable(next + 1)) {
        last = next + 1;
        continue;
      }
      break;
    }
    const index = runCount++;
    runs[index] = cache.classify(first, last);
    for (let k = first; k <= last; k++) runOf[k] = index;
    after = last + 1;
  }
  runs.length = runCount;
  return { runs, runOf };
}

/** Is token `t` a party and state as US news writes them after a lawmaker's name: D-Ohio, R-Pa., I-Vt., D-N.M.? */
function isPartyLabel(tokens: Tokens, t: number): boolean {
  const { text } = tokens;
  const s = tokens.start[t]!;
  if (tokens.end[t]! - s < 3 || text.charCodeAt(s + 1) !== 0x2d) return false;
  const party = text.charCodeAt(s);
  return (party === 0x44 || party === 0x52 || party === 0x49) && isUpper(text.charCodeAt(s + 2));
}

/** A capitalised word of two syllables joined by a hyphen, the second in lower case (Geun-hye, Ji-hoon). */
function isKoreanGivenName(tokens: Tokens, t: number): boolean {
  if (tokens.kind[t] !== Kind.Word) return false;
  const { text } = tokens;
  const s = tokens.start[t]!;
  const e = tokens.end[t]!;
  let dash = -1;
  for (let i = s + 1; i < e - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d) {
      if (dash >= 0) return false;
      dash = i;
    } else if (!(c >= 0x61 && c <= 0x7a)) return false;
  }
  const next = dash >= 0 ? text.charCodeAt(dash + 1) : 0;
  return dash > s + 1 && dash < e - 2 && next >= 0x61 && next <= 0x7a && e - s <= 10;
}

/** A quote token of one or two capitalised words and nothing else (“Cia”, “El Chapo”): a nickname. */
function isNicknameQuote(tokens: Tokens, t: number): boolean {
  const { text } = tokens;
  let words = 0;
  let inWord = false;
  for (let i = tokens.start[t]!; i < tokens.end[t]!; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      // (each word starts with a capital)
      if (!inWord && (!isUpper(c) || ++words > 2)) return false;
      inWord = true;
    } else if (c === 0x20) inWord = false;
    else if (c !== 0x22 && c !== 0x27 && c !== 0x201c && c !== 0x201d && c !== 0x2018 && c !== 0x2019 && c !== 0x2e && c !== 0x2d) return false;
  }
  return words > 0;
}

/** A name of one word with no title or honorific (“Warren”, not “Sen. Warren”). @internal */
export function isBareName(run: NameRun): boolean {
  return run.words.length === 1 && !run.honorific && run.title === '';
}

/** Token `t` is the punctuation `p` (read in place, no slice). @internal */
export function isPunct(tokens: Tokens, t: number, p: string): boolean {
  return t >= 0 && t < tokens.count && tokens.kind[t] === Kind.Punct && tokens.end[t]! - tokens.start[t]! === p.length && tokens.text.startsWith(p, tokens.start[t]!);
}

/** How many answers one article's cache keeps. */
const CLASSIFY_CACHE_SIZE = 10_000;

/**
 * The flags of a run's last token that {@link classify} reads; the others
 * (the sentence's first token, a title-case headline) say where the run
 * stands, not what it names, so a name that opens a sentence shares the
 * answer of the same name inside one.
 */
const CLASSIFY_FLAGS = Flag.Cap | Flag.AllCaps | Flag.Abbrev | Flag.Possessive;

/**
 * {@link classify}, remembered by the run's text (and the {@link CLASSIFY_FLAGS}
 * of its last token): an article names the same people again and again, and
 * the answer depends only on the words. An open-addressing table over a hash of the
 * text, confirmed on the text, so no key string is built; its arrays are
 * scratch of the current call.
 */
class ClassifyCache {
  /** For each table slot, 1 + the index in {@link answers} of the answer kept there, or 0. */
  private readonly slots: Int32Array;
  /** For each table slot, the hash of the answer's key. */
  private readonly hashes: Int32Array;
  /** The answers, each with the run it was computed for. */
  private readonly answers: Run[] = [];

  /** `runs` bounds how many runs the article has. */
  constructor(
    private readonly tokens: Tokens,
    runs: number,
  ) {
    let capacity = 16;
    while (capacity < Math.min(runs, CLASSIFY_CACHE_SIZE) * 2) capacity <<= 1;
    this.slots = scratchInt32(capacity, 0);
    this.hashes = scratchInt32(capacity, 0);
  }

  /** The answer for the run `first`…`last`. */
  classify(first: number, last: number): Run {
    const { tokens, slots, hashes, answers } = this;
    const { text, start, end, flags } = tokens;
    const lastFlags = flags[last]! & CLASSIFY_FLAGS;
    const h = keyHash(text, start[first]!, end[last]!, lastFlags);
    const mask = slots.length - 1;
    // (a new key goes in the first free slot of its probe, so the first answer for a key is the one found)
    let i = mix(h) & mask;
    for (let a = slots[i]!; a !== 0; a = slots[i]!) {
      const known = answers[a - 1]!;
      // (the same text is almost always as many tokens: the reading, which holds the run's length, must agree)
      if (hashes[i] === h && known.reading.span === last - first && (flags[known.last]! & CLASSIFY_FLAGS) === lastFlags && sameChars(text, start[known.first]!, end[known.last]!, start[first]!, end[last]!)) {
        return new Run(first, known.reading);
      }
      i = (i + 1) & mask;
    }
    const run = new Run(first, classify(tokens, first, last));
    if (answers.length < CLASSIFY_CACHE_SIZE) {
      answers.push(run);
      slots[i] = answers.length;
      hashes[i] = h;
    }
    return run;
  }
}

/**
 * A hash of a {@link ClassifyCache} key (the text `text[s, e)` and the
 * classify flags of its last token) from its length and five of its characters: an
 * article's names seldom agree in all of them unless they are the same name,
 * and the table confirms every hit on the whole text anyway.
 */
function keyHash(text: string, s: number, e: number, lastFlags: number): number {
  let h = hashStep(HASH_SEED, lastFlags) ^ (e - s);
  h = hashStep(h, text.charCodeAt(s));
  h = hashStep(h, text.charCodeAt(s + 1));
  h = hashStep(h, text.charCodeAt((s + e) >> 1));
  h = hashStep(h, text.charCodeAt(e - 2));
  return hashStep(h, text.charCodeAt(e - 1));
}

/** Splits a run into titles and the name, and decides what it names. */
function classify(tokens: Tokens, first: number, last: number): RunReading {
  const { flags } = tokens;
  const possessive = (flags[last]! & Flag.Possessive) !== 0;
  // names joined by an ampersand name a firm (Johnson & Johnson, Procter & Gamble, Pell & Varga Co.), not a person
  // whose title ends in “&”
  if (hasAmpersand(tokens, first, last)) return wholeRun(tokens, first, last, RunKind.Organization, null, nameWithoutThe(tokens, first, last));
  const coreLast = nameLast(tokens, first, last);
  const coreFirst = nameFirst(tokens, first, last, coreLast);

  let honorific = false;
  let gender: Gender | null = null;
  // a title makes a person only if it holds a title word (Sen., Mayor), not just organisation words
  // (“United Federation of Teachers”, “Annenberg Institute for School Reform”)
  let personTitle = false;
  for (let j = first; j < coreFirst; j++) {
    if (tokens.kind[j] !== Kind.Word) continue;
    const lex = lexOfWord(tokens, j);
    if ((lex & (Lex.Honorific | Lex.Title)) === 0) continue;
    personTitle = true;
    if ((lex & Lex.Honorific) !== 0) {
      honorific = true;
      gender ??= HONORIFICS.get(wordOf(tokens, j)) ?? null;
    } else gender ??= TITLE_WORDS.get(wordOf(tokens, j)) ?? null;
  }
  const text = tokens.text;
  const title = coreFirst > first ? text.slice(tokens.start[first], tokens.end[coreFirst - 1]) : '';

  if (coreFirst > coreLast) {
    // no name proper: an organisation, a facility, a group, or a bare title
    const all = lowers(tokens, first, last);
    const lastLex = lexOfWord(tokens, last);
    let kind = RunKind.Organization;
    // “Pennsylvania Gov.”, “Mexican President”: a title with its place or party
    const titleLike = Lex.Title | Lex.TitleModifier | Lex.Honorific;
    const placeTitle = (lastLex & (Lex.Title | Lex.Org)) === Lex.Title;
    if (wordsWith(tokens, first, last, placeTitle ? titleLike | Lex.Place | Lex.Demonym : titleLike) === all.length) kind = RunKind.Title;
    else if ((lastLex & Lex.Group) !== 0 || wordsWith(tokens, first, last, Lex.Demonym) === all.length) kind = RunKind.Group;
    // (a place without its “the”: the Netherlands, the Bronx)
    else if (all.length > 1 && all[0] === 'the' ? isPlaceName(tokens, first + 1, all.slice(1)) : isPlaceName(tokens, first, all)) kind = RunKind.Place;
    else if ((lastLex & Lex.Facility) !== 0 && wordsWith(tokens, first, last, Lex.Org) === 0) kind = all.length > 1 ? RunKind.Facility : RunKind.Proper;
    return wholeRun(tokens, first, last, kind, gender, nameWithoutThe(tokens, first, last), all);
  }

  // a dateline or a heading in capitals (SAN FRANCISCO —, WEXLEY HARBOR): a place, not a person
  let shouted = true;
  for (let j = first; j <= last && shouted; j++) shouted = (flags[j]! & Flag.AllCaps) !== 0;
  if (shouted && (last > first || tokens.end[first]! - tokens.start[first]! > 5)) {
    return wholeRun(tokens, first, last, RunKind.Place, null, nameText(tokens, first, last, last));
  }
  const words = lowers(tokens, coreFirst, coreLast);
  const name = nameText(tokens, coreFirst, coreLast, last);
  let firstWord = coreFirst;
  while (tokens.kind[firstWord] === Kind.Quote) firstWord++;
  const fg = genderOfLex(lexOfWord(tokens, firstWord));
  // “Chamber of Commerce”, “Department of Transportation”, “University of Michigan”: one organisation,
  // not a title and a name (but “Secretary of State John Kerry” keeps its name)
  // (likewise “Commission on Presidential Debates”, “Institute for Science and International Security”)
  const joiner = coreFirst > first + 1 ? wordOf(tokens, coreFirst - 1) : '';
  if ((joiner === 'of' || joiner === 'for' || joiner === 'on') && (lexOfWord(tokens, coreFirst - 2) & Lex.Org) !== 0 && (lexOfWord(tokens, coreFirst) & Lex.GivenName) === 0) {
    return wholeRun(tokens, first, last, RunKind.Organization, null, nameWithoutThe(tokens, first, last));
  }
  // “CEO of Arkwell”, “President of Ford”, “Mayor of Ashford”: a title and what it is the title of, no person's
  // name (“Jane Poole, CEO of Arkwell, said” is Poole)
  if (joiner === 'of' && (lexOfWord(tokens, coreFirst - 2) & (Lex.Title | Lex.Org)) === Lex.Title && (lexOfWord(tokens, coreFirst) & Lex.GivenName) === 0 && coreLast - coreFirst <= 1) {
    return wholeRun(tokens, first, last, RunKind.Title, gender, nameWithoutThe(tokens, first, last));
  }
  let kind: RunKind;
  if (!honorific && fg === undefined && isPlaceName(tokens, coreFirst, words)) kind = RunKind.Place;
  else if (honorific || personTitle || fg !== undefined) kind = RunKind.Person;
  else if (title !== '' && wordsWith(tokens, first, coreFirst - 1, Lex.Org) > 0) kind = RunKind.Organization;
  else if (words.length === 1 && (flags[coreFirst]! & Flag.AllCaps) !== 0) kind = RunKind.Organization;
  else kind = RunKind.Proper;
  // an organisation word leading the name belongs to it: the Daily Caller, Union Pacific
  if (kind === RunKind.Organization && title !== '' && words.length === 1 && fg === undefined) {
    return wholeRun(tokens, first, last, kind, null, nameWithoutThe(tokens, first, last));
  }
  if (gender === null && fg !== undefined && fg !== null && words.length >= 2) gender = fg;
  if (gender === null && fg !== undefined && fg !== null && words.length === 1 && title === '' && !honorific) gender = fg;
  return { span: last - first, coreFrom: coreFirst - first, coreTo: coreLast - first, kind, gender, possessive, title, name, words, honorific };
}

/** Is one of the tokens `first` to `last` an ampersand? */
function hasAmpersand(tokens: Tokens, first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) if (isPunct(tokens, k, '&')) return true;
  return false;
}

/** The last token of the name proper in the run `first`…`last`: name suffixes (Jr., III) are passed over. */
function nameLast(tokens: Tokens, first: number, last: number): number {
  let k = last;
  while (k > first && (lexOfWord(tokens, k) & Lex.Suffix) !== 0) k--;
  return k;
}

/**
 * The first token of the name proper in the run `first`…`last` whose name
 * ends at `coreLast`: the name is the longest tail of name-like words, and
 * titles, honorifics and organisation words stop it. Past `coreLast` when
 * the run has no name proper.
 */
function nameFirst(tokens: Tokens, first: number, last: number, coreLast: number): number {
  const { flags } = tokens;
  let coreFirst = last + 1;
  for (let k = coreLast; k >= first; k--) {
    const lex = lexOfWord(tokens, k);
    if ((lex & Lex.Particle) !== 0 && (flags[k]! & Flag.Cap) === 0) {
      coreFirst = k;
      continue;
    }
    // (a nickname inside the name is passed over: Juan “Chico” Manriquez)
    if (tokens.kind[k] === Kind.Quote && k > first && k < last) continue;
    if ((lex & Lex.OfOrThe) !== 0 || tokens.kind[k] !== Kind.Word) break;
    // (a facility word alone is a surname: Park, Hall, Field)
    // (a capitalised role noun is part of a title: “Clinton Senior Adviser Sidney Blumenthal”)
    // (but never in the surname's place: Ms. Boxer, Mr. Singer, Backer)
    const blocker = (lex & (Lex.Honorific | Lex.Title | Lex.Org | Lex.Group | Lex.Demonym)) !== 0 || ((lex & Lex.Role) !== 0 && k < coreLast) || ((lex & Lex.Facility) !== 0 && last > first);
    if (blocker) {
      // a title word in surname position is a surname (Howard Dean, Martin Luther King)
      // (not an abbreviation, and not after a place: “Pennsylvania Gov.”, “Texas Governor”)
      const surnamePosition =
        k === coreLast && k > first && (flags[k]! & Flag.Abbrev) === 0 && (lexOfWord(tokens, k - 1) & (NOT_NAME_LIKE | Lex.Place)) === 0;
      // (so is a facility word after a first name or an honorific: Dr. Hye-jin Park, Anna Hall)
      // (and a family name before a Korean given name: Park Geun-hye, Park Ji-hoon)
      const familyFirst = k + 1 === coreLast && (lex & (Lex.Facility | Lex.Title | Lex.Org)) === Lex.Facility && isKoreanGivenName(tokens, k + 1);
      const facilitySurname =
        familyFirst ||
        (surnamePosition && (lex & (Lex.Facility | Lex.Title | Lex.Org)) === Lex.Facility && ((lexOfWord(tokens, k - 1) & Lex.GivenName) !== 0 || (lexOfWord(tokens, first) & Lex.Honorific) !== 0));
      if (!(surnamePosition && (lex & (Lex.Title | Lex.Org)) === Lex.Title) && !facilitySurname) break;
    }
    if ((flags[k]! & Flag.AllCaps) !== 0 && tokens.end[k]! - tokens.start[k]! <= 5 && (flags[k]! & Flag.Abbrev) === 0) break;
    coreFirst = k;
  }
  // leading particles belong to the title side (“de” alone is not a name)
  while (coreFirst <= coreLast && (flags[coreFirst]! & Flag.Cap) === 0) coreFirst++;
  // after “Minister of …”, ordinary words finish the portfolio before the name: Minister of Water Resources Khalid al-Harthy
  if (coreFirst > first + 1 && coreFirst < coreLast && tokens.kind[coreFirst - 1] === Kind.Word) {
    let of = false;
    for (let j = first; j < coreFirst && !of; j++) of = tokens.kind[j] === Kind.Word && (tokens.lower(j) === 'of' || tokens.lower(j) === 'for');
    while (of && coreFirst < coreLast && (lexOfWord(tokens, coreFirst) & (Lex.English | Lex.GivenName)) === Lex.English) coreFirst++;
  }
  // ordinary words before a first name belong to the title too: (Undersecretary for) Political Affairs Wendy Sherman
  if ((lexOfWord(tokens, coreFirst) & (Lex.English | Lex.GivenName)) === Lex.English) {
    let j = coreFirst;
    while (j < coreLast && j < coreFirst + 4 && (lexOfWord(tokens, j) & (Lex.English | Lex.GivenName)) === Lex.English) j++;
    if (j < coreLast && (lexOfWord(tokens, j) & Lex.GivenName) !== 0 && tokens.kind[j] === Kind.Word) coreFirst = j;
  }
  return coreFirst;
}

/** The whole run as one name, with no title (an organisation, a place); its words are those of every token unless given. */
function wholeRun(tokens: Tokens, first: number, last: number, kind: RunKind, gender: Gender | null, name: string, words = lowers(tokens, first, last)): RunReading {
  const possessive = (tokens.flags[last]! & Flag.Possessive) !== 0;
  return { span: last - first, coreFrom: 0, coreTo: last - first, kind, gender, possessive, title: '', name, words, honorific: false };
}

/** The run's {@link nameText} without a leading “the” (the White House → White House). */
function nameWithoutThe(tokens: Tokens, first: number, last: number): string {
  // (“the” is a word of its own: its text is three letters and its lower case “the”)
  const the = first < last && tokens.end[first]! - tokens.start[first]! === 3 && tokens.lower(first) === 'the';
  return nameText(tokens, the ? first + 1 : first, last, last);
}

/** The words ({@link wordOf}) of the tokens `from` to `to`, quotes left out. */
function lowers(tokens: Tokens, from: number, to: number): string[] {
  const out: string[] = [];
  for (let j = from; j <= to; j++) if (tokens.kind[j] !== Kind.Quote) out.push(wordOf(tokens, j));
  return out;
}

/** How many of the tokens `from` to `to` (quotes left out) have a lexicon class of `classes`. */
function wordsWith(tokens: Tokens, from: number, to: number, classes: number): number {
  let n = 0;
  for (let j = from; j <= to; j++) if (tokens.kind[j] !== Kind.Quote && (lexOfWord(tokens, j) & classes) !== 0) n++;
  return n;
}

/**
 * The tokens `from` to `to` as written, quotes left out, joined by single
 * spaces; only the possessive of the run's `last` token goes (“Trump's” →
 * Trump; one inside stays: Students’ Union). One slice of the text when the
 * words are already so spaced.
 */
function nameText(tokens: Tokens, from: number, to: number, last: number): string {
  const { text, start, end, kind } = tokens;
  let spaced = kind[to] !== Kind.Quote;
  for (let j = from; j < to && spaced; j++) spaced = kind[j] !== Kind.Quote && start[j + 1] === end[j]! + 1 && text.charCodeAt(end[j]!) === 0x20;
  if (spaced) return text.slice(start[from], to === last ? bareEnd(text, start[to]!, end[to]!) : end[to]);
  const out: string[] = [];
  for (let j = from; j <= to; j++) {
    if (kind[j] === Kind.Quote) continue;
    out.push(text.slice(start[j], j === last ? bareEnd(text, start[j]!, end[j]!) : end[j]));
  }
  return out.join(' ');
}

/** The classes that make a word no part of a name: titles, honorifics, organisation, facility and title-modifier words, demonyms. */
const NOT_NAME_LIKE = Lex.Honorific | Lex.Title | Lex.Org | Lex.Facility | Lex.TitleModifier | Lex.Demonym;

/** A nationality, party or religion word, or its plural (Republicans, Muslim-Americans). */
function isDemonym(w: string): boolean {
  if (DEMONYMS.has(w)) return true;
  if (w.endsWith('s') && DEMONYMS.has(w.slice(0, -1))) return true;
  const dash = w.lastIndexOf('-');
  // (a plural only drops an s: Muslim-Americans, not Jean-Baptiste → “baptist”)
  return dash > 0 && (DEMONYMS.has(w.slice(dash + 1)) || (w.endsWith('s') && DEMONYMS.has(w.slice(dash + 1, -1))) || DEMONYMS.has(w.slice(0, dash)));
}

/**
 * Do the lower-case `words`, those of the tokens from `from` on ({@link lowers}),
 * name a place? Read from the first word's lexicon classes; joined into one
 * string only when that word can start a longer place name.
 */
function isPlaceName(tokens: Tokens, from: number, words: readonly string[]): boolean {
  let k = from;
  while (tokens.kind[k] === Kind.Quote) k++;
  const lex = lexOfWord(tokens, k);
  return words.length === 1 ? (lex & Lex.Place) !== 0 : (lex & Lex.PlaceFirst) !== 0 && PLACES.has(words.join(' '));
}

/** Index of the last name run starting before token `t`, or -1 (binary search). @internal */
export function lastRunBefore(names: Names, t: number): number {
  let lo = 0;
  let hi = names.runs.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (names.runs[mid]!.first < t) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
