/**
 * A corpus restored from its snapshot, with an edited article in place of the old one, reports
 * every article exactly as a corpus built afresh from the edited files does, and loads only the
 * articles the reports read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { analyseArticle, Corpus, type AnalysedArticle } from '../../server/src/core/corpus';
import { parseArticle } from '../../server/src/core/article/parse';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { RestoreError } from '../../server/src/core/judgment/store';
import { EXAMPLES, NATO } from '../helpers/paths';

const OPTIONS = { referenceDate: '2026-11-25' };

function texts(): Map<string, string> {
  const all = new Map<string, string>();
  for (const dir of [path.join(EXAMPLES, 'harbour-bridge'), NATO]) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) all.set(path.join(dir, name), readFileSync(path.join(dir, name), 'utf8'));
  }
  return all;
}

function analysed(id: string, text: string): AnalysedArticle {
  const parsed = parseArticle(text, { fallbackDate: OPTIONS.referenceDate });
  return { parsed, analysis: analyseArticle(id, parsed, DEFAULT_CONFIG) };
}

function fresh(all: Map<string, string>): Corpus {
  const corpus = new Corpus(OPTIONS);
  for (const [id, text] of all) {
    const { parsed, analysis } = analysed(id, text);
    corpus.setParsed(id, parsed, { analysis });
  }
  return corpus;
}

const edits: Array<[string, (text: string) => string]> = [
  ['a figure', (t) => t.replace('injured 41 people', 'injured 44 people')],
  ['a sentence added', (t) => `${t}\nThe harbour council said the bridge would reopen before the summer, and that 41 people were hurt.\n`],
  ['a quote reworded', (t) => t.replace('comes before comfort, every single time', 'comes before comfort, every time')],
];

for (const [kind, change] of edits) {
  test(`after ${kind}, a restored corpus reports every article as one built afresh`, () => {
    const before = texts();
    const corpus = fresh(before);
    const snapshot = deserialize(serialize(corpus.snapshot())) as ReturnType<Corpus['snapshot']>;
    const edited = new Map(before);
    const target = [...before.keys()].find((id) => id.endsWith('03-evening-star.txt'))!;
    edited.set(target, change(before.get(target)!));
    assert.notEqual(edited.get(target), before.get(target), 'the edit applies');
    const stored = new Map([...before].map(([id, text]) => [id, deserialize(serialize(analysed(id, text))) as AnalysedArticle]));
    const loads: string[] = [];
    const restored = Corpus.restored(OPTIONS, snapshot, new Map([[target, analysed(target, edited.get(target)!)]]), (id) => (loads.push(id), stored.get(id)));
    // Nothing is loaded to list the articles or to take the snapshot again.
    assert.deepEqual(restored.ids(), [...before.keys()]);
    assert.equal(restored.snapshot().articles.length, before.size);
    assert.deepEqual(loads, []);
    const afresh = fresh(edited);
    assert.deepEqual(restored.report(target), afresh.report(target));
    for (const id of edited.keys()) assert.deepEqual(restored.report(id), afresh.report(id), id);
    assert.deepEqual(restored.ids(), afresh.ids());
  });
}

test('a restored corpus refuses an edit that moves the article\'s date, and a loader that gives another article', () => {
  const before = texts();
  const snapshot = fresh(before).snapshot();
  const target = [...before.keys()].find((id) => id.endsWith('03-evening-star.txt'))!;
  const redated = before.get(target)!.replace(/date \d{4}-\d\d-\d\d/, 'date 2001-01-01');
  assert.throws(() => Corpus.restored(OPTIONS, snapshot, new Map([[target, analysed(target, redated)]]), () => undefined), RestoreError);
  const wrong = Corpus.restored(OPTIONS, snapshot, new Map(), () => analysed('x', ' date 1999-01-01\nSomething else entirely happened.\n'));
  assert.throws(() => wrong.report(target), RestoreError);
});
