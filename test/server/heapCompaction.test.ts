/**
 * The heap compaction after indexing (`heapCompaction.ts`): it compacts (a heap with half-empty
 * pages gives them back), and the server runs it once per indexing, after the totals have gone
 * out, and logs it; edits do not run it.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { TestClient, tempFolder, warmUp } from './harness';

const COMPACTED = /^corroborate: heap compacted from \d+ to \d+ MB in \d+ ms$/;
const STORY_A = ' date 2024-03-01\nFerry service resumes\nThe harbour ferry carried 40 passengers on its first crossing.\n';
const STORY_B = ' date 2024-03-02\nFerry crossing draws crowds\nOfficials said the first crossing carried 40 passengers.\n';

/**
 * A child process fills its heap with small objects that survive into the old generation and
 * drops three in four of them. V8's own full collection frees them but keeps the pages they shared
 * with the others; the compaction, started as the server runs it (no global `gc`), must give most
 * of those pages back, and turn off again the flag that gave it a `gc`: the child turns it on for
 * its own collection and leaves it on, so a later context's `gc` would show a compaction that
 * left it on.
 */
const FRAGMENTED_HEAP = `
const vm = require('node:vm');
require('node:v8').setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc');
const { compactHeap } = require(${JSON.stringify(path.join(__dirname, '../../server/src/lsp/heapCompaction.js'))});
const kept = [];
for (let i = 0; i < 1500000; i++) kept.push({ i, text: 'x' + i });
collect();
collect();
for (let i = 0; i < kept.length; i++) if (i % 4 !== 0) kept[i] = undefined;
collect();
const compaction = compactHeap();
console.log(JSON.stringify({ ...compaction, laterContextGc: vm.runInNewContext('typeof gc'), kept: kept.length }));
`;

describe('heap compaction', () => {
  before(warmUp);

  test('gives back the pages that an ordinary full collection keeps', () => {
    const run = spawnSync(process.execPath, ['-e', FRAGMENTED_HEAP], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as { beforeBytes: number; afterBytes: number; laterContextGc: string };
    const freedMb = (result.beforeBytes - result.afterBytes) / 2 ** 20;
    assert.ok(freedMb >= 40, `compaction freed only ${freedMb.toFixed(1)} MB of ${(result.beforeBytes / 2 ** 20).toFixed(1)}`);
    assert.equal(result.laterContextGc, 'undefined', 'a context made after the compaction has no gc');
  });

  test('runs once an indexing has been counted, logged as information, and not after edits', async () => {
    const client = new TestClient();
    try {
      const dir = tempFolder({ 'a.txt': STORY_A, 'b.txt': STORY_B });
      const compactions = () => client.logs.items.filter((l) => COMPACTED.test(l.message));
      await client.initialize([dir]);
      const first = await client.logs.waitFor((l) => COMPACTED.test(l.message), 0, 'the compaction after indexing');
      assert.equal(first.type, 3, 'logged as information');

      const article = await client.open(path.join(dir, 'a.txt'));
      const statusMark = client.statuses.mark;
      await client.replace(article, '40 passengers', '45 passengers');
      await client.statuses.waitFor((s) => !s.indexing, statusMark, 'the totals after the edit');
      // A request answered after the status: a compaction due then would have been logged before.
      await client.request('corroborate/checkCorpus', {});
      assert.equal(compactions().length, 1, 'an edit does not compact');

      // Settings the corpora depend on index the folder again, and that indexing compacts once more.
      const logMark = client.logs.mark;
      await client.configure({ include: ['**/*.txt'] });
      await client.logs.waitFor((l) => COMPACTED.test(l.message), logMark, 'the compaction after indexing again');
      assert.equal(compactions().length, 2);
    } finally {
      await client.dispose();
    }
  });
});
