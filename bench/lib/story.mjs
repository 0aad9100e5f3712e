// Planning one story: its kind, cast and facts, its articles (dates, which facts each states), the
// conflicts planted in it and the wire statements its articles share. Writing the articles is
// article.mjs's job; the plan holds everything that must agree across the story's articles.
import { BUSINESS_KINDS } from './kinds-business.mjs';
import { CIVIC_KINDS } from './kinds-civic.mjs';
import { NamePool } from './names.mjs';
import { Rng } from './prng.mjs';
import { ANONYMOUS_LINES, CITED_LINES, UNCITED_LINES, fillLine } from './quotes.mjs';
import { dayFromParts, monthsAfter } from './words.mjs';

export const KINDS = [...CIVIC_KINDS, ...BUSINESS_KINDS];

/** What kind of conflict a changed value of each fact type makes. */
export const CONFLICT_KIND = {
  count: 'number', bigcount: 'number', money: 'number', percent: 'number', points: 'number',
  duration: 'duration', times: 'count', date: 'date', month: 'date', polarity: 'polarity',
};

const FIRST_DAY = dayFromParts(2012, 1, 1);
const LAST_DAY = dayFromParts(2025, 12, 31);
export const MIN_STORY = 5;
export const MAX_STORY = 40;

/**
 * Story sizes adding up to `articles`: 5..40 articles each, skewed towards small stories (mean
 * about 17, so 1k articles make about 60 stories, as real event clusters do).
 */
export function storySizes(seed, articles) {
  const r = Rng.for(seed, 'sizes');
  const sizes = [];
  let left = articles;
  while (left > 0) {
    const size = Math.min(MAX_STORY, MIN_STORY + Math.floor(36 * r.next() ** 2));
    if (left - size < MIN_STORY && left <= MAX_STORY) {
      sizes.push(left);
      break;
    }
    if (left - size < MIN_STORY) {
      sizes.push(left - MIN_STORY);
      sizes.push(MIN_STORY);
      break;
    }
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Plans story `index`; `registry` holds the names earlier stories took, so that stories never share a place or a principal. */
export function planStory(seed, index, size, folder, registry) {
  const r = Rng.for(seed, 'story', index);
  const kind = r.pick(KINDS);
  const names = new NamePool(r, registry);
  const t = { day0: r.int(FIRST_DAY, LAST_DAY) };
  const e = kind.cast(names, r, t);
  const place = e.town ?? names.town();
  const story = { place, topic: kind.topic };
  const currency = kind.currency?.(e) ?? (e.country ?? names.country()).currency;
  const facts = kind.facts.map((spec) => ({ spec, value: spec.type === 'event' ? null : spec.value(r, e, t),
    p: spec.lead ? 0.95 : r.float(0.45, 0.85) }));

  const span = r.int(1, 5);
  const days = Array.from({ length: size }, () => t.day0 + r.int(0, span)).sort((a, b) => a - b);
  const width = String(size).length < 2 ? 2 : String(size).length;
  const articles = days.map((day, k) => {
    const header = !r.chance(0.05);
    return {
      k, day, header, hint: header ? null : r.pick(['dateline', 'weekday']),
      file: `${folder}/${String(k + 1).padStart(width, '0')}.${r.chance(0.1) ? 'article' : 'txt'}`,
      curly: r.chance(0.7), crlf: r.chance(0.02), facts: new Map(), quotes: [], silent: null,
    };
  });
  for (const a of articles) {
    facts.forEach((f, i) => { if (r.chance(f.p)) a.facts.set(i, { value: f.value, changed: false }); });
    while (a.facts.size < Math.min(4, facts.length)) {
      const i = r.int(0, facts.length - 1);
      a.facts.set(i, { value: facts[i].value, changed: false });
    }
  }

  const conflicts = plantConflicts(r, facts, articles, t);
  const statements = planStatements(r, kind, e, articles);
  const cast = Object.values(e).filter((x) => x && typeof x === 'object' && typeof x.last === 'string');
  const voices = kind.roles.map((role) => names.person(role, '', false));
  for (const a of articles) {
    a.quotes.push('cited');
    if (r.chance(0.6)) a.quotes.push('cited');
    if (r.chance(0.3)) a.quotes.push('cited');
    if (r.chance(0.2)) a.quotes.push('anonymous');
    if (r.chance(0.25)) a.quotes.push('uncited');
  }
  return {
    index, folder, kind, e, t, r, names, place, currency, facts, articles, conflicts, statements,
    speakers: [...cast, ...voices],
    pools: {
      cited: r.shuffle([...CITED_LINES.map((l) => fillLine(l, story)), ...kind.quotes.map((q) => q(e))]),
      anonymous: r.shuffle(ANONYMOUS_LINES.map((l) => fillLine(l, story))),
      uncited: r.shuffle(UNCITED_LINES.map((l) => fillLine(l, story))),
    },
  };
}

/**
 * Picks one to three facts to contradict, spreading the kinds of conflict, and makes one article
 * state a changed value. Each conflicted fact is stated by at least three articles, so the changed
 * statement stands against at least two that agree with each other.
 */
function plantConflicts(r, facts, articles, t) {
  // A conflict needs a changed statement and two that agree: stories of one or two articles get none.
  const wanted = articles.length < 3 ? 0 : articles.length <= 8 ? 1 : r.int(1, 3);
  const byKind = new Map();
  facts.forEach((f, i) => {
    const kind = CONFLICT_KIND[f.spec.type];
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), i]);
  });
  const conflicts = [];
  for (let n = 0; n < wanted && byKind.size; n++) {
    const kind = r.pick([...byKind.keys()]);
    const choices = byKind.get(kind);
    const i = choices.splice(r.int(0, choices.length - 1), 1)[0];
    if (!choices.length) byKind.delete(kind);
    const stating = () => articles.filter((a) => a.facts.has(i));
    for (const a of r.shuffle(articles.filter((x) => !x.facts.has(i)))) {
      if (stating().length >= 3) break;
      a.facts.set(i, { value: facts[i].value, changed: false });
    }
    const target = r.pick(stating());
    const changed = changedValue(r, facts[i].spec.type, facts[i].value, t);
    target.facts.set(i, { value: changed, changed: true });
    // Whoever "has not commented" in this article must not be quoted in it.
    if (facts[i].spec.who) target.silent = facts[i].spec.who;
    conflicts.push({ fact: i, conflictKind: kind, file: target.file, value: facts[i].value, changedValue: changed });
  }
  return conflicts;
}

