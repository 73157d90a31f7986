/**
 * Who a cue names: the subject before the verb (Reyes said, Port Authority
 * director Dana Reyes said, Reyes, 54, said, a spokeswoman for the agency
 * said, he said) or the mention after it (said Reyes, said the senator,
 * according to Reyes).
 * @internal
 * @module
 */

import { Flag, Kind, type Tokens } from '../text/tokenize.js';
import { endsInApostropheS, lastCharIndex } from '../text/chars.js';
import { DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/common-words.js';
import { DOCUMENT_NOUNS, ROLE_NOUNS, TITLE_MODIFIERS, isSourceNoun } from '../lexicon/titles.js';
import { ORG_WORDS } from '../lexicon/organizations.js';
import { RunKind, isPunct, type Names } from './names.js';
import type { Entities } from './entities.js';
import { WordClasses, isTheWord, knownWord } from '../text/word-classes.js';
import { ownCopy } from '../text/lower-words.js';

/** One-character punctuation marks, by code unit. @internal */
export const enum Mark {
  Apostrophe = 0x27,
  LeftParen = 0x28,
  RightParen = 0x29,
  Comma = 0x2c,
  Hyphen = 0x2d,
  Slash = 0x2f,
  Colon = 0x3a,
  RightSingleQuote = 0x2019,
}

/**
 * Is token `t` the punctuation mark `mark` (what `punct(t) === ','` asks,
 * read in place: no string is cut for it)? @internal
 */
export function isMark(tokens: Tokens, t: number, mark: Mark): boolean {
  if (t < 0 || t >= tokens.count || tokens.kind[t] !== Kind.Punct) return false;
  const s = tokens.start[t]!;
  return tokens.end[t]! - s === 1 && tokens.text.charCodeAt(s) === mark;
}

/**
 * Is token `t` a dash: one that sets off an aside (— – ― --, “— as
 * researchers believe —”), or with `hyphen` a lone - too? Read in place: no
 * string is cut for it. @internal
 */
export function isDash(tokens: Tokens, t: number, hyphen: boolean): boolean {
  if (t < 0 || t >= tokens.count || tokens.kind[t] !== Kind.Punct) return false;
  const s = tokens.start[t]!;
  const c = tokens.text.charCodeAt(s);
  switch (tokens.end[t]! - s) {
    // — – ― (and -)
    case 1:
      return c === 0x2014 || c === 0x2013 || c === 0x2015 || (hyphen && c === 0x2d);
    // --
    case 2:
      return c === 0x2d && tokens.text.charCodeAt(s + 1) === 0x2d;
    default:
      return false;
  }
}

/** What kind of words name the speaker. */
export const enum MentionKind {
  Name = 1,
  Pronoun = 2,
  Nominal = 3,
}

/** The words that name a speaker. */
export interface Mention {
  kind: MentionKind;
  /** First and last token of the whole mention, titles included (inclusive). */
  first: number;
  last: number;
  /** For a name: the run that names the speaker. */
  run: number;
  /** For a pronoun: what it refers to. */
  pronoun: 'm' | 'f' | 'plural' | 'first' | 'it' | null;
  /** Titles and roles given with the name (“Port Authority director”, “a State Department spokesperson”); {@link NO_TITLES} when none. */
  titles: readonly string[];
}

/** The titles of a mention that has none: one shared, frozen array (most mentions have none). @internal */
export const NO_TITLES: readonly string[] = Object.freeze([]);

/** The titles of a name: the description given with it, if any (`null` for none), then the run's own title, if any. */
function titlesOf(description: string | null, title: string): readonly string[] {
  if (description === null) return title !== '' ? [title] : NO_TITLES;
  return title !== '' ? [description, title] : [description];
}

/** Adds `more` after the titles of `m` (a new array: the old one may be {@link NO_TITLES}). */
function addTitles(m: Mention, more: readonly string[]): void {
  if (more.length > 0) m.titles = [...m.titles, ...more];
}

/** Words {@link MentionReader.subjectBefore} looks for. */
const ON = knownWord('on');
const IN = knownWord('in');
const WHO = knownWord('who');

/** Words between a subject and its verb that do not break the link. */
const BETWEEN = new Set([
  'also', 'later', 'then', 'again', 'previously', 'once', 'recently', 'earlier', 'further', 'first', 'finally', 'still',
  'even', 'never', 'not', 'often', 'has', 'have', 'had', 'would', 'will', 'could', 'did', 'does', 'do', 'may', 'might',
  'should', 'must', 'can', 'just', 'already', 'since', 'both', 'all', 'alone', 'herself', 'himself', 'themselves',
  'itself', 'too', 'subsequently', 'yesterday', 'today', 'tonight', 'now', 'afterward', 'afterwards', 'in', 'turn',
  'then-', "n't", 'soon', 'ultimately', 'once', 'long', 'ago', 'famously', 'quickly', 'is', 'was', 'were', 'are',
]);

/** Nouns in -ly, which an adverb's test by its ending would take (“Scott’s family has called …” is not “Scott’s … called”). */
const LY_NOUNS = new Set(['family', 'rally', 'ally', 'assembly', 'supply', 'anomaly', 'monopoly', 'bully', 'belly', 'jelly', 'tally', 'homily', 'folly']);

const PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'on', 'to', 'inside', 'within', 'behind', 'near', 'outside', 'among', 'across', 'around']);
/** Words that start a clause or an adverbial, never part of a title. */
const CLAUSE_WORDS = new Set(['when', 'while', 'as', 'after', 'before', 'about', 'during', 'since', 'because', 'if', 'and', 'or', 'but', 'who', 'which', 'that', 'where', 'whose', 'than', 'then', 'by', 'into', 'over', 'under']);

/** Words that open a clause or an adverbial after a description: “said his staff about …”, “a man who …”. */
const CLAUSE_OPENING = new Set([
  'when', 'while', 'after', 'before', 'about', 'during', 'since', 'because', 'if', 'who', 'which', 'that', 'where', 'whose', 'than',
  'by', 'or', 'but', 'then', 'into', 'over', 'under',
]);

/** Prepositions whose object is not the subject of the sentence. */
const OBJECT_WORDS = new Set(['for', 'with', 'to', 'by', 'on', 'under', 'against', 'about', 'behind', 'alongside', 'beside']);

