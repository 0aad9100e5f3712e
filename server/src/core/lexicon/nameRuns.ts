/**
 * Runs of capitalised words that no alias claimed, classified (`entities.ts` step 2 and 3): an
 * institution or place word at the head makes an organisation or a place; two or more name words
 * a person known by the last; a single word a person only with evidence (a full name with that
 * surname elsewhere, a title, reported speech). Runs joined by "and" before an institution word
 * are one organisation's name.
 */
import {
  LOCATIVE_WORDS, NAME_SUFFIXES, NOT_PERSON_HEADS, ORGANIZATION_HEADS, PLACE_HEADS, PLACE_PREFIXES, SPEECH_VERBS, fold,
} from './aliases';
import type { EntityKind, EntityMention } from './entities';
import { isLemma, lemmaCandidates } from './wordnet';

/** Given names ending in -ly, which otherwise marks a sentence-opening adverb ("Currently"). */
const LY_NAMES = new Set(['kelly', 'emily', 'holly', 'sally', 'beverly', 'lilly', 'molly', 'ely', 'donnelly', 'connolly']);
const PREPOSITIONS = new Set(['of', 'from', 'on', 'for', 'by', 'with', 'over', 'against', 'about', 'between', 'among']);

export interface Token {
  readonly start: number;
  /** End of the word without a possessive `'s`, so spans cover just the name. */
  readonly end: number;
  /** Lower-cased, accents, dots and possessive removed: the form aliases are compared in. */
  readonly key: string;
  readonly capitalised: boolean;
  readonly lowerStart: boolean;
  readonly hasLower: boolean;
  readonly possessive: boolean;
  /** Dotted abbreviation or single letter: an initial inside a name, never a name on its own. */
  readonly initial: boolean;
  /** Only spaces (not a line break) or one hyphen separate it from the previous token. */
  readonly joined: boolean;
  readonly sentenceStart: boolean;
  headline: boolean;
}

/** A run of capitalised words that no alias claimed, before it is classified. */
export interface NameRun {
  first: number;
  last: number;
  readonly titled: boolean;
  readonly afterArticle: boolean;
  /** The place or country the run opens with ("Ukraine" in "Ukraine War"), kept if no name forms. */
  readonly opening?: EntityMention;
}


export function resolveRuns(text: string, tokens: readonly Token[], runs: readonly NameRun[], knownPeople: ReadonlySet<string> | undefined): EntityMention[] {
  const people = new Set<string>();
  for (const known of knownPeople ?? []) {
    if (typeof known !== 'string') continue;
    const bare = known.startsWith('person:') ? known.slice('person:'.length) : known.trim().split(/\s+/).pop() ?? '';
    if (bare) people.add(`person:${personKey(fold(bare))}`);
  }
  const shaped = joinedOrganizations(tokens, runs.map((run) => trimRun(tokens, run)).filter((run): run is NameRun => run !== undefined));
  for (const run of shaped) {
    if (nameWordCount(tokens, run) >= 2 && classifyHead(tokens, run) === undefined) people.add(personId(tokens, run));
  }
  // Single words with their own evidence first, so that bare repetitions can lean on them.
  const mentions: EntityMention[] = [];
  const undecided: NameRun[] = [];
  for (const run of shaped) {
    const mention = classifyRun(text, tokens, run, people) ?? run.opening;
    if (mention === 'undecided' && run.opening) mentions.push(run.opening);
    else if (mention === 'undecided') undecided.push(run);
    else if (mention) mentions.push(mention);
    if (mention && mention !== 'undecided' && mention.kind === 'person') people.add(mention.id);
  }
  for (const run of undecided) {
    if (people.has(personId(tokens, run))) mentions.push(personMention(text, tokens, run));
  }
  return mentions;
}

/**
 * "Yardale Fire and Rescue Service", "the Lanthorn Health and Safety Board": a name run, "and", then a
 * run headed by an institution word are one organisation's name. Read apart, the first run
 * became a person ("Yardale Fire", surnamed Fire), and two fire services of two towns one person.
 * The first run must end on a common noun ("Fire", "Health"): "Marta Ely and Lanthorn Books" are a
 * person and a publisher. A run that opens on a known alias ("Paris Hilton") stays as it is.
 */
function joinedOrganizations(tokens: readonly Token[], runs: NameRun[]): NameRun[] {
  const joined: NameRun[] = [];
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k];
    const next = runs[k + 1];
    const and = tokens[run.last + 1];
    if (next && and?.key === 'and' && !and.capitalised && next.first === run.last + 2 && tokens[next.first].joined && and.joined && !tokens[run.last].possessive
      && !run.opening && !run.titled && classifyHead(tokens, next) === 'organization' && classifyHead(tokens, run) === undefined && nameWordCount(tokens, next) >= 2
      && isLemma(tokens[run.last].key, 'noun')) {
      joined.push({ ...run, last: next.last });
      k++;
    } else joined.push(run);
  }
  return joined;
}

