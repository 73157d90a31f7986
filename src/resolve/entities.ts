/**
 * One entity per person or organisation: every mention of Antony Blinken
 * (Antony Blinken, Blinken, Secretary Blinken, Mr. Blinken) joins one entity
 * named by the fullest form; two people who share a surname stay apart and a
 * bare surname goes to the one named most recently.
 * @internal
 * @module
 */

import type { Gender } from '../lexicon/titles.js';
import { RunKind, isBareName, isFirstName, isPunct, type NameRun, type Names } from './names.js';
import { scratchInt32 } from '../text/scratch.js';
import { HASH_SEED, hashStep, mix } from '../text/word-hash.js';
import { groupIndexes } from '../text/group-indexes.js';
import { type Tokens } from '../text/tokenize.js';
import { isTheWord, knownWord } from '../text/word-classes.js';

/** What an entity is. */
export type EntityKind = 'person' | 'organization' | 'proper';

/** A person or organisation the article names. */
export interface Entity {
  id: number;
  kind: EntityKind;
  /** Canonical name: the fullest form. */
  name: string;
  /** Lower-case words of the canonical name. */
  words: string[];
  gender: Gender | null;
  /** Run indexes of the mentions, in order. */
  runs: number[];
  /** Titles seen with the name. */
  titles: string[];
  /** Lower-case title and role words seen with the name (senator, coach, spokeswoman), for “the senator said”. */
  roles: Set<string>;
  /** Every mention is a place name (a place speaks only by metonymy, and is never “it”). */
  place: boolean;
  /** Taken for a person only because the proper name spoke (“Lumenfold said”). */
  guessed?: boolean;
  /**
   * The gender comes only from a lone word the first-name lists know, never
   * given with a surname or an honorific (“Christie said”): news calls people
   * by surname, and Christie, Kelly or Shannon may well be one.
   */
  softGender?: boolean;
}

/**
 * An {@link Entity} as {@link buildEntities} makes it: its runs are listed
 * once every run has its entity, at their full length; its roles are made
 * when first asked for (few entities are ever asked for them).
 */
class FoundEntity implements Entity {
  runs!: number[];
  titles: string[] = [];
  guessed = false;
  private roleSet: Set<string> | null = null;

  constructor(
    readonly id: number,
    public kind: EntityKind,
    public name: string,
    public words: string[],
    public gender: Gender | null,
    public place: boolean,
    public softGender: boolean,
  ) {}

  get roles(): Set<string> {
    return (this.roleSet ??= new Set());
  }
}

/** Entities and the entity of each name run. */
export interface Entities {
  list: Entity[];
  /** Entity id of each run, or -1 (bare titles, facilities). */
  ofRun: Int32Array;
}

const PERSONISH = (k: RunKind): boolean => k === RunKind.Person || k === RunKind.Proper;

/** Corporate suffixes left out when matching organisation names. */
const CORPORATE_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'lp', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'spa', 'ab', 'as', 'oy']);

/** The length of the longest of {@link CORPORATE_SUFFIXES}. */
const LONGEST_SUFFIX = Math.max(...[...CORPORATE_SUFFIXES].map((w) => w.length));

/** A bare surname goes to the person named within this many names before it. */
const RECENT_RUNS = 6;

/** How many same-word candidates a single name is weighed against (most recent first). */
const MAX_CANDIDATES = 8;

/**
 * Groups the name runs into entities.
 * @internal
 */
