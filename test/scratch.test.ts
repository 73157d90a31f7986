import { describe, expect, it } from 'vitest';
import { releaseScratch, scratchBuffer, scratchInt32, scratchUint8 } from '../src/text/scratch.js';

describe('scratch buffers', () => {
  it('never hands out one buffer twice within a call', () => {
    releaseScratch();
    const sizes = [10, 1000, 1024, 1025, 4096, 5000, 70_000, 10, 1000, 300_000];
    const got = sizes.map((n) => scratchBuffer(n));
    expect(new Set(got).size).toBe(got.length);
    got.forEach((b, i) => expect(b.byteLength).toBeGreaterThanOrEqual(sizes[i]!));
    releaseScratch();
  });

  it('hands a released buffer out again, and a taken one not before it is released', () => {
    releaseScratch();
    const mine = scratchBuffer(3000);
    const meanwhile = Array.from({ length: 40 }, () => scratchBuffer(3000));
    expect(meanwhile).not.toContain(mine);
    releaseScratch();
    const again = Array.from({ length: 40 }, () => scratchBuffer(3000));
    expect(again).toContain(mine);
    releaseScratch();
  });

  it('does not keep buffers above 512 KB', () => {
    releaseScratch();
    const huge = scratchBuffer(600_000);
    expect(huge.byteLength).toBe(600_000);
    releaseScratch();
    expect(scratchBuffer(600_000)).not.toBe(huge);
    releaseScratch();
  });

  it('fills typed views as asked, whatever the reused buffer held', () => {
    releaseScratch();
    scratchInt32(100, 7);
    scratchUint8(100).fill(9);
    releaseScratch();
    expect([...scratchInt32(100, -1)].every((v) => v === -1)).toBe(true);
    expect([...scratchUint8(100)].every((v) => v === 0)).toBe(true);
    releaseScratch();
  });
});
