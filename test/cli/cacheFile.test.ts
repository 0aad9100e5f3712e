/**
 * The entry file under the cache and the index: entries added during a run go to a spill file as
 * they come (not memory), read back the same before and after saving, and leave nothing behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EntryFile, type FileStamp } from '../../server/src/cli/cacheFile';
import { scratchFolder } from '../helpers/scratch';

const stamp: FileStamp = { kind: 'cache', program: 'test', config: 'test' };

test('added entries are spilled to a side file, read back the same, saved, and the side file removed', () => {
  const dir = scratchFolder('entries');
  const file = path.join(dir, 'sub', 'check.cache');
  const entries = EntryFile.open(file, stamp);
  const values = [{ a: 1, s: new Set(['x']) }, 'text', [1, 2, 3], new Map([['k', { deep: [true] }]])];
  values.forEach((value, i) => entries.put(`k${i}`, value));
  const spills = () => (existsSync(path.dirname(file)) ? readdirSync(path.dirname(file)).filter((n) => n.endsWith('.spill')) : []);
  assert.equal(spills().length, 1, 'one spill file while the run adds entries');
  values.forEach((value, i) => assert.deepEqual(entries.get(`k${i}`), value));
  entries.put('k1', 'replaced');
  assert.equal(entries.get('k1'), 'replaced');
  entries.save();
  assert.deepEqual(spills(), [], 'the spill file is gone once saved');
  const again = EntryFile.open(file, stamp);
  assert.deepEqual(again.outcome, { status: 'read', entries: 4 });
  assert.deepEqual(again.get('k0'), values[0]);
  assert.equal(again.get('k1'), 'replaced');
  again.close();
});

test('closing without saving removes the spill file and keeps the old file', () => {
  const dir = scratchFolder('entries');
  const file = path.join(dir, 'check.cache');
  const first = EntryFile.open(file, stamp);
  first.put('kept', 1);
  first.save();
  const second = EntryFile.open(file, stamp);
  second.put('new', 2);
  second.close();
  assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.spill')), []);
  const third = EntryFile.open(file, stamp);
  assert.equal(third.get('kept'), 1);
  assert.equal(third.get('new'), undefined);
  third.close();
});

test('a run that keeps most entries appends its new ones and a new table; one that drops most writes a compact file', () => {
  const dir = scratchFolder('entries');
  const file = path.join(dir, 'check.cache');
  const big = (n: number) => 'x'.repeat(1000) + n;
  const first = EntryFile.open(file, stamp);
  for (let i = 0; i < 10; i++) first.put(`k${i}`, big(i));
  assert.equal(first.save().appended, false, 'a new file is written whole');
  const before = readFileSync(file);

  const second = EntryFile.open(file, stamp);
  for (let i = 0; i < 10; i++) assert.ok(second.keep(`k${i}`));
  second.put('k10', big(10));
  assert.equal(second.save().appended, true);
  const after = readFileSync(file);
  assert.ok(after.length > before.length);
  // The stored entries were not copied: the file's first part is as it was, table and all.
  assert.ok(after.subarray(0, before.length).equals(before), 'appending leaves the bytes already written as they were');
  const third = EntryFile.open(file, stamp);
  assert.deepEqual(third.outcome, { status: 'read', entries: 11 });
  assert.equal(third.get('k3'), big(3));
  assert.equal(third.get('k10'), big(10));
  // Only two entries of eleven used: the file is written again without the others.
  assert.equal(third.save().appended, false);
  assert.ok(statSync(file).size < before.length / 3);
  const fourth = EntryFile.open(file, stamp);
  assert.deepEqual(fourth.outcome, { status: 'read', entries: 2 });
  assert.equal(fourth.get('k10'), big(10));
  assert.equal(fourth.get('k4'), undefined);
  fourth.close();
});

test('a file cut short (a save that did not finish) or of an older layout is not used', () => {
  const dir = scratchFolder('entries');
  const file = path.join(dir, 'check.cache');
  const entries = EntryFile.open(file, stamp);
  entries.put('k', 'value');
  entries.save();
  const whole = readFileSync(file);
  writeFileSync(file, whole.subarray(0, whole.length - 5));
  assert.deepEqual(EntryFile.open(file, stamp).outcome, { status: 'unusable', reason: 'damaged (truncated, or no entry table)', damaged: true });
  writeFileSync(file, 'corroborate-cache 1\n{"entries":[]}\n');
  assert.deepEqual(EntryFile.open(file, stamp).outcome, { status: 'unusable', reason: 'written by another version', damaged: false });
});
