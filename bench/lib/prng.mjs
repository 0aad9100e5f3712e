// A small seeded random source. The generator must give byte-identical corpora for the same seed, so
// nothing here touches Math.random or the clock: every draw comes from mulberry32 streams whose
// seeds are hashed from the user's seed and a label ("story", 17), which keeps the streams of
// different stories independent (story 17 is the same whether the corpus has 1k or 50k articles).

/** 32-bit FNV-1a over a string, used to turn labels into stream seeds. */
export function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny, fast generator with a full 2^32 period, plenty for text generation. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }

  /** A stream for `labels` under the user's `seed`, independent of every other label. */
  static for(seed, ...labels) {
    return new Rng(hash32(`${seed}|${labels.join('|')}`));
  }

  float(lo = 0, hi = 1) {
    return lo + (hi - lo) * this.next();
  }

  /** An integer in [lo, hi], both ends included. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p) {
    return this.next() < p;
  }

  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }

  /** Picks from `[weight, value]` pairs. */
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let x = this.next() * total;
    for (const [w, v] of pairs) {
      x -= w;
      if (x < 0) return v;
    }
    return pairs[pairs.length - 1][1];
  }

  shuffle(list) {
    const out = list.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** `k` distinct elements of `list`, in random order. */
  sample(list, k) {
    return this.shuffle(list).slice(0, Math.max(0, Math.min(k, list.length)));
  }
}