/** Prepositions of affiliation and place: Pollak of Breitbart, Baker from Columbia. */
const LOCATIVE = new Set(['of', 'from', 'in', 'at']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** What the mention reader asks about a word (bits). */
const enum Cls {
  Between = 1,
  Day = 2,
  Preposition = 4,
  Clause = 8,
  Locative = 16,
  Determiner = 32,
  Role = 64,
  TitleModifier = 128,
  /** {@link isSourceNoun}. */
  Source = 256,
  /** {@link isModifierLike}. */
  ModifierLike = 512,
  Org = 1024,
  /** {@link SUBJECT_PRONOUNS}. */
  Pronoun = 2048,
  /** An adverb in -ly of five letters or more (“also” is {@link Cls.Between}). */
  LyAdverb = 4096,
  /** to. */
  To = 8192,
  /** {@link DOCUMENT_NOUNS}. */
  Document = 16384,
  /** {@link CLAUSE_OPENING}. */
  ClauseOpening = 32768,
}

const CLASSES = new WordClasses((w) => {
  let b = 0;
  if (BETWEEN.has(w)) b |= Cls.Between;
  if (DAYS.has(w)) b |= Cls.Day;
  if (PREPOSITIONS.has(w)) b |= Cls.Preposition;
  if (CLAUSE_WORDS.has(w)) b |= Cls.Clause;
  if (LOCATIVE.has(w)) b |= Cls.Locative;
  if (DETERMINERS.has(w)) b |= Cls.Determiner;
  if (ROLE_NOUNS.has(w)) b |= Cls.Role;
  if (TITLE_MODIFIERS.has(w)) b |= Cls.TitleModifier;
  if (isSourceNoun(w)) b |= Cls.Source;
  if (isModifierLike(w)) b |= Cls.ModifierLike;
  if (ORG_WORDS.has(w)) b |= Cls.Org;
  if (SUBJECT_PRONOUNS.has(w)) b |= Cls.Pronoun;
  if (w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w)) b |= Cls.LyAdverb;
  if (w === 'to') b |= Cls.To;
  if (DOCUMENT_NOUNS.has(w)) b |= Cls.Document;
  if (CLAUSE_OPENING.has(w)) b |= Cls.ClauseOpening;
  return b;
});

/** Reads mentions in the token stream. */
export class MentionReader {
  constructor(
    private readonly tokens: Tokens,
    private readonly names: Names,
    /** The entities, when known: a bare surname (“Okafor”) is a person if its entity is one. */
    private readonly entities: Entities | null = null,
  ) {}

  /** Is run `r` a person's name (by its own words, or by the entity it joined)? */
  private isPersonRun(r: number): boolean {
    if (this.names.runs[r]!.kind === RunKind.Person) return true;
    if (this.entities === null) return false;
    const id = this.entities.ofRun[r]!;
    return id >= 0 && this.entities.list[id]!.kind === 'person';
  }

  private word(t: number): string | null {
    return this.tokens.kind[t] === Kind.Word ? this.tokens.lower(t) : null;
  }

  /** The {@link Cls} bits of token `t`'s word; 0 for a token that is not a word. */
  private cls(t: number): number {
    return this.tokens.kind[t] === Kind.Word ? CLASSES.of(this.tokens, t) : 0;
  }

  /** {@link isMark} in the reader's tokens. */
  private isMark(t: number, mark: Mark): boolean {
    return isMark(this.tokens, t, mark);
  }

  private punct(t: number): string | null {
    const { tokens } = this;
    return tokens.kind[t] === Kind.Punct ? tokens.text.slice(tokens.start[t], tokens.end[t]) : null;
  }

  private isLowerWord(t: number): boolean {
    return this.tokens.kind[t] === Kind.Word && (this.tokens.flags[t]! & Flag.Cap) === 0;
  }

  /**
   * The subject of the cue at token `cue`, looking left no further than
   * `floor` (the sentence start or the end of a preceding quote).
   */
  subjectBefore(cue: number, floor: number): Mention | null {
    let k = cue - 1;
    // adverbs, auxiliaries and days between subject and verb: Reyes also said, Reyes on Monday said
    // (by the words' classes: no word is looked up for itself here)
    for (let guard = 0; k >= floor && guard < 6; guard++) {
      if (this.tokens.kind[k] !== Kind.Word) break;
      const c = this.cls(k);
      if (this.isLowerWord(k) && (c & (Cls.Between | Cls.LyAdverb)) !== 0) {
        k--;
        continue;
      }
      if ((c & Cls.Day) !== 0) {
        k -= k - 1 >= floor && isTheWord(this.tokens, k - 1, ON) ? 2 : 1;
        continue;
      }
      // a year: McConnell, who in 2010 said …
      if ((this.tokens.flags[k]! & Flag.Number) !== 0 && k - 1 >= floor && isTheWord(this.tokens, k - 1, IN)) {
        k -= 2;
        continue;
      }
      // an infinitive after a verb: Trump was prompted to say, Reyes wanted to add
      if ((c & Cls.To) !== 0 && k - 1 >= floor && this.isLowerWord(k - 1) && isVerbBeforeTo(this.word(k - 1)!)) {
        k -= 2;
        while (k >= floor && this.isLowerWord(k) && AUXILIARIES.has(this.word(k)!)) k--;
        break;
      }
      break;
    }
    if (k < floor) return null;
    // a parenthesis: Sen. Ruth Okafor (D-Ohio) said / Gov. John Kasich (R-OH), said
    if (this.isMark(k, Mark.Comma) && this.isMark(k - 1, Mark.RightParen)) k--;
    if (this.isMark(k, Mark.RightParen)) {
      let j = k - 1;
      while (j >= floor && j > k - 12 && !this.isMark(j, Mark.LeftParen)) j--;
      if (j < floor || !this.isMark(j, Mark.LeftParen)) return null;
      k = j - 1;
      if (k < floor) return null;
    }
    // an appositive: Matt Miller, a State Department spokesperson, said / Reyes, 54, said
    if (this.isMark(k, Mark.Comma) || isDash(this.tokens, k, false)) return this.appositiveSubject(k, floor);
    // the appositive's comma inside a quoted title that closes it: Ruiz, author of “The Long Bench,” said
    if (this.tokens.kind[k] === Kind.Quote && isShortQuote(this.tokens, k) && this.endsInComma(k)) return this.appositiveSubject(k, floor, ',');
    const who = isTheWord(this.tokens, k, WHO);
    // a relative pronoun: Reyes, who leads the agency, said … / a surrogate who said …
    if (who && k - 2 >= floor && this.isMark(k - 1, Mark.Comma)) {
      const m = this.mentionEndingAt(k - 2, floor);
      if (m !== null && m.kind !== MentionKind.Nominal) return m;
      // “McConnell, now the Senate majority leader, who …”: the person the description is set off from
      const head = this.appositiveSubject(k - 1, floor);
      const kind = head === null || head.kind !== MentionKind.Name ? null : this.names.runs[head.run]!.kind;
      return kind === RunKind.Person || kind === RunKind.Proper ? head : m;
    }
    if (who && k - 1 >= floor) return this.mentionEndingAt(k - 1, floor);
    const m = this.mentionEndingAt(k, floor) ?? this.possessiveSubject(k, floor);
    if (m === null) return null;
    return this.unclosedAppositive(m, floor) ?? this.firstOfPair(this.ownerOf(m, floor), floor);
  }

