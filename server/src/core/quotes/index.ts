/**
 * Quotations in one article: where they are, who is said to have spoken them, and the findings
 * an editor should see (unbalanced marks, uncited quotes, anonymous sources).
 *
 * The codes are documented here, next to the code that emits them.
 */
import type { CodeInfo, Finding, FixHint } from '../types';
import { analyseDetection, type QuoteNote } from './analyse';
import { detectQuotes } from './detect';
import type { Quote, QuoteAnalysis, QuoteInput, QuoteOptions } from './model';

export type { Quote, QuoteAnalysis, QuoteInput, QuoteOptions } from './model';

/** `quote/unbalanced`: an opening mark without its closing mark, or the reverse. */
export const UNBALANCED_QUOTE: CodeInfo = {
  code: 'quote/unbalanced',
  defaultSeverity: 'warning',
  summary: 'A quotation mark has no partner.',
  help: 'An opening quotation mark is never closed in its paragraph (or a closing mark has no opening one), so it is unclear where the quoted words end. A quote that runs over several paragraphs is fine when each of its paragraphs opens with a mark. Add the missing mark; the check ends an unclosed quote at its paragraph\'s end.',
};

/** `quote/uncited`: quoted speech that nobody is said to have spoken. */
export const UNCITED_QUOTE: CodeInfo = {
  code: 'quote/uncited',
  defaultSeverity: 'warning',
  summary: 'A quotation is not attributed to anyone.',
  help: 'Quoted speech needs a source: name who said it (`..., a ministry spokesperson said`), or use the speaker of the previous quote, or of reported speech that ends the paragraph before ("Okafor said the plan had failed."), by placing it in the paragraph that directly follows. A verb that as often names a deed as speech gives no speaker unless words follow it ("asked whether ...", not "asked their employers for more hours"; "wrote that ...", not "wrote to the council"). Scare quotes and titles of one to three words are not reported. The quick fix inserts a placeholder attribution to complete.',
};

/** `quote/anonymous`: quoted speech attributed to an unnamed source. */
export const ANONYMOUS_QUOTE: CodeInfo = {
  code: 'quote/anonymous',
  defaultSeverity: 'information',
  summary: 'A quotation is attributed to an unnamed source.',
  help: 'Words attributed to "an unnamed official", "a senior diplomat" or "diplomats" cannot be checked by readers. Make sure the desk knows the source and that the article says why it is not named.',
};

/** `quote/scare`: scare quotes or a title in quotation marks (only when asked for). */
export const SCARE_QUOTE: CodeInfo = {
  code: 'quote/scare',
  defaultSeverity: 'hint',
  summary: 'Scare quotes or a title in quotation marks.',
  help: 'One to three quoted words (or a title) with no speech verb nearby are read as scare quotes, not as speech, and are not checked for attribution. Reported only when scare-quote reporting is switched on.',
};

export const QUOTE_CODES: CodeInfo[] = [UNBALANCED_QUOTE, UNCITED_QUOTE, ANONYMOUS_QUOTE, SCARE_QUOTE];

/**
 * Finds the quotations of an article's prose paragraphs and attributes them. Never throws: on
 * unexpected input it returns what it could find (possibly nothing).
 */
export function analyseQuotes(input: QuoteInput, options: QuoteOptions = {}): QuoteAnalysis {
  try {
    const text = typeof input?.text === 'string' ? input.text : '';
    const paragraphs = Array.isArray(input?.paragraphs) ? input.paragraphs : [];
    const detection = detectQuotes(text, paragraphs);
    const { quotes, notes } = analyseDetection(text, detection);
    const findings: Finding[] = detection.problems.map((problem) => ({
      code: UNBALANCED_QUOTE.code,
      severity: problem.severity ?? UNBALANCED_QUOTE.defaultSeverity,
      message: problem.message,
      span: problem.span,
    }));
    quotes.forEach((quote, index) => {
      const topLevel = detection.quotes[index].parent === undefined;
      if (!topLevel) return;
      const finding = findingFor(text, quote, notes[index], options);
      if (finding) findings.push(finding);
    });
    findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    return { quotes, findings };
  } catch {
    // Analysis must never break a check run; an article it cannot read has no quote findings.
    return { quotes: [], findings: [] };
  }
}

function findingFor(text: string, quote: Quote, note: QuoteNote, options: QuoteOptions): Finding | undefined {
  if (quote.kind === 'scare') {
    if (!options.reportScareQuotes) return undefined;
    return { code: SCARE_QUOTE.code, severity: SCARE_QUOTE.defaultSeverity, message: `Scare quotes or a title: "${clip(quote.text)}" is not read as speech.`, span: quote.outerSpan };
  }
  if (!quote.cited) {
    if (quote.continuesFrom !== undefined) return undefined; // reported once, at the quote's first part
    return {
      code: UNCITED_QUOTE.code,
      severity: UNCITED_QUOTE.defaultSeverity,
      message: `Nobody is said to have spoken this quotation: "${clip(quote.text)}".`,
      span: quote.outerSpan,
      fix: attributionFix(text, quote, note),
    };
  }
  if (quote.anonymous && note.direct && options.reportAnonymous !== false && quote.speaker !== undefined) {
    return {
      code: ANONYMOUS_QUOTE.code,
      severity: ANONYMOUS_QUOTE.defaultSeverity,
      message: `This quotation is attributed to an unnamed source (${quote.speaker}).`,
      span: note.site ?? quote.speakerSpan ?? quote.outerSpan,
    };
  }
  return undefined;
}

const PLACEHOLDER = '[source]';

/**
 * A placeholder attribution to complete: `"... ," [source] said.` for a quote that is its own
 * sentence (its final stop becomes a comma), `, according to [source]` after a partial quote.
 */
function attributionFix(text: string, quote: Quote, note: QuoteNote): FixHint {
  const title = 'Add attribution';
  const end = quote.outerSpan.end;
  const closing = end > quote.span.end ? text.slice(quote.span.end, end) : '';
  if (note.sentenceInitial && closing !== '' && /\.$/.test(quote.text)) {
    return { title, replaceSpan: { start: quote.span.end - 1, end }, replacement: `,${closing} ${PLACEHOLDER} said.` };
  }
  if (note.sentenceInitial && /[!?]$/.test(quote.text)) {
    return { title, replaceSpan: { start: end, end }, replacement: ` ${PLACEHOLDER} said.` };
  }
  return { title, replaceSpan: { start: end, end }, replacement: `, according to ${PLACEHOLDER}` };
}

function clip(words: string): string {
  return words.length > 60 ? `${words.slice(0, 57)}...` : words;
}
