/**
 * When the language server counts and sends the totals (statusSchedule.ts): once changes pause,
 * never between the edits of someone typing, and never the result of a count an edit stopped.
 * The timers are node:test's mock timers: no test waits on the clock.
 */
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { StatusSchedule } from '../../server/src/lsp/statusSchedule';
import type { CorpusStatus } from '../../server/src/lsp/protocol';

const STATUS: CorpusStatus = { indexing: false, articles: 3, totals: { severities: { error: 0, warning: 1, information: 0, hint: 0 }, verdicts: { supported: 2, conflicting: 1, unsupported: 0 } } };

/** A schedule whose counts the test finishes by hand, and what it sent. */
function harness() {
  const counts: Array<{ cancelled: () => boolean; finish: (status: CorpusStatus | undefined) => void }> = [];
  const sent: CorpusStatus[] = [];
  const schedule = new StatusSchedule({
    count: (cancelled) => new Promise((resolve) => counts.push({ cancelled, finish: resolve })),
    send: (status) => sent.push(status),
    failed: (error) => assert.fail(String(error)),
  }, 300);
  return { schedule, counts, sent };
}

/** Lets the promise callbacks of a finished count run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the totals are sent', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  test('once changes pause, however long the burst of changes before', () => {
    const { schedule, counts } = harness();
    for (let i = 0; i < 10; i++) {
      schedule.schedule();
      mock.timers.tick(200);
    }
    assert.equal(counts.length, 0, 'no count while a change came every 200 ms');
    mock.timers.tick(100);
    assert.equal(counts.length, 1, 'one count, 300 ms after the last change');
    mock.timers.tick(1000);
    assert.equal(counts.length, 1);
  });

  test('not when an edit stopped the count under way, which learns it at its next slice', async () => {
    const { schedule, counts, sent } = harness();
    schedule.sendNow();
    assert.equal(counts[0].cancelled(), false);
    schedule.interrupt();
    assert.equal(counts[0].cancelled(), true);
    counts[0].finish(STATUS);
    await settle();
    assert.deepEqual(sent, []);
  });

  test('by the newest count only: a newer count stops an older one', async () => {
    const { schedule, counts, sent } = harness();
    schedule.sendNow();
    schedule.sendNow();
    assert.deepEqual(counts.map((c) => c.cancelled()), [true, false]);
    counts[0].finish(STATUS);
    counts[1].finish({ ...STATUS, articles: 4 });
    await settle();
    assert.deepEqual(sent.map((s) => s.articles), [4]);
  });

  test('not at all once disposed', () => {
    const { schedule, counts } = harness();
    schedule.schedule();
    schedule.dispose();
    mock.timers.tick(1000);
    assert.equal(counts.length, 0);
  });
});