  /**
   * A name in the possessive right before its verb, where no possessive
   * stands (it needs a noun to own): the name itself, one that ends in ’s
   * (“McDonald’s said”, “Macy’s told”) or one with “has” run into it
   * (“Okafor’s said”); not a bare apostrophe (“the Joneses’ said” is no
   * English). (The cue finder has let the verb be a cue only there.)
   */
  private possessiveSubject(k: number, floor: number): Mention | null {
    const r = this.names.runOf[k]!;
    if (r < 0) return null;
    const run = this.names.runs[r]!;
    if (run.last !== k || !run.possessive || run.kind === RunKind.Title || run.first < floor) return null;
    if (!endsInApostropheS(this.tokens.text, this.tokens.start[k]!, this.tokens.end[k]!)) return null;
    return { kind: MentionKind.Name, first: run.first, last: k, run: r, pronoun: null, titles: NO_TITLES };
  }

  /**
   * Two people (or organisations) named together (“Mark Blumenthal and Jon
   * Cohen:”, “Reyes and Okafor said”): the first of them speaks for both.
   */
  firstOfPair(m: Mention, floor: number): Mention {
    // (and a name with a description: “Pedro Almeida and his wife said”, “Solberg and colleagues wrote”)
    if (m.kind === MentionKind.Name ? !this.isPersonish(m.run) : m.kind !== MentionKind.Nominal) return m;
    const and = m.first - 1;
    if (and - 1 < floor || this.word(and) !== 'and') return m;
    const first = this.mentionEndingAt(and - 1, floor);
    if (first === null || first.kind !== MentionKind.Name || !this.isPersonish(first.run)) return m;
    return first;
  }

  private isPersonish(run: number): boolean {
    const kind = this.names.runs[run]!.kind;
    return kind === RunKind.Person || kind === RunKind.Proper || kind === RunKind.Organization;
  }

  /**
   * An appositive whose closing comma is missing: “Sam Lau, the
   * communications director for the Iowa Democratic Party said”. Before an
   * organisation or place: a preposition, a description of role words, a
   * comma and a person's name — the person is the subject.
   */
  private unclosedAppositive(m: Mention, floor: number): Mention | null {
    if (m.kind !== MentionKind.Name) return null;
    const kind = this.names.runs[m.run]!.kind;
    if (kind !== RunKind.Organization && kind !== RunKind.Place && kind !== RunKind.Proper) return null;
    let j = m.first - 1;
    if (j >= floor && this.word(j) === 'the') j--;
    if (j < floor || (this.cls(j) & Cls.Preposition) === 0) return null;
    j--;
    let role = false;
    for (let n = 0; j >= floor && n < 6 && this.isLowerWord(j); n++, j--) {
      const c = this.cls(j);
      if ((c & (Cls.Role | Cls.Source)) !== 0) role = true;
      // “Katie Packer, who is chairman of Our Principles PAC said”
      else if (role && (this.word(j) === 'is' || this.word(j) === 'was') && this.word(j - 1) === 'who') {
        j -= 2;
        break;
      } else if ((c & (Cls.Determiner | Cls.TitleModifier | Cls.ModifierLike)) === 0 || (c & Cls.Clause) !== 0) return null;
    }
    if (!role || j < floor || !this.isMark(j, Mark.Comma)) return null;
    const person = this.mentionEndingAt(j - 1, floor);
    if (person === null || person.kind !== MentionKind.Name || this.names.runs[person.run]!.kind !== RunKind.Person) return null;
    return person;
  }

  /** The token before `first` (past an article) is “of”, “from”, “in” or “at”. */
  private afterLocative(first: number, floor: number): boolean {
    let b = first - 1;
    if (b >= floor && this.word(b) === 'the') b--;
    return b >= floor && (this.cls(b) & Cls.Locative) !== 0;
  }

  /** The token before `first` is a preposition that takes an object (“for”, “with”, “to”, “by”). */
  private afterObjectWord(first: number, floor: number): boolean {
    const w = first - 1 >= floor ? this.word(first - 1) : null;
    return w !== null && OBJECT_WORDS.has(w);
  }

  /** A place name (run of kind place) ending at `k` that sits after “from”, “of”, “in” or another place and a comma. */
  private isPlaceInPhrase(k: number, floor: number): boolean {
    const r = this.names.runOf[k]!;
    if (r < 0) return false;
    const run = this.names.runs[r]!;
    if (run.last !== k || run.kind !== RunKind.Place) return false;
    const before = run.first - 1;
    if (before < floor) return false;
    if (this.tokens.kind[before] === Kind.Word) return (this.cls(before) & Cls.Locative) !== 0;
    if (this.isMark(before, Mark.Comma)) return this.isPlaceInPhrase(before - 1, floor);
    return false;
  }

  /**
   * “Hannah Vogt of the central bank said”, “Maria Lopez at the food bank
   * says”: the person named before a locative phrase whose end is the
   * nominal `m`, or null.
   */
  private personBefore(m: Mention, floor: number): Mention | null {
    const before = m.first - 1;
    if (before - 1 < floor || this.tokens.kind[before] !== Kind.Word || (this.cls(before) & Cls.Locative) === 0) return null;
    const owner = this.mentionEndingAt(before - 1, floor);
    return owner !== null && owner.kind === MentionKind.Name && this.names.runs[owner.run]!.kind === RunKind.Person ? owner : null;
  }

