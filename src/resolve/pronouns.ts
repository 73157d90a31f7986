/**
 * He, she and they: the person (or organisation) meant. Looks back sentence
 * by sentence; in each sentence the first compatible name wins (subjects come
 * first in English), names in the pronoun's own sentence before it first.
 * Only names outside quotes count, so a name that only appears inside a
 * quote never becomes a speaker.
 * @internal
 * @module
 */

import type { Tokens } from '../text/tokenize.js';
import type { Entities } from './entities.js';
import type { Names } from './names.js';

/** How far back a pronoun looks, in sentences. */
const MAX_SENTENCES_BACK = 6;

/** Resolves pronouns to entities. */
export class PronounResolver {
  /** Name runs of each sentence, in order. */
  private readonly bySentence: number[][];

  constructor(
    private readonly tokens: Tokens,
    private readonly names: Names,
    private readonly entities: Entities,
  ) {
    this.bySentence = Array.from({ length: tokens.sentStart.length }, () => [] as number[]);
    names.runs.forEach((run, r) => {
      const s = tokens.sent[run.first]!;
      this.bySentence[s]!.push(r);
    });
  }

  /**
   * The entity a pronoun at token `at` refers to, or -1.
   * `gender` is `m` or `f` for he/she, `plural` for they.
   * `prefer` is an entity that has just spoken (taken when compatible and
   * named in the sentences searched).
   */
  resolve(at: number, gender: 'm' | 'f' | 'plural'): number {
    const s0 = this.tokens.sent[at]!;
    for (let s = s0; s >= 0 && s > s0 - MAX_SENTENCES_BACK; s--) {
      const runs = this.bySentence[s]!;
      let fallback = -1;
      for (const r of runs) {
        const run = this.names.runs[r]!;
        if (s === s0 && run.first >= at) break;
        const id = this.entities.ofRun[r]!;
        if (id < 0) continue;
        const e = this.entities.list[id]!;
        if (gender === 'plural') {
          if (e.kind === 'organization') return id;
          continue;
        }
        if (e.kind === 'organization') continue;
        if (e.gender !== null && e.gender !== gender) continue;
        if (run.possessive) {
          if (fallback < 0) fallback = id;
          continue;
        }
        return id;
      }
      if (fallback >= 0) return fallback;
    }
    return -1;
  }
}
