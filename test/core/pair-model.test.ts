/**
 * The pair model's features of the words that differ, on invented sentences: a figure the source
 * gives otherwise, and a word the source opposes. Each test fails when its feature is removed.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/src/core/article/parse';
import { ClaimStore } from '../../server/src/core/judgment/store';
import { compareSentences } from '../../server/src/core/judgment/compare';
import { PAIR_FEATURES, supportProbability } from '../../server/src/core/judgment/pairModel';
import { verdictOf } from '../helpers/verdicts';

const dated = (body: string) => ` date 2024-03-12 ${body}`;

/** The pair vector of a one-sentence claim against a one-sentence source. */
function pairOf(claim: string, source: string): number[] {
  const store = new ClaimStore();
  const context = { articleDate: '2024-03-12', tolerance: 0.1 };
  store.setArticle('claim.txt', parseArticle(dated(claim)), context);
  store.setArticle('source.txt', parseArticle(dated(source)), context);
  const [a] = store.sentencesOf('claim.txt');
  const [b] = store.sentencesOf('source.txt');
  const comparison = compareSentences(a.features, b.features, store.idf);
  assert.ok(comparison.pair, 'the pair model should weigh this pair');
  return comparison.pair.vector;
}

const feature = (vector: number[], name: (typeof PAIR_FEATURES)[number]) => vector[PAIR_FEATURES.indexOf(name)];

describe('pair model: the words that differ', () => {
  test('a year the source gives otherwise ("a 1962 novel" / "a 1974 novel") lowers the support', () => {
    // Two years in the source: the one-year-each pairing of the slot comparison does not decide it.
    const source = 'Harrow Lane is a 1974 novel by Ola Brant about a fishing village, reissued in 2001.';
    const other = pairOf('Harrow Lane is a 1962 novel by Ola Brant.', source);
    const same = pairOf('Harrow Lane is a 1974 novel by Ola Brant.', source);
    assert.equal(feature(other, 'valueDiffers'), 1);
    assert.equal(feature(same, 'valueDiffers'), 0);
    assert.ok(supportProbability(other) < supportProbability(same));
  });

  test('a figure of another kind, or none in the source, is no substitution', () => {
    const vector = pairOf('Harrow Lane is a 1962 novel by Ola Brant.', 'Harrow Lane is a novel by Ola Brant about three fishing villages.');
    assert.equal(feature(vector, 'valueDiffers'), 0);
  });

  test('the opposite word in the source ("positively reviewed" / "negative reviews") contradicts', () => {
    const claim = 'Harrow Lane was positively reviewed.';
    const opposed = verdictOf({ 'a.txt': dated(claim), 'b.txt': dated('Harrow Lane received negative reviews from critics in Norway.') }, 'a.txt', 'Harrow Lane');
    assert.equal(opposed.verdict, 'conflicting');
    const agreeing = verdictOf({ 'a.txt': dated(claim), 'b.txt': dated('Harrow Lane received positive reviews from critics in Norway.') }, 'a.txt', 'Harrow Lane');
    assert.equal(agreeing.verdict, 'supported');
  });

  test('opposites folded into one title still differ ("a king" / "the first queen")', () => {
    const vector = pairOf('Alvar of Tessen was a king.', 'Alvar of Tessen was the first queen of Tessen from the house of Morrow.');
    assert.equal(feature(vector, 'opposedWord'), 1);
  });

  test('a source that also has the claim\'s own word does not oppose it', () => {
    const vector = pairOf('Harrow Lane was positively reviewed.', 'Harrow Lane received positive and negative reviews from critics.');
    assert.equal(feature(vector, 'opposedWord'), 0);
  });
});

describe('a source that states the claim in fewer words', () => {
  // Without a telling difference (a figure given otherwise, an opposite word), a source that
  // states the claim's core supports it: the model, which reads such a pair as doubtful, is not
  // asked. News copy often repeats a claim without its detail, and that is no contradiction.
  for (const [claim, source] of [
    ['The Lanthorn council approved the ferry levy to pay for a new pier at Quellmore.', 'The Lanthorn council approved the ferry levy.'],
    ['Ines Okafor won the Quellmore marathon for a club from Lanthorn in heavy rain.', 'Ines Okafor won the Quellmore marathon.'],
  ]) {
    test(`supports: "${source}"`, () => {
      const verdict = verdictOf({ 'claim.txt': dated(claim), 'source.txt': dated(source) }, 'claim.txt', claim.slice(0, 20));
      assert.equal(verdict.verdict, 'supported');
    });
  }
});