  /**
   * “Pollak of Breitbart California observed”, “Stacy Baker of Columbia,
   * South Carolina says”: the person before a locative phrase, not the place
   * or outlet at its end.
   */
  private ownerOf(m: Mention, floor: number): Mention {
    if (m.kind === MentionKind.Nominal) return this.personBefore(m, floor) ?? m;
    if (m.kind !== MentionKind.Name) return m;
    let first = m.first;
    let best = m;
    for (let hop = 0; hop < 3; hop++) {
      let before = first - 1;
      // “Mr. Morgan of the Sierra Club”: look past the article
      if (before - 1 >= floor && this.word(before) === 'the') before--;
      if (before - 1 < floor) return best;
      if ((this.cls(before) & Cls.Locative) !== 0) {
        const owner = this.mentionEndingAt(before - 1, floor);
        if (owner !== null && owner.kind === MentionKind.Name) {
          const run = this.names.runs[owner.run]!;
          if (run.kind === RunKind.Person) return owner;
          // a chain: Shirvanian of the Armenian Patriarchate of Jerusalem (a proper name is the owner
          // unless a person owns it in turn)
          if (run.kind === RunKind.Proper) best = owner;
          if (run.kind === RunKind.Organization || run.kind === RunKind.Place || run.kind === RunKind.Proper) {
            first = owner.first;
            continue;
          }
        }
        return best;
      }
      // City, State: step over the comma to the city
      if (this.isMark(before, Mark.Comma) && this.names.runs[this.names.runOf[first]!]?.kind === RunKind.Place) {
        const r = this.names.runOf[before - 1]!;
        if (r < 0) return best;
        const city = this.names.runs[r]!;
        // a town the place list does not know is still a town after “of” or “from”: Baker of Columbia, South Carolina
        if (city.kind !== RunKind.Place && !(city.kind !== RunKind.Person && this.afterLocative(city.first, floor))) return best;
        first = city.first;
        continue;
      }
      return best;
    }
    return best;
  }

  /**
   * The subject before one or more appositives ending at the comma (or dash)
   * `k`: “Matt Miller, a State Department spokesperson, said”, “Kettering III,
   * 58, a developer, called”, “Farah Nadeem, an attorney at the Digital Rights
   * Collective, a privacy group, tweeted”, or the name in the appositive when
   * the head is a description (“the union’s president, Nadia Rahman-Cole,
   * told”). A person wins over an organisation or place found on the way.
   */
  private appositiveSubject(k: number, floor: number, closer = this.punct(k)!): Mention | null {
    let right = k;
    let fallback: Mention | null = null;
    // (the segments' titles, on the first one found: most appositives give none)
    let titles: string[] | null = null;
    let inner: Mention | null = null;
    for (let hop = 0; hop < 4; hop++) {
      let j = right - 1;
      // (a short quoted name inside the appositive does not end it: wearing “Ted Cruz” pins)
      while (j >= floor && j > k - 48 && !this.opensAppositive(j, closer, hop) && (this.tokens.kind[j] !== Kind.Quote || isShortQuote(this.tokens, j))) j--;
      if (j < floor || !this.opensAppositive(j, closer, hop) || j === right - 1) break;
      const segment = this.appositiveTitle(j + 1, right - 1);
      if (hop === 0) {
        const named = this.nameSpanning(j + 1, right - 1) ?? this.nameBeforeRelative(j + 1, right - 1) ?? this.organizationNamed(j, right - 1, floor);
        if (named !== null) {
          const before = this.mentionEndingAt(j - 1, floor);
          if (before !== null && before.kind === MentionKind.Nominal) {
            named.titles = [this.tokens.text.slice(this.tokens.start[before.first], this.tokens.end[before.last]).replace(/^(?:the|a|an)\s+/iu, ''), ...named.titles];
          }
          // “Gil Vian, the editor of the city’s newspaper, The Harbor Ledger, said”: the name closes a
          // description that is itself set off from a person, who is the subject
          const outer = this.personBeforeAppositive(j, floor);
          if (outer === null || this.names.runs[named.run]!.kind === RunKind.Person) return named;
          inner = named;
          right = j;
          continue;
        }
      }
      if (segment !== null) (titles ??= []).push(segment);
      // “Rep. Jim Jordan (R-Ohio), an oversight panel member, said”
      let end = j - 1;
      if (this.isMark(end, Mark.RightParen)) {
        let o = end - 1;
        while (o >= floor && o > end - 12 && !this.isMark(o, Mark.LeftParen)) o--;
        if (o >= floor && this.isMark(o, Mark.LeftParen)) end = o - 1;
      }
      const found = this.mentionEndingAt(end, floor);
      const head = found === null ? null : this.ownerOf(found, floor);
      if (head !== null && head.kind !== MentionKind.Pronoun) {
        const run = head.kind === MentionKind.Name ? this.names.runs[head.run]! : null;
        // “editor at large of The Forward, a newspaper …”: an affiliation inside the appositive, not its head
        // (nor the object of a verb or preposition in a relative clause: “who worked for Sen. Lamar Alexander (R-Tenn.), …”)
        if (run !== null && (run.kind === RunKind.Person || run.kind === RunKind.Proper) && !this.afterLocative(head.first, floor) && !this.afterObjectWord(head.first, floor)) {
          if (titles !== null) addTitles(head, titles.reverse());
          return head;
        }
        fallback ??= head;
      }
      right = j;
    }
    if (inner !== null) return inner;
    if (fallback !== null && titles !== null) addTitles(fallback, titles.reverse());
    return fallback;
  }

  /**
   * Does token `t` open the appositive that the mark `closer` closes, at the
   * `hop`-th appositive back? After a dashed aside, the appositive it sits in
   * may open with a comma: “Dickey, the chief executive of Ora Media — the
   * company that … — told”.
   */
  private opensAppositive(t: number, closer: string, hop: number): boolean {
    return isPunct(this.tokens, t, closer) || (hop > 0 && closer !== ',' && this.isMark(t, Mark.Comma));
  }

  /**
   * A person named just before the description that ends at the comma `j`
   * (“Gil Vian, the editor of the city’s newspaper,”), or null.
   */
  private personBeforeAppositive(j: number, floor: number): Mention | null {
    const closer = this.punct(j)!;
    let i = j - 1;
    while (i >= floor && i > j - 24 && !isPunct(this.tokens, i, closer) && this.tokens.kind[i] !== Kind.Quote) i--;
    if (i < floor || !isPunct(this.tokens, i, closer) || i === j - 1 || this.appositiveTitle(i + 1, j - 1) === null) return null;
    const m = this.mentionEndingAt(i - 1, floor);
    if (m === null || m.kind !== MentionKind.Name || this.names.runs[m.run]!.kind !== RunKind.Person) return null;
    return m;
  }

