/**
 * The check cache: a warm run reuses analyses and verdicts and reports exactly what a cold run
 * reports; an edit re-analyses only the edited article and re-judges only what its change can
 * reach; a damaged or foreign cache is ignored.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCheck } from '../../server/src/cli/checkRun';
import { CheckCache, canonicalJson } from '../../server/src/cli/cache';
import { cacheFilePath } from '../../server/src/cli/cacheIdentity';
import { readAnalysisEntry, storedAnalysis } from '../../server/src/cli/cacheEntries';
import { deserialize, serialize } from 'node:v8';
import { formatJson } from '../../server/src/cli/formats/json';
import { ArticleRefs, type ContentKeys, JudgeRecorder, replayReads } from '../../server/src/cli/judgeRecorder';
import { DEFAULT_CONFIG, type CorroborateConfig } from '../../server/src/core/config';
import { Corpus } from '../../server/src/core/corpus';
import { judgeArticle } from '../../server/src/core/judgment/judge';
import { termsOf } from '../../server/src/core/judgment/termColumns';
import { tokensOf } from '../../server/src/core/judgment/tokenColumns';
import type { ClaimStore } from '../../server/src/core/judgment/store';
import { cli } from '../helpers/cli';
import { EXAMPLES, NATO } from '../helpers/paths';
import { scratchFolder } from '../helpers/scratch';

const TODAY = '2026-11-25';

/** A writable copy of the seed corpus and the harbour-bridge example, as two folders. */
function copyCorpus(): string {
  const dir = scratchFolder('cache');
  for (const [from, to] of [[NATO, 'nato'], [path.join(EXAMPLES, 'harbour-bridge'), 'harbour']] as const) {
    mkdirSync(path.join(dir, 'corpus', to), { recursive: true });
    for (const name of readdirSync(from).filter((n) => n.endsWith('.txt'))) copyFileSync(path.join(from, name), path.join(dir, 'corpus', to, name));
  }
  return dir;
}

async function check(dir: string, cache?: CheckCache, config: CorroborateConfig = DEFAULT_CONFIG): Promise<string> {
  const result = await runCheck({
    inputs: ['corpus'], against: [], scope: 'corpus', config, cwd: dir, today: TODAY,
    loader: cache, judgeFor: cache && ((corpus) => cache.judgeFor(corpus)),
  });
  cache?.save();
  return formatJson(result);
}

function openCache(dir: string, warnings: string[] = [], config: CorroborateConfig = DEFAULT_CONFIG): CheckCache {
  return new CheckCache({ config, version: '0.0.0-test', today: TODAY, cacheFile: path.join(dir, 'check.cache'), warn: (m) => warnings.push(m) });
}

/** Replaces the first occurrence of `from` in a file of the copy (the edit must change the file). */
function edit(dir: string, relative: string, from: string | RegExp, to: string): void {
  const file = path.join(dir, 'corpus', relative);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(from, to);
  assert.notEqual(edited, text, `the edit applies to ${relative}`);
  writeFileSync(file, edited);
}

