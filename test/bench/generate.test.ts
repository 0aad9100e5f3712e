import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

const GENERATE = path.join(REPO_ROOT, 'bench', 'generate.mjs');
const SCORE = path.join(REPO_ROOT, 'bench', 'score-planted.mjs');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function run(script: string, args: string[]): string {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

function generate(name: string, seed: string): string {
  const out = path.join(scratch, name);
  run(GENERATE, ['--articles', '20', '--out', out, '--seed', seed, '--quiet']);
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full).map((f) => `${name}/${f}`) : [name];
  }).sort();
}

interface Item {
  id: number; file: string; kind: string; sentence: string; occurrence?: number; side?: string; fact?: string;
  value?: unknown; otherValue?: unknown; with?: Array<string | { file: string; sentence: string }>; quote?: string;
  speaker?: string | null; alsoStatedIn?: string[]; boilerplateKind?: string;
}
interface Key {
  items: Item[];
  articles: Array<{ file: string; date: string; header: boolean; dateHint: string | null }>;
  summary: { articles: number; items: number; byKind: Record<string, number>; plantedConflicts: number };
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe('bench/generate.mjs on a 20-article corpus', () => {
  const first = generate('a', '7');
  const second = generate('b', '7');
  const other = generate('c', '8');
  const key = JSON.parse(readFileSync(path.join(first, 'answers.json'), 'utf8')) as Key;
  const read = (file: string) => readFileSync(path.join(first, file), 'utf8');

  test('the same seed gives byte-identical files; another seed does not', () => {
    const files = filesUnder(first);
    assert.deepEqual(filesUnder(second), files);
    assert.ok(files.length === 21, `20 articles and answers.json, got ${files.length}`);
    for (const f of files) assert.ok(readFileSync(path.join(first, f)).equals(readFileSync(path.join(second, f))), f);
    assert.notEqual(readFileSync(path.join(other, 'answers.json'), 'utf8'), readFileSync(path.join(first, 'answers.json'), 'utf8'));
  });

  test('articles are dated, grouped in story folders and about 500 words long', () => {
    assert.equal(key.articles.length, 20);
    assert.equal(key.summary.articles, 20);
    for (const a of key.articles) {
      assert.match(a.file, /^story-\d{4}\/\d{2}\.(txt|article)$/);
      const text = read(a.file);
      const words = text.split(/\s+/).filter(Boolean).length;
      assert.ok(words > 380 && words < 700, `${a.file}: ${words} words`);
      const firstLine = text.split(/\r?\n/).find((l) => l.trim()) ?? '';
      assert.equal(/^\s*date \d{4}-\d{2}-\d{2}/.test(firstLine), a.header, a.file);
      if (a.header) assert.ok(firstLine.includes(`date ${a.date}`), a.file);
    }
  });

  test('every key item is found in its file, as often as its occurrence says', () => {
    for (const item of key.items) {
      const text = read(item.file);
      assert.ok(occurrences(text, item.sentence) >= (item.occurrence ?? 1), `${item.file}: ${item.sentence}`);
      if (item.quote !== undefined) assert.ok(item.sentence.includes(item.quote), item.sentence);
    }
  });

  test('the summary counts the items', () => {
    const counted: Record<string, number> = {};
    for (const item of key.items) counted[item.kind] = (counted[item.kind] ?? 0) + 1;
    assert.deepEqual(counted, key.summary.byKind);
    assert.equal(key.summary.items, key.items.length);
    assert.deepEqual(key.items.map((i) => i.id), key.items.map((_, n) => n + 1));
  });

  test('conflicts are planted from both sides, with values that differ', () => {
    const changed = key.items.filter((i) => i.kind === 'conflict' && i.side === 'changed');
    assert.equal(changed.length, key.summary.plantedConflicts);
    assert.ok(changed.length >= 1);
    for (const c of changed) {
      assert.notDeepEqual(c.value, c.otherValue);
      const story = c.file.split('/')[0];
      assert.ok((c.with ?? []).length >= 2, 'a changed value stands against at least two articles');
      for (const w of c.with as Array<{ file: string; sentence: string }>) {
        assert.ok(read(`${story}/${w.file}`).includes(w.sentence));
        const back = key.items.find((i) => i.file === `${story}/${w.file}` && i.sentence === w.sentence);
        assert.equal(back?.kind, 'conflict');
        assert.equal(back?.side, 'original');
        assert.deepEqual(back?.value, c.otherValue);
      }
    }
  });

  test('a supported fact is stated by the files it names, and a filler by none', () => {
    const supported = key.items.filter((i) => i.kind === 'supported');
    assert.ok(supported.length > 10);
    for (const s of supported) {
      const story = s.file.split('/')[0];
      for (const f of s.with as string[]) {
        assert.ok(key.items.some((i) => i.file === `${story}/${f}` && i.fact === s.fact), `${f} states ${s.fact}`);
      }
    }
    const fillers = key.items.filter((i) => i.kind === 'unsupported');
    const seen = new Set<string>();
    for (const f of fillers) {
      assert.ok(!seen.has(f.sentence), `filler repeated: ${f.sentence}`);
      seen.add(f.sentence);
    }
  });

  test('a story never names one filler subject twice, not even with its town added ("staff at the Kelby museum in Kelby")', () => {
    // The subject is what comes before the verb; fillers of two clauses ("While ..., ...") give both.
    const subjects = (sentence: string) => sentence.replace(/^While /, '').split(/, (?:and )?/).map((clause) => clause.split(/ (?:put|set|took|said|were|was|asked|offered|opened|closed|stayed|lent|gathered|signed|started|wrote|cancelled|held|moved|organised|described|spent|decided|handed|collected|delivered|posted)\b/)[0].replace(/ in [A-Z][a-z]+$/, '').toLowerCase());
    const byStory = new Map<string, string[]>();
    for (const item of key.items) {
      if (item.kind !== 'unsupported' || (item as { reason?: string }).reason !== 'filler') continue;
      const story = item.file.split('/')[0];
      byStory.set(story, [...(byStory.get(story) ?? []), ...subjects(item.sentence).filter((s) => s.split(' ').length > 2 && !s.startsWith('unsure'))]);
    }
    assert.ok(byStory.size > 0);
    for (const [story, names] of byStory) assert.equal(new Set(names).size, names.length, `${story}: ${names.filter((n, i) => names.indexOf(n) !== i).join('; ')}`);
  });

  test('a perfect report scores 1 on every measure', () => {
    const verdict: Record<string, string> = { conflict: 'conflicting', unsupported: 'unsupported', supported: 'supported', compatible: 'supported' };
    const articles = key.articles.map((a) => ({
      path: path.join(first, a.file), date: a.date,
      claims: key.items.filter((i) => i.file === a.file && verdict[i.kind]).map((i) => ({ text: `  ${i.sentence}\n`, verdict: verdict[i.kind], sources: [] })),
      quotes: key.items.filter((i) => i.file === a.file && i.quote !== undefined)
        .map((i) => ({ text: i.quote, speaker: i.speaker, cited: i.kind !== 'uncited-quote' })),
      diagnostics: a.header ? [] : [{ code: 'format/missing-date' }],
    }));
    const report = path.join(scratch, 'perfect.json');
    writeFileSync(report, JSON.stringify({ version: 1, articles }));
    const s = JSON.parse(run(SCORE, ['--answers', path.join(first, 'answers.json'), '--report', report, '--json']));
    for (const name of ['conflicts', 'unsupported', 'supported']) {
      assert.equal(s[name].precision, 1, name);
      assert.equal(s[name].recall, 1, name);
    }
    assert.equal(s.claims.unmatched, 0);
    assert.equal(s.quotes.found, s.quotes.total);
  });

  test('--edit changes one number in one sentence of one article', () => {
    const target = key.articles[3].file;
    const before = read(target);
    const change = JSON.parse(run(GENERATE, ['--edit', first, '--article', target, '--seed', '1']));
    const after = read(target);
    assert.equal(change.file, target);
    assert.notEqual(change.before, change.after);
    assert.ok(before.includes(change.before) && !after.includes(change.before));
    assert.equal(after, before.replace(change.before, change.after));
  });
});

describe('bench/score-planted.mjs on a hand-made report', () => {
  // A two-article key written by hand in the generator's line format, and a report with known hits and misses.
  const items = [
    { id: 1, file: 's/01.txt', kind: 'conflict', sentence: 'The storm killed 12 people.', side: 'changed', value: 12, otherValue: 9,
      with: [{ file: '02.txt', sentence: 'Nine people died in the storm.' }] },
    { id: 2, file: 's/02.txt', kind: 'conflict', sentence: 'Nine people died in the storm.', side: 'original', value: 9, otherValue: 12,
      with: [{ file: '01.txt', sentence: 'The storm killed 12 people.' }], alsoStatedIn: ['03.txt'] },
    { id: 3, file: 's/01.txt', kind: 'unsupported', sentence: 'The bakery on Mill Lane closed early.', reason: 'filler' },
    { id: 4, file: 's/02.txt', kind: 'unsupported', sentence: 'Residents of Kerr Road gathered outside.', reason: 'filler' },
    { id: 5, file: 's/01.txt', kind: 'supported', sentence: 'Storm Ilse struck the coast on Monday.', with: ['02.txt'] },
    { id: 6, file: 's/02.txt', kind: 'supported', sentence: 'Storm Ilse came ashore on Monday.', with: ['01.txt'] },
    { id: 7, file: 's/01.txt', kind: 'uncited-quote', sentence: '\u201cThe hardest part is not knowing.\u201d', quote: 'The hardest part is not knowing', speaker: null },
    { id: 8, file: 's/02.txt', kind: 'cited-quote', sentence: '\u201cWe will rebuild every road,\u201d said Vera Lomax, the premier.', quote: 'We will rebuild every road', speaker: 'Lomax' },
    { id: 9, file: 's/01.txt', kind: 'boilerplate', sentence: 'Advertisement', boilerplateKind: 'advertisement' },
    { id: 10, file: 's/02.txt', kind: 'compatible', sentence: 'About 30 homes were flooded.', with: ['01.txt'] },
    { id: 11, file: 's/01.txt', kind: 'altered-quote', sentence: '\u201cWe will rebuild every street,\u201d said Vera Lomax.', quote: 'We will rebuild every street', speaker: 'Lomax' },
  ];
  const answers = `{"version":1,\n"items":[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n],\n"articles":[\n` +
    `${JSON.stringify({ file: 's/01.txt', header: true })},\n${JSON.stringify({ file: 's/02.txt', header: false })}\n],\n"summary":{}}\n`;
  const claim = (text: string, verdict: string, sources: unknown[] = []) => ({ text, verdict, sources });
  const report = {
    version: 1,
    articles: [
      { path: '/somewhere/s/01.txt', claims: [
        claim('The storm killed 12 people.', 'conflicting', [{ path: 's/02.txt', relation: 'contradicts' }]),
        claim(' The bakery on Mill Lane closed early. ', 'unsupported'),
        claim('Storm Ilse struck the coast on Monday.', 'conflicting'),
        claim('Advertisement', 'unsupported'),
        claim('Traffic was light all day.', 'unsupported'),
      ], quotes: [{ text: 'The hardest part is not knowing.', speaker: null, cited: false }], diagnostics: [] },
      { path: 's\\02.txt', claims: [
        claim('Nine people died in the storm.', 'supported'),
        claim('Residents of Kerr Road gathered outside', 'supported'),
        claim('Storm Ilse came ashore on Monday.', 'supported'),
        claim('About 30 homes were flooded.', 'conflicting'),
      ], quotes: [{ text: 'We will rebuild every road', speaker: 'Vera Lomax', cited: false }],
      diagnostics: [{ code: 'format/missing-date' }, { code: 'quote/altered' }] },
    ],
  };
  const answersFile = path.join(scratch, 'hand-answers.json');
  const reportFile = path.join(scratch, 'hand-report.json');
  writeFileSync(answersFile, answers);
  writeFileSync(reportFile, JSON.stringify(report));

  test('precision and recall count what was planted', () => {
    const s = JSON.parse(run(SCORE, ['--answers', answersFile, '--report', reportFile, '--json']));
    assert.deepEqual(s.claims, { matchedExact: 7, matchedLoose: 1, unmatched: 1, onBoilerplate: 1, onNeutral: 0 });
    assert.deepEqual([s.conflicts.tp, s.conflicts.fp, s.conflicts.fn], [1, 2, 1]);
    assert.equal(s.conflicts.precision, 1 / 3);
    assert.equal(s.conflicts.recall, 1 / 2);
    assert.equal(s.conflicts.changedSideRecall, 1);
    assert.equal(s.conflicts.namingRightSource, 1);
    assert.deepEqual([s.unsupported.tp, s.unsupported.fp, s.unsupported.fn], [1, 1, 1]);
    // "supported" on the original side of a conflict is a missed conflict, not a false alarm.
    assert.deepEqual([s.supported.tp, s.supported.fp, s.supported.fn], [1, 1, 2]);
    assert.deepEqual([s.uncitedQuotes.tp, s.uncitedQuotes.fp, s.uncitedQuotes.fn], [1, 1, 0]);
    assert.deepEqual(s.compatible, { total: 1, calledConflicting: 1 });
    // The altered copy in 01 is not flagged; 02 is flagged though it holds no altered quote nor its original.
    assert.deepEqual([s.alteredQuotes.tp, s.alteredQuotes.fp, s.alteredQuotes.fn], [0, 1, 1]);
    assert.equal(s.quotes.found, 2);
    assert.equal(s.quotes.speakerRight, 1);
    assert.deepEqual(s.missingDate, { undated: 1, found: 1, falseAlarms: 0 });
  });

  test('the text output names each measure', () => {
    const text = run(SCORE, ['--answers', answersFile, '--report', reportFile]);
    for (const label of ['planted conflicts', 'unsupported claims', 'uncited quotes']) assert.match(text, new RegExp(label));
    assert.match(text, /planted conflicts\s+0\.333\s+0\.500/);
  });
});