  /**
   * A person's name opening the aside from `from` and followed by a relative
   * clause to `to` (“— John McCain, who lost the 2008 election to Obama —”).
   */
  private nameBeforeRelative(from: number, to: number): Mention | null {
    const r = this.names.runOf[from]!;
    if (r < 0) return null;
    const run = this.names.runs[r]!;
    if (run.first !== from || run.kind !== RunKind.Person || run.possessive || run.last + 2 > to) return null;
    if (!this.isMark(run.last + 1, Mark.Comma) || this.word(run.last + 2) !== 'who') return null;
    return this.mentionEndingAt(run.last, from);
  }

  /** The quote token `k` ends in a comma inside its closing marks (“The Long Bench,”). */
  private endsInComma(k: number): boolean {
    const { text } = this.tokens;
    const i = lastCharIndex(text, this.tokens.start[k]!, this.tokens.end[k]!);
    return i >= 0 && text.charCodeAt(i) === Mark.Comma;
  }

  /** Does a title start at `k`: a lower-case role or title word, or a run that is a title (CTO, Chief Executive)? */
  private titleFollows(k: number, limit: number): boolean {
    if (k > limit) return false;
    if (this.isLowerWord(k)) return (this.cls(k) & (Cls.Role | Cls.TitleModifier)) !== 0;
    const r = this.names.runOf[k]!;
    return r >= 0 && this.names.runs[r]!.first === k && this.names.runs[r]!.kind === RunKind.Title;
  }

  /**
   * An organisation's name that is the whole appositive from after `comma`
   * to `to`, set off from a description of an organisation: “The U.N.
   * refugee agency, UNHCR, said”. The name, or null.
   */
  private organizationNamed(comma: number, to: number, floor: number): Mention | null {
    const r = this.names.runOf[to]!;
    const run = r >= 0 ? this.names.runs[r]! : null;
    if (run === null || run.first !== comma + 1 || run.last !== to || run.kind !== RunKind.Organization) return null;
    const described = this.mentionEndingAt(comma - 1, floor);
    if (described === null || described.kind !== MentionKind.Nominal || (this.cls(described.last) & Cls.Org) === 0) return null;
    const m = this.mentionEndingAt(to, comma + 1);
    return m !== null && m.kind === MentionKind.Name ? m : null;
  }

  /**
   * A person's name ending exactly at `to` that fills the appositive from
   * `from` (“Nadia Rahman-Cole”, “the Polish cinematographer Małgorzata
   * Olenska”), or null.
   */
  private nameSpanning(from: number, to: number): Mention | null {
    if (to < from) return null;
    const r = this.names.runOf[to]!;
    if (r < 0) return null;
    const run = this.names.runs[r]!;
    if (run.last !== to || run.possessive || (run.kind !== RunKind.Person && run.kind !== RunKind.Proper)) return null;
    const m = this.mentionEndingAt(to, from);
    if (m === null || m.kind !== MentionKind.Name) return null;
    if (m.first === from) return m;
    // a description before the name: only determiners, role words and capitalised modifiers
    const first = this.word(from);
    if (first === null || !DETERMINERS.has(first) || run.first - from > 6) return null;
    if (run.kind !== RunKind.Person && !(run.kind === RunKind.Proper && run.words.length >= 2)) return null;
    for (let j = from + 1; j < run.first; j++) {
      const w = this.word(j);
      if (w === null || w === 'who' || w === 'which' || w === 'that' || PREPOSITIONS.has(w)) return null;
    }
    return { ...m, first: from };
  }

  /** The mention that ends exactly at token `k`, or null. */
  mentionEndingAt(k: number, floor: number): Mention | null {
    if (k < floor) return null;
    const { tokens, names } = this;
    const r = names.runOf[k]!;
    if (r >= 0) {
      const run = names.runs[r]!;
      if (run.last !== k || run.possessive) return null;
      if (run.kind === RunKind.Title) {
        // the President, the Senator: a title standing for a person
        const first = this.determinerBefore(run.first, floor);
        return this.staffOf(first, k, floor) ?? { kind: MentionKind.Nominal, first, last: k, run: r, pronoun: null, titles: NO_TITLES };
      }
      const first = this.titlesBefore(run.first, floor);
      // “an aide to Okafor”: the aide speaks, not Okafor (a spokeswoman for an organisation speaks for it)
      if (this.isPersonRun(r)) {
        const staff = this.staffOf(first, k, floor);
        if (staff !== null) return staff;
      }
      const description = first < run.first ? tokens.text.slice(tokens.start[first], tokens.end[run.first - 1]).trim() : null;
      return { kind: MentionKind.Name, first, last: k, run: r, pronoun: null, titles: titlesOf(description, run.title) };
    }
    if (this.tokens.kind[k] !== Kind.Word) return null;
    // (the pronoun's own word looked up only for a pronoun)
    if ((this.cls(k) & Cls.Pronoun) !== 0) {
      return { kind: MentionKind.Pronoun, first: k, last: k, run: -1, pronoun: SUBJECT_PRONOUNS.get(this.word(k)!)!, titles: NO_TITLES };
    }
    // (a capital that only opens the sentence on a source noun: “Police said …”, “Officials say …”)
    if (!this.isLowerWord(k) && !((this.tokens.flags[k]! & Flag.SentenceStart) !== 0 && (this.cls(k) & Cls.Source) !== 0)) return null;
    return this.nominalEndingAt(k, floor);
  }

  /**
   * A source described by the person it serves, ending at `k`: “an aide to
   * Okafor”, “a source close to the Chancellor”, “a spokesman for Sen. Ruth
   * Okafor” (the words before `first`: a source noun, maybe “close”, then
   * “to”, “for” or “of”).
   */
  private staffOf(first: number, k: number, floor: number): Mention | null {
    let p = first - 1;
    if (p >= floor && this.word(p) === 'the') p--;
    const prep = p >= floor ? this.word(p) : null;
    if (prep !== 'to' && prep !== 'for' && prep !== 'of') return null;
    let head = p - 1;
    if (head >= floor && this.word(head) === 'close') head--;
    const w = head >= floor ? this.word(head) : null;
    if (w === null || !this.isLowerWord(head) || !(ROLE_NOUNS.has(w) || isSourceNoun(w)) || ORG_WORDS.has(w)) return null;
    const outer = this.nominalEndingAt(head, floor);
    return outer === null ? null : { ...outer, last: k };
  }

