/**
 * Content terms: one occurrence of a word in a sentence (`Term`: where it stands, whether a
 * negation governs it, whether it sits in a trailing elaboration) and the word itself (`Word`:
 * its key, lemma, part of speech and WordNet profile, one object per process for each part of
 * speech and key). `features.ts` decides which tokens become terms; this module makes them.
 */
import type { Span } from '../types';
import { broaderKeys, conceptKeys, derivedWords, type WordNetPos } from '../lexicon/wordnet';
import { intern } from '../text/intern';

/**
 * What every occurrence of one word shares: one object per part of speech and key in a process
 * (`wordOf`), so that a term holds only where it stands. Terms are the bulk of an indexed corpus
 * (2.4 million at 10k articles); with the word's eight properties of their own each took 128 bytes.
 */
export interface Word {
  /** 'e:<entity id>' for an entity, otherwise 'l:<lemma>'. */
  readonly key: string;
  readonly lemma: string;
  readonly pos: WordNetPos | 'entity';
  /** WordNet senses (concept keys) of the lemma's most frequent meanings: shared ones are synonyms. */
  readonly senses: readonly string[];
  /** The lemma without a derivational suffix: lead / leadership, appoint / appointment. */
  readonly stem: string;
  /** Senses one level up (hurt -> injure): a kind-of match, weaker than a synonym. */
  readonly broader: readonly string[];
  /** Words WordNet derives from or to this one (decide / decision). */
  readonly derived: readonly string[];
  /**
   * The retrieval keys every occurrence of the word gives its sentence (see `retrievalKeys` in
   * features.ts): its key, a person's surname ("l:rutte" finds "Rutte" alone), a noun's or verb's senses.
   */
  readonly retrievalKeys: readonly string[];
  /**
   * The word's number in this process, for tables kept per word (see partners.ts): an index
   * into an array costs less than a lookup by key. Another process numbers words otherwise, so
   * copied terms are numbered again (`compactCopiedFeatures`).
   */
  readonly number: number;
}

const NEGATED = 1;
const SECONDARY = 2;
const STANDS_IN = 4;
/** Bits of `Term.tokenAndFlags` that hold the flags; the token index is above them. */
const FLAG_BITS = 3;
const FLAG_MASK = (1 << FLAG_BITS) - 1;

/** One occurrence of a word in a sentence; the word's own properties are read through `lexeme`. */
export class Term {
  /**
   * The index of the term's first token and the term's flags, in one small integer: a field
   * costs 8 bytes, and a 10k corpus has 2.4 million terms. An article has far fewer than 2^28
   * tokens, so the pair stays a small integer. Packed terms (termColumns.ts) keep it as it is.
   */
  readonly tokenAndFlags: number;

  constructor(
    readonly lexeme: Word,
    readonly start: number,
    readonly end: number,
    token: number,
    flags: number,
  ) {
    this.tokenAndFlags = (token << FLAG_BITS) | flags;
  }

  /** A term as packed (termColumns.ts): its token index and flags in one number (`tokenAndFlags`). */
  static packed(lexeme: Word, start: number, end: number, tokenAndFlags: number): Term {
    return new Term(lexeme, start, end, tokenAndFlags >> FLAG_BITS, tokenAndFlags & FLAG_MASK);
  }

  /** Index of the term's first token, for windows around values. */
  get token(): number {
    return this.tokenAndFlags >> FLAG_BITS;
  }
  /** The flags (negated, secondary, stands in) as one number, as copies carry them. */
  get flags(): number {
    return this.tokenAndFlags & FLAG_MASK;
  }

