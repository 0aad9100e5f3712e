/**
 * Attribution of one quotation from the prose around it: who is said to have spoken it (the
 * speaker's noun phrase, as written) and which words say so (the cue).
 *
 * The quote's sentence is split into the head (before the quote, back to the sentence start or
 * the previous quote) and the tail (after it, up to the sentence end or the next quote). Rules,
 * in order of how directly they tie words to the quote:
 *   1. a cue right before the quote: `a US official said: "..."`, `"...," he said, "..."`;
 *   2. a cue right after it: `"...," an unnamed UK official told Sky News`, `"...," said Kirby`,
 *      `"...", according to the spokesperson`, the headline form `'...': Trump sets terms`;
 *   3. `Reuters quoted a US official as saying "..."`, `X was quoted as saying "..."`;
 *   4. any cue earlier in the sentence: `the spokesperson said that Rutte was "..."`, or a
 *      participle whose subject is the main clause's (`Germany ..., describing him as "..."`);
 *   5. `according to X` / `as quoted by X` earlier in the sentence;
 *   6. any cue later in the sentence (`"..." was the message, a US official said`).
 * A cue serves one quote, except that a quote resumed after `he said,` shares it.
 */
import type { Span } from '../types';
import { SPEECH_PARTICIPLES, SPEECH_VERBS, TRANSITIVE_SPEECH_VERBS } from './lexicon';
import { mainSubject, phraseFrom, subjectBefore, type Phrase } from './phrases';
import { endsSentence, isCapitalised, isPhraseInternal, isWord, type Token } from './tokens';

export interface Found {
  phrase: Phrase;
  cue: string;
  cueSpan: Span;
  /** The speech verb's token, so that one verb serves one quote. */
  cueToken?: number;
  /** The quote (index) whose attribution this quote shares: `"...," he said, "..."`. */
  resumes?: number;
}

export interface SentenceBounds {
  /** For each token: index of its sentence's first token. */
  start: Int32Array;
  /** For each token: index of its sentence's closing token (or `tokens.length`). */
  end: Int32Array;
}

/** What the attribution rules need to know about the quotes in the token stream. */
export interface QuoteFacts {
  /** Does the quote's own text end with . ! or ? (so the quote is a sentence of its own)? */
  endsWithStop(quote: number): boolean;
}

const CLAUSE_WORDS = new Set(['that', 'and', 'but', 'which', 'who', 'when', 'if', 'because', 'while', 'whether', 'then']);
const PARTICIPLE_LEAD = new Set(['and', 'while', 'by', 'after', 'before', 'when', 'also']);
/** Auxiliaries and modals: after "said the deal" they show that a clause, not a speaker, follows. */
const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'remains', 'remained']);
const IMMEDIATE_GAP = 6;
const TAIL_SUBJECT_WORDS = 24;

export function sentenceBounds(tokens: readonly Token[]): SentenceBounds {
  const start = new Int32Array(tokens.length);
  const end = new Int32Array(tokens.length);
  let s = 0;
  for (let j = 0; j < tokens.length; j++) {
    start[j] = s;
    if (endsSentence(tokens[j])) s = j + 1;
  }
  let e = tokens.length;
  for (let j = tokens.length - 1; j >= 0; j--) {
    if (endsSentence(tokens[j])) e = j;
    end[j] = e;
  }
  return { start, end };
}

const span = (t: Token): Span => ({ start: t.start, end: t.end });
const spanOf = (tokens: readonly Token[], first: number, last: number): Span => ({ start: tokens[first].start, end: tokens[last].end });

/** A speech verb, or a participle that opens a participial clause (", saying"). */
function isCue(tokens: readonly Token[], j: number, sentenceFirst: number): boolean {
  const t = tokens[j];
  if (!isWord(t)) return false;
  if (SPEECH_VERBS.has(t.lower)) return true;
  if (!SPEECH_PARTICIPLES.has(t.lower)) return false;
  if (j === sentenceFirst) return true;
  const before = tokens[j - 1];
  return (before.kind === 'punct' && before.text === ',') || PARTICIPLE_LEAD.has(before.lower);
}

