/**
 * The attributions of a text's quotes as one table of numbers: a row per
 * quote, in the scanner's order, read through methods by index. The
 * resolver writes a row for each quote it attributes (the others stay
 * unattributed); assemble reads the rows into the public quotes. A text of a
 * hundred thousand quotes then keeps one array of 24 bytes a quote, not an
 * object per quote (and none while no quote is attributed). The array is
 * scratch ({@link scratchInt32}): a table lives until the call that made it
 * hands its scratch back.
 * @internal
 * @module
 */

import type { AttributionRule } from '../types.js';
import { scratchInt32 } from '../text/scratch.js';
import type { MentionKind } from './mentions.js';

/** Offsets of the cells in a row. */
const enum Cell {
  /** The speaker: an entity id, -1 for none, or -2 - i for the i-th nominal source. */
  Speaker = 0,
  /** The first and last token of the mention that names the speaker, and of the cue (-1 for none). */
  MentionFirst = 1,
  MentionLast = 2,
  CueFirst = 3,
  CueLast = 4,
  /**
   * The mention's kind (bits 0-7), the rule's number in {@link RULES} (8-15)
   * and the confidence in hundredths (16-23), complemented (`~`): the -1 of a
   * fresh row reads as no kind, rule `none`, confidence 0.
   */
  Packed = 5,
}

/** Cells per row. */
const ROW = 6;

/** The row every quote of a table reads while none is written: no speaker, no tokens, unattributed (never written itself). */
const UNWRITTEN: Int32Array = new Int32Array(ROW).fill(-1);

/** The rules by number; the last one, a stage direction, reads as `none`. */
const RULES: readonly AttributionRule[] = ['none', 'nested', 'trailing-cue', 'leading-cue', 'according-to', 'speaker-label', 'split-quote', 'same-paragraph', 'paragraph-continuation', 'multi-paragraph', 'none'];
const STAGE_NOTE = RULES.length - 1;
/** The number of `rule` in {@link RULES} (a switch over the literals: a keyed lookup by the string costs more). */
function ruleNumber(rule: AttributionRule): number {
  switch (rule) {
    case 'none':
      return 0;
    case 'nested':
      return 1;
    case 'trailing-cue':
      return 2;
    case 'leading-cue':
      return 3;
    case 'according-to':
      return 4;
    case 'speaker-label':
      return 5;
    case 'split-quote':
      return 6;
    case 'same-paragraph':
      return 7;
    case 'paragraph-continuation':
      return 8;
    case 'multi-paragraph':
      return 9;
  }
}

/** Who a quote is attributed to: an entity, or a nominal source named only by its description. @internal */
export interface SpeakerRef {
  /** Entity id, or -1 for a nominal source. */
  entity: number;
  /** For a nominal source (entity -1): its description. */
  nominal: string | null;
}

/** Character offsets of a transcript label inside a quote. @internal */
export interface OffsetSpan {
  start: number;
  end: number;
}

/**
 * The attribution of one quote as the resolver finds it, before it is
 * written to the table.
 * @internal
 */
export interface QuoteAttribution {
  speaker: SpeakerRef | null;
  /** The kind of the mention that names the speaker (0 for none), and its first and last token (-1 for none). */
  mentionKind: MentionKind | 0;
  mentionFirst: number;
  mentionLast: number;
  /** The cue's first and last token (-1 for none), or a single punctuation token for “Reyes: “…””. */
  cueFirst: number;
  cueLast: number;
  /** For a transcript label inside the quote: the label's offsets (the mention) and the colon's (the cue). */
  labelSpan?: OffsetSpan;
  cueSpan?: OffsetSpan;
  rule: AttributionRule;
  /** In hundredths (85 for 0.85). */
  confidence: number;
}

/**
 * The attributions of all quotes (row `q` for the scanner's quote `q`); a
 * quote without a row written is unattributed (rule `none`).
 * @internal
 */
export class AttributionTable {
  /**
   * The rows, every cell -1 until written (no speaker, no tokens, and
   * unattributed); made on the first write. Until then every quote reads
   * the one row of {@link UNWRITTEN} (a {@link stride} of 0): a text whose
   * quotes nobody speaks (“a”a”a…) costs no table, and a read takes no
   * test whether there is one (assemble reads ten cells a quote).
   */
  private cells: Int32Array = UNWRITTEN;
  /** Cells from one quote's row to the next: {@link ROW}, or 0 while no row is written. */
  private stride = 0;
  /** The descriptions of nominal sources, by the index in their rows. */
  private readonly nominals: string[] = [];
  /** The label and colon offsets of the rows of transcript labels (few; made on the first: most texts have none, and a map costs more to make than a short article's rows). */
  private labels: Map<number, { label: OffsetSpan; cue: OffsetSpan }> | null = null;

  constructor(readonly count: number) {}

  /** The rows, for writing (made on the first write). */
  private rows(): Int32Array {
    if (this.stride === 0) {
      this.cells = scratchInt32(this.count * ROW, -1);
      this.stride = ROW;
    }
    return this.cells;
  }

