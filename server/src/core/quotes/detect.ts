/**
 * Finding quotation spans in an article's prose paragraphs.
 *
 * Every quote mark is classified once, left to right (see `marks.ts`), then paired with a small
 * stack so that quotes inside quotes work. Single marks are also apostrophes, so an unmatched
 * single mark is silently read as one; an unmatched double mark is a `quote/unbalanced` problem.
 * A quote never swallows the rest of the article:
 *   - by the journalistic convention a quote runs on into the next paragraph when that paragraph
 *     opens with a mark (only the last paragraph closes): no problem;
 *   - a quote that runs on into later paragraphs without their opening marks, and closes within
 *     a few paragraphs (text split into one sentence per line looks like this), is one quote:
 *     an information-level problem, at its opening mark;
 *   - otherwise an unclosed quote ends at its paragraph's end: a warning.
 * The whole pass is linear in the text's length.
 */
import type { Span } from '../types';
import { firstMarkIfOpen, MARKS, markRole, singleCloseCandidates, type QuoteFamily, type Role } from './marks';

export type { QuoteFamily } from './marks';

/** A quotation found in the text, before attribution. */
export interface RawQuote {
  family: QuoteFamily;
  /** The opening mark (empty, at the paragraph start, for a paragraph that runs on without one). */
  open: Span;
  /** The closing mark; empty (at the end of the quoted words) when the quote is unclosed. */
  close: Span;
  closed: boolean;
  /** The quoted words without the marks, trimmed of white space. */
  inner: Span;
  /** Index (in `Detection.paragraphs`) of the paragraph that holds the quote. */
  paragraph: number;
  /** Index of the enclosing quote, for a quote inside a quote. */
  parent?: number;
  /** Index of the quote whose paragraph this one continues (multi-paragraph quotes). */
  continuesFrom?: number;
}

export interface MarkProblem {
  span: Span;
  message: string;
  /** Set for the milder problems; the rest are warnings. */
  severity?: 'information';
}

export interface Detection {
  quotes: RawQuote[];
  problems: MarkProblem[];
  /** The paragraphs actually analysed: sorted, clipped to the text, without overlaps. */
  paragraphs: Span[];
}

/** Deeper nesting than this is treated as noise; it keeps every stack search constant-time. */
const MAX_DEPTH = 6;
/** How many paragraphs a quote without opening marks may run on before its closing mark. */
const MAX_RUN_ON = 8;

interface OpenEntry {
  family: QuoteFamily;
  mark: Span;
  id: number;
  /** Id of the enclosing entry. */
  parentId?: number;
}

interface Built {
  id: number;
  quote: Omit<RawQuote, 'parent' | 'continuesFrom'>;
  parentId?: number;
}

