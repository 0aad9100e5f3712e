/** Searches of sorted arrays (`sorted.ts`): galloping from a known lower bound finds what a binary search finds. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstAtLeast, firstAtLeastFrom } from '../../server/src/core/sorted';

test('galloping from any position at or before the answer finds the first item not below the one sought', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 300 }), fc.integer({ min: -5, max: 210 }), fc.nat(), (items, sought, seed) => {
      const list = Int32Array.from(items).sort();
      const answer = firstAtLeast(list, sought);
      const from = answer === 0 ? 0 : seed % (answer + 1);
      assert.equal(firstAtLeastFrom(list, sought, from), answer);
    }),
    { numRuns: 2000 },
  );
});

test('galloping reads a long list in steps: an item far ahead is found without walking to it', () => {
  const list = Int32Array.from({ length: 1 << 20 }, (_, i) => 2 * i);
  let reads = 0;
  const counted = new Proxy(list, { get: (target, key) => (typeof key === 'string' && /^\d+$/.test(key) && reads++, Reflect.get(target, key)) });
  assert.equal(firstAtLeastFrom(counted as unknown as ArrayLike<number>, 2 * 900_000 + 1, 10), 900_001);
  assert.ok(reads < 100, `${reads} reads`);
});
