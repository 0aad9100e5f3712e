/**
 * Parsing of one article in the dated article format into its structure: the date header,
 * headline, blocks (lines or soft-wrapped runs of lines), sentences and boilerplate, each with
 * exact UTF-16 spans, plus the findings of the format itself. Never throws.
 */
import type { CodeInfo, Finding, Span } from '../types';
import { BOILERPLATE, BOILERPLATE_DESCRIPTIONS, type BoilerplateKind, classifyLine, edgeBoilerplate, isListIntro, looksLikeProse, wordCount } from './boilerplate';
import { type DateHeader, readHeader } from './header';
import { type InferredDate, inferDateFromBody } from './inferDate';
import { splitSentences } from './sentences';
import { type Directive, readDirective } from './directives';

export type BlockKind = 'headline' | 'heading' | 'prose' | 'boilerplate' | 'directive';

/** A line of the body, or several lines joined by soft wrapping. */
export interface Block {
  readonly span: Span;
  readonly kind: BlockKind;
  readonly boilerplate?: BoilerplateKind;
}

export interface Sentence {
  readonly span: Span;
  readonly text: string;
  /** Index into `blocks` of the block that holds the sentence. */
  readonly block: number;
  readonly kind: 'headline' | 'heading' | 'prose';
}

export interface BoilerplateSpan {
  readonly span: Span;
  readonly kind: BoilerplateKind;
}

export interface ParsedArticle {
  readonly text: string;
  readonly header?: DateHeader;
  /** The article's date from a valid header; undefined when missing, malformed beyond repair or impossible. */
  readonly date?: string;
  /** For an article without a usable header: the date its body suggests. */
  readonly inferredDate?: InferredDate;
  readonly body: Span;
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  readonly boilerplate: readonly BoilerplateSpan[];
  readonly directives: readonly Directive[];
  readonly findings: readonly Finding[];
  /** False for content that is not analysed at all (binary, invalid UTF-8, too large). */
  readonly analysable: boolean;
}

export interface ParseOptions {
  /** A date near the article's (the median of the corpus's dates) to place a year-less body date. */
  readonly referenceDate?: string;
  /** Today, when the corpus has no dates: enough to find the year of "Thursday (Feb 22)". */
  readonly fallbackDate?: string;
}

/** `format/missing-date`: no date header; the article is still analysed. */
export const MISSING_DATE: CodeInfo = {
  code: 'format/missing-date',
  defaultSeverity: 'warning',
  summary: 'The article has no ` date YYYY-MM-DD` header.',
  help: 'Without a date, relative dates in the article ("on Thursday", "last year") cannot be resolved and the article cannot be placed on the story\'s timeline. Where the body names its day (a dateline, or "Thursday (Feb 22)", its year placed near the dates of the other articles in its folder, else of the corpus), the quick fix inserts that date, and judging goes by it until the header is there.',
};

/** `format/empty-body`: nothing but the header (or nothing at all). */
export const EMPTY_BODY: CodeInfo = {
  code: 'format/empty-body',
  defaultSeverity: 'warning',
  summary: 'The article has no body text.',
  help: 'The file is empty, or holds only a date header or boilerplate: there is nothing to check.',
};

const MAX_HEADLINE_WORDS = 30;
const MAX_HEADING_WORDS = 8;

export function parseArticle(text: string, options: ParseOptions = {}): ParsedArticle {
  try {
    return parseUnsafe(text, options);
  } catch (error) {
    // The parser is written not to throw; this keeps the promise if a bug slips through.
    const finding: Finding = {
      code: 'format/internal-error',
      severity: 'error',
      message: `corroborate could not parse this article: ${error instanceof Error ? error.message : String(error)}`,
      span: { start: 0, end: 0 },
    };
    return emptyArticle(text, [finding], false);
  }
}

export function emptyArticle(text: string, findings: Finding[], analysable: boolean): ParsedArticle {
  const body = { start: 0, end: text.length };
  return { text, body, blocks: [], sentences: [], boilerplate: [], directives: [], findings, analysable };
}

