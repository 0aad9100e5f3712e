/**
 * Partner finding (partners.ts) on invented sentences: which source terms may stand for each claim
 * term, in order of preference, with the per-claim tables reset between claims and copied terms
 * numbered again.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { parseArticle } from '../../server/src/core/article/parse';
import { ClaimStore } from '../../server/src/core/judgment/store';
import { compactCopiedFeatures, portableSentences } from '../../server/src/core/judgment/copies';
import type { SentenceFeatures } from '../../server/src/core/judgment/features';
import { Term } from '../../server/src/core/judgment/terms';
import { partnersOf } from '../../server/src/core/judgment/partners';
import { termsOf } from '../../server/src/core/judgment/termColumns';

/** Features with their terms as a list of `Term`s, as a sentence's are before its article packs them. */
const asList = (features: SentenceFeatures): SentenceFeatures => ({ ...features, terms: termsOf(features) });

/** The features of each one-sentence text, from one store. */
function featuresOf(...texts: string[]): SentenceFeatures[] {
  const store = new ClaimStore();
  const context = { articleDate: '2024-03-12', tolerance: 0.1 };
  texts.forEach((text, i) => store.setArticle(`a${i}.txt`, parseArticle(` date 2024-03-12 ${text}`), context));
  return texts.map((_, i) => store.sentencesOf(`a${i}.txt`)[0].features);
}

const termOf = (features: SentenceFeatures, lemma: string): number => {
  const at = termsOf(features).findIndex((t) => t.lemma === lemma);
  assert.ok(at >= 0, `no term "${lemma}" in: ${termsOf(features).map((t) => t.lemma).join(' ')}`);
  return at;
};
const lemmas = (terms: readonly Term[]) => terms.map((t) => t.lemma);
/** Each claim term's partners as a list of its own, copied out of `partnersOf`'s pooled arrays. */
const partnersOfTerms = (claimTerms: readonly Term[], sourceTerms: readonly Term[]): Term[][] => {
  const { from, terms } = partnersOf(claimTerms, sourceTerms);
  return claimTerms.map((_, i) => terms.slice(from[i], from[i + 1]));
};

describe('partners of claim terms', () => {
  test('the same word is found, and a word the claim does not speak of partners nothing', () => {
    const [claim, source] = featuresOf('The council approved the museum budget.', 'The council rejected a plan for the stadium.');
    const partners = partnersOfTerms(termsOf(claim), termsOf(source));
    assert.deepEqual(lemmas(partners[termOf(claim, 'council')]), ['council']);
    assert.deepEqual(lemmas(partners[termOf(claim, 'museum')]), []);
  });

  test('the same word comes before a synonym, wherever each stands in the source', () => {
    const [claim, source] = featuresOf('The company bought a factory.', 'The group purchased land and then bought a factory.');
    assert.deepEqual(lemmas(partnersOfTerms(termsOf(claim), termsOf(source))[termOf(claim, 'buy')]), ['buy', 'purchase']);
  });

  test('one claim\'s lookups do not linger into the next claim\'s', () => {
    const [first, second, source] = featuresOf('The council approved the budget.', 'A senator resigned on Friday.', 'The council approved the budget on Friday.');
    assert.deepEqual(lemmas(partnersOfTerms(termsOf(first), termsOf(source))[termOf(first, 'council')]), ['council']);
    const partners = partnersOfTerms(termsOf(second), termsOf(source));
    // Had the first claim's hits stayed, "approve" (its second term) would partner "resign" (the second's).
    assert.deepEqual(lemmas(partners[termOf(second, 'resign')]), []);
    assert.deepEqual(lemmas(partners[termOf(second, 'friday')]), ['friday']);
    // And back to the first claim: its tables are made again, not the second's read.
    assert.deepEqual(lemmas(partnersOfTerms(termsOf(first), termsOf(source))[termOf(first, 'budget')]), ['budget']);
  });

  test('copied terms (from the cache or another thread) are numbered again and partner as computed ones do', () => {
    const [claim, source] = featuresOf('The council approved the harbour budget.', 'The harbour budget was approved by the council.');
    const computed = partnersOfTerms(termsOf(claim), termsOf(source)).map(lemmas);
    // Another process's numbers: a copy carries whatever they were.
    const copies = [claim, source].map((features) => ({ features: JSON.parse(JSON.stringify(asList(features)), (key, value) => (key === 'number' ? value + 100_000 : value)) as SentenceFeatures }));
    compactCopiedFeatures(copies);
    assert.deepEqual(termsOf(copies[0].features).map((t) => t.word), termsOf(claim).map((t) => t.word));
    assert.deepEqual(partnersOfTerms(termsOf(copies[0].features), termsOf(copies[1].features)).map(lemmas), computed);
  });

  test('a structured clone of features comes back as terms of the process\'s own words, flags and places kept', () => {
    const [features] = featuresOf('The mayor did not approve the harbour budget, citing its soaring costs.');
    const copy = { features: deserialize(serialize(asList(features))) as SentenceFeatures };
    assert.ok(!((termsOf(copy.features) as readonly Term[])[0] instanceof Term), 'the serialiser keeps fields, not the class');
    compactCopiedFeatures([copy]);
    const shape = (t: Term) => [t.key, t.lemma, t.pos, t.start, t.end, t.token, t.negated, t.secondary, t.stem, t.senses.length];
    assert.deepEqual(termsOf(copy.features).map(shape), termsOf(features).map(shape));
    termsOf(copy.features).forEach((t, i) => {
      assert.ok(t instanceof Term);
      assert.equal(t.lexeme, termsOf(features)[i].lexeme, `"${t.lemma}" shares the computed term's word`);
    });
    // The sentence says both a negated and a secondary term: the flags are not all false.
    assert.ok(termsOf(features).some((t) => t.negated) && termsOf(features).some((t) => t.secondary));
  });

  test('sentences packed as the cache and worker threads send them come back the same, and the originals are left as they were', () => {
    const [features] = featuresOf('The mayor did not approve the harbour budget, citing its soaring costs.');
    const [packed] = portableSentences([{ features }]);
    assert.ok(termsOf(features).every((t) => t instanceof Term), 'the sentence given keeps its terms');
    const bytes = serialize(packed);
    // Each term is its word's part of speech and lemma and four numbers, not the word's WordNet arrays.
    assert.ok(bytes.length < serialize({ features: asList(features) }).length, `packed ${bytes.length} bytes`);
    const copy = deserialize(bytes) as { features: SentenceFeatures };
    compactCopiedFeatures([copy]);
    const shape = (t: Term) => [t.key, t.lemma, t.pos, t.start, t.end, t.token, t.negated, t.secondary, t.stem, t.senses.length];
    assert.deepEqual(termsOf(copy.features).map(shape), termsOf(features).map(shape));
    termsOf(copy.features).forEach((t, i) => assert.equal(t.lexeme, termsOf(features)[i].lexeme, `"${t.lemma}" shares the computed term's word`));
    assert.ok(termsOf(features).some((t) => t.negated) && termsOf(features).some((t) => t.secondary));
  });
});
