/**
 * Which of a sentence's figures are grand totals (`features.ts`): a total is compared only with
 * another total, never with a part of it ("a combined 157 games" / "54 games with the Rovers").
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceFeatures } from '../../server/src/core/judgment/features';

/** The texts of a sentence's figures that are totals (`SentenceFeatures.totals`). */
function totals(sentence: string): string[] {
  const features = sentenceFeatures(sentence, { start: 0, end: sentence.length }, {});
  return features.values.filter((v) => features.totals.has(v)).map((v) => v.text);
}

describe('totals', () => {
  test('a grand total is marked by the words around it ("worldwide", "in all", "a total of", "his season total to", "a combined")', () => {
    assert.deepEqual(totals('The film grossed $93 million worldwide.'), ['$93 million']);
    assert.deepEqual(totals('Varga played in a combined 157 games with the Rovers and Kelm Town.'), ['157']);
    assert.deepEqual(totals('The team scored a total of 40 goals.'), ['40']);
    assert.deepEqual(totals('Varga had three catches on Sunday, bringing his season total to 43.'), ['43']);
  });
  test('a figure told alone is no total', () => {
    assert.deepEqual(totals('Varga played in 54 games with the Rovers.'), []);
  });
});
