/**
 * Tokens, parts of speech, lemmas and negation from wink-nlp's English model, with UTF-16 offsets
 * into the caller's text. The model loads once, lazily, on the first sentence analysed.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { intern } from '../text/intern';
import { isLemma, lemmaCandidates } from '../lexicon/wordnet';

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  /** Universal POS tag (NOUN, PROPN, VERB, AUX, ADJ, ADV, NUM, PART, ...). */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /** wink's negation flag: the token is in the scope of a negation ("did not *back*"). */
  readonly negated: boolean;
  readonly stop: boolean;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/**
 * Only the annotations the tokens read: sentence ends (which bound negation), negation and parts
 * of speech (with lemmas). Named entities and sentiment, which the default pipe also runs, are
 * read nowhere here and took a sixth of `readDoc`; tokens come out the same without them.
 */
const PIPE = ['sbd', 'negation', 'pos'];

function engine(): Nlp {
  nlp ??= winkNLP(model, PIPE);
  return nlp;
}

const VERB_AFTER = new Set(['ADP', 'DET', 'NUM', 'PROPN', 'ADV', 'PRON', 'NOUN', 'ADJ']);

/**
 * The model sometimes reads a verb right after its subject as a noun or an adjective ("The Dalai
 * Lama lives in India": lives/NOUN; "Monica Seles retired before 2008": retired/ADJ; "The fraud
 * cost Kelm Textiles 4 million pounds": cost/NOUN), which leaves the sentence without a verb. In a
 * sentence with none, the first such word after a name or a noun, and before what may follow a
 * verb, is read as the verb WordNet knows it to be: a third-person or past form, an irregular past
 * ("shot"), or else a base form after a plural subject or before an object (a past like "cost").
 */
function repairMissingVerb(tokens: Token[]): void {
  if (tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return;
  // An inflected form anywhere tells a verb more surely than a base form before it ("The review
  // site Tallyboard lists a 58% approval": "lists", not "site").
  const inflected = (token: Token) => verbBase(token.lower) ?? irregularVerbBase(token.lower);
  const base = (token: Token, i: number) => (isLemma(token.lower, 'verb') && (pluralNoun(tokens[i - 1].lower) || OBJECT_START_TAGS.has(tokens[i + 1].pos)) ? token.lower : undefined);
  for (const read of [inflected, base]) {
    for (let i = 1; i + 1 < tokens.length; i++) {
      const token = tokens[i];
      if ((token.pos !== 'NOUN' && token.pos !== 'ADJ') || !SUBJECT_TAGS.has(tokens[i - 1].pos) || !VERB_AFTER.has(tokens[i + 1].pos)) continue;
      const lemma = read(token, i);
      if (!lemma) continue;
      tokens[i] = { ...token, pos: 'VERB', lemma: intern(lemma) };
      return;
    }
  }
}

const SUBJECT_TAGS = new Set(['PROPN', 'NOUN']);

/**
 * A plural of a noun WordNet knows ("officials", "insurers"): after one, a verb stands in its
 * base form, which the model also reads as a noun ("Insurers estimate the damage at ...":
 * estimate/NOUN).
 */
function pluralNoun(word: string): boolean {
  return /[^s]s$/.test(word) && (isLemma(word.slice(0, -1), 'noun') || (word.endsWith('ies') && isLemma(`${word.slice(0, -3)}y`, 'noun')));
}

/**
 * The base of an irregular past form WordNet lists ("shot" shoot, "stunk" stink), if the word is
 * one. A form in "-ing" is left alone: before a noun it is the noun's ("Global warming increases
 * food security"), and the verb is further on.
 */
function irregularVerbBase(word: string): string | undefined {
  if (/(?:ing|ed|s)$/.test(word)) return undefined;
  return lemmaCandidates(word, 'verb').find((base) => base !== word);
}

/**
 * The model also reads a verb's base form after "do", a modal or "to" as an adjective ("The
 * Rovers do not own the properties": own/ADJ), which leaves the denial without its verb. Such a
 * word, when WordNet knows it as a verb and a noun phrase follows, is read as the verb.
 */
function repairVerbAfterAuxiliary(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i];
    if (token.pos !== 'ADJ' || !OBJECT_START_TAGS.has(tokens[i + 1].pos)) continue;
    const before = tokens[i - 1].lower === 'not' || tokens[i - 1].lower === "n't" || tokens[i - 1].lower === 'n’t' ? tokens[i - 2] : tokens[i - 1];
    if (before === undefined || !BASE_FORM_BEFORE.has(before.lower) || !isLemma(token.lower, 'verb')) continue;
    tokens[i] = { ...token, pos: 'VERB', lemma: token.lower };
  }
}
/**
 * A word in "-s" right after "have" is no verb, which would stand there as a participle: "they
 * don't have suspects" has a plural noun the model reads as "suspect" the verb. Read as the noun
 * when WordNet knows it as one.
 */
