/**
 * Boilerplate: lines (or the edges of lines) that scraped copy carries but that are not the
 * article's own prose. They are excluded from claim and quote checks and reported as hints.
 *
 * The rules describe kinds of line (a link teaser, a byline, a credit, a reading-time badge),
 * not particular strings, so that copy from other sites is recognised too.
 */
import type { CodeInfo } from '../types';
import { monthNumber, weekdayNumber } from './calendar';

/** `format/boilerplate`: a line that is not the article's own prose (faded in editors). */
export const BOILERPLATE: CodeInfo = {
  code: 'format/boilerplate',
  defaultSeverity: 'hint',
  summary: 'Boilerplate: this line is not part of the article\'s own prose.',
  help: 'Advertisement markers, "Also read:" teasers, bylines, credits, reading-time badges, section labels and lists of unrelated headlines are left out of claim and quote checks. The quick fix removes the line.',
};

export type BoilerplateKind =
  | 'advertisement' | 'link' | 'label' | 'reading-time' | 'byline' | 'credit' | 'agency'
  | 'dateline' | 'url' | 'social' | 'headline-list' | 'repeated';

/** What a kind of boilerplate is called in messages. */
export const BOILERPLATE_DESCRIPTIONS: Record<BoilerplateKind, string> = {
  advertisement: 'an advertisement marker',
  link: 'a link to another story',
  label: 'a section or widget label',
  'reading-time': 'a reading-time badge',
  byline: 'a byline',
  credit: 'a source or photo credit',
  agency: 'an agency credit',
  dateline: 'a dateline',
  url: 'a web address',
  social: 'a sharing or subscription prompt',
  'headline-list': 'a list of other stories\' headlines',
  repeated: 'a repeat of an earlier line',
};

const AD = /^(?:advertisement|advertisment|advertising|advert|ad|sponsored(?: content)?|promoted(?: content)?|paid (?:content|post)|story continues below(?: advertisement)?|continue reading(?: below)?|scroll (?:down )?to continue(?: with content)?)\s*[.:!]?$/i;
const LINK_PREFIX = /^(?:also read|read also|read more|more on this|more from [\w ]{1,30}|see also|also see|related(?: stories| articles| news| coverage| content)?|watch(?: now)?|listen|must read|don'?t miss|recommended|suggested(?: reading)?|trending(?: now)?|top stories|latest|in pictures|in photos|photos|gallery|video|podcast|explainer|analysis|opinion|live updates?)\s*[:|\u2013\u2014-]\s*\S/i;
/** Content-management systems often glue the widget label to the linked headline: "RelatedNATO calls ...". */
const GLUED_LABEL = /^(?:Related|Recommended|Trending|Watch|Read(?:More|Also))(?=[A-Z0-9][a-z0-9]*)/;
const LABEL = /^(?:recommended(?: for you)?|related(?: stories| articles| news| coverage)?|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|popular(?: now)?|top stories|editor'?s picks?|highlights|key points|share(?: this)?(?: article| story| page)?|print(?: this)?(?: article)?|e-?mail|comments?|subscribe(?: now)?|sign up|log ?in|skip to (?:main )?content|listen to (?:this )?article|loading\.*|menu|home|close|more)\s*[.:!]?$/i;
const READING_TIME = /^(?:\d{1,3}\s*(?:-\s*)?(?:min|mins|minutes?|m)\.?\s*(?:read|listen|watch)?|reading time\s*:?\s*\d{1,3}\s*(?:min|mins|minutes?))\s*$/i;
const BYLINE = /^(?:by|written by|words by|story by|reporting by|report by|edited by|editing by|compiled by)\s+\S/i;
const CREDIT = /^(?:sources?|credits?|photos?|images?|pictures?|photograph|file photo|caption|courtesy|illustration|graphic|video|(?:additional )?reporting|writing|editing|translated by|translation)\s*[:|]/i;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b|all rights reserved)/i;
const AGENCY_LINE = /^\(\s*(?:[Ww]ith (?:inputs|input|reporting|additional reporting) from [^)]{1,60}|[Ww]ith (?:agency|agencies|wire) (?:inputs|reports)|[A-Z][A-Za-z]{1,12}(?:\s*(?:\/|,|and)\s*[A-Z][A-Za-z]{1,12}){0,3})\s*\)\s*\.?$/;
const URL_LINE = /^(?:https?\s*:\s*\/\s*\/|www\s*\.)\s*\S/i;
const SOCIAL = /^(?:follow|like|share|tweet|subscribe to|sign up for|join)\b.{0,80}\b(?:twitter|facebook|instagram|linkedin|newsletter|whatsapp|telegram|youtube|tiktok|channel|updates|x)\b/i;
/** A line that introduces a widget listing other stories; what follows it is boilerplate too. */
const LIST_INTRO = /^(?:explore(?: more)?|more (?:stories|news|headlines|from [\w ]{1,30})|read next|up next|what to read next|you (?:may|might) (?:also )?like|trending(?: now| stories)?|latest(?: news| stories| headlines)?|most (?:read|popular|viewed|shared)|top stories|related (?:stories|articles|news|coverage)|in other news|further reading|more in [\w ]{1,30})\s*:?$/i;

