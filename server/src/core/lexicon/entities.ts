/**
 * Entity mentions: countries, organisations, offices, people and places named in a text, each
 * with a stable id so that different wording of the same actor meets ("the U.K.", "Britain",
 * "British" and "Downing Street" are all `country:GBR`; "Mark Rutte" and "Rutte's" are both
 * `person:rutte`).
 *
 * How it works, in one pass over word tokens:
 * 1. Known names (countries from the generated table, hand-written aliases) are looked up in a
 *    token trie, longest match first, with per-alias case rules so that "US" is a country but
 *    "us" is not.
 * 2. Remaining capitalised words are grouped into runs (up to 4 name words, particles such as
 *    "de" or "van" allowed inside) and classified: a run ending in "News" or "Party" is an
 *    organisation, one ending in "Street" or starting with "San" a place, any other a person
 *    identified by its last word. Function words and adverbs never start a run ("The", "Currently").
 * 3. A single capitalised word needs evidence to be a person, because in news it is as often a
 *    company, a team or a town: a title or honorific before it ("President Biden", "Mr. Rutte"),
 *    a full name with that surname in the same text or in `knownPeople`, or reported speech
 *    ("Rutte said", "said Rutte."). Without it the word is dropped; the same surname confirmed
 *    elsewhere in the text makes every bare use count. Title-Case headline lines are judged
 *    word by word, since their capitals say nothing.
 *
 * Capitals that stand for their governments ("Washington said") get the country's id; after a
 * locative word ("in Washington", "to Paris") or an article ("the Paris talks") they are places.
 */
import type { Span } from '../types';
import { ALIAS_TRIE, HONORIFICS, LOCATIVE_WORDS, NAME_PARTICLES, NOT_NAMES, TOKEN_PATTERN, fold, stripPossessive, type AliasEntry } from './aliases';
import { type NameRun, resolveRuns, type Token } from './nameRuns';

export type EntityKind = 'country' | 'organization' | 'office' | 'person' | 'place';

export interface EntityMention {
  readonly span: Span;
  readonly text: string;
  /** `country:USA`, `org:nato`, `office:prime-minister`, `person:rutte`, `place:brussels`. */
  readonly id: string;
  readonly kind: EntityKind;
}

const HYPHENS = '-\u2010\u2011';
const SENTENCE_MARKS = '.!?\u2026:"\u201c\u2018(';
/** Month names that are also surnames or first names ("Theresa May") may continue a name. */
const NAME_CONTINUING_STOP_WORDS = new Set(['may', 'june', 'april', 'august']);
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Finds entity mentions in reading order. `knownPeople` holds surnames met elsewhere (person ids
 * such as `person:rutte`, bare surnames or full names), so that a surname alone at the start of a
 * sentence is still recognised as that person. Never throws; returns [] for unusable input.
 */
export function findEntities(text: string, knownPeople?: ReadonlySet<string>): EntityMention[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    return scan(text, knownPeople);
  } catch {
    return [];
  }
}

/**
 * Maps each person id to the fullest name the mentions give it ("person:rutte" to "Mark Rutte"),
 * for display and for passing surnames on as `knownPeople`.
 */
export function canonicalPeople(mentions: readonly EntityMention[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.kind !== 'person') continue;
    const name = mention.text.replace(/[\s\u00a0]+/g, ' ');
    const previous = names.get(mention.id);
    if (previous === undefined || name.split(' ').length > previous.split(' ').length) names.set(mention.id, name);
  }
  return names;
}

