/** Property tests: whatever the text, parsing returns, and every span it returns is sound. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseArticle } from '../../server/src/core/article/parse';
import { articleFromBytes } from '../../server/src/core/article/unreadable';

const pieces = ['date 2024-02-22 ', ' date 2024-02-30\n', 'Date: 22/02/2024\n', '\r\n', '\r', '\n\n', '\u00a0', '“', '”', '"', "'", '’',
  'Mr. ', 'U.S. ', 'Nov. 22 ', '3.5 ', '...', '?', '!', 'Advertisement\n', 'Also read: x\n', 'Explore\n', '😀', '\ufeff', '<!-- corroborate-disable -->\n',
  'The minister said the bridge would close. ', 'It was extended twice.', '(Reuters) - ', ' / Photo: A / A'];
const articleText = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string(), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 40 }).map((a) => a.join(''));

function assertSound(text: string): void {
  const parsed = parseArticle(text);
  const inside = (s: { start: number; end: number }) => 0 <= s.start && s.start <= s.end && s.end <= text.length;
  let previousEnd = -1;
  for (const sentence of parsed.sentences) {
    assert.ok(inside(sentence.span));
    assert.equal(text.slice(sentence.span.start, sentence.span.end), sentence.text);
    assert.ok(sentence.span.start >= previousEnd, 'sentences do not overlap and stay in order');
    assert.ok(sentence.text.trim().length > 0);
    previousEnd = sentence.span.end;
  }
  for (const b of parsed.boilerplate) assert.ok(inside(b.span));
  for (const f of parsed.findings) assert.ok(inside(f.span), `${f.code} span out of bounds`);
  for (const b of parsed.boilerplate) for (const s of parsed.sentences) assert.ok(b.span.end <= s.span.start || s.span.end <= b.span.start, 'no sentence in boilerplate');
}

describe('parse never throws and its spans are sound', () => {
  test('on lines joined across boilerplate (cases the property found)', () => {
    // An agency prefix before a line that continues the one above, and a credit after one.
    for (const text of ['〡 date 2024-02-30\n date 2024-02-30\n(Reuters) - a', 'The minister said the bridge\n(Reuters) - would close', 'The minister said the bridge / Photo: A / A\nwould close']) assertSound(text);
  });

  test('on random article-like text', () => {
    fc.assert(fc.property(articleText, (text) => assertSound(text)), { numRuns: 400 });
  });
  test('on random bytes through the decoder', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const parsed = articleFromBytes(bytes);
      assert.ok(parsed.findings.length > 0 || parsed.analysable);
    }), { numRuns: 400 });
  });
  test('on a 300 KB single line', () => {
    const line = ' date 2024-02-22 ' + 'The council met again on Tuesday and voted. '.repeat(7000);
    assertSound(line);
    assert.ok(parseArticle(line).sentences.length > 6000);
  });
  test('on unbalanced quotes and marks', () => {
    assertSound(' date 2024-02-22 “It never closes, she said. "Open ‘ended. ”Stray close.\n\n“Next paragraph');
  });
});
