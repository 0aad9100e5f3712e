import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeArticleBytes } from '../../server/src/core/text/decode';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeArticleBytes', () => {
  test('strips a byte order mark so positions match what editors show', () => {
    const result = decodeArticleBytes(bytes([0xef, 0xbb, 0xbf], ' date 2024-02-22 Hi.'));
    assert.equal(result.kind, 'text');
    assert.equal(result.kind === 'text' && result.text, ' date 2024-02-22 Hi.');
    assert.equal(result.kind === 'text' && result.hadBom, true);
  });

  test('reports NUL bytes as binary', () => {
    assert.equal(decodeArticleBytes(bytes([0x89], 'PNG', [0, 0, 0, 13])).kind, 'binary');
  });

  test('finds the first invalid UTF-8 byte and keeps a lossy text for positions', () => {
    const result = decodeArticleBytes(bytes(' date 2024-02-22 caf', [0xe9], ' au lait'));
    assert.equal(result.kind, 'invalid-utf8');
    if (result.kind !== 'invalid-utf8') return;
    assert.equal(result.byteOffset, ' date 2024-02-22 caf'.length);
    assert.equal(result.text[result.firstBadOffset], '\ufffd');
  });

  test('rejects overlong encodings and surrogates', () => {
    assert.equal(decodeArticleBytes(bytes('ok ', [0xc0, 0xaf])).kind, 'invalid-utf8');
    assert.equal(decodeArticleBytes(bytes('ok ', [0xed, 0xa0, 0x80])).kind, 'invalid-utf8');
  });

  test('an empty file is empty text', () => {
    assert.deepEqual(decodeArticleBytes(new Uint8Array()), { kind: 'text', text: '', hadBom: false });
  });
});
