// Scoring a `corroborate check --format json` report against a generated corpus's answers.json.
// Claims are matched to key items by sentence text (whitespace, non-breaking spaces and curly
// quotes normalised; containment either way when the engine split a sentence differently), quotes
// by the words inside their marks. Only articles present in the report are scored, so a report on
// part of the corpus is scored on that part.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const QUOTE_KINDS = new Set(['cited-quote', 'anonymous-quote', 'uncited-quote', 'altered-quote']);
/** Key kinds a claim verdict is not judged on: headlines and quotation sentences. */
const NEUTRAL = new Set(['headline', ...QUOTE_KINDS]);

export const normText = (s) => String(s ?? '').replace(/[\u201c\u201d\u201e]/g, '"').replace(/[\u2018\u2019]/g, "'")
  .replace(/[\s\u00a0]+/g, ' ').trim();
export const normQuote = (s) => normText(s).toLowerCase().replace(/^["'\s]+|["'\s,.;:!?]+$/g, '');

/** The corpus-relative path of a report path ("/tmp/c/story-0001/03.txt" -> "story-0001/03.txt"). */
export const keyPath = (p) => String(p).replace(/\\/g, '/').split('/').slice(-2).join('/');

/**
 * Reads answers.json line by line (it is written one item per line), keeping only what scoring
 * needs, and only the items of the files in `only` when given: the key of a 50k-article corpus is
 * some 400 MB, too much to hold whole.
 */
export async function readAnswers(file, only = null) {
  const items = [];
  const articles = [];
  let summary = null;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const raw of lines) {
    const line = raw.replace(/,$/, '');
    if (line.startsWith('{"id":')) {
      if (only && !only.has(/"file":"([^"]+)"/.exec(line)?.[1])) continue;
      items.push(compact(JSON.parse(line)));
    }
    else if (line.startsWith('{"file":')) articles.push(JSON.parse(line));
    else if (line.startsWith('"summary":')) summary = JSON.parse(line.slice('"summary":'.length).replace(/}$/, ''));
  }
  return { items, articles, summary };
}

/** The fields of a key item that scoring reads, with its sentence and quote normalised once. */
function compact(it) {
  const out = { id: it.id, file: it.file, kind: it.kind, norm: normText(it.sentence), qnorm: it.quote ? normQuote(it.quote) : null };
  if (it.side) out.side = it.side;
  if (it.speaker) out.speaker = it.speaker;
  if (it.numeric) out.numeric = true;
  if (it.alsoStatedIn?.length) out.alsoStatedIn = it.alsoStatedIn;
  if (it.alteredIn?.length) out.alteredIn = it.alteredIn;
  if (it.kind === 'conflict' && it.side === 'changed') out.with = it.with;
  return out;
}

const ratio = (a, b) => (b ? a / b : null);
const prf = (tp, fp, fn) => ({ precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn });

export function scorePlanted(answers, report) {
  const byFile = new Map();
  for (const item of answers.items) {
    if (!byFile.has(item.file)) byFile.set(item.file, []);
    byFile.get(item.file).push(item.norm === undefined ? compact(item) : item);
  }
  const keyArticles = new Map(answers.articles.map((a) => [a.file, a]));
  const covered = new Set();
  const m = {
    coverage: { keyArticles: keyArticles.size, reportArticles: 0, scored: 0, notInKey: 0 },
    claims: { matchedExact: 0, matchedLoose: 0, unmatched: 0, onBoilerplate: 0, onNeutral: 0 },
    conflicts: { tp: 0, fp: 0, fn: 0, changedFound: 0, changedTotal: 0, rightSource: 0, unmatchedConflicting: 0, onNumericFiller: 0 },
    unsupported: { tp: 0, fp: 0, fn: 0 },
    supported: { tp: 0, fp: 0, fn: 0 },
    compatible: { total: 0, calledConflicting: 0 },
    uncited: { tp: 0, fp: 0, fn: 0 },
    // By article: one holding a planted altered copy (or the wire copy it alters) and a quote/altered finding.
    altered: { tp: 0, fp: 0, fn: 0 },
    quotes: { total: 0, found: 0, withSpeaker: 0, speakerRight: 0, anonymousTotal: 0 },
    missingDate: { undated: 0, found: 0, falseAlarms: 0 },
  };

  for (const art of report.articles ?? []) {
    m.coverage.reportArticles += 1;
    const file = keyPath(art.path);
    const items = byFile.get(file);
    if (!items || !keyArticles.has(file)) {
      m.coverage.notInKey += 1;
      continue;
    }
    covered.add(file);
    m.coverage.scored += 1;
    const verdicts = judgeClaims(m, items, art.claims ?? [], file);
    tallyClaims(m, items, verdicts);
    scoreQuotes(m, items, art.quotes ?? []);
    scoreAltered(m, items, art.diagnostics ?? []);
    const undated = !keyArticles.get(file).header;
    const flagged = (art.diagnostics ?? []).some((d) => d.code === 'format/missing-date');
    if (undated) m.missingDate.undated += 1;
    if (undated && flagged) m.missingDate.found += 1;
    if (!undated && flagged) m.missingDate.falseAlarms += 1;
  }
  return {
    coverage: m.coverage, claims: m.claims,
    conflicts: { ...prf(m.conflicts.tp, m.conflicts.fp, m.conflicts.fn), changedSideRecall: ratio(m.conflicts.changedFound, m.conflicts.changedTotal),
      changedFound: m.conflicts.changedFound, changedTotal: m.conflicts.changedTotal, namingRightSource: m.conflicts.rightSource,
      conflictingOnUnmatched: m.conflicts.unmatchedConflicting, conflictingOnNumericFiller: m.conflicts.onNumericFiller },
    unsupported: prf(m.unsupported.tp, m.unsupported.fp, m.unsupported.fn),
    supported: prf(m.supported.tp, m.supported.fp, m.supported.fn),
    compatible: m.compatible,
    uncitedQuotes: prf(m.uncited.tp, m.uncited.fp, m.uncited.fn),
    alteredQuotes: prf(m.altered.tp, m.altered.fp, m.altered.fn),
    quotes: m.quotes,
    missingDate: m.missingDate,
  };
}

