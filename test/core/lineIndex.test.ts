import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/text/lineIndex';

describe('LineIndex', () => {
  test('counts \\n, \\r\\n and lone \\r as line breaks, as LSP does', () => {
    const text = 'one\ntwo\r\nthree\rfour';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(text.indexOf('two')), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(text.indexOf('three')), { line: 2, character: 0 });
    assert.deepEqual(lines.positionAt(text.indexOf('four') + 2), { line: 3, character: 2 });
  });

  test('characters are UTF-16 code units: an emoji counts two', () => {
    const text = 'a😀b\nc';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(text.indexOf('b')), { line: 0, character: 3 });
  });

  test('offsetAt inverts positionAt and clamps past the end of a line', () => {
    const text = 'first line\r\nsecond\n\nlast';
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF pair
      assert.equal(lines.offsetAt(lines.positionAt(offset)), offset);
    }
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), text.indexOf('\r'));
    assert.equal(lines.offsetAt({ line: 99, character: 0 }), text.length);
  });
});
