// Background prose: sentences that no other article of the story states (unsupported claims), and
// the unrelated headlines that boilerplate links point to. A filler sentence is "<someone> <did
// something>"; a story never uses the same someone twice, so two fillers of one story are never
// about the same matter and can neither support nor contradict each other.
import { hash32 } from './prng.mjs';
import { MONTHS, WEEKDAYS, article, partsOfDay } from './words.mjs';

const SHOPS = ['bakery', 'hardware shop', 'pharmacy', 'corner café', 'florist', 'bookshop', 'launderette',
  'butcher', 'newsagent', 'bicycle repair shop', 'barber shop', 'greengrocer', 'toy shop', 'fishmonger'];
const CLUBS = ['rowing club', 'chess club', 'male voice choir', 'allotment society', 'walking group',
  'youth orchestra', 'cricket club', 'amateur dramatic society', 'camera club', 'food bank', 'lifeboat crew',
  'history society', 'swimming club', 'darts league', 'knitting circle', 'scout troop'];
const VENUES = ['Library', 'Leisure Centre', 'railway station', 'Community Centre', 'bus depot', 'museum',
  'town hall', 'sports ground', 'market hall', 'health centre'];
const OCCUPATIONS = ['retired teacher', 'nurse', 'delivery driver', 'student', 'electrician', 'shop assistant',
  'farmer', 'carpenter', 'bus driver', 'pharmacist', 'postal worker', 'chef', 'plumber', 'dentist'];
const DISTRICTS = ['old town', 'harbour quarter', 'north estate', 'east end', 'riverside flats', 'hill district',
  'station quarter', 'west end'];
const ITEMS = ['blankets', 'sandwiches', 'flasks of tea', 'leaflets', 'maps', 'umbrellas', 'bottles of water',
  'torches', 'hot meals', 'bus timetables'];

const ORG_PREDICATES = [
  'put a hand-written notice in its window', 'stayed open late into the evening',
  'cancelled its plans for the weekend', 'offered free tea to anyone who came in',
  'moved its weekly meeting to a smaller room', 'wrote to the council asking for more information',
  'started a collection for people affected', 'closed an hour early', 'posted updates on its website throughout the day',
  'lent chairs and tables to a neighbouring hall', 'put off a planned open day until next month',
  'opened its doors to anyone who needed somewhere warm to wait',
];
const GROUP_PREDICATES = [
  'gathered outside to swap news', 'started an online group to share lifts',
  'asked for a meeting with local officials', 'signed an open letter calling for clearer information',
  'spent the afternoon helping neighbours', 'organised a rota to check on elderly people nearby',
  'said they had changed their plans for the week', 'held a short meeting to decide what to do next',
  'set up a stall to collect signatures', 'were among the first to offer help',
  'asked their employers for more flexible hours',
];
const PERSON_PREDICATES = [
  'said it had been an unsettling few days', 'started a petition that has been widely shared',
  'spent the morning phoning relatives', 'wrote a long post about the week that was shared widely',
  'decided to postpone a family celebration', 'put up posters asking for volunteers',
  'offered a spare room to a colleague', 'took the day off work to help out',
  'described the atmosphere as tense but calm',
];
const TAILS = ['', '', '', '', ' this week', ' within hours of the news', ' without waiting for official advice',
  ' after a short discussion', ' on the advice of neighbours'];
/** Endings that tie a filler to the story's topic ("... in response to the bridge closure"). */
const REASONS = [
  (t) => ` in response to ${t}`, (t) => ` after hearing about ${t}`, (t) => ` because of ${t}`,
  (t) => ` as the news of ${t} sank in`, (t) => ` while ${t} dominated the local news`,
  (t) => ` once the first reports of ${t} came through`, (t) => `, unsure what ${t} would mean for them`,
];

/**
 * Scene-setting lines a story uses once each (they describe the place, not one person). Each names
 * the story's place, which no other story shares, so that the same line never appears in two stories.
 */
const SCENES = [
  (s) => `Local radio in ${s.place} devoted much of its morning programme to ${s.topic}.`,
  (s) => `An online forum for ${s.place} residents filled with questions about ${s.topic}.`,
  (s) => `Opposition members in ${s.place} are expected to raise ${s.topic} at the next council session.`,
  (s) => `A newspaper in ${s.place} ran a special edition devoted to ${s.topic}.`,
  (s) => `The mood in ${s.place} was a mixture of frustration and resignation.`,
  (s) => `Many people in ${s.place} learned about ${s.topic} from messages passed between friends.`,
  (s) => `Questions about ${s.topic} dominated conversation in the cafés and buses of ${s.place}.`,
  (s) => `Online, reactions to ${s.topic} in ${s.place} ranged from anger to dark humour.`,
  (s) => `Few people in ${s.place} could remember anything quite like it.`,
  (s) => `Church bells in ${s.place} rang at noon, as they do every day.`,
];

/** Draws filler sentences for one story; `names` is the story's NamePool. */
export class FillerSource {
  constructor(rng, names, { topic, place, background }) {
    this.rng = rng;
    this.names = names;
    this.story = { topic, place };
    this.onceLeft = rng.shuffle([...background, ...SCENES.map((f) => () => f(this.story))]);
    this.usedSubjects = new Set();
  }

  /**
   * One sentence about subjects no other sentence of the story is about: "<someone> <did
   * something><ending>", and sometimes two such clauses joined ("While ..., ...").
   */
  next() {
    if (this.onceLeft.length && this.rng.chance(0.12)) return this.onceLeft.pop()();
    const first = this.clause();
    if (!first) return this.onceLeft.length ? this.onceLeft.pop()() : `${cap(this.subjectOfLastResort())} ${this.predicate('group')}.`;
    if (this.rng.chance(0.25)) {
      const second = this.clause();
      if (second) {
        return this.rng.chance(0.5) ? `While ${first}, ${second}.` : `${cap(first)}, and ${second}.`;
      }
    }
    return `${cap(first)}.`;
  }