describe('--cache', () => {
  test('a warm run reuses every analysis and verdict and reports exactly what a cold run does', async () => {
    const dir = copyCorpus();
    const cold = await check(dir);
    const first = openCache(dir);
    assert.equal(await check(dir, first), cold);
    assert.deepEqual(first.stats, { analysesReused: 0, analysesComputed: 9, verdictsReused: 0, verdictsReplayed: 0, verdictsComputed: 9, claimsJudged: 127, queriesAsked: 0, reportsReused: 0 });
    const warm = openCache(dir);
    assert.equal(await check(dir, warm), cold);
    assert.deepEqual(warm.stats, { analysesReused: 9, analysesComputed: 0, verdictsReused: 9, verdictsReplayed: 0, verdictsComputed: 0, claimsJudged: 0, queriesAsked: 0, reportsReused: 0 });
    const { mtimeMs } = statSync(path.join(dir, 'check.cache'));
    const again = openCache(dir);
    await check(dir, again);
    assert.equal(statSync(path.join(dir, 'check.cache')).mtimeMs, mtimeMs, 'nothing changed: the cache is not rewritten');
  });

  test('an undated article is parsed against the dates of the corpus at once, and reused by a warm run', async () => {
    const dir = scratchFolder('cache');
    mkdirSync(path.join(dir, 'corpus'));
    for (const day of ['10', '11', '12']) writeFileSync(path.join(dir, 'corpus', `dated-${day}.txt`), ` date 2019-03-${day}\nThe Lanthorn ferry pier was closed for repairs on March 3.\n`);
    // With only today to go by, "March 14" would land in 2026; the corpus's dates put it in 2019.
    writeFileSync(path.join(dir, 'corpus', 'undated.txt'), 'The Lanthorn ferry pier reopened on March 14 after repairs that began on March 3.\n');
    const cold = await check(dir);
    assert.match(cold, /2019-03-14/);
    const first = openCache(dir);
    assert.equal(await check(dir, first), cold);
    const warm = openCache(dir);
    assert.equal(await check(dir, warm), cold);
    assert.deepEqual([warm.stats.analysesReused, warm.stats.analysesComputed, warm.stats.verdictsReused], [4, 0, 4]);
  });

  test('after an edited figure, only that article is analysed again, and unrelated verdicts are proven by replay', async () => {
    const dir = copyCorpus();
    await check(dir, openCache(dir));
    // Another figure of the same length: one sentence changes, and nothing else moves.
    edit(dir, 'harbour/03-evening-star.txt', /injured 41 people/, 'injured 42 people');
    const cache = openCache(dir);
    assert.equal(await check(dir, cache), await check(dir));
    assert.equal(cache.stats.analysesComputed, 1);
    assert.equal(cache.stats.analysesReused, 8);
    assert.ok(cache.stats.verdictsComputed >= 1, 'the edited article is judged again');
    assert.ok(cache.stats.verdictsReplayed >= 1, `some verdicts are proven current (${JSON.stringify(cache.stats)})`);
    assert.equal(cache.stats.verdictsComputed + cache.stats.verdictsReplayed, 9);
    // A figure is not a retrieval key: no claim's candidates need asking again. Only the claims
    // that read the edited sentence (and its own) are judged again, not whole articles.
    assert.equal(cache.stats.queriesAsked, 0);
    const report = JSON.parse(await check(dir)) as { articles: Array<{ path: string; claims: unknown[] }> };
    const harbourClaims = report.articles.filter((a) => a.path.includes('harbour')).reduce((n, a) => n + a.claims.length, 0);
    assert.ok(cache.stats.claimsJudged >= 1 && cache.stats.claimsJudged < harbourClaims / 2, `${cache.stats.claimsJudged} claims judged again, of ${harbourClaims} in the story`);
  });

  test('through a series of edits (a figure, a new sentence, a deleted article, a new one), each warm report is a cold one', async () => {
    const dir = copyCorpus();
    await check(dir, openCache(dir));
    // Removing or adding a whole article moves the corpus size that idf reads, and with it every
    // verdict: those edits must come out exact, not necessarily cheap.
    const edits: Array<{ apply: () => void; replays: boolean }> = [
      { apply: () => edit(dir, 'harbour/03-evening-star.txt', /injured 41 people/, 'injured 39 people'), replays: true },
      {
        apply: () => {
          const file = path.join(dir, 'corpus', 'nato', readdirSync(path.join(dir, 'corpus', 'nato')).sort()[0]);
          writeFileSync(file, readFileSync(file, 'utf8') + '\nRutte was backed by all 32 member states of the alliance.\n');
        },
        replays: true,
      },
      { apply: () => unlinkSync(path.join(dir, 'corpus', 'harbour', '01-daily-courier.txt')), replays: false },
      { apply: () => writeFileSync(path.join(dir, 'corpus', 'harbour', '00-new.txt'), ' date 2024-05-02\nThe ferry pier reopened on Thursday after the repairs, the harbour council said.\n'), replays: false },
    ];
    for (const [n, { apply, replays }] of edits.entries()) {
      apply();
      const cache = openCache(dir);
      assert.equal(await check(dir, cache), await check(dir), `edit ${n + 1}`);
      if (replays) assert.ok(cache.stats.verdictsReplayed > 0, `edit ${n + 1}: some verdicts proven by replay (${JSON.stringify(cache.stats)})`);
    }
  });

  test('after an added sentence, the report is still exactly that of a cold run', async () => {
    const dir = copyCorpus();
    await check(dir, openCache(dir));
    const file = path.join(dir, 'corpus', 'harbour', '01-daily-courier.txt');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nThe ferry operator said the timetable would not change before the spring.\n');
    const cache = openCache(dir);
    assert.equal(await check(dir, cache), await check(dir));
    assert.equal(cache.stats.analysesComputed, 1);
    // Only the claims that share a key with the new sentence have their candidates asked again.
    const claims = (JSON.parse(await check(dir)) as { articles: Array<{ claims: unknown[] }> }).articles.reduce((n, a) => n + a.claims.length, 0);
    assert.ok(cache.stats.queriesAsked > 0 && cache.stats.queriesAsked < claims / 2, `${cache.stats.queriesAsked} queries asked again, of ${claims} claims`);
    // Once more, warm: the new state is reused as it is.
    const again = openCache(dir);
    await check(dir, again);
    assert.equal(again.stats.verdictsReused, 9);
  });

  test('a verdict that read a source\'s whole article (the towns it names) is judged again when another sentence of it changes', async () => {
    const dir = scratchFolder('cache');
    mkdirSync(path.join(dir, 'corpus'), { recursive: true });
    const write = (name: string, body: string) => writeFileSync(path.join(dir, 'corpus', name), ` date 2024-03-12 ${body}`);
    write('a.txt', 'Roads in Avenhall were closed on Monday after the storm. Parents at Marfield Primary School spent the afternoon helping neighbours.');
    write('b.txt', 'Roads in Kelm were closed on Monday after the storm. Parents at Marfield Primary School in Kelm spent the afternoon helping neighbours.');
    const verdictOfSchool = (report: string) => (JSON.parse(report) as { articles: Array<{ path: string; claims: Array<{ text: string; verdict: string }> }> })
      .articles.find((a) => a.path.endsWith('a.txt'))!.claims.find((c) => c.text.startsWith('Parents'))!.verdict;
    assert.equal(verdictOfSchool(await check(dir, openCache(dir))), 'unsupported');
    // The sentence the claim is compared with stays as it was: only its article now names Avenhall.
    write('b.txt', 'Roads in Kelm were closed on Monday after the storm. Parents at Marfield Primary School in Kelm spent the afternoon helping neighbours. Volunteers came from as far as Avenhall.');
    const warm = await check(dir, openCache(dir));
    assert.equal(warm, await check(dir));
    assert.equal(verdictOfSchool(warm), 'supported');
  });

  test('a damaged cache file (or entry) is ignored with a note, and rewritten whole', async () => {
    const dir = copyCorpus();
    const cold = await check(dir);
    await check(dir, openCache(dir));
    const file = path.join(dir, 'check.cache');
    const bytes = readFileSync(file);
    for (const damage of [
      (b: Buffer) => b.subarray(0, Math.floor(b.length / 2)),
      (b: Buffer) => { const c = Buffer.from(b); c[Math.floor(c.length / 3)] ^= 0xff; return c; },
      () => Buffer.from('not a cache at all'),
    ]) {
      writeFileSync(file, damage(bytes));
      const warnings: string[] = [];
      const cache = openCache(dir, warnings);
      assert.equal(await check(dir, cache), cold);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /is (?:not a corroborate cache file|damaged).*(?:checking without it|computed again)/);
      const healed = openCache(dir);
      await check(dir, healed);
      assert.equal(healed.stats.verdictsReused, 9, 'the rewritten cache is whole again');
    }
  });

  test('a cache made under other settings is not used', async () => {
    const dir = copyCorpus();
    await check(dir, openCache(dir));
    const stricter: CorroborateConfig = { ...DEFAULT_CONFIG, judgment: { ...DEFAULT_CONFIG.judgment, numberTolerance: 0.01 } };
    const cache = openCache(dir, [], stricter);
    assert.equal(await check(dir, cache, stricter), await check(dir, undefined, stricter));
    assert.equal(cache.stats.analysesReused, 0);
    // The failure threshold does not change what is analysed: the cache stays valid.
    const other = openCache(dir, [], { ...stricter, failOn: 'warning' });
    await check(dir, other, { ...stricter, failOn: 'warning' });
    assert.equal(other.stats.analysesReused, 9);
  });

  test('through the command line: --cache-location <folder/> gives the same output and writes one file there', async () => {
    const dir = copyCorpus();
    const plain = await cli(['check', 'corpus', '--format', 'json'], { cwd: dir });
    for (let run = 0; run < 2; run++) {
      const cached = await cli(['check', 'corpus', '--format', 'json', '--cache', '--cache-location', 'ci-cache/'], { cwd: dir });
      assert.equal(cached.code, plain.code);
      assert.equal(cached.stdout, plain.stdout);
      assert.equal(cached.stderr, '');
    }
    assert.deepEqual(readdirSync(path.join(dir, 'ci-cache')).filter((n) => n.endsWith('.cache')).length, 1);
    const byDefault = await cli(['check', 'corpus', '--cache'], { cwd: dir });
    assert.equal(byDefault.code, plain.code);
    assert.ok(readdirSync(path.join(dir, '.corroborate-cache')).includes('.gitignore'));
  });

  test('a cache folder keeps one file per set of inputs; a file location is used as it is', () => {
    const a = cacheFilePath('cache/', '/work', ['/work/a']);
    assert.equal(path.dirname(a), path.resolve('/work', 'cache'));
    assert.notEqual(a, cacheFilePath('cache/', '/work', ['/work/b']));
    assert.equal(cacheFilePath('ci/check.bin', '/work', ['/work/a']), path.resolve('/work', 'ci/check.bin'));
  });
});

