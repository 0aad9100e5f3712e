// The "re-check after one edit" benchmark needs one article changed in a small way: one number in one
// sentence. The sentence is taken from the answer key when there is one (a fact with a number), so
// the edit lands in prose, never in boilerplate; without a key, any sentence with a number will do.
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { Rng } from './prng.mjs';
import { numberWords } from './words.mjs';

// Numbers written in words, 2..99; the longest first so that "thirty-seven" wins over "seven".
const WORD_VALUES = new Map(Array.from({ length: 98 }, (_, i) => [numberWords(i + 2), i + 2]));
const NUMBER = /\b\d[\d,]*(?:\.\d+)?\b/g;
const WORD_NUMBER = new RegExp(`\\b(${[...WORD_VALUES.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/** Sentences of `file` that the key lists as facts, and its other prose, streamed from answers.json. */
async function keyedSentences(corpus, file) {
  const answers = path.join(corpus, 'answers.json');
  if (!existsSync(answers)) return [[], []];
  const needle = `"file":${JSON.stringify(file)}`;
  const found = [];
  const fillers = [];
  const lines = createInterface({ input: createReadStream(answers, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.includes(needle)) continue;
    const item = JSON.parse(line.replace(/,$/, ''));
    if (['supported', 'conflict', 'compatible'].includes(item.kind)) found.push(item.sentence);
    else if (item.kind === 'unsupported') fillers.push(item.sentence);
  }
  // Facts first: changing a figure that other articles also state is what a re-check must catch.
  return [found, fillers];
}

/** A number that differs from `token` in the same spelling (digits with their commas, or words). */
function changeToken(r, token) {
  if (/^\d/.test(token)) {
    const plain = Number(token.replace(/,/g, ''));
    const decimals = (token.split('.')[1] ?? '').length;
    let next = plain;
    while (next === plain) next = Number((plain * r.pick([0.5, 0.6, 1.5, 2, 3]) + (decimals ? 0 : r.int(1, 3))).toFixed(decimals));
    const text = next.toFixed(decimals);
    return token.includes(',') ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : text;
  }
  const n = WORD_VALUES.get(token.toLowerCase());
  const choices = [Math.round(n * 0.5), Math.round(n * 1.5), n * 2, n + 3].filter((x) => x >= 2 && x <= 99 && x !== n);
  const word = numberWords(r.pick(choices));
  return token[0] === token[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

const MONTH = /(January|February|March|April|May|June|July|August|September|October|November|December)/;
const BEFORE_MONTH = new RegExp(`${MONTH.source}\\s$`);
const AFTER_MONTH = new RegExp(`^\\s${MONTH.source}`);

/**
 * The numbers of a sentence an edit may change: counts, amounts and number words, but not years
 * or the day of a date (changing "March 12" to "March 36" would make a date that does not exist).
 */
function editable(sentence) {
  const digits = [...sentence.matchAll(NUMBER)].filter((m) => !/^(19|20)\d\d$/.test(m[0]) &&
    !BEFORE_MONTH.test(sentence.slice(0, m.index)) && !AFTER_MONTH.test(sentence.slice(m.index + m[0].length)));
  return digits.length ? digits : [...sentence.matchAll(WORD_NUMBER)];
}

/** Rewrites one number of one sentence of `article` in place; returns what changed. */
export async function editArticle(corpus, article, seed) {
  const full = path.isAbsolute(article) ? article : path.join(corpus, article);
  const file = path.relative(corpus, full).split(path.sep).join('/');
  const text = readFileSync(full, 'utf8');
  const r = Rng.for(seed, 'edit', file);
  const usable = (list) => list.filter((s) => text.includes(s) && editable(s).length);
  const [facts, prose] = await keyedSentences(corpus, file);
  let candidates = usable(facts);
  if (!candidates.length) candidates = usable(prose);
  if (!candidates.length) {
    candidates = text.split(/\r?\n/).flatMap((l) => l.split(/(?<=[.!?])\s+/)).filter((s) => /[.!?]$/.test(s) && s.split(' ').length > 5 && editable(s).length);
  }
  if (!candidates.length) throw new Error(`no sentence with a number in ${file}`);
  const before = r.pick(candidates);
  const match = r.pick(editable(before));
  const to = changeToken(r, match[0]);
  const after = before.slice(0, match.index) + to + before.slice(match.index + match[0].length);
  writeFileSync(full, text.replace(before, after));
  return { file, before, after, from: match[0], to };
}