/** Only a few words and no clause boundary between the cue and the quote: `said on Thursday: "`. */
function isImmediatelyBefore(tokens: readonly Token[], cue: number, quote: number, punctuationOnly = false): boolean {
  if (quote - cue - 1 > IMMEDIATE_GAP) return false;
  for (let j = cue + 1; j < quote; j++) {
    const t = tokens[j];
    if (t.kind === 'quote' || endsSentence(t)) return false;
    if (punctuationOnly && t.kind === 'word') return false;
    if (isWord(t) && CLAUSE_WORDS.has(t.lower)) return false;
  }
  return true;
}

/**
 * "said Kirby", "said the official on Thursday", "said John Kirby, a White House spokesman",
 * "said a man wearing ski goggles" - but not "said the deal was off".
 */
function invertedSpeaker(tokens: readonly Token[], s: number, hi: number): Phrase | undefined {
  if (TRANSITIVE_SPEECH_VERBS.has(tokens[s - 1]?.lower ?? '') && tokens[s - 1].lower !== 'asked') return undefined;
  const phrase = phraseFrom(tokens, s, hi);
  if (!phrase) return undefined;
  const after = tokens[phrase.last + 1];
  if (phrase.last + 1 >= hi || !after) return phrase;
  if (!isWord(after)) {
    if (after.kind === 'punct' && after.text === ',' && isWord(tokens[phrase.last + 2]) && /^(?:a|an|the)$/.test(tokens[phrase.last + 2].lower)) {
      const apposition = phraseFrom(tokens, phrase.last + 2, hi);
      const next = apposition && tokens[apposition.last + 1];
      if (apposition && (apposition.last + 1 >= hi || (next && !isWord(next)))) return { first: phrase.first, last: apposition.last };
    }
    return phrase;
  }
  if (after.lower === 'who') {
    // "said an official who asked not to be named": the clause is part of how the source is described.
    let end = phrase.last + 1;
    while (end + 1 < hi && isWord(tokens[end + 1])) end++;
    return { ...phrase, relative: { first: phrase.last + 1, last: end } };
  }
  // A finite verb after the phrase makes it the subject of a reported clause, not the speaker.
  return CLAUSE_VERBS.has(after.lower) || /^\p{Ll}+ed$/u.test(after.text) || after.lower === 'that' ? undefined : phrase;
}

/** The speaker of the cue at `v`: its subject, the main clause's subject for a participle, or the
 * phrase after it ("said Kirby"). */
function speakerOfCue(tokens: readonly Token[], v: number, lo: number, hi: number, sentenceFirst: number): Phrase | undefined {
  const t = tokens[v];
  if (!SPEECH_VERBS.has(t.lower)) return mainSubject(tokens, sentenceFirst, v);
  return subjectBefore(tokens, v, lo) ?? invertedSpeaker(tokens, v + 1, hi);
}

const found = (tokens: readonly Token[], phrase: Phrase, cueToken: number): Found =>
  ({ phrase, cue: tokens[cueToken].text, cueSpan: span(tokens[cueToken]), cueToken });

const foundPhrase = (tokens: readonly Token[], phrase: Phrase, cue: string, first: number, last: number): Found =>
  ({ phrase, cue, cueSpan: spanOf(tokens, first, last) });

interface HeadScan {
  cue?: number;
  resumes?: number;
  according?: Found;
  asQuotedBy?: Found;
  quotedAsSaying?: Found;
}

/** One backward pass over the head, collecting every kind of cue it holds. */
function scanHead(tokens: readonly Token[], k: number, headStart: number, sentenceFirst: number, used: ReadonlyMap<number, number>): HeadScan {
  const scan: HeadScan = {};
  const previousQuote = headStart > 0 && tokens[headStart - 1].kind === 'quote' ? tokens[headStart - 1].quote : undefined;
  for (let j = k - 1; j >= headStart; j--) {
    const t = tokens[j];
    if (!isWord(t)) continue;
    const next = tokens[j + 1];
    if (scan.cue === undefined && scan.resumes === undefined && isCue(tokens, j, sentenceFirst)
      && !(t.lower === 'saying' && tokens[j - 1]?.lower === 'as')) {
      const user = used.get(j);
      if (user === undefined) scan.cue = j;
      else if (user === previousQuote && resumesAfter(tokens, headStart, k)) scan.resumes = user;
    }
    if (!scan.according && t.lower === 'according' && next?.lower === 'to') {
      const phrase = phraseFrom(tokens, j + 2, k);
      if (phrase) scan.according = foundPhrase(tokens, phrase, 'according to', j, j + 1);
    }
    if (t.lower === 'quoted' && !scan.quotedAsSaying && !scan.asQuotedBy) {
      if (tokens[j - 1]?.lower === 'as' && next?.lower === 'by' && j - 1 >= headStart) {
        const phrase = phraseFrom(tokens, j + 2, k);
        if (phrase) scan.asQuotedBy = foundPhrase(tokens, phrase, 'as quoted by', j - 1, j + 1);
        continue;
      }
      for (let m = j + 1; m < k - 1 && m <= j + 12; m++) {
        if (tokens[m].lower !== 'as' || tokens[m + 1].lower !== 'saying') continue;
        // "X was quoted as saying" names the speaker before; "Reuters quoted X as saying" after.
        const phrase = m === j + 1 ? subjectBefore(tokens, j, headStart) : phraseFrom(tokens, j + 1, m);
        if (phrase) scan.quotedAsSaying = foundPhrase(tokens, phrase, 'quoted as saying', j, m + 1);
        break;
      }
    }
  }
  return scan;
}

