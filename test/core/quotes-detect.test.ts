/**
 * Finding quotation spans: quote marks of every kind, apostrophes that are not quote marks,
 * quotes inside quotes, multi-paragraph quotes, unbalanced marks, robustness and speed. All
 * sentences are written for these tests.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyseQuotes, QUOTE_CODES, type Quote, type QuoteAnalysis } from '../../server/src/core/quotes/index';
import { detectQuotes } from '../../server/src/core/quotes/detect';
import { analyseDetection } from '../../server/src/core/quotes/analyse';
import type { Span } from '../../server/src/core/types';
import { analyseParagraphs } from '../helpers/quotes';

const analyse = analyseParagraphs;

const texts = (quotes: readonly Quote[]): string[] => quotes.map((q) => q.text);

function spanOf(text: string, needle: string, occurrence = 1): Span {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${JSON.stringify(needle)} not found`);
  }
  return { start: at, end: at + needle.length };
}

const codes = (r: QuoteAnalysis): string[] => r.findings.map((f) => f.code);

describe('quote marks', () => {
  test('straight double quotes', () => {
    const r = analyse(['The mayor promised that "the bridge will reopen in May" at the meeting.']);
    assert.deepEqual(texts(r.quotes), ['the bridge will reopen in May']);
    const q = r.quotes[0];
    assert.deepEqual(q.span, spanOf(r.text, 'the bridge will reopen in May'));
    assert.deepEqual(q.outerSpan, spanOf(r.text, '"the bridge will reopen in May"'));
  });

  test('curly double quotes', () => {
    const r = analyse(['\u201CWe are ready for the final,\u201D the coach said.']);
    assert.deepEqual(texts(r.quotes), ['We are ready for the final,']);
    assert.equal(r.quotes[0].speaker, 'the coach');
  });

  test('guillemets and low-high German marks', () => {
    assert.deepEqual(texts(analyse(['\u00AB Nous sommes pr\u00EAts \u00BB, a dit le ministre.']).quotes), ['Nous sommes pr\u00EAts']);
    assert.deepEqual(texts(analyse(['Er sagte \u201EWir sind bereit\u201C und ging.']).quotes), ['Wir sind bereit']);
  });

  test('single quotes used as quote marks in a headline', () => {
    const r = analyse(['Storm set to \'batter\' the coast as residents prepare']);
    assert.deepEqual(texts(r.quotes), ['batter']);
    assert.equal(r.quotes[0].kind, 'scare');
    const headline = analyse(['\u2018We will not back down\u2019: Union leader vows to fight cuts']);
    assert.deepEqual(texts(headline.quotes), ['We will not back down']);
  });

  test('apostrophes are not quote marks', () => {
    const r = analyse(['The club\'s captain didn\'t play; Rutte\u2019s aides recalled the \u201990s and the \'80s, rock \'n\' roll, the players\' union and a 6\'2" forward.']);
    assert.deepEqual(texts(r.quotes), []);
    assert.deepEqual(r.findings, []);
  });

  test('a plural possessive inside single quotes does not close them', () => {
    const r = analyse(['\'The players\' union will meet on Monday,\' she said.']);
    assert.deepEqual(texts(r.quotes), ['The players\' union will meet on Monday,']);
    assert.equal(r.quotes[0].speaker, 'she');
  });

  test('a quote inside a quote', () => {
    const r = analyse(['"He told me \'never again\' before he left the house," Ms Ortiz said.']);
    assert.equal(r.quotes.length, 2);
    const outer = r.quotes.find((q) => q.text.startsWith('He told me'))!;
    const inner = r.quotes.find((q) => q.text === 'never again')!;
    assert.ok(inner.outerSpan.start > outer.span.start && inner.outerSpan.end < outer.span.end);
    assert.equal(outer.speaker, 'Ms Ortiz');
  });

  test('a quote of several sentences is one quote', () => {
    const r = analyse(['"The road is closed. Drivers should use the bypass. We expect delays until Friday," the police said.']);
    assert.deepEqual(texts(r.quotes), ['The road is closed. Drivers should use the bypass. We expect delays until Friday,']);
  });

  test('a partial quote inside a sentence keeps its inner punctuation', () => {
    const r = analyse(['The minister described the plan as an "unworkable compromise."']);
    assert.deepEqual(texts(r.quotes), ['unworkable compromise.']);
    assert.equal(r.quotes[0].speaker, 'The minister');
  });

  test('a missing space after a closing mark', () => {
    const r = analyse(['"We want a fair deal for nurses."The union\'s chief negotiator said.']);
    assert.deepEqual(texts(r.quotes), ['We want a fair deal for nurses.']);
    assert.equal(r.quotes[0].speaker, 'The union\'s chief negotiator');
  });

  test('ambiguous straight quotes are paired by the characters around them', () => {
    const r = analyse(['He said "yes" and she said "no" to the offer.']);
    assert.deepEqual(texts(r.quotes), ['yes', 'no']);
    const glued = analyse(['"Are you ready?"she asked the crowd.']);
    assert.deepEqual(texts(glued.quotes), ['Are you ready?']);
    const spaced = analyse(['"I feel sorry for the young, "said the shopkeeper.']);
    assert.deepEqual(texts(spaced.quotes), ['I feel sorry for the young,']);
    assert.equal(spaced.quotes[0].speaker, 'the shopkeeper');
  });

  test('quotes outside the given paragraphs are ignored', () => {
    const text = '"A header line in quotes"\n\nThe body says "something else entirely here" today.';
    const body = spanOf(text, 'The body says "something else entirely here" today.');
    const r = analyseQuotes({ text, paragraphs: [body] });
    assert.deepEqual(texts(r.quotes), ['something else entirely here']);
  });
});

describe('multi-paragraph quotes', () => {
  test('each paragraph opens with a mark and only the last closes (no problem)', () => {
    const r = analyse([
      '"The first paragraph of the statement runs on here.',
      '"The second paragraph keeps going.',
      '"And the third closes it," the mayor said.',
    ]);
    assert.equal(r.quotes.length, 3);
    assert.deepEqual(codes(r), []);
    assert.equal(r.quotes[1].continuesFrom, 0);
    assert.equal(r.quotes[2].continuesFrom, 1);
    for (const q of r.quotes) assert.equal(q.speaker, 'the mayor');
    assert.deepEqual(r.quotes[0].span, spanOf(r.text, 'The first paragraph of the statement runs on here.'));
  });

  test('a quote running on without opening marks is one quote, with an information finding', () => {
    const r = analyse(['"The first sentence is here.', 'The second sentence ends the quote," the witness said.']);
    assert.equal(r.quotes.length, 2);
    assert.equal(r.quotes[1].continuesFrom, 0);
    assert.equal(r.quotes[0].speaker, 'the witness');
    assert.deepEqual(r.findings.map((f) => [f.code, f.severity]), [['quote/unbalanced', 'information']]);
  });
});

describe('unbalanced marks', () => {
  test('an unclosed quote ends at its paragraph and the rest is still analysed', () => {
    const r = analyse(['"This quote never ends. The next sentence is prose.', 'The chief said "all is well with the accounts" today.']);
    const unbalanced = r.findings.filter((f) => f.code === 'quote/unbalanced');
    assert.equal(unbalanced.length, 1);
    assert.equal(unbalanced[0].severity, 'warning');
    assert.deepEqual(unbalanced[0].span, { start: 0, end: 1 });
    assert.deepEqual(texts(r.quotes), ['This quote never ends. The next sentence is prose.', 'all is well with the accounts']);
    assert.equal(r.quotes[1].speaker, 'The chief');
  });

  test('a closing mark without an opening one', () => {
    const r = analyse(['The report ends here." The next words are ordinary prose.']);
    assert.deepEqual(codes(r), ['quote/unbalanced']);
    assert.deepEqual(r.findings[0].span, spanOf(r.text, '"'));
    assert.deepEqual(r.quotes, []);
  });

  test('mismatched marks: a double opening closed by a single mark', () => {
    const r = analyse(['\u201CThis opens with a curly mark and closes wrongly\u2019 and goes on.']);
    assert.deepEqual(codes(r).filter((c) => c === 'quote/unbalanced'), ['quote/unbalanced']);
    assert.deepEqual(r.findings.find((f) => f.code === 'quote/unbalanced')!.span, { start: 0, end: 1 });
  });

  test('the same mark opening twice closes nothing: the first is reported', () => {
    const r = analyse(['\u201CThe first quote lost its end. \u201CThe second one is fine,\u201D she said.']);
    assert.deepEqual(texts(r.quotes), ['The first quote lost its end.', 'The second one is fine,']);
    assert.deepEqual(r.findings.filter((f) => f.code === 'quote/unbalanced').map((f) => f.span), [{ start: 0, end: 1 }]);
  });
});

describe('scare quotes and titles', () => {
  test('produce nothing by default', () => {
    const r = analyse(['The so-called "reform" was dropped after she starred in "The Long Road Home" last year.']);
    assert.deepEqual(r.quotes.map((q) => q.kind), ['scare', 'scare']);
    assert.deepEqual(r.findings, []);
  });

  test('are reported as hints when asked for', () => {
    const r = analyse(['The so-called "reform" was dropped.'], { reportScareQuotes: true });
    assert.deepEqual(r.findings.map((f) => [f.code, f.severity]), [['quote/scare', 'hint']]);
  });

  test('a short quote with a speech verb is speech', () => {
    const r = analyse(['The minister called the deal "a disaster".']);
    assert.equal(r.quotes[0].kind, 'speech');
    assert.equal(r.quotes[0].cited, true);
  });
});

describe('codes and robustness', () => {
  test('every emitted code is documented', () => {
    const documented = new Set(QUOTE_CODES.map((c) => c.code));
    for (const code of ['quote/unbalanced', 'quote/uncited', 'quote/anonymous']) assert.ok(documented.has(code), code);
    for (const info of QUOTE_CODES) assert.ok(info.summary.length > 0 && info.help.length > 0);
  });

  test('bad input gives empty results', () => {
    assert.deepEqual(analyseQuotes({ text: '', paragraphs: [] }), { quotes: [], findings: [] });
    const weird = analyseQuotes({ text: '"abc"', paragraphs: [{ start: -5, end: 99 }, { start: 3, end: 1 }, { start: NaN, end: 2 }] });
    assert.deepEqual(texts(weird.quotes), ['abc']);
  });

  test('never throws, and every span is inside the text (fuzz)', () => {
    const pieces = ['"', '\u201C', '\u201D', '\'', '\u2018', '\u2019', '\u00AB', '\u00BB', '\u201E', ' ', '\n', '\n\n', ',', '.', ':', '?',
      'said', 'he', 'the official', 'according to', 'Smith', 'told', 'a', 'quoted', 'as', 'saying', 'who', 'We', 'win', '90s', 'n', '6', 's', '\u2014'];
    const article = fc.array(fc.constantFrom(...pieces), { maxLength: 80, size: 'max' }).map((parts) => parts.join(''));
    fc.assert(fc.property(article, fc.array(fc.tuple(fc.integer({ min: -3, max: 300 }), fc.integer({ min: -3, max: 300 })), { maxLength: 6, size: 'max' }), (text, cuts) => {
      const paragraphs = cuts.length > 0 ? cuts.map(([start, end]) => ({ start, end })) : [{ start: 0, end: text.length }];
      // The inner stages do not catch errors, so an exception here is a real defect.
      const detection = detectQuotes(text, paragraphs);
      const { quotes } = analyseDetection(text, detection);
      const r = analyseQuotes({ text, paragraphs });
      assert.equal(r.quotes.length, quotes.length);
      const inside = (s: Span): boolean => s.start >= 0 && s.end <= text.length && s.start <= s.end;
      for (const q of r.quotes) {
        assert.ok(inside(q.span) && inside(q.outerSpan));
        assert.ok(q.outerSpan.start <= q.span.start && q.span.end <= q.outerSpan.end);
        assert.equal(text.slice(q.span.start, q.span.end), q.text);
        if (q.speakerSpan) assert.equal(text.slice(q.speakerSpan.start, q.speakerSpan.end), q.speaker);
        if (q.continuesFrom !== undefined) assert.ok(q.continuesFrom >= 0 && q.continuesFrom < r.quotes.length);
        assert.equal(q.cited, q.speaker !== undefined);
      }
      for (const f of r.findings) assert.ok(inside(f.span));
    }), { numRuns: 800 });
  });
});

describe('speed', () => {
  function bigArticle(paragraphCount: number): { text: string; paragraphs: Span[] } {
    const kinds = [
      '"We will rebuild the town," the mayor said on Monday. "It will take years."',
      'An official said: "The works start in spring and end in autumn of next year.',
      'The council, according to a spokesperson, wanted a "fast and fair" process for everyone.',
      '\u201CNobody will be left behind,\u201D she added, \u201Cnot one family.\u201D',
      'Officials said the so-called \'plan\' was still a draft, and the players\' union agreed.',
    ];
    const paragraphs: string[] = [];
    for (let i = 0; i < paragraphCount; i++) paragraphs.push(kinds[i % kinds.length]);
    const spans: Span[] = [];
    let text = '';
    for (const p of paragraphs) {
      if (text !== '') text += '\n\n';
      spans.push({ start: text.length, end: text.length + p.length });
      text += p;
    }
    return { text, paragraphs: spans };
  }

  function timeOf(input: { text: string; paragraphs: Span[] }): number {
    const start = process.hrtime.bigint();
    analyseQuotes(input);
    return Number(process.hrtime.bigint() - start) / 1e6;
  }

  test('grows linearly with the text and handles a large article quickly', () => {
    const small = bigArticle(2000);
    const large = bigArticle(8000);
    timeOf(small); // warm up
    const smallMs = Math.min(timeOf(small), timeOf(small));
    const largeMs = Math.min(timeOf(large), timeOf(large));
    assert.ok(largeMs < 2000, `a ${Math.round(large.text.length / 1000)} kB article took ${Math.round(largeMs)} ms`);
    // Four times the text should take about four times as long; allow for noise, not for quadratic growth.
    assert.ok(largeMs < smallMs * 10 + 50, `2000 paragraphs: ${smallMs.toFixed(1)} ms, 8000: ${largeMs.toFixed(1)} ms`);
  });

  test('one huge paragraph full of marks stays fast', () => {
    const text = '"a \' b "c\' d \u201C e \u2019 '.repeat(20000) + 'said Smith.';
    const ms = timeOf({ text, paragraphs: [{ start: 0, end: text.length }] });
    assert.ok(ms < 3000, `took ${Math.round(ms)} ms`);
  });
});