export function buildEntities(names: Names, tokens: Tokens): Entities {
  const { runs } = names;
  const ofRun = scratchInt32(runs.length, -1);
  const list: Entity[] = [];
  const bySurname = new Map<string, SurnameGroup>();
  const byKey = new OrganizationKeys(runs.length);
  const byInitials = new Map<string, number>();
  // (an entity's runs are those ofRun gives it, listed at the end: while they are found, how many it has and its first,
  // the run it was made for; there are never more entities than runs)
  const runCount = scratchInt32(runs.length, 0);
  const firstRun = scratchInt32(runs.length, 0);

  const newEntity = (run: NameRun, r: number, kind: EntityKind): number => {
    const id = list.length;
    // (an organisation has no gender, whatever a name read as a person's suggested: “Harrow Mills” of Harrow Mills Ltd.)
    const gender = kind === 'organization' ? null : run.gender;
    const soft = gender !== null && isBareName(run);
    list.push(new FoundEntity(id, kind, run.name, run.words, gender, run.kind === RunKind.Place, soft));
    ofRun[r] = id;
    runCount[id] = 1;
    firstRun[id] = r;
    return id;
  };
  const join = (id: number, run: NameRun, r: number): void => {
    const e = list[id]!;
    runCount[id]!++;
    ofRun[r] = id;
    if (run.words.length > e.words.length || (run.words.length === e.words.length && run.name.length > e.name.length)) {
      e.name = run.name;
      e.words = run.words;
    }
    if (run.kind !== RunKind.Place) e.place = false;
    // (a company stays one, with no gender, when its name without the suffix reads as a person's)
    if (e.kind === 'organization') return;
    // (a bare surname says nothing of gender even when it is also a first name: “Farah Nadeem” … “Nadeem”)
    const bareSurname = isBareName(run) && e.words.length >= 2 && e.words[e.words.length - 1] === run.words[0];
    const hard = run.gender !== null && !bareSurname && !isBareName(run);
    if (hard && e.softGender === true) {
      e.gender = run.gender;
      e.softGender = false;
    }
    if (e.gender === null && run.gender !== null && !bareSurname) {
      e.gender = run.gender;
      e.softGender = !hard;
    }
    if (run.kind === RunKind.Person && !bareSurname) e.kind = 'person';
  };

  /**
   * The organisation a stock symbol in parentheses right after it belongs to:
   * “Brightwell Foods Inc. (NYSE: BWF)”, “Lumenfold (LMFD)”; else -1.
   */
  const tickerOf = (r: number): number => {
    const run = runs[r]!;
    let k = run.first - 1;
    if (run.last + 1 >= tokens.count || !isPunct(tokens, run.last + 1, ')')) return -1;
    if (k >= 0 && isPunct(tokens, k, ':')) {
      const exchange = names.runOf[k - 1]!;
      if (exchange < 0 || !STOCK_EXCHANGES.has(runs[exchange]!.words.join(' '))) return -1;
      k = runs[exchange]!.first - 1;
    }
    if (k < 1 || !isPunct(tokens, k, '(')) return -1;
    const owner = names.runOf[k - 1]!;
    return owner >= 0 && owner < r && runs[owner]!.kind === RunKind.Organization ? ofRun[owner]! : -1;
  };

  const companies = Companies.of(runs);

  // pass 1: full names (two or more words) and organisations
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    // a company's name without its suffix, read as a person's or a proper name (Harrow Mills of Harrow Mills Ltd.,
    // Apple of Apple Inc.), is that company, wherever in the text the suffix comes
    const company = companies !== null && PERSONISH(run.kind) && companies.has(run.words);
    if (PERSONISH(run.kind) && run.words.length >= 2 && !company) {
      const surname = run.words[run.words.length - 1]!;
      let group = bySurname.get(surname);
      if (group === undefined) {
        group = new SurnameGroup();
        bySurname.set(surname, group);
      }
      const found = group.match(run.words, list);
      if (found >= 0) {
        const words = list[found]!.words;
        join(found, run, r);
        if (list[found]!.words !== words) group.changed(found, list[found]!.words);
      } else group.add(newEntity(run, r, run.kind === RunKind.Person ? 'person' : 'proper'), run.words);
    } else if (company || run.kind === RunKind.Organization || run.kind === RunKind.Place || run.kind === RunKind.Group || run.kind === RunKind.Facility) {
      // one key for Brightwell Foods and Brightwell Foods Inc.
      const hash = keyHash(run.words);
      let existing = byKey.find(run.words, hash);
      if (existing < 0 && run.words.length === 1) existing = byInitials.get(withoutPeriods(run.words[0]!)) ?? tickerOf(r);
      if (existing >= 0) join(existing, run, r);
      else {
        const id = newEntity(run, r, 'organization');
        byKey.add(run.words, hash, id);
        const initials = initialsOf(run.words);
        if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, id);
      }
    }
  }

  // pass 2: single names go to the person of that surname (or first name) named most recently before
  // them, else the first one named after them; otherwise they start an entity of their own.
  // Indexed by word; only the few most recent candidates are weighed, so it stays linear.
  const byWord = new Map<string, number[]>();
  for (const e of list) {
    if (e.kind === 'organization') continue;
    // a single name refers back by surname; by first name (Hillary) or a middle name only for people
    // (a hotel called “Trump SoHo” is not Trump)
    // (family-name-first names, Chen Weiling → Chen, are reached through the first word of a proper name)
    const keys = e.kind === 'person' || (e.words.length > 1 && isFirstName(e.words[0]!)) || (e.kind === 'proper' && e.words.length <= 3) ? e.words : e.words.slice(-1);
    for (const w of keys) {
      const ids = byWord.get(w);
      if (ids === undefined) byWord.set(w, [e.id]);
      else if (ids[ids.length - 1] !== e.id) ids.push(e.id);
    }
  }
  /**
   * For each entity of pass 1, its last run so far in pass 2's sweep: a run pass 1 gave it (noted as the sweep
   * passes it) or one pass 2 joined to it as the one named most recently.
   */
  const pass1Entities = list.length;
  const lastSeen = scratchInt32(pass1Entities, -1);
  /** How often each person has been called by surname alone so far. */
  const surnameRefs = scratchInt32(list.length + runs.length, 0);
  /** Entities of one word that pass 2 starts, by the word. */
  const bySingleWord = new Map<string, number>();
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    // (a run with an entity already is one of pass 1's: pass 2 gives entities to bare titles and single names only)
    const own = ofRun[r]!;
    if (own >= 0) {
      lastSeen[own] = r;
      continue;
    }
    // a lone title word that is also someone's surname (“Dean, a medical doctor, …” after Howard Dean)
    if (run.kind === RunKind.Title && run.words.length === 1 && !run.honorific) {
      const ids = byWord.get(run.words[0]!) ?? [];
      // (the earliest of the most recent candidates)
      for (let k = Math.max(0, ids.length - MAX_CANDIDATES); k < ids.length; k++) {
        const e = list[ids[k]!]!;
        if (e.kind === 'person' && e.words[e.words.length - 1] === run.words[0]) {
          join(e.id, run, r);
          break;
        }
      }
      continue;
    }
    if (!PERSONISH(run.kind) || run.words.length !== 1) continue;
    const w = run.words[0]!;
    const candidates = byWord.get(w) ?? [];
    let best = -1;
    let bestBefore = -2;
    let bestAfter = Number.POSITIVE_INFINITY;
    for (let k = candidates.length - 1; k >= 0 && k >= candidates.length - MAX_CANDIDATES; k--) {
      const e = list[candidates[k]!]!;
      if (clash(run, e, w)) continue;
      const before = e.id < pass1Entities ? lastSeen[e.id]! : -1;
      if (before >= 0) {
        if (before > bestBefore) {
          bestBefore = before;
          best = e.id;
        }
      } else if (bestBefore < 0 && firstRun[e.id]! < bestAfter) {
        bestAfter = firstRun[e.id]!;
        best = e.id;
      }
    }
    // a person of that surname over a proper name that only starts with the word (Trump over “Trump Train”)
    if (best >= 0 && list[best]!.kind === 'proper' && w !== list[best]!.words[list[best]!.words.length - 1]) {
      for (let k = candidates.length - 1; k >= 0 && k >= candidates.length - MAX_CANDIDATES; k--) {
        const e = list[candidates[k]!]!;
        if (e.kind === 'person' && e.words[e.words.length - 1] === w && !clash(run, e, w)) {
          best = e.id;
          break;
        }
      }
    }
    // two people of one surname: a bare surname (Mr. Trump) means the one the article calls by surname,
    // not the one it calls by first name (Freddy)
    if (best >= 0 && surnameRefs[best] === 0 && w === list[best]!.words[list[best]!.words.length - 1]) {
      for (let k = candidates.length - 1; k >= 0 && k >= candidates.length - MAX_CANDIDATES; k--) {
        const e = list[candidates[k]!]!;
        if (e.id !== best && surnameRefs[e.id]! > 0 && e.words[e.words.length - 1] === w && !clash(run, e, w)) best = e.id;
      }
    }
    // several people of that name and none named just before: the one the article is about
    if (best >= 0 && bestBefore >= 0 && r - bestBefore > RECENT_RUNS) {
      for (let k = candidates.length - 1; k >= 0 && k >= candidates.length - MAX_CANDIDATES; k--) {
        const e = list[candidates[k]!]!;
        if (clash(run, e, w)) continue;
        if (runCount[e.id]! > runCount[best]! + 1) best = e.id;
      }
    }
    // “the elder Brandl”, “the younger Haverty”: the one introduced first, or last
    const age = candidates.length > 0 ? ageBefore(tokens, run.first) : null;
    if (age !== null) {
      let pick = -1;
      for (const id of candidates.slice(-MAX_CANDIDATES)) {
        const e = list[id]!;
        if (e.words.length < 2 || e.words[e.words.length - 1] !== w) continue;
        if (pick < 0 || (age === 'first' ? firstRun[id]! < firstRun[pick]! : firstRun[id]! > firstRun[pick]!)) pick = id;
      }
      if (pick >= 0) best = pick;
    }
    if (best >= 0) {
      if (w === list[best]!.words[list[best]!.words.length - 1]) surnameRefs[best]!++;
      join(best, run, r);
      if (best < pass1Entities) lastSeen[best] = r;
    } else {
      const existing = bySingleWord.get(w);
      if (existing !== undefined) join(existing, run, r);
      else bySingleWord.set(w, newEntity(run, r, run.kind === RunKind.Person ? 'person' : 'proper'));
    }
  }
  const runsOf = groupIndexes(ofRun, runCount, list.length);
  for (let id = 0; id < list.length; id++) list[id]!.runs = runsOf[id]!;
  return { list, ofRun };
}