/** Sorts, clips and de-overlaps the paragraph spans so that nothing later can index out of range. */
export function normaliseParagraphs(text: string, paragraphs: readonly Span[]): Span[] {
  const clip = (n: number): number => Math.max(0, Math.min(text.length, Math.floor(n)));
  const clipped = paragraphs
    .filter((p) => p !== null && typeof p === 'object' && Number.isFinite(p.start) && Number.isFinite(p.end))
    .map((p) => ({ start: clip(p.start), end: clip(p.end) }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const p of clipped) {
    const last = out[out.length - 1];
    if (!last || p.start >= last.end) out.push(p);
    else if (p.end > last.end) out.push({ start: last.end, end: p.end });
  }
  return out;
}

export function detectQuotes(text: string, paragraphList: readonly Span[]): Detection {
  const paragraphs = normaliseParagraphs(text, paragraphList);
  const built: Built[] = [];
  const problems: MarkProblem[] = [];
  /** Entry id -> id of the quote it continues. */
  const continuationOf = new Map<number, number>();
  const firstMarkCache = new Map<string, Role>();
  let nextId = 0;
  /** An unclosed quote that the next paragraph continues: by convention (`mark`) or running on. */
  let carry: { family: QuoteFamily; fromId: number; until?: number } | undefined;

  const firstMark = (p: number, family: QuoteFamily): Role => {
    const key = `${p}:${family}`;
    let role = firstMarkCache.get(key);
    if (role === undefined) {
      role = firstMarkIfOpen(text, paragraphs[p].start, paragraphs[p].end, family);
      firstMarkCache.set(key, role);
    }
    return role;
  };

  const finish = (entry: OpenEntry, closeMark: Span | undefined, innerEnd: number, paragraph: number): boolean => {
    const inner = trimSpan(text, entry.mark.end, innerEnd);
    if (!/[\p{L}\p{N}]/u.test(text.slice(inner.start, inner.end))) return false;
    const close = closeMark ?? { start: inner.end, end: inner.end };
    built.push({
      id: entry.id,
      parentId: entry.parentId,
      quote: { family: entry.family, open: entry.mark, close, closed: closeMark !== undefined, inner, paragraph },
    });
    return true;
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const { start: lo, end: hi } = paragraphs[p];
    const stack: OpenEntry[] = [];
    const closeCandidates = singleCloseCandidates(text, lo, hi);
    let candidateCursor = 0;
    let lastMarkEnd = -1;
    let lastMarkRole: Role = 'none';
    const incoming = carry;
    carry = undefined;
    let awaitingContinuation = incoming !== undefined && incoming.until === undefined;

    const push = (family: QuoteFamily, mark: Span): void => {
      if (stack.length >= MAX_DEPTH) return;
      const entry: OpenEntry = { family, mark, parentId: stack[stack.length - 1]?.id, id: nextId++ };
      if (awaitingContinuation && incoming && family === incoming.family && /^\s*$/.test(text.slice(lo, mark.start))) {
        continuationOf.set(entry.id, incoming.fromId);
      }
      awaitingContinuation = false;
      stack.push(entry);
    };
    if (incoming?.until !== undefined) {
      // The paragraph continues a quote without its own opening mark.
      push(incoming.family, { start: lo, end: lo });
      continuationOf.set(stack[0].id, incoming.fromId);
    }

    const close = (family: QuoteFamily, mark: Span): boolean => {
      let at = stack.length - 1;
      while (at >= 0 && stack[at].family !== family) at--;
      if (at < 0) return false;
      // Marks opened inside the one now closing never closed: a single one was an apostrophe,
      // a double one is a real imbalance, reported and ended here.
      for (let k = stack.length - 1; k > at; k--) {
        const inner = stack[k];
        if (inner.family === 'single') continue;
        problems.push({ span: inner.mark, message: 'This quotation mark is never closed.' });
        finish(inner, undefined, mark.start, p);
      }
      const entry = stack[at];
      stack.length = at;
      finish(entry, mark, mark.start, p);
      return true;
    };

    for (let i = lo; i < hi; i++) {
      const info = MARKS.get(text[i]);
      if (!info) continue;
      const mark = { start: i, end: i + 1 };
      while (candidateCursor < closeCandidates.length && closeCandidates[candidateCursor] <= i) candidateCursor++;
      const state = {
        familyOpen: stack.some((e) => e.family === info.family),
        afterOpeningMark: lastMarkEnd === i && lastMarkRole === 'open',
        laterSingleClose: candidateCursor < closeCandidates.length,
      };
      const { role, skip } = markRole(text, i, lo, hi, info, state);
      i += skip;
      if (role === 'open') {
        const top = stack[stack.length - 1];
        if (top && top.family === info.family && info.family !== 'single') {
          // The same kind of mark opening again: the earlier quote lost its closing mark.
          problems.push({ span: top.mark.end > top.mark.start ? top.mark : mark, message: 'This quotation mark is never closed.' });
          stack.pop();
          finish(top, undefined, i, p);
        }
        push(info.family, mark);
      } else if (role === 'close' && !close(info.family, mark) && info.family !== 'single') {
        problems.push({ span: mark, message: 'This closing quotation mark has no opening mark.' });
      }
      if (role !== 'none') { lastMarkEnd = mark.end; lastMarkRole = role; }
    }

    carry = endOfParagraph(stack, p, incoming);
  }

  /** Ends the quotes still open at paragraph `p`'s end; returns what the next paragraph carries. */
  function endOfParagraph(stack: OpenEntry[], p: number, incoming: typeof carry): typeof carry {
    const hi = paragraphs[p].end;
    const open = stack.filter((e) => e.family !== 'single');
    if (open.length === 0) return undefined;
    const entry = open[0];
    if (open.length === 1) {
      if (incoming?.until !== undefined && p < incoming.until && entry.mark.start === entry.mark.end) {
        // A middle paragraph of a quote running on: quoted as a whole.
        return finish(entry, undefined, hi, p) ? { ...incoming, fromId: entry.id } : incoming;
      }
      if (p + 1 < paragraphs.length && opensWith(paragraphs[p + 1], entry.family)) {
        finish(entry, undefined, hi, p);
        return { family: entry.family, fromId: entry.id };
      }
      const until = runOnEnd(p, entry.family);
      if (until !== undefined) {
        problems.push({
          span: markOrStart(entry, p),
          severity: 'information',
          message: `This quotation runs on over ${until - p + 1} paragraphs without an opening mark at the start of each.`,
        });
        finish(entry, undefined, hi, p);
        return { family: entry.family, fromId: entry.id, until };
      }
    }
    for (const unclosed of open) {
      problems.push({ span: markOrStart(unclosed, p), message: 'This quotation mark is never closed in its paragraph.' });
      finish(unclosed, undefined, hi, p);
    }
    return undefined;
  }

  function markOrStart(entry: OpenEntry, p: number): Span {
    return entry.mark.end > entry.mark.start ? entry.mark : { start: paragraphs[p].start, end: Math.min(paragraphs[p].end, paragraphs[p].start + 1) };
  }

  /** The paragraph whose first mark closes a quote left open at `p`, with no marks in between. */
  function runOnEnd(p: number, family: QuoteFamily): number | undefined {
    for (let q = p + 1; q < paragraphs.length && q <= p + MAX_RUN_ON; q++) {
      const role = firstMark(q, family);
      if (role === 'close') return q;
      if (role === 'open') return undefined;
    }
    return undefined;
  }

  /** Does the paragraph start (after white space) with an opening mark of this family? */
  function opensWith(paragraph: Span, family: QuoteFamily): boolean {
    let i = paragraph.start;
    while (i < paragraph.end && /\s/.test(text[i])) i++;
    const info = MARKS.get(text[i] ?? '');
    if (!info || info.family !== family || info.glyph === 'close') return false;
    return i + 1 < paragraph.end && !/\s/.test(text[i + 1]);
  }

  // Ids follow the order of the opening marks, so sorting by id sorts by position.
  built.sort((a, b) => a.id - b.id);
  const indexOf = new Map<number, number>();
  built.forEach((b, index) => indexOf.set(b.id, index));
  const quotes = built.map((b): RawQuote => {
    const quote: RawQuote = { ...b.quote };
    const parent = b.parentId === undefined ? undefined : indexOf.get(b.parentId);
    if (parent !== undefined) quote.parent = parent;
    const from = continuationOf.get(b.id);
    const fromIndex = from === undefined ? undefined : indexOf.get(from);
    if (fromIndex !== undefined) quote.continuesFrom = fromIndex;
    return quote;
  });
  problems.sort((a, b) => a.span.start - b.span.start);
  return { quotes, problems, paragraphs };
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = Math.max(start, end);
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}