  /** Cell `c` of quote `q`'s row. */
  private cell(q: number, c: Cell): number {
    return this.cells[q * this.stride + c]!;
  }

  /** Writes `a` as the attribution of quote `q`. */
  set(q: number, a: QuoteAttribution): void {
    this.write(q, a.speaker, a.mentionKind, a.mentionFirst, a.mentionLast, a.cueFirst, a.cueLast, a.rule, a.confidence);
    if (a.labelSpan !== undefined && a.cueSpan !== undefined) (this.labels ??= new Map()).set(q, { label: a.labelSpan, cue: a.cueSpan });
  }

  /**
   * Writes the attribution of quote `q` from its parts, with no transcript
   * label ({@link set} without a {@link QuoteAttribution} made for it: the
   * resolver writes most rows straight from what it found).
   */
  write(q: number, speaker: SpeakerRef | null, mentionKind: MentionKind | 0, mentionFirst: number, mentionLast: number, cueFirst: number, cueLast: number, rule: AttributionRule, confidence: number): void {
    const cells = this.rows();
    const row = q * ROW;
    if (speaker === null) cells[row + Cell.Speaker] = -1;
    else if (speaker.entity >= 0) cells[row + Cell.Speaker] = speaker.entity;
    else cells[row + Cell.Speaker] = -2 - (this.nominals.push(speaker.nominal!) - 1);
    cells[row + Cell.MentionFirst] = mentionFirst;
    cells[row + Cell.MentionLast] = mentionLast;
    cells[row + Cell.CueFirst] = cueFirst;
    cells[row + Cell.CueLast] = cueLast;
    cells[row + Cell.Packed] = ~(mentionKind | (ruleNumber(rule) << 8) | (confidence << 16));
    if (this.labels !== null) this.labels.delete(q);
  }

  /** Marks quote `q` a stage direction: no speaker, rule `none`, and none inherited from its other parts. */
  setStageNote(q: number): void {
    const row = q * ROW;
    const cells = this.rows();
    cells.fill(-1, row, row + Cell.Packed);
    cells[row + Cell.Packed] = ~(STAGE_NOTE << 8);
  }

  /** Quote `to` takes the speaker, mention and cue of quote `from`, by `rule`, with at most `confidence` (in hundredths). */
  inherit(to: number, from: number, rule: AttributionRule, confidence: number): void {
    const cells = this.rows();
    cells.copyWithin(to * ROW, from * ROW, from * ROW + Cell.Packed);
    const packed = ~cells[from * ROW + Cell.Packed]!;
    cells[to * ROW + Cell.Packed] = ~((packed & 0xff) | (ruleNumber(rule) << 8) | (Math.min(packed >>> 16, confidence) << 16));
    if (this.labels !== null) this.labels.delete(to);
  }

  /** Whether quote `q` has a speaker. */
  hasSpeaker(q: number): boolean {
    return this.cell(q, Cell.Speaker) !== -1;
  }

  /** The entity that speaks quote `q`, or -1 (none, or a nominal source). */
  entity(q: number): number {
    const s = this.cell(q, Cell.Speaker);
    return s >= 0 ? s : -1;
  }

  /** The description of the nominal source that speaks quote `q`, or null. */
  nominal(q: number): string | null {
    const s = this.cell(q, Cell.Speaker);
    return s <= -2 ? this.nominals[-2 - s]! : null;
  }

  /** The kind of the mention that names the speaker of quote `q` (0 for none). */
  mentionKind(q: number): MentionKind | 0 {
    return (~this.cell(q, Cell.Packed) & 0xff) as MentionKind | 0;
  }

  /** The first token of the mention of quote `q`'s speaker, or -1. */
  mentionFirst(q: number): number {
    return this.cell(q, Cell.MentionFirst);
  }

  /** The last token of the mention of quote `q`'s speaker, or -1. */
  mentionLast(q: number): number {
    return this.cell(q, Cell.MentionLast);
  }

  /** The first token of quote `q`'s cue, or -1. */
  cueFirst(q: number): number {
    return this.cell(q, Cell.CueFirst);
  }

  /** The last token of quote `q`'s cue, or -1. */
  cueLast(q: number): number {
    return this.cell(q, Cell.CueLast);
  }

  /** The rule that attributed quote `q`. */
  rule(q: number): AttributionRule {
    return RULES[(~this.cell(q, Cell.Packed) >>> 8) & 0xff]!;
  }

  /** Whether quote `q` is a stage direction ({@link setStageNote}). */
  isStageNote(q: number): boolean {
    return ((~this.cell(q, Cell.Packed) >>> 8) & 0xff) === STAGE_NOTE;
  }

  /** The confidence of quote `q`'s attribution, in hundredths. */
  confidence(q: number): number {
    return ~this.cell(q, Cell.Packed) >>> 16;
  }

  /** For a transcript label inside quote `q`: the label's offsets and the colon's; else undefined. */
  label(q: number): { label: OffsetSpan; cue: OffsetSpan } | undefined {
    return this.labels === null ? undefined : this.labels.get(q);
  }
}
