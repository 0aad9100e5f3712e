/**
 * The decoded WordNet table (`wordnet-table.json`, written by `scripts/build-lexicon.mjs`): the
 * word list, each lemma's senses per part of speech, and the relations between senses. Decoded
 * lazily, once, on the first query; `wordnet.ts` answers the engine's questions from it.
 */
import table from './wordnet-table.json';
import type { WordNetPos } from './wordnet';

export const POS_ORDER: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];
export const POS_KEY_LETTER: Readonly<Record<WordNetPos, string>> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

/** The hand-written irregular forms the build script carries, grouped by part of speech letter. */
export function irregularTable(): Record<string, string> {
  return table.irregular as Record<string, string>;
}

/** Records of base-36 numbers ("12,a;;3"): flat values, -1 for an empty field, and record starts. */
export interface Records {
  readonly values: Int32Array;
  /** Record r holds values[starts[r]] .. values[starts[r + 1] - 1]. */
  readonly starts: Int32Array;
}

function parseRecords(text: string): Records {
  // A hand-written scan into typed arrays: splitting the lists into small arrays took most of the
  // load time. Every value and every record needs at least one character, which bounds the sizes.
  const values = new Int32Array(text.length + 1);
  const starts = new Int32Array(text.length + 2);
  let valueCount = 0;
  let recordCount = 1;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 59;
    if (code === 44 || code === 59) {
      values[valueCount++] = digits === 0 ? -1 : value;
      value = 0;
      digits = 0;
      if (code === 59) starts[recordCount++] = valueCount;
    } else {
      value = value * 36 + (code <= 57 ? code - 48 : code - 87);
      digits++;
    }
  }
  return { values: values.slice(0, valueCount), starts: starts.slice(0, recordCount) };
}

export function recordValues({ values, starts }: Records, record: number): number[] {
  if (record < 0 || record + 1 >= starts.length) return [];
  return Array.from(values.subarray(starts[record], starts[record + 1])).filter((value) => value >= 0);
}

export interface Lexicon {
  /** All lemmas, sorted by UTF-16 code units (as the build script sorts them), for binary search. */
  readonly words: readonly string[];
  /** Per part of speech: the word's record number in `senses`, or -1 when it has no such sense. */
  readonly recordOfWord: Readonly<Record<WordNetPos, Int32Array>>;
  /** Per part of speech: each lemma's kept synset numbers, most frequent sense first. */
  readonly senses: Readonly<Record<WordNetPos, Records>>;
}

/** Relations only some queries need, decoded on first use. */
export interface Relations {
  /** Per synset number: its parents (hypernyms, or a satellite's head adjective). */
  readonly parents: Records;
  readonly antonyms: Map<number, number[]>;
  /** Word number to derivationally related word numbers (a word may be linked to itself). */
  readonly derivations: Map<number, number[]>;
}

const NO_INTS = new Int32Array(0);
const NO_RECORDS: Records = { values: NO_INTS, starts: NO_INTS };
let lexicon: Lexicon | undefined;
let relations: Relations | undefined;

// A damaged table must not take the analysis down: the engine then simply sees no relations.
export function getLexicon(): Lexicon {
  try {
    lexicon ??= decodeLexicon();
  } catch {
    const none = { noun: NO_INTS, verb: NO_INTS, adj: NO_INTS, adv: NO_INTS };
    lexicon = { words: [], recordOfWord: none, senses: { noun: NO_RECORDS, verb: NO_RECORDS, adj: NO_RECORDS, adv: NO_RECORDS } };
  }
  return lexicon;
}

export function getRelations(): Relations {
  try {
    relations ??= decodeRelations();
  } catch {
    relations = { parents: NO_RECORDS, antonyms: new Map(), derivations: new Map() };
  }
  return relations;
}

function decodeLexicon(): Lexicon {
  // Front-coded entries: mask character (hex 1-F), shared-prefix character (G-Z, 0-19), rest of the word.
  const text = table.words;
  const words: string[] = [];
  const masks: number[] = [];
  let previous = '';
  for (let i = 0; i < text.length; ) {
    const mask = parseInt(text.charAt(i), 16);
    const shared = text.charCodeAt(i + 1) - 71;
    let end = i + 2;
    while (end < text.length && !isEntryStart(text.charCodeAt(end))) end++;
    const word = previous.slice(0, shared) + text.slice(i + 2, end);
    words.push(word);
    masks.push(mask);
    previous = word;
    i = end;
  }

  const senseTexts = table.senses as Record<string, string>;
  const recordOfWord = {} as Record<WordNetPos, Int32Array>;
  const senses = {} as Record<WordNetPos, Records>;
  let nextFresh = 0;
  POS_ORDER.forEach((pos, posIndex) => {
    const records = parseRecords(senseTexts[POS_KEY_LETTER[pos]]);
    // An empty field is a synset seen for the first time, which takes the next number.
    for (let i = 0; i < records.values.length; i++) if (records.values[i] < 0) records.values[i] = nextFresh++;
    const recordOf = new Int32Array(words.length).fill(-1);
    let record = 0;
    for (let word = 0; word < words.length; word++) if ((masks[word] & (1 << posIndex)) !== 0) recordOf[word] = record++;
    recordOfWord[pos] = recordOf;
    senses[pos] = records;
  });
  return { words, recordOfWord, senses };
}

/** Entry starts are the hex digits 1-9 and the capitals that never occur inside words. */
function isEntryStart(code: number): boolean {
  return (code >= 49 && code <= 57) || (code >= 65 && code <= 90);
}

function decodeRelations(): Relations {
  const antonyms = new Map<number, number[]>();
  const antonymPairs = parseRecords(table.antonyms);
  for (let at = 0; at + 1 < antonymPairs.values.length; at += 2) {
    addLink(antonyms, antonymPairs.values[at], antonymPairs.values[at + 1]);
  }
  const derivations = new Map<number, number[]>();
  const derivationPairs = parseRecords(table.derivations).values;
  let first = 0;
  for (let at = 0; at + 1 < derivationPairs.length; at += 2) {
    // Pairs are stored as gaps: from the previous pair's first word, then from this pair's first word.
    first += derivationPairs[at];
    addLink(derivations, first, first + derivationPairs[at + 1]);
  }
  return { parents: parseRecords(table.parents), antonyms, derivations };
}

function addLink(links: Map<number, number[]>, a: number, b: number): void {
  addDirectedLink(links, a, b);
  addDirectedLink(links, b, a);
}

function addDirectedLink(links: Map<number, number[]>, from: number, to: number): void {
  const list = links.get(from);
  if (list === undefined) links.set(from, [to]);
  else if (!list.includes(to)) list.push(to);
}

/** The word's number in the sorted word list, or -1. */
export function wordIndex(word: string): number {
  const { words } = getLexicon();
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const candidate = words[middle];
    if (candidate === word) return middle;
    if (candidate < word) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Kept synset numbers of one lemma in one part of speech, most frequent first. */
export function lemmaSenses(word: string, pos: WordNetPos): number[] {
  const index = wordIndex(word);
  const lex = getLexicon();
  return index < 0 ? [] : recordValues(lex.senses[pos], lex.recordOfWord[pos][index]);
}

export function parentsOf(synset: number): number[] {
  return recordValues(getRelations().parents, synset);
}
