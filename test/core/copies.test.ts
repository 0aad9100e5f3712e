/**
 * An analysis copied across a boundary (a worker thread's result, a cache entry) and compacted
 * again must be the analysis that was computed: the same texts, values, entities, quotes and
 * parse, and the same objects shared where the computed one shares them. What compacting saves
 * is measured in bench/RESULTS.md, not asserted (V8 does not let a program see how a string is kept).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { parseArticle } from '../../server/src/core/article/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { analyseArticle, portableAnalysis } from '../../server/src/core/corpus';
import { compactCopiedArticle } from '../../server/src/core/judgment/copies';
import type { Term } from '../../server/src/core/judgment/terms';
import type { SentenceFeatures } from '../../server/src/core/judgment/features';
import { termsOf } from '../../server/src/core/judgment/termColumns';

const ARTICLE = [
  ' date 2024-03-12 Harbour plan approved',
  '',
  'The Kelby council approved a $4.5 million budget for the harbour on Tuesday, with all its 31 members present.',
  '',
  '"We will start in May," said Mayor Anna Rinne (born 1975), who did not expect a delay.',
  '',
  'About 38,000 residents use the harbour every year, according to the port authority.',
].join('\n');

/** An analysis without its terms' classes, to compare plain data with plain data. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    if (key === 'terms') return termsOf(this as SentenceFeatures).map((t: Term) => [t.key, t.start, t.end, t.token, t.negated, t.secondary]);
    return v instanceof Set ? [...v] : v;
  }));
}

describe('copied analyses', () => {
  const parsed = parseArticle(ARTICLE);
  const analysis = analyseArticle('a.txt', parsed, DEFAULT_CONFIG);
  const arrived = () => deserialize(serialize({ parsed, analysis: portableAnalysis(analysis) })) as { parsed: typeof parsed; analysis: typeof analysis };

  test('come back equal to what was computed: sentences, values, entities, quotes and the parse', () => {
    const copy = arrived();
    compactCopiedArticle(copy.parsed, copy.analysis, 'a.txt');
    assert.deepEqual(plain(copy.analysis), plain(analysis));
    assert.deepEqual(copy.parsed, parsed);
    // The article has what the compaction touches: values, totals, entities, a lifespan and a quote.
    const features = analysis.sentences.map((s) => s.features);
    assert.ok(features.some((f) => f.values.length > 0) && features.some((f) => f.entitySpans.length > 0) && features.some((f) => f.totals.size > 0));
    assert.ok(features.some((f) => f.lifespan?.born) && analysis.quotes.length > 0);
  });

  test('keep the objects two parts share: a total is one of the sentence\'s values, a lifespan date too', () => {
    const copy = arrived();
    compactCopiedArticle(copy.parsed, copy.analysis, 'a.txt');
    for (const { features } of copy.analysis.sentences) {
      for (const total of features.totals) assert.ok(features.values.includes(total), `total "${total.text}" is one of the values`);
      if (features.lifespan?.born) assert.ok(features.values.includes(features.lifespan.born), 'the birth date is one of the values');
    }
    assert.ok(copy.analysis.sentences.some((s) => s.features.totals.size > 0));
  });

  test('a text that is not the slice its span names is kept as it came', () => {
    const copy = arrived();
    const sentence = copy.analysis.sentences.find((s) => s.features.values.length > 0)!;
    const value = sentence.features.values[0] as { text: string };
    value.text = 'not the article text';
    compactCopiedArticle(copy.parsed, copy.analysis);
    assert.equal(value.text, 'not the article text');
  });
});
