/**
 * Quote analysis of one article: attribution of the detected quotes, pronoun resolution,
 * inheritance and the scare-quote decision. Findings are made by the entry point.
 *
 * Paragraphs are read in order, keeping a history of the speakers mentioned so far (speakers of
 * quotes, and subjects of speech verbs in reported speech) for "He explained" to resolve. A speech
 * quote without an attribution of its own takes one, in this order, from:
 *   - the paragraph it continues (a multi-paragraph quote; a later part's attribution also flows
 *     back to earlier parts);
 *   - for a quote that opens its paragraph, the previous paragraph: its closing introduction
 *     ("he replied:"), reported speech ending it ("..., Ingaldson said."), or its last quote;
 *   - an earlier attributed quote of the same paragraph, when this one starts a sentence
 *     (`"...," the captain said. "..."`) or shares that quote's sentence.
 */
import type { Span } from '../types';
import { closingIntroduction, findAttribution, reportedSpeakers, reportsWords, sentenceBounds, startsSentence, type Found, type QuoteFacts, type SentenceBounds } from './attribute';
import type { Detection, RawQuote } from './detect';
import { TITLE_SMALL_WORDS } from './lexicon';
import type { Quote } from './model';
import type { Phrase } from './phrases';
import { describeSpeaker, resolvePronoun, type SpeakerEntry } from './speakers';
import { tokenize, type Token } from './tokens';

/** What the entry point needs beyond the public `Quote`, to word its findings. */
export interface QuoteNote {
  /** The quote has an attribution of its own (not one copied from the quote it continues). */
  direct: boolean;
  /** Where the attribution is written near the quote (a pronoun, or the speaker phrase). */
  site?: Span;
  /** The quote begins its sentence. */
  sentenceInitial: boolean;
}

