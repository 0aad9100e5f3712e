/**
 * Retrieval from the claim store: which sentences a claim is compared with. The ranking counts
 * each word of the claim once, however many WordNet senses (retrieval keys) it has.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/src/core/article/parse';
import { ClaimStore } from '../../server/src/core/judgment/store';

const context = { articleDate: '2024-03-12', tolerance: 0.1 };

function storeOf(articles: Record<string, string>): ClaimStore {
  const store = new ClaimStore();
  for (const [id, body] of Object.entries(articles)) store.setArticle(id, parseArticle(` date 2024-03-12\n${body}`), context);
  return store;
}

test('a word with many senses does not crowd out the words a claim shares with its source', () => {
  // "set", "line" and "run" have several senses (retrieval keys) each, and each decoy shares one
  // of them; the source shares the claim's other words, which many sentences use.
  const store = storeOf({
    'claim.txt': 'Okafor backed the Lanthorn harbour levy to set a new ferry line and run it.',
    'decoys.txt': 'The set was ready. The line was long. The run ended.',
    'fillers.txt': [
      'Okafor spoke about the levy.',
      'The Lanthorn harbour levy was debated.',
      'Okafor visited the Lanthorn harbour.',
      'Unions backed the harbour levy.',
      'Okafor backed the Lanthorn plan.',
      'The ferry levy for Lanthorn harbour passed.',
    ].join(' '),
    'source.txt': 'Okafor backed the Lanthorn harbour levy for a new ferry.',
  });
  const claim = store.sentencesOf('claim.txt')[0];
  const found = store.candidates(claim, 3).map((s) => s.features.text);
  assert.equal(found[0], 'Okafor backed the Lanthorn harbour levy for a new ferry.', JSON.stringify(found));
});
