/**
 * A key's postings while the claim index grows: its sentence numbers, ascending, in a typed array
 * with room to grow. An array of small integers takes 8 bytes an entry and V8 grows it by half
 * again; here an entry takes 4. At 10k articles the index holds about 9 million entries, all of
 * them alive at the check's peak of memory (the end of the analysis, before `packed`).
 */
export class GrowingPostings {
  private constructor(
    private ids: Int32Array,
    private count: number,
  ) {}

  /** A list of one sentence number. */
  static starting(first: number): GrowingPostings {
    return GrowingPostings.of([first]);
  }

  /** A list holding `ids` (ascending), with room to grow. */
  static of(ids: ArrayLike<number>): GrowingPostings {
    const room = new Int32Array(grownRoom(ids.length));
    room.set(ids);
    return new GrowingPostings(room, ids.length);
  }

  /** How many sentences have the key: its document frequency. */
  get length(): number {
    return this.count;
  }

  /** Adds a sentence number, above every one in the list. */
  push(id: number): void {
    if (this.count === this.ids.length) {
      const grown = new Int32Array(grownRoom(this.count));
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count++] = id;
  }

  /** Removes the entries at positions [from, to). */
  remove(from: number, to: number): void {
    this.ids.copyWithin(from, to, this.count);
    this.count -= to - from;
  }

  /** The entries as they are now: a view, to read before the list changes again. */
  view(): Int32Array {
    return this.ids.subarray(0, this.count);
  }

  /** The entries in an array of their own, without the room to grow. */
  packed(): Int32Array {
    return this.ids.slice(0, this.count);
  }
}

/** Most keys are in few sentences; V8 keeps a typed array this small inside its object. */
const INITIAL_ROOM = 4;

/** Room for a list of `length` entries to grow into: half as much again, as V8 grows arrays. */
function grownRoom(length: number): number {
  return length + (length >> 1) + INITIAL_ROOM;
}
