/**
 * The reference story's labelled quotes: every gold quote of the nato-2024 seed articles must get
 * the right cited/uncited decision, and at least 90% the right speaker (scored as the evaluation
 * scorer scores it: a gold speaker string is a case-insensitive substring of ours).
 *
 * The articles are read by path from the shared corpus; nothing of them is copied here.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyseQuotes, type Quote } from '../../server/src/core/quotes/index';
import type { Span } from '../../server/src/core/types';

interface GoldQuote {
  file: string;
  anchor: string;
  occurrence?: number;
  cited: boolean | 'either';
  speaker?: string[];
  anonymous?: boolean;
}

function repoRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
  return dir;
}

const shared = path.resolve(repoRoot(__dirname), '..', 'shared');
const corpus = path.join(shared, 'corpus', 'nato-2024');
const goldFile = path.join(shared, 'eval', 'gold', 'nato-2024.json');
const available = existsSync(corpus) && existsSync(goldFile);

/** Paragraphs as the lead's parser will give them: non-blank lines, the date header left out. */
function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const header = /^\s*date \d{4}-\d{2}-\d{2}[ \t]*/.exec(text);
  let i = header ? header[0].length : 0;
  while (i < text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    let s = i;
    let e = j;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    i = j + 1;
  }
  return out;
}

function anchorSpan(text: string, anchor: string, occurrence = 1): Span | undefined {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(anchor, at + 1);
    if (at < 0) return undefined;
  }
  return { start: at, end: at + anchor.length };
}

/** The quote overlapping the anchor most, as the scorer picks it. */
function bestQuote(quotes: readonly Quote[], span: Span): Quote | undefined {
  let pick: Quote | undefined;
  let most = 0;
  for (const q of quotes) {
    const overlap = Math.min(q.outerSpan.end, span.end) - Math.max(q.outerSpan.start, span.start);
    if (overlap > most) { most = overlap; pick = q; }
  }
  return pick;
}

describe('nato-2024 seed quotes', { skip: available ? false : `shared corpus not found at ${shared}` }, () => {
  const gold = available ? (JSON.parse(readFileSync(goldFile, 'utf8')) as { quotes: GoldQuote[] }).quotes : [];
  const files = available ? readdirSync(corpus) : [];
  const analyses = new Map<string, { text: string; quotes: Quote[] }>();
  const analysisOf = (prefix: string): { text: string; quotes: Quote[] } => {
    const name = files.find((f) => f.startsWith(prefix));
    assert.ok(name, `no corpus file for ${prefix}`);
    let analysis = analyses.get(name);
    if (!analysis) {
      const text = readFileSync(path.join(corpus, name), 'utf8');
      analysis = { text, quotes: analyseQuotes({ text, paragraphs: paragraphsOf(text) }).quotes };
      analyses.set(name, analysis);
    }
    return analysis;
  };

  test('the gold file has quotes to check', () => {
    assert.ok(gold.filter((g) => g.cited !== 'either').length >= 8);
  });

  for (const g of gold) {
    if (g.cited === 'either') continue;
    test(`${g.file}: "${g.anchor.slice(0, 50)}" is ${g.cited ? 'cited' : 'uncited'}`, () => {
      const { text, quotes } = analysisOf(g.file);
      const span = anchorSpan(text, g.anchor, g.occurrence);
      assert.ok(span, 'anchor not found');
      const quote = bestQuote(quotes, span);
      assert.ok(quote, 'no quote found at the anchor');
      assert.equal(quote.kind, 'speech');
      assert.equal(quote.cited, g.cited);
      if (g.anonymous !== undefined) assert.equal(quote.anonymous, g.anonymous);
    });
  }

  test('the speaker is right for at least 90% of the gold quotes', () => {
    const withSpeaker = gold.filter((g) => g.cited !== 'either' && g.speaker);
    const misses: string[] = [];
    for (const g of withSpeaker) {
      const { text, quotes } = analysisOf(g.file);
      const span = anchorSpan(text, g.anchor, g.occurrence);
      const quote = span && bestQuote(quotes, span);
      const speaker = quote?.speaker?.toLowerCase() ?? '';
      if (!g.speaker!.some((s) => speaker.includes(s.toLowerCase()))) misses.push(`${g.file} "${g.anchor.slice(0, 40)}": got ${JSON.stringify(quote?.speaker)}, want one of ${g.speaker!.join(' | ')}`);
    }
    const right = withSpeaker.length - misses.length;
    assert.ok(right / withSpeaker.length >= 0.9, `speaker right for ${right}/${withSpeaker.length}:\n${misses.join('\n')}`);
  });

  test('scare quotes of one word are not reported as uncited speech', () => {
    for (const g of gold.filter((x) => x.cited === 'either')) {
      const { text, quotes } = analysisOf(g.file);
      const span = anchorSpan(text, g.anchor, g.occurrence);
      assert.ok(span);
      const quote = bestQuote(quotes, span);
      if (quote && quote.text === g.anchor) assert.equal(quote.kind, 'scare', g.anchor);
    }
  });

  test('every quote speaker is written where its span says', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { text, quotes } = analysisOf(prefix);
      for (const q of quotes) {
        assert.equal(text.slice(q.span.start, q.span.end), q.text);
        if (q.speakerSpan) assert.equal(text.slice(q.speakerSpan.start, q.speakerSpan.end), q.speaker);
      }
    }
  });
});
