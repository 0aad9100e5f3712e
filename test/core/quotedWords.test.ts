/** Whether a word of a sentence stands inside a quotation (`judgment/quotedWords.ts`). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insideQuotation } from '../../server/src/core/judgment/quotedWords';

/** The sentence as features at `start` in its article, and whether `word` (its first occurrence) is quoted. */
function quoted(text: string, word: string, start = 40): boolean {
  const at = text.indexOf(word);
  assert.ok(at >= 0, `"${word}" is in the sentence`);
  return insideQuotation({ text, span: { start, end: start + text.length } }, start + at);
}

test('straight double marks: a word between a pair is quoted, one after it is not', () => {
  const text = '"The plan is not ready," said Marta Ely, who chairs the board.';
  assert.equal(quoted(text, 'ready'), true);
  assert.equal(quoted(text, 'chairs'), false);
});

test('curly and angle marks open and close', () => {
  assert.equal(quoted('Ely said: “The plan is not ready.”', 'ready'), true);
  assert.equal(quoted('Ely said: “The plan is not ready.”', 'Ely'), false);
  assert.equal(quoted('Ely said: «the plan is not ready» on Monday.', 'ready'), true);
  assert.equal(quoted('Ely said: «the plan is not ready» on Monday.', 'Monday'), false);
});

test('apostrophes and single marks do not open a quotation', () => {
  assert.equal(quoted("The board's plan isn't ready, Ely's office said.", 'ready'), false);
  assert.equal(quoted("Ely called it 'not ready' on Monday.", 'ready'), false);
});

test('a sentence without marks is the article\'s own words', () => {
  assert.equal(quoted('The board did not approve the budget.', 'approve', 0), false);
});
