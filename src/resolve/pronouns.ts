/**
 * He, she, they and it: the person (or organisation) meant, by salience.
 * Every name outside quotes in the last few sentences votes for its entity,
 * weighted by how recent it is, whether it stands as a subject, and whether
 * the entity is known to be a person; the one who spoke last gets a bonus. A
 * known gender must agree. Names that only appear inside quotes never vote,
 * so they never become speakers.
 * @internal
 * @module
 */

import { Flag, Kind, type Tokens } from '../text/tokenize.js';
import type { Entities, Entity } from './entities.js';
import { RunKind, lastRunBefore, type Names } from './names.js';
import { hashWord } from '../text/word-hash.js';
import { ROLE_NOUNS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { DETERMINERS } from '../lexicon/common-words.js';
import { scratchFloat64, scratchInt32, scratchUint8 } from '../text/scratch.js';
import { WordClasses } from '../text/word-classes.js';

/** How far back a pronoun looks, in sentences. */
const MAX_SENTENCES_BACK = 10;
/** How many names back a pronoun looks at most. */
const MAX_RUNS = 60;
/** Weight of a mention by how many sentences back it is. */
const RECENCY = [1, 0.8, 0.5, 0.35, 0.25, 0.18, 0.13, 0.1, 0.08, 0.06];
/** Weight per mention anywhere in the article (up to ten). */
const FREQUENCY_PRIOR = 0.01;
/** Extra weight of an entity already quoted in the article. */
const SPEAKER_PRIOR = 0.15;
/** Extra weight of the entity that spoke last. */
const LAST_SPEAKER_BONUS = 0.6;

/** How many times a person must be named to be the one an article is about ({@link PronounResolver.topic}). */
const TOPIC_MENTIONS = 3;

/** Share of that bonus left when another person has since been introduced as a subject. */
const MOVED_ON = 0.3;

/** Lower-case words after which a name still stands as a subject. */
const CLAUSE_OPENERS = new Set([
  'and', 'but', 'or', 'that', 'while', 'as', 'when', 'because', 'if', 'after', 'before', 'since', 'though', 'although',
  'where', 'whether', 'then', 'so', 'also', 'yet', 'once', 'until', 'unless', 'meanwhile', 'later', 'now',
]);

/** Prepositions whose object is seldom the he or she of the next sentence. */
const OBJECT_PREPOSITIONS = new Set(['with', 'about', 'against', 'to', 'at', 'for', 'from', 'on', 'by', 'toward', 'towards', 'over', 'like', 'than']);

/** Verbs whose clause reports on the name after them (“said Clinton would …”). */
const REPORTING_VERBS = new Set(['said', 'says', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'believes', 'believed', 'thinks', 'thought', 'noted', 'notes', 'added', 'wrote', 'writes', 'stated', 'explained', 'warned', 'suggested', 'suggests']);

/** The word lists above (and role and title-modifier words, and determiners, and the few words a name's standing looks for), as bits by word. */
const enum Cls {
  Role = 1,
  ClauseOpener = 2,
  Determiner = 4,
  ObjectPreposition = 8,
  ReportingVerb = 16,
  /** the, a, an. */
  Article = 32,
  With = 64,
  That = 128,
}
const CLASSES = new WordClasses(
  (w) =>
    (ROLE_NOUNS.has(w) || TITLE_MODIFIERS.has(w) ? Cls.Role : 0) |
    (CLAUSE_OPENERS.has(w) ? Cls.ClauseOpener : 0) |
    (DETERMINERS.has(w) ? Cls.Determiner : 0) |
    (OBJECT_PREPOSITIONS.has(w) ? Cls.ObjectPreposition : 0) |
    (REPORTING_VERBS.has(w) ? Cls.ReportingVerb : 0) |
    (w === 'the' || w === 'a' || w === 'an' ? Cls.Article : 0) |
    (w === 'with' ? Cls.With : 0) |
    (w === 'that' ? Cls.That : 0),
);

/** Is token `t` (a word) a role noun or a title modifier? */
function isRoleWord(tokens: Tokens, t: number): boolean {
  return (CLASSES.of(tokens, t) & Cls.Role) !== 0;
}

const HE = hashWord('he');
const SHE = hashWord('she');

/** How a name run stands in its sentence, as bits by run: what its mention weighs. */
const enum Standing {
  /** Where a subject stands: the mention counts double. */
  Subject = 1,
  /** A possessive, a name that only qualifies something else, or the object of a preposition: it counts half. */
  Minor = 2,
  /** A nationality or party used as an adjective (“American jobs”): nobody to refer to. */
  Adjective = 4,
  /** Set once the standing is worked out, so that 0 means “not yet”. */
  Known = 8,
}

/** Can gender inference settle the gender of `e`: anyone but an organisation whose gender is not settled yet? */
function mayLearnGender(e: Entity): boolean {
  return e.kind !== 'organization' && (e.gender === null || e.softGender === true);
}

/** Resolves pronouns to entities. */
export class PronounResolver {
  /** The {@link Standing} of each run, 0 until {@link standingOf} first asks. */
  private readonly standing: Uint8Array;
  /**
   * The scores of one {@link resolve} call, by entity: `score[id]` counts
   * only when `scoredIn[id]` is the call's number; `scored` lists the
   * entities in the order they were first scored (ties go to the first).
   */
  private readonly score: Float64Array;
  private readonly scoredIn: Int32Array;
  private readonly scored: Int32Array;
  private call = 0;

  constructor(
    private readonly tokens: Tokens,
    private readonly names: Names,
    private readonly entities: Entities,
  ) {
    this.standing = scratchUint8(names.runs.length);
    const n = entities.list.length;
    this.score = scratchFloat64(n);
    this.scoredIn = scratchInt32(n, 0);
    this.scored = scratchInt32(n, 0);
    this.inferGenders();
  }

  /** The {@link Standing} of run `r`, worked out the first time a pronoun weighs it (most runs never are). */
  private standingOf(r: number): number {
    const st = this.standing[r]!;
    if (st !== 0) return st;
    const { tokens, names } = this;
    const run = names.runs[r]!;
    // look past a title in lower case and the names in it: “Democratic consultant Cornell Belcher”
    let p = run.first - 1;
    // (and one lower-case word before a role word: “harbour pilot Sam Okafor”)
    let sawRole = false;
    while (p >= 0 && p >= run.first - 8 && tokens.sent[p] === tokens.sent[run.first] && tokens.kind[p] === Kind.Word) {
      if (isRoleWord(tokens, p)) sawRole = true;
      else if (names.runOf[p]! < 0 && !(sawRole && (tokens.flags[p]! & Flag.Cap) === 0 && (CLASSES.of(tokens, p) & (Cls.ClauseOpener | Cls.Determiner)) === 0)) break;
      else sawRole = false;
      p--;
    }
    const opener =
      p < 0 ||
      tokens.sent[p] !== tokens.sent[run.first] ||
      tokens.kind[p] !== Kind.Word ||
      (CLASSES.of(tokens, p) & Cls.ClauseOpener) !== 0;
    // a name that only qualifies a title: “Obama consultant Cornell Belcher”
    const next = run.last + 1;
    // (the word right before the name, by its classes: 0 when there is none)
    const beforeClasses = run.first > 0 && tokens.kind[run.first - 1] === Kind.Word ? CLASSES.of(tokens, run.first - 1) : 0;
    const modifier =
      // “American jobs”, “Christian traditions”: an adjective
      (run.kind === RunKind.Group && !run.possessive && !run.words[run.words.length - 1]!.endsWith('s') && next < tokens.count && tokens.kind[next] === Kind.Word && (tokens.flags[next]! & Flag.Cap) === 0) ||
      // “the Clinton campaign”, “a Trump supporter”: the name only describes something else
      ((beforeClasses & Cls.Article) !== 0 && next < tokens.count && tokens.kind[next] === Kind.Word && (tokens.flags[next]! & Flag.Cap) === 0) ||
      (next + 1 < tokens.count && tokens.kind[next] === Kind.Word && isRoleWord(tokens, next) && (names.runOf[next + 1]! >= 0 || (next + 2 < tokens.count && isRoleWord(tokens, next + 1) && names.runOf[next + 2]! >= 0))) ||
      // “Trump campaign spokesman Jason Miller”, “Obama administration official Ann Lee”
      this.qualifiesTitle(next);
    // the object of a preposition: “agreed with Matthews”
    // (but not the subject of an absolute construction: “with Hillary Clinton — who … — lambasting …”)
    const absolute = (beforeClasses & Cls.With) !== 0 && this.ingAfter(run.last + 1, run.first);
    // (or the subject of what someone reports: “McLenney said Clinton doesn’t …” is about Clinton, told by McLenney)
    // (not the inverted speaker: “…,” said George Allen — the verb's own subject comes before it)
    const verbAt = (beforeClasses & Cls.That) !== 0 ? run.first - 2 : run.first - 1;
    const reported =
      verbAt > 0 && tokens.kind[verbAt] === Kind.Word && (CLASSES.of(tokens, verbAt) & Cls.ReportingVerb) !== 0 && tokens.kind[verbAt - 1] === Kind.Word && tokens.sent[verbAt - 1] === tokens.sent[run.first];
    const afterPreposition = (beforeClasses & Cls.ObjectPreposition) !== 0;
    const object = (afterPreposition && !absolute) || reported;
    const subject = (opener || absolute) && !run.possessive && !modifier;
    const standing =
      Standing.Known | (subject ? Standing.Subject : 0) | (run.possessive || modifier || object ? Standing.Minor : 0) | (run.kind === RunKind.Group && modifier ? Standing.Adjective : 0);
    this.standing[r] = standing;
    return standing;
  }

  /** One or two lower-case words from `k`, then a role word and a name: the name before `k` only qualifies that title. */
  private qualifiesTitle(k: number): boolean {
    const { tokens, names } = this;
    for (let j = k; j < k + 2 && j + 2 < tokens.count; j++) {
      if (tokens.kind[j] !== Kind.Word || (tokens.flags[j]! & Flag.Cap) !== 0 || (CLASSES.of(tokens, j) & (Cls.ClauseOpener | Cls.Determiner)) !== 0) return false;
      if (tokens.kind[j + 1] === Kind.Word && isRoleWord(tokens, j + 1) && names.runOf[j + 2]! >= 0) return true;
    }
    return false;
  }

  /** An -ing verb right after `k`, or after a dash-delimited aside there. */
  private ingAfter(k: number, from: number): boolean {
    const { tokens } = this;
    let j = k;
    const c = j < tokens.count && tokens.kind[j] === Kind.Punct ? tokens.text.charCodeAt(tokens.start[j]!) : 0;
    if (c === 0x2014 || c === 0x2013) {
      j++;
      while (j < tokens.count && j < k + 16 && tokens.sent[j] === tokens.sent[from] && !(tokens.kind[j] === Kind.Punct && tokens.text.charCodeAt(tokens.start[j]!) === c)) j++;
      j++;
    }
    if (j >= tokens.count || tokens.kind[j] !== Kind.Word || (tokens.flags[j]! & Flag.Cap) !== 0) return false;
    return tokens.lower(j).endsWith('ing');
  }

  /**
   * Learns the gender of people the lexicons know nothing about (Elspeth
   * Craigie, Lyman Pryce) from the he and she that follow them: each subject
   * pronoun votes for the person it most likely means; two or more votes and
   * no votes against settle it.
   */
  private inferGenders(): void {
    const { tokens, entities } = this;
    // where the first who can take a vote ({@link mayLearnGender}) is named: only a pronoun after it can mean
    // anyone open (with nobody, no pass)
    let firstOpen = tokens.count;
    // (and from where the person the article is about, a pronoun's last resort ({@link topic}), may be such a one)
    let openTopicAfter = tokens.count;
    for (const e of entities.list) {
      if (!mayLearnGender(e)) continue;
      const first = this.names.runs[e.runs[0]!]!.first;
      firstOpen = Math.min(firstOpen, first);
      if (e.gender !== null && e.kind === 'person' && e.runs.length >= TOPIC_MENTIONS) openTopicAfter = Math.min(openTopicAfter, first);
    }
    if (firstOpen === tokens.count) return;
    const votes = new Map<number, { m: number; f: number }>();
    // the he and she tokens, found by their hashes with the column's own search: every he, then every she (the
    // votes settle genders only once all are cast, so their order does not matter)
    const { hash, kind } = tokens;
    for (const g of ['m', 'f'] as const) {
      const word = g === 'm' ? 'he' : 'she';
      const h = g === 'm' ? HE : SHE;
      for (let t = hash.indexOf(h, firstOpen + 1); t >= 0; t = hash.indexOf(h, t + 1)) {
        if (kind[t] !== Kind.Word || tokens.lower(t) !== word) continue;
        // (a pronoun with nobody open in reach can only mean someone settled: not resolved)
        if (t <= openTopicAfter && !this.openInReach(t)) continue;
        const id = this.resolve(t, g, -1, null);
        if (id < 0 || (entities.list[id]!.gender !== null && entities.list[id]!.softGender !== true)) continue;
        const v = votes.get(id) ?? { m: 0, f: 0 };
        v[g]++;
        votes.set(id, v);
      }
    }
    for (const [id, v] of votes) {
      const e = entities.list[id]!;
      if (v.f >= 2 && v.m === 0) e.gender = 'f';
      else if (v.m >= 2 && v.f === 0) e.gender = 'm';
      else continue;
      e.softGender = false;
    }
  }

  /**
   * Is anyone who {@link mayLearnGender} named within a pronoun's reach
   * before token `at` ({@link resolve}'s names: {@link MAX_RUNS} back, in the
   * last {@link MAX_SENTENCES_BACK} sentences)?
   */
  private openInReach(at: number): boolean {
    const { sent } = this.tokens;
    const { runs } = this.names;
    const s0 = sent[at]!;
    const newest = lastRunBefore(this.names, at);
    for (let r = newest; r >= 0 && r > newest - MAX_RUNS; r--) {
      if (s0 - sent[runs[r]!.first]! >= MAX_SENTENCES_BACK) break;
      const id = this.entities.ofRun[r]!;
      if (id >= 0 && mayLearnGender(this.entities.list[id]!)) return true;
    }
    return false;
  }

  /**
   * The entity a pronoun at token `at` refers to, or -1. `gender` is `m` or
   * `f` for he/she, `plural` for they and it (organisations and groups).
   * `lastSpeaker` is the entity that spoke most recently, or -1. `speakers`
   * is 1 for each entity that has spoken so far (null: none has).
   */
  resolve(at: number, gender: 'm' | 'f' | 'plural', lastSpeaker: number, speakers: Uint8Array | null, lastSpokeAt = -1): number {
    const s0 = this.tokens.sent[at]!;
    const { score, scoredIn, scored } = this;
    const { sent } = this.tokens;
    const { runs } = this.names;
    const { ofRun } = this.entities;
    const call = ++this.call;
    let count = 0;
    // someone else introduced as a subject since the last speaker spoke: the story has moved on
    let movedOn = false;
    const spokeIn = lastSpokeAt >= 0 ? this.tokens.sent[lastSpokeAt]! : s0;
    // the names before the pronoun, nearest first: at most MAX_SENTENCES_BACK sentences and MAX_RUNS names
    const newest = lastRunBefore(this.names, at);
    for (let r = newest; r >= 0 && r > newest - MAX_RUNS; r--) {
      const sentence = sent[runs[r]!.first]!;
      const back = s0 - sentence;
      if (back >= MAX_SENTENCES_BACK) break;
      const id = ofRun[r]!;
      if (id < 0) continue;
      const weight = this.weight(id, gender);
      if (weight === 0) continue;
      const st = this.standingOf(r);
      if ((st & Standing.Adjective) !== 0) continue;
      let w = RECENCY[back]! * weight;
      if ((st & Standing.Subject) !== 0) {
        w *= 2;
        if (id !== lastSpeaker && sentence > spokeIn && weight >= 0.7) movedOn = true;
      }
      if ((st & Standing.Minor) !== 0) w *= 0.5;
      if (scoredIn[id] !== call) {
        scoredIn[id] = call;
        scored[count++] = id;
        score[id] = 0;
      }
      score[id] = score[id]! + w;
    }
    // the people the article is about: a small prior for how often they are named, and for having spoken
    for (let k = 0; k < count; k++) {
      const id = scored[k]!;
      const prior = FREQUENCY_PRIOR * Math.min(this.entities.list[id]!.runs.length, 10) + (speakers !== null && speakers[id] === 1 ? SPEAKER_PRIOR : 0);
      score[id] = score[id]! + prior * this.weight(id, gender);
    }
    const lastWeight = lastSpeaker >= 0 ? this.weight(lastSpeaker, gender) : 0;
    if (lastWeight > 0) {
      if (scoredIn[lastSpeaker] !== call) {
        scoredIn[lastSpeaker] = call;
        scored[count++] = lastSpeaker;
        score[lastSpeaker] = 0;
      }
      score[lastSpeaker] = score[lastSpeaker]! + (movedOn ? MOVED_ON : 1) * LAST_SPEAKER_BONUS * Math.max(lastWeight, 0.5);
    }
    let best = -1;
    let bestScore = 0;
    for (let k = 0; k < count; k++) {
      const id = scored[k]!;
      const v = score[id]!;
      if (v > bestScore) {
        best = id;
        bestScore = v;
      }
    }
    return best >= 0 || gender === 'plural' ? best : this.topic(at, gender);
  }

  /**
   * Nobody fits in the last sentences: the person the article is about (named
   * most often before the pronoun), if their gender fits. An obituary says
   * “she” for paragraphs on end.
   */
  private topic(at: number, gender: 'm' | 'f'): number {
    // the most-named people first; only the first few are worth a look
    this.byMentions ??= this.entities.list.filter((e) => e.runs.length >= TOPIC_MENTIONS).sort((a, b) => b.runs.length - a.runs.length).slice(0, 40);
    for (const e of this.byMentions) {
      if (e.kind !== 'person' || e.gender !== gender) continue;
      if (this.names.runs[e.runs[0]!]!.first >= at) continue;
      return e.id;
    }
    return -1;
  }

  /** People named three times or more, most-named first (built on first use). */
  private byMentions: Entity[] | null = null;

  /** How well an entity fits the pronoun: 0 when it cannot be meant. */
  private weight(id: number, gender: 'm' | 'f' | 'plural'): number {
    const e = this.entities.list[id]!;
    if (gender === 'plural') return e.kind === 'organization' && !e.place ? 1 : 0;
    if (e.kind === 'organization') return 0;
    // (a gender guessed from a lone word that may be a surname only makes the other pronoun unlikely)
    if (e.gender !== null && e.gender !== gender) return e.softGender === true && e.kind === 'person' ? 0.25 : 0;
    // a known person of that gender first; a proper name of unknown kind (a town, a firm) last
    // a proper name given in full (Shonda Rhimes) is most likely a person; a lone word (Northgate) often is not
    if (e.kind !== 'person') return e.gender !== null ? 0.6 : e.words.length >= 2 ? 0.55 : 0.25;
    return e.gender === null ? 0.7 : 1;
  }
}