function repairNounAfterHave(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.pos !== 'VERB' || !HAVE_FORMS.has(tokens[i - 1].lower) || !/[^s]s$/.test(token.lower) || token.lemma === token.lower || !isLemma(token.lemma, 'noun')) continue;
    tokens[i] = { ...token, pos: 'NOUN' };
  }
}
const HAVE_FORMS = new Set(['have', 'has', 'had', 'having']);

/**
 * The word at `i`, tagged a verb, modifies the noun after it and names a kind of thing, not a
 * deed: a participle between a determiner, an adjective or a compound's hyphen (or a name, for a
 * form in "-ing") and a noun or an adjective ("the Pellendale walking group", "a developing young
 * center", "a video - sharing website"), or, with `afterPreposition`, between a preposition and a
 * noun ("on charges of attempted murder"; a denial reads "of competing with" and "without another
 * running back" as the deed's); or an uninflected verb form between such a word and a noun that a
 * verb follows ("the Wenendale scout troop stayed open"). The tagger reads them as verbs, but the phrase goes on.
 */
export function modifiesNoun(tokens: readonly Token[], i: number, afterPreposition = false): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before === undefined || after === undefined) return false;
  if (PARTICIPLE_FORM.test(tokens[i].lower)) {
    if (afterPreposition && before.pos === 'ADP') return after.pos === 'NOUN';
    // After a name, a past form is the name's verb ("Okafor admitted defeat"), a form in "-ing"
    // a kind ("the Pellendale walking group").
    const opens = MODIFIER_BEFORE.has(before.pos) || before.lower === '-';
    return opens && (before.pos !== 'PROPN' || tokens[i].lower.endsWith('ing')) && (after.pos === 'NOUN' || after.pos === 'ADJ');
  }
  const next = tokens[i + 2]?.pos;
  return tokens[i].pos === 'VERB' && MODIFIER_BEFORE.has(before.pos) && after.pos === 'NOUN' && tokens[i].lemma === tokens[i].lower && (next === 'VERB' || next === 'AUX');
}
const PARTICIPLE_FORM = /(?:ing|ed)$/;
const MODIFIER_BEFORE = new Set(['DET', 'PROPN', 'ADJ']);

/** Words after which a verb stands in its base form: "do" support, the modals, the infinitive's "to". */
const BASE_FORM_BEFORE = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'to', 'wo', 'ca']);
const OBJECT_START_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** The verb a third-person or past form comes from ("lives" live, "starred" star, "married" marry), if WordNet has it. */
function verbBase(word: string): string | undefined {
  const forms: string[] = [];
  if (/[^s]s$/.test(word)) forms.push(word.slice(0, -1), word.replace(/ies$/, 'y'), word.replace(/es$/, ''));
  if (/ed$/.test(word)) forms.push(word.slice(0, -1), word.slice(0, -2), word.replace(/ied$/, 'y'), word.replace(/([b-df-hj-np-tv-z])\1ed$/, '$1'));
  return forms.find((form) => form.length > 2 && form !== word && isLemma(form, 'verb'));
}

