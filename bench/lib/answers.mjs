// The answer key: what each planted sentence is, derived from a story's plan and its written
// articles. Items are produced story by story and streamed to answers.json one per line, so a
// 50k-article corpus never needs its whole key in memory (see README.md for the format).
import { closeSync, openSync, writeSync } from 'node:fs';
import { CONFLICT_KIND } from './story.mjs';
import { isoOfDay, isoOfMonth } from './words.mjs';

/** A fact's value as JSON: dates as ISO days, months as YYYY-MM, shares as "part/total". */
export function jsonValue(type, v) {
  if (v === null || v === undefined) return null;
  if (type === 'date') return isoOfDay(v);
  if (type === 'month') return isoOfMonth(v);
  if (type === 'share') return `${v.part}/${v.total}`;
  return v;
}

const shareForm = (form) => (form.includes('fraction') ? 'fraction' : form.includes('approx') ? 'approx' : 'exact');

/**
 * Key items for every record of a story's written articles, in file order. Items name their own
 * file by its path in the corpus; cross-references (`with`, `alsoStatedIn`, `sharedWith`, ...) name
 * the other articles of the same story by their name inside the story folder, which keeps the key
 * of a 50k-article corpus from growing by a third.
 */
export function keyStory(plan, written) {
  const items = [];
  const statedBy = new Map();
  const wireCopies = new Map();
  const add = (map, key, entry) => map.set(key, [...(map.get(key) ?? []), entry]);
  written.forEach((w, k) => {
    const file = plan.articles[k].file.slice(plan.folder.length + 1);
    for (const rec of w.records) {
      if (rec.role === 'fact') add(statedBy, rec.fact, { file, rec });
      if (rec.role === 'quote' && rec.statement !== undefined) add(wireCopies, rec.statement, { file, rec });
    }
  });

  written.forEach((w, k) => {
    const file = plan.articles[k].file;
    for (const rec of w.records) {
      const base = { file, kind: '', sentence: rec.text };
      if (rec.occurrence > 1) base.occurrence = rec.occurrence;
      if (rec.role === 'headline') items.push({ ...base, kind: 'headline' });
      else if (rec.role === 'boilerplate') items.push({ ...base, kind: 'boilerplate', boilerplateKind: rec.boilerplateKind });
      else if (rec.role === 'filler') {
        const extra = rec.dateHint ? { dateHint: true } : /\d/.test(rec.text) ? { numeric: true } : {};
        items.push({ ...base, kind: 'unsupported', reason: 'filler', ...extra });
      }
      else if (rec.role === 'fact') items.push(factItem(plan, base, rec, statedBy.get(rec.fact)));
      else if (rec.role === 'quote') items.push(quoteItem(base, rec, wireCopies.get(rec.statement)));
    }
  });
  return items;
}

function factItem(plan, base, rec, stated) {
  const { spec } = plan.facts[rec.fact];
  const item = { ...base, fact: spec.id, valueKind: spec.type, value: jsonValue(spec.type, rec.value) };
  if (spec.unit) item.unit = spec.unit;
  item.form = rec.form;
  const others = stated.filter((s) => s.rec !== rec);
  const changed = stated.filter((s) => s.rec.changed);
  if (changed.length) {
    const against = rec.changed ? others : changed;
    return { ...item, kind: 'conflict', conflictKind: CONFLICT_KIND[spec.type], side: rec.changed ? 'changed' : 'original',
      otherValue: jsonValue(spec.type, against[0].rec.value),
      with: against.map((s) => ({ file: s.file, sentence: s.rec.text })),
      ...(rec.changed ? {} : { alsoStatedIn: others.filter((s) => !s.rec.changed).map((s) => s.file) }) };
  }
  if (!others.length) return { ...item, kind: 'unsupported', reason: 'single-source' };
  const files = others.map((s) => s.file);
  // A share written as a fraction or a hedged figure agrees with an exact count ("three-quarters of
  // the 40" and "about 30"): such a sentence is a planted compatible pair, not a conflict.
  if (spec.type === 'share' || rec.form.includes('approx')) {
    const mine = spec.type === 'share' ? shareForm(rec.form) : 'approx';
    const differ = others.filter((s) => (spec.type === 'share' ? shareForm(s.rec.form) : s.rec.form.includes('approx') ? 'approx' : 'exact') !== mine);
    if (differ.length && (mine !== 'exact' || spec.type === 'share')) {
      return { ...item, kind: 'compatible', with: files, compatibleWith: differ.map((s) => s.file) };
    }
  }
  return { ...item, kind: 'supported', with: files };
}