/** How many entities of one surname make {@link SurnameGroup} remember its answers. */
const REMEMBERED_GROUP = 8;

/**
 * An answer {@link SurnameGroup} remembers: the entity, and how many of the
 * group's entities it weighed (those added later are weighed when asked
 * again); good while no entity took new words since (`words`).
 */
interface Answer {
  id: number;
  weighed: number;
  words: number;
}

/**
 * The entities of pass 1's full names that end in one surname, and which
 * of them each array of words met joins: the most recent one whose words
 * are {@link compatible}. An article repeats its full names, and runs of
 * the same text share one array of words, so each array's answer is
 * remembered and only the entities added since are weighed again; and the
 * {@link nameBits} of each entity's words pass over most of those that
 * cannot be compatible without comparing their words (a long text has
 * dozens of people of one surname).
 */
class SurnameGroup {
  private readonly ids: number[] = [];
  /** The {@link nameBits} of the words of each entity of {@link ids}, in the same order (made with {@link answers}). */
  private bits: number[] | null = null;
  /** How many times one of the entities took new words (which makes every answer stale). */
  private wordChanges = 0;
  /** (made once the group is large enough to remember) */
  private answers: Map<readonly string[], Answer> | null = null;

  /** The entity the full name `words` joins, or -1. */
  match(words: string[], list: readonly Entity[]): number {
    // (a few entities are looked through faster than remembered)
    if (this.ids.length >= REMEMBERED_GROUP && this.answers === null) {
      this.answers = new Map();
      this.bits = this.ids.map((id) => nameBits(list[id]!.words));
    }
    const known = this.answers?.get(words);
    const fresh = known !== undefined && known.words === this.wordChanges;
    // (the most recent compatible entity: one added since the answer, else the answer)
    const floor = fresh ? known.weighed : 0;
    let found = -1;
    const all = this.bits;
    const bits = all !== null && floor < this.ids.length ? nameBits(words) : 0;
    for (let k = this.ids.length - 1; k >= floor && found < 0; k--) {
      const id = this.ids[k]!;
      if ((all === null || mayBeCompatible(list[id]!.words, all[k]!, words, bits)) && compatible(list[id]!.words, words)) found = id;
    }
    if (fresh && found < 0) found = known.id;
    if (known !== undefined) {
      known.id = found;
      known.weighed = this.ids.length;
      known.words = this.wordChanges;
    } else this.answers?.set(words, { id: found, weighed: this.ids.length, words: this.wordChanges });
    return found;
  }

