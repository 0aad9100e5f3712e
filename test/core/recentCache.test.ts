import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RecentCache } from '../../server/src/core/judgment/recentCache';

describe('RecentCache', () => {
  test('computes once per key while the key stays among the recent ones', () => {
    const cache = new RecentCache<string, number>(2);
    let computed = 0;
    const length = (key: string) => (computed++, key.length);
    assert.equal(cache.get('alpha', length), 5);
    assert.equal(cache.get('alpha', length), 5);
    assert.equal(computed, 1);
  });

  test('evicts the least recently used entry beyond its capacity', () => {
    const cache = new RecentCache<string, string>(2);
    const seen: string[] = [];
    const upper = (key: string) => (seen.push(key), key.toUpperCase());
    cache.get('a', upper);
    cache.get('b', upper);
    cache.get('a', upper); // 'a' is now the most recent: 'b' goes first
    cache.get('c', upper);
    assert.equal(cache.size, 2);
    cache.get('a', upper);
    cache.get('b', upper);
    assert.deepEqual(seen, ['a', 'b', 'c', 'b']);
  });
});