/** Matches each claim to a key item of its article; returns Map item -> claim. */
function judgeClaims(m, items, claims, file) {
  const exact = new Map();
  for (const it of items) if (!exact.has(it.norm)) exact.set(it.norm, []);
  for (const it of items) exact.get(it.norm).push(it);
  const taken = new Map();
  for (const claim of claims) {
    const text = normText(claim.text);
    let item = (exact.get(text) ?? []).find((it) => !taken.has(it)) ?? null;
    if (item) m.claims.matchedExact += 1;
    else {
      let best = 0;
      for (const it of items) {
        if (taken.has(it) || it.norm.length < 8 || text.length < 8) continue;
        const overlap = text.includes(it.norm) ? it.norm.length : it.norm.includes(text) ? text.length : 0;
        if (overlap > best) { best = overlap; item = it; }
      }
      if (item) m.claims.matchedLoose += 1;
    }
    if (!item) {
      m.claims.unmatched += 1;
      if (claim.verdict === 'conflicting') m.conflicts.unmatchedConflicting += 1;
      continue;
    }
    taken.set(item, claim);
    if (item.kind === 'boilerplate') m.claims.onBoilerplate += 1;
    if (NEUTRAL.has(item.kind)) m.claims.onNeutral += 1;
    if (claim.verdict === 'conflicting' && item.kind === 'conflict' && item.side === 'changed') {
      const story = file.split('/')[0];
      const right = new Set(item.with.map((w) => `${story}/${w.file}`));
      if ((claim.sources ?? []).some((s) => s.relation === 'contradicts' && right.has(keyPath(s.path)))) m.conflicts.rightSource += 1;
    }
  }
  return taken;
}

/** Precision and recall per verdict: every non-neutral item is judged, found or not. */
function tallyClaims(m, items, verdicts) {
  for (const it of items) {
    if (NEUTRAL.has(it.kind)) continue;
    const verdict = verdicts.get(it)?.verdict ?? null;
    const gold = it.kind === 'conflict' ? 'conflicting' : it.kind === 'unsupported' ? 'unsupported'
      : it.kind === 'supported' || it.kind === 'compatible' ? 'supported' : null;
    if (it.kind === 'compatible') {
      m.compatible.total += 1;
      if (verdict === 'conflicting') m.compatible.calledConflicting += 1;
    }
    if (it.numeric && verdict === 'conflicting') m.conflicts.onNumericFiller += 1;
    if (it.kind === 'conflict' && it.side === 'changed') {
      m.conflicts.changedTotal += 1;
      if (verdict === 'conflicting') m.conflicts.changedFound += 1;
    }
    // The original side of a conflict is also stated by other articles: "supported" is no false
    // alarm there, only a missed conflict.
    const acceptedAlso = it.kind === 'conflict' && it.side === 'original' && it.alsoStatedIn?.length ? 'supported' : null;
    for (const [name, label] of [['conflicts', 'conflicting'], ['unsupported', 'unsupported'], ['supported', 'supported']]) {
      const said = verdict === label;
      const truth = gold === label;
      if (said && truth) m[name].tp += 1;
      else if (said && !truth && acceptedAlso !== label) m[name].fp += 1;
      else if (!said && truth) m[name].fn += 1;
    }
  }
}

