/**
 * Lexical relations from WordNet 3.1, answered from the compact table that
 * `scripts/build-lexicon.mjs` derives (see that script for the format). The claim engine asks
 * whether two words in the same slot of two sentences mean the same, the opposite, or a broader
 * thing, and whether one is a derivation of the other ("decide" and "decision").
 *
 * Senses: only a lemma's three most frequent senses count, because a news sentence almost always
 * uses a word in one of its usual meanings and the rare senses would make nearly any two words
 * look related. Relations are deliberately narrow:
 * - synonymous: the two lemmas share one of those senses (back / endorse / support as verbs).
 * - isKindOf: one level of hypernymy (tenure is a kind of term, chief a kind of leader), kept apart
 *   from synonymy because a broader word is compatible with, not equal to, a narrower one.
 * - antonymous: WordNet's antonym pointers between usual senses, plus adjectives' indirect
 *   antonyms through their head adjectives (huge / tiny through large / small).
 * - derivationallyRelated: WordNet's derivation and pertainym pointers from usual senses.
 * Sibling senses (two words with the same hypernym) are not related: rise / fall, increase /
 * decrease and accept / reject are all siblings, so that relation would blur opposites.
 *
 * All functions take words in any case and inflection: each word is reduced to its base forms in
 * each part of speech the way WordNet's morphy does (see `lemmaCandidates`). Unknown words are
 * related to nothing. The table is decoded lazily, once, on the first query.
 */
import table from './wordnet-table.json';

export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';

/** How two words relate, strongest first; `lexicalRelation` reports the first that holds. */
export type LexicalRelation = 'same' | 'synonym' | 'antonym' | 'hyponym' | 'hypernym' | 'derived';

const POS_ORDER: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];
const POS_KEY_LETTER: Readonly<Record<WordNetPos, string>> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };
/** Order in which parts of speech are tried when the caller gives none: inflections are mostly verbal. */
const UNTAGGED_ORDER: readonly WordNetPos[] = ['verb', 'noun', 'adj', 'adv'];