/** `"...," he said, "...`: the head between two parts of one quote is only the attribution. */
function resumesAfter(tokens: readonly Token[], headStart: number, k: number): boolean {
  const last = tokens[k - 1];
  if (last.kind !== 'punct' || (last.text !== ',' && last.text !== ':')) return false;
  for (let j = headStart; j < k; j++) if (isWord(tokens[j]) && CLAUSE_WORDS.has(tokens[j].lower)) return false;
  return true;
}

/**
 * Attribution right after the quote: `, an unnamed UK official told`, `, said Kirby`,
 * `, according to X`, `He explained`.
 */
function tailAttribution(tokens: readonly Token[], k: number, tailEnd: number, used: ReadonlyMap<number, number>, facts: QuoteFacts): Found | undefined {
  let ts = k + 1;
  while (ts < tailEnd && tokens[ts].kind === 'punct' && /^[,\u2014\u2013-]$/.test(tokens[ts].text)) ts++;
  if (ts >= tailEnd) return undefined;
  const t = tokens[ts];
  if (!isWord(t)) return undefined;
  const quote = tokens[k].quote ?? -1;
  // A cue directly followed by the next quote introduces that one, when this quote is complete.
  const introducesNext = (v: number): boolean =>
    facts.endsWithStop(quote) && tailEnd < tokens.length && tokens[tailEnd].kind === 'quote' && isImmediatelyBefore(tokens, v, tailEnd, true);
  if (SPEECH_VERBS.has(t.lower) && !used.has(ts)) {
    const phrase = invertedSpeaker(tokens, ts + 1, tailEnd);
    if (phrase) return found(tokens, phrase, ts);
  }
  if (t.lower === 'according' && tokens[ts + 1]?.lower === 'to') {
    const phrase = phraseFrom(tokens, ts + 2, tailEnd);
    if (phrase) return foundPhrase(tokens, phrase, 'according to', ts, ts + 1);
  }
  if (t.lower === 'as' && tokens[ts + 1]?.lower === 'quoted' && tokens[ts + 2]?.lower === 'by') {
    const phrase = phraseFrom(tokens, ts + 3, tailEnd);
    if (phrase) return foundPhrase(tokens, phrase, 'as quoted by', ts, ts + 2);
  }
  // The subject comes first: "an unnamed UK official told", "He explained", "Gabriela Shalev,
  // Israel's ambassador to the UN, was quoted as saying".
  for (let v = ts; v < tailEnd && v - ts <= TAIL_SUBJECT_WORDS; v++) {
    const w = tokens[v];
    if (!isWord(w)) { if (isPhraseInternal(w) || w.text === ',') continue; break; }
    const quotedAs = w.lower === 'quoted' && tokens[v + 1]?.lower === 'as';
    if (!SPEECH_VERBS.has(w.lower) && !quotedAs) continue;
    if (used.has(v) || introducesNext(v)) break;
    const phrase = subjectBefore(tokens, v, ts);
    if (phrase && phrase.first === ts) return quotedAs ? foundPhrase(tokens, phrase, 'quoted as saying', v, v + 1) : found(tokens, phrase, v);
    break;
  }
  return undefined;
}