  /** A nominal source ending at `k`: officials, a spokeswoman for the agency, the senator. */
  private nominalEndingAt(k: number, floor: number, depth = 0): Mention | null {
    const head = this.word(k);
    if (head === null || depth > 2) return null;
    const headCls = this.cls(k);
    if ((headCls & Cls.Source) === 0) {
      if ((headCls & Cls.ModifierLike) === 0 || (headCls & Cls.Clause) !== 0 || head.endsWith('ly')) return null;
      // a head with a prepositional phrase after it: someone near the back of the theater
      for (let j = k - 1; j >= floor && j >= k - 5; j--) {
        const w = this.word(j);
        const c = this.cls(j);
        if (w === null || w === 'to' || (c & Cls.Clause) !== 0) return null;
        if ((c & Cls.Preposition) !== 0 && j - 1 >= floor) {
          const outer = this.nominalEndingAt(j - 1, floor, depth + 1);
          return outer === null ? null : { ...outer, last: k };
        }
      }
      return null;
    }
    let first = k;
    let j = k - 1;
    let guard = 0;
    while (j >= floor && guard++ < 10) {
      const w = this.word(j);
      if (w === null) {
        if (this.isMark(j, Mark.Hyphen) || this.isMark(j, Mark.RightSingleQuote) || this.isMark(j, Mark.Apostrophe)) {
          j--;
          continue;
        }
        break;
      }
      const c = this.cls(j);
      if ((c & Cls.Determiner) !== 0 && this.isLowerWordOrStart(j)) {
        first = j;
        // a prepositional phrase: a spokeswoman for the agency
        if (j - 1 >= floor && (this.cls(j - 1) & Cls.Preposition) !== 0 && j - 2 >= floor) {
          const outer = this.nominalEndingAt(j - 2, floor, depth + 1);
          if (outer !== null) return { ...outer, last: k };
        }
        break;
      }
      if ((c & Cls.Preposition) !== 0) {
        const outer = j - 1 >= floor ? this.nominalEndingAt(j - 1, floor, depth + 1) : null;
        if (outer !== null) return { ...outer, last: k };
        break;
      }
      if (this.isLowerWord(j) || this.names.runOf[j]! >= 0 || (this.tokens.flags[j]! & Flag.Number) !== 0) {
        if (this.isLowerWord(j) && (c & Cls.ModifierLike) === 0) break;
        // a verb form further from the head ends the phrase (“which included staff members suggesting someone”)
        if (this.isLowerWord(j) && j < k - 1 && (w.endsWith('ing') || w.endsWith('ed')) && (c & Cls.Role) === 0) break;
        first = j;
        j--;
        continue;
      }
      break;
    }
    return { kind: MentionKind.Nominal, first, last: k, run: -1, pronoun: null, titles: NO_TITLES };
  }

  private isLowerWordOrStart(j: number): boolean {
    return this.isLowerWord(j) || (this.tokens.flags[j]! & Flag.SentenceStart) !== 0;
  }

  /**
   * May the mention that ends with name run `r` have titles: a title of its
   * own, or a role word or title modifier right before it (“director Dana
   * Reyes”)? When not, {@link mentionEndingAt} finds none ({@link titlesBefore}
   * does not reach past the name).
   */
  mayHaveTitles(r: number): boolean {
    const run = this.names.runs[r]!;
    const j = run.first - 1;
    return run.title !== '' || (j >= 0 && this.isLowerWord(j) && (this.cls(j) & (Cls.Role | Cls.TitleModifier)) !== 0);
  }

  /** Extends a name leftwards over role nouns and organisation names (Port Authority director Dana Reyes). */
  private titlesBefore(first: number, floor: number): number {
    const { names } = this;
    let start = first;
    let j = first - 1;
    let sawRole = false;
    while (j >= floor && j >= first - 12) {
      if (this.tokens.kind[j] !== Kind.Word) break;
      const c = this.cls(j);
      if (this.isLowerWord(j) && ((c & (Cls.Role | Cls.TitleModifier)) !== 0 || (sawRole && (c & (Cls.ModifierLike | Cls.Determiner)) === Cls.ModifierLike))) {
        sawRole ||= (c & Cls.Role) !== 0;
        start = j;
        j--;
        continue;
      }
      const r = names.runOf[j]!;
      if (r >= 0 && sawRole) {
        start = names.runs[r]!.first;
        j = start - 1;
        continue;
      }
      break;
    }
    if (sawRole) return start;
    // “state Del. Marcia Price”, “former Sen. Ruth Okafor”: a qualifier of the title the name starts with
    const r = names.runOf[first]!;
    if (r < 0 || names.runs[r]!.title === '') return first;
    j = first - 1;
    while (j >= floor && j >= first - 3 && this.isLowerWord(j) && ((this.cls(j) & Cls.TitleModifier) !== 0 || JURISDICTIONS.has(this.word(j)!))) j--;
    return j + 1;
  }

  private determinerBefore(first: number, floor: number): number {
    return first - 1 >= floor && (this.cls(first - 1) & Cls.Determiner) !== 0 ? first - 1 : first;
  }

  /** The text of an appositive if it gives a role (a State Department spokesperson, the director of …). */
  private appositiveTitle(from: number, to: number): string | null {
    if (to < from) return null;
    const { tokens } = this;
    let hasRole = false;
    for (let j = from; j <= to && j < from + 6; j++) {
      if ((this.cls(j) & (Cls.Role | Cls.Org)) !== 0) hasRole = true;
    }
    const first = this.word(from);
    if (!hasRole || first === 'who' || first === 'which' || first === 'whose' || first === 'whom') return null;
    const s = first !== null && (first === 'a' || first === 'an' || first === 'the') ? from + 1 : from;
    if (s > to) return null;
    return tokens.text.slice(tokens.start[s], tokens.end[to]).trim();
  }