function quoteItem(base, rec, copies) {
  const item = { ...base, quote: rec.quote, speaker: rec.speaker ?? null, form: rec.form };
  if (rec.speakerName) item.speakerName = rec.speakerName;
  if (rec.quoteKind === 'uncited') return { ...item, kind: 'uncited-quote', speaker: null };
  if (rec.quoteKind === 'anonymous') return { ...item, kind: 'anonymous-quote' };
  if (rec.quoteKind === 'cited') return { ...item, kind: 'cited-quote' };
  const verbatim = copies.filter((c) => !c.rec.changed && c.rec !== rec);
  // A statement quoted in one article only is an ordinary quote: nothing to share or alter.
  if (!verbatim.length) return { ...item, kind: 'cited-quote' };
  if (rec.quoteKind === 'altered') {
    return { ...item, kind: 'altered-quote', original: verbatim[0]?.rec.quote ?? null, changed: rec.changed,
      with: verbatim.map((c) => c.file) };
  }
  const altered = copies.filter((c) => c.rec.changed);
  return { ...item, kind: 'cited-quote', wire: true, sharedWith: verbatim.map((c) => c.file),
    ...(altered.length ? { alteredIn: altered.map((c) => c.file) } : {}) };
}

/** Writes answers.json as valid JSON with one item per line, so readers can stream it. */
export class AnswerWriter {
  constructor(path, header) {
    this.fd = openSync(path, 'w');
    this.items = 0;
    this.articles = [];
    this.counts = {};
    this.write(`${JSON.stringify(header).slice(0, -1)},\n"items":[\n`);
  }

  write(text) {
    writeSync(this.fd, text);
  }

  addItems(items) {
    let out = '';
    for (const item of items) {
      this.items += 1;
      const keyed = { id: this.items, ...item };
      out += (this.items > 1 ? ',\n' : '') + JSON.stringify(keyed);
      this.count(item);
    }
    if (out) this.write(out);
  }

  count(item) {
    const bump = (k) => { this.counts[k] = (this.counts[k] ?? 0) + 1; };
    bump(`kind:${item.kind}`);
    if (item.kind === 'conflict') bump(`conflict:${item.side}:${item.conflictKind}`);
    if (item.kind === 'boilerplate') bump(`boilerplate:${item.boilerplateKind}`);
    if (item.kind === 'unsupported') bump(`unsupported:${item.reason}`);
  }

  addArticle(meta) {
    this.articles.push(meta);
  }

  /** Closes the items, writes the article list and the summary, and returns the summary. */
  finish(extra) {
    const summary = summarise(this.counts, this.articles, extra);
    this.write(`\n],\n"articles":[\n${this.articles.map((a) => JSON.stringify(a)).join(',\n')}\n],\n"summary":${JSON.stringify(summary)}}\n`);
    closeSync(this.fd);
    return summary;
  }
}

function summarise(counts, articles, extra) {
  const pick = (prefix) => Object.fromEntries(Object.entries(counts).filter(([k]) => k.startsWith(prefix))
    .map(([k, v]) => [k.slice(prefix.length), v]).sort(([a], [b]) => a.localeCompare(b)));
  const changed = pick('conflict:changed:');
  return {
    ...extra,
    articles: articles.length,
    headerless: articles.filter((a) => !a.header).length,
    words: articles.reduce((n, a) => n + a.words, 0),
    bytes: articles.reduce((n, a) => n + a.bytes, 0),
    items: Object.values(pick('kind:')).reduce((a, b) => a + b, 0),
    byKind: pick('kind:'),
    plantedConflicts: Object.values(changed).reduce((a, b) => a + b, 0),
    conflictsByKind: changed,
    conflictOriginals: pick('conflict:original:'),
    unsupportedByReason: pick('unsupported:'),
    boilerplateByKind: pick('boilerplate:'),
  };
}