  /** Adds entity `id`, the most recent, named by `words`. */
  add(id: number, words: readonly string[]): void {
    this.ids.push(id);
    this.bits?.push(nameBits(words));
  }

  /** Entity `id` of the group took the new words `words`: the answers may differ now. */
  changed(id: number, words: readonly string[]): void {
    if (this.bits !== null) this.bits[this.ids.lastIndexOf(id)] = nameBits(words);
    this.wordChanges++;
  }
}

/** The bit of {@link nameBits} that says the first word is an initial (J., J). */
const INITIAL_BIT = 1 << 31;

/**
 * What {@link compatible} can tell of a full name at a glance: for each word
 * a bit (one of 31, from its length and its first and last letters), and
 * {@link INITIAL_BIT} when the first word is an initial.
 */
function nameBits(words: readonly string[]): number {
  let bits = firstLength(words[0]!) === 1 ? INITIAL_BIT : 0;
  for (const w of words) bits |= 1 << ((w.length * 7 + w.charCodeAt(0) * 3 + w.charCodeAt(w.length - 1)) % 31);
  return bits;
}

/**
 * May the names `a` and `b`, of {@link nameBits} `bitsA` and `bitsB`, be
 * {@link compatible}? False only when they are not: a word of the shorter
 * name that the longer lacks leaves a bit the longer has not, unless the
 * first names may agree up to an initial.
 */
