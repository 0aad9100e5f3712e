/** Quotes across the corpus: the same words elsewhere, altered wording, a different named speaker. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/core/corpus';
import { describeDifference, MAX_LISTED_APPEARANCES, quoteTokens } from '../../server/src/core/quotes/corpus';

function reports(articles: Record<string, string>) {
  const corpus = new Corpus({ referenceDate: '2024-03-12' });
  for (const [id, text] of Object.entries(articles)) corpus.setText(id, ` date 2024-03-12 ${text}`);
  return (id: string) => corpus.report(id)!;
}
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code).filter((c) => c.startsWith('quote/'));

describe('quotes across the corpus', () => {
  test('the same quote elsewhere is listed with its speaker, and raises nothing', () => {
    const quote = '“We will reopen the Lanthorn bridge before the summer,” Mayor Ines Okafor said.';
    const report = reports({ 'a.txt': quote, 'b.txt': `Speaking on Tuesday, she was firm. ${quote}` });
    const a = report('a.txt');
    assert.deepEqual(codes(a), []);
    assert.equal(a.quotes[0].appearances.length, 1);
    assert.equal(a.quotes[0].appearances[0].articleId, 'b.txt');
    assert.equal(a.quotes[0].appearances[0].relation, 'same');
    assert.match(a.quotes[0].appearances[0].speaker ?? '', /Okafor/);
  });

  test('a wire quote in many articles lists a bounded number of them, and an altered copy among them is still found', () => {
    const quote = '“We will reopen the Lanthorn bridge before the summer,” Mayor Ines Okafor said.';
    const articles: Record<string, string> = {};
    for (let i = 0; i < MAX_LISTED_APPEARANCES + 10; i++) articles[`wire-${String(i).padStart(3, '0')}.txt`] = quote;
    articles['zz-altered.txt'] = '“We will reopen the Lanthorn bridge before the autumn,” Mayor Ines Okafor said.';
    const report = reports(articles);
    const wire = report('wire-000.txt');
    assert.equal(wire.quotes[0].appearances.length, MAX_LISTED_APPEARANCES);
    assert.ok(codes(wire).includes('quote/altered'), 'the altered copy, met after the listed ones, is still reported');
  });

  test('copies of one wording see an edit of any article at once (the twins of a wording are looked up once, until the corpus changes)', () => {
    const quote = '“We will reopen the Lanthorn bridge before the summer,” Mayor Ines Okafor said.';
    const corpus = new Corpus({ referenceDate: '2024-03-12' });
    for (const id of ['a.txt', 'b.txt', 'c.txt']) corpus.setText(id, ` date 2024-03-12 ${quote}`);
    assert.equal(corpus.report('a.txt')!.quotes[0].appearances.length, 2);
    assert.deepEqual(codes(corpus.report('b.txt')!), []);
    corpus.setText('c.txt', ' date 2024-03-12 “We will reopen the Lanthorn bridge before the autumn,” Mayor Ines Okafor said.');
    assert.ok(codes(corpus.report('a.txt')!).includes('quote/altered'));
    assert.ok(codes(corpus.report('b.txt')!).includes('quote/altered'));
    corpus.delete('c.txt');
    assert.deepEqual(codes(corpus.report('a.txt')!), []);
    assert.equal(corpus.report('b.txt')!.quotes[0].appearances.length, 1);
  });

  test('the same stock sentence about another town, or from another person, is another quote', () => {
    const report = reports({
      'a.txt': '“Pellendale has waited long enough for a safe crossing, and we intend to deliver one,” said Mayor Ines Okafor.',
      'b.txt': '“Wenendale has waited long enough for a safe crossing, and we intend to deliver one,” said Mayor Tomas Brandt.',
      'c.txt': '“Our thanks go to Pavel Jaramillo and the crews who kept the harbour open all night,” Okafor said.',
      'd.txt': '“Our thanks go to Pavel Elmmore and the crews who kept the harbour open all night,” Brandt said.',
    });
    for (const id of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) {
      assert.deepEqual(codes(report(id)), [], id);
      assert.equal(report(id).quotes[0].appearances.length, 0, id);
    }
  });

  test('a quote is matched through its names: a copy without them is not matched, from either side', () => {
    // The price of looking quotes up by their names (what keeps stock phrases from matching
    // across a large corpus): a copy that drops every name goes unnoticed, consistently.
    const report = reports({
      'a.txt': '“We will reopen the Lanthorn bridge before the summer,” Mayor Ines Okafor said.',
      'b.txt': '“We will reopen the bridge before the summer,” Mayor Ines Okafor said.',
      'c.txt': '“We will reopen the Lanthorn bridge before the autumn,” Mayor Ines Okafor said.',
    });
    assert.deepEqual(report('a.txt').quotes[0].appearances.map((x) => x.articleId), ['c.txt']);
    assert.deepEqual(report('b.txt').quotes[0].appearances, []);
    assert.ok(codes(report('a.txt')).includes('quote/altered'));
  });

  test('a changed word is an altered quote and the message shows it', () => {
    const report = reports({
      'a.txt': '“We will reopen the Lanthorn bridge before the summer,” Mayor Ines Okafor said.',
      'b.txt': '“We will reopen the Lanthorn bridge before the autumn,” Mayor Ines Okafor said.',
    });
    const altered = report('a.txt').findings.find((f) => f.code === 'quote/altered');
    assert.ok(altered);
    assert.match(altered.message, /“autumn” there, “summer” here/);
    assert.equal(altered.related?.[0].articleId, 'b.txt');
  });

  test('two different named speakers are a misattribution; an unnamed official is not', () => {
    const words = '“The harbour board has failed this city for a decade,”';
    const report = reports({
      'a.txt': `${words} said Councillor Tom Reyes.`,
      'b.txt': `${words} Mayor Ines Okafor told reporters.`,
      'c.txt': `${words} an official who asked not to be named said.`,
    });
    assert.ok(codes(report('a.txt')).includes('quote/misattributed'));
    assert.ok(!codes(report('c.txt')).includes('quote/misattributed'));
  });

  test('quotes cut at different places are compared on their common part', () => {
    const report = reports({
      'a.txt': '“The bridge is safe. The anchors were replaced last spring and the deck was tested,” the engineer said.',
      'b.txt': '“The anchors were replaced last spring and the deck was tested,” the engineer said.',
    });
    assert.deepEqual(codes(report('b.txt')), []);
    assert.equal(report('b.txt').quotes[0].appearances[0].relation, 'same');
  });

  test('British and American spellings are not an alteration; a dropped comma is', () => {
    assert.equal(describeDifference(quoteTokens('serious defence credentials'), quoteTokens('serious defense credentials')), '');
    assert.match(describeDifference(quoteTokens('the Alliance is a natural leader'), quoteTokens('the Alliance, is a natural leader')), /“,” after “alliance” is missing here/);
  });
});

describe('the articles an edited quote can reach', () => {
  test('are those whose quotes count it (as it was, or as it is now) among their twins, and no others', () => {
    const corpus = new Corpus({ referenceDate: '2024-03-12' });
    const texts: Record<string, string> = {
      'same.txt': '“We will reopen the Lanthorn bridge before the summer,” Mayor Ines Okafor said.',
      'altered.txt': '“We will reopen the Lanthorn bridge before the autumn,” Mayor Ines Okafor said.',
      'other-town.txt': '“We will reopen the Pellendale bridge before the summer,” Mayor Ines Okafor said.',
      'common-words.txt': '“None of the money will go to the bridge at all,” a union leader said.',
    };
    for (const [id, text] of Object.entries(texts)) corpus.setText(id, ` date 2024-03-12 ${text}`);
    const edited = new Corpus({ referenceDate: '2024-03-12' });
    edited.setText('x.txt', ' date 2024-03-12 “We will reopen the Lanthorn bridge before the summer ends,” Mayor Ines Okafor said.');
    assert.deepEqual([...corpus.articlesWithTwinsOf(edited.get('x.txt')!.quotes)].sort(), ['altered.txt', 'same.txt']);
    // A corpus restored from its snapshot (its quote index read in place) tells the same.
    const analysed = new Map([...corpus.ids()].map((id) => [id, { parsed: corpus.get(id)!.parsed, analysis: corpus.analysisOf(id)! }]));
    const restored = Corpus.restored({ referenceDate: '2024-03-12' }, corpus.snapshot(), new Map(), (id) => analysed.get(id));
    assert.deepEqual([...restored.articlesWithTwinsOf(edited.get('x.txt')!.quotes)].sort(), ['altered.txt', 'same.txt']);
    for (const id of corpus.ids()) assert.deepEqual(restored.report(id), corpus.report(id), id);
  });
});
