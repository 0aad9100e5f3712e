/**
 * Two things of one name in two towns. A corpus holds many stories, and a school, a street or a
 * club of one name may be in several of their towns: "parents at Marfield Primary School in
 * Gristenmouth" in an article about Gristenmouth do not bear out what "parents at Marfield Primary
 * School" did in an article that never names Gristenmouth and is set in towns of its own. The
 * sentences alone cannot tell this; their articles can, so this reads the places each article
 * names ("in X", X a proper noun).
 * Such a source neither bears the claim out nor contradicts it: a figure given otherwise is the
 * other school's.
 */
import type { SentenceFeatures } from './features';
import type { ClaimStore, StoredSentence } from './store';
import { termsOf } from './termColumns';
import { lowerAt, posAt } from './tokenColumns';

/** What an article names: the keys of its proper nouns and entities, and the names it places things in ("in X"). */
interface ArticleNames {
  readonly keys: ReadonlySet<string>;
  readonly places: readonly string[];
}

/**
 * Each article's names, by its sentences as the store holds them: a changed article is a new
 * array, so nothing stale is read, and each judgment still asks the store for the sentences (the
 * CLI's cache records that read).
 */
const namesBySentences = new WeakMap<readonly StoredSentence[], ArticleNames>();

/**
 * Whether the source speaks of a thing of the claim's name in another town: one sentence's
 * subject is placed "in X", which the other sentence's article never names, while that article
 * places things in towns the first one's article never names.
 */
export function placedElsewhere(claim: StoredSentence, source: StoredSentence, store: ClaimStore): boolean {
  return subjectElsewhere(source, claim, store) || subjectElsewhere(claim, source, store);
}

function subjectElsewhere(placed: StoredSentence, other: StoredSentence, store: ClaimStore): boolean {
  const places = placesIn(placed.features, placed.features.verbAt);
  if (places.length === 0) return false;
  const otherArticle = namesOf(store.sentencesOf(other.articleId));
  if (places.every((place) => otherArticle.keys.has(place))) return false;
  const placedArticle = namesOf(store.sentencesOf(placed.articleId));
  return otherArticle.places.some((place) => !placedArticle.keys.has(place));
}

function namesOf(sentences: readonly StoredSentence[]): ArticleNames {
  let names = namesBySentences.get(sentences);
  if (names === undefined) {
    const keys = new Set<string>();
    const places = new Set<string>();
    for (const sentence of sentences) {
      const tokens = sentence.features.tokens;
      // Names only: a town is a proper noun wherever it stands, and the sets stay small at 10,000 articles.
      for (const term of termsOf(sentence.features)) if (term.key.startsWith('e:') || posAt(tokens, term.token) === 'PROPN') keys.add(term.key);
      for (const place of placesIn(sentence.features, Infinity)) places.add(place);
    }
    names = { keys, places: [...places] };
    namesBySentences.set(sentences, names);
  }
  return names;
}

/** The keys of the proper nouns right after "in" before token `end` ("in Gristenmouth"). */
function placesIn(features: SentenceFeatures, end: number): string[] {
  const places: string[] = [];
  if (end < 0) return places;
  for (const term of termsOf(features)) {
    if (term.token >= end) break;
    if (term.token > 0 && posAt(features.tokens, term.token) === 'PROPN' && lowerAt(features.tokens, term.token - 1) === 'in') places.push(term.key);
  }
  return places;
}
