#!/usr/bin/env node
// Synthetic corpus generator for corroborate's benchmarks (see bench/README.md).
//
//   node bench/generate.mjs --articles 1000 --out /tmp/corpus-1k --seed 1
//   node bench/generate.mjs --edit /tmp/corpus-1k --article story-0003/04.txt --seed 1
//
// Stories are planned and written one at a time and their files and answer-key items written out
// before the next story starts, so memory stays flat however large the corpus.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { AnswerWriter, keyStory } from './lib/answers.mjs';
import { composeArticle } from './lib/article.mjs';
import { editArticle } from './lib/edit.mjs';
import { Registry } from './lib/names.mjs';
import { planStory, storySizes } from './lib/story.mjs';
import { isoOfDay } from './lib/words.mjs';

const USAGE = `usage: node bench/generate.mjs --articles N --out DIR [--seed S] [--force]
       node bench/generate.mjs --edit CORPUS --article PATH [--seed S]`;

function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' },
      force: { type: 'boolean', default: false }, edit: { type: 'string' }, article: { type: 'string' },
      quiet: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  if (values.edit) {
    if (!values.article) throw new UsageError('--edit needs --article');
    return editArticle(values.edit, values.article, values.seed).then((change) => console.log(JSON.stringify(change, null, 2)));
  }
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1 || !values.out) throw new UsageError('--articles (a positive integer) and --out are required');
  const summary = generate({ articles, out: values.out, seed: values.seed, force: values.force });
  if (!values.quiet) {
    console.error(`${summary.articles} articles in ${summary.stories} stories, ${summary.words} words, ` +
      `${(summary.bytes / 1e6).toFixed(1)} MB, ${summary.items} key items, ${summary.plantedConflicts} planted conflicts ` +
      `(${summary.seconds.toFixed(1)} s) -> ${values.out}`);
  }
}

/** Writes the corpus and answers.json under `out`; returns the summary. */
export function generate({ articles, out, seed, force = false }) {
  const started = process.hrtime.bigint();
  prepareOut(out, force);
  const sizes = storySizes(seed, articles);
  const width = Math.max(4, String(sizes.length).length);
  const registry = new Registry();
  const writer = new AnswerWriter(path.join(out, 'answers.json'),
    { version: 1, generator: 'corroborate bench/generate.mjs', seed: String(seed), requestedArticles: articles });
  sizes.forEach((size, index) => {
    const folder = `story-${String(index + 1).padStart(width, '0')}`;
    const plan = planStory(seed, index, size, folder, registry);
    const written = plan.articles.map((a) => composeArticle(plan, a));
    mkdirSync(path.join(out, folder), { recursive: true });
    written.forEach((w, k) => {
      const a = plan.articles[k];
      writeFileSync(path.join(out, a.file), w.text);
      writer.addArticle({ file: a.file, story: folder, storyKind: plan.kind.kind, date: isoOfDay(a.day), header: a.header,
        dateHint: a.hint, words: w.words, bytes: Buffer.byteLength(w.text) });
    });
    writer.addItems(keyStory(plan, written));
  });
  // Timing goes to the caller, never into the files: the same seed must give the same bytes.
  const summary = writer.finish({ stories: sizes.length });
  return { ...summary, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

function prepareOut(out, force) {
  if (existsSync(out)) {
    const stale = readdirSync(out).filter((n) => n.startsWith('story-') || n === 'answers.json');
    if (stale.length && !force) throw new UsageError(`${out} already holds a corpus (use --force to replace it)`);
    for (const name of stale) rmSync(path.join(out, name), { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
}

class UsageError extends Error {}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  try {
    const done = main();
    if (done instanceof Promise) done.catch((err) => fail(err));
  } catch (err) {
    fail(err);
  }
}

function fail(err) {
  console.error(err instanceof UsageError ? `${err.message}\n${USAGE}` : err.stack ?? String(err));
  process.exitCode = 2;
}