/** A value that clearly differs from `v`: numbers by a quarter or more, so no tolerance can excuse it. */
export function changedValue(r, type, v, t) {
  switch (type) {
    case 'count': case 'bigcount': return changeNumber(r, v, 1);
    case 'money': return changeNumber(r, v, v >= 1e9 ? 1e8 : v >= 1e6 ? 1e5 : 5000);
    case 'percent': return changeNumber(r, v, Number.isInteger(v) ? 1 : Number.isInteger(v * 4) ? 0.25 : 0.1);
    case 'points': return r.pick([25, 50, 75, 100].filter((x) => x !== v));
    case 'duration': {
      const step = Math.max(1, Math.ceil(v * 0.2));
      return v - step >= 1 && r.chance(0.5) ? v - step - r.int(0, 1) : v + step + r.int(0, 1);
    }
    case 'times': return r.pick([2, 3, 4, 5].filter((x) => x !== v));
    case 'date': return v - r.int(1, 3);
    case 'month': {
      const ahead = (v.year * 12 + v.month) - (partsYearMonth(t.day0));
      const shift = ahead > 2 && r.chance(0.4) ? -r.int(1, Math.min(3, ahead - 1)) : r.int(1, 3);
      return monthsAfter(dayFromParts(v.year, v.month, 1), shift);
    }
    case 'polarity': return false;
    default: throw new Error(`no conflict for ${type}`);
  }
}

function partsYearMonth(day) {
  const { year, month } = monthsAfter(day, 0);
  return year * 12 + month;
}

function changeNumber(r, v, unit) {
  const round = (x) => Math.max(unit, Math.round(x / unit) * unit);
  const fix = (x) => Number(round(x).toFixed(2));
  const digits = String(v);
  const reversed = Number(digits.split('').reverse().join(''));
  if (Number.isInteger(v) && v >= 10 && v < 1000 && !digits.endsWith('0') && unit === 1 &&
    Math.max(v, reversed) / Math.min(v, reversed) >= 1.25 && r.chance(0.4)) return reversed;
  for (let i = 0; i < 20; i++) {
    const x = fix(v * (r.chance(0.5) ? r.float(1.3, 1.9) : r.float(0.45, 0.75)));
    if (x > 0 && Math.abs(x - v) / v >= 0.25) return x;
  }
  return fix(v * 2);
}

/** Which articles carry each wire statement word for word, and which one carries it with a word changed. */
function planStatements(r, kind, e, articles) {
  const out = [];
  kind.statements.forEach((s, si) => {
    const text = s.text(e);
    if (articles.length < 3 || !r.chance(0.75)) return;
    const free = articles.filter((a) => a.silent !== s.speaker);
    if (free.length < 3) return;
    const copies = r.sample(free, r.int(2, Math.min(5, free.length - 1))).map((a) => a.k).sort((a, b) => a - b);
    const others = free.filter((a) => !copies.includes(a.k));
    const slots = (text.match(/\{/g) ?? []).length;
    const altered = others.length && slots && r.chance(0.5) ? r.pick(others).k : null;
    out.push({ index: si, speaker: s.speaker, template: text, copies, altered, slot: r.int(0, slots - 1) });
    for (const k of copies) articles[k].quotes.push({ statement: out.length - 1, altered: false });
    if (altered !== null) articles[altered].quotes.push({ statement: out.length - 1, altered: true });
  });
  return out;
}
