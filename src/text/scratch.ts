/**
 * Scratch typed arrays reused from one call to the next. A typed array of
 * more than a few dozen bytes is allocated outside the JS heap, which costs
 * as much as reading a short paragraph; an article needs a dozen of them.
 * The stages take their per-token and per-quote arrays here and the
 * pipeline hands them all back when the call is done ({@link releaseScratch}),
 * so nothing taken here may reach the result. Small arrays are laid one
 * after another into one kept buffer, the arena (64 KB), which a release
 * empties at once; larger ones take buffers of their own. Buffers above
 * 512 KB are not kept, nor more than 4 MB in all, so a one-off huge text
 * does not stay in memory. (Calls are synchronous: one call's arrays are
 * all handed back before the next call takes any.)
 * @internal
 * @module
 */

/** Kept buffers are powers of two from 1 KB (2^10 bytes) to 512 KB (2^19). */
const MIN_CLASS = 10;
const MAX_CLASS = 19;
/**
 * How many bytes of free buffers are kept at most, and how many buffers (a
 * news article takes about 30: room to spare, so that a stage taking one
 * more does not make the last ones taken new on every call).
 */
const MAX_KEPT_TOTAL = 1 << 22;
const MAX_KEPT = 64;

/** Free buffers by size class: `free[c]` holds buffers of 2^c bytes. */
const free: ArrayBuffer[][] = Array.from({ length: MAX_CLASS + 1 }, () => []);
let freeCount = 0;
let freeBytes = 0;
/** Buffers taken since the last {@link releaseScratch}. */
const taken: ArrayBuffer[] = [];

/** The size class of a request: the smallest c ≥ {@link MIN_CLASS} with 2^c ≥ `bytes`. */
function classOf(bytes: number): number {
  return bytes <= 1 << MIN_CLASS ? MIN_CLASS : 32 - Math.clz32(bytes - 1);
}

/**
 * A buffer of at least `bytes` bytes for the current call, with unspecified
 * contents: a kept one of the smallest size class that fits when there is
 * one, else a new one (a power of two, so that it serves the next article
 * too).
 * @internal
 */
export function scratchBuffer(bytes: number): ArrayBuffer {
  const c = classOf(bytes);
  if (c > MAX_CLASS) return new ArrayBuffer(bytes);
  for (let k = c; k <= MAX_CLASS && freeCount > 0; k++) {
    const buffer = free[k]!.pop();
    if (buffer === undefined) continue;
    freeCount--;
    freeBytes -= buffer.byteLength;
    taken.push(buffer);
    return buffer;
  }
  const buffer = new ArrayBuffer(1 << c);
  taken.push(buffer);
  return buffer;
}

/** Bytes of the arena: room for every small array of a news article. */
const ARENA_BYTES = 1 << 16;
/** The arena, and how many of its bytes the current call has taken (from the start). */
const arena = new ArrayBuffer(ARENA_BYTES);
let arenaUsed = 0;

/**
 * Where `bytes` bytes for the current call start in the arena (at a multiple
 * of 8, so that any typed array can view them), or -1 when they do not fit.
 * (Taking from the arena costs an addition, where a buffer of its own costs
 * a search of the free lists and a place in them again on release.)
 */
function arenaTake(bytes: number): number {
  const at = arenaUsed;
  const end = at + ((bytes + 7) & ~7);
  if (end > ARENA_BYTES) return -1;
  arenaUsed = end;
  return at;
}

/** Arrays up to this length are filled by a loop. */
const SHORT_FILL = 32;

/** An `Int32Array` of `length` entries for the current call, with unspecified contents (for arrays written before they are read). @internal */
export function scratchInt32Unfilled(length: number): Int32Array {
  const at = arenaTake(length * 4);
  return at >= 0 ? new Int32Array(arena, at, length) : new Int32Array(scratchBuffer(length * 4), 0, length);
}

/** An `Int32Array` of `length` entries, each set to `value`, for the current call. @internal */
export function scratchInt32(length: number, value: number): Int32Array {
  const view = scratchInt32Unfilled(length);
  // (a loop sets a short array in less time than `fill`, which costs as much as setting a few dozen entries)
  if (length > SHORT_FILL) return view.fill(value);
  for (let i = 0; i < length; i++) view[i] = value;
  return view;
}

/** A `Float64Array` of `length` zeros, for the current call. @internal */
export function scratchFloat64(length: number): Float64Array {
  const at = arenaTake(length * 8);
  const view = at >= 0 ? new Float64Array(arena, at, length) : new Float64Array(scratchBuffer(length * 8), 0, length);
  return view.fill(0);
}

/** A `Uint8Array` of `length` zeros, for the current call. @internal */
export function scratchUint8(length: number): Uint8Array {
  const at = arenaTake(length);
  const view = at >= 0 ? new Uint8Array(arena, at, length) : new Uint8Array(scratchBuffer(length), 0, length);
  return view.fill(0);
}

/**
 * Hands back every buffer taken since the last call, and the arena: call it
 * when nothing reads the arrays any more (the end of the pipeline).
 * @internal
 */
export function releaseScratch(): void {
  arenaUsed = 0;
  for (const buffer of taken) {
    if (freeBytes + buffer.byteLength > MAX_KEPT_TOTAL || freeCount >= MAX_KEPT) break;
    free[classOf(buffer.byteLength)]!.push(buffer);
    freeCount++;
    freeBytes += buffer.byteLength;
  }
  taken.length = 0;
}

/** Values a {@link ScratchInt32List} makes room for at least when it grows. */
const MIN_GROWN = 64;

/**
 * A list of 32-bit integers for the current call, in scratch memory: grown
 * by doubling into larger scratch memory (what it outgrows goes back with
 * the rest at the end of the call), so a long text's list is no JS array
 * grown and copied on the heap, and a short one lives in the arena.
 * @internal
 */
export class ScratchInt32List {
  length = 0;
  private values: Int32Array;

  /** A list with room for `capacity` values before it first grows. */
  constructor(capacity: number) {
    this.values = scratchInt32Unfilled(capacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length++] = value;
  }

  /** The `i`th value (`i` below {@link length}). */
  get(i: number): number {
    return this.values[i]!;
  }

  /** The values pushed so far, as a view of the scratch memory (valid until the list grows). */
  view(): Int32Array {
    return new Int32Array(this.values.buffer, this.values.byteOffset, this.length);
  }

  private grow(): void {
    const more = scratchInt32Unfilled(Math.max(this.values.length * 2, MIN_GROWN));
    more.set(this.values);
    this.values = more;
  }
}