/** Content keys for the recorder: articles by `article`, sentences by their article and index (plus `salt`). */
function keysOf(article: (id: string) => string, salt = ''): ContentKeys {
  return { article, sentence: (s) => `${s.articleId}#${s.index}${salt}` };
}

describe('sentence keys', () => {
  test('canonical JSON tells apart what plain JSON merges, and nothing else', () => {
    const distinct = [{}, { a: undefined }, { a: null }, { a: Infinity }, { a: -0 }, { a: 0 }, { a: new Set([1]) }, { a: [1] }, { a: new Map([[1, 2]]) }, { a: '\u0000undefined' }];
    assert.equal(new Set(distinct.map(canonicalJson)).size, distinct.length);
    const made = { values: [{ n: 8 }], totals: new Set(['x']) };
    assert.equal(canonicalJson(made), canonicalJson(structuredClone(made)));
  });
});

describe('analysis entries', () => {
  test('are stored with their tokens as columns and read back equal, through the serialiser', () => {
    const corpus = new Corpus({ config: DEFAULT_CONFIG });
    corpus.setText('a', ' date 2024-03-01\nThe harbour council didn\'t approve Okafor\'s ferry pier on Monday. "It is not the time," she said.\n');
    const parsed = corpus.get('a')!.parsed;
    const entry = { today: TODAY, parsed, analysis: corpus.analysisOf('a')! };
    const stored = deserialize(serialize(storedAnalysis(entry)));
    const read = readAnalysisEntry(stored);
    assert.ok(read);
    assert.equal(canonicalJson(read.analysis), canonicalJson(entry.analysis));
    const withTokenObjects = { ...entry, analysis: { ...entry.analysis, sentences: entry.analysis.sentences.map((s) => ({ ...s, features: { ...s.features, tokens: tokensOf(s.features) } })) } };
    assert.ok(serialize(storedAnalysis(entry)).length < serialize(withTokenObjects).length * 0.8, 'token columns take less room than token objects');
    assert.equal(readAnalysisEntry(deserialize(serialize(entry))), undefined, 'an entry without the columns marker (older) is not read');
    // Read back, a term shares its lemma's WordNet arrays with the computed one (each article's
    // entry would otherwise hold copies of them), and a sentence without totals the empty set.
    const computedTerms = entry.analysis.sentences.flatMap((s) => termsOf(s.features));
    const readTerms = read.analysis.sentences.flatMap((s) => termsOf(s.features));
    const ferry = readTerms.findIndex((t) => t.lemma === 'ferry');
    assert.ok(ferry >= 0 && readTerms[ferry].senses.length > 0);
    assert.equal(readTerms[ferry].senses, computedTerms[ferry].senses);
    assert.equal(read.analysis.sentences[0].features.totals, entry.analysis.sentences[0].features.totals);
  });
});

