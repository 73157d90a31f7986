import { describe, expect, it } from 'vitest';
import { ScratchInt32List, releaseScratch, scratchBuffer, scratchInt32, scratchUint8 } from '../src/text/scratch.js';
import { groupIndexes } from '../src/text/group-indexes.js';

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

  it('gives the arrays of one call memory of their own, small or large', () => {
    releaseScratch();
    const lengths = [1, 7, 33, 100, 3000, 20_000, 5, 40_000, 2];
    const arrays = lengths.map((n, i) => scratchInt32(n, i));
    const bytes = lengths.map((n) => scratchUint8(n));
    bytes.forEach((b) => b.fill(255));
    arrays.forEach((a, i) => {
      expect(a.length).toBe(lengths[i]);
      expect(a.every((v) => v === i)).toBe(true);
    });
    releaseScratch();
  });
});

describe('ScratchInt32List', () => {
  it('keeps every value in order as it grows past its first room', () => {
    releaseScratch();
    const list = new ScratchInt32List(4);
    const values = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 10007 - 5000);
    for (const v of values) list.push(v);
    expect(list.length).toBe(values.length);
    expect(Array.from({ length: list.length }, (_, i) => list.get(i))).toEqual(values);
    expect([...list.view()]).toEqual(values);
    releaseScratch();
  });

  it('starts empty, with an empty view', () => {
    releaseScratch();
    const list = new ScratchInt32List(0);
    expect(list.length).toBe(0);
    expect(list.view().length).toBe(0);
    list.push(-1);
    expect([...list.view()]).toEqual([-1]);
    releaseScratch();
  });
});

describe('groupIndexes', () => {
  const cases: [name: string, groupOf: number[], groups: number, lists: number[][]][] = [
    ['no indexes', [], 2, [[], []]],
    ['no groups', [-1, -1], 0, []],
    ['indexes in order within each group', [1, -1, 0, 1, 0], 2, [[2, 4], [0, 3]]],
    ['a group with nothing in it', [2, 2, 0], 3, [[2], [], [0, 1]]],
  ];
  it.each(cases)('%s', (_, groupOf, groups, lists) => {
    const counts = new Int32Array(groups);
    for (const g of groupOf) if (g >= 0) counts[g]!++;
    const before = [...counts];
    expect(groupIndexes(Int32Array.from(groupOf), counts, groups)).toEqual(lists);
    // (the counts hold the counts again)
    expect([...counts]).toEqual(before);
  });
});