function mayBeCompatible(a: readonly string[], bitsA: number, b: readonly string[], bitsB: number): boolean {
  if (((bitsA | bitsB) & INITIAL_BIT) !== 0) return true;
  return a.length <= b.length ? (bitsA & ~bitsB) === 0 : (bitsB & ~bitsA) === 0;
}

/**
 * The genders of a lone name `w` and an entity disagree. A lone word's gender
 * comes from the first-name lists, which say nothing when the word is the
 * entity's surname (“Warren” for Elizabeth Warren).
 */
function clash(run: NameRun, e: Entity, w: string): boolean {
  if (run.gender === null || e.gender === null || run.gender === e.gender) return false;
  return !(isBareName(run) && e.words.length >= 2 && e.words[e.words.length - 1] === w);
}

const ELDER = knownWord('elder');
const OLDER = knownWord('older');
const YOUNGER = knownWord('younger');

/** `first` after “elder” or “older” (the word before token `t`), `last` after “younger”, else null. */
function ageBefore(tokens: Tokens, t: number): 'first' | 'last' | null {
  // (by the words' hashes first: no lower-case word is looked up for the other tokens)
  if (t === 0) return null;
  return isTheWord(tokens, t - 1, ELDER) || isTheWord(tokens, t - 1, OLDER) ? 'first' : isTheWord(tokens, t - 1, YOUNGER) ? 'last' : null;
}

/** Stock exchanges named before a symbol: (NYSE: BWF), (Nasdaq: LMFD). */
const STOCK_EXCHANGES: ReadonlySet<string> = new Set(['nyse', 'nasdaq', 'amex', 'lse', 'tsx', 'asx', 'otc', 'euronext', 'hkex', 'sgx', 'nse', 'bse', 'jse', 'six', 'xetra', 'ftse', 'nyse american']);

/**
 * Organisations by the key their names share (Brightwell Foods, Brightwell
 * Foods Inc.): the words without “the” and corporate suffixes ({@link isKeyWord}).
 * The keys are compared word by word, never joined into strings: an
 * open-addressing table over a hash of the key's characters, in scratch
 * arrays, each entry confirmed on the words it was made from.
 */
class OrganizationKeys {
  /** For each table slot, 1 + the organisation filed there, or 0. */
  private readonly ids: Int32Array;
  /** For each table slot, the hash of its key. */
  private readonly hashes: Int32Array;
  /** For each table slot, the words its key was made from (an entity's own words may grow after). */
  private readonly words: (readonly string[] | undefined)[];

  /** `names` bounds how many keys are added. */
  constructor(names: number) {
    let capacity = 16;
    while (capacity < names * 2) capacity <<= 1;
    this.ids = scratchInt32(capacity, 0);
    this.hashes = scratchInt32(capacity, 0);
    this.words = new Array<readonly string[] | undefined>(capacity);
  }

  /** The organisation of the key of `words` (of {@link keyHash} `hash`), or -1. */
  find(words: readonly string[], hash: number): number {
    const { ids, hashes } = this;
    const mask = ids.length - 1;
    for (let i = mix(hash) & mask; ids[i] !== 0; i = (i + 1) & mask) {
      if (hashes[i] === hash && sameKey(this.words[i]!, words)) return ids[i]! - 1;
    }
    return -1;
  }

  /** Files organisation `id` under the key of `words` (of {@link keyHash} `hash`), which {@link find} does not know. */
  add(words: readonly string[], hash: number, id: number): void {
    const { ids } = this;
    const mask = ids.length - 1;
    let i = mix(hash) & mask;
    while (ids[i] !== 0) i = (i + 1) & mask;
    ids[i] = id + 1;
    this.hashes[i] = hash;
    this.words[i] = words;
  }
}

