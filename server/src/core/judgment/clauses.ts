/**
 * The clauses of a sentence, as the subject tests read them: where a clause with a subject of its
 * own opens (a comma and a conjunction, a semicolon, the comma that closes an opening subordinate
 * clause), and which tokens stand before a clause's verb. Plain functions of a sentence's tokens.
 */
import type { SentenceFeatures } from './features';
import { lowerAt, posAt, runLength, startAt } from './tokenColumns';

/** Conjunctions that, after a comma, may open a clause with a subject of its own. */
export const COORDINATORS = ['and', 'but', 'while', 'whereas'];
/** Conjunctions that open a subordinate clause; one at the start of a sentence is closed by a comma. */
export const SUBORDINATORS = ['while', 'although', 'though', 'whereas', 'as', 'when', 'after', 'before', 'because', 'since', 'if', 'once'];
const DETERMINERS = new Set(['the', 'a', 'an']);

/** The tokens before the verb of the source's clause that holds `sourceAt`: [first, verb). */
export function clauseSubjectBounds(source: SentenceFeatures, sourceAt: number): [number, number] {
  const tokens = source.tokens;
  const length = runLength(tokens);
  let at = 0;
  while (at < length - 1 && (startAt(tokens, at) ?? 0) < sourceAt) at++;
  let [from, to] = clauseAround(source, at);
  let verb = from;
  for (;;) {
    while (verb < to && !CLAUSE_VERB_TAGS.has(posAt(tokens, verb) ?? '')) verb++;
    // A part with no verb goes on with the subject before it (", and $68 million in other
    // territories, for a worldwide total of $127 million").
    if (verb < to || from < 2) break;
    [from, to] = clauseAround(source, from - 2);
    verb = from;
  }
  return [from, verb];
}
const CLAUSE_VERB_TAGS = new Set(['VERB', 'AUX']);

/** Pronouns that open a clause about the subject already named ("..., and he makes ...", "; but it refers ..."). */
const SAME_SUBJECT = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their']);
/** What follows a comma or conjunction when the same subject goes on: a verb, an adverb ("and then"), a participle. */
const SAME_SUBJECT_TAGS = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/**
 * The tokens of the clause with a subject of its own that holds token `at`, as [from, to). A new
 * one opens at a comma and a conjunction, or a semicolon, before a new subject (", and teachers
 * asked", not ", and helped found" or ", and he makes"), and at the comma that closes an opening
 * subordinate clause ("While ..., the choir ..."). A list's last comma (", television, and
 * film") opens none, and what stands in brackets is an aside ("(born 22 November 1968; died ...)").
 */
export function clauseAround(features: SentenceFeatures, at: number): [number, number] {
  const tokens = features.tokens;
  const text = (i: number) => lowerAt(tokens, i) ?? '';
  const length = runLength(tokens);
  let opening = SUBORDINATORS.includes(text(0));
  let depth = 0;
  let from = 0;
  for (let i = 0; i < length; i++) {
    const word = text(i);
    if (word === '(' || word === '[') depth++;
    else if ((word === ')' || word === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    // "while" or "whereas" before a noun phrase needs no comma to open a clause ("... won four
    // titles (1999, 2004) while the women's teams have won ten").
    if (i > 0 && (word === 'while' || word === 'whereas') && text(i - 1) !== ',' && DETERMINERS.has(text(i + 1))) {
      if (i > at) return [from, i];
      from = i + 1;
      continue;
    }
    if (word !== ',' && word !== ';') continue;
    let opens: boolean;
    if (opening && word === ',') {
      opening = false;
      opens = newSubjectAfter(features, i, false);
    } else opens = text(i - 2) !== ',' && newSubjectAfter(features, i, word === ',');
    if (!opens) continue;
    if (i > at) return [from, i];
    from = i + 1;
  }
  return [from, length];
}

/** A subject of its own follows the punctuation at `at` (after a conjunction, where one is needed). */
function newSubjectAfter(features: SentenceFeatures, at: number, conjunctionNeeded: boolean): boolean {
  const tokens = features.tokens;
  let next = at + 1;
  if (COORDINATORS.includes(lowerAt(tokens, next) ?? '')) next++;
  else if (conjunctionNeeded && SUBORDINATORS.includes(lowerAt(tokens, next) ?? '')) return subordinateClauseAt(features, next + 1);
  else if (conjunctionNeeded) return false;
  while (DETERMINERS.has(lowerAt(tokens, next) ?? '')) next++;
  const word = lowerAt(tokens, next);
  if (word === undefined) return false;
  // A participle goes on about the same subject (", generating both awareness and funds"), whatever its tag.
  return !SAME_SUBJECT.has(word) && !SAME_SUBJECT_TAGS.has(posAt(tokens, next) ?? '') && !/\p{L}{2}ing$/u.test(word);
}

/**
 * A subordinate clause with a subject of its own starts at `at`, after ", as" or ", when": a
 * name, a noun or a pronoun, then a verb within a few words (", as Ines Varga finished with 11
 * points"), not a role or a phrase (", as coach of the Rovers,", ", as well,").
 */
function subordinateClauseAt(features: SentenceFeatures, at: number): boolean {
  const tokens = features.tokens;
  let k = at;
  while (DETERMINERS.has(lowerAt(tokens, k) ?? '')) k++;
  if (!SUBJECT_HEAD_TAGS.has(posAt(tokens, k) ?? '')) return false;
  for (let j = k + 1; j <= k + SUBJECT_REACH; j++) {
    const pos = posAt(tokens, j);
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (pos === undefined || pos === 'PUNCT' || pos === 'ADP') return false;
  }
  return false;
}
/** Tags of a word that can head a subject: a noun, a name, a pronoun. */
export const SUBJECT_HEAD_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'PRON']);
const SUBJECT_REACH = 4;

/** A new clause with a subject of its own opens between two offsets: ", and", ", while", ";". */
const CLAUSE_BREAK = new RegExp(`(?:,\\s*(?:${COORDINATORS.join('|')})|;)\\s+(?:the\\s+|a\\s+|an\\s+)?[A-Za-z]`, 'i');
/** A sentence that opens with a subordinate clause: its main clause starts after the comma that ends it. */
const OPENING_SUBORDINATE = new RegExp(`^\\W*(?:${SUBORDINATORS.join('|')})\\b`, 'i');

/** Tokens `i` and `i + 1` are ", who", opening a relative clause about the name before them ("Mike Bell, who has had"). */
export function opensRelativeWho(tokens: SentenceFeatures['tokens'], i: number): boolean {
  return lowerAt(tokens, i) === ',' && lowerAt(tokens, i + 1) === 'who';
}

/** Whether a sentence opens with a subordinate clause ("While ..., the choir ..."). */
export function opensWithSubordinate(features: SentenceFeatures): boolean {
  return OPENING_SUBORDINATE.test(features.text);
}

export function clauseBreakBetween(features: SentenceFeatures, from: number, to: number): boolean {
  if (to <= from) return false;
  const between = features.text.slice(from - features.span.start, to - features.span.start);
  return CLAUSE_BREAK.test(between) || (between.includes(',') && opensWithSubordinate(features));
}