/** Records of base-36 numbers ("12,a;;3"): flat values, -1 for an empty field, and record starts. */
interface Records {
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

function recordValues({ values, starts }: Records, record: number): number[] {
  if (record < 0 || record + 1 >= starts.length) return [];
  return Array.from(values.subarray(starts[record], starts[record + 1])).filter((value) => value >= 0);
}

interface Lexicon {
  /** All lemmas, sorted by UTF-16 code units (as the build script sorts them), for binary search. */
  readonly words: readonly string[];
  /** Per part of speech: the word's record number in `senses`, or -1 when it has no such sense. */
  readonly recordOfWord: Readonly<Record<WordNetPos, Int32Array>>;
  /** Per part of speech: each lemma's kept synset numbers, most frequent sense first. */
  readonly senses: Readonly<Record<WordNetPos, Records>>;
}

/** Relations only some queries need, decoded on first use. */
interface Relations {
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
function getLexicon(): Lexicon {
  try {
    lexicon ??= decodeLexicon();
  } catch {
    const none = { noun: NO_INTS, verb: NO_INTS, adj: NO_INTS, adv: NO_INTS };
    lexicon = { words: [], recordOfWord: none, senses: { noun: NO_RECORDS, verb: NO_RECORDS, adj: NO_RECORDS, adv: NO_RECORDS } };
  }
  return lexicon;
}

function getRelations(): Relations {
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
function wordIndex(word: string): number {
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
function lemmaSenses(word: string, pos: WordNetPos): number[] {
  const index = wordIndex(word);
  const lex = getLexicon();
  return index < 0 ? [] : recordValues(lex.senses[pos], lex.recordOfWord[pos][index]);
}

function parentsOf(synset: number): number[] {
  return recordValues(getRelations().parents, synset);
}

// ---------------------------------------------------------------------------------------------
// Morphology. WordNet's exception lists (*.exc) are not in the npm package, so the build script
// carries the common irregular forms and writes them into the table.

/** Detachment rules: WordNet's morphy suffixes, plus "-ied", "-ying", "-ier", "-iest" and "-ves". */
const DETACHMENT_RULES: Readonly<Record<WordNetPos, readonly (readonly [string, string])[]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['ves', 'f'], ['ves', 'fe']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['ied', 'y'], ['ying', 'ie']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'], ['ier', 'y'], ['iest', 'y']],
  adv: [],
};

/** Suffixes after which a doubled final consonant is undone ("stopped", "biggest"). */
const DOUBLING_SUFFIXES = new Set(['ed', 'ing', 'er', 'est']);

let irregularBases: Record<WordNetPos, Map<string, string[]>> | undefined;

function getIrregularBases(): Record<WordNetPos, Map<string, string[]>> {
  if (irregularBases !== undefined) return irregularBases;
  const result = { noun: new Map(), verb: new Map(), adj: new Map(), adv: new Map() } as Record<WordNetPos, Map<string, string[]>>;
  const groups = table.irregular as Record<string, string>;
  for (const pos of POS_ORDER) {
    for (const group of (groups[POS_KEY_LETTER[pos]] ?? '').split('|')) {
      const [base, ...forms] = group.split(' ');
      for (const form of forms) result[pos].set(form, [...(result[pos].get(form) ?? []), base]);
    }
  }
  return (irregularBases = result);
}

/** Lower-cases and joins multiword input with underscores, as WordNet spells lemmas. */
function normalise(word: string): string {
  return word.trim().toLowerCase().replace(/[\s]+/g, '_').replace(/[\u2018\u2019]/g, "'");
}

function hasSenses(word: string, pos: WordNetPos): boolean {
  const index = wordIndex(word);
  return index >= 0 && getLexicon().recordOfWord[pos][index] >= 0;
}

/** Base forms of a normalised word in one part of speech, as WordNet's morphy finds them. */
function baseForms(word: string, pos: WordNetPos): string[] {
  const found = inflectionBases(word, pos).filter((form) => hasSenses(form, pos));
  // A phrasal verb is inflected on its first word ("stepped down" -> "step_down").
  const space = word.indexOf('_');
  if (found.length === 0 && space > 0 && pos === 'verb') {
    const rest = word.slice(space);
    for (const head of inflectionBases(word.slice(0, space), pos)) {
      if (hasSenses(head + rest, pos) && !found.includes(head + rest)) found.push(head + rest);
    }
  }
  return found;
}

/** Every form the word may be an inflection of, unchecked against the lemma list, most likely first. */
function inflectionBases(word: string, pos: WordNetPos): string[] {
  const forms: string[] = [];
  const add = (form: string): void => {
    if (!forms.includes(form)) forms.push(form);
  };
  // Irregular bases come first: a verb "fell" is far more often "fall" than "fell" (cut down).
  for (const base of getIrregularBases()[pos].get(word) ?? []) add(base);
  add(word);
  for (const [suffix, ending] of DETACHMENT_RULES[pos]) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    // One-letter results ("as" -> "a", "is" -> "i") are letters' names, never the intended lemma.
    if (stem.length + ending.length < 2) continue;
    add(stem + ending);
    const last = stem.charAt(stem.length - 1);
    if (ending === '' && DOUBLING_SUFFIXES.has(suffix) && last === stem.charAt(stem.length - 2) && !'aeiou'.includes(last)) {
      add(stem.slice(0, -1));
    }
  }
  return forms;
}

/**
 * Base forms (WordNet lemmas) of a possibly inflected word: "began" -> ["begin"], "leaves" ->
 * ["leave", "leaf"], "fell" -> ["fall", "fell"]. With a part of speech, only lemmas of that part
 * of speech, irregular bases first; without one, verbs first, then nouns, adjectives, adverbs.
 * An unknown word gives an empty list.
 */
export function lemmaCandidates(word: string, pos?: WordNetPos): string[] {
  const normalised = normalise(word);
  if (normalised === '') return [];
  const result: string[] = [];
  for (const each of pos === undefined ? UNTAGGED_ORDER : [pos]) {
    for (const form of baseForms(normalised, each)) if (!result.includes(form)) result.push(form);
  }
  return result;
}

/** Whether the word (as given, not inflected) is a WordNet lemma, in the given part of speech if any. */
export function isLemma(word: string, pos?: WordNetPos): boolean {
  const normalised = normalise(word);
  return posList(pos).some((each) => hasSenses(normalised, each));
}

/** Usual senses (synset numbers) of every base form of `word` in one part of speech, by rank. */
function usualSenses(word: string, pos: WordNetPos): number[] {
  const perLemma = baseForms(normalise(word), pos).map((lemma) => lemmaSenses(lemma, pos));
  const result: number[] = [];
  // Interleave by rank so that the first sense of each base form comes before any second sense.
  for (let rank = 0; perLemma.some((ids) => rank < ids.length); rank++) {
    for (const ids of perLemma) if (rank < ids.length && !result.includes(ids[rank])) result.push(ids[rank]);
  }
  return result;
}

function posList(pos: WordNetPos | undefined): readonly WordNetPos[] {
  return pos === undefined ? POS_ORDER : [pos];
}

/** True when the two words share one of their usual senses (begin / start, back / endorse). */
export function synonymous(a: string, b: string, pos?: WordNetPos): boolean {
  return posList(pos).some((each) => {
    const sensesOfB = usualSenses(b, each);
    return usualSenses(a, each).some((sense) => sensesOfB.includes(sense));
  });
}

/** True when a usual sense of `specific` has a usual sense of `general` as direct parent (one level). */
export function isKindOf(specific: string, general: string, pos?: WordNetPos): boolean {
  return posList(pos).some((each) => {
    const sensesOfGeneral = usualSenses(general, each);
    if (sensesOfGeneral.length === 0) return false;
    return usualSenses(specific, each).some((sense) => parentsOf(sense).some((parent) => sensesOfGeneral.includes(parent)));
  });
}

/** Senses that carry an adjective's antonyms: the sense itself, and a satellite's head adjective. */
function antonymBearers(word: string, pos: WordNetPos): number[] {
  const senses = usualSenses(word, pos);
  if (pos !== 'adj') return senses;
  return [...senses, ...senses.flatMap(parentsOf)];
}

/**
 * True when WordNet opposes usual senses of the two words (win / lose, rise / fall, huge / tiny),
 * directly or through derivation: nouns and adjectives inherit the antonymy of the words they are
 * derived from or to (the noun "rise" / "fall" from the verbs, winner / loser from win / lose).
 */
export function antonymous(a: string, b: string, pos?: WordNetPos): boolean {
  if (directlyAntonymous(a, b, pos)) return true;
  // Both words must go through derivation, only to words of their own stem, and the opposition
  // must hold between nouns or verbs: looser routes (one side only, any derived word, adjectives
  // such as the football plays "running" / "passing") opposed run / pass and cut / fire in trials.
  const derivedFromA = derivedLemmas(a);
  if (derivedFromA.length === 0) return false;
  const derivedFromB = derivedLemmas(b);
  return derivedFromA.some((x) => derivedFromB.some((y) =>
    directlyAntonymous(x, y, 'verb') || directlyAntonymous(x, y, 'noun')));
}

function directlyAntonymous(a: string, b: string, pos: WordNetPos | undefined): boolean {
  const { antonyms } = getRelations();
  return posList(pos).some((each) => {
    const bearersOfB = antonymBearers(b, each);
    if (bearersOfB.length === 0) return false;
    return antonymBearers(a, each).some((sense) => (antonyms.get(sense) ?? []).some((other) => bearersOfB.includes(other)));
  });
}

/** Lemmas of the same stem that WordNet derives from or to the word (itself, when linked across parts of speech). */
function derivedLemmas(word: string): string[] {
  const { derivations } = getRelations();
  const { words } = getLexicon();
  const result: string[] = [];
  for (const n of lemmaNumbers(word)) {
    for (const other of derivations.get(n) ?? []) {
      if (sharesStem(words[n], words[other]) && !result.includes(words[other])) result.push(words[other]);
    }
  }
  return result;
}

/** The build script's stem test (all but three letters of the shorter word), relaxed for words under four letters. */
function sharesStem(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return shared >= Math.min(4, a.length, b.length) && shared >= Math.min(a.length, b.length) - 3;
}

/** All base forms of a word in any part of speech, as word numbers. */
function lemmaNumbers(word: string): number[] {
  return lemmaCandidates(word).map(wordIndex).filter((n) => n >= 0);
}

/**
 * True when WordNet derives one word from the other across parts of speech (decide / decision,
 * endorse / endorsement, presidential / president). A word is related to itself when its noun and
 * verb (or adjective) senses are linked, as the noun and the verb "support" are.
 */
export function derivationallyRelated(a: string, b: string): boolean {
  const { derivations } = getRelations();
  const numbersOfB = lemmaNumbers(b);
  if (numbersOfB.length === 0) return false;
  return lemmaNumbers(a).some((n) => (derivations.get(n) ?? []).some((other) => numbersOfB.includes(other)));
}

/**
 * Up to three stable keys naming the word's usual senses ("wn:v:1234"), for an inverted index in
 * which synonyms meet: "back", "endorse" and "support" (verbs) share a key. Keys are only stable
 * for one build of the table. Without a part of speech, first senses of each part of speech
 * (verb, noun, adjective, adverb) come before second senses.
 */
export function conceptKeys(word: string, pos?: WordNetPos): string[] {
  const perPos = (pos === undefined ? UNTAGGED_ORDER : [pos]).map((each) =>
    usualSenses(word, each).map((sense) => `wn:${POS_KEY_LETTER[each]}:${sense}`));
  const keys: string[] = [];
  for (let rank = 0; keys.length < 3 && perPos.some((list) => rank < list.length); rank++) {
    for (const list of perPos) if (rank < list.length && keys.length < 3) keys.push(list[rank]);
  }
  return keys;
}

/** The strongest relation between two words, or undefined when WordNet relates them in no usual sense. */
export function lexicalRelation(a: string, b: string, pos?: WordNetPos): LexicalRelation | undefined {
  const lemmasOfA = lemmaCandidates(a, pos);
  if (lemmasOfA.length === 0) return undefined;
  if (lemmasOfA.some((lemma) => lemmaCandidates(b, pos).includes(lemma))) return 'same';
  if (synonymous(a, b, pos)) return 'synonym';
  if (antonymous(a, b, pos)) return 'antonym';
  if (isKindOf(a, b, pos)) return 'hyponym';
  if (isKindOf(b, a, pos)) return 'hypernym';
  if (derivationallyRelated(a, b)) return 'derived';
  return undefined;
}

/**
 * Keys of the direct parents of a word's usual senses (one level up: "injure" for "hurt"), in the
 * form of `conceptKeys`, so that an index can find broader words without pairwise queries.
 */
export function broaderKeys(word: string, pos: WordNetPos): string[] {
  const keys = new Set<string>();
  for (const sense of usualSenses(word, pos)) for (const parent of parentsOf(sense)) keys.add(`wn:${POS_KEY_LETTER[pos]}:${parent}`);
  return [...keys];
}

/** Lemmas WordNet derives from or to the word with the same stem (decide / decision). */
export function derivedWords(word: string): string[] {
  return derivedLemmas(word);
}
