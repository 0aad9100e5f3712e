/**
 * Whether a word of a sentence stands inside a quotation: the speaker's words, not the article's
 * (and, for reported speech, `reportedClauseStart`).
 * Read from the quotations the article's quote analysis found (`SentenceFeatures.quoted`), which
 * also cover a sentence in the middle of a quotation that runs over several sentences. A sentence
 * analysed without its article's quotes is read from its own text, with the double and angle marks
 * of `quotes/marks.ts` (a single mark is too often an apostrophe to count).
 */
import { MARKS } from '../quotes/marks';
import type { SentenceFeatures } from './features';
import { REPORTING_VERBS } from './negation';
import { lemmaAt, lowerAt, posAt } from './tokenColumns';

/** Whether the UTF-16 `offset` of the article lies inside a quotation of the sentence. */
export function insideQuotation(features: Pick<SentenceFeatures, 'text' | 'span' | 'quoted'>, offset: number): boolean {
  const quoted = features.quoted;
  if (quoted !== undefined) {
    for (let i = 0; i < quoted.length; i += 2) if (quoted[i] <= offset && offset < quoted[i + 1]) return true;
    return false;
  }
  return insideMarks(features, offset);
}

/** The sentence's own marks: an odd count of straight double marks, or more curly openings than closings, before `offset`. */
function insideMarks(features: Pick<SentenceFeatures, 'text' | 'span'>, offset: number): boolean {
  const end = Math.min(features.text.length, offset - features.span.start);
  let straight = 0;
  let curly = 0;
  for (let i = 0; i < end; i++) {
    const mark = MARKS.get(features.text[i]);
    if (!mark || mark.family === 'single') continue;
    if (mark.glyph === 'neutral') straight++;
    else curly += mark.glyph === 'open' ? 1 : -1;
  }
  return straight % 2 === 1 || curly > 0;
}

/** Tokens between a reporting verb and the "that" opening what it reports ("said on Friday, April 8 that"). */
const REPORTED_THAT_REACH = 8;

/**
 * Where the reported speech that holds token `at` opens: the "that" after a reporting verb ("said
 * on Friday that closing the bridge was the only responsible choice"), as a token index, or -1
 * when the token is in no such clause. What is reported is the speaker's word, as a quotation is.
 */
export function reportedClauseStart(features: Pick<SentenceFeatures, 'tokens'>, at: number): number {
  const { tokens } = features;
  for (let that = at - 1; that > 0; that--) {
    if (lowerAt(tokens, that) !== 'that') continue;
    for (let verb = that - 1; verb >= Math.max(0, that - REPORTED_THAT_REACH); verb--) {
      if (posAt(tokens, verb) === 'VERB' && REPORTING_VERBS.has(lemmaAt(tokens, verb) ?? '')) return that;
    }
  }
  return -1;
}
