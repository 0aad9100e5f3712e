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
import { getLexicon, getRelations, irregularTable, lemmaSenses, parentsOf, POS_KEY_LETTER, POS_ORDER, wordIndex } from './wordnet-data';

export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';

/** How two words relate, strongest first; `lexicalRelation` reports the first that holds. */
export type LexicalRelation = 'same' | 'synonym' | 'antonym' | 'hyponym' | 'hypernym' | 'derived';

/** Order in which parts of speech are tried when the caller gives none: inflections are mostly verbal. */
const UNTAGGED_ORDER: readonly WordNetPos[] = ['verb', 'noun', 'adj', 'adv'];

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
  const groups = irregularTable();
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

/**
 * Each word's usual senses, per part of speech, once worked out: judging asks for the same few
 * thousand words' senses (antonyms, broader words) for every pair of sentences it compares.
 */
const knownSenses = new Map<WordNetPos, Map<string, readonly number[]>>();

/** Usual senses (synset numbers) of every base form of `word` in one part of speech, by rank. */
function usualSenses(word: string, pos: WordNetPos): readonly number[] {
  let known = knownSenses.get(pos);
  if (!known) knownSenses.set(pos, (known = new Map()));
  let senses = known.get(word);
  if (!senses) {
    const found = sensesOf(word, pos);
    // Names and other words WordNet lacks share one empty list.
    known.set(word, (senses = found.length > 0 ? found : NO_SENSES));
  }
  return senses;
}
const NO_SENSES: readonly number[] = [];

function sensesOf(word: string, pos: WordNetPos): number[] {
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

/**
 * True when `general` names a usual sense of `specific` or one of its ancestors, up to `levels`
 * steps up the hypernym chain the table keeps (a rapper is a person: rapper > singer > musician >
 * performer > entertainer > person). For a generic word in a claim ("is a person") against a
 * specific one in a source, which bears it out rather than contradicts it.
 */
export function isBroaderThan(general: string, specific: string, levels: number, pos: WordNetPos = 'noun'): boolean {
  const target = new Set(usualSenses(general, pos));
  if (target.size === 0) return false;
  let frontier = usualSenses(specific, pos);
  const seen = new Set(frontier);
  for (let level = 0; level < levels && frontier.length > 0; level++) {
    const next: number[] = [];
    for (const sense of frontier) {
      for (const parent of parentsOf(sense)) {
        if (target.has(parent)) return true;
        if (!seen.has(parent)) {
          seen.add(parent);
          next.push(parent);
        }
      }
    }
    frontier = next;
  }
  return false;
}

/**
 * True when usual senses of the two words meet within `levels` steps up the hypernym chain the
 * table keeps: two kinds of one thing (a film and a book, an actor and a singer; a region and a
 * fault, a jail and a Friday are no close kin), the alternatives one statement may name in one place.
 */
export function sameKindWithin(a: string, b: string, levels: number, pos: WordNetPos = 'noun'): boolean {
  const ancestorsOf = (word: string): Set<number> => {
    let frontier = usualSenses(word, pos);
    const seen = new Set(frontier);
    for (let level = 0; level < levels && frontier.length > 0; level++) {
      frontier = frontier.flatMap(parentsOf).filter((parent) => !seen.has(parent));
      for (const parent of frontier) seen.add(parent);
    }
    return seen;
  };
  const ofA = ancestorsOf(a);
  if (ofA.size === 0) return false;
  for (const sense of ancestorsOf(b)) if (ofA.has(sense)) return true;
  return false;
}

/** Senses that carry an adjective's antonyms: the sense itself, and a satellite's head adjective. */
function antonymBearers(word: string, pos: WordNetPos): readonly number[] {
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
