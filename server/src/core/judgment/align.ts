/**
 * Aligning a claim's terms with another sentence's: which term of the source stands for each
 * term of the claim (same word, synonym, derived word, broader word, the same entity), and how
 * much of the claim (idf-weighted) is covered. Matching intersects keys precomputed per lemma, so
 * that no WordNet query runs per pair of sentences.
 */
import { antonymous } from '../lexicon/wordnet';
import type { SentenceFeatures, Term } from './features';

export type Idf = (key: string) => number;

const MAX_TERM_WEIGHT = 4;
/** Weight of a term in a trailing elaboration, relative to the main clause. */
const SECONDARY_WEIGHT = 0.3;
/** Who and what weigh more than how: entities and nouns over verbs over adjectives. */
const POS_WEIGHT: Record<Term['pos'], number> = { entity: 1.2, noun: 1, verb: 0.8, adj: 0.5, adv: 0.3 };

/** How well two terms match: 1 for the same term, 0.9 for synonyms, 0.8 for derived words, else 0. */
export function termMatch(a: Term, b: Term): number {
  if (a.key === b.key) return 1;
  if (a.pos === 'entity' || b.pos === 'entity') return a.lemma === 'person:' + b.lemma || b.lemma === 'person:' + a.lemma ? 1 : 0;
  for (const sense of a.senses) if (b.senses.includes(sense)) return 0.9;
  if (a.stem === b.stem || a.derived.includes(b.lemma) || b.derived.includes(a.lemma)) return 0.8;
  for (const sense of a.senses) if (b.broader.includes(sense)) return 0.5;
  for (const sense of b.senses) if (a.broader.includes(sense)) return 0.5;
  return 0;
}

const antonymCache = new Map<string, boolean>();
export function areAntonyms(a: Term, b: Term): boolean {
  const key = a.lemma < b.lemma ? `${a.lemma}|${b.lemma}` : `${b.lemma}|${a.lemma}`;
  let answer = antonymCache.get(key);
  if (answer === undefined) antonymCache.set(key, (answer = antonymous(a.lemma, b.lemma)));
  return answer;
}

/** Where each of a sentence's lookup keys (lemma, senses, stem, entity) occurs among its terms. */
const termIndexes = new WeakMap<SentenceFeatures, Map<string, Term[]>>();
function termIndex(features: SentenceFeatures): Map<string, Term[]> {
  let index = termIndexes.get(features);
  if (index) return index;
  index = new Map();
  const add = (key: string, term: Term) => {
    const list = index!.get(key);
    if (list) list.push(term);
    else index!.set(key, [term]);
  };
  for (const term of features.terms) {
    add(term.key, term);
    add('s:' + term.stem, term);
    if (term.key.startsWith('e:person:')) add('l:' + term.lemma.slice('person:'.length), term);
    for (const sense of term.senses) add(sense, term);
    for (const sense of term.broader) add('b:' + sense, term);
    for (const word of term.derived) add('l:' + word, term);
  }
  termIndexes.set(features, index);
  return index;
}

const lookupKeys = new WeakMap<Term, string[]>();

/** The keys under which a term's possible partners are indexed, computed once per term. */
function lookupsOf(term: Term): string[] {
  let lookups = lookupKeys.get(term);
  if (!lookups) {
    lookups = [term.key, 's:' + term.stem, ...term.senses, ...term.broader, ...term.senses.map((x) => 'b:' + x), ...term.derived.map((w) => 'l:' + w)];
    if (term.key.startsWith('e:person:')) lookups.push('l:' + term.lemma.slice('person:'.length));
    if (term.pos !== 'entity') lookups.push('e:person:' + term.lemma);
    lookupKeys.set(term, lookups);
  }
  return lookups;
}

function partnersOf(term: Term, source: SentenceFeatures): Term[] {
  const index = termIndex(source);
  const found: Term[] = [];
  for (const key of lookupsOf(term)) {
    const hits = index.get(key);
    if (hits) for (const other of hits) if (!found.includes(other)) found.push(other);
  }
  return found;
}

export interface Alignment {
  readonly coverage: number;
  /** Coverage of the claim's core: its entities and verbs, who did what. */
  readonly core: number;
  /** For each claim term, its best partner in the source (or undefined). */
  readonly partners: ReadonlyArray<Term | undefined>;
  readonly antonymPair?: [Term, Term];
}

export function align(claim: SentenceFeatures, source: SentenceFeatures, idf: Idf): Alignment {
  let total = 0;
  let matched = 0;
  let coreTotal = 0;
  let coreMatched = 0;
  let antonymPair: [Term, Term] | undefined;
  const partners: Array<Term | undefined> = [];
  const firstEntity = claim.terms.find((t) => t.pos === 'entity' || t.pos === 'noun');
  for (const term of claim.terms) {
    // Capped so that one rare modifier ("significant") cannot outweigh who did what.
    const weight = Math.min(idf(term.key), MAX_TERM_WEIGHT) * POS_WEIGHT[term.pos] * (term.secondary ? SECONDARY_WEIGHT : 1);
    total += weight;
    let best = 0;
    let partner: Term | undefined;
    for (const other of partnersOf(term, source)) {
      const score = termMatch(term, other);
      if (score > best) {
        best = score;
        partner = other;
      }
    }
    // An implicit subject stands for the claim's first entity, its likely subject.
    if (best === 0 && source.implicitSubject && term === firstEntity) best = 1;
    matched += weight * best;
    if (term.pos === 'entity' || term.pos === 'verb') {
      coreTotal += weight;
      coreMatched += weight * best;
    }
    partners.push(partner);
  }
  const coverage = total > 0 ? matched / total : 0;
  // Opposite predicates are looked for only where the rest lines up, so the cost stays small.
  if (coverage >= 0.5) {
    claim.terms.forEach((term, i) => {
      if (antonymPair || partners[i] || (term.pos !== 'verb' && term.pos !== 'adj')) return;
      const other = source.terms.find((o) => o.pos === term.pos && areAntonyms(term, o));
      if (other) antonymPair = [term, other];
    });
  }
  return { coverage, core: coreTotal > 0 ? coreMatched / coreTotal : coverage, partners, antonymPair };
}
