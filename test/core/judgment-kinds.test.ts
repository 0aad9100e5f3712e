/**
 * Kinds of news language the judgment engine must see through, on invented sentences: support
 * and light verbs, preambles and asides, smoothed weights in a two-sentence corpus, and which
 * figure or person a value belongs to.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus';
import type { ClaimVerdict } from '../../server/src/core/judgment/types';
import { verdictOf } from '../helpers/verdicts';
import { type Idf, smoothedIdf } from '../../server/src/core/judgment/align';
import { sentenceFeatures } from '../../server/src/core/judgment/features';
import { termsOf } from '../../server/src/core/judgment/termColumns';

const dated = (body: string) => ` date 2024-03-12 ${body}`;

function judge(a: string, b: string, claimStart: string): ClaimVerdict {
  return verdictOf({ 'a.txt': dated(a), 'b.txt': dated(b) }, 'a.txt', claimStart);
}

describe('kinds of language', () => {
  const cases: Array<{ name: string; a: string; b: string; claim: string; verdict: ClaimVerdict['verdict']; kind?: string }> = [
    {
      name: 'a support verb carries a noun of action ("gave its backing" / "backed")',
      a: 'The port union on Friday gave its formal backing to Ines Okafor for the harbour board chair.',
      b: 'The port union backed Ines Okafor for the harbour board chair.',
      claim: 'The port union', verdict: 'supported',
    },
    {
      name: 'a linking verb is "is" in other words ("has emerged as the favourite")',
      a: 'Okafor has emerged as the clear favourite.',
      b: 'Okafor is the favourite to chair the harbour board after the vote in Avenhall.',
      claim: 'Okafor has emerged', verdict: 'supported',
    },
    {
      name: 'a preamble before a colon is not what is asserted',
      a: 'Long the quiet favourite of the dockworkers, the engineer found a powerful friend: the port union backed Ines Okafor for the harbour board chair.',
      b: 'The port union backed Ines Okafor for the harbour board chair.',
      claim: 'Long the quiet', verdict: 'supported',
    },
    {
      name: 'a list after ", including" is part of the statement',
      a: 'Several harbour towns, including Avenhall, Lanthorn and Port Meriden, have backed the ferry levy.',
      b: 'Avenhall, Lanthorn and Port Meriden backed the ferry levy on Monday.',
      claim: 'Several harbour towns', verdict: 'supported',
    },
    {
      name: 'in a corpus of two sentences, shared words still count most',
      a: 'The Lanthorn ferry carried 300 passengers on its first crossing.',
      b: 'On its first crossing the ferry carried 300 passengers across the harbour.',
      claim: 'The Lanthorn ferry', verdict: 'supported',
    },
    {
      name: 'a date is still compared when a name stands in an aside',
      a: 'The Avenhall harbour atlas was published in 2014.',
      b: 'The Avenhall harbour atlas - edited by chief surveyor Tomas Brandt - was published in 2011.',
      claim: 'The Avenhall harbour atlas', verdict: 'conflicting', kind: 'date',
    },
    {
      name: 'a figure less well framed decides nothing ("grossed" / "budget")',
      a: 'The harbour film Tidewater grossed more than $2 million at the box office.',
      b: 'The harbour film Tidewater grossed $640,000 at the box office on a budget of $9 million.',
      claim: 'The harbour film', verdict: 'conflicting', kind: 'number',
    },
    {
      name: 'figures of different people still do not conflict',
      a: 'Marta Ely scored 23 points for the Avenhall Gulls on Saturday.',
      b: 'Jonah Lawson scored 16 points for the Avenhall Gulls on Saturday.',
      claim: 'Marta Ely', verdict: 'unsupported',
    },
    {
      name: 'a trailing circumstance ("amid ...") is not what is asserted',
      a: 'The port union backed Ines Okafor for the harbour board chair amid a bitter strike over pensions and rising fuel prices.',
      b: 'The port union backed Ines Okafor for the harbour board chair.',
      claim: 'The port union', verdict: 'supported',
    },
    {
      name: 'a second clause after ", and" with its own subject adds to the claim, it does not decide it',
      a: 'The mayor spoke to Ines Okafor about the harbour board, and Tomas Brandt is still confident the engineer could win the vote and lead it.',
      b: 'The mayor spoke to Ines Okafor about the harbour board.',
      claim: 'The mayor spoke', verdict: 'supported',
    },
    {
      name: 'sums in one currency are of one kind: "made more than $30 million" / "grossed $28 million"',
      a: 'Tidewater made more than $30 million.',
      b: 'Tidewater received mixed reviews from critics and grossed $28 million.',
      claim: 'Tidewater made', verdict: 'conflicting', kind: 'number',
    },
    {
      name: 'a figure given otherwise, of a subject the source may not mean, is no support',
      a: 'The harbour film Tidewater grossed more than $30 million.',
      b: 'Tidewater received mixed reviews from critics and grossed $18 million.',
      claim: 'The harbour film', verdict: 'unsupported',
    },
    {
      name: 'but a bound just short of the figure names it, whoever the subject ("more than $30 million" / "$28 million")',
      a: 'The harbour film Tidewater grossed more than $30 million.',
      b: 'Tidewater received mixed reviews from critics and grossed $28 million.',
      claim: 'The harbour film', verdict: 'conflicting', kind: 'number',
    },
    {
      name: 'the same words about another named school are another matter',
      a: 'Teachers at Quellmore Primary School collected 34 signatures for the ferry petition.',
      b: 'Teachers at Dunwarren Primary School collected 59 signatures for the ferry petition.',
      claim: 'Teachers at Quellmore', verdict: 'unsupported',
    },
    {
      name: 'another person in the subject\'s place is another matter ("a plumber" / "an electrician")',
      a: 'A plumber from the old harbour quarter offered a spare room to the stranded ferry crew.',
      b: 'An electrician from the old harbour quarter offered a spare room to the stranded ferry crew.',
      claim: 'A plumber', verdict: 'unsupported',
    },
    {
      name: 'the same named school in both is support',
      a: 'Teachers at Quellmore Primary School collected 34 signatures for the ferry petition.',
      b: 'On Monday teachers at Quellmore Primary School collected 34 signatures for the ferry petition.',
      claim: 'Teachers at Quellmore', verdict: 'supported',
    },
    {
      name: 'a birth month without a year agrees with the full date of birth',
      a: 'Marta Ely is a Norwegian sailor born in July.',
      b: 'Marta Ely (born 18 July 1990) is a Norwegian sailor who races for the Avenhall club.',
      claim: 'Marta Ely is', verdict: 'supported',
    },
    {
      name: 'a nationality qualifies the thing; it names no other actor ("a Canadian ferry film")',
      a: 'Tidewater is a Canadian ferry film.',
      b: 'Tidewater is a 2015 Irish ferry drama film directed by Tomas Brandt.',
      claim: 'Tidewater is', verdict: 'conflicting', kind: 'object',
    },
    {
      name: 'coordinated nationalities share one head noun ("a Mexican and American musician")',
      a: 'Tomas Brandt is a harbour pilot.',
      b: 'Tomas Brandt (born 1961) is a Mexican and American musician who first became famous in Avenhall.',
      claim: 'Tomas Brandt is', verdict: 'conflicting', kind: 'object',
    },
    {
      name: 'a month is a date, not a name: "released in August" against "released on July 8"',
      a: 'Tidewater (2015 film) was released in August.',
      b: 'Tidewater was released in Ireland on July 8, 2015.',
      claim: 'Tidewater', verdict: 'conflicting', kind: 'date',
    },
    {
      name: 'the comma inside a date joins no clauses: the statement stays simple and its nationality is compared',
      a: 'Quellmore Dune is a Canadian and was born on September 18, 1975.',
      b: 'Quellmore Dune (born September 18, 1975) is an American actor.',
      claim: 'Quellmore Dune', verdict: 'conflicting', kind: 'object',
    },
    {
      name: 'a broader word is no substitution: "is a musician" is borne out by "is a rapper"',
      a: 'Quellmore Dune is a musician.',
      b: 'Quellmore Dune is a rapper.',
      claim: 'Quellmore Dune', verdict: 'supported',
    },
    {
      name: 'a broader word with a modifier the source lacks still differs ("a country musician" / "a rapper")',
      a: 'Quellmore Dune is a country musician.',
      b: 'Quellmore Dune is a rapper.',
      claim: 'Quellmore Dune', verdict: 'conflicting',
    },
    {
      name: 'a strict bound on the very figure another article states is a conflict, framed by nouns alone',
      a: 'The harbour film Quellmore Nights has an approval below 41% from critics on Tallyboard.',
      b: 'The review site Tallyboard lists a 41% approval for Quellmore Nights from critics.',
      claim: 'The harbour film', verdict: 'conflicting', kind: 'number',
    },
    {
      name: 'a bound set just short of the figure another article states is a conflict ("above 64%" / "61%")',
      a: 'The harbour film Quellmore Nights has an approval above 64% from critics on Tallyboard.',
      b: 'The review site Tallyboard lists a 61% approval for Quellmore Nights from critics.',
      claim: 'The harbour film', verdict: 'conflicting', kind: 'number',
    },
    {
      name: 'a bound far from the figure, framed by nouns alone, decides nothing ("below 30%" / "58%")',
      a: 'The harbour film Quellmore Nights has an approval below 30% from critics on Tallyboard.',
      b: 'The review site Tallyboard lists a 58% approval for Quellmore Nights from critics.',
      claim: 'The harbour film', verdict: 'unsupported',
    },
    {
      name: 'a figure framed by nouns alone that is merely another number decides nothing',
      a: 'The harbour film Quellmore Nights has an approval of 41% from critics on Tallyboard.',
      b: 'The review site Tallyboard lists a 58% approval for Quellmore Nights from critics.',
      claim: 'The harbour film', verdict: 'unsupported',
    },
    {
      name: 'an institution is also called by its first word ("Quellmore University" / "Quellmore")',
      a: 'Quellmore University is highly residential.',
      b: 'Quellmore is a large, highly residential research university.',
      claim: 'Quellmore University', verdict: 'supported',
    },
    {
      name: 'a pronoun after an opening apposition stands for the article\'s subject',
      a: 'Lanthorn signifies the end of the herring season.',
      b: 'One of the oldest feasts of Quellmore, it signifies the end of the herring season.',
      claim: 'Lanthorn signifies', verdict: 'supported',
    },
    {
      name: 'an opening phrase ends at its last comma: a date inside it has its own ("As of December 17, 2019, it has grossed")',
      a: 'The film Tidewater grossed less than $225 million worldwide.',
      b: 'As of December 17, 2019, it has grossed $227 million worldwide.',
      claim: 'The film Tidewater', verdict: 'conflicting', kind: 'number',
    },
    {
      name: 'coordinated verbs share their agent ("written and directed by" one person / another)',
      a: 'Quellmore was written and directed by Ines Okafor.',
      b: 'Quellmore is a 2010 harbour drama film written and directed by Tomas Brandt, starring Marta Ely, Jonah Lawson, Vera Lomax and Pavel Ostrova.',
      claim: 'Quellmore was', verdict: 'conflicting', kind: 'actor',
    },
    {
      name: 'a participle after the head noun ends its phrase ("a drama film starring ...")',
      a: 'Quellmore is solely a horror movie.',
      b: 'Quellmore is an epic harbour drama film starring Marta Ely and Jonah Lawson.',
      claim: 'Quellmore is', verdict: 'conflicting', kind: 'object',
    },
    {
      name: 'a restriction the source does not bear out ("only worked in radio" / "a television and radio producer")',
      a: 'Ines Okafor only worked in radio.',
      b: 'Ines Okafor is a Norwegian television and radio producer.',
      claim: 'Ines Okafor only', verdict: 'conflicting', kind: 'object',
    },
    {
      name: '"the only" is no restriction of what the source coordinates',
      a: 'Ines Okafor is the only radio producer in Avenhall.',
      b: 'Ines Okafor is a television and radio producer in Avenhall.',
      claim: 'Ines Okafor is', verdict: 'supported',
    },
    {
      name: 'the length of a career is one slot however it is put ("has been working for 30 years" / "has been a pilot for four decades")',
      a: 'Ines Okafor has been working in her field for 30 years.',
      b: 'Ines Okafor (born 1950) has been a harbour pilot, engineer and union organiser for four decades.',
      claim: 'Ines Okafor has', verdict: 'conflicting', kind: 'duration',
    },
    {
      name: 'a source whose subject is left implicit ("the film has") stands for the claim\'s named subject, not for another thing',
      a: 'Quellmore Lantern has more than 183 reviews on Tidewater Critics.',
      b: 'On the review website Tidewater Critics, the film has an approval rating of 50% based on 184 reviews.',
      claim: 'Quellmore Lantern', verdict: 'supported',
    },
    {
      name: 'another value bears out a denial rather than contradicts it ("is not an Irish film" / "is a Norwegian film")',
      a: 'Quellmore is not an Irish film.',
      b: 'Quellmore is a Norwegian harbour drama film.',
      claim: 'Quellmore is not', verdict: 'supported',
    },
    {
      name: 'the pair model weighs even a close source where a substitution may stand (after a copula)',
      a: 'Quellmore Code is a language.',
      b: 'Quellmore Code is one of the simplest methods of telecommunication.',
      claim: 'Quellmore Code', verdict: 'conflicting', kind: 'object',
    },
    {
      name: 'a date after "their" is no grand total: "their 1979 album" is compared with "in 1982"',
      a: 'Tidewater (Lanthorn song) was in 1982.',
      b: '"Tidewater" is a song by the harbour band Lanthorn from their 1979 album Quellmore Lights.',
      claim: 'Tidewater', verdict: 'conflicting', kind: 'date',
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const verdict = judge(c.a, c.b, c.claim);
      assert.equal(verdict.verdict, c.verdict, JSON.stringify(verdict.sources.map((s) => [s.relation, s.score, s.conflict])));
      if (c.kind) assert.equal(verdict.conflict?.kind, c.kind);
      if (c.verdict !== 'unsupported') assert.ok(verdict.sources.some((s) => s.articleId === 'b.txt'));
    });
  }

  test('the words of a date weigh little: a source silent on the day covers most of the claim', () => {
    const corpus = new Corpus({ referenceDate: '2024-03-20' });
    corpus.setText('a.txt', dated('Ines Okafor opened the ferry terminal on Thursday evening last week.'));
    corpus.setText('b.txt', dated('Ines Okafor opened the ferry terminal.'));
    const [claim, source] = ['a.txt', 'b.txt'].map((id) => corpus.report(id)!.claims[0]);
    assert.equal(claim.verdict, 'supported');
    const score = claim.sources.find((s) => s.articleId === 'b.txt')?.score ?? 0;
    assert.ok(score >= 0.7, `coverage ${score}`);
    assert.ok(source.verdict === 'supported');
  });

  test('a capitalised common noun opening a sentence is not a name: the date conflict stands', () => {
    const verdict = judge('Officials expect the ferry pier to reopen to passengers in May.', 'Harbour engineer Tomas Brandt said the ferry pier was expected to reopen to passengers in June.', 'Officials');
    assert.equal(verdict.verdict, 'conflicting');
    assert.equal(verdict.conflict?.kind, 'date');
  });
});

describe('terms', () => {
  const keysOf = (text: string) => termsOf(sentenceFeatures(text, { start: 0, end: text.length }, { articleDate: '2024-03-12' })).map((t) => t.key);

  test('a figure\'s number in words is no term: "seventeen months" would find every sentence with a seventeen in it', () => {
    const keys = keysOf('Marwell Freight had been in talks with Kesstone Telecom for seventeen months.');
    assert.ok(!keys.includes('l:seventeen'), keys.join(' '));
    assert.ok(keys.includes('l:talk'), keys.join(' '));
  });

  test('an ordinal stays a term: "the fourth round" names which round as much as it counts', () => {
    assert.ok(keysOf('The fourth round was more of the same.').includes('l:fourth'));
  });
});

describe('smoothedIdf', () => {
  // The store's shape: ln((N + 1) / (df + 0.5)).
  const storeIdf = (size: number, df: Record<string, number>): Idf => (key) => Math.log((size + 1) / ((df[key] ?? 0) + 0.5));

  test('in a tiny corpus, a shared word weighs nearly as much as a word of one sentence', () => {
    const idf = smoothedIdf(storeIdf(2, { shared: 2, lone: 1 }));
    assert.ok(idf('shared') / idf('lone') > 0.8, `${idf('shared')} / ${idf('lone')}`);
    assert.ok(idf('shared') < idf('lone'));
  });

  test('in a large corpus it is the store idf, nearly', () => {
    const raw = storeIdf(100_000, { common: 20_000, rare: 3 });
    const idf = smoothedIdf(raw);
    for (const key of ['common', 'rare']) assert.ok(Math.abs(idf(key) - raw(key)) / raw(key) < 0.05, key);
  });
});
