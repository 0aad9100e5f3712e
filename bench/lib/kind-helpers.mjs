// Small helpers shared by the story kinds: value draws that every kind needs.

/** A money amount in whole units, `lo`..`hi` millions with one decimal ("4.5 million"). */
export function millions(r, lo, hi) {
  return (r.int(lo * 10, hi * 10) / 10) * 1e6;
}

export function billions(r, lo, hi) {
  return (r.int(lo * 10, hi * 10) / 10) * 1e9;
}

/** A share of a group whose part is a whole number: { part, total } with part/total one of `fractions`. */
export function shareOf(r, totals, fractions = [[2, 3], [3, 4]]) {
  const options = [];
  for (const total of totals) {
    for (const [p, q] of fractions) if ((total * p) % q === 0) options.push({ part: (total * p) / q, total });
  }
  return r.pick(options);
}

/** A percentage with one decimal place in [lo, hi]. */
export function percent1(r, lo, hi) {
  return r.int(lo * 10, hi * 10) / 10;
}

/** A rate in quarter points in [lo, hi]. */
export function quarterPoints(r, lo, hi) {
  return r.int(lo * 4, hi * 4) / 4;
}
