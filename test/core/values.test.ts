/** Value slots: finding, normalising and comparing the number-like values of news sentences. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { compareValues, extractValues, type ValueMention } from '../../server/src/core/claims/values';
import { NATO } from '../helpers/paths';

const ARTICLE_DATE = '2024-02-22'; // a Thursday

/** The mention whose text is exactly `phrase` (its first appearance), checked to sit at that place. */
function valueAt(text: string, phrase: string, ctx = { articleDate: ARTICLE_DATE }): ValueMention {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, `fixture lacks "${phrase}"`);
  const found = extractValues(text, ctx).find((m) => m.span.start === start && m.span.end === start + phrase.length);
  assert.ok(found, `no value at "${phrase}" in: ${JSON.stringify(extractValues(text, ctx).map((m) => m.text))}`);
  return found;
}

function texts(text: string, ctx: { articleDate?: string } = { articleDate: ARTICLE_DATE }): string[] {
  return extractValues(text, ctx).map((m) => m.text);
}

/** UTC epoch day of an ISO date, the unit of date values. */
function day(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

function assertDate(m: ValueMention, first: string, last: string, granularity: string): void {
  assert.equal(m.kind, 'date');
  assert.equal(m.low, day(first), `low of "${m.text}"`);
  assert.equal(m.high, day(last), `high of "${m.text}"`);
  assert.equal(m.granularity, granularity);
}

function close(actual: number, expected: number): void {
  assert.ok(Math.abs(actual - expected) < 1e-6, `${actual} is not ${expected}`);
}

describe('plain numbers', () => {
  test('digits with separators and decimals', () => {
    const text = 'The agency employs 4,370 people and its index stood at 2.5 on Monday.';
    const staff = valueAt(text, '4,370');
    assert.deepEqual([staff.kind, staff.value, staff.low, staff.high, staff.unit, staff.head], ['quantity', 4370, 4370, 4370, 'people', 'people']);
    assert.equal(valueAt(text, '2.5').value, 2.5);
  });
  test('number words, including compounds and a dozen', () => {
    const text = 'Thirty-one members voted yes, twenty voted no and a dozen envoys left; one hundred and twenty guests stayed.';
    assert.equal(valueAt(text, 'Thirty-one').value, 31);
    assert.equal(valueAt(text, 'Thirty-one').head, 'member');
    assert.equal(valueAt(text, 'twenty').value, 20);
    const dozen = valueAt(text, 'a dozen');
    assert.deepEqual([dozen.value, dozen.approx, dozen.head], [12, 'about', 'envoy']);
    assert.equal(valueAt(text, 'one hundred and twenty').value, 120);
  });
  test('vague plurals are ranges marked vague', () => {
    const text = 'Hundreds of farmers and tens of thousands of workers marched, with several hundred police.';
    const farmers = valueAt(text, 'Hundreds');
    assert.deepEqual([farmers.low, farmers.high, farmers.approx, farmers.vague, farmers.head], [200, 999, 'range', true, 'farmer']);
    assert.deepEqual([valueAt(text, 'tens of thousands').low, valueAt(text, 'tens of thousands').high], [20000, 99999]);
    assert.deepEqual([valueAt(text, 'several hundred').low, valueAt(text, 'several hundred').high], [300, 900]);
  });
  test('million, billion, bn and m scales cover what rounds to them', () => {
    const text = 'The city has 1.2m residents, 2.5 billion euros of debt and 43 million visitors.';
    const residents = valueAt(text, '1.2m');
    assert.equal(residents.value, 1_200_000);
    close(residents.low, 1_150_000);
    close(residents.high, 1_250_000);
    assert.equal(valueAt(text, '2.5 billion euros').value, 2.5e9);
    assert.equal(valueAt(text, '43 million').head, 'visitor');
  });
  test('labels and clock times are not values', () => {
    assert.deepEqual(texts('F-16 jets, COVID-19 wards, Article 5 and the G7 met at 10:30 in Flight 17.', {}), []);
  });
  test('one as a pronoun is left out, one before a noun kept', () => {
    assert.deepEqual(texts('No one came and one of them left, but one delegate stayed.', {}), ['one']);
    assert.equal(valueAt('No one came and one of them left, but one delegate stayed.', 'one delegate'.slice(0, 3), {}).span.start, 'No one came and one of them left, but '.length);
  });
});

describe('fractions and ratios', () => {
  test('a fraction of a stated base is a quantity; the base stays a mention too', () => {
    const text = 'Two-thirds of 31 members backed the plan, and half of the 40 seats went to the left.';
    const share = valueAt(text, 'Two-thirds of 31');
    assert.equal(share.kind, 'quantity');
    close(share.value, 62 / 3);
    assert.equal(share.approx, 'about');
    assert.equal(share.head, 'member');
    assert.equal(valueAt(text, '31').value, 31);
    const half = valueAt(text, 'half of the 40');
    assert.deepEqual([half.value, half.low, half.high, half.approx, half.head], [20, 20, 20, 'exact', 'seat']);
  });
  test('a fraction of an unnamed whole is a percentage share', () => {
    const text = 'Officials said two-thirds of NATO member states agree, and one in five adults disagreed.';
    const twoThirds = valueAt(text, 'two-thirds');
    assert.deepEqual([twoThirds.kind, twoThirds.unit, twoThirds.share, twoThirds.head], ['percent', '%', true, 'state']);
    close(twoThirds.value, 200 / 3);
    const ratio = valueAt(text, 'one in five');
    assert.deepEqual([ratio.kind, ratio.value, ratio.share, ratio.head], ['percent', 20, true, 'adult']);
  });
  test('"a third term" is an ordinal, "a third of" a fraction', () => {
    const text = 'He won a third term after a third of voters stayed home.';
    assert.equal(valueAt(text, 'third').kind, 'ordinal');
    assert.equal(valueAt(text, 'a third').value, 100 / 3);
  });
});

describe('approximations', () => {
  const text = 'About 20 members, around 5 ships, more than 30 countries, at least 30 towns, fewer than 10 boats, up to 100 jets, nearly 40 tanks.';
  test('about widens by the tolerance, by at least one for small counts', () => {
    assert.deepEqual([valueAt(text, 'About 20').low, valueAt(text, 'About 20').high, valueAt(text, 'About 20').approx], [18, 22, 'about']);
    assert.deepEqual([valueAt(text, 'around 5').low, valueAt(text, 'around 5').high], [4, 6]);
    const wide = extractValues('About 20 members came.', { tolerance: 0.2 })[0];
    assert.deepEqual([wide.low, wide.high], [16, 24]);
  });
  test('bounds: more than, at least, fewer than, up to, nearly', () => {
    assert.deepEqual([valueAt(text, 'more than 30').low, valueAt(text, 'more than 30').high, valueAt(text, 'more than 30').approx], [31, Infinity, 'atLeast']);
    assert.deepEqual([valueAt(text, 'at least 30').low, valueAt(text, 'at least 30').high], [30, Infinity]);
    assert.deepEqual([valueAt(text, 'fewer than 10').low, valueAt(text, 'fewer than 10').high, valueAt(text, 'fewer than 10').approx], [0, 9, 'atMost']);
    assert.deepEqual([valueAt(text, 'up to 100').low, valueAt(text, 'up to 100').high], [0, 100]);
    assert.deepEqual([valueAt(text, 'nearly 40').low, valueAt(text, 'nearly 40').high], [36, 40]);
  });
  test('ranges: between X and Y, X-Y, X to Y, with a shared scale', () => {
    const ranges = 'Between 20 and 30 people, 10-15 years, 5 to 10 ships and 5 to 10 million voters.';
    const between = valueAt(ranges, 'Between 20 and 30');
    assert.deepEqual([between.low, between.high, between.value, between.approx], [20, 30, 25, 'range']);
    const years = valueAt(ranges, '10-15 years');
    assert.deepEqual([years.kind, years.low, years.high], ['duration', 10, 15]);
    assert.deepEqual([valueAt(ranges, '5 to 10').low, valueAt(ranges, '5 to 10').high], [5, 10]);
    const voters = valueAt(ranges, '5 to 10 million');
    assert.deepEqual([voters.low, voters.high], [4_500_000, 10_500_000]);
  });
  test('"rose from X to Y" is two values, not a range', () => {
    assert.deepEqual(texts('Inflation rose from 2% to 3% in a year.', {}), ['2%', '3%']);
  });
});

describe('counts of occurrences', () => {
  test('twice, N times, for a/the Nth time, only once', () => {
    const text = 'He won twice, lost three times, ran for a fourth time and for the fifth time, and lost only once.';
    for (const [phrase, value] of [['twice', 2], ['three times', 3], ['fourth time', 4], ['fifth time', 5], ['once', 1]] as const) {
      const m = valueAt(text, phrase);
      assert.deepEqual([m.kind, m.value, m.head], ['count', value, 'time'], phrase);
    }
  });
  test('multipliers and rates are not counts', () => {
    assert.deepEqual(texts('Turnout was three times as high and twice the size, twice a year; once the vote ends.', {}), []);
  });
});

describe('durations', () => {
  const text = 'She served nine years, ruled for ten years, won a ten-year term, ended a decade-long tenure, spent a decade abroad, two decades at home and 18 months in exile, and had waited for months.';
  test('are normalised to years, with the head noun of compounds', () => {
    for (const [phrase, years, head] of [['nine years', 9, undefined], ['ten years', 10, undefined], ['ten-year', 10, 'term'],
      ['a decade-long', 10, 'tenure'], ['a decade', 10, undefined], ['two decades', 20, undefined], ['18 months', 1.5, undefined]] as const) {
      const m = valueAt(text, phrase);
      assert.deepEqual([m.kind, m.unit, m.head], ['duration', 'year', head], phrase);
      close(m.value, years);
    }
    assert.equal(valueAt(text, '18 months').sourceUnit, 'month');
  });
  test('"for months" is vague and open-ended', () => {
    const m = valueAt(text, 'months');
    assert.deepEqual([m.approx, m.vague, m.high], ['atLeast', true, Infinity]);
    close(m.low, 2 / 12);
  });
  test('"three years ago" is a date, never a duration', () => {
    const ago = extractValues('Three years ago the pact collapsed.', {});
    assert.ok(!ago.some((m) => m.kind === 'duration'));
    assertDate(valueAt('Three years ago the pact collapsed.', 'Three years ago'), '2021-01-01', '2021-12-31', 'year');
  });
});

describe('ages', () => {
  test('are ages, never durations', () => {
    const text = 'The 57-year-old, aged 57, met John Smith, 44, and a 61-year-old farmer in his early 50s.';
    for (const phrase of ['57-year-old', '57', '44', '61-year-old']) assert.equal(valueAt(text, phrase).kind, 'age', phrase);
    assert.equal(valueAt(text, '61-year-old').head, 'farmer');
    assert.deepEqual([valueAt(text, 'early 50s').low, valueAt(text, 'early 50s').high], [50, 53]);
    assert.equal(valueAt(text, 'aged 57'.slice(6)).value, 57);
  });
});

describe('percentages and money', () => {
  test('2%, 2 per cent and two percent are the same value', () => {
    const text = 'Growth was 2%, or 2 per cent, or two percent, up 0.5 percentage points.';
    const [a, b, c] = [valueAt(text, '2%'), valueAt(text, '2 per cent'), valueAt(text, 'two percent')];
    for (const m of [a, b, c]) assert.deepEqual([m.kind, m.unit, m.value], ['percent', '%', 2]);
    assert.equal(compareValues(a, b), 'same');
    assert.equal(compareValues(a, c), 'same');
    assert.equal(valueAt(text, '0.5 percentage points').unit, 'percentage point');
  });
  test('currencies before and after, with scales', () => {
    const text = 'The fund got $5 million, then €3bn, then £20 and finally 5 million dollars.';
    assert.deepEqual([valueAt(text, '$5 million').unit, valueAt(text, '$5 million').value], ['USD', 5e6]);
    assert.deepEqual([valueAt(text, '€3bn').unit, valueAt(text, '€3bn').value], ['EUR', 3e9]);
    assert.deepEqual([valueAt(text, '£20').unit, valueAt(text, '£20').low, valueAt(text, '£20').high], ['GBP', 20, 20]);
    assert.equal(compareValues(valueAt(text, '$5 million'), valueAt(text, '5 million dollars')), 'same');
  });
});

describe('ordinals', () => {
  test('rank a head noun', () => {
    const text = 'Sweden became the 32nd member as the fourth Cabinet marked the 75th anniversary.';
    for (const [phrase, value, head] of [['32nd', 32, 'member'], ['fourth', 4, 'cabinet'], ['75th', 75, 'anniversary']] as const) {
      const m = valueAt(text, phrase);
      assert.deepEqual([m.kind, m.value, m.head], ['ordinal', value, head], phrase);
    }
  });
  test('"first" needs a determiner and a noun', () => {
    assert.deepEqual(texts('First, the first vote passed.', {}), ['first']);
  });
});
