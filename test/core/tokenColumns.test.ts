import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/judgment/nlp';
import { appendTokens, columnsOf, emptyColumns, endAt, finishColumns, internColumns, lemmaAt, lowerAt, portableColumns, posAt, runLength, startAt, textAt, tokensOf } from '../../server/src/core/judgment/tokenColumns';
import { deserialize, serialize } from 'node:v8';
import { articleSentences } from '../../server/src/core/judgment/store';
import { parseArticle } from '../../server/src/core/article/parse';

// Every kind of token wink's model tags: words of each part of speech, punctuation, symbols,
// figures, a URL, an e-mail address, a hashtag, an emoji and a possessive.
const VARIED = 'Oh! The Harbour Council didn\'t quickly approve Okafor\'s 12.5% rise of $40m, and we\'ll see: http://x.example #ferry bob@x.example 😀 © 3rd.';

describe('token columns', () => {
  test('give back the tokens they were made from, field by field', () => {
    const tokens = tokenize(VARIED, 0, VARIED.length);
    const run = columnsOf(tokens);
    assert.deepEqual(tokensOf({ tokens: run }), tokens);
    assert.equal(runLength(run), tokens.length);
    tokens.forEach((t, i) => {
      assert.deepEqual([textAt(run, i), lowerAt(run, i), lemmaAt(run, i), posAt(run, i), startAt(run, i), endAt(run, i)], [t.text, t.lower, t.lemma, t.pos, t.start, t.end]);
    });
    assert.equal(posAt(run, -1), undefined);
    assert.equal(textAt(run, tokens.length), undefined);
  });

  test('hold every sentence of an article in one set of arrays, each sentence a run of it', () => {
    const text = ' date 2024-03-01\nThe council approved the pier. It opens in May. Ferries will call twice a day.\n';
    const sentences = articleSentences('a', parseArticle(text), {});
    assert.equal(sentences.length, 3);
    const columns = new Set(sentences.map((s) => s.features.tokens.columns));
    assert.equal(columns.size, 1);
    assert.ok([...columns][0].packed instanceof Int32Array && [...columns][0].info.length === 0, 'finished: packed in one typed array');
    for (const s of sentences) assert.deepEqual(tokensOf(s.features), tokenize(text, s.features.span.start, s.features.span.end));
  });

  test('runs appended to unfinished columns read the same before and after finishing', () => {
    const columns = emptyColumns();
    const first = appendTokens(columns, tokenize('One two.', 0, 8));
    const second = appendTokens(columns, tokenize('One two. Three four.', 9, 20));
    const before = [textAt(first, 1), textAt(second, 0), startAt(second, 0)];
    finishColumns(columns);
    assert.deepEqual([textAt(first, 1), textAt(second, 0), startAt(second, 0)], before);
    assert.deepEqual(before, ['two', 'Three', 9]);
  });

  test('packed, they hold numbers of strings; sent or stored, the strings themselves, read back the same', () => {
    const tokens = tokenize(VARIED, 0, VARIED.length);
    const run = columnsOf(tokens);
    assert.ok(run.columns.packed instanceof Int32Array && run.columns.text.length === 0, 'finished columns hold numbers, not strings');
    const portable = portableColumns(run.columns);
    assert.equal(portable.packed, undefined);
    assert.ok(portable.info instanceof Int32Array, 'the plain form keeps offsets, tags and flags in a typed array');
    assert.deepEqual(portable.text, tokens.map((t) => t.text));
    // The plain form writes a lowercase form or lemma only where it differs: "Oh" has one, "the" has none.
    assert.deepEqual([portable.lower[0], portable.lower[tokens.findIndex((t) => t.text === 'quickly')]], ['oh', 0]);
    const arrived = deserialize(serialize(portable)) as typeof portable;
    internColumns(arrived);
    assert.deepEqual(tokensOf({ tokens: { columns: arrived, from: 0, to: tokens.length } }), tokens);
    assert.deepEqual(run.columns.packed, arrived.packed, 'one process gives equal forms one number');
  });
});
