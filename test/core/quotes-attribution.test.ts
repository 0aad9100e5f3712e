/**
 * Quote attribution, as a table: paragraphs -> the quote (by its words) -> expected speaker,
 * cue and anonymity. `speaker: null` means the quote must be uncited. All sentences are written
 * for these tests.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../server/src/core/quotes/index';
import { analyseParagraphs } from '../helpers/quotes';

const analyse = analyseParagraphs;

/** The one quote whose text contains `words`. */
function quoteWith(quotes: readonly Quote[], words: string): Quote {
  const found = quotes.filter((q) => q.text.includes(words));
  assert.equal(found.length, 1, `expected one quote containing ${JSON.stringify(words)}, got ${JSON.stringify(quotes.map((q) => q.text))}`);
  return found[0];
}

interface Row {
  paragraphs: string[];
  quote: string;
  speaker: string | null;
  cue?: string;
  anonymous?: boolean;
}

const table: Row[] = [
  // Attribution after the quote.
  { paragraphs: ['"We will rebuild every house," the mayor said.'], quote: 'rebuild every house', speaker: 'the mayor', cue: 'said', anonymous: false },
  { paragraphs: ['“The talks were useful,” an unnamed EU diplomat told reporters.'], quote: 'talks were useful', speaker: 'an unnamed EU diplomat', cue: 'told', anonymous: true },
  { paragraphs: ['"We are not there yet," a senior German official said on Friday.'], quote: 'not there yet', speaker: 'a senior German official', anonymous: true },
  { paragraphs: ['"The ceasefire is holding for now," diplomats say.'], quote: 'ceasefire is holding', speaker: 'diplomats', cue: 'say', anonymous: true },
  { paragraphs: ['"The bridge is safe to use," officials said Tuesday.'], quote: 'bridge is safe', speaker: 'officials', anonymous: true },
  { paragraphs: ['"Trade routes must stay open," the Foreign Office said in a statement.'], quote: 'Trade routes', speaker: 'the Foreign Office' },
  { paragraphs: ['"Everyone here is exhausted," Smith, 45, said.'], quote: 'exhausted', speaker: 'Smith' },
  { paragraphs: ['"Enough is enough for the workers," the union\'s general secretary, Ana Ruiz, told the rally.'], quote: 'Enough is enough', speaker: 'the union\'s general secretary, Ana Ruiz', cue: 'told' },
  { paragraphs: ['"Prices will keep rising this year," according to the central bank\'s chief economist.'], quote: 'Prices will keep', speaker: 'the central bank\'s chief economist', cue: 'according to' },
  { paragraphs: ['"We lost everything in the flood."The farmer\'s eldest son said.'], quote: 'lost everything', speaker: 'The farmer\'s eldest son' },
  // Inverted order.
  { paragraphs: ['"It is over for this season," said Kovacs.'], quote: 'over for this season', speaker: 'Kovacs', cue: 'said' },
  { paragraphs: ['"No decision has been taken yet," said the official.'], quote: 'No decision', speaker: 'the official' },
  { paragraphs: ['"We saw the smoke first," said Jane Roe, a resident of the street.'], quote: 'saw the smoke', speaker: 'Jane Roe, a resident of the street' },
  { paragraphs: ['"The vote will be delayed again," said an official who asked not to be named.'], quote: 'vote will be delayed', speaker: 'an official who asked not to be named', anonymous: true },
  { paragraphs: ['"Hold the line until the end," said head coach Tom Berg after the match.'], quote: 'Hold the line', speaker: 'head coach Tom Berg' },
  // Attribution before the quote.
  { paragraphs: ['A city spokesman said: "The road will reopen on Monday."'], quote: 'road will reopen', speaker: 'A city spokesman', cue: 'said' },
  { paragraphs: ['Meanwhile, as quoted by the news agency AFP, a police officer said: "Two people were arrested overnight."'], quote: 'Two people were arrested', speaker: 'a police officer', cue: 'said', anonymous: true },
  { paragraphs: ['The ministry\'s press officer told journalists on Monday that the army "has completed its withdrawal from the border area".'], quote: 'completed its withdrawal', speaker: 'The ministry\'s press officer', cue: 'told' },
  { paragraphs: ['The spokesperson said that the company was "confident of a settlement before the summer".'], quote: 'confident of a settlement', speaker: 'The spokesperson' },
  { paragraphs: ['According to the spokesperson, the firm wanted a buyer who would "protect every job at the plant".'], quote: 'protect every job', speaker: 'the spokesperson', cue: 'according to' },
  { paragraphs: ['The agency quoted a senior engineer as saying "the dam is safe for now".'], quote: 'dam is safe', speaker: 'a senior engineer', cue: 'quoted as saying', anonymous: true },
  { paragraphs: ['The minister was quoted as saying "we will not raise taxes this year".'], quote: 'not raise taxes', speaker: 'The minister', cue: 'quoted as saying' },
  { paragraphs: ['Mayor Jane Doe: "The budget is balanced at last"'], quote: 'budget is balanced', speaker: 'Mayor Jane Doe', cue: ':' },
  { paragraphs: ['The league, through its disciplinary panel, fined the club, describing the fans\' conduct as "a disgrace to the sport".'], quote: 'disgrace to the sport', speaker: 'The league', cue: 'describing' },
  { paragraphs: ['Kirby closed the briefing, saying "the alliance has never been stronger".'], quote: 'alliance has never', speaker: 'Kirby', cue: 'saying' },
  { paragraphs: ['The minister called the deal "a disaster".'], quote: 'a disaster', speaker: 'The minister', cue: 'called' },
  // Headlines.
  { paragraphs: ['\'We will not back down\': Union leader vows to fight cuts'], quote: 'We will not back down', speaker: 'Union leader', cue: ':' },
  // Pronouns resolve to the most recent fitting speaker.
  { paragraphs: ['"It was a hard year," the company\'s chief executive said. "We cut costs everywhere," she explained.'], quote: 'cut costs', speaker: 'the company\'s chief executive', cue: 'explained' },
  { paragraphs: ['"We disagree with the offer," two union leaders said.', '"The offer is far too low," they added.'], quote: 'far too low', speaker: 'two union leaders', anonymous: true },
  { paragraphs: ['Coach Maria Lopez told reporters the team was tired.', '"We will fight on," she said.'], quote: 'fight on', speaker: 'Coach Maria Lopez' },
  { paragraphs: ['"The ministry has received the letter," it said in a statement. The Health Ministry did not say more.', '"I am leaving tomorrow," he said.'], quote: 'leaving tomorrow', speaker: 'he' },
  // A paragraph that directly follows an attributed quote inherits its speaker.
  { paragraphs: ['"The harvest was poor this year," the farmer said.', '"We lost half of the wheat to the floods."'], quote: 'half of the wheat', speaker: 'the farmer' },
  { paragraphs: ['"We did our best," the captain said. "The other team was simply better."'], quote: 'simply better', speaker: 'the captain' },
  { paragraphs: ['Asked about the delay, the director replied:', '"The parts have not arrived from the supplier."'], quote: 'parts have not arrived', speaker: 'the director', cue: 'replied' },
  // Reported speech that ends the paragraph before: its speaker's words go on ("said" whatever
  // follows; "wrote", "asked" and their like only with words after them, or inverted).
  { paragraphs: ['Ines Okafor said the plan had failed.', '"We were never consulted."'], quote: 'never consulted', speaker: 'Ines Okafor' },
  { paragraphs: ['The harbour board would not go further, Okafor wrote.', '"We were never consulted."'], quote: 'never consulted', speaker: 'Okafor' },
  { paragraphs: ['Residents of Calfield Street asked whether the bridge would reopen.', '"We were never consulted."'], quote: 'never consulted', speaker: 'Residents of Calfield Street' },
  { paragraphs: ['Okafor writes about her years at the harbour board on its website.', '"We were never consulted."'], quote: 'never consulted', speaker: 'Okafor' },
  { paragraphs: ['The board will meet again in May, her spokesman wrote to the council.', '"We were never consulted."'], quote: 'never consulted', speaker: 'her spokesman' },
  // Truly uncited quotes.
  { paragraphs: ['Residents of Calfield Street asked their employers for more flexible hours.', '"Avenhall is stronger than the people who doubt it."'], quote: 'stronger than the people', speaker: null },
  { paragraphs: ['The Avenhall rowing club wrote to the council asking for more information.', '"Nobody told us anything until it was too late."'], quote: 'Nobody told us', speaker: null },
  { paragraphs: ['The bakery on Fenton Road posted updates on its website.', '"One decision, and everything in Avenhall changes."'], quote: 'One decision', speaker: null },
  { paragraphs: ['"Nobody will be left behind in this town."'], quote: 'Nobody will be left', speaker: null },
  { paragraphs: ['The plan promises to "deliver cheaper energy to every household by next winter".'], quote: 'cheaper energy', speaker: null },
  { paragraphs: ['"The harvest was poor this year," the farmer said.', 'Rain fell for most of the spring.', '"Prices at the market doubled within a single week."'], quote: 'Prices at the market', speaker: null },
  { paragraphs: ['The crowd cheered as the results came in. "Another long night of counting lies ahead of us."'], quote: 'Another long night', speaker: null },
  { paragraphs: ['"This is the best day of my life," one voter said.', 'The count went on past midnight.', '"Nobody expected such a close race."'], quote: 'Nobody expected', speaker: null },
];

