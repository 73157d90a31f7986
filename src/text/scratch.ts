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

/** The largest buffer kept for the next call. */
const MAX_KEPT_BYTES = 1 << 19;
/** How many bytes of free buffers are kept at most, and how many buffers. */
const MAX_KEPT_TOTAL = 1 << 22;
const MAX_KEPT = 32;

/** Free buffers. */
const free: ArrayBuffer[] = [];
/** Buffers taken since the last {@link releaseScratch}. */
const taken: ArrayBuffer[] = [];

/**
 * A buffer of at least `bytes` bytes for the current call, with unspecified
 * contents: a kept one when one is big enough, else a new one (with room to
 * spare, so that it serves the next article too).
 * @internal
 */
export function scratchBuffer(bytes: number): ArrayBuffer {
  let best = -1;
  for (let i = 0; i < free.length; i++) {
    const size = free[i]!.byteLength;
    if (size >= bytes && (best < 0 || size < free[best]!.byteLength)) best = i;
  }
  if (best >= 0) {
    const buffer = free[best]!;
    free[best] = free[free.length - 1]!;
    free.pop();
    taken.push(buffer);
    return buffer;
  }
  if (bytes > MAX_KEPT_BYTES) return new ArrayBuffer(bytes);
  let size = 1024;
  while (size < bytes) size *= 2;
  const buffer = new ArrayBuffer(size);
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
  let total = 0;
  for (const buffer of free) total += buffer.byteLength;
  for (const buffer of taken) {
    if (total + buffer.byteLength > MAX_KEPT_TOTAL || free.length >= MAX_KEPT) break;
    free.push(buffer);
    total += buffer.byteLength;
  }
  taken.length = 0;
}