/** Whole-line kinds, tried in order. */
const LINE_RULES: ReadonlyArray<[RegExp, BoilerplateKind]> = [
  [AD, 'advertisement'],
  [READING_TIME, 'reading-time'],
  [LINK_PREFIX, 'link'],
  [GLUED_LABEL, 'link'],
  [LABEL, 'label'],
  [AGENCY_LINE, 'agency'],
  [URL_LINE, 'url'],
  [COPYRIGHT, 'credit'],
  [CREDIT, 'credit'],
  [SOCIAL, 'social'],
];

const MAX_BYLINE_WORDS = 10;
const MAX_LABEL_WORDS = 3;

/** The kind of boilerplate a whole (trimmed) line is, if it is one. */
export function classifyLine(line: string): BoilerplateKind | undefined {
  for (const [rule, kind] of LINE_RULES) if (rule.test(line)) return kind;
  if (BYLINE.test(line) && wordCount(line) <= MAX_BYLINE_WORDS && !/[.!?]["”]?$/.test(line.replace(/\b[A-Z]\.$/, ''))) return 'byline';
  if (isSectionLabel(line)) return 'label';
  if (isDateLine(line) || isDateStamp(line)) return 'dateline';
  return undefined;
}

/**
 * A page's stamps of publication and update: "Monday, Sep 10, 2012 | Updated 9: 01 AM EDT", "21
 * July 2013 Last updated at 11: 11 GMT", "PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: ...".
 * Each part is a date, a time or both, after a label; a time written apart ("9: 01") is a time.
 */
function isDateStamp(line: string): boolean {
  if (!STAMP_WORD.test(line) && !line.includes('|')) return false;
  let dated = false;
  for (const part of line.split(STAMP_PARTS)) {
    const rest = part.replace(STAMP_LABEL, '').replace(STAMP_TIME, ' ').replace(/\s+at\s*$/i, '').replace(/\s*\/\s*/g, '/').replace(/^[\s,]+|[\s,]+$/g, '');
    if (rest === '') continue;
    if (!isDateLine(rest)) return false;
    dated = true;
  }
  return dated;
}
const STAMP_WORD = /\b(?:updated|published|posted)\b/i;
const STAMP_PARTS = /\s*\|\s*|,?\s+(?=last\s+updated\b)|(?<!\blast),?\s+(?=updated\b)/i;
const STAMP_LABEL = /^(?:(?:last updated|first published|updated|published|posted)\s*(?:on|at)?|on)\s*:?\s*/i;
const STAMP_TIME = /\b\d{1,2}\s?[:.]\s?\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?\s*(?:[A-Z]{2,5}\b(?:[+-]\d{1,2})?)?/gi;

export function isListIntro(line: string): boolean {
  return LIST_INTRO.test(line);
}

/**
 * The article's own prose resumes after a headline list when a line reads like prose: a long
 * line that ends as a sentence does.
 */
export function looksLikeProse(line: string): boolean {
  return wordCount(line) >= 15 && /[.!?]["”’)]?$/.test(line);
}

/** An all-capitals line of one to three words ("WORLD", "TOP NEWS") labels a section. */
function isSectionLabel(line: string): boolean {
  return /^[A-Z][A-Z&'’\-]+(?: [A-Z&'’\-]+){0,2}$/.test(line) && wordCount(line) <= MAX_LABEL_WORDS;
}

/** A line that holds nothing but a date (and maybe a weekday, a time, "Updated:"). */
export function isDateLine(line: string): boolean {
  const stripped = line
    .replace(/^(?:updated|published|posted|last updated|first published)\s*(?:on|:)?\s*/i, '')
    .replace(/\s*[,|\-\u2013\u2014]?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?\s*$/i, '');
  const words = stripped.split(/[\s,]+/).filter(Boolean);
  if (words.length < 2 || words.length > 5) return /^\d{4}-\d{2}-\d{2}$/.test(stripped) || /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(stripped);
  const rest = weekdayNumber(words[0]) !== undefined ? words.slice(1) : words;
  if (rest.length < 2 || rest.length > 3) return false;
  const hasMonth = rest.some((w) => monthNumber(w) !== undefined && /^[A-Za-z]+\.?$/.test(w));
  const others = rest.filter((w) => !(monthNumber(w) !== undefined && /^[A-Za-z]+\.?$/.test(w)));
  return hasMonth && others.every((w) => /^\d{1,4}(?:st|nd|rd|th)?$/i.test(w));
}

export interface EdgeBoilerplate {
  /** Length of a boilerplate prefix of the line (an agency tag such as "(Reuters) -"). */
  readonly prefixLength: number;
  /** Length of a boilerplate suffix of the line (a photo credit such as "/ Photo: Reuters"). */
  readonly suffixLength: number;
}

/** "(MENAFN) ", "LONDON (Reuters) - ", "WASHINGTON — ": a dateline or agency tag before the prose. */
const AGENCY_PREFIX = /^(?:[A-Z][A-Z.'’ -]{1,30}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?\s*)?\((?:[A-Z][A-Za-z]{1,12}|[A-Z]{2,10})(?:\s*(?:\/|,)\s*[A-Z][A-Za-z]{1,12})?\)\s*(?:[-\u2013\u2014:]\s*)?(?=\S)/;
const CAPS_DATELINE_PREFIX = /^[A-Z]{3,}(?:[ ,.'-]+[A-Z]{2,})*\s*[\u2013\u2014-]{1,2}\s+(?=\S)/;
/** "… / Photo: Reuters / Reuters", "… (Photo: AFP)", "… | Image credit: X". */
const CREDIT_SUFFIX = /\s*(?:[/|]\s*(?:photo|image|picture|file photo|credit|image credit|photo credit)s?\s*:\s*[^/|]{1,60}(?:[/|][^/|]{1,60})?|\((?:photo|image|picture|file photo|credit)s?\s*:[^)]{1,60}\))\s*$/i;

export function edgeBoilerplate(line: string): EdgeBoilerplate {
  const prefix = AGENCY_PREFIX.exec(line) ?? CAPS_DATELINE_PREFIX.exec(line);
  const suffix = CREDIT_SUFFIX.exec(line);
  const prefixLength = prefix && prefix[0].length < line.length ? prefix[0].length : 0;
  let suffixLength = suffix ? suffix[0].length : 0;
  if (prefixLength + suffixLength >= line.length) suffixLength = 0;
  return { prefixLength, suffixLength };
}

export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
