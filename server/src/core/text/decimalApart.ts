/**
 * Tokenised copy writes a decimal apart: "a magnitude 9. 1 quake", "5. 2 yards a carry", "$2. 6
 * million". A short number, its period, a space and a digit or two is one number, not the end of
 * a sentence; a year before the period ("in 2004. 6 people died") still ends one, and so does a
 * number that runs on after the digits ("in 2004. 12, 000 fled" is twelve thousand). A comma or a
 * period after the digits ends the decimal ("magnitude - 5. 9, but", "USB 3. 0, while") unless a
 * digit follows it. The sentence splitter and the value reader ask the same question, so both
 * read such copy alike.
 */

/** A period at `period`, with the next word at `next`, is the point of a decimal written apart. */
export function decimalWrittenApart(text: string, period: number, next: number): boolean {
  return /(?:^|[^\d.,])\d{1,3}$/.test(text.slice(Math.max(0, period - 8), period)) && /^\d{1,2}(?!\d|[.,:]\d)/.test(text.slice(next, next + 4));
}
