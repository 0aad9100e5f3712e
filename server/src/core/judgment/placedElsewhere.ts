/**
 * Two things of one name in two towns. A corpus holds many stories, and a school, a street or a
 * club of one name may be in several of their towns: "parents at Marfield Primary School in
 * Gristenmouth" in an article about Gristenmouth do not bear out what "parents at Marfield Primary
 * School" did in an article that never names Gristenmouth and is set in towns of its own. The
 * sentences alone cannot tell this; their articles can, so this reads the places each article
 * names ("in X", X a proper noun).
 * Such a source neither bears the claim out nor contradicts it: a figure given otherwise is the
 * other school's. More broadly, two articles that share no name but their two sentences' tell two
 * stories (`storiesApart`), and a figure given otherwise between them is no conflict.
 */
import type { SentenceFeatures } from './features';
import type { ClaimStore, StoredSentence } from './store';
import { termsOf } from './termColumns';
import { lowerAt, posAt } from './tokenColumns';
import { inDateValue, isName } from './names';

/**
 * A name as written, whatever the recogniser took it for: "Marcombe" is a person in one article
 * ("Rainfall in Marcombe ...", read alone) and a place in another, and is one town in both.
 */
function nameOf(key: string): string {
  return key.replace(NAME_KIND, '');
}
const NAME_KIND = /^(?:e:[a-z]+:|l:)/;

/** What an article names: the keys of its proper nouns and entities, the same as names (`nameOf`), and the names it places things in ("in X"). */
interface ArticleNames {
  readonly keys: ReadonlySet<string>;
  /** The keys as names (`nameOf`), which places are compared by. */
  readonly names: ReadonlySet<string>;
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
  if (places.every((place) => otherArticle.names.has(place))) return false;
  const placedArticle = namesOf(store.sentencesOf(placed.articleId));
  return otherArticle.places.some((place) => !placedArticle.names.has(place));
}

/**
 * Whether the two sentences' articles tell two stories: each names at least `OWN_NAMES` people,
 * places or bodies besides its sentence's, and they share none but those the two sentences name
 * ("The Democratic Centre candidate received 48.2 percent of the vote" in an article about one
 * country's election, "... 55.8 percent" in one about another's).
 */
export function storiesApart(claim: StoredSentence, source: StoredSentence, store: ClaimStore): boolean {
  const mine = namesOf(store.sentencesOf(claim.articleId)).keys;
  const theirs = namesOf(store.sentencesOf(source.articleId)).keys;
  const inPair = new Set<string>();
  for (const term of termsOf(claim.features)) inPair.add(term.key);
  for (const term of termsOf(source.features)) inPair.add(term.key);
  let own = 0;
  for (const key of mine) {
    if (inPair.has(key)) continue;
    if (theirs.has(key)) return false;
    own++;
  }
  if (own < OWN_NAMES) return false;
  let theirOwn = 0;
  for (const key of theirs) if (!inPair.has(key) && ++theirOwn >= OWN_NAMES) return true;
  return false;
}
/** Names an article must have besides its sentence's before it can tell a story of its own. */
const OWN_NAMES = 3;

function namesOf(sentences: readonly StoredSentence[]): ArticleNames {
  let found = namesBySentences.get(sentences);
  if (found === undefined) {
    const keys = new Set<string>();
    const names = new Set<string>();
    const places = new Set<string>();
    for (const sentence of sentences) {
      const features = sentence.features;
      // Names only, not a day ("on Sunday"): a town is a proper noun wherever it stands, and the
      // sets stay small at 10,000 articles.
      for (const term of termsOf(features)) {
        if (!isName(features, term) || inDateValue(features, term)) continue;
        keys.add(term.key);
        names.add(nameOf(term.key));
      }
      for (const place of placesIn(sentence.features, Infinity)) places.add(place);
    }
    found = { keys, names, places: [...places] };
    namesBySentences.set(sentences, found);
  }
  return found;
}

/** The names of the proper nouns right after "in" before token `end` ("in Gristenmouth"). */
function placesIn(features: SentenceFeatures, end: number): string[] {
  const places: string[] = [];
  if (end < 0) return places;
  for (const term of termsOf(features)) {
    if (term.token >= end) break;
    if (term.token > 0 && posAt(features.tokens, term.token) === 'PROPN' && lowerAt(features.tokens, term.token - 1) === 'in') places.push(nameOf(term.key));
  }
  return places;
}
