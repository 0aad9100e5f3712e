// Writing one article of a planned story: its facts in varied wording, its quotes, background
// prose up to about 500 words, and scraped-page boilerplate around them, laid out in the dated
// article format. Every sentence and boilerplate line is returned as a record with its exact text,
// which is what the answer key stores.
import * as bp from './boilerplate.mjs';
import { FillerSource } from './filler.mjs';
import { anonymous, attributed, quoteMarks, statementText, uncited } from './quotes.mjs';
import { Voice } from './voice.mjs';
import { MONTHS, isoOfDay, partsOfDay } from './words.mjs';

/** Reported speech or a quotation: a paragraph like this could lend its speaker to a quote beside it. */
const SPEECH = /\b(said|says|say|told|tells|according to|added|announced|declined|commented|comment|welcomed|praised|calling|described|defended|confirmed|confirmation)\b|["\u201c\u201d]/i;

/** Writes article `a` of `plan`. Returns { text, records, words }. */
export function composeArticle(plan, a) {
  const { r, kind, e, t, names } = plan;
  plan.filler ??= new FillerSource(r, names, { topic: kind.topic, place: plan.place, background: kind.background.map((b) => () => b(e)) });
  const voice = new Voice(r, a.day, plan.currency);
  const marks = quoteMarks(a.curly);
  const headline = { role: 'headline', text: r.pick(kind.headlines)(e) };

  const facts = factRecords(plan, a, voice);
  const quotes = [];
  let uncitedQuote = null;
  for (const q of a.quotes) {
    const rec = quoteRecord(plan, a, q, voice, marks);
    if (!rec) continue;
    if (rec.quoteKind === 'uncited') uncitedQuote = rec;
    else quotes.push(rec);
  }

  const fillers = [];
  if (a.hint === 'weekday') fillers.push({ role: 'filler', text: plan.filler.dateHint(a.day), dateHint: true });
  const target = r.int(420, 560);
  let words = countWords([headline, ...facts, ...quotes, ...fillers, ...(uncitedQuote ? [uncitedQuote] : [])]);
  while (words < target) {
    const f = { role: 'filler', text: plan.filler.next() };
    fillers.push(f);
    words += countWords([f]);
  }

  const paragraphs = arrange(r, facts, r.shuffle(fillers), quotes);
  if (uncitedQuote) placeAlone(plan, paragraphs, uncitedQuote);
  const blocks = layout(plan, a, headline, paragraphs);
  return render(blocks, a);
}

function factRecords(plan, a, voice) {
  const { r, e, t } = plan;
  const order = [...a.facts.keys()].sort((x, y) => Number(!!plan.facts[y].spec.lead) - Number(!!plan.facts[x].spec.lead) || x - y);
  const lead = order.shift();
  return [lead, ...r.shuffle(order)].map((i) => {
    const { spec } = plan.facts[i];
    const stated = a.facts.get(i);
    const wordings = spec.type === 'polarity' && stated.value === false ? spec.deny : spec.say;
    voice.begin();
    const text = r.pick(wordings)(voice, stated.value, e, t);
    return { role: 'fact', text, fact: i, value: stated.value, changed: stated.changed, form: voice.forms.join('+') || 'plain' };
  });
}

function quoteRecord(plan, a, q, voice, marks) {
  const { r, e, names } = plan;
  if (typeof q === 'object') {
    const st = plan.statements[q.statement];
    const { text, changed } = statementText(st.template, q.altered ? st.slot : -1);
    const speaker = e[st.speaker];
    const { sentence, form } = attributed(voice, text, speaker, marks, names.outlet());
    return { role: 'quote', quoteKind: q.altered ? 'altered' : 'wire', statement: q.statement, changed: q.altered ? changed : null,
      quote: text, speaker: speaker.last, speakerName: speaker.full, form, text: sentence };
  }
  const line = plan.pools[q].pop();
  if (!line) return null;
  if (q === 'anonymous') {
    const { sentence, form, speaker } = anonymous(voice, line, marks);
    return { role: 'quote', quoteKind: 'anonymous', quote: line, speaker, form, text: sentence };
  }
  if (q === 'uncited') {
    return { role: 'quote', quoteKind: 'uncited', quote: line.replace(/[.!?]$/, ''), form: 'uncited', text: uncited(line, marks).sentence };
  }
  const speaker = r.pick(plan.speakers.filter((p) => p !== e[a.silent]));
  const { sentence, form } = attributed(voice, line, speaker, marks, names.outlet());
  return { role: 'quote', quoteKind: 'cited', quote: line, speaker: speaker.last, speakerName: speaker.full, form, text: sentence };
}

/** Facts in order with fillers shuffled among them and quotes dropped in after the lead; then paragraphs of one to three sentences. */
function arrange(r, facts, fillers, quotes) {
  const [lead, ...rest] = facts;
  const flow = [];
  let f = 0;
  let b = 0;
  while (f < rest.length || b < fillers.length) {
    const takeFact = b >= fillers.length || (f < rest.length && r.chance(rest.length / (rest.length + fillers.length) + 0.1));
    flow.push(takeFact ? rest[f++] : fillers[b++]);
  }
  for (const q of quotes) flow.splice(r.int(1, flow.length), 0, q);

  const paragraphs = [[lead]];
  let current = [];
  let size = r.int(1, 3);
  for (const unit of flow) {
    if (unit.role === 'quote' && r.chance(0.6)) {
      if (current.length) paragraphs.push(current);
      paragraphs.push([unit]);
      current = [];
      continue;
    }
    current.push(unit);
    if (current.length >= size) {
      paragraphs.push(current);
      current = [];
      size = r.int(1, 3);
    }
  }
  if (current.length) paragraphs.push(current);
  return paragraphs;
}

const speaks = (paragraph) => paragraph.some((u) => SPEECH.test(u.text));

/**
 * Puts an uncited quote in a paragraph of its own between two paragraphs in which nobody speaks,
 * so that no reader (or tool) could fairly give it a speaker from the paragraphs around it.
 */
function placeAlone(plan, paragraphs, quote) {
  const gaps = [];
  for (let g = 2; g <= paragraphs.length; g++) {
    if (!speaks(paragraphs[g - 1]) && (g === paragraphs.length || !speaks(paragraphs[g]))) gaps.push(g);
  }
  if (gaps.length) {
    paragraphs.splice(plan.r.pick(gaps), 0, [quote]);
    return;
  }
  let quiet;
  for (let i = 0; i < 20; i++) {
    quiet = { role: 'filler', text: plan.filler.next() };
    if (!SPEECH.test(quiet.text)) break;
  }
  paragraphs.push([quiet], [quote]);
}

/** The article as blocks (separated by blank lines) of lines (each a list of records). */
function layout(plan, a, headline, paragraphs) {
  const { r, names, kind } = plan;
  const blocks = [];
  const bl = (x) => ({ role: 'boilerplate', text: x.text, boilerplateKind: x.boilerplateKind });
  const { year, month, day } = partsOfDay(a.day);
  const top = [];
  if (a.hint === 'dateline') blocks.push([[bl(bp.dateline(r, plan.place, MONTHS[month - 1], day, year))]]);
  const section = r.chance(bp.PLAN.section) ? bl(bp.sectionLabel(r, kind.section)) : null;
  if (a.header) {
    const header = r.weighted([[8, ' date '], [1, 'date '], [1, '   date ']]) + isoOfDay(a.day);
    if (!section && r.chance(0.5)) top.push([{ role: 'header', text: header }, headline]);
    else {
      blocks.push([[{ role: 'header', text: header }]]);
      if (section) blocks.push([[section]]);
      top.push([headline]);
    }
  } else {
    if (section) blocks.push([[section]]);
    top.push([headline]);
  }
  if (r.chance(bp.PLAN.byline)) top.push([bl(bp.byline(r, names))]);
  if (r.chance(bp.PLAN.readTime)) top.push([bl(bp.readTime(r))]);
  blocks.push(top);

  const inserts = [];
  if (r.chance(bp.PLAN.photo)) inserts.push([r.int(1, 2), bl(bp.photoCredit(r, names))]);
  if (r.chance(bp.PLAN.advertisement)) {
    for (let n = r.int(1, 3); n > 0; n--) inserts.push([r.int(1, paragraphs.length), bl(bp.advertisement(r))]);
  }
  if (r.chance(bp.PLAN.alsoRead)) {
    for (let n = r.int(1, 2); n > 0; n--) inserts.push([r.int(2, paragraphs.length), bl(bp.alsoRead(r, names))]);
  }
  if (r.chance(bp.PLAN.watch)) inserts.push([r.int(2, paragraphs.length), bl(bp.watchLink(r, names))]);
  paragraphs.forEach((p, i) => {
    blocks.push([p]);
    for (const [at, line] of inserts) if (at === i + 1) blocks.push([[line]]);
  });
  if (r.chance(bp.PLAN.agencyCredit)) blocks.push([[bl(bp.agencyCredit(r, names))]]);
  if (r.chance(bp.PLAN.share)) blocks.push([[bl(bp.sharePrompt(r))]]);
  if (r.chance(bp.PLAN.explore)) blocks.push(bp.exploreList(r, names).map((x) => [bl(x)]));
  return blocks;
}

/** Joins blocks into text and finds where each record's text occurs (for `occurrence` in the key). */
function render(blocks, a) {
  const trailing = () => (a.k % 7 === 3 ? '\u00a0' : a.k % 5 === 1 ? ' ' : '');
  let text = blocks.map((block) => block.map((line) => line.map((rec) => rec.text).join(' ') + (line.length > 1 ? trailing() : '')).join('\n')).join('\n\n') + '\n';
  if (a.crlf) text = text.replace(/\n/g, '\r\n');
  const records = blocks.flat(2).filter((rec) => rec.role !== 'header');
  let cursor = 0;
  for (const rec of records) {
    const at = text.indexOf(rec.text, cursor);
    if (at < 0) throw new Error(`record not in text: ${rec.text}`);
    let occurrence = 1;
    for (let i = text.indexOf(rec.text); i >= 0 && i < at; i = text.indexOf(rec.text, i + 1)) occurrence++;
    rec.occurrence = occurrence;
    cursor = at + rec.text.length;
  }
  return { text, records, words: countWords([{ text }]) };
}

function countWords(records) {
  let n = 0;
  for (const { text } of records) n += text.split(/\s+/).filter(Boolean).length;
  return n;
}
