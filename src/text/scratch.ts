/**
 * Scratch typed arrays reused from one call to the next. A typed array of
 * more than a few dozen bytes is allocated outside the JS heap, which costs
 * as much as reading a short paragraph; an article needs a dozen of them.
 * The stages take their per-token and per-quote arrays here and the
 * pipeline hands them all back when the call is done ({@link releaseScratch}),
 * so nothing taken here may reach the result. Buffers above 512 KB are not
 * kept, nor more than 4 MB in all, so a one-off huge text does not stay in
 * memory.
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

/** An `Int32Array` of `length` entries, each set to `value`, for the current call. @internal */
export function scratchInt32(length: number, value: number): Int32Array {
  return new Int32Array(scratchBuffer(length * 4), 0, length).fill(value);
}

/** A `Float64Array` of `length` zeros, for the current call. @internal */
export function scratchFloat64(length: number): Float64Array {
  return new Float64Array(scratchBuffer(length * 8), 0, length).fill(0);
}

/** A `Uint8Array` of `length` zeros, for the current call. @internal */
export function scratchUint8(length: number): Uint8Array {
  return new Uint8Array(scratchBuffer(length), 0, length).fill(0);
}

/**
 * Hands back every buffer taken since the last call: call it when nothing
 * reads the arrays any more (the end of the pipeline).
 * @internal
 */
export function releaseScratch(): void {
  for (const buffer of taken) {
    if (freeBytes + buffer.byteLength > MAX_KEPT_TOTAL || freeCount >= MAX_KEPT) break;
    free[classOf(buffer.byteLength)]!.push(buffer);
    freeCount++;
    freeBytes += buffer.byteLength;
  }
  taken.length = 0;
}

/**
 * A list of 32-bit integers for the current call, in scratch memory: grown
 * by doubling into a larger scratch buffer (the ones outgrown go back with
 * the others at the end of the call), so a long text's list is no JS array
 * grown and copied on the heap, and a short one takes a kept buffer.
 * @internal
 */
export class ScratchInt32List {
  length = 0;
  private values: Int32Array;

  /** A list with room for `capacity` values before it first grows. */
  constructor(capacity: number) {
    this.values = new Int32Array(scratchBuffer(capacity * 4));
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
    return new Int32Array(this.values.buffer, 0, this.length);
  }

  private grow(): void {
    const more = new Int32Array(scratchBuffer(this.values.length * 8));
    more.set(this.values);
    this.values = more;
  }
}