/** The hash of the organisation key of `words` ({@link OrganizationKeys}): each key word's characters, and a space after it. */
function keyHash(words: readonly string[]): number {
  let h = HASH_SEED;
  for (const w of words) {
    if (!isKeyWord(w)) continue;
    for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
    h = hashStep(h, 0x20);
  }
  return h;
}

/** Do `a` and `b` have one key: the same words, “the” and corporate suffixes left out? */
function sameKey(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !isKeyWord(a[i]!)) i++;
    while (j < b.length && !isKeyWord(b[j]!)) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a[i++] !== b[j++]) return false;
  }
}

/**
 * The organisations named with a corporate suffix (Harrow Mills Ltd., Apple
 * Inc.), by their keys: does a name read as a person's or a proper name have
 * the key of one of them?
 */
class Companies {
  private readonly keys: OrganizationKeys;
  /** The first word of each key: most names are refused on it, before any key is hashed. */
  private readonly firstWords = new Set<string>();

  /** The companies among `runs`; null when there is none, as in most texts. */
  static of(runs: readonly NameRun[]): Companies | null {
    let companies: Companies | null = null;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      if (run.kind === RunKind.Organization && hasCorporateSuffix(run.words)) (companies ??= new Companies(runs.length)).add(run.words, r);
    }
    return companies;
  }

  private constructor(runs: number) {
    this.keys = new OrganizationKeys(runs);
  }

  private add(words: readonly string[], r: number): void {
    const hash = keyHash(words);
    if (this.keys.find(words, hash) >= 0) return;
    this.keys.add(words, hash, r);
    this.firstWords.add(words.find(isKeyWord)!);
  }

  /** Is `words` the key of a company? */
  has(words: readonly string[]): boolean {
    return this.firstWords.has(words[0]!) && this.keys.find(words, keyHash(words)) >= 0;
  }
}

/** Has an organisation's name a corporate suffix (and a word besides)? */
function hasCorporateSuffix(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  let suffix = false;
  let other = false;
  for (const w of words) {
    if (isKeyWord(w)) other = true;
    else if (w !== 'the') suffix = true;
  }
  return suffix && other;
}

/** A word of an organisation's key: not “the” or a corporate suffix. */
function isKeyWord(w: string): boolean {
  // (most words are longer than any suffix and its period: no slice, no lookup)
  return w.length > LONGEST_SUFFIX + 1 || (w !== 'the' && !CORPORATE_SUFFIXES.has(w.endsWith('.') ? w.slice(0, -1) : w));
}

/** `w` without its periods (U.S. → US). */
function withoutPeriods(w: string): string {
  return w.includes('.') ? w.replace(/\./gu, '') : w;
}

/**
 * Two full names of one person: one's words contain the other's (Hillary
 * Clinton / Hillary Rodham Clinton), or the first names agree up to an
 * initial (J. Smith / John Smith).
 */
function compatible(a: string[], b: string[]): boolean {
  const small = a.length <= b.length ? a : b;
  const big = small === a ? b : a;
  // (each word of the shorter name matches its own word of the longer: “Reyes Reyes” is not “Dana Reyes”)
  // (the words of the longer name already used, as bits while there are few, as is the rule)
  let usedBits = 0;
  const used = big.length > 30 ? new Array<boolean>(big.length).fill(false) : null;
  let contained = true;
  for (const w of small) {
    let found = false;
    for (let i = 0; i < big.length; i++) {
      if (big[i] !== w) continue;
      if (used !== null ? used[i] : (usedBits & (1 << i)) !== 0) continue;
      if (used !== null) used[i] = true;
      else usedBits |= 1 << i;
      found = true;
      break;
    }
    if (!found) {
      contained = false;
      break;
    }
  }
  if (contained) return true;
  // the first names without a final period: agreeing up to an initial (J. / John)
  const la = firstLength(a[0]!);
  const lb = firstLength(b[0]!);
  if (la === 1 || lb === 1) return (la > 0 ? a[0]![0] : undefined) === (lb > 0 ? b[0]![0] : undefined);
  return false;
}

/** The length of `w` without one final period. */
function firstLength(w: string): number {
  return w.endsWith('.') ? w.length - 1 : w.length;
}

/** Initials of an organisation's significant words: federal bureau of investigation → fbi. */
function initialsOf(words: readonly string[]): string {
  if (words.length < 2) return '';
  let out = '';
  for (const w of words) if (w !== 'of' && w !== 'and' && w !== 'the' && w !== 'for' && w !== '&') out += w[0] ?? '';
  return out;
}