function parseUnsafe(text: string, options: ParseOptions): ParsedArticle {
  const reading = readHeader(text);
  const findings: Finding[] = [...reading.findings];
  const body = { start: reading.bodyStart, end: text.length };
  const { blocks, boilerplate, directives } = readBlocks(text, body);
  const sentences = sentencesOf(text, blocks);

  if (!blocks.some((b) => b.kind === 'prose' || b.kind === 'headline' || b.kind === 'heading')) {
    const where = reading.header ? reading.header.span : { start: 0, end: Math.min(text.length, firstLineEnd(text)) };
    findings.push({
      code: EMPTY_BODY.code,
      severity: EMPTY_BODY.defaultSeverity,
      message: text.trim().length === 0 ? 'The file is empty.' : 'The article has no body text to check.',
      span: where,
    });
  }

  let inferredDate: InferredDate | undefined;
  if (!reading.header && text.trim().length > 0) {
    inferredDate = inferDateFromBody(text, body, options.referenceDate, options.fallbackDate);
    findings.push(missingDateFinding(text, body, inferredDate));
  } else if (reading.header && !reading.header.wellFormed && reading.header.date) {
    inferredDate = { date: reading.header.date, span: reading.header.dateSpan, evidence: 'full date' };
  }

  for (const piece of boilerplate) {
    findings.push({
      code: BOILERPLATE.code,
      severity: BOILERPLATE.defaultSeverity,
      message: `Boilerplate (${BOILERPLATE_DESCRIPTIONS[piece.kind]}): left out of claim and quote checks.`,
      span: piece.span,
      unnecessary: true,
    });
  }

  const date = reading.header?.wellFormed ? reading.header.date : undefined;
  return { text, header: reading.header, date, inferredDate, body, blocks, sentences, boilerplate, directives, findings, analysable: true };
}

function missingDateFinding(text: string, body: Span, inferred: InferredDate | undefined): Finding {
  let start = body.start;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = start;
  while (end < text.length && !/\s/.test(text[end])) end++;
  const suggestion = inferred
    ? ` The body suggests ${inferred.date} (${inferred.evidence}: "${text.slice(inferred.span.start, inferred.span.end).replace(/\s+/g, ' ')}").`
    : '';
  return {
    code: MISSING_DATE.code,
    severity: MISSING_DATE.defaultSeverity,
    message: `Missing date header: the first line should be "date YYYY-MM-DD".${suggestion}`,
    span: { start, end },
    fix: inferred ? { suggestedDate: inferred.date, title: `Insert date header "date ${inferred.date}"` } : undefined,
  };
}

interface LineState {
  listMode: boolean;
  readonly seenLines: Set<string>;
}

/** Walks the body line by line, classifying each line and peeling boilerplate off its edges. */
function readBlocks(text: string, body: Span): { blocks: Block[]; boilerplate: BoilerplateSpan[]; directives: Directive[] } {
  const blocks: Block[] = [];
  const boilerplate: BoilerplateSpan[] = [];
  const directives: Directive[] = [];
  const state: LineState = { listMode: false, seenLines: new Set() };
  const addBoilerplate = (span: Span, kind: BoilerplateKind): void => {
    const last = boilerplate[boilerplate.length - 1];
    // A headline list is one finding, not one per line.
    if (kind === 'headline-list' && last?.kind === 'headline-list') boilerplate[boilerplate.length - 1] = { span: { start: last.span.start, end: span.end }, kind };
    else boilerplate.push({ span, kind });
    blocks.push({ span, kind: 'boilerplate', boilerplate: kind });
  };

  for (const line of linesOf(text, body)) {
    const content = text.slice(line.start, line.end);
    const directive = readDirective(content, line);
    if (directive) {
      directives.push(directive);
      blocks.push({ span: line, kind: 'directive' });
      continue;
    }
    if (state.listMode) {
      if (!looksLikeProse(content)) {
        addBoilerplate(line, 'headline-list');
        continue;
      }
      state.listMode = false;
    }
    if (isListIntro(content)) {
      state.listMode = true;
      addBoilerplate(line, 'headline-list');
      continue;
    }
    const kind = classifyLine(content) ?? (!hasTextBlock(blocks) && isPlaceDateline(content) ? 'dateline' : undefined);
    if (kind) {
      addBoilerplate(line, kind);
      continue;
    }
    const edges = edgeBoilerplate(content);
    const inner = { start: line.start + edges.prefixLength, end: line.end - edges.suffixLength };
    if (edges.prefixLength) boilerplate.push({ span: trimSpan(text, { start: line.start, end: inner.start }), kind: 'agency' });
    const key = normaliseForRepeat(text.slice(inner.start, inner.end));
    if (state.seenLines.has(key) && key.length > 0) {
      addBoilerplate(inner, 'repeated');
    } else {
      state.seenLines.add(key);
      appendTextBlock(text, blocks, inner, boilerplate);
    }
    if (edges.suffixLength) boilerplate.push({ span: trimSpan(text, { start: inner.end, end: line.end }), kind: 'credit' });
  }
  return { blocks, boilerplate, directives };
}

