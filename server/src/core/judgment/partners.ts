/**
 * Which of a source sentence's terms could stand for each term of a claim: the candidates that
 * `align` scores. Partners are found through keys: a source term is indexed under its key, stem,
 * senses, broader senses and derived words, and a claim term looks up the keys its partners could
 * be indexed under.
 *
 * Judging compares each claim with up to fourteen sentences (`CANDIDATES` in judge.ts), so this
 * runs for millions of pairs of terms in a large corpus, over a heap of a gigabyte or more where
 * every string read is likely a cache miss. Everything is therefore kept by number: keys get a
 * number each, and a word's key lists, its numbers, are kept in arrays indexed by the word's
 * number (`Term.word`). Both lists depend only on the word, and the vocabulary is small, so they
 * are kept for the whole run; nothing is kept per sentence, whose number grows with the corpus.
 */
import type { Term } from './terms';
import { lastOne } from '../recent';

/** Words that make a name an institution's without changing which one it is: "Harvard University" is "Harvard". */
const INSTITUTION_WORDS = new Set(['university', 'college', 'institute', 'school', 'academy', 'corporation', 'company', 'inc', 'ltd', 'group', 'club', 'foundation']);
const shortNames = new Map<string, string | undefined>();

/** The one word an organisation is also called by ("Harvard" for "Harvard University"), if any. */
export function shortNameOf(term: Term): string | undefined {
  if (!term.lemma.startsWith('org:')) return undefined;
  if (shortNames.has(term.lemma)) return shortNames.get(term.lemma);
  const words = term.lemma.slice('org:'.length).split('-');
  const short = words.length >= 2 && words.slice(1).every((w) => INSTITUTION_WORDS.has(w)) ? words[0] : undefined;
  shortNames.set(term.lemma, short);
  return short;
}

const keyNumbers = new Map<string, number>();
function keyNumber(key: string): number {
  let number = keyNumbers.get(key);
  if (number === undefined) keyNumbers.set(key, (number = keyNumbers.size));
  return number;
}

/** The keys a source term is found under. */
function indexKeys(term: Term): string[] {
  const keys = [term.key, 's:' + term.stem];
  if (term.key.startsWith('e:person:')) keys.push('l:' + term.lemma.slice('person:'.length));
  const short = shortNameOf(term);
  if (short) keys.push('l:' + short);
  keys.push(...term.senses, ...term.broader.map((x) => 'b:' + x), ...term.derived.map((w) => 'l:' + w));
  return keys;
}

/** The keys under which a claim term's possible partners are found, in the order they are preferred. */
function lookupKeys(term: Term): string[] {
  const lookups = [term.key, 's:' + term.stem, ...term.senses, ...term.broader, ...term.senses.map((x) => 'b:' + x), ...term.derived.map((w) => 'l:' + w)];
  if (term.key.startsWith('e:person:')) lookups.push('l:' + term.lemma.slice('person:'.length));
  const short = shortNameOf(term);
  if (short) lookups.push('l:' + short);
  if (term.pos !== 'entity') lookups.push('e:person:' + term.lemma);
  return lookups;
}

/**
 * Makes `array` long enough to hold `index`, filling with `empty`: an array with a large gap of
 * holes would turn into a dictionary, slow to index.
 */
function reach<T>(array: T[], index: number, empty: T): T[] {
  while (array.length <= index) array.push(empty);
  return array;
}

/** Per word number, its keys' numbers, made on first use. */
const NOT_YET = new Int32Array(0);
const indexNumbersByWord: Int32Array[] = [];
const lookupNumbersByWord: Int32Array[] = [];
function numbersOf(table: Int32Array[], term: Term, keysOf: (term: Term) => string[]): Int32Array {
  let numbers = reach(table, term.word, NOT_YET)[term.word];
  if (numbers === NOT_YET) table[term.word] = numbers = Int32Array.from(keysOf(term), keyNumber);
  return numbers;
}

/**
 * A claim term that looks a key (or a word) up, with where the key first comes in its lookups,
 * as one number: `term * POSITIONS + position`. Tuples made two arrays per hit, and a claim makes
 * hundreds of hits, a source word a few.
 */
type Hits = readonly number[];
const POSITIONS = 1 << 16;
const NO_HITS: Hits = [];

/**
 * One claim's lookups, and the hits of each source word met so far. A claim is aligned with its
 * candidates one after another, so only the last claim's are kept. Tables indexed by key and word
 * number hold entries for the current claim only: an entry counts if its stamp is the claim's.
 */
interface ClaimLookups {
  readonly stamp: number;
}
let stamps = 0;
let keyStamp: Int32Array = new Int32Array(1024);
/**
 * Each key's hits for the current claim, as a list threaded through two pooled arrays (the first
 * node in `keyHead`, then `nodeNext` to the next, -1 at the end; the hit in `nodeHit`): a claim
 * looks up hundreds of keys, and an array for each made most of judging's garbage at 10k.
 */
let keyHead: Int32Array = new Int32Array(1024);
let nodeHit: Int32Array = new Int32Array(1024);
let nodeNext: Int32Array = new Int32Array(1024);
let nodes = 0;

function addNode(hit: number): number {
  if (nodes === nodeHit.length) {
    nodeHit = withRoom(nodeHit, nodes + 1);
    nodeNext = withRoom(nodeNext, nodes + 1);
  }
  nodeHit[nodes] = hit;
  nodeNext[nodes] = -1;
  return nodes++;
}
let wordStamp: Int32Array = new Int32Array(1024);
const wordHits: Hits[] = [];

