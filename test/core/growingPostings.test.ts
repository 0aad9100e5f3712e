/**
 * The claim index's growing postings: a list keeps its entries in order through growth and
 * removal, and packs to exactly its entries.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GrowingPostings } from '../../server/src/core/judgment/growingPostings';

describe('GrowingPostings', () => {
  test('grows past its room, keeping every entry in order', () => {
    const list = GrowingPostings.starting(0);
    for (let id = 1; id < 1000; id++) list.push(id * 3);
    assert.equal(list.length, 1000);
    assert.deepEqual(Array.from(list.view()), Array.from({ length: 1000 }, (_, i) => i * 3));
  });

  test('removes a run of entries, and packs to exactly what is left', () => {
    const list = GrowingPostings.of([1, 2, 5, 6, 7, 9]);
    list.remove(2, 5);
    assert.deepEqual(Array.from(list.view()), [1, 2, 9]);
    const packed = list.packed();
    assert.equal(packed.length, 3);
    assert.equal(packed.buffer.byteLength, 3 * Int32Array.BYTES_PER_ELEMENT);
    // The packed copy is its own: the list may change after.
    list.push(12);
    assert.deepEqual(Array.from(packed), [1, 2, 9]);
    assert.deepEqual(Array.from(list.view()), [1, 2, 9, 12]);
  });

  test('a list made of an empty one grows from nothing', () => {
    const list = GrowingPostings.of([]);
    assert.equal(list.length, 0);
    list.push(4);
    assert.deepEqual(Array.from(list.view()), [4]);
  });
});
