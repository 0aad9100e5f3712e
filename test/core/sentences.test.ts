import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { splitSentences } from '../../server/src/core/article/sentences';
import { parseArticle } from '../../server/src/core/article/parse';
import { FORMAT_FIXTURES } from '../helpers/paths';

const split = (text: string): string[] => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test('the traps fixture splits exactly into its expected sentences', () => {
    const text = readFileSync(path.join(FORMAT_FIXTURES, 'sentence-traps.txt'), 'utf8');
    const expected = readFileSync(path.join(FORMAT_FIXTURES, 'sentences.expected.txt'), 'utf8').split('\n').filter(Boolean);
    assert.deepEqual(parseArticle(text).sentences.map((s) => s.text), expected);
  });

  const cases: Array<[string, string[]]> = [
    ['A U.S. official spoke. Then he left.', ['A U.S. official spoke.', 'Then he left.']],
    ['He moved to the U.S. The move was quiet.', ['He moved to the U.S.', 'The move was quiet.']],
    ['It closed on Nov. 22 after a vote.', ['It closed on Nov. 22 after a vote.']],
    ['Mr. Okafor and Dr. Lind agreed.', ['Mr. Okafor and Dr. Lind agreed.']],
    ['Prices rose 3.5 per cent. Nobody was surprised.', ['Prices rose 3.5 per cent.', 'Nobody was surprised.']],
    ['In 2004 a magnitude 9. 1 quake struck off Aceh. 2005 was calmer.', ['In 2004 a magnitude 9. 1 quake struck off Aceh.', '2005 was calmer.']],
    ['The rookie averaged 5. 2 yards a carry.', ['The rookie averaged 5. 2 yards a carry.']],
    ['The centre said it measured magnitude - 5. 9, but others said 6. 1.', ['The centre said it measured magnitude - 5. 9, but others said 6. 1.']],
    ['Both get USB 3. 0, while prices stay.', ['Both get USB 3. 0, while prices stay.']],
    ['The club was founded in 1887. 2, 000 fans came.', ['The club was founded in 1887.', '2, 000 fans came.']],
    ['The team won 5. 12,000 fans cheered.', ['The team won 5.', '12,000 fans cheered.']],
    ['The vote was held in 2004. 12 members stayed away.', ['The vote was held in 2004.', '12 members stayed away.']],
    ['The report by J. R. Pennock was late.', ['The report by J. R. Pennock was late.']],
    ['She called him an "outstanding candidate."The minister agreed.', ['She called him an "outstanding candidate."', 'The minister agreed.']],
    ['“We are done.”He left the room.', ['“We are done.”', 'He left the room.']],
    ['Cases rose to 79.On Monday more came.', ['Cases rose to 79.', 'On Monday more came.']],
    ['Wait... then it started. Why? Nobody knew!', ['Wait... then it started.', 'Why?', 'Nobody knew!']],
    ['It was founded by Acme Inc. in 1990.', ['It was founded by Acme Inc. in 1990.']],
    ['Shares of Acme Inc. The board met.', ['Shares of Acme Inc.', 'The board met.']],
    ['See latimes.com for more.', ['See latimes.com for more.']],
    ['No terminator at all', ['No terminator at all']],
  ];
  for (const [text, expected] of cases) {
    test(JSON.stringify(text), () => assert.deepEqual(split(text), expected));
  }

  test('splits only inside the given span', () => {
    const text = 'Before. Inside one. Inside two. After.';
    const start = text.indexOf('Inside');
    const end = text.indexOf(' After');
    assert.deepEqual(splitSentences(text, { start, end }).map((s) => text.slice(s.start, s.end)), ['Inside one.', 'Inside two.']);
  });
});