/** Drops generational suffixes and a sentence-opening adverb ("Currently Rutte ..."). */
function trimRun(tokens: readonly Token[], run: NameRun): NameRun | undefined {
  const shaped = { ...run };
  while (shaped.last > shaped.first && NAME_SUFFIXES.has(tokens[shaped.last].key)) shaped.last--;
  const opener = tokens[shaped.first].key;
  if (!run.opening && tokens[shaped.first].sentenceStart && shaped.last > shaped.first && opener.length >= 5 && opener.endsWith('ly') && !LY_NAMES.has(opener)) shaped.first++;
  return NAME_SUFFIXES.has(tokens[shaped.last].key) ? undefined : shaped;
}

function nameWordCount(tokens: readonly Token[], run: NameRun): number {
  let count = 0;
  for (let i = run.first; i <= run.last; i++) if (tokens[i].capitalised && !tokens[i].initial) count++;
  return count;
}

function classifyHead(tokens: readonly Token[], run: NameRun): EntityKind | 'other' | undefined {
  const head = tokens[run.last].key;
  if (PLACE_PREFIXES.has(tokens[run.first].key) && run.last > run.first) return 'place';
  if (ORGANIZATION_HEADS.has(head)) return 'organization';
  if (PLACE_HEADS.has(head)) return 'place';
  if (NOT_PERSON_HEADS.has(head)) return 'other';
  return undefined;
}

/**
 * Classifies a run; a single word that may still be a person if the same surname is confirmed
 * elsewhere in the text comes back as 'undecided'.
 */
function classifyRun(text: string, tokens: readonly Token[], run: NameRun, people: ReadonlySet<string>): EntityMention | 'undecided' | undefined {
  const count = nameWordCount(tokens, run);
  const head = classifyHead(tokens, run);
  if (head !== undefined) {
    if (count < 2 || head === 'other') return undefined;
    const span = { start: tokens[run.first].start, end: tokens[run.last].end };
    const slug = tokens.slice(run.first, run.last + 1).map((token) => token.key.replace(/[^a-z0-9]/g, '')).filter(Boolean).join('-');
    return { span, text: text.slice(span.start, span.end), id: `${head === 'organization' ? 'org' : 'place'}:${slug}`, kind: head };
  }
  if (count === 0 || count > 4) return undefined;
  if (count >= 2 || run.titled) return personMention(text, tokens, run);
  if (tokens[run.last].key.length < 2) return undefined;
  if (people.has(personId(tokens, run))) return personMention(text, tokens, run);
  // "Prosecutors said", "Officials told": a plural of a common noun speaks for a group, not a person.
  if (pluralOfNoun(tokens[run.last].key)) return undefined;
  if (!run.afterArticle && reportedSpeech(tokens, run)) return personMention(text, tokens, run);
  return 'undecided';
}

/** "prosecutors", "officials": not a word of WordNet itself, but the plural of a noun that is. */
function pluralOfNoun(key: string): boolean {
  return key.endsWith('s') && !isLemma(key, 'noun') && lemmaCandidates(key, 'noun').some((lemma) => lemma !== key);
}

/** "Rutte said", "said Rutte", "according to Rutte": the word is someone who speaks. */
function reportedSpeech(tokens: readonly Token[], run: NameRun): boolean {
  const before = tokens[run.first].sentenceStart ? undefined : tokens[run.first - 1];
  const after = tokens[run.last + 1];
  // "Doctors in Gaza said": after a preposition the word is a place or a thing, not the speaker.
  const governed = before !== undefined && (LOCATIVE_WORDS.has(before.key) || PREPOSITIONS.has(before.key));
  if (!governed && after !== undefined && !after.sentenceStart && !tokens[run.last].possessive && SPEECH_VERBS.has(after.key)) return true;
  // Inverted attribution ("..., said Rutte.") ends the clause; "said Gaza represented" does not.
  if (before === undefined || (after !== undefined && after.joined)) return false;
  return SPEECH_VERBS.has(before.key) || (before.key === 'to' && tokens[run.first - 2]?.key === 'according');
}

function personId(tokens: readonly Token[], run: NameRun): string {
  return `person:${personKey(tokens[run.last].key)}`;
}

function personMention(text: string, tokens: readonly Token[], run: NameRun): EntityMention {
  const span = { start: tokens[run.first].start, end: tokens[run.last].end };
  return { span, text: text.slice(span.start, span.end), id: personId(tokens, run), kind: 'person' };
}

/**
 * Folds transliteration variants of Slavic surname endings together (Zelenskyy, Zelenskiy and
 * Zelensky), the commonest way one person's id would otherwise split in English news.
 */
function personKey(key: string): string {
  return key.length > 4 ? key.replace(/(?:yy|iy|ii)$/, 'y') : key;
}
