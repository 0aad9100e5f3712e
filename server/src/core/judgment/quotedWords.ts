/**
 * Whether a word of a sentence stands inside a quotation: the speaker's words, not the article's.
 * Read from the sentence's own text, with the double and angle marks of `quotes/marks.ts` (a
 * single mark is too often an apostrophe to count). A sentence in the middle of a quotation that
 * runs over several sentences has no mark of its own and reads as the article's words.
 */
import { MARKS } from '../quotes/marks';
import type { SentenceFeatures } from './features';

/** Whether the UTF-16 `offset` of the article lies inside a quotation of the sentence. */
export function insideQuotation(features: Pick<SentenceFeatures, 'text' | 'span'>, offset: number): boolean {
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