  get key(): string {
    return this.lexeme.key;
  }
  get lemma(): string {
    return this.lexeme.lemma;
  }
  get pos(): Word['pos'] {
    return this.lexeme.pos;
  }
  get senses(): readonly string[] {
    return this.lexeme.senses;
  }
  get stem(): string {
    return this.lexeme.stem;
  }
  get broader(): readonly string[] {
    return this.lexeme.broader;
  }
  get derived(): readonly string[] {
    return this.lexeme.derived;
  }
  /** The word's number (`Word.number`). */
  get word(): number {
    return this.lexeme.number;
  }
  /** A negation cue governs this term ("did not *back*"). */
  get negated(): boolean {
    return (this.flags & NEGATED) !== 0;
  }
  /** In a trailing elaboration (", reinforcing ...", ", even though ..."): weighs less. */
  get secondary(): boolean {
    return (this.flags & SECONDARY) !== 0;
  }
  /** A pronoun standing for its antecedent (`termStandingAt`): the antecedent's word at the pronoun's place. */
  get standsIn(): boolean {
    return (this.flags & STANDS_IN) !== 0;
  }
}

/**
 * A term as it arrives copied: a `Term` structured-cloned or read back as plain data (its fields,
 * without the class), or a `PackedTerm` that `copyOfTerm` made to be sent or stored.
 */
export type CopiedTerm = PackedTerm | {
  readonly lexeme: Pick<Word, 'lemma' | 'pos'>;
  readonly start: number;
  readonly end: number;
  readonly tokenAndFlags: number;
};

/**
 * A term packed to be sent or stored: its word (by part of speech and lemma), start, end, token
 * and flags. An array serialises without the five property names an object repeats for each term.
 */
export type PackedTerm = readonly [lexeme: Pick<Word, 'lemma' | 'pos'>, start: number, end: number, token: number, flags: number];

const ENTITY_PROFILE = { senses: [] as string[], broader: [] as string[], derived: [] as string[] };

/** An entity's term ("e:<id>"). */
export function entityTerm(id: string, span: Span, negated: boolean, token: number): Term {
  return new Term(wordOf('entity', id), span.start, span.end, token, negated ? NEGATED : 0);
}

/** A word's term ("l:<lemma>"), with its WordNet profile. */
export function lemmaTerm(lemma: string, pos: WordNetPos, span: Span, negated: boolean, token: number): Term {
  return new Term(wordOf(pos, lemma), span.start, span.end, token, negated ? NEGATED : 0);
}

/** The same word, with the same flags, standing elsewhere (a pronoun standing for its antecedent). */
export function termStandingAt(term: Term, span: Span, token: number): Term {
  return new Term(term.lexeme, span.start, span.end, token, (term.negated ? NEGATED : 0) | (term.secondary ? SECONDARY : 0) | STANDS_IN);
}

/** The term as a trailing elaboration (see `markSecondary` in features.ts). */
export function asSecondary(term: Term): Term {
  return new Term(term.lexeme, term.start, term.end, term.token, term.flags | SECONDARY);
}

/** Each word's part of speech and lemma, one object per word: what a copy of its terms names it by. */
const copiedWords = new Map<Word, PackedTerm[0]>();

/**
 * The term packed to send to another thread or store in a file (`PackedTerm`): its word by part
 * of speech and lemma only, one object per word, so that a batch or an entry holds each word
 * once; the receiver makes it a term of its own word (`termFromCopy`). With the whole `Word`
 * (its key, stem and WordNet arrays) and the names of its fields, terms were half of a cache
 * entry's bytes; packed, a sixth.
 */
export function copyOfTerm(term: Term): PackedTerm {
  let lexeme = copiedWords.get(term.lexeme);
  if (!lexeme) copiedWords.set(term.lexeme, (lexeme = { lemma: term.lexeme.lemma, pos: term.lexeme.pos }));
  return [lexeme, term.start, term.end, term.token, term.flags];
}

/** The process's word numbered `number` (see `Word.number`). */
export function numberedWord(number: number): Word {
  return numberedWords[number];
}

