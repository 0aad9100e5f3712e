/**
 * Two things of one name in two towns (`placedElsewhere.ts`): a sentence whose subject is placed
 * in a town the other article never names, from an article set in towns of its own, neither bears
 * the claim out nor contradicts it; the same sentence in an article of the same town does.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { verdictOf } from '../helpers/verdicts';

const dated = (body: string) => ` date 2024-03-12 ${body}`;
const AVENHALL = 'Roads in Avenhall were closed on Monday after the storm.';
const KELM = 'Roads in Kelm were closed on Monday after the storm.';
const SCHOOL = 'Parents at Marfield Primary School spent the afternoon helping neighbours.';
const SCHOOL_IN_KELM = 'Parents at Marfield Primary School in Kelm spent the afternoon helping neighbours.';

describe('a thing of one name in another town', () => {
  test('a source whose subject is placed in a town the claim\'s article never names, from an article set elsewhere, does not support it', () => {
    const verdict = verdictOf({ 'a.txt': dated(`${AVENHALL} ${SCHOOL}`), 'b.txt': dated(`${KELM} ${SCHOOL_IN_KELM}`) }, 'a.txt', 'Parents');
    assert.equal(verdict.verdict, 'unsupported', JSON.stringify(verdict.sources.map((s) => s.text)));
  });

  test('nor the other way round: a claim placed in a town the source\'s article never names', () => {
    const verdict = verdictOf({ 'a.txt': dated(`${KELM} ${SCHOOL_IN_KELM}`), 'b.txt': dated(`${AVENHALL} ${SCHOOL}`) }, 'a.txt', 'Parents');
    assert.equal(verdict.verdict, 'unsupported', JSON.stringify(verdict.sources.map((s) => s.text)));
  });

  test('an article that names the town too is about the same thing', () => {
    const verdict = verdictOf({ 'a.txt': dated(`${AVENHALL} Volunteers came from as far as Kelm. ${SCHOOL}`), 'b.txt': dated(`${KELM} ${SCHOOL_IN_KELM}`) }, 'a.txt', 'Parents');
    assert.equal(verdict.verdict, 'supported');
  });

  test('a town the recogniser reads as a person in one article and as a plain name in the other is one town', () => {
    // A quotation that gives the town "a year" makes it a person throughout its article.
    const a = dated('“Give Kelmby a year and we will know whether it worked,” says Ines Varga, a climate researcher. Rainfall in Kelmby over 24 hours reached 217 millimetres.');
    const b = dated('Streets in Kelmby were quieter than usual on Friday. Rainfall in Kelmby over 24 hours reached 217 millimetres.');
    const verdict = verdictOf({ 'a.txt': a, 'b.txt': b }, 'a.txt', 'Rainfall');
    assert.equal(verdict.verdict, 'supported', JSON.stringify(verdict.sources.map((s) => s.text)));
  });

  test('an article set nowhere in particular is not set elsewhere', () => {
    const verdict = verdictOf({ 'a.txt': dated(`The storm closed roads on Monday. ${SCHOOL}`), 'b.txt': dated(`${KELM} ${SCHOOL_IN_KELM}`) }, 'a.txt', 'Parents');
    assert.equal(verdict.verdict, 'supported');
  });

  test('nor does it contradict it: a figure of the other town\'s school is no conflict', () => {
    const verdict = verdictOf({ 'a.txt': dated(`${AVENHALL} Parents at Marfield Primary School collected 83 signatures.`), 'b.txt': dated(`${KELM} Parents at Marfield Primary School in Kelm collected 13 signatures.`) }, 'a.txt', 'Parents');
    assert.equal(verdict.verdict, 'unsupported', JSON.stringify(verdict.sources.map((s) => [s.relation, s.text])));
    const sameTown = verdictOf({ 'a.txt': dated(`${AVENHALL} Parents at Marfield Primary School collected 83 signatures.`), 'b.txt': dated(`${AVENHALL} Parents at Marfield Primary School collected 13 signatures.`) }, 'a.txt', 'Parents');
    assert.equal(sameTown.verdict, 'conflicting', 'the same school\'s figure given otherwise still conflicts');
  });

  test('two articles that share no name but their two sentences\' tell two stories: a figure given otherwise is no conflict', () => {
    const claim = 'Voters in Kelmland chose a new parliament on Sunday. Ines Okafor led the count in Avenport. The Democratic Centre candidate received 48.2 percent of the vote.';
    const other = 'Voters in Osterdale chose a president on Sunday. Marta Ely conceded in Pellby. The Democratic Centre candidate received 55.8 percent of the vote.';
    const apart = verdictOf({ 'a.txt': dated(claim), 'b.txt': dated(other) }, 'a.txt', 'The Democratic');
    assert.equal(apart.verdict, 'unsupported', JSON.stringify(apart.sources.map((s) => [s.relation, s.text])));
    const oneStory = verdictOf({ 'a.txt': dated(claim), 'b.txt': dated(other.replace('Osterdale', 'Kelmland')) }, 'a.txt', 'The Democratic');
    assert.equal(oneStory.verdict, 'conflicting', 'an article that names Kelmland too tells the same story');
  });

  test('a place after the verb is where the deed was done, not which thing did it', () => {
    const verdict = verdictOf({ 'a.txt': dated(`${AVENHALL} ${SCHOOL}`), 'b.txt': dated(`${KELM} Parents at Marfield Primary School spent the afternoon helping neighbours in Kelm.`) }, 'a.txt', 'Parents');
    assert.equal(verdict.verdict, 'supported');
  });
});
