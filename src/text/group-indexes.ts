/**
 * Lists of indexes grouped by a column: the counting sort that the stages
 * use to give each speaker its quotes and each entity its name runs, every
 * list made at its full length.
 * @internal
 * @module
 */

/**
 * The indexes `i` of `groupOf` grouped by their value: `lists[g]` holds, in
 * order, every `i` with `groupOf[i] === g` (a negative value is in no group).
 * `counts[g]` must hold how many there are (it is reset and counted up
 * again as they are listed).
 * @internal
 * @example
 * groupIndexes(Int32Array.of(1, -1, 0, 1), Int32Array.of(1, 2), 2); // [[2], [0, 3]]
 */
export function groupIndexes(groupOf: Int32Array, counts: Int32Array, groups: number): number[][] {
  const lists = new Array<number[]>(groups);
  for (let g = 0; g < groups; g++) {
    lists[g] = new Array<number>(counts[g]!);
    // (from here on, how many are listed)
    counts[g] = 0;
  }
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0) lists[g]![counts[g]!++] = i;
  }
  return lists;
}