function scoreQuotes(m, items, quotes) {
  const keyed = items.filter((it) => QUOTE_KINDS.has(it.kind));
  const found = new Set();
  for (const q of quotes) {
    const text = normQuote(q.text);
    const it = keyed.find((k) => k.qnorm === text) ??
      keyed.find((k) => text.length >= 10 && k.qnorm.length >= 10 && (k.qnorm.includes(text) || text.includes(k.qnorm)));
    if (it) found.add(it);
    if (q.cited === false) {
      if (it?.kind === 'uncited-quote') m.uncited.tp += 1;
      else m.uncited.fp += 1;
    }
    if (it && it.speaker && it.kind !== 'anonymous-quote' && it.kind !== 'uncited-quote') {
      m.quotes.withSpeaker += 1;
      if (typeof q.speaker === 'string' && q.speaker.toLowerCase().includes(it.speaker.toLowerCase())) m.quotes.speakerRight += 1;
    }
  }
  for (const it of keyed) {
    m.quotes.total += 1;
    if (it.kind === 'anonymous-quote') m.quotes.anonymousTotal += 1;
    if (found.has(it)) m.quotes.found += 1;
    if (it.kind === 'uncited-quote' && !quotes.some((q) => q.cited === false && matchesQuote(it, q))) m.uncited.fn += 1;
  }
}

function scoreAltered(m, items, diagnostics) {
  const flagged = diagnostics.some((d) => d.code === 'quote/altered');
  const altered = items.some((it) => it.kind === 'altered-quote');
  const involved = altered || items.some((it) => it.alteredIn);
  if (flagged && involved) m.altered.tp += 1;
  else if (flagged) m.altered.fp += 1;
  else if (altered) m.altered.fn += 1;
}

function matchesQuote(item, q) {
  const text = normQuote(q.text);
  return item.qnorm === text || (text.length >= 10 && (item.qnorm.includes(text) || text.includes(item.qnorm)));
}

/** The scores as a short table. */
export function formatScores(s) {
  const f = (x) => (x === null ? '  -  ' : x.toFixed(3));
  const row = (name, r) => `${name.padEnd(24)}${f(r.precision).padStart(9)}${f(r.recall).padStart(9)}` +
    `${String(r.tp).padStart(8)}${String(r.fp).padStart(8)}${String(r.fn).padStart(8)}`;
  const c = s.claims;
  return [
    `articles scored: ${s.coverage.scored} of ${s.coverage.keyArticles} in the key (${s.coverage.notInKey} report articles not in the key)`,
    `claims matched: ${c.matchedExact} by text, ${c.matchedLoose} by containment, ${c.unmatched} unmatched; ` +
      `${c.onBoilerplate} on boilerplate lines, ${c.onNeutral} on headlines or quotations (not judged)`,
    '',
    `${''.padEnd(24)}${'precision'.padStart(9)}${'recall'.padStart(9)}${'tp'.padStart(8)}${'fp'.padStart(8)}${'fn'.padStart(8)}`,
    row('planted conflicts', s.conflicts),
    `${'  changed side only'.padEnd(24)}${''.padStart(9)}${f(s.conflicts.changedSideRecall).padStart(9)}` +
      `   (${s.conflicts.changedFound} of ${s.conflicts.changedTotal}; ${s.conflicts.namingRightSource} name a right source)`,
    row('unsupported claims', s.unsupported),
    row('supported claims', s.supported),
    row('uncited quotes', s.uncitedQuotes),
    row('altered quotes (articles)', s.alteredQuotes),
    '',
    `compatible figures called conflicting: ${s.compatible.calledConflicting} of ${s.compatible.total}`,
    `conflicting verdicts on unmatched claims: ${s.conflicts.conflictingOnUnmatched}; ` +
      `on numeric fillers (same predicate, other actor): ${s.conflicts.conflictingOnNumericFiller}`,
    `quotes found: ${s.quotes.found} of ${s.quotes.total}; speaker right: ${s.quotes.speakerRight} of ${s.quotes.withSpeaker} named speakers`,
    `format/missing-date: ${s.missingDate.found} of ${s.missingDate.undated} undated articles; ${s.missingDate.falseAlarms} false alarms`,
  ].join('\n');
}