describe('quote attribution table', () => {
  for (const row of table) {
    test(`${row.paragraphs.join(' / ').slice(0, 90)} -> ${row.speaker ?? 'uncited'}`, () => {
      const { quotes } = analyse(row.paragraphs);
      const quote = quoteWith(quotes, row.quote);
      assert.equal(quote.kind, 'speech');
      if (row.speaker === null) {
        assert.equal(quote.cited, false, `unexpected speaker ${JSON.stringify(quote.speaker)}`);
        assert.equal(quote.speaker, undefined);
        return;
      }
      assert.equal(quote.speaker, row.speaker);
      assert.equal(quote.cited, true);
      if (row.cue !== undefined) assert.equal(quote.cue, row.cue);
      if (row.anonymous !== undefined) assert.equal(quote.anonymous, row.anonymous);
    });
  }
});

describe('how attributions are linked and reported', () => {
  test('an interrupted quote shares the attribution written inside it', () => {
    const { quotes } = analyse(['Coach Maria Lopez told reporters the team was tired.', '"We will fight," she said, "and we will win in the end."']);
    const first = quoteWith(quotes, 'We will fight');
    const second = quoteWith(quotes, 'win in the end');
    assert.equal(first.speaker, 'Coach Maria Lopez');
    assert.equal(second.speaker, 'Coach Maria Lopez');
    assert.equal(second.continuesFrom, quotes.indexOf(first));
  });

  test('a following quote paragraph records the quote it continues', () => {
    const { quotes } = analyse(['"The harvest was poor this year," the farmer said.', '"We lost half of the wheat to the floods."']);
    assert.equal(quoteWith(quotes, 'half of the wheat').continuesFrom, quotes.indexOf(quoteWith(quotes, 'harvest was poor')));
  });

  test('the speaker span points at the words of the resolved speaker', () => {
    const { text, quotes } = analyse(['"It was a hard year," the company\'s chief executive said. "We cut costs everywhere," she explained.']);
    for (const q of quotes) {
      assert.ok(q.speakerSpan);
      assert.equal(text.slice(q.speakerSpan.start, q.speakerSpan.end), q.speaker);
      assert.ok(q.cueSpan);
      assert.equal(text.slice(q.cueSpan.start, q.cueSpan.end), q.cue);
    }
  });

  test('an uncited quote gets a warning with an attribution fix', () => {
    const { text, findings } = analyse(['"Nobody will be left behind in this town."']);
    const uncited = findings.filter((f) => f.code === 'quote/uncited');
    assert.equal(uncited.length, 1);
    assert.equal(uncited[0].severity, 'warning');
    assert.deepEqual(uncited[0].span, { start: 0, end: text.length });
    assert.equal(uncited[0].fix?.title, 'Add attribution');
    const fix = uncited[0].fix!;
    const fixed = text.slice(0, fix.replaceSpan!.start) + fix.replacement + text.slice(fix.replaceSpan!.end);
    assert.equal(fixed, '"Nobody will be left behind in this town," [source] said.');
  });

  test('a partial quote without attribution gets an "according to" placeholder', () => {
    const { text, findings } = analyse(['The plan promises to "deliver cheaper energy to every household by next winter".']);
    const fix = findings.find((f) => f.code === 'quote/uncited')?.fix;
    assert.ok(fix?.replaceSpan);
    const fixed = text.slice(0, fix.replaceSpan.start) + fix.replacement + text.slice(fix.replaceSpan.end);
    assert.equal(fixed, 'The plan promises to "deliver cheaper energy to every household by next winter", according to [source].');
  });

  test('a multi-paragraph quote is uncited once, at its first paragraph', () => {
    const { findings } = analyse(['"The first part of the statement is here.', '"The second part closes it."']);
    assert.equal(findings.filter((f) => f.code === 'quote/uncited').length, 1);
    assert.equal(findings.filter((f) => f.code === 'quote/unbalanced').length, 0);
  });

  test('anonymous sources are cited but get an information finding at the speaker', () => {
    const { text, findings } = analyse(['"The talks were useful," an unnamed EU diplomat told reporters.']);
    const anonymous = findings.filter((f) => f.code === 'quote/anonymous');
    assert.equal(anonymous.length, 1);
    assert.equal(anonymous[0].severity, 'information');
    assert.equal(text.slice(anonymous[0].span.start, anonymous[0].span.end), 'an unnamed EU diplomat');
    assert.equal(findings.filter((f) => f.code === 'quote/uncited').length, 0);
  });

  test('anonymous findings can be switched off', () => {
    const { findings } = analyse(['"The talks were useful," an unnamed EU diplomat told reporters.'], { reportAnonymous: false });
    assert.equal(findings.length, 0);
  });

  test('"the official" after "a senior official" stays anonymous', () => {
    const { quotes } = analyse(['"We expect a deal," a senior French official said.', 'The official added: "Nothing is signed until everything is signed."']);
    const second = quoteWith(quotes, 'Nothing is signed');
    assert.equal(second.speaker, 'The official');
    assert.equal(second.anonymous, true);
  });

  test('a named speaker is not anonymous', () => {
    const { quotes, findings } = analyse(['"We want a strong partner," the prime minister\'s spokesman said.']);
    assert.equal(quotes[0].anonymous, false);
    assert.equal(findings.length, 0);
  });
});
