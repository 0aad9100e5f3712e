/**
 * Articles far apart in time: the rules of `judgment/articleTime.ts`, on invented articles whose
 * header dates are all that changes from one case to the next.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anotherOccurrence, daysBetween, ofOneTime, SAME_STATE_DAYS, SAME_STORY_DAYS } from '../../server/src/core/judgment/articleTime';
import type { ConflictDetail } from '../../server/src/core/judgment/types';
import { verdictOf } from '../helpers/verdicts';

const dated = (date: string, body: string) => ` date ${date} ${body}`;

describe('days between articles', () => {
  const dates: Record<string, string | undefined> = { a: '2024-02-28', b: '2024-03-01', c: '2025-03-01', d: undefined };
  const dateOf = (id: string) => dates[id];
  test('counts calendar days, across a leap day, in either order', () => {
    assert.equal(daysBetween('a', 'b', dateOf), 2);
    assert.equal(daysBetween('b', 'a', dateOf), 2);
    assert.equal(daysBetween('b', 'c', dateOf), 365);
  });
  test('an undated article is of any time', () => {
    assert.equal(daysBetween('a', 'd', dateOf), undefined);
    assert.ok(ofOneTime('a', 'd', dateOf));
    assert.ok(ofOneTime('a', 'b', dateOf));
    assert.ok(!ofOneTime('a', 'c', dateOf));
  });
});

describe('another occurrence', () => {
  const conflict = (kind: ConflictDetail['kind'], claimValue = '56.7%', sourceValue = '58.5%'): ConflictDetail => ({ kind, claimValue, sourceValue });
  const years = SAME_STATE_DAYS + 1;
  test('a figure, a count or a state given otherwise years apart', () => {
    for (const kind of ['number', 'count', 'duration', 'polarity', 'antonym', 'certainty'] as const) assert.ok(anotherOccurrence(conflict(kind), 0, years), kind);
  });
  test('not within a year, not with a value given alike, not between undated articles', () => {
    assert.ok(!anotherOccurrence(conflict('number'), 0, SAME_STATE_DAYS));
    assert.ok(!anotherOccurrence(conflict('number'), 1, years));
    assert.ok(!anotherOccurrence(conflict('number'), 0, undefined));
  });
  test('who did it and what it is stay true', () => {
    assert.ok(!anotherOccurrence(conflict('actor', 'Marta Ely', 'Jonah Lawson'), 0, years));
    assert.ok(!anotherOccurrence(conflict('object', 'railway bridge', 'road bridge'), 0, years));
  });
  test('a date that names its year is fixed; one read against the article\'s date is not', () => {
    assert.ok(!anotherOccurrence(conflict('date', '4 May 1932', '4 May 1934'), 0, years));
    assert.ok(anotherOccurrence(conflict('date', 'next month', 'next month'), 0, years));
    assert.ok(anotherOccurrence(conflict('date', 'on Thursday', 'September 13'), 0, years));
  });
});

describe('verdicts across time', () => {
  const claim = 'Okafor won 56.7% of the harbour board vote.';
  const other = 'Okafor won 58.5% of the harbour board vote.';
  const agree = 'Okafor took 56.7% of the harbour board vote.';

  test('articles of another time do not outweigh one of the claim\'s own time that agrees', () => {
    const files = (claimDate: string, agreeDate: string, otherDate: string) => ({
      'a.txt': dated(claimDate, claim), 'b.txt': dated(agreeDate, agree), 'c.txt': dated(otherDate, other), 'd.txt': dated(otherDate, other),
    });
    // Two months apart: within a year, so the figures are compared, but not of the story's time.
    const apart = verdictOf(files('2025-12-27', '2025-12-28', '2025-10-14'), 'a.txt', 'Okafor won');
    assert.equal(apart.verdict, 'supported', JSON.stringify(apart.sources.map((s) => [s.relation, s.date])));
    assert.ok(apart.sources.some((s) => s.relation === 'contradicts' && s.articleId === 'c.txt'), 'the other time is still listed');
    const sameWeek = verdictOf(files('2025-12-27', '2025-12-28', '2025-12-29'), 'a.txt', 'Okafor won');
    assert.equal(sameWeek.verdict, 'conflicting', 'two articles of the same week outweigh one');
    const agreeingAlsoApart = verdictOf(files('2025-12-27', '2025-10-15', '2025-10-14'), 'a.txt', 'Okafor won');
    assert.equal(agreeingAlsoApart.verdict, 'conflicting', 'no agreeing article of the claim\'s time: every contradiction counts');
    assert.ok(SAME_STORY_DAYS < 70, 'the cases above assume two months are another time');
  });

  test('years apart, a figure given otherwise is another occurrence unless a date fixes both', () => {
    const ago = verdictOf({ 'a.txt': dated('2025-12-27', claim), 'c.txt': dated('2015-11-14', other) }, 'a.txt', 'Okafor won');
    assert.equal(ago.verdict, 'unsupported', JSON.stringify(ago.sources.map((s) => [s.relation, s.conflict])));
    const weeks = verdictOf({ 'a.txt': dated('2025-12-27', claim), 'c.txt': dated('2025-12-01', other) }, 'a.txt', 'Okafor won');
    assert.equal(weeks.verdict, 'conflicting');
    const anchored = verdictOf({
      'a.txt': dated('2025-12-27', 'In the 2014 election Okafor won 56.7% of the harbour board vote.'),
      'c.txt': dated('2015-11-14', 'In the 2014 election Okafor won 58.5% of the harbour board vote.'),
    }, 'a.txt', 'In the 2014');
    assert.equal(anchored.verdict, 'conflicting', 'the year both name fixes them to one election');
  });

  test('an undated article goes by the date its body gives', () => {
    const undated = 'Published November 14, 2015.\n\nOkafor won 58.5% of the harbour board vote.';
    const ago = verdictOf({ 'a.txt': dated('2025-12-27', claim), 'c.txt': undated }, 'a.txt', 'Okafor won');
    assert.equal(ago.verdict, 'unsupported', JSON.stringify(ago.sources.map((s) => [s.relation, s.date])));
    const recent = verdictOf({ 'a.txt': dated('2025-12-27', claim), 'c.txt': undated.replace('2015', '2025') }, 'a.txt', 'Okafor won');
    assert.equal(recent.verdict, 'conflicting');
    assert.equal(recent.sources.find((s) => s.articleId === 'c.txt')?.date, '2025-11-14', 'the source is dated by its body');
  });

  test('a length still running is told up to each article\'s day ("after four days of riots" / "after eight days of riots")', () => {
    const four = 'Kelm was calm after four days of riots over the harbour closure.';
    const eight = 'Kelm was calm after eight days of riots over the harbour closure.';
    const days = (claimDate: string, sourceDate: string) => verdictOf({ 'a.txt': dated(claimDate, four), 'c.txt': dated(sourceDate, eight) }, 'a.txt', 'Kelm was calm').verdict;
    assert.equal(days('2025-12-27', '2025-12-27'), 'conflicting', 'the same day');
    assert.equal(days('2025-12-27', '2025-12-29'), 'conflicting', 'two days cannot add four');
    assert.notEqual(days('2025-12-27', '2025-12-31'), 'conflicting', 'four days later');
    const undated = verdictOf({ 'a.txt': four, 'c.txt': eight }, 'a.txt', 'Kelm was calm');
    assert.notEqual(undated.verdict, 'conflicting', 'no date to tell when each was written');
    const served = verdictOf({ 'a.txt': 'Okafor served four months in the Kelm prison.', 'c.txt': 'Okafor served eight months in the Kelm prison.' }, 'a.txt', 'Okafor served');
    assert.equal(served.verdict, 'conflicting', 'a length that has ended is one length');
  });

  test('years apart, who designed it still conflicts', () => {
    const verdict = verdictOf({
      'a.txt': dated('2025-12-27', 'The Lanthorn footbridge was designed by Marta Ely.'),
      'c.txt': dated('2012-05-02', 'The Lanthorn footbridge was designed by Jonah Lawson.'),
    }, 'a.txt', 'The Lanthorn');
    assert.equal(verdict.verdict, 'conflicting');
    assert.equal(verdict.conflict?.kind, 'actor');
  });
});
