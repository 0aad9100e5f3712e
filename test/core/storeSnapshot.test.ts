/**
 * A claim store restored from its retrieval snapshot answers every query as a store built
 * afresh with the same articles in the same order (some replaced by new versions), while it
 * loads an article's sentences only when a query first needs them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { parseArticle } from '../../server/src/core/article/parse';
import { articleSentences, ClaimStore, RestoreError, type StoredSentence } from '../../server/src/core/judgment/store';
import { isRetrievalSnapshot } from '../../server/src/core/judgment/storeSnapshot';
import { retrievalKeys } from '../../server/src/core/judgment/features';

const context = { articleDate: '2024-03-12', tolerance: 0.1 };
const sentencesOf = (id: string, body: string) => articleSentences(id, parseArticle(` date 2024-03-12\n${body}`), context);

const ARTICLES: Record<string, string> = {
  'a.txt': 'The Lanthorn harbour levy passed on Tuesday. Okafor backed the levy for a new ferry line. The council said 41 people were injured.',
  'b.txt': 'Okafor backed the Lanthorn harbour levy. The ferry line will run from May. About 40 people were hurt, officials said.',
  'c.txt': 'The harbour council met on Monday. Unions opposed the levy. The new ferry will carry 300 passengers.',
  'd.txt': 'Okafor resigned from the council. The levy was withdrawn. Nobody was injured in the collision.',
  'e.txt': 'The ferry line opened in May with 300 passengers. The Lanthorn harbour was closed for repairs.',
};

function freshStore(articles: Record<string, string>): ClaimStore {
  const store = new ClaimStore();
  for (const [id, body] of Object.entries(articles)) store.setSentences(id, sentencesOf(id, body));
  return store;
}

/** Every claim's candidates (by article and position) and the idf of every key, as one comparable value. */
function answers(store: ClaimStore): unknown {
  const out: unknown[] = [];
  for (const id of store.articleIds()) {
    for (const claim of store.sentencesOf(id)) {
      out.push([id, claim.index, store.candidates(claim, 3).map((s) => `${s.articleId}#${s.index}`), retrievalKeys(claim.features).map((k) => store.idf(k))]);
    }
  }
  return out;
}

test('a restored store, with one article replaced in place, answers as a store built afresh in that order', () => {
  const before = freshStore(ARTICLES);
  // Through the serialiser, as the CLI's cache stores it.
  const snapshot: unknown = deserialize(serialize(before.retrievalSnapshot()));
  assert.ok(isRetrievalSnapshot(snapshot));
  const edited = { ...ARTICLES, 'b.txt': 'Okafor backed the Lanthorn harbour levy on Tuesday. Unions said about 45 people were hurt. The ferry line will run from June to May. Okafor said the levy would pass.' };
  const stored = new Map(Object.entries(ARTICLES).map(([id, body]) => [id, sentencesOf(id, body)]));
  const restored = ClaimStore.restored(snapshot, new Map([['b.txt', sentencesOf('b.txt', edited['b.txt'])]]), (id) => stored.get(id));
  const afresh = freshStore(edited);
  assert.deepEqual(restored.articleIds(), afresh.articleIds());
  assert.equal(restored.retrievalSize, afresh.retrievalSize);
  assert.deepEqual(answers(restored), answers(afresh));
  // And its own snapshot is the fresh store's.
  assert.deepEqual(restored.retrievalSnapshot(), afresh.retrievalSnapshot());
});

test('a restored store loads only the articles a query reaches, and refuses sentences that are not the snapshot\'s', () => {
  const snapshot = freshStore(ARTICLES).retrievalSnapshot();
  const stored = new Map(Object.entries(ARTICLES).map(([id, body]) => [id, sentencesOf(id, body)]));
  const loaded: string[] = [];
  const restored = ClaimStore.restored(snapshot, new Map(), (id) => (loaded.push(id), stored.get(id)));
  const claim = restored.sentencesOf('d.txt')[0];
  assert.deepEqual(loaded, ['d.txt']);
  const found = restored.candidates(claim, 2);
  assert.ok(found.length > 0);
  assert.ok(loaded.length < Object.keys(ARTICLES).length, `loaded ${loaded.join(', ')}`);
  assert.ok(found.every((s) => loaded.includes(s.articleId)));

  const short = ClaimStore.restored(snapshot, new Map(), (id): readonly StoredSentence[] | undefined => stored.get(id)?.slice(1));
  assert.throws(() => short.sentencesOf('a.txt'), RestoreError);
});

test('a restored store that is changed becomes an ordinary store with every article', () => {
  const snapshot = freshStore(ARTICLES).retrievalSnapshot();
  const stored = new Map(Object.entries(ARTICLES).map(([id, body]) => [id, sentencesOf(id, body)]));
  const restored = ClaimStore.restored(snapshot, new Map(), (id) => stored.get(id));
  restored.removeArticle('c.txt');
  const afresh = freshStore(ARTICLES);
  afresh.removeArticle('c.txt');
  assert.deepEqual(restored.articleIds(), afresh.articleIds());
  assert.deepEqual(answers(restored), answers(afresh));
});

test('an article replaced by a version with the same keys (another figure) keeps the snapshot\'s postings, and answers as afresh', () => {
  const before = freshStore(ARTICLES);
  const snapshot = before.retrievalSnapshot();
  const edited = { ...ARTICLES, 'a.txt': ARTICLES['a.txt'].replace('41 people', '44 people') };
  const stored = new Map(Object.entries(ARTICLES).map(([id, body]) => [id, sentencesOf(id, body)]));
  const restored = ClaimStore.restored(snapshot, new Map([['a.txt', sentencesOf('a.txt', edited['a.txt'])]]), (id) => stored.get(id));
  const afresh = freshStore(edited);
  assert.deepEqual(answers(restored), answers(afresh));
  assert.deepEqual(restored.retrievalSnapshot(), snapshot);
});