function scan(text: string, knownPeople: ReadonlySet<string> | undefined): EntityMention[] {
  const tokens = tokenize(text);
  const mentions: EntityMention[] = [];
  const runs: NameRun[] = [];
  let run: NameRun | undefined;
  let titleEnd = -2;
  const flush = (): void => {
    if (run) runs.push(run);
    run = undefined;
  };
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    const continuing = run !== undefined && token.joined && !token.headline;
    const match = longestAlias(tokens, i);
    if (match && continuing && match.end === i && match.entry.absorbable && isNameWord(token, true) && run) {
      // "George Washington", "Michael Jordan": a place or country name ending a personal name.
      run.last = i++;
      if (token.possessive) flush();
      continue;
    }
    const next = tokens[i + 1];
    const titled = titleEnd === i - 1 && token.joined;
    const opensName = !token.possessive && next !== undefined && next.joined && !next.headline && !next.initial
      && isNameWord(next, true) && !longestAlias(tokens, i + 1);
    if (match && !continuing && match.end === i && match.entry.absorbable && (titled || opensName)) {
      // "Mr. Jordan", "Paris Hilton", "Washington Post": the name is, or opens, another proper
      // name; the run decides, and falls back to the place or country if no name forms.
      flush();
      const opening = aliasMention(text, tokens, i, i, match.entry);
      run = { first: i, last: i, titled, afterArticle: false, opening };
      if (token.possessive) flush();
      i++;
      continue;
    }
    if (match) {
      flush();
      mentions.push(aliasMention(text, tokens, i, match.end, match.entry));
      if (match.entry.kind === 'office') titleEnd = match.end;
      i = match.end + 1;
      continue;
    }
    if (token.capitalised && HONORIFICS.has(token.key) && next && next.joined && isNameWord(next, false)) {
      flush();
      titleEnd = i++;
      continue;
    }
    if (isNameWord(token, continuing)) {
      if (continuing && run) run.last = i;
      else {
        flush();
        const previous = tokens[i - 1];
        run = { first: i, last: i, titled, afterArticle: previous !== undefined && token.joined && ARTICLES.has(previous.key) };
      }
      if (token.possessive || token.headline) flush();
      i++;
      continue;
    }
    if (continuing && particlesLeadToName(tokens, i)) {
      i++;
      continue;
    }
    flush();
    i++;
  }
  flush();
  for (const mention of resolveRuns(text, tokens, runs, knownPeople)) mentions.push(mention);
  return mentions.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/** "van der Berg": lower-case particles, each joined to the next word, then a name word. */
function particlesLeadToName(tokens: readonly Token[], first: number): boolean {
  for (let i = first; i < first + 3 && i + 1 < tokens.length; i++) {
    if (!NAME_PARTICLES.has(tokens[i].key) || tokens[i].capitalised || !tokens[i + 1].joined) return false;
    if (isNameWord(tokens[i + 1], true)) return true;
  }
  return false;
}

/** Can this capitalised word start or continue a personal name? */
function isNameWord(token: Token, continuing: boolean): boolean {
  if (!token.capitalised) return false;
  if (!token.hasLower && !token.initial) return false;
  if (NOT_NAMES.has(token.key)) return continuing && NAME_CONTINUING_STOP_WORDS.has(token.key);
  if (HONORIFICS.has(token.key)) return false;
  return true;
}

function aliasMention(text: string, tokens: readonly Token[], first: number, last: number, entry: AliasEntry): EntityMention {
  const span = { start: tokens[first].start, end: tokens[last].end };
  const previous = tokens[first - 1];
  const asPlace = entry.placeId !== undefined && previous !== undefined && !tokens[first].sentenceStart && LOCATIVE_WORDS.has(previous.key);
  if (asPlace && entry.placeId) return { span, text: text.slice(span.start, span.end), id: entry.placeId, kind: 'place' };
  return { span, text: text.slice(span.start, span.end), id: entry.id, kind: entry.kind };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lineFirst = 0;
  let previousRawEnd = 0;
  TOKEN_PATTERN.lastIndex = 0;
  for (let found = TOKEN_PATTERN.exec(text); found !== null; found = TOKEN_PATTERN.exec(text)) {
    const raw = found[0];
    const start = found.index;
    const word = stripPossessive(raw);
    const possessive = word.length !== raw.length;
    const first = word[0];
    const previous = tokens[tokens.length - 1];
    const gap = classifyGap(text, previousRawEnd, start, previous);
    if (gap.lineBreak) {
      markHeadline(text, tokens, lineFirst, tokens.length);
      lineFirst = tokens.length;
    }
    const hasLower = word !== word.toUpperCase();
    tokens.push({
      start,
      end: start + word.length,
      key: fold(word),
      capitalised: first !== first.toLowerCase(),
      lowerStart: first !== first.toUpperCase(),
      hasLower,
      possessive,
      initial: word.includes('.') || (word.length === 1 && !hasLower),
      joined: previous !== undefined && gap.joined,
      // After a dotted abbreviation ("the U.S. Then ...") a sentence may or may not end: treat
      // the next word strictly, which costs at most a lone surname that has no other evidence.
      sentenceStart: previous === undefined || gap.sentenceStart || (previous.initial && text[previousRawEnd - 1] === '.' && previous.key.length > 1),
      headline: false,
    });
    previousRawEnd = start + raw.length;
  }
  markHeadline(text, tokens, lineFirst, tokens.length);
  return tokens;
}