/** A copied term (see `CopiedTerm`) as a `Term` of the process's own word. */
export function termFromCopy(copy: CopiedTerm): Term {
  if (isPacked(copy)) return new Term(wordOf(copy[0].pos, copy[0].lemma), copy[1], copy[2], copy[3], copy[4]);
  return new Term(wordOf(copy.lexeme.pos, copy.lexeme.lemma), copy.start, copy.end, copy.tokenAndFlags >> FLAG_BITS, copy.tokenAndFlags & FLAG_MASK);
}

function isPacked(copy: CopiedTerm): copy is PackedTerm {
  return Array.isArray(copy);
}

/**
 * The process's one `Word` of a part of speech and lemma (an entity's lemma is its id): two
 * lookups per term, and its key and WordNet profile made only when the word is first met (both
 * follow from the part of speech and the lemma).
 */
const words = new Map<Term['pos'], Map<string, Word>>();
/** The process's words by number (`Word.number`). */
const numberedWords: Word[] = [];
function wordOf(pos: Term['pos'], lemma: string): Word {
  let table = words.get(pos);
  if (!table) words.set(pos, (table = new Map()));
  let word = table.get(lemma);
  if (word === undefined) {
    const own = intern(lemma);
    // An entity has no WordNet senses (every entity's word shares the empty arrays); its stem is its id.
    const profile = pos === 'entity' ? { ...ENTITY_PROFILE, stem: own } : lexicalProfile(own, pos);
    const key = intern((pos === 'entity' ? 'e:' : 'l:') + own);
    const retrievalKeys = [key];
    if (key.startsWith('e:person:')) retrievalKeys.push(intern('l:' + own.slice('person:'.length)));
    if (pos === 'verb' || pos === 'noun') retrievalKeys.push(...profile.senses);
    word = { key, lemma: own, pos, senses: profile.senses, stem: profile.stem, broader: profile.broader, derived: profile.derived, retrievalKeys, number: numberedWords.length };
    numberedWords.push(word);
    table.set(own, word);
  }
  return word;
}

interface LexicalProfile {
  readonly senses: string[];
  readonly stem: string;
  readonly broader: string[];
  readonly derived: string[];
}
const profiles = new Map<string, LexicalProfile>();
/** Nouns derived by a suffix WordNet does not always link: lead / leadership, appoint / appointment. */
const DERIVING_SUFFIX = /(?:ership|orship|ship|ment|ation|ition|tion|ion|ance|ence|er|or|al|ing)$/;

/**
 * The senses and stem of a lemma, computed once per word for the whole run: the vocabulary is
 * small, the sentences many, so comparisons only intersect precomputed keys.
 */
function lexicalProfile(lemma: string, pos: WordNetPos): LexicalProfile {
  const cacheKey = pos + ':' + lemma;
  let profile = profiles.get(cacheKey);
  if (!profile) {
    const derived = derivedWords(lemma);
    const senses = conceptKeys(lemma, pos).map((k) => 'c:' + k);
    const broader = broaderKeys(lemma, pos).map((k) => 'c:' + k);
    // A noun of action meets its verb's synonyms and broader words too: "discussion" / "discuss"
    // / "talk" / "spoke".
    if (pos === 'noun') {
      for (const verb of derived) {
        for (const k of conceptKeys(verb, 'verb')) senses.push('c:' + k);
        for (const k of broaderKeys(verb, 'verb')) broader.push('c:' + k);
      }
    }
    // A compound WordNet does not know is a kind of its last part: "cyber-criminals" are
    // criminals, "co-founder" a founder.
    const hyphen = lemma.lastIndexOf('-');
    if (pos === 'noun' && senses.length === 0 && hyphen > 0) {
      for (const k of conceptKeys(lemma.slice(hyphen + 1), 'noun')) broader.push('c:' + k);
    }
    const stripped = lemma.replace(DERIVING_SUFFIX, '');
    profile = { senses, stem: stripped.length >= 4 ? stripped : lemma, broader, derived };
    profiles.set(cacheKey, profile);
  }
  return profile;
}
