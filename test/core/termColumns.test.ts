/**
 * Packed terms (termColumns.ts): an article's terms kept as numbers read back as the terms that
 * were computed, field by field, and a sentence read twice in a row gives the same list.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/src/core/article/parse';
import { sentenceFeatures } from '../../server/src/core/judgment/features';
import { articleSentences } from '../../server/src/core/judgment/store';
import { isTermList, packTerms, termsOf } from '../../server/src/core/judgment/termColumns';
import type { Term } from '../../server/src/core/judgment/terms';

const TEXT = ' date 2024-03-12\nMayor Anna Rinne did not approve the harbour budget, citing its soaring costs. She will vote again in May. The council rejected a childless plan.\n';
const shape = (t: Term) => [t.key, t.lemma, t.pos, t.start, t.end, t.token, t.negated, t.secondary, t.standsIn, t.word];

describe('packed terms', () => {
  test('an indexed article\'s sentences hold runs of one array, read back as the terms computed', () => {
    const parsed = parseArticle(TEXT);
    const sentences = articleSentences('a', parsed, {});
    assert.equal(sentences.length, 3);
    const runs = sentences.map((s) => s.features.terms);
    assert.ok(runs.every((run) => !isTermList(run)), 'indexed sentences keep their terms packed');
    assert.equal(new Set(runs.map((run) => (isTermList(run) ? undefined : run.packed))).size, 1, 'one array for the article');
    // Computed afresh, each sentence's own terms (the second opens with a pronoun standing for the mayor).
    const fresh = sentences.map((s) => sentenceFeatures(parsed.text, s.features.span, {}));
    sentences.forEach((s, i) => {
      const read = termsOf(s.features);
      if (i === 1) {
        assert.equal(read[0].standsIn, true);
        assert.deepEqual(read.slice(1).map(shape), termsOf(fresh[i]).map(shape));
      } else assert.deepEqual(read.map(shape), termsOf(fresh[i]).map(shape));
    });
    assert.ok(sentences.some((s) => termsOf(s.features).some((t) => t.negated)) && sentences.some((s) => termsOf(s.features).some((t) => t.secondary)));
  });

  test('a list is read as it is, and a packed sentence read again in a row is the same list', () => {
    const parsed = parseArticle(TEXT);
    const features = sentenceFeatures(parsed.text, parsed.sentences[1].span, {});
    assert.ok(isTermList(features.terms));
    assert.equal(termsOf(features), features.terms);
    const [run, other] = packTerms([termsOf(features), termsOf(features)]);
    const first = termsOf({ terms: run });
    assert.equal(termsOf({ terms: other }).length, first.length);
    assert.equal(termsOf({ terms: run }), first);
    assert.deepEqual(first.map(shape), termsOf(features).map(shape));
  });
});
