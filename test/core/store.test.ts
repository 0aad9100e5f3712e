/**
 * Retrieval from the claim store: which sentences a claim is compared with. The ranking counts
 * each word of the claim once, however many WordNet senses (retrieval keys) it has.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../server/src/core/article/parse';
import fc from 'fast-check';
import { ClaimStore } from '../../server/src/core/judgment/store';
import { retrievalKeys } from '../../server/src/core/judgment/features';
import { copyOfTerm, termFromCopy } from '../../server/src/core/judgment/terms';
import { termsOf } from '../../server/src/core/judgment/termColumns';

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

test('after any sequence of articles set, replaced and removed, and of packing its postings, retrieval answers as a store built afresh', () => {
  const sentences = [
    'Okafor backed the Lanthorn harbour levy.', 'The ferry levy passed on Monday.', 'Unions opposed the harbour levy.',
    'The Lanthorn council met Okafor.', 'A new ferry line will run to Quellmore.', 'The levy raises 12 million pounds.',
  ];
  const bodyOf = (picks: readonly number[]) => picks.map((p) => sentences[p % sentences.length]).join(' ');
  const parsed = (picks: readonly number[]) => parseArticle(` date 2024-03-12\n${bodyOf(picks)}`);
  const step = fc.record({ article: fc.constantFrom('a', 'b', 'c', 'd'), remove: fc.boolean(), pack: fc.boolean(), picks: fc.array(fc.nat(20), { minLength: 1, maxLength: 4 }) });
  fc.assert(
    fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
      const store = new ClaimStore();
      const bodies = new Map<string, number[]>();
      for (const { article, remove, pack, picks } of steps) {
        if (remove) {
          store.removeArticle(article);
          bodies.delete(article);
        } else {
          store.setArticle(article, parsed(picks), context);
          // A replaced article is indexed anew, after the others.
          bodies.delete(article);
          bodies.set(article, picks);
        }
        // Packed lists are read as they are, and made arrays again by the next change.
        if (pack) store.packPostings();
      }
      const fresh = new ClaimStore();
      for (const [article, picks] of bodies) fresh.setArticle(article, parsed(picks), context);
      assert.deepEqual(store.articleIds(), fresh.articleIds());
      const where = (found: ReturnType<ClaimStore['candidates']>) => found.map((s) => `${s.articleId}#${s.index}`);
      for (const article of bodies.keys()) {
        for (const claim of store.sentencesOf(article)) {
          assert.deepEqual(where(store.candidates(claim, 5)), where(fresh.candidates(fresh.get(article, claim.index)!, 5)));
          for (const key of retrievalKeys(claim.features)) assert.equal(store.idf(key), fresh.idf(key));
        }
      }
    }),
    { numRuns: 60 },
  );
});

test('a person\'s first name is a retrieval key too: a rare first name finds its sentences among many that share the surname', () => {
  const store = storeOf({ 'claim.txt': 'Ingrid Corhurst has not confirmed the sale.' });
  const [claim] = store.sentencesOf('claim.txt');
  assert.ok(retrievalKeys(claim.features).includes('l:ingrid'), JSON.stringify(retrievalKeys(claim.features)));
  assert.ok(retrievalKeys(claim.features).includes('l:corhurst'));
});

test('a pronoun standing for a person is found by the person\'s key alone, and a copy keeps it so', () => {
  const store = storeOf({ 'claim.txt': 'Ingrid Corhurst has confirmed the sale of the club. She signed the contract on Monday.' });
  const [named, pronoun] = store.sentencesOf('claim.txt');
  const person = retrievalKeys(named.features).find((key) => key.startsWith('e:person:'));
  assert.ok(person, JSON.stringify(retrievalKeys(named.features)));
  assert.equal(termsOf(pronoun.features)[0].standsIn, true);
  const keys = retrievalKeys(pronoun.features);
  assert.ok(keys.includes(person), JSON.stringify(keys));
  assert.ok(!keys.includes('l:corhurst') && !keys.includes('l:ingrid'), JSON.stringify(keys));
  const copied = termFromCopy(copyOfTerm(termsOf(pronoun.features)[0]));
  assert.equal(copied.standsIn, true);
  assert.deepEqual(retrievalKeys({ ...pronoun.features, terms: [copied, ...termsOf(pronoun.features).slice(1)] }), keys);
});

test('the terms past the postings budget still rank the sentences the rarest ones found', () => {
  // The claim's rarest word, "Lorfield", is in 27 sentences, and with no budget beyond it nothing
  // else is read: ranked by that word alone, the short sentences that name the bridge come first.
  // Its other words, each in more sentences, rank first the sentence that shares them all.
  const twin = 'On Saturday, the Wenmoor council backed a motion closing the Lorfield Bridge to lorries.';
  const store = new ClaimStore({ postingsBudget: 0 });
  const articles: Record<string, string> = {
    'claim.txt': 'On Thursday, the Wenmoor council backed a motion closing the Lorfield Bridge to lorries.',
    'twin.txt': twin,
    'bridge.txt': Array.from({ length: 25 }, (_, i) => `The Lorfield Bridge carried ${i + 2} walkers.`).join(' '),
    'roads.txt': Array.from({ length: 30 }, (_, i) => `On Thursday, the Wenmoor council backed a motion closing ${i + 2} roads to lorries.`).join(' '),
  };
  for (const [id, body] of Object.entries(articles)) store.setArticle(id, parseArticle(` date 2024-03-12\n${body}`), context);
  const claim = store.sentencesOf('claim.txt')[0];
  const found = store.candidates(claim, 3).map((s) => s.features.text);
  assert.equal(found[0], twin, JSON.stringify(found));
  assert.ok(found.slice(1).every((text) => text.includes('Lorfield')), 'only sentences the rarest word found are ranked');
});