/** Any cue later in the quote's sentence: `"..." was the message, a US official said`. */
function laterAttribution(tokens: readonly Token[], k: number, tailEnd: number, used: ReadonlyMap<number, number>): Found | undefined {
  for (let v = k + 1; v < tailEnd; v++) {
    const t = tokens[v];
    if (!isWord(t)) continue;
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const phrase = phraseFrom(tokens, v + 2, tailEnd);
      if (phrase) return foundPhrase(tokens, phrase, 'according to', v, v + 1);
    }
    if (!SPEECH_VERBS.has(t.lower) || used.has(v)) continue;
    // A cue right before the next quote is that quote's.
    if (tailEnd < tokens.length && tokens[tailEnd].kind === 'quote' && isImmediatelyBefore(tokens, v, tailEnd)) return undefined;
    const phrase = subjectBefore(tokens, v, k + 1) ?? invertedSpeaker(tokens, v + 1, tailEnd);
    if (phrase) return found(tokens, phrase, v);
  }
  return undefined;
}

/**
 * The attribution of the quote token at `k`, if its sentence has one. `used` maps cue tokens
 * already taken to the quote that took them.
 */
export function findAttribution(tokens: readonly Token[], k: number, bounds: SentenceBounds, used: ReadonlyMap<number, number>, facts: QuoteFacts): Found | undefined {
  const sentenceFirst = bounds.start[k];
  const sentenceLast = bounds.end[k];
  let headStart = sentenceFirst;
  for (let j = k - 1; j >= sentenceFirst; j--) if (tokens[j].kind === 'quote') { headStart = j + 1; break; }
  let tailEnd = sentenceLast;
  for (let j = k + 1; j < sentenceLast; j++) if (tokens[j].kind === 'quote') { tailEnd = j; break; }

  const head = scanHead(tokens, k, headStart, sentenceFirst, used);
  if (head.resumes !== undefined) {
    return { phrase: { first: k, last: k }, cue: '', cueSpan: span(tokens[k]), resumes: head.resumes };
  }
  const headCue = head.cue;
  const headFound = headCue === undefined ? undefined : (() => {
    const phrase = speakerOfCue(tokens, headCue, headStart, k, sentenceFirst);
    return phrase ? found(tokens, phrase, headCue) : undefined;
  })();
  if (headFound && headCue !== undefined && isImmediatelyBefore(tokens, headCue, k)) return headFound;
  const tail = tailAttribution(tokens, k, tailEnd, used, facts);
  if (tail) return tail;
  if (k === sentenceFirst && tokens[k + 1]?.kind === 'punct' && tokens[k + 1].text === ':') {
    // The headline form: 'No deal': Minister rejects the offer.
    const phrase = phraseFrom(tokens, k + 2, sentenceLast);
    if (phrase && isCapitalised(tokens[phrase.first])) return foundPhrase(tokens, phrase, ':', k + 1, k + 1);
  }
  return head.quotedAsSaying ?? headFound ?? head.according ?? head.asQuotedBy ?? labelBefore(tokens, k, headStart, sentenceFirst)
    ?? laterAttribution(tokens, k, tailEnd, used) ?? colonIntroduction(tokens, headStart, k - 1, sentenceFirst);
}

/**
 * `Council leader Priya Nandakumar put it bluntly: "..."`: a clause ending in a colon right before
 * a quote introduces it, whatever its verb; the speaker is the clause's subject, when it is named
 * (capitalised) or a person by role.
 */
function colonIntroduction(tokens: readonly Token[], headStart: number, colon: number, sentenceFirst: number): Found | undefined {
  if (colon <= headStart || tokens[colon]?.kind !== 'punct' || tokens[colon].text !== ':' || headStart !== sentenceFirst) return undefined;
  const phrase = mainSubject(tokens, sentenceFirst, colon);
  if (!phrase || phrase.last >= colon - 1 || !isCapitalised(tokens[phrase.first]) && !isPronounPhrase(tokens, phrase)) return undefined;
  return foundPhrase(tokens, phrase, ':', colon, colon);
}

function isPronounPhrase(tokens: readonly Token[], phrase: Phrase): boolean {
  return phrase.first === phrase.last && /^(?:he|she|they)$/i.test(tokens[phrase.first].text);
}

/** `Mayor Jane Doe: "..."`: a sentence that is only a name and a colon before the quote. */
function labelBefore(tokens: readonly Token[], k: number, headStart: number, sentenceFirst: number): Found | undefined {
  const colon = k - 1;
  if (headStart !== sentenceFirst || colon - headStart < 1 || tokens[colon].text !== ':') return undefined;
  const phrase = phraseFrom(tokens, headStart, colon);
  if (!phrase || phrase.last !== colon - 1 || !isCapitalised(tokens[phrase.first])) return undefined;
  return foundPhrase(tokens, phrase, ':', colon, colon);
}

