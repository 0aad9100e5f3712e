import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RecentMap } from '../../server/src/core/recent';

describe('RecentMap', () => {
  test('keeps what was read since the last turnover and lets the rest go', () => {
    const memo = new RecentMap<string, number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3); // turnover: a and b are the older generation
    assert.equal(memo.get('a'), 1, 'read again: carried into the current generation');
    memo.set('d', 4); // turnover: c and a are older now, b is gone
    assert.equal(memo.get('b'), undefined);
    assert.equal(memo.get('a'), 1);
    assert.equal(memo.get('c'), 3);
  });

  test('never holds more than two generations', () => {
    const memo = new RecentMap<number, number>(10);
    for (let i = 0; i < 1000; i++) memo.set(i, i);
    const kept = Array.from({ length: 1000 }, (_, i) => memo.get(i)).filter((v) => v !== undefined);
    assert.ok(kept.length <= 20, `${kept.length} kept`);
    assert.equal(memo.get(999), 999);
  });
});
