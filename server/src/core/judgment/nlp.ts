/**
 * Tokens, parts of speech, lemmas and negation from wink-nlp's English model, with UTF-16 offsets
 * into the caller's text. The model loads once, lazily, on the first sentence analysed.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

function engine(): Nlp {
  nlp ??= winkNLP(model);
  return nlp;
}

/** Tokenises `text.slice(start, end)`; offsets are into `text`. Never throws. */
export function tokenize(text: string, start: number, end: number): Token[] {
  try {
    const piece = text.slice(start, end);
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
      if (piece.slice(at, at + values[i].length) !== values[i]) {
        const found = piece.indexOf(values[i], at);
        if (found < 0) continue;
        tokenStart = found;
      }
      const value = values[i];
      // wink adds words it has not seen to its lexicon, after which "Reid's" may come back whole
      // where it was split before: splitting possessives here keeps tokens the same whatever the
      // process has read.
      const possessive = /^(.+?)(['’]s)$/i.exec(value);
      if (possessive && value.length > 3) {
        const base = possessive[1];
        const baseStart = start + tokenStart;
        result.push({ text: base, lower: base.toLowerCase(), lemma: base.toLowerCase(), pos: pos[i] === 'PART' ? 'PROPN' : pos[i] ?? 'X', start: baseStart, end: baseStart + base.length, negated: negation[i] === true, stop: false });
        result.push({ text: possessive[2], lower: possessive[2].toLowerCase(), lemma: "'s", pos: 'PART', start: baseStart + base.length, end: baseStart + value.length, negated: false, stop: true });
        at = tokenStart + value.length;
        continue;
      }
      result.push({
        text: value,
        lower: value.toLowerCase(),
        lemma: (lemmas[i] ?? value).toLowerCase(),
        pos: pos[i] ?? 'X',
        start: start + tokenStart,
        end: start + tokenStart + value.length,
        negated: negation[i] === true,
        stop: stops[i] === true,
      });
      at = tokenStart + value.length;
    }
    return result;
  } catch {
    return [];
  }
}