describe('the judge recorder', () => {
  test('records candidate queries and idf, replays them, and refuses reads it cannot replay', () => {
    const corpus = new Corpus({ config: DEFAULT_CONFIG });
    corpus.setText('a', ' date 2024-03-01\nThe harbour council approved the new ferry pier on Monday.\n');
    corpus.setText('b', ' date 2024-03-02\nThe harbour council approved the new ferry pier on Tuesday.\n');
    let reads: ReturnType<JudgeRecorder['reads']> | undefined;
    let storeSeen: ClaimStore | undefined;
    corpus.report('a', (id, store, settings, dateOf) => {
      storeSeen = store;
      const recorder = new JudgeRecorder(store, dateOf, keysOf(() => 'same'));
      const judged = judgeArticle(id, recorder.store, settings, recorder.dateOf);
      assert.ok(recorder.replayable);
      reads = recorder.reads();
      assert.ok(reads.candidates.length >= 1 && reads.idf.length >= 1);
      assert.ok(reads.sentences.some(([ref]) => reads!.ids[ref] === 'b'), 'a sentence of the other article was read as a candidate source');
      return judged;
    });
    const dateOf = (id: string) => corpus.get(id)?.parsed.date;
    assert.ok(replayReads(reads!, storeSeen!, dateOf, keysOf(() => 'same')));
    // Article b changed, but not the sentences read from it: the verdicts stand.
    assert.ok(replayReads(reads!, storeSeen!, dateOf, keysOf((id) => (id === 'b' ? 'edited' : 'same'))));
    // Article b changed, and so did its sentences.
    assert.ok(!replayReads(reads!, storeSeen!, dateOf, keysOf((id) => (id === 'b' ? 'edited' : 'same'), 'other')));
    // The recorders of one article's claims share one table of article ids (stored once).
    const refs = new ArticleRefs();
    const [first, second] = [new JudgeRecorder(storeSeen!, dateOf, keysOf(() => 'same'), refs), new JudgeRecorder(storeSeen!, dateOf, keysOf(() => 'same'), refs)];
    first.store.candidates(storeSeen!.sentencesOf('a')[0], 5);
    second.store.candidates(storeSeen!.sentencesOf('b')[0], 5);
    assert.equal(first.reads().ids, second.reads().ids);
    assert.deepEqual([...first.reads().ids].sort(), ['a', 'b']);
    assert.ok(replayReads(first.reads(), storeSeen!, dateOf, keysOf(() => 'same')) && replayReads(second.reads(), storeSeen!, dateOf, keysOf(() => 'same')));
    const recorder = new JudgeRecorder(storeSeen!, dateOf, keysOf(() => ''));
    recorder.store.articleIds();
    assert.equal(recorder.replayable, false, 'a read outside the recorded ones disables caching');
  });
});