  /**
   * "<subject> <predicate><ending>" with a subject used nowhere else in the corpus, or null. A
   * street-based subject taken by an earlier story gets the story's place ("... in Kelby"), which
   * no other story shares; the registry keeps 32-bit hashes, so 50k articles cost a few MB.
   */
  clause() {
    const taken = this.names.registry.subjects;
    for (let i = 0; i < 30; i++) {
      let [tag, subject] = this.subject();
      // A subject this story has named already stays one subject, whatever is added to it ("staff
      // at the Kelby museum" / "staff at the Kelby museum in Kelby"): draw another.
      if (this.usedSubjects.has(subject)) continue;
      this.usedSubjects.add(subject);
      if (taken.has(hash32(subject)) && !subject.includes(this.story.place)) subject = `${subject} in ${this.story.place}`;
      if (taken.has(hash32(subject))) continue;
      taken.add(hash32(subject));
      // Circumstances ("this week") suit what groups do; a person's remark takes only a reason.
      const ending = this.rng.chance(0.45) ? this.rng.pick(REASONS)(this.story.topic) : tag === 'person' ? '' : this.rng.pick(TAILS);
      return `${subject} ${this.predicate(tag)}${ending}`;
    }
    return null;
  }

  /** A subject for a filler; the kinds that do not name the story's place are made unique by clause(). */
  subject() {
    const r = this.rng;
    const place = this.story.place;
    switch (r.int(0, 7)) {
      case 0: return ['org', `the ${r.pick(SHOPS)} on ${this.names.street()}`];
      case 1: return ['person', `the owner of a ${r.pick(SHOPS)} on ${this.names.street()}`];
      case 2: return ['group', `residents of ${this.names.street()}`];
      case 3: return ['group', `${r.pick(['parents', 'teachers'])} at ${this.names.anySurname()} Primary School`];
      case 4: return ['org', `the ${place} ${r.pick(CLUBS)}`];
      case 5: return ['group', `staff at the ${place} ${r.pick(VENUES)}`];
      case 6: { const job = r.pick(OCCUPATIONS); return ['person', `${article(job)} ${job} from ${place}'s ${r.pick(DISTRICTS)}`]; }
      default: return ['group', `volunteers from the ${place} ${r.pick(CLUBS)}`];
    }
  }

  subjectOfLastResort() {
    return `residents of ${this.names.street()} and ${this.names.street()} in ${this.story.place}`;
  }

  predicate(tag) {
    const r = this.rng;
    if (r.chance(0.08)) {
      // A number in a filler is safe: its subject is used once, so no other sentence is about the
      // same matter. Other fillers may repeat the predicate with another subject and another number
      // ("delivered 64 food parcels"): a deliberate trap for engines that compare numbers without
      // comparing who did what (the key marks these fillers `numeric`).
      const n = r.pick([r.int(12, 95), 10 * r.int(3, 60)]);
      return r.pick([`handed out ${n} ${r.pick(ITEMS)}`, `collected ${n} signatures`, `delivered ${n} food parcels`]);
    }
    return r.pick(tag === 'org' ? ORG_PREDICATES : tag === 'person' ? PERSON_PREDICATES : GROUP_PREDICATES);
  }

  /**
   * A sentence naming the article's own day as "on Tuesday (March 12)", without a year: the cue an
   * undated article gives of its date.
   */
  dateHint(day) {
    const { month, day: dom, weekday } = partsOfDay(day);
    const when = `${WEEKDAYS[weekday]} (${MONTHS[month - 1]} ${dom})`;
    const place = this.story.place;
    return this.rng.pick([
      `Streets in ${place} were quieter than usual on ${when}.`,
      `The first reactions in ${place} came on ${when}, as the news spread.`,
      `By ${when}, people in ${place} were talking of little else.`,
    ]);
  }
}

const HEADLINES = [
  (t) => `${t()} library wins national design award`,
  (t) => `${t()} market to open on Sundays from next month`,
  () => `Five riverside walks for the long weekend`,
  (t) => `${t()} Rovers sign young goalkeeper on loan`,
  (t) => `Bakery chain plans new shops in ${t()}`,
  () => `Ferry timetable changes announced for the summer`,
  (t) => `${t()} council approves new cycle lanes`,
  (t) => `Choir from ${t()} reaches national final`,
  (t) => `Hospital in ${t()} opens new maternity wing`,
  (t) => `Record crowds at ${t()} food festival`,
  (t) => `Police appeal after break-ins at ${t()} allotments`,
  (t) => `Museum in ${t()} returns painting to its owners`,
  (t) => `Rail services between ${t()} and ${t()} to be reduced`,
  (t) => `Local firm wins contract to build ${t()} bypass`,
  (t) => `Rare bird spotted on ${t()} marshes`,
  (t) => `${t()} theatre announces winter season`,
  () => `Farmers warn of poor harvest after dry spring`,
  (t) => `Lottery winner from ${t()} plans to keep working`,
  () => `How to cut your energy bills this winter`,
  (t) => `Veteran swimmer crosses ${t()} bay for charity`,
  () => `Ten recipes for a rainy afternoon`,
  (t) => `${t()} school celebrates its centenary`,
];

/** A headline of some other, unrelated story, as link teasers and "Explore" lists show them. */
export function unrelatedHeadline(rng, names) {
  return rng.pick(HEADLINES)(() => names.anyTown());
}

function cap(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