/** `form` interned, or `known` (interned already) when `form` reads the same as `like`. */
function sameOr(form: string, like: string, known: string): string {
  return form === like ? known : intern(form);
}

/**
 * A word's lower-case form composed (NFC): "L'Oréal" typed with "é" and pasted with "e" and a
 * combining accent is one word, and one key. The text itself is left as written, so that
 * offsets stay those of the file.
 */
function composedLower(value: string): string {
  const lower = value.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFC') : lower;
}
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Tokenised copy writes an apostrophe apart ("didn ’ t", "the company ’ s chief"), which the
 * tagger reads as the nouns "t" and "s": the apostrophe is closed up and the two spaces moved
 * after the word, so that the text keeps its length and every later offset its place.
 */
function closeSpacedApostrophes(piece: string): string {
  if (!piece.includes(' \u2019 ') && !piece.includes(" ' ")) return piece;
  return piece.replace(SPACED_APOSTROPHE, (_, letter: string, mark: string, rest: string) => `${letter}${mark}${rest}  `);
}
const SPACED_APOSTROPHE = /(\p{L}) (['\u2019]) (s|t|re|ve|ll|d|m)\b/gu;

/** Tokenises `text.slice(start, end)`; offsets are into `text`. Never throws. */
export function tokenize(text: string, start: number, end: number): Token[] {
  try {
    const piece = closeSpacedApostrophes(text.slice(start, end));
    const wink = engine();
    const its = wink.its;
    const doc = wink.readDoc(piece);
    const tokens = doc.tokens();
    const values = tokens.out(its.value) as string[];
    const spaces = tokens.out(its.precedingSpaces) as string[];
    const pos = tokens.out(its.pos) as string[];
    const lemmas = tokens.out(its.lemma as never) as unknown as string[];
    const negation = tokens.out(its.negationFlag) as unknown as boolean[];
    const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
    const result: Token[] = [];
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      at += spaces[i].length;
      // wink keeps the text losslessly; if a token is not where expected, search for it.
      let tokenStart = at;
      if (!piece.startsWith(values[i], at)) {
        const found = piece.indexOf(values[i], at);
        if (found < 0) continue;
        tokenStart = found;
      }
      const value = values[i];
      // wink adds words it has not seen to its lexicon, after which "Reid's" may come back whole
      // where it was split before: splitting possessives here keeps tokens the same whatever the
      // process has read.
      const possessive = value.length > 3 && (value.endsWith('s') || value.endsWith('S')) ? /^(.+?)(['’]s)$/i.exec(value) : null;
      if (possessive) {
        const base = possessive[1];
        const baseStart = start + tokenStart;
        const baseLower = intern(composedLower(base));
        result.push({ text: intern(base), lower: baseLower, lemma: baseLower, pos: pos[i] === 'PART' ? 'PROPN' : pos[i] ?? 'X', start: baseStart, end: baseStart + base.length, negated: negation[i] === true, stop: false });
        result.push({ text: intern(possessive[2]), lower: intern(possessive[2].toLowerCase()), lemma: "'s", pos: 'PART', start: baseStart + base.length, end: baseStart + value.length, negated: false, stop: true });
        at = tokenStart + value.length;
        continue;
      }
      // Every string of a token is the process's one copy of it (see intern.ts): tokens are the
      // bulk of an indexed corpus. Most words are their own lowercase and lemma: one lookup then.
      const text = intern(value);
      const lower = sameOr(composedLower(value), value, text);
      const lemma = sameOr(composedLower(lemmas[i] ?? value), lower, lower);
      result.push({
        text,
        lower,
        lemma,
        pos: pos[i] ?? 'X',
        start: start + tokenStart,
        end: start + tokenStart + value.length,
        negated: negation[i] === true,
        stop: stops[i] === true,
      });
      at = tokenStart + value.length;
    }
    repairMissingVerb(result);
    repairVerbAfterAuxiliary(result);
    repairNounAfterHave(result);
    // Pushing leaves up to half the array's room unused; the tokens are kept as long as the article.
    return result.slice();
  } catch {
    return [];
  }
}

