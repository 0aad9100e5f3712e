// Quotations and the ways copy attributes them. A story draws each line below at most once, so that
// two unrelated quotes of a story never differ by a word or two (which would look like an altered
// quote); only the wire statements of a story are repeated, word for word or with one word changed.

// Every line names the story's place ({place}, unique in the corpus) so that no two stories share a
// quotation: a line repeated across unrelated stories would look like a quote given to two speakers.
export const CITED_LINES = [
  'Nobody in {place} expected things to move this quickly',
  'People in {place} deserve straight answers, and so far they have not had them',
  'I have lived in {place} through a lot of changes, but this one feels different',
  'We are doing everything we can for {place}, and we will keep doing it',
  'It is too early to say what {topic} will mean for {place} in the long run',
  'The next few weeks will decide whether this was the right call for {place}',
  'There is a lot of anger in {place}, and some of it is justified',
  'Our phones in {place} have not stopped ringing since the news broke',
  'We were told one thing last month and another thing today, and {place} has noticed',
  'Nobody in {place} wants to be the one who says no, but someone has to',
  'The numbers do not lie, even when people in {place} would like them to',
  'I just want to know when life in {place} will get back to normal',
  '{place} has been here before, and we got through it',
  'For {place}, the details matter more than the headlines',
  'This is a moment for calm heads in {place}, not loud voices',
  'I do not think anyone in {place} has fully understood the consequences yet',
  'There will be winners and losers in {place}, and the losers will be noisy',
  'My members in {place} are worried, and they have good reason to be',
  'Families in {place} will be talking about {topic} around the kitchen table tonight',
  'If you had asked me a year ago, I would have said this could never happen in {place}',
  '{place} needs a plan, and it needs it before the end of the month',
  'Everyone in {place} is tired, but nobody is giving up',
  'The people making these decisions do not have to live in {place}',
  'It was the right decision for {place}, made far too late',
  'You cannot run a place like {place} on promises',
  'We owe it to the next generation in {place} to get this right',
  'I have never seen {place} pull together like this',
  'Some of the criticism from {place} has been unfair, but we are listening',
  'Confidence takes years to build in {place} and days to lose',
  '{Topic} changes the conversation in {place} completely',
  'There is no easy way out of this for {place}, only less painful ones',
  'Before anyone in {place} is blamed, I would like to see the full report',
  'We in {place} had hoped for better news, to be honest',
  'For {place}, the timing could hardly have been worse',
  'Local businesses in {place} are the ones who pay for every delay',
  'It feels as if the decision was made far from {place} and handed to us',
  'What worries me most is the silence from the people in charge in {place}',
  'Give {place} a year and we will know whether it worked',
];

export const ANONYMOUS_LINES = [
  'Everyone inside knows the decision in {place} was taken in a hurry',
  'There were warnings in {place}, and they were written down',
  'Nobody at the top in {place} wanted to be the first to blink',
  'The real argument about {topic} in {place} happened behind closed doors',
  'People in {place} are being told to keep their heads down',
  'The figures everyone in {place} is quoting were out of date weeks ago',
  'There is far less agreement in {place} than the public statements suggest',
  'Some of us in {place} argued for a different approach and lost',
  'Morale in {place} is lower than anyone will admit in public',
  'In {place} it was always going to end this way',
  'The paperwork in {place} was finished long before anyone said so',
  'Half the people in that room in {place} did not read the briefing',
];

export const ANONYMOUS_SOURCES = [
  ['said an official who asked not to be named', 'official'],
  ['a person familiar with the matter said', 'person familiar with the matter'],
  ['said one senior source', 'senior source'],
  ['one employee, who did not want to be identified, said', 'employee'],
  ['according to a source close to the talks', 'source close to the talks'],
  ['said a staff member who spoke on condition of anonymity', 'staff member'],
];

export const UNCITED_LINES = [
  'For {place}, it is not a question of if, but when.',
  'Nobody in {place} told us anything until it was already too late.',
  '{place} will remember who stood up and who stayed quiet.',
  'The hardest part for {place} is not knowing.',
  'Some days it feels like nobody in {place} is in charge at all.',
  'There is always a price in {place}, and someone always pays it.',
  'This is what happens in {place} when warnings are ignored.',
  'Every promise made to {place} this week will be tested.',
  '{place} is stronger than the people who doubt it.',
  'Patience in {place} is running out, and fast.',
  'For {place}, the story is far from over.',
  'One decision, and everything in {place} changes.',
  'Nobody in {place} should have to learn about this from the television.',
  'We asked the questions in {place}, and we are still waiting for the answers.',
];

/** A line with the story's place and topic filled in. */
export function fillLine(line, { place, topic }) {
  return line.replace(/\{place\}/g, place).replace(/\{topic\}/g, topic)
    .replace(/\{Topic\}/g, topic.charAt(0).toUpperCase() + topic.slice(1));
}

/** The marks an article uses: curly or straight. */
export function quoteMarks(curly) {
  return curly ? ['\u201c', '\u201d'] : ['"', '"'];
}

/**
 * A sentence quoting `line` (no final punctuation) and naming `person` as its speaker, in one of
 * the usual forms. Returns { sentence, form }.
 */
export function attributed(voice, line, person, marks, outlet) {
  const [o, c] = marks;
  const forms = [
    ['inverted-said', () => `${o}${line},${c} said ${person.full}, ${person.role}.`],
    ['said', () => `${o}${line},${c} ${person.full} said.`],
    ['said', () => `${o}${line},${c} ${person.honorific} ${person.last} said.`],
    ['colon', () => `${person.full}, ${person.role}, said: ${o}${line}.${c}`],
    ['told', () => `${o}${line},${c} ${person.full} told ${outlet}.`],
    ['according-to', () => `${o}${line},${c} according to ${person.full}.`],
    ['says', () => `${o}${line},${c} says ${person.full}, ${person.role}.`],
  ];
  const [form, make] = voice.pick(forms);
  return { sentence: make(), form };
}

/** A quote from an unnamed source ("said an official who asked not to be named"). */
export function anonymous(voice, line, marks) {
  const [o, c] = marks;
  const [phrase, speaker] = voice.pick(ANONYMOUS_SOURCES);
  return { sentence: `${o}${line},${c} ${phrase}.`, form: 'anonymous', speaker };
}

/** A quote standing alone in its paragraph, with nobody named as its speaker. */
export function uncited(line, marks) {
  const [o, c] = marks;
  return { sentence: `${o}${line}${c}`, form: 'uncited' };
}

/** A wire statement's text: `{a|b}` slots give the first word, or the second in the one slot `alter` names. */
export function statementText(template, alter = -1) {
  let slot = -1;
  const changed = { from: '', to: '' };
  const text = template.replace(/\{([^|}]+)\|([^}]+)\}/g, (_, a, b) => {
    slot += 1;
    if (slot === alter) {
      changed.from = a;
      changed.to = b;
      return b;
    }
    return a;
  });
  return { text, changed };
}