  /**
   * The mention right after token `after` (an inverted cue: said Reyes,
   * said the senator, according to Reyes). Stops at `limit`.
   */
  mentionAfter(after: number, limit: number): Mention | null {
    const { tokens, names } = this;
    let k = after + 1;
    if (k > limit) return null;
    if (this.tokens.kind[k] !== Kind.Word) return null;
    // (a capitalised word, “said Reyes”, is not looked up)
    if (this.isLowerWord(k) && (this.cls(k) & Cls.Pronoun) !== 0) {
      return { kind: MentionKind.Pronoun, first: k, last: k, run: -1, pronoun: SUBJECT_PRONOUNS.get(this.word(k)!)!, titles: NO_TITLES };
    }
    // walk over determiners, role nouns and names to the last name of the chain
    const first = k;
    let lastRun = -1;
    let lastEnd = -1;
    let guard = 0;
    while (k <= limit && guard++ < 12) {
      const r = names.runOf[k]!;
      if (r >= 0) {
        const run = names.runs[r]!;
        if (run.first !== k) break;
        // a name before a source noun describes it: “a German user”, “the Florida senator”, “a 2008 Clinton
        // veteran”, “a Republican National Committee member” (unless a name follows: “Trump aide Hope Hicks”)
        const next = run.last + 1 <= limit && this.isLowerWord(run.last + 1) ? this.cls(run.last + 1) : 0;
        const describes = (next & Cls.Source) !== 0 && !run.possessive;
        // (a possessive is not the head, “said Clinton’s introducer”, unless it owns a writing, “Axelrod’s memoir”)
        const author = run.possessive && (next & Cls.Document) !== 0;
        if (run.kind !== RunKind.Title && !describes && (!run.possessive || author)) lastRun = r;
        lastEnd = run.last;
        k = run.last + 1;
        if (run.possessive) continue;
        if (run.kind !== RunKind.Title && !describes && !this.roleFollows(k, limit)) break;
        continue;
      }
      const x = this.word(k);
      // numbers in a description: “9/11 widow Terry Strada”, “62-year-old”
      if ((x !== null && (tokens.flags[k]! & Flag.Number) !== 0) || (this.isMark(k, Mark.Slash) && k + 1 <= limit && (tokens.flags[k + 1]! & Flag.Number) !== 0)) {
        k++;
        continue;
      }
      if (x === null || !this.isLowerWord(k)) break;
      const c = this.cls(k);
      if ((c & Cls.ClauseOpening) !== 0) break;
      // two titles of one person: “former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell”
      if (x === 'and' && lastRun < 0 && lastEnd === k - 1 && k + 1 <= limit && names.runOf[k - 1]! >= 0 && names.runs[names.runOf[k - 1]!]!.kind === RunKind.Title) {
        const nextRun = names.runOf[k + 1]!;
        if (nextRun >= 0 && names.runs[nextRun]!.first === k + 1) {
          k++;
          continue;
        }
      }
      // … and in lower case: “said chairman and chief executive Roy Adler”, “co-founder and CTO Sara Lin”
      if (x === 'and' && lastRun < 0 && lastEnd === k - 1 && k + 1 <= limit && this.isLowerWord(k - 1) && (this.cls(k - 1) & Cls.Role) !== 0 && this.titleFollows(k + 1, limit)) {
        k++;
        continue;
      }
      if ((c & (Cls.Determiner | Cls.Role | Cls.TitleModifier | Cls.Source | Cls.ModifierLike)) !== 0) {
        lastEnd = k;
        k++;
        continue;
      }
      // “of” inside a lower-case title before the name: said director of communications Jane Doe
      if (x === 'of' && lastEnd === k - 1 && lastRun < 0 && this.personAfterTitle(k + 1, limit)) {
        k++;
        continue;
      }
      break;
    }
    // a description, then the name in apposition: said one resident, Johanna Bayer / said another Twitter user, Johanna Bayer
    const appositive = this.appositiveName(first, k, limit);
    if (appositive !== null) return appositive;
    if (lastRun >= 0) {
      const run = names.runs[lastRun]!;
      let description: string | null = null;
      if (run.first > first) {
        const titleText = tokens.text.slice(tokens.start[first], tokens.end[run.first - 1]).trim();
        const cleaned = titleText.replace(/^(?:the|a|an)\s+/iu, '');
        if (cleaned !== '') description = cleaned;
      }
      return { kind: MentionKind.Name, first, last: run.last, run: lastRun, pronoun: null, titles: titlesOf(description, run.title) };
    }
    if (lastEnd >= first) {
      // a nominal: said the senator, said one official, said a spokeswoman for the agency
      let end = lastEnd;
      while (end > first && (this.cls(end) & Cls.Source) === 0 && names.runOf[end]! < 0) end--;
      const r = names.runOf[end]!;
      if (r >= 0 && names.runs[r]!.kind === RunKind.Title) return { kind: MentionKind.Nominal, first, last: end, run: r, pronoun: null, titles: NO_TITLES };
      if ((this.cls(end) & Cls.Source) === 0) return null;
      // a prepositional tail: a spokeswoman for the agency
      let tail = end;
      const p = this.word(end + 1);
      if (p !== null && PREPOSITIONS.has(p) && end + 1 < limit) {
        let j = end + 2;
        let g = 0;
        while (j <= limit && g++ < 6 && this.tokens.kind[j] === Kind.Word && (names.runOf[j]! >= 0 || (this.cls(j) & Cls.Determiner) !== 0 || this.isLowerWord(j))) {
          tail = j;
          j++;
          if (names.runOf[j - 1]! >= 0 && names.runOf[j]! !== names.runOf[j - 1]!) break;
        }
      }
      return { kind: MentionKind.Nominal, first, last: tail, run: -1, pronoun: null, titles: NO_TITLES };
    }
    return null;
  }

  /**
   * After a description that ends at or just after `k` in a source noun
   * (`one resident`, `another Twitter user`): a person's name set off by a
   * comma, ending at punctuation, is the mention.
   */
  private appositiveName(first: number, k: number, limit: number): Mention | null {
    const { tokens, names } = this;
    let j = k;
    while (j <= limit && j < k + 2 && this.isLowerWord(j) && (this.cls(j) & Cls.ModifierLike) !== 0) j++;
    if (j - 1 < first || !this.isLowerWord(j - 1) || (this.cls(j - 1) & Cls.Source) === 0 || !this.isMark(j, Mark.Comma) || j + 1 > limit) return null;
    const r = names.runOf[j + 1]!;
    if (r < 0) return null;
    const run = names.runs[r]!;
    // (a full name of unknown kind is a person here too: “said Rubio’s deputy campaign manager, Rich Beeson”)
    if (run.first !== j + 1 || !(run.kind === RunKind.Person || (run.kind === RunKind.Proper && run.words.length >= 2)) || run.possessive) return null;
    // (the name ends the phrase, or an affiliation follows it: “Andrew Pincus of the law firm Mayer Brown”)
    const after = run.last + 1;
    if (after < tokens.count && tokens.kind[after] !== Kind.Punct && tokens.sent[after] === tokens.sent[run.first] && !AFFILIATIONS.has(this.word(after) ?? '')) return null;
    const description = tokens.text.slice(tokens.start[first], tokens.end[j - 1]).replace(/^(?:the|a|an|one|another)\s+/iu, '');
    return { kind: MentionKind.Name, first, last: run.last, run: r, pronoun: null, titles: titlesOf(description, run.title) };
  }