/**
 * Reads the characters between two tokens: spaces (including no-break spaces) or one hyphen join
 * words into a phrase; a line break, or sentence punctuation, ends one. A period after an
 * honorific or an initial ("Mr. Rutte", "John F. Kennedy") joins rather than ends.
 */
function classifyGap(text: string, from: number, to: number, previous: Token | undefined): { joined: boolean; sentenceStart: boolean; lineBreak: boolean } {
  let spaces = 0, hyphens = 0, periods = 0, other = 0, sentenceMark = false;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return { joined: false, sentenceStart: true, lineBreak: true };
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009') spaces++;
    else if (HYPHENS.includes(ch)) hyphens++;
    else {
      if (ch === '.') periods++;
      else other++;
      if (SENTENCE_MARKS.includes(ch)) sentenceMark = true;
    }
  }
  const abbreviated = previous !== undefined && (HONORIFICS.has(previous.key) || previous.key === 'st' || (previous.initial && previous.key.length === 1));
  if (periods === 1 && other === 0 && hyphens === 0 && spaces > 0 && abbreviated) return { joined: true, sentenceStart: false, lineBreak: false };
  const joined = other === 0 && periods === 0 && ((hyphens === 0 && spaces > 0) || (hyphens === 1 && spaces === 0));
  return { joined, sentenceStart: sentenceMark, lineBreak: false };
}

/**
 * A short line where nearly every longer word is capitalised and no sentence ends is a
 * Title-Case headline: its capitals say nothing about names, so its words are judged one by one.
 */
function markHeadline(text: string, tokens: Token[], from: number, to: number): void {
  if (to - from > 20 || to === from) return;
  let long = 0, capitalised = 0;
  for (let i = from; i < to; i++) {
    if (tokens[i].end - tokens[i].start < 4 || !tokens[i].hasLower) continue;
    long++;
    if (tokens[i].capitalised) capitalised++;
  }
  if (long < 4 || capitalised < long * 0.75) return;
  const lineEnd = text.indexOf('\n', tokens[to - 1].end);
  if (/[.!?]/.test(text.slice(tokens[from].start, lineEnd < 0 ? text.length : lineEnd))) return;
  for (let i = from; i < to; i++) tokens[i].headline = true;
}

function longestAlias(tokens: readonly Token[], first: number): { end: number; entry: AliasEntry } | undefined {
  let node = ALIAS_TRIE.get(tokens[first].key);
  let best: { end: number; entry: AliasEntry } | undefined;
  for (let i = first; node !== undefined; ) {
    for (const entry of node.entries) {
      if (casesMatch(tokens, first, entry)) {
        best = { end: i, entry };
        break;
      }
    }
    const next = tokens[i + 1];
    if (next === undefined || !next.joined) break;
    node = node.next.get(next.key);
    i++;
  }
  return best;
}

function casesMatch(tokens: readonly Token[], first: number, entry: AliasEntry): boolean {
  for (let k = 0; k < entry.capitalMask.length; k++) {
    const token = tokens[first + k];
    if (entry.upper ? token.hasLower : entry.capitalMask[k] && token.lowerStart) return false;
  }
  return true;
}