function withRoom(table: Int32Array, size: number): Int32Array {
  if (table.length >= size) return table;
  const larger = new Int32Array(Math.max(size, table.length * 2));
  larger.set(table);
  return larger;
}

const lookupsOfClaim = lastOne((terms: readonly Term[]): ClaimLookups => {
  const stamp = ++stamps;
  nodes = 0;
  for (let i = 0; i < terms.length; i++) {
    const lookups = numbersOf(lookupNumbersByWord, terms[i], lookupKeys);
    keyStamp = withRoom(keyStamp, keyNumbers.size);
    keyHead = withRoom(keyHead, keyNumbers.size);
    // A term with more lookups than there are positions keeps the first ones (none has come near).
    for (let position = 0; position < Math.min(lookups.length, POSITIONS); position++) {
      const key = lookups[position];
      const hit = i * POSITIONS + position;
      if (keyStamp[key] !== stamp) {
        keyStamp[key] = stamp;
        keyHead[key] = addNode(hit);
        continue;
      }
      // Appended unless the term already has a hit under this key (its first lookup is kept).
      let node = keyHead[key];
      while (termOfHit(nodeHit[node]) !== i && nodeNext[node] >= 0) node = nodeNext[node];
      if (termOfHit(nodeHit[node]) !== i) nodeNext[node] = addNode(hit);
    }
  }
  return { stamp };
});

function termOfHit(hit: number): number {
  return Math.floor(hit / POSITIONS);
}

/** The claim terms a source word may partner, each with the first of its lookups that finds the word. */
function hitsOfWord(claim: ClaimLookups, other: Term): Hits {
  const word = other.word;
  if (wordStamp[word] === claim.stamp) return wordHits[word];
  let hits: number[] | undefined;
  for (const key of numbersOf(indexNumbersByWord, other, indexKeys)) {
    // A key numbered after the claim's lookups were made is none of them.
    if (key >= keyStamp.length || keyStamp[key] !== claim.stamp) continue;
    hits ??= [];
    for (let node = keyHead[key]; node >= 0; node = nodeNext[node]) {
      const hit = nodeHit[node];
      const term = termOfHit(hit);
      const seen = hits.findIndex((known) => termOfHit(known) === term);
      if (seen < 0) hits.push(hit);
      else if (hit < hits[seen]) hits[seen] = hit;
    }
  }
  wordStamp = withRoom(wordStamp, word + 1);
  wordStamp[word] = claim.stamp;
  // Most source words partner no claim term: they share one empty list.
  return (reach(wordHits, word, NO_HITS)[word] = hits ?? NO_HITS);
}

/**
 * Each claim term's possible partners among the source's terms, in pooled arrays: term i's are
 * `terms[from[i]]` up to `terms[from[i + 1] - 1]`, in the order of the claim term's lookup keys
 * that find them, and in source order under one key. Valid until the next call: judging compares
 * millions of pairs, and lists made for each pair were a large part of its garbage.
 */
export interface PartnerLists {
  readonly from: Int32Array;
  readonly terms: readonly Term[];
}
const pooled: { from: Int32Array; terms: Term[] } = { from: new Int32Array(64), terms: [] };
let rankPool: Int32Array = new Int32Array(256);

export function partnersOf(claimTerms: readonly Term[], sourceTerms: readonly Term[]): PartnerLists {
  const claim = lookupsOfClaim(claimTerms);
  const width = sourceTerms.length;
  const count = claimTerms.length;
  pooled.from = withRoom(pooled.from, count + 2);
  const from = pooled.from;
  from.fill(0, 0, count + 2);
  // First the number of partners of each claim term, then each partner as one number, its lookup
  // position then its place in the source, so that sorting the numbers orders the partners.
  for (let at = 0; at < width; at++) {
    const hits = hitsOfWord(claim, sourceTerms[at]);
    for (let h = 0; h < hits.length; h++) from[termOfHit(hits[h]) + 2]++;
  }
  for (let i = 2; i <= count + 1; i++) from[i] += from[i - 1];
  const total = from[count + 1];
  rankPool = withRoom(rankPool, total);
  for (let at = 0; at < width; at++) {
    const hits = hitsOfWord(claim, sourceTerms[at]);
    for (let h = 0; h < hits.length; h++) {
      const term = termOfHit(hits[h]);
      rankPool[from[term + 1]++] = (hits[h] - term * POSITIONS) * width + at;
    }
  }
  // `from[i + 1]` has moved on to where term i's partners end, which is where term i + 1's begin.
  const terms = pooled.terms;
  for (let i = 0; i < count; i++) {
    // A term's partners are few: an insertion sort, with no array made.
    for (let k = from[i] + 1; k < from[i + 1]; k++) {
      const rank = rankPool[k];
      let j = k - 1;
      for (; j >= from[i] && rankPool[j] > rank; j--) rankPool[j + 1] = rankPool[j];
      rankPool[j + 1] = rank;
    }
  }
  for (let k = 0; k < total; k++) terms[k] = sourceTerms[rankPool[k] % width];
  return pooled;
}

/** How many words and keys the tables hold (for memory figures). */
export function partnerTableSizes(): { words: number; keys: number } {
  return { words: indexNumbersByWord.length, keys: keyNumbers.size };
}