  /**
   * Role words around a name: in its title (Sen.), right before it
   * (coach Tom Haverty) and in an appositive after it (Haverty, the coach,),
   * added to `into`.
   */
  addRolesAround(first: number, last: number, title: string, into: Set<string>): void {
    if (title !== '') for (const w of wordsOfTitle(title)) into.add(w);
    for (let j = first - 1; j >= 0 && j >= first - 4 && this.isLowerWord(j); j--) {
      const c = this.cls(j);
      if ((c & Cls.Role) !== 0) into.add(this.word(j)!);
      else if ((c & (Cls.TitleModifier | Cls.ModifierLike)) === 0) break;
    }
    if (this.isMark(last + 1, Mark.Comma)) {
      for (let j = last + 2; j < this.tokens.count && j <= last + 9; j++) {
        if (this.tokens.kind[j] === Kind.Punct) break;
        if ((this.cls(j) & Cls.Role) !== 0) into.add(this.word(j)!);
      }
    }
  }

  /** One to three lower-case words from `k`, then a person's name: “communications Jane Doe”, “ceremonies Asab Al-Tabchi”. */
  private personAfterTitle(k: number, limit: number): boolean {
    let j = k;
    while (j <= limit && j < k + 3 && this.isLowerWord(j) && !CLAUSE_WORDS.has(this.word(j)!)) j++;
    if (j === k || j > limit) return false;
    const r = this.names.runOf[j]!;
    if (r < 0 || this.names.runs[r]!.first !== j) return false;
    const run = this.names.runs[r]!;
    return run.kind === RunKind.Person || (run.kind === RunKind.Proper && run.words.length >= 2);
  }

  /** After a name: does a role noun follow (“Fox News host Sean Hannity”, “Cruz constituent Dan Golvach”)? */
  private roleFollows(k: number, limit: number): boolean {
    for (let j = k; j <= limit && j < k + 2; j++) {
      const w = this.word(j);
      if (w === null || !this.isLowerWord(j)) return false;
      const c = this.cls(j);
      if ((c & (Cls.TitleModifier | Cls.ModifierLike)) === 0) return false;
      if ((c & Cls.Clause) !== 0 || ((c & (Cls.Role | Cls.TitleModifier)) === 0 && (w.endsWith('ed') || w.endsWith('ly') || w.endsWith('ing')))) return false;
      // “Cruz constituent Dan Golvach”, “Trump spokeswoman Hope Hicks”
      if (j + 1 <= limit && this.names.runOf[j + 1]! >= 0) return true;
    }
    return false;
  }
}

/** {@link wordsOfTitle}'s answers by title text, kept across calls (titles repeat from article to article), for at most {@link MAX_TITLE_TEXTS} titles. */
const TITLE_WORDS = new Map<string, readonly string[]>();
const MAX_TITLE_TEXTS = 4096;

/** The lower-case words of a name's title, without full stops (“Sen.” → sen), split once per title text. @internal */
export function wordsOfTitle(title: string): readonly string[] {
  let words = TITLE_WORDS.get(title);
  if (words !== undefined) return words;
  // (words cut from a copy when kept: a slice of the title may be a view of the whole text)
  const keep = TITLE_WORDS.size < MAX_TITLE_TEXTS;
  const own = keep ? ownCopy(title) : title;
  words = own.toLowerCase().replace(/\./gu, '').split(/\s+/u).filter((w) => w !== '');
  if (keep) TITLE_WORDS.set(own, words);
  return words;
}

/** Auxiliaries before a verb: Trump was prompted to say, Reyes has decided to add. */
const AUXILIARIES = new Set(['was', 'is', 'were', 'are', 'has', 'have', 'had', 'been', 'be', 'then', 'also', 'later']);

/** A verb that can take “to say” after it: prompted, decided, wanted, tried, chose (not refused or used). */
function isVerbBeforeTo(w: string): boolean {
  if (NOT_SAYING.has(w)) return false;
  return w.endsWith('ed') || w === 'want' || w === 'wants' || w === 'chose' || w === 'seems' || w === 'got';
}

/** Verbs whose “to say” is not said: refused to speculate, declined to say, a term Rubio used to describe. */
const NOT_SAYING = new Set(['refused', 'declined', 'failed', 'hesitated', 'used', 'forgot', 'neglected', 'wanted', 'hoped', 'planned', 'expected', 'intended', 'tried', 'attempted']);

/**
 * Is the quote token `t` a short quoted term of at most four words (a name,
 * a slogan: wearing “Ted Cruz” pins) rather than a quotation? @internal
 */
export function isShortQuote(tokens: Tokens, t: number): boolean {
  let words = 1;
  for (let i = tokens.start[t]!; i < tokens.end[t]!; i++) if (tokens.text.charCodeAt(i) === 0x20 && ++words > 4) return false;
  return true;
}

/** Prepositions that attach a person to an organisation or place after the name (“Pincus of Mayer Brown”). */
const AFFILIATIONS: ReadonlySet<string> = new Set(['of', 'at', 'from', 'with']);

/** Words that say whose title it is: state Sen., county Commissioner, federal Judge. */
const JURISDICTIONS: ReadonlySet<string> = new Set(['state', 'federal', 'county', 'city', 'district', 'provincial', 'regional', 'national', 'local', 'tribal', 'town', 'parish']);

/** Words that can sit inside a noun phrase before its head (adjectives, nouns, numbers), as far as spelling tells. */
function isModifierLike(w: string): boolean {
  if (w.length < 2) return false;
  if (BETWEEN.has(w) || PREPOSITIONS.has(w)) return false;
  if (w === 'and' || w === 'or' || w === 'but' || w === 'that' || w === 'who' || w === 'which' || w === 'said' || w === 'says') return false;
  return true;
}