/**
 * A paragraph that ends by introducing the next one ("Asked about it, he replied:"): the
 * attribution of a quote paragraph that follows.
 */
export function closingIntroduction(tokens: readonly Token[], bounds: SentenceBounds, used: ReadonlyMap<number, number>): Found | undefined {
  const end = tokens.length - 1;
  if (end < 1 || tokens[end].kind !== 'punct' || tokens[end].text !== ':') return undefined;
  const sentenceFirst = bounds.start[end];
  for (let v = end - 1; v >= sentenceFirst && end - v <= IMMEDIATE_GAP + 1; v--) {
    if (!isCue(tokens, v, sentenceFirst) || used.has(v)) continue;
    if (!isImmediatelyBefore(tokens, v, end + 1)) return undefined;
    const phrase = speakerOfCue(tokens, v, sentenceFirst, end, sentenceFirst);
    return phrase ? found(tokens, phrase, v) : undefined;
  }
  // "Council leader Priya Nandakumar addressed residents directly after the vote:" introduces
  // the quote paragraph that follows, whatever its verb.
  return colonIntroduction(tokens, sentenceFirst, end, sentenceFirst);
}

/** Does the quote at `k` begin a sentence (nothing before it, or only a complete quote)? */
export function startsSentence(tokens: readonly Token[], k: number, bounds: SentenceBounds, facts: QuoteFacts): boolean {
  if (bounds.start[k] === k) return true;
  const before = tokens[k - 1];
  return before.kind === 'quote' && before.quote !== undefined && facts.endsWithStop(before.quote);
}

/**
 * Whether the speech verb at `cue` reports words, so that a quote paragraph after its sentence can
 * be taken for more of them. Verbs that as often take a thing done as words said ("asked their
 * employers for more flexible hours", "wrote to the council", "posted updates on its website")
 * report words only before "that", "about", a colon or comma, a question word, at the sentence
 * end, or after what was said ("..., she wrote to the council."); "said" and its like report
 * words whatever follows.
 */
export function reportsWords(tokens: readonly Token[], cue: number, bounds: SentenceBounds): boolean {
  if (!DEED_OR_SPEECH.has(tokens[cue].lower)) return true;
  const next = tokens[cue + 1];
  if (next === undefined || cue + 1 >= bounds.end[cue] || CONTENT_OPENERS.has(next.lower) || endsSentence(next)) return true;
  // Inverted after what was said ("..., her rep writes to PEOPLE."): a comma a few words back.
  for (let k = cue - 1; k >= Math.max(bounds.start[cue], cue - INVERTED_SUBJECT_WORDS); k--) if (tokens[k].text === ',') return true;
  return false;
}
const DEED_OR_SPEECH = new Set(['asked', 'asks', 'wrote', 'writes', 'posted']);
const CONTENT_OPENERS = new Set(['that', ':', ',', 'about', 'whether', 'if', 'why', 'how', 'what', 'when', 'who', 'where']);
/** Words a speaker's name may take between the comma and the verb ("..., the club's chairman wrote"). */
const INVERTED_SUBJECT_WORDS = 6;

/** Speech verbs outside quotes and their subjects: the people an article reports as speaking. */
export function reportedSpeakers(tokens: readonly Token[], bounds: SentenceBounds): Array<{ cue: number; phrase: Phrase }> {
  const out: Array<{ cue: number; phrase: Phrase }> = [];
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (!isWord(t)) continue;
    if (SPEECH_VERBS.has(t.lower)) {
      // "Smith said the plant would close", "..., said Chan."
      const after = tokens[j - 1]?.text === ',' ? invertedSpeaker(tokens, j + 1, bounds.end[j]) : undefined;
      const phrase = subjectBefore(tokens, j, bounds.start[j]) ?? after;
      if (phrase) out.push({ cue: j, phrase });
    } else if (t.lower === 'according' && tokens[j + 1]?.lower === 'to') {
      const phrase = phraseFrom(tokens, j + 2, bounds.end[j]);
      if (phrase) out.push({ cue: j, phrase });
    }
  }
  return out;
}
