/**
 * Retrieval answered away from the store (`sharedRetrieval.ts`): the queries a packed store
 * encodes, answered from its shared postings, give each claim the very candidates the store
 * itself finds; and the store forgets them, and its shared postings, as soon as it changes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle } from '../../server/src/core/article/parse';
import { ClaimStore, type StoredSentence } from '../../server/src/core/judgment/store';
import { answerQueries, queryAnswerer, readAnswers } from '../../server/src/core/judgment/sharedRetrieval';

const context = { articleDate: '2024-03-12', tolerance: 0.1 };
const SENTENCES = [
  'Okafor backed the Lanthorn harbour levy.', 'The ferry levy passed on Monday.', 'Unions opposed the harbour levy.',
  'The Lanthorn council met Okafor.', 'A new ferry line will run to Quellmore.', 'The levy raises 12 million pounds.',
  'Okafor said the ferry levy raises 14 million pounds.', 'Quellmore unions met on Monday.',
];
const parsed = (picks: readonly number[]) => parseArticle(` date 2024-03-12\n${picks.map((p) => SENTENCES[p % SENTENCES.length]).join(' ')}`);
const where = (found: readonly StoredSentence[]) => found.map((s) => `${s.articleId}#${s.index}`);

function everySentence(store: ClaimStore): StoredSentence[] {
  return store.articleIds().flatMap((id) => [...store.sentencesOf(id)]);
}

/** Encodes every sentence's query, answers them as the worker does, and hands the answers back. */
function answerElsewhere(store: ClaimStore, limit: number): Int32Array {
  const queries: number[] = [];
  const claims = everySentence(store);
  assert.equal(store.encodeQueries(claims, limit, queries), claims.length > 0, 'a packed store encodes its queries');
  const answers = answerQueries(queryAnswerer(store.sharedPostings()!), Int32Array.from(queries));
  store.acceptCandidates(answers, limit);
  return answers;
}

test('after any sequence of articles set, replaced and removed, the answers from the shared postings are the store\'s own candidates', () => {
  const step = fc.record({ article: fc.constantFrom('a', 'b', 'c', 'd'), remove: fc.boolean(), picks: fc.array(fc.nat(30), { minLength: 1, maxLength: 5 }) });
  fc.assert(
    fc.property(fc.array(step, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 6 }), (steps, limit) => {
      const store = new ClaimStore();
      const alone = new ClaimStore();
      for (const { article, remove, picks } of steps) {
        for (const s of [store, alone]) {
          if (remove) s.removeArticle(article);
          else s.setArticle(article, parsed(picks), context);
        }
      }
      store.packPostings();
      const answers = answerElsewhere(store, limit);
      let answered = 0;
      readAnswers(answers, () => answered++);
      assert.equal(answered, everySentence(store).length);
      for (const claim of everySentence(store)) {
        assert.deepEqual(where(store.candidates(claim, limit)), where(alone.candidates(alone.get(claim.articleId, claim.index)!, limit)));
      }
    }),
    { numRuns: 60 },
  );
});

test('the first sentence indexed (number 0) is a candidate like any other', () => {
  const store = new ClaimStore();
  store.setArticle('first', parsed([0]), context);
  store.setArticle('second', parsed([0, 6]), context);
  store.packPostings();
  const claim = store.sentencesOf('second')[0];
  const answers = answerElsewhere(store, 3);
  const found: number[] = [];
  readAnswers(answers, (gid, candidates) => {
    if (gid === claim.gid) found.push(...candidates);
  });
  assert.ok(found.includes(0), JSON.stringify(found));
});

test('the store reads an answer once, for the number of candidates asked, and answers by itself after any change', () => {
  const store = new ClaimStore();
  for (const [id, picks] of [['a', [0, 1]], ['b', [2, 3]], ['c', [0, 5, 6]]] as const) store.setArticle(id, parsed(picks), context);
  store.packPostings();
  const claim = store.sentencesOf('a')[0];
  const own = where(store.candidates(claim, 4));
  assert.ok(own.length >= 2, JSON.stringify(own));
  // An answer the store could not have found itself shows which one it returns.
  const reversed = (limit: number) => Int32Array.from([claim.gid, own.length, ...store.candidates(claim, limit).map((s) => s.gid).reverse()]);
  store.acceptCandidates(reversed(4), 4);
  assert.deepEqual(where(store.candidates(claim, 4)), [...own].reverse());
  assert.deepEqual(where(store.candidates(claim, 4)), own, 'read once');
  store.acceptCandidates(reversed(4), 4);
  assert.deepEqual(where(store.candidates(claim, 5)).slice(0, own.length), own, 'another number of candidates');
  store.forgetCandidates([claim]);
  assert.deepEqual(where(store.candidates(claim, 4)), own, 'forgotten');

  store.acceptCandidates(reversed(4), 4);
  store.setArticle('d', parsed([1]), context);
  assert.equal(store.sharedPostings(), undefined, 'a changed store shares no postings');
  const alone = new ClaimStore();
  for (const [id, picks] of [['a', [0, 1]], ['b', [2, 3]], ['c', [0, 5, 6]], ['d', [1]]] as const) alone.setArticle(id, parsed(picks), context);
  assert.deepEqual(where(store.candidates(claim, 4)), where(alone.candidates(alone.get('a', 0)!, 4)));
  const queries: number[] = [];
  assert.equal(store.encodeQueries([claim], 4, queries), false);
  assert.deepEqual(queries, []);
});

test('a store that was never packed shares nothing', () => {
  const store = new ClaimStore();
  store.setArticle('a', parsed([0, 1]), context);
  assert.equal(store.sharedPostings(), undefined);
  const queries: number[] = [];
  assert.equal(store.encodeQueries(store.sentencesOf('a'), 3, queries), false);
});
