/** Small helpers over sorted arrays, shared by the corpus (its dates) and the claim store (its postings). */

/** The first position in ascending `list` whose item is not below `item` (binary search). */
export function firstAtLeast<T extends string | number>(list: readonly T[], item: T): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle] < item) low = middle + 1;
    else high = middle;
  }
  return low;
}