export interface Analysed {
  quotes: Quote[];
  notes: QuoteNote[];
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*/gu;
const SCARE_MAX_WORDS = 3;

export function analyseDetection(text: string, detection: Detection): Analysed {
  const raw = detection.quotes;
  const quotes: Quote[] = raw.map((q) => ({
    span: q.inner,
    outerSpan: { start: q.open.start, end: Math.max(q.close.end, q.inner.end) },
    text: text.slice(q.inner.start, q.inner.end),
    kind: 'speech',
    cited: false,
    anonymous: false,
  }));
  const notes: QuoteNote[] = raw.map(() => ({ direct: false, sentenceInitial: false }));
  const facts: QuoteFacts = { endsWithStop: (i) => /[.!?\u2026]['\u2019"\u201D]?$/.test(quotes[i]?.text ?? '') };
  const history: SpeakerEntry[] = [];
  const children = childrenOf(raw);
  const byParagraph = topLevelByParagraph(raw, detection.paragraphs.length);
  /** What the previous paragraph offers a quote paragraph that follows it (see `offerToNextParagraph`). */
  let offer: { tokens: Token[]; found?: Found; quote?: number } | undefined;

  const remember = (entry: SpeakerEntry): void => {
    if (entry.pronoun) {
      const referent = resolvePronoun(entry.text, history);
      if (referent) history.push(referent);
      return;
    }
    history.push(entry);
  };

  const attribute = (index: number, tokens: Token[], phrase: Phrase, cue: Found): void => {
    const quote = quotes[index];
    const entry = describeSpeaker(tokens, phrase, text, history);
    const referent = entry.pronoun ? resolvePronoun(entry.text, history) : undefined;
    const speaker = referent ?? entry;
    quote.speaker = speaker.text;
    quote.speakerSpan = speaker.span;
    quote.cue = cue.cue;
    quote.cueSpan = cue.cueSpan;
    quote.cited = true;
    quote.anonymous = speaker.anonymous;
    notes[index].direct = true;
    notes[index].site = entry.span;
    history.push(speaker);
  };

  for (let p = 0; p < detection.paragraphs.length; p++) {
    const paragraph = detection.paragraphs[p];
    const top = byParagraph[p];
    const tokens = tokenize(text, paragraph.start, paragraph.end, top.map((index) => ({ index, outer: quotes[index].outerSpan })));
    const bounds = sentenceBounds(tokens);
    const reported = reportedSpeakers(tokens, bounds);
    const used = new Map<number, number>();
    let r = 0;
    let lastCited: { index: number; sentence: number } | undefined;
    for (let k = 0; k < tokens.length; k++) {
      const index = tokens[k].quote;
      if (index === undefined) continue;
      while (r < reported.length && reported[r].cue < k) remember(describeSpeaker(tokens, reported[r++].phrase, text, history));
      const sentenceInitial = startsSentence(tokens, k, bounds, facts);
      notes[index].sentenceInitial = sentenceInitial;
      const cue = findAttribution(tokens, k, bounds, used, facts);
      if (cue?.resumes !== undefined) {
        inherit(quotes, index, cue.resumes);
      } else if (cue) {
        if (cue.cueToken !== undefined) used.set(cue.cueToken, index);
        attribute(index, tokens, cue.phrase, cue);
      }
      decideKind(quotes[index], !!cue, sentenceInitial);
      if (!quotes[index].cited && quotes[index].kind === 'speech') {
        const continued = raw[index].continuesFrom;
        if (continued !== undefined && quotes[continued].cited) inherit(quotes, index, continued);
        else if (k === 0 && offer?.found) attribute(index, offer.tokens, offer.found.phrase, offer.found);
        else if (k === 0 && offer?.quote !== undefined) inherit(quotes, index, offer.quote);
        else if (lastCited && (sentenceInitial || lastCited.sentence === bounds.start[k])) {
          // "...," the captain said. "..." - or a second partial quote of the same reported clause.
          inherit(quotes, index, lastCited.index);
        }
      }
      if (raw[index].continuesFrom !== undefined) quotes[index].continuesFrom = raw[index].continuesFrom;
      if (quotes[index].cited && quotes[index].kind === 'speech') lastCited = { index, sentence: bounds.start[k] };
    }
    while (r < reported.length) remember(describeSpeaker(tokens, reported[r++].phrase, text, history));
    offer = offerToNextParagraph(tokens, bounds, used, reported, top);
    for (const index of top) attributeNested(index);
  }

  /**
   * The attribution a paragraph offers a quote paragraph that directly follows it: a closing
   * introduction ("he replied:"), reported speech in its last sentence ("..., Ingaldson said."),
   * or its last attributed quote.
   */
  function offerToNextParagraph(tokens: Token[], bounds: SentenceBounds, used: ReadonlyMap<number, number>, reported: ReadonlyArray<{ cue: number; phrase: Phrase }>, top: readonly number[]): typeof offer {
    const introduction = closingIntroduction(tokens, bounds, used);
    if (introduction) return { tokens, found: introduction };
    const lastQuoteToken = tokens.reduce((at, t, j) => (t.kind === 'quote' ? j : at), -1);
    const last = reported[reported.length - 1];
    const lastSentence = tokens.length > 0 ? bounds.start[tokens.length - 1] : 0;
    if (last && !used.has(last.cue) && last.cue > lastQuoteToken && bounds.start[last.cue] >= lastSentence && reportsWords(tokens, last.cue, bounds)) {
      const cue = tokens[last.cue];
      return { tokens, found: { phrase: last.phrase, cue: cue.text, cueSpan: { start: cue.start, end: cue.end }, cueToken: last.cue } };
    }
    const quote = top[top.length - 1];
    return quote !== undefined && quotes[quote].cited && quotes[quote].kind === 'speech' ? { tokens, quote } : undefined;
  }

  /** Quotes inside a quote: attributed inside the outer quote's words, else to its speaker. */
  function attributeNested(parent: number, depth = 0): void {
    const inner = children.get(parent);
    if (!inner || depth > 8) return;
    const region = quotes[parent].span;
    const tokens = tokenize(text, region.start, region.end, inner.map((index) => ({ index, outer: quotes[index].outerSpan })));
    const bounds = sentenceBounds(tokens);
    const used = new Map<number, number>();
    for (let k = 0; k < tokens.length; k++) {
      const index = tokens[k].quote;
      if (index === undefined) continue;
      const sentenceInitial = startsSentence(tokens, k, bounds, facts);
      notes[index].sentenceInitial = sentenceInitial;
      const cue = findAttribution(tokens, k, bounds, used, facts);
      if (cue?.resumes !== undefined) inherit(quotes, index, cue.resumes);
      else if (cue) {
        if (cue.cueToken !== undefined) used.set(cue.cueToken, index);
        attribute(index, tokens, cue.phrase, cue);
      }
      decideKind(quotes[index], !!cue, sentenceInitial);
      const outer = quotes[parent];
      if (!quotes[index].cited && outer.cited && outer.speaker !== undefined) {
        // Words the speaker quotes from someone unnamed: cited as quoted by that speaker.
        Object.assign(quotes[index], { speaker: outer.speaker, speakerSpan: outer.speakerSpan, cue: 'as quoted by', cueSpan: outer.cueSpan, cited: true, anonymous: outer.anonymous });
      }
      attributeNested(index, depth + 1);
    }
  }

  // A multi-paragraph quote attributed only in a later paragraph: earlier parts take it too.
  for (let i = raw.length - 1; i >= 0; i--) {
    const from = raw[i].continuesFrom;
    if (from !== undefined && quotes[i].cited && !quotes[from].cited) inherit(quotes, from, i, false);
  }
  return { quotes, notes };
}

/** Copies the attribution of quote `from` to quote `to`. */
function inherit(quotes: Quote[], to: number, from: number, link = true): void {
  const source = quotes[from];
  const target = quotes[to];
  target.speaker = source.speaker;
  target.speakerSpan = source.speakerSpan;
  target.cue = source.cue;
  target.cueSpan = source.cueSpan;
  target.cited = source.cited;
  target.anonymous = source.anonymous;
  target.kind = 'speech';
  if (link) target.continuesFrom = from;
}

/** Scare quotes and titles: a few words or a title, no speech cue, not a sentence of their own. */
function decideKind(quote: Quote, attributed: boolean, sentenceInitial: boolean): void {
  const words = quote.text.match(WORD) ?? [];
  // A title stays a title even after a verb: 'he wrote "The Long Road Home"'.
  if (!sentenceInitial && isTitle(words) && !/[.!?,;:\u2026]$/.test(quote.text)) { quote.kind = 'scare'; return; }
  if (attributed) { quote.kind = 'speech'; return; }
  const ownSentence = sentenceInitial && /[.!?\u2026]$/.test(quote.text);
  if (ownSentence) { quote.kind = 'speech'; return; }
  quote.kind = words.length <= SCARE_MAX_WORDS || isTitle(words) ? 'scare' : 'speech';
}

/** "Gone with the Wind": every word capitalised except short function words, no sentence stop. */
function isTitle(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 12 || !/^\p{Lu}/u.test(words[0])) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
}

function childrenOf(raw: readonly RawQuote[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  raw.forEach((q, index) => {
    if (q.parent === undefined) return;
    const list = map.get(q.parent) ?? [];
    list.push(index);
    map.set(q.parent, list);
  });
  return map;
}

function topLevelByParagraph(raw: readonly RawQuote[], count: number): number[][] {
  const lists: number[][] = Array.from({ length: count }, () => []);
  raw.forEach((q, index) => { if (q.parent === undefined && q.paragraph < count) lists[q.paragraph].push(index); });
  return lists;
}