/**
 * Adds a line of text, joining it to the previous block when the previous line was soft-wrapped
 * (it ends mid-sentence and this one continues in lower case), unless boilerplate stands between
 * them (an agency prefix, "(Reuters) - ", or a photo credit): a block never holds boilerplate.
 */
function appendTextBlock(text: string, blocks: Block[], span: Span, boilerplate: readonly BoilerplateSpan[]): void {
  const previous = blocks[blocks.length - 1];
  const previousText = previous ? text.slice(previous.span.start, previous.span.end) : '';
  const between = (b: BoilerplateSpan): boolean => previous !== undefined && b.span.start >= previous.span.end && b.span.end <= span.start;
  const continues =
    previous && (previous.kind === 'prose' || previous.kind === 'heading') &&
    /^\p{Ll}/u.test(text.slice(span.start, span.start + 1)) && !/[.!?:;"”’)]$/.test(previousText) &&
    !/\n\s*\n|\r\s*\r/.test(text.slice(previous.span.end, span.start)) && !boilerplate.some(between);
  if (continues) {
    blocks[blocks.length - 1] = { span: { start: previous.span.start, end: span.end }, kind: 'prose' };
    return;
  }
  const content = text.slice(span.start, span.end);
  const isFirstText = !blocks.some((b) => b.kind === 'prose' || b.kind === 'headline' || b.kind === 'heading');
  const titleLike = !/[.!?]["”’)]?$|[:;,]$/.test(content);
  let kind: BlockKind = 'prose';
  if (titleLike && isFirstText && wordCount(content) <= MAX_HEADLINE_WORDS) kind = 'headline';
  else if (titleLike && wordCount(content) <= MAX_HEADING_WORDS) kind = 'heading';
  blocks.push({ span, kind });
}

function sentencesOf(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'prose' && block.kind !== 'headline' && block.kind !== 'heading') return;
    const spans = block.kind === 'prose' ? splitSentences(text, block.span) : [block.span];
    for (const span of spans) sentences.push({ span, text: text.slice(span.start, span.end), block: index, kind: block.kind });
  });
  return sentences;
}

/**
 * "London, UK", "NEW DELHI, India" or "Port Avenhall" alone on the first line: where the story was
 * filed. Headlines have verbs and are longer; a bare name of one or two words is a place.
 */
function isPlaceDateline(line: string): boolean {
  const capitalisedWords = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*$/u;
  const withRegion = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*, ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*$/u;
  return (wordCount(line) <= 5 && withRegion.test(line)) || (wordCount(line) <= 2 && capitalisedWords.test(line));
}

function hasTextBlock(blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.kind === 'prose' || b.kind === 'headline' || b.kind === 'heading');
}

/** The non-blank lines of the body, each trimmed of surrounding white space. */
function* linesOf(text: string, body: Span): Generator<Span> {
  let start = body.start;
  while (start <= body.end) {
    let end = start;
    while (end < body.end && text[end] !== '\n' && text[end] !== '\r') end++;
    const trimmed = trimSpan(text, { start, end });
    if (trimmed.end > trimmed.start) yield trimmed;
    if (end >= body.end) break;
    start = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
  }
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s\u00a0\ufeff]/.test(text[start])) start++;
  while (end > start && /[\s\u00a0\ufeff]/.test(text[end - 1])) end--;
  return { start, end };
}

function normaliseForRepeat(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function firstLineEnd(text: string): number {
  const match = /[\r\n]/.exec(text);
  return match ? match.index : text.length;
}
